#!/bin/sh
# corpus.sh -- tacitus code over every record of the real news corpus
# (../shared/corpora/news_unified, 51,394 records): the run must end
# normally (status 0, or 1 for the undated records it skips with a
# message), never by a signal or a sanitizer report, and its events must
# be whole JSON lines. Real text reaches paths that the spec cases do not.
# Usage: sh tests/corpus.sh build/tacitus
set -u
T=$1
here=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$here/../shared}
NEWS="$SHARED/corpora/news_unified/articles.jsonl"
if [ ! -f "$NEWS" ]; then
    echo "skipped: the corpus run needs ../shared (corpora/news_unified)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
"$T" code -q -j 2 --dict "$here/data/dict" --format json --explain "$NEWS" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -gt 1 ]; then
    echo "FAIL: tacitus code over $NEWS ended with status $rc"
    tail -20 "$tmp/err"
    exit 1
fi
# status 1 only for the records with no date, each told once
other=$(grep -v -c -e ': no date (field "date" missing or null' -e 'document(s) or file(s) skipped' "$tmp/err")
if [ "$other" -ne 0 ]; then
    echo "FAIL: corpus run reported $other problems other than undated records"
    grep -v -e ': no date (field' -e 'document(s) or file(s) skipped' "$tmp/err" | head -10
    exit 1
fi
n=$(wc -l <"$tmp/out")
bad=$(grep -c -v '^{.*}$' "$tmp/out")
if [ "$n" -lt 10000 ] || [ "$bad" -ne 0 ]; then
    echo "FAIL: corpus run wrote $n events, $bad of them not whole JSON lines"
    exit 1
fi
echo "ok: corpus run, $n events, status $rc"
