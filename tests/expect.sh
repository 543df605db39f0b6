# expect.sh -- the checks the shell test scripts share (sourced; set SUITE
# first). Commands run with stdout in $tmp/out and stderr in $tmp/err; each
# check counts a pass or prints "SUITE: FAIL: ..." and counts a failure;
# expect_done prints the totals and is the script's exit status.
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "$SUITE: FAIL: $*" >&2; }

# expect_status WANT CMD... : runs CMD (stdout to $tmp/out, stderr to $tmp/err)
expect_status() {
    want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" = "$want" ]; then ok; else bad "'$*' exited $got, want $want"; cat "$tmp/err" >&2; fi
}
expect_err() {
    if grep -q -- "$1" "$tmp/err"; then ok; else bad "stderr lacks '$1'"; cat "$tmp/err" >&2; fi
}
expect_no_err() {
    if grep -q -- "$1" "$tmp/err"; then bad "stderr has '$1'"; cat "$tmp/err" >&2; else ok; fi
}
expect_out() {
    if grep -q -- "$1" "$tmp/out"; then ok; else bad "stdout lacks '$1'"; head -5 "$tmp/out" >&2; fi
}
expect_no_out() {
    if grep -q -- "$1" "$tmp/out"; then bad "stdout has '$1'"; grep -- "$1" "$tmp/out" | head -3 >&2; else ok; fi
}
expect_lines() {
    n=$(wc -l <"$tmp/out")
    if [ "$n" -eq "$1" ]; then ok; else bad "stdout has $n lines, want $1"; head -20 "$tmp/out" >&2; fi
}
# expect_same A B: the two files are the same bytes
expect_same() {
    if cmp -s "$1" "$2"; then ok; else bad "$1 and $2 differ"; diff "$1" "$2" | head -5 >&2; fi
}
expect_done() {
    echo "$SUITE: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
