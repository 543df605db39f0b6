#!/bin/sh
# hostile.sh -- a catalogue of hostile inputs for the tacitus command line.
#
# Each test builds its input at run time in a temporary directory (nothing
# big is kept in the repository), runs tacitus under a time bound (60 s)
# and, in ordinary builds, a memory bound (ulimit -v 1.5 GB), and checks:
#   - no crash, no sanitizer report, no time-out;
#   - the exit status (0 ok, 1 something skipped, 2 usage, 3 dictionary, 4 output);
#   - the one-line message naming the file (and line) and the reason;
#   - the bad document or entry is skipped and every good one around it is
#     coded exactly as in a run on the good ones alone.
# docs/robustness.md has the table of what tacitus does with each input.
# tests/cli.sh covers the ordinary bad input (broken JSON, missing date,
# random bytes, directory loops); this file does not repeat it.
#
# Usage: sh tests/hostile.sh build/tacitus [--asan]
#   --asan: a sanitizer build: no memory bound (ulimit -v breaks ASan) and
#           smaller inputs where the full size takes too long.
T=${1:-build/tacitus}
D=data/dict
ASAN=0
[ "$2" = "--asan" ] && ASAN=1
if [ $ASAN -eq 1 ]; then
    BIG_MB=200; TOKENS=1000000; HUGE_SET=300; VMEM=; WSCALE=2
else
    BIG_MB=200; TOKENS=1000000; HUGE_SET=300; VMEM=1500000; WSCALE=1
fi
# a sanitizer finding must not pass for exit status 1 ("skipped")
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86
UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=87
export ASAN_OPTIONS UBSAN_OPTIONS
TIMEOUT=
command -v timeout >/dev/null 2>&1 && TIMEOUT="timeout 60"

pass=0
fail=0
skip=0
cur=
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "hostile: FAIL: $cur: $*" >&2; }

# t NAME: starts a test; end: prints its line
t() { cur=$1; fail0=$fail; secs=0; rss=; }
end() {
    if [ "$fail" -eq "$fail0" ]; then
        printf '  ok    %-26s %6.2f s%s\n' "$cur" "$secs" "${rss:+  max RSS $rss MB}"
    fi
}

# run WANT ARGS...: runs tacitus ARGS with the bounds; stdout in $tmp/out,
# stderr in $tmp/err; checks the exit status, crashes and the time-out.
run() {
    want=$1
    shift
    s0=$(date +%s%N)
    (
        [ -n "$VMEM" ] && ulimit -v "$VMEM"
        exec $TIMEOUT "$T" "$@"
    ) >"${OUT:-$tmp/out}" 2>"$tmp/err"
    st=$?
    s1=$(date +%s%N)
    secs=$(awk -v a="$s0" -v b="$s1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    if [ $st -eq 124 ]; then
        bad "time-out (60 s): tacitus $*"
    elif [ $st -ge 80 ]; then
        bad "crash or sanitizer exit $st: tacitus $*"
        tail -20 "$tmp/err" >&2
    elif grep -q 'Sanitizer\|runtime error:' "$tmp/err"; then
        bad "sanitizer report: tacitus $*"
        tail -20 "$tmp/err" >&2
    elif [ "$st" != "$want" ]; then
        bad "exit $st, want $want: tacitus $*"
        head -5 "$tmp/err" >&2
    else
        ok
    fi
    k=$(grep -o '"max_rss_kb":[0-9]*' "$tmp/err" | cut -d: -f2)
    [ -n "$k" ] && rss=$((k / 1024))
}
# msg TEXT: stderr has exactly one line containing TEXT
msg() {
    n=$(grep -c -F -- "$1" "$tmp/err")
    if [ "$n" -eq 1 ]; then ok; else bad "stderr has $n lines with '$1', want 1"; head -5 "$tmp/err" >&2; fi
}
# quiet: no message at all on stderr
quiet() {
    if [ -s "$tmp/err" ]; then bad "unexpected messages"; head -5 "$tmp/err" >&2; else ok; fi
}
# same FILE: stdout is exactly FILE (the good documents' events)
same() {
    if cmp -s "$tmp/out" "$1"; then ok; else bad "events differ from the good documents alone"; diff "$1" "$tmp/out" | head -6 >&2; fi
}
# has TEXT: stdout contains TEXT
has() {
    if grep -q -F -- "$1" "$tmp/out"; then ok; else bad "stdout lacks '$1'"; fi
}
# stat NAME: a number from the --stats line
stat_of() {
    grep -o "\"$1\":[0-9.]*" "$tmp/err" | cut -d: -f2
}
# within SECONDS: the last run took at most SECONDS
within() {
    m=$(($1 * WSCALE))
    if awk -v s="$secs" -v m="$m" 'BEGIN { exit !(s <= m) }'; then ok; else bad "took $secs s, bound $m s"; fi
}
# rep N WORD...: N repetitions of the words, space separated, no newline
rep() {
    n=$1
    shift
    awk -v n="$n" -v w="$*" 'BEGIN { k = split(w, a, " "); for (i = 0; i < n; i++) printf "%s ", a[i % k + 1] }'
}
# zeros N CHAR: N copies of one ASCII character
zeros() { head -c "$1" /dev/zero | tr '\0' "$2"; }

# ---- good documents and the runs on them alone ------------------------
G1='{"id":"g1","date":"2023-03-27","title":"Police arrest protesters","text":"Police arrested protesters in Baku."}'
G2='{"id":"g2","date":"2023-03-27","text":"Russian peacekeepers held talks with Azerbaijan."}'
printf '%s\n%s\n' "$G1" "$G2" >"$tmp/good.jsonl"
mkdir "$tmp/good.d"
cp "$tmp/good.jsonl" "$tmp/good.d/a-good.jsonl"
printf ' date 2023-03-27 Azerbaijani forces shelled Armenian positions on Saturday.\n\nShelling reported\n' \
    >"$tmp/good.d/c-good.txt"
"$T" code --dict $D "$tmp/good.jsonl" >"$tmp/ref-jsonl" 2>/dev/null
if [ "$(wc -l <"$tmp/ref-jsonl")" -lt 2 ]; then
    echo "hostile: the good documents give no events; is $T built?" >&2
    exit 1
fi

# mix NAME: $tmp/NAME.jsonl = good line, standard input (the bad lines), good line
mix() {
    { printf '%s\n' "$G1"; cat; printf '%s\n' "$G2"; } >"$tmp/$1.jsonl"
}
# mixdir NAME: $tmp/NAME.d = the good files around b-NAME (from stdin)
mixdir() {
    mkdir -p "$tmp/$1.d"
    cp "$tmp/good.d/a-good.jsonl" "$tmp/good.d/c-good.txt" "$tmp/$1.d/"
    cat >"$tmp/$1.d/b-$1"
}
# ref_dir ARGS...: the good directory's events with the same options
ref_dir() {
    "$T" code --dict $D "$@" "$tmp/good.d" >"$tmp/ref-dir" 2>/dev/null
}

echo "hostile: $T$([ $ASAN -eq 1 ] && echo ' (sanitizer build: no memory bound)')"

# ---- encodings ---------------------------------------------------------
t utf8-invalid-repaired
printf '{"id":"b1","date":"2023-03-27","text":"Police \377 arrested \200 protesters \303."}\n' | mix utf8-invalid
run 0 code --dict $D "$tmp/utf8-invalid.jsonl"; quiet; has '"doc":"b1"'
grep -v '"doc":"b1"' "$tmp/out" >"$tmp/out2"; mv "$tmp/out2" "$tmp/out"; same "$tmp/ref-jsonl"
end

t utf8-overlong-surrogate
# overlong '/', overlong NUL, a UTF-16 surrogate, a code point over U+10FFFF
printf '{"id":"b1","date":"2023-03-27","text":"Police \300\257 arrested \340\200\257 protesters \355\240\200 \364\220\200\200 \300\200."}\n' |
    mix utf8-overlong
run 0 code --dict $D "$tmp/utf8-overlong.jsonl"; quiet; has '"doc":"b1"'
if iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1; then ok; else bad "output is not valid UTF-8"; fi
end

t utf8-mostly-invalid
{ printf '{"id":"b1","date":"2023-03-27","text":"'; zeros 400 '\377'; printf 'Police arrested protesters."}\n'; } | mix utf8-mostly
run 1 code --dict $D "$tmp/utf8-mostly.jsonl"
msg 'utf8-mostly.jsonl:2: not UTF-8 text; document skipped'; same "$tmp/ref-jsonl"
end

t nul-bytes-jsonl
printf '{"id":"b1",\000"date":"2023-03-27","text":"Police arrested\000protesters."}\n' | mix nul-jsonl
run 0 code --dict $D "$tmp/nul-jsonl.jsonl"; quiet; has '"doc":"b1"'
grep -v '"doc":"b1"' "$tmp/out" >"$tmp/out2"; mv "$tmp/out2" "$tmp/out"; same "$tmp/ref-jsonl"
end

t nul-bytes-text
printf ' date 2023-03-27 Police arrested\000protesters in Baku.\000\n\nheadline\n' >"$tmp/nul.txt"
run 0 code --dict $D "$tmp/nul.txt"; quiet; has '"doc":"nul.txt"'
end

ref_dir
for e in le be; do
    t "utf16$e-bom-text"
    if [ $e = le ]; then bom='\377\376'; else bom='\376\377'; fi
    { printf "$bom"; printf ' date 2023-03-27 Police arrested protesters.\n' | iconv -f UTF-8 -t "UTF-16${e}" 2>/dev/null; } |
        mixdir "utf16$e"
    run 1 code --dict $D "$tmp/utf16$e.d"
    if [ $e = le ]; then w=little; else w=big; fi
    msg "b-utf16$e: UTF-16 text ($w-endian byte-order mark); convert it to UTF-8; document skipped"
    same "$tmp/ref-dir"
    end
done

t utf16le-bom-jsonl
{ printf '\377\376'; printf '%s\n%s\n' "$G1" "$G2" | iconv -f UTF-8 -t UTF-16LE; } | mixdir utf16jsonl
run 1 code --dict $D "$tmp/utf16jsonl.d"
msg 'b-utf16jsonl: UTF-16 text (little-endian byte-order mark)'; same "$tmp/ref-dir"
end

t utf8-bom
{ printf '\357\273\277'; cat "$tmp/good.jsonl"; } >"$tmp/bom.jsonl"
run 0 code --dict $D "$tmp/bom.jsonl"; quiet; same "$tmp/ref-jsonl"
{ printf '\357\273\277'; cat "$tmp/good.d/c-good.txt"; } >"$tmp/bom-c-good.txt"
mkdir "$tmp/bom.d"; cp "$tmp/good.d/a-good.jsonl" "$tmp/bom.d/"; cp "$tmp/bom-c-good.txt" "$tmp/bom.d/c-good.txt"
run 0 code --dict $D "$tmp/bom.d"; quiet; same "$tmp/ref-dir"
end

# ---- line ends ---------------------------------------------------------
t crlf-line-ends
sed 's/$/\r/' "$tmp/good.jsonl" >"$tmp/crlf.jsonl"
run 0 code --dict $D "$tmp/crlf.jsonl"; quiet; same "$tmp/ref-jsonl"
mkdir "$tmp/crlf.d"; sed 's/$/\r/' "$tmp/good.d/a-good.jsonl" >"$tmp/crlf.d/a-good.jsonl"
sed 's/$/\r/' "$tmp/good.d/c-good.txt" >"$tmp/crlf.d/c-good.txt"
run 0 code --dict $D "$tmp/crlf.d"; quiet; same "$tmp/ref-dir"
end

t lone-cr-line-ends
tr '\n' '\r' <"$tmp/good.jsonl" >"$tmp/cr.jsonl"
run 0 code --dict $D "$tmp/cr.jsonl"; quiet; same "$tmp/ref-jsonl"
mkdir "$tmp/cr.d"; tr '\n' '\r' <"$tmp/good.d/a-good.jsonl" >"$tmp/cr.d/a-good.jsonl"
tr '\n' '\r' <"$tmp/good.d/c-good.txt" >"$tmp/cr.d/c-good.txt"
run 0 code --dict $D "$tmp/cr.d"; quiet; same "$tmp/ref-dir"
# a bad record between lone-CR lines costs only itself
{ printf '%s\r{"id":"b1",\r%s\r' "$G1" "$G2"; } >"$tmp/cr-bad.jsonl"
run 1 code --dict $D "$tmp/cr-bad.jsonl"; msg 'cr-bad.jsonl:2: invalid JSON'; same "$tmp/ref-jsonl"
end

# ---- size --------------------------------------------------------------
t "line-${BIG_MB}MB-jsonl"
{ printf '%s\n{"id":"big","date":"2023-03-27","text":"' "$G1"; zeros $((BIG_MB * 1000000)) a; printf '"}\n%s\n' "$G2"; } \
    >"$tmp/bigline.jsonl"
run 1 code --dict $D --stats "$tmp/bigline.jsonl"
msg 'bigline.jsonl:2: line longer than 8388608 bytes; document skipped'; same "$tmp/ref-jsonl"; within 30
rm -f "$tmp/bigline.jsonl"
end

t "line-${BIG_MB}MB-plain"
ref_dir --date 2023-03-27
zeros $((BIG_MB * 1000000)) a | mixdir bigplain
run 1 code --dict $D --stats --date 2023-03-27 "$tmp/bigplain.d"
msg 'b-bigplain: document over 8388608 bytes; document skipped'; same "$tmp/ref-dir"; within 30
rm -rf "$tmp/bigplain.d"
end

t "sentence-$TOKENS-tokens"
{ printf ' date 2023-03-27 '; rep "$TOKENS" Russian troops attacked Ukraine and police arrested protesters in Kyiv; echo; } >"$tmp/tokens.txt"
run 0 code --dict $D --stats "$tmp/tokens.txt"
# cut into pieces of 400 tokens, every piece coded
n=$(stat_of sentences)
if [ "$n" -eq $(((TOKENS + 399) / 400)) ]; then ok; else bad "$n sentences, want $(((TOKENS + 399) / 400))"; fi
has '"code":"RUSMIL"'; within 30
end

if [ $ASAN -eq 0 ]; then
    t sentence-cut-linear
    # 4x the tokens must cost about 4x the time, not 16x (best of three runs)
    best() {
        b=999
        for r in 1 2 3; do
            "$T" code --dict $D --stats --max-doc-bytes 20000000 "$1" 2>"$tmp/err" >/dev/null
            s=$(stat_of seconds)
            b=$(awk -v a="$s" -v b="$b" 'BEGIN { print (a < b) ? a : b }')
        done
        echo "$b"
    }
    { printf ' date 2023-03-27 '; rep 500000 Russian troops attacked Ukraine and police arrested protesters in Kyiv; } >"$tmp/t1.txt"
    { printf ' date 2023-03-27 '; rep 2000000 Russian troops attacked Ukraine and police arrested protesters in Kyiv; } >"$tmp/t4.txt"
    a=$(best "$tmp/t1.txt")
    b=$(best "$tmp/t4.txt")
    secs=$b
    if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b <= 9 * a + 0.05) }'; then ok; else bad "0.5M tokens $a s, 2M tokens $b s: not linear"; fi
    printf '        (0.5M tokens %s s, 2M tokens %s s)\n' "$a" "$b"
    rm -f "$tmp/t1.txt" "$tmp/t4.txt"
    end

    t opener-names-linear
    # sentences opened by a name never written before ("Bcdex, the trader,
    # left."): looking back for the name must not make the document
    # quadratic; 4x the sentences about 4x the time, not 16x
    openers() {
        awk -v n="$1" 'BEGIN { l = "abcdefghijklmnopqrstuvwxyz"
            for (i = 0; i < n; i++) {
                w = toupper(substr(l, i % 26 + 1, 1)) substr(l, int(i / 26) % 26 + 1, 1) \
                    substr(l, int(i / 676) % 26 + 1, 1) substr(l, int(i / 17576) % 26 + 1, 1) "x"
                printf "%s, the trader, left. ", w } }'
    }
    { printf ' date 2023-03-27 '; openers 15000; } >"$tmp/t1.txt"
    { printf ' date 2023-03-27 '; openers 60000; } >"$tmp/t4.txt"
    a=$(best "$tmp/t1.txt")
    b=$(best "$tmp/t4.txt")
    if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b <= 9 * a + 0.05) }'; then ok; else bad "15k openers $a s, 60k openers $b s: not linear"; fi
    printf '        (15k openers %s s, 60k openers %s s)\n' "$a" "$b"
    rm -f "$tmp/t1.txt" "$tmp/t4.txt"
    end
fi

t match-budget-real-dict
# 10,000 repeats of words that start many patterns, in one sentence
for w in call threaten say hold attack; do
    { printf ' date 2023-03-27 Russia '; rep 10000 $w; printf 'Ukraine.\n'; } >"$tmp/rep-$w.txt"
done
run 0 code --dict $D --stats --max-sentence-tokens 1000 "$tmp"/rep-*.txt; within 10
end

t match-budget-adversarial
mkdir "$tmp/adv.dict"; cp $D/*.dict "$tmp/adv.dict/"
# 12 words and 11 skips: without a budget the search would try ~5^11 paths
printf 'event 010 zap * zap * zap * zap * zap * zap * zap * zap * zap * zap * zap * zap\n' >"$tmp/adv.dict/zz-adv.dict"
{ printf ' date 2023-03-27 Russia '; rep 10000 zap; printf 'Ukraine.\n'; } >"$tmp/zap.txt"
run 0 code --dict "$tmp/adv.dict" --stats "$tmp/zap.txt"; within 10
n=$(stat_of match_budget_hits)
if [ "${n:-0}" -gt 0 ]; then ok; else bad "match_budget_hits is '${n}', want > 0"; fi
end

t headline-1000-token-acts
# 200 headlines of 1,000 tokens, 330 noun acts each ("5 killed in air
# strikes in air strikes ..."): each act's subject scan once looked for a
# noun match at every token over all matches, cubic (10 s, now 1.5 s)
i=0
while [ $i -lt 200 ]; do
    printf '{"id":"h%d","date":"2023-03-27","title":"5 killed in %s Idlib"}\n' $i "$(rep 990 air strikes in)"
    i=$((i + 1))
done >"$tmp/acts.jsonl"
run 0 code --dict $D --stats --max-sentence-tokens 1000 "$tmp/acts.jsonl"; within 10
end

# "A, B, ... and Z attacked A, B, ... and Z": n x n events per sentence
LIST=$(sed -n 's/^country \([A-Z]\{3\}\) \([A-Z][a-z]*\)$/\2/p; s/^country \([A-Z]\{3\}\) \([A-Z][a-z]*\) |.*/\2/p' $D/countries.dict |
    head -40 | awk '{ printf "%s%s", (NR > 1 ? ", " : ""), $0 }')
t events-per-sentence-cap
printf ' date 2023-03-27 %s attacked %s.\n' "$LIST" "$LIST" >"$tmp/list.txt"
run 0 code --dict $D --stats "$tmp/list.txt"
n=$(stat_of events)
if [ "$n" -eq 100 ]; then ok; else bad "$n events, want the cap of 100"; fi
n=$(stat_of sentence_event_caps)
if [ "$n" -eq 1 ]; then ok; else bad "sentence_event_caps $n, want 1"; fi
end

t events-per-document-cap
{ printf '{"id":"b1","date":"2023-03-27","text":"'; i=0; while [ $i -lt 1100 ]; do printf '%s attacked %s. ' "$LIST" "$LIST"; i=$((i + 1)); done; printf '"}\n'; } |
    mix docevents
run 1 code --dict $D --stats "$tmp/docevents.jsonl"
msg 'docevents.jsonl:2: document gives more than 100000 events, the limit; document skipped'
same "$tmp/ref-jsonl"; within 30
end

# ---- JSON structure ------------------------------------------------------
t json-nested-100000
{ printf '{"id":"b1","date":"2023-03-27","x":'; zeros 100000 '['; zeros 100000 ']'; printf ',"text":"Police arrested protesters."}\n'; } |
    mix nested
run 1 code --dict $D "$tmp/nested.jsonl"
msg 'nested.jsonl:2: invalid JSON at column 548: nesting deeper than 512; document skipped'; same "$tmp/ref-jsonl"
end

t json-nested-ignored-field
{ printf '{"id":"b1","date":"2023-03-27","x":'; zeros 500 '['; zeros 500 ']'; printf ',"text":"Police arrested protesters."}\n'; } |
    mix nested-ok
run 0 code --dict $D "$tmp/nested-ok.jsonl"; quiet; has '"doc":"b1"'
end

t json-huge-numbers
{
    printf '{"id":"b1","date":"2023-03-27","n":'; zeros 1000000 9; printf '.5e-99999999,"text":"Police arrested protesters."}\n'
    printf '{"id":'; zeros 100000 7; printf ',"date":"2023-03-27","text":"Police arrested protesters."}\n'
    printf '{"id":1e999999,"date":"2023-03-27","text":"Police arrested protesters."}\n'
    printf '{"id":-0.0,"date":"2023-03-27","n":-,"text":"x"}\n'
} | mix numbers
run 1 code --dict $D "$tmp/numbers.jsonl"; has '"doc":"b1"'; has '"doc":"1e999999"'
msg 'numbers.jsonl:3: field "id" must be a string'; msg 'numbers.jsonl:5: invalid JSON at column 37: bad number'
end

t "json-string-50MB"
# over the default limit: skipped without being held in memory
{ printf '{"id":"b1","date":"2023-03-27","text":"'; zeros 50000000 a; printf '"}\n'; } | mix str50
run 1 code --dict $D --stats "$tmp/str50.jsonl"
msg 'str50.jsonl:2: line longer than 8388608 bytes; document skipped'; same "$tmp/ref-jsonl"
# under a raised limit: parsed (an ignored field, then the text itself)
{ printf '{"id":"b1","date":"2023-03-27","html":"'; zeros 50000000 a; printf '","text":"Police arrested protesters."}\n'
  printf '{"id":"b2","date":"2023-03-27","text":"Police arrested protesters. '; zeros 50000000 a; printf '"}\n'; } | mix str50b
run 0 code --dict $D --stats --max-doc-bytes 67108864 "$tmp/str50b.jsonl"; has '"doc":"b1"'; has '"doc":"b2"'; within 30
rm -f "$tmp/str50.jsonl" "$tmp/str50b.jsonl"
end

t json-missing-mistyped-fields
{
    printf '{}\n'
    printf '{"id":"","date":"2023-03-27","text":"x"}\n'
    printf '{"id":"b3","date":"2023-03-27"}\n'
    printf '{"id":"b4","date":"2023-03-27","text":null}\n'
    printf '{"id":true,"date":"2023-03-27","text":"x"}\n'
    printf '{"id":"b6","date":20230327,"text":"x"}\n'
    printf '{"id":"b7","date":null,"text":"x"}\n'
    printf '{"id":"b8","date":"2023-03-27","title":["x"],"text":"x"}\n'
    printf '{"id":"b9","date":"2023-03-27","text":{"p":"x"}}\n'
    printf '"just a string"\n'
    printf '{"id":"b11","date":"2023-03-27","text":"x"} {"id":"b11b"}\n'
} | mix fields
run 1 code --dict $D "$tmp/fields.jsonl"
msg 'fields.jsonl:2: missing field "id"'; msg 'fields.jsonl:3: missing field "id"'
msg 'fields.jsonl:4: missing field "text"'; msg 'fields.jsonl:5: missing field "text"'
msg 'fields.jsonl:6: field "id" must be a string'; msg 'fields.jsonl:7: field "date" must be a string'
msg 'fields.jsonl:8: no date'; msg 'fields.jsonl:9: field "title" must be a string'
msg 'fields.jsonl:10: field "text" must be a string'; msg 'fields.jsonl:11: invalid JSON at column 1'
msg 'fields.jsonl:12: invalid JSON at column 45: text after the object'
msg '11 document(s) or file(s) skipped'; same "$tmp/ref-jsonl"
end

# ---- dates ---------------------------------------------------------------
t dates-impossible
{
    printf '{"id":"b1","date":"0000-00-00","text":"Police arrested protesters."}\n'
    printf '{"id":"b2","date":"99999-01-01","text":"Police arrested protesters."}\n'
    printf '{"id":"b3","date":"2023-13-01","text":"Police arrested protesters."}\n'
    printf '{"id":"b4","date":"2100-02-29","text":"Police arrested protesters."}\n'
} | mix dates
run 1 code --dict $D "$tmp/dates.jsonl"
msg "dates.jsonl:2: invalid date '0000-00-00'"; msg "dates.jsonl:3: invalid date '99999-01-01'"
msg "dates.jsonl:4: invalid date '2023-13-01'"; msg "dates.jsonl:5: invalid date '2100-02-29'"
same "$tmp/ref-jsonl"
ref_dir
printf ' date 2023-02-30 Police arrested protesters.\n' | mixdir dated-bad
run 1 code --dict $D "$tmp/dated-bad.d"; msg "b-dated-bad: invalid date '2023-02-30'"; same "$tmp/ref-dir"
printf ' date 99999-01-01 Police arrested protesters.\n' | mixdir dated-long
run 1 code --dict $D "$tmp/dated-long.d"; msg "b-dated-long: plain text needs --date"; same "$tmp/ref-dir"
for d in 0000-00-00 2023-02-30 99999-01-01; do
    run 2 code --dict $D --date $d "$tmp/good.jsonl"; msg "--date wants a real day as YYYY-MM-DD, not '$d'"
done
end

t dates-moved-past-the-calendar
printf '{"id":"e1","date":"9999-12-31","text":"Police arrested protesters tomorrow. Police arrested protesters next year."}\n{"id":"e2","date":"0001-01-01","text":"Police arrested protesters yesterday. Police arrested protesters last year."}\n' \
    >"$tmp/edge.jsonl"
run 0 code --dict $D "$tmp/edge.jsonl"; quiet
n=$(grep -c '"date":"\(9999-12-31\|0001-01-01\)"' "$tmp/out")
if [ "$n" -eq 4 ]; then ok; else bad "$n events kept their date inside 0001-9999, want 4"; fi
end

# ---- files and directories ---------------------------------------------------
t empty-files
ref_dir
: | mixdir empty
run 1 code --dict $D "$tmp/empty.d"; msg 'b-empty: empty file; document skipped'; same "$tmp/ref-dir"
printf '\n \r\n\t\n' | mixdir blank
run 1 code --dict $D "$tmp/blank.d"; msg 'b-blank: empty file; document skipped'; same "$tmp/ref-dir"
end

t empty-directory
mkdir -p "$tmp/emptydir/sub" "$tmp/emptydir2"
cp "$tmp/good.jsonl" "$tmp/emptydir/a.jsonl"; : >"$tmp/emptydir2/.hidden"
run 0 code --dict $D "$tmp/emptydir" "$tmp/emptydir2"
msg 'emptydir/sub: empty directory'; msg 'emptydir2: empty directory'; same "$tmp/ref-jsonl"
end

t unreadable-file
cp "$tmp/good.d/c-good.txt" "$tmp/unreadable.txt"; chmod 000 "$tmp/unreadable.txt"
if cat "$tmp/unreadable.txt" >/dev/null 2>&1; then
    echo "  skip  unreadable-file: running as root, chmod 000 does not stop reading"
    skip=$((skip + 1))
    cur=unreadable-file-skipped
    fail0=$fail
else
    ref_dir
    mixdir unreadable </dev/null; chmod 000 "$tmp/unreadable.d/b-unreadable"
    run 1 code --dict $D "$tmp/unreadable.d"; msg 'b-unreadable: Permission denied'; same "$tmp/ref-dir"
    end
fi

t symlink-loops
ref_dir
mkdir "$tmp/links.d"; cp "$tmp/good.d/a-good.jsonl" "$tmp/good.d/c-good.txt" "$tmp/links.d/"
ln -s b-loop2 "$tmp/links.d/b-loop1"; ln -s b-loop1 "$tmp/links.d/b-loop2"; ln -s nowhere "$tmp/links.d/b-dangling"
ln -s . "$tmp/links.d/b-self"
run 1 code --dict $D "$tmp/links.d"
msg 'b-loop1: Too many levels of symbolic links'; msg 'b-loop2: Too many levels of symbolic links'
msg 'b-dangling: No such file or directory'; msg 'b-self: directory loop'; same "$tmp/ref-dir"
end

t binary-file
ref_dir
# (an executable's first 2 MB: a sanitizer build is larger than a
# document may be, and would be refused for its size instead)
head -c 2000000 "$T" | mixdir binary
run 1 code --dict $D "$tmp/binary.d"; msg 'b-binary: not UTF-8 text (binary file?); document skipped'; same "$tmp/ref-dir"
# with --date the binary is still refused, not coded as text
ref_dir --date 2023-03-27
run 1 code --dict $D --date 2023-03-27 "$tmp/binary.d"; msg 'b-binary: not UTF-8 text'; same "$tmp/ref-dir"
end

t html-page
ref_dir
cat >"$tmp/page.html" <<'EOF'
<!DOCTYPE html>
<html><head><title>Police arrest protesters</title>
<script>var s = "{\"id\":1}"; if (a < b && c > d) { x = '</p>'; }</script><style>p { color: red }</style></head>
<body><p>Police arrested protesters &amp; journalists in Baku.</p><!-- <p>hidden</p> --></body></html>
EOF
mixdir html <"$tmp/page.html"
run 1 code --dict $D "$tmp/html.d"; msg 'b-html: plain text needs --date'; same "$tmp/ref-dir"
# with --date it is read as plain text: the markup is noise around the words
run 0 code --dict $D --date 2023-03-27 "$tmp/html.d"; quiet; has '"doc":"b-html"'
end

# ---- threads: the same skips and events with -j 2 ------------------------------
t jobs-2-same-output
cat "$tmp/fields.jsonl" "$tmp/numbers.jsonl" "$tmp/utf8-invalid.jsonl" "$tmp/dates.jsonl" >"$tmp/all.jsonl"
"$T" code --dict $D -j 1 "$tmp/all.jsonl" >"$tmp/j1" 2>"$tmp/j1err"
run 1 code --dict $D -j 2 "$tmp/all.jsonl"; same "$tmp/j1"
if cmp -s "$tmp/err" "$tmp/j1err"; then ok; else bad "-j 2 messages differ"; fi
end

# ---- dictionaries ------------------------------------------------------------
"$T" dict check $D 2>/dev/null | sed 1d | grep -v 'rejected' >"$tmp/base-counts"
"$T" code --dict $D examples/ >"$tmp/ref-examples" 2>/dev/null
# mkdict NAME: a copy of the shipped set in $tmp/NAME; zz-bad.dict from stdin
mkdict() {
    mkdir -p "$tmp/$1"
    cp $D/*.dict "$tmp/$1/"
    cat >"$tmp/$1/zz-bad.dict"
}
# dict_ok NAME REJECTED: dict check exits 1 with REJECTED lines rejected,
# holds what the shipped set holds, and codes examples/ the same
dict_ok() {
    run 1 dict check "$tmp/$1"
    has "rejected lines   $2"
    sed 1d "$tmp/out" | grep -v 'rejected' >"$tmp/counts"
    if cmp -s "$tmp/counts" "$tmp/base-counts"; then ok; else bad "counts differ"; diff "$tmp/base-counts" "$tmp/counts" >&2; fi
    cp "$tmp/err" "$tmp/check-err"
    run 0 code --dict "$tmp/$1" examples/; same "$tmp/ref-examples"; msg "$2 dictionary line(s) skipped"
    cp "$tmp/check-err" "$tmp/err"
}

t dict-malformed-lines
{
    printf 'cameo 1999 nan A NaN Goldstein value\n'
    printf 'cameo 1998 1e999 An infinite one\n'
    printf 'cameo\n'
    printf 'country\n'
    printf 'agent MIL\n'
    printf 'person RUSGOV\n'
    printf 'event 046\n'
    printf 'actor IGOZZZ XX Some Body\n'
    printf 'country ZZA Zed\377land\n'
    printf 'country ZZB Zed\000land\n'
    printf 'modal intent\n'
    printf 'event 046 negotiate | | negotiate with +\n'
    printf 'marker nonsense foo\n'
    printf 'country zzz lower case\n'
    printf 'actor IGOZZZ - =Zed Body\n'
    printf 'marker place-noun two words\n'
} | mkdict dict-bad
dict_ok dict-bad 16
msg 'zz-bad.dict:1: Goldstein value must be a number from -10 to 10'; msg 'zz-bad.dict:2: Goldstein value must be'
msg 'zz-bad.dict:3: cameo needs CODE GOLDSTEIN NAME'; msg 'zz-bad.dict:4: missing code'
msg 'zz-bad.dict:5: no phrase'; msg 'zz-bad.dict:6: missing field after the code'
msg 'zz-bad.dict:7: no phrase'; msg 'zz-bad.dict:8: COUNTRY must be a 3-letter code or -'
msg 'zz-bad.dict:9: invalid UTF-8 or NUL byte'; msg 'zz-bad.dict:10: invalid UTF-8 or NUL byte'
msg 'zz-bad.dict:11: modal needs KIND PREFIX CODE'; msg "zz-bad.dict:12: empty phrase between '|'"
msg "zz-bad.dict:13: unknown marker kind 'nonsense'"; msg 'zz-bad.dict:14: a country code is 3 capital letters'
msg "zz-bad.dict:15: '=' (a word as written) is for event patterns, markers and agents only"
msg 'zz-bad.dict:16: a word class holds single words'
end

t dict-10MB-line
{ printf 'country ZZA Zedland\n'; printf 'country ZZB '; i=0; while [ $i -lt 10 ]; do zeros 1000000 a; i=$((i + 1)); done; printf '\ncountry ZZC Yonderland\n'; } |
    mkdict dict-long
run 1 dict check "$tmp/dict-long"; msg 'zz-bad.dict:2: line longer than 64 KiB'; has 'rejected lines   1'
run 0 actor --dict "$tmp/dict-long" Yonderland; has '"code":"ZZC"'
run 0 actor --dict "$tmp/dict-long" Zedland; has '"code":"ZZA"'
end

t dict-huge-phrase-set
# lines of 3,000 phrases each (just under 64 KiB), HUGE_SET lines
awk -v n="$HUGE_SET" 'BEGIN { for (i = 0; i < n; i++) { printf "actor ZZZ%03d -", i % 1000;
    for (j = 0; j < 3000; j++) printf "%s Zed%d name%d", (j ? " |" : ""), i, j; printf "\n" } }' | mkdict dict-huge
run 0 dict check "$tmp/dict-huge"; within 30
printf '{"id":"h","date":"2023-03-27","text":"Zed5 name77 attacked Zed9 name2999."}\n' >"$tmp/huge.jsonl"
run 0 code --dict "$tmp/dict-huge" "$tmp/huge.jsonl"; has '"code":"ZZZ005"'; has '"code":"ZZZ009"'
end

t dict-cyclic-sets
# no keyword refers to another entry by name, so a set cannot loop; two
# lines naming each other's phrases conflict, and modal codes apply once
{
    printf 'country ZZA Zedland | Yonderland\n'
    printf 'country ZZB Yonderland | Zedland\n'
    printf 'person ZZAGOV 2020-01-01.. Alpha Beta\n'
    printf 'person ZZBGOV 2020-01-01.. Beta Alpha\n'
    printf 'modal threat 0311 0312\n'
    printf 'modal threat 0312 0311\n'
} | mkdict dict-cycle
run 1 dict check "$tmp/dict-cycle"
msg "zz-bad.dict:2: phrase 'Yonderland' already names ZZA (zz-bad.dict:1)"
msg "zz-bad.dict:2: phrase 'Zedland' already names ZZA (zz-bad.dict:1)"; has 'rejected lines   2'
printf '{"id":"c","date":"2023-03-27","text":"Zedland threatened to meet Yonderland. Alpha Beta met Beta Alpha. Beta said Alpha would meet Zedland."}\n' >"$tmp/cycle.jsonl"
run 0 code --dict "$tmp/dict-cycle" "$tmp/cycle.jsonl"; has '"doc":"c"'; within 10
end

t dict-duplicates
{
    printf 'cameo 046 7.0 Engage in negotiation again\n'
    printf 'country RUS Russia\n'
    printf 'country ZZA Russia\n'
    printf 'event 190 negotiate with +\n'
    printf 'event 046 negotiate with +\n'
    printf 'modal intent 04 036\n'
    printf 'person ZZAGOV 2020-01-01.. Zed Zedson\n'
    printf 'person ZZAGOV 2020-01-01.. Zed Zedson\n'
} | mkdict dict-dup
run 1 dict check "$tmp/dict-dup"
msg 'zz-bad.dict:1: CAMEO code 046 defined twice'; msg "zz-bad.dict:3: phrase 'Russia' already names RUS"
msg "zz-bad.dict:4: pattern 'negotiate with +' is already coded 046 (events-coop.dict:"
msg 'zz-bad.dict:6: modal intent:04 given twice'
msg 'zz-bad.dict:8: duplicate person entry (first at zz-bad.dict:7)'; has 'rejected lines   5'
# lines 2 and 5 repeat an entry with the same code: accepted, nothing changes
run 0 code --dict "$tmp/dict-dup" examples/; same "$tmp/ref-examples"
end

t dict-encodings-and-files
{ printf '\357\273\277cameo 1999 -5.0 A code after a byte-order mark\r\n'; printf 'event 1999 zorgify\r\n'; } | mkdict dict-enc
{ printf '\377\376'; printf 'cameo 1997 1 UTF-16\n' | iconv -f UTF-8 -t UTF-16LE; } >"$tmp/dict-enc/zz-utf16.dict"
mkdir "$tmp/dict-enc/zz-dir.dict"
ln -s zz-loop2.dict "$tmp/dict-enc/zz-loop1.dict"; ln -s zz-loop1.dict "$tmp/dict-enc/zz-loop2.dict"
FIFO=0
if mkfifo "$tmp/dict-enc/zz-fifo.dict" 2>/dev/null; then FIFO=1; fi
run 1 dict check "$tmp/dict-enc"
msg 'zz-utf16.dict:1: invalid UTF-8 or NUL byte'; msg 'zz-dir.dict: Is a directory'
msg 'zz-loop1.dict: Too many levels of symbolic links'
[ $FIFO -eq 1 ] && msg 'zz-fifo.dict: not a regular file'
printf '{"id":"z","date":"2023-03-27","text":"Russian troops zorgify Ukraine."}\n' >"$tmp/zorg.jsonl"
run 0 code --dict "$tmp/dict-enc" "$tmp/zorg.jsonl"; has '"code":"1999"'; has '"goldstein":-5.0'
end

t dict-empty-and-missing
mkdir "$tmp/dict-none"
run 3 code --dict "$tmp/dict-none" "$tmp/good.jsonl"; msg 'no cameo lines: the set has no CAMEO table'
: | mkdict dict-empty-file
run 0 code --dict "$tmp/dict-empty-file" "$tmp/good.jsonl"; same "$tmp/ref-jsonl"
end

# ---- write failures (cli.sh covers JSON Lines to /dev/full and a closed pipe) -----
if [ -w /dev/full ]; then
    t write-failures
    OUT=/dev/full
    run 4 code --dict $D --format tsv examples/; msg 'error writing output: No space left on device'
    run 4 code --dict $D --format tsv --explain -j 2 examples/; msg 'error writing output'
    run 4 dict check $D; msg 'error writing output'
    run 4 actor --dict $D "Russian troops"; msg 'error writing output'
    run 4 code --help; msg 'error writing output'
    OUT=
    end
fi

echo "hostile: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
