#!/bin/sh
# lg_experiment.sh -- `make lg-experiment`: PLOVER and PETR2 triple F1 without and
# with a Link Grammar parse for roles (tools/lg_roles.c, scored by tools/lg_score.py).
# Usage: sh tools/lg_experiment.sh build ../shared tune|test
# Only figures are printed (no item), so the held-out half can be measured.
set -u
B=${1:-build}
SHARED=${2:-../shared}
SPLIT=${3:-tune}
if [ ! -d "$SHARED" ]; then
    echo "lg-experiment skipped: $SHARED not found (the gold sets live in the shared folder beside the project)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for suite in plover petr2; do
    python3 tools/lg_score.py input $suite "$SPLIT" "$SHARED" >"$tmp/in.jsonl" || exit 1
    "$B/tacitus" code -q -j 1 --dict data/dict --format json --explain "$tmp/in.jsonl" >"$tmp/ev.jsonl"
    echo "== $suite, $SPLIT half"
    printf '%-36s' 'tacitus alone:'
    python3 tools/lg_score.py score $suite "$SPLIT" "$SHARED" "$tmp/ev.jsonl"
    for mode in "swap" "swap --either" "reassign" "reassign --reject"; do
        LC_ALL=C.UTF-8 "$B/lg_roles" --mode $mode --timeout 2 <"$tmp/ev.jsonl" >"$tmp/lg.jsonl" 2>"$tmp/lg.log"
        printf '%-36s' "with the parse ($mode):"
        python3 tools/lg_score.py score $suite "$SPLIT" "$SHARED" "$tmp/lg.jsonl"
        sed 's/^/    /' "$tmp/lg.log"
    done
done
