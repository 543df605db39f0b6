#!/bin/sh
# stream.sh -- tacitus code as a streaming filter under GNU parallel: one
# input split across processes (parallel --pipe, order kept with -k) gives
# output identical to a single run, byte for byte (docs/scale.md).
# Usage: sh tests/stream.sh build/tacitus
set -u
T=$1
here=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$here/../shared}
NEWS="$SHARED/corpora/news_unified/articles.jsonl"
if ! command -v parallel >/dev/null 2>&1; then
    echo "skipped: GNU parallel not installed (Debian package parallel)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ -f "$NEWS" ]; then
    head -c 6000000 "$NEWS" | sed '$d' >"$tmp/in.jsonl"
else
    echo "note: ../shared missing: streaming test on examples/news.jsonl only"
    cp "$here/examples/news.jsonl" "$tmp/in.jsonl"
fi
fail=0
"$T" code -q --dict "$here/data/dict" "$tmp/in.jsonl" >"$tmp/one" 2>/dev/null
for fmt in json tsv; do
    "$T" code -q --dict "$here/data/dict" --format $fmt "$tmp/in.jsonl" >"$tmp/one.$fmt" 2>/dev/null
    # --block splits at line ends: each process gets whole JSON Lines records
    parallel --will-cite --pipe -k --block 300k -j 2 \
        "$T" code -q --dict "$here/data/dict" --format $fmt <"$tmp/in.jsonl" >"$tmp/par.$fmt" 2>/dev/null
    [ $fmt = tsv ] && { head -1 "$tmp/one.$fmt"; grep -v '^doc	sentence' "$tmp/par.$fmt"; } >"$tmp/par2" &&
        mv "$tmp/par2" "$tmp/par.$fmt"
    if cmp -s "$tmp/one.$fmt" "$tmp/par.$fmt"; then
        echo "ok: parallel --pipe ($fmt) = one run ($(wc -l <"$tmp/one.$fmt") lines)"
    else
        echo "FAIL: parallel --pipe output ($fmt) differs from one run"
        fail=1
    fi
done
# a stream: records arrive through a pipe, output comes back in order
cat "$tmp/in.jsonl" | "$T" code -q --dict "$here/data/dict" - >"$tmp/piped" 2>/dev/null
if cmp -s "$tmp/one" "$tmp/piped"; then echo "ok: standard input gives the same output"; else
    echo "FAIL: standard input output differs"
    fail=1
fi
exit $fail
