#!/bin/sh
# eval.sh -- `make eval`: codes every gold set in ../shared, prints the table
# and puts it into docs/accuracy.md (between the results markers) with the
# date and the commit it was measured at.
# Usage: sh tools/eval.sh build/tacitus ../shared
set -u
T=${1:-build/tacitus}
SHARED=${2:-../shared}
if [ ! -d "$SHARED" ]; then
    echo "eval skipped: $SHARED not found (the gold sets live in the shared folder beside the project)"
    exit 0
fi
# the table is of the shipped dictionaries: a gazetteer the caller's
# environment names is measured in its own section below
unset TACITUS_GAZETTEER
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$T" eval all --shared "$SHARED" --dict data/dict
rc=$?
"$T" eval all --shared "$SHARED" --dict data/dict --markdown >"$tmp/test.md" 2>/dev/null
"$T" eval all --shared "$SHARED" --dict data/dict --markdown --split tune >"$tmp/tune.md" 2>/dev/null
# the optional GeoNames gazetteer (docs/dictionaries.md), where the shared
# folder has a copy: the suites that read places and names
GEO="$SHARED/corpora/geonames"
: >"$tmp/gaz.md"
if [ -f "$GEO/countryInfo.txt" ]; then
    "$T" eval geo ngec reign ucdp ipe plover --shared "$SHARED" --dict data/dict \
        --gazetteer "$GEO" --markdown >"$tmp/gaz.md" 2>/dev/null
fi
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)
{
    echo "<!-- results: written by make eval; do not edit by hand -->"
    echo "Measured by \`make eval\` on $(date -u +%Y-%m-%d) at commit $commit$dirty."
    echo
    echo "### Held-out halves (the reported figures)"
    echo
    cat "$tmp/test.md"
    echo
    echo "### Tuning halves (used to find what is missing; not a measure of accuracy)"
    echo
    cat "$tmp/tune.md"
    if [ -s "$tmp/gaz.md" ]; then
        echo
        echo "### Held-out halves with the optional GeoNames gazetteer (\`--gazetteer\`, cities15000)"
        echo
        cat "$tmp/gaz.md"
    fi
    echo "<!-- /results -->"
} >"$tmp/block.md"
f=docs/accuracy.md
[ -f "$f" ] || printf '# Accuracy\n\n<!-- results -->\n<!-- /results -->\n' >"$f"
if grep -q '^<!-- results' "$f"; then
    awk -v blk="$tmp/block.md" '
        /^<!-- results/ { while ((getline l < blk) > 0) print l; skip = 1; next }
        /^<!-- \/results -->/ { skip = 0; next }
        !skip { print }' "$f" >"$tmp/new.md" && cp "$tmp/new.md" "$f"
else
    { cat "$f"; echo; echo "## Results"; echo; cat "$tmp/block.md"; } >"$tmp/new.md" && cp "$tmp/new.md" "$f"
fi
echo "docs/accuracy.md updated"
exit $rc
