#!/bin/sh
# tabari_io.sh -- TABARI records in, TABARI event files out (docs/tabari.md):
# record parsing (multi-line text, no line-length limit, '&', comments,
# two-digit years, malformed headers), --format tabari columns, the flags
# and their errors, detection of the input layout and of TABARI
# dictionary paths. Coded with the shipped dictionaries; the TABARI
# reference files in ../shared are read when present.
# Usage: sh tests/tabari_io.sh build/tacitus
T=${1:-build/tacitus}
D=data/dict
SHARED=${SHARED:-../shared}
SUITE=tabari_io
. "$(dirname "$0")/expect.sh"

# --- records: multi-line text, '&', comments, two-digit years, CRLF
{
  printf '# a comment line before the first record, as in the validation file\n'
  printf '990101 R1\n'
  printf 'Russian peacekeepers held talks\n'
  printf 'with Azerbaijan & its neighbours.\n'
  printf '/*\\n---- Police arrested protesters in a comment.\n'
  printf '\\n{ RUS / AZE / 046 } */\n'
  printf '\n'
  printf '290315  R2\n'
  printf 'Police arrested protesters.\n'
  printf '\n\n\n'
  printf '300315\tR3\r\n'
  printf 'Police arrested protesters.\r\n'
  printf '\r\n'
  printf '991231 R4 with spaces in its id  \n'
  printf 'Police arrested /* not this: Russian peacekeepers held talks with Azerbaijan. */ protesters.\n'
} >"$tmp/recs.txt"
expect_status 0 "$T" code --dict $D "$tmp/recs.txt"
expect_out '"doc":"R1".*"date":"1999-01-01".*"code":"RUSMIL".*"code":"AZE".*"code":"046"'
expect_out '"doc":"R2".*"date":"2029-03-15"'       # 00-29: 2000s, as TABARI
expect_out '"doc":"R3".*"date":"1930-03-15"'       # 30-99: 1900s
expect_out '"doc":"R4 with spaces in its id".*"date":"1999-12-31"'
expect_no_out '"doc":"R1".*"code":"173"'             # the comment is not coded
expect_no_out '"doc":"R4.*"code":"046"'              # nor an inline one
expect_lines 4

# --- --format tabari: TABARI's columns, byte for byte
expect_status 0 "$T" code --dict $D --format tabari "$tmp/recs.txt"
printf '990101\tRUSMIL\tAZE\t046\tEngage in negotiation\tR1\n' >"$tmp/want1"
head -1 "$tmp/out" >"$tmp/got1"
expect_same "$tmp/want1" "$tmp/got1"
expect_out "$(printf '^290315\tCOP\tOPP\t173\t[^\t]*\tR2$')"
expect_out "$(printf '^991231\tCOP\tOPP\t173\t[^\t]*\tR4 with spaces in its id$')"
if awk -F'\t' 'NF != 6 || $1 !~ /^[0-9][0-9][0-9][0-9][0-9][0-9]$/ || $4 !~ /^[0-9]+$/ { exit 1 }' "$tmp/out"; then
    ok; else bad "--format tabari: a row is not date, source, target, code, label, id"; cat "$tmp/out" >&2; fi
# an event without a target: TABARI's null code
printf '990101 N1\nThe Russian government made a statement.\n' >"$tmp/nt.txt"
expect_status 0 "$T" code --dict $D --format tabari "$tmp/nt.txt"
if awk -F'\t' '$3 == "" { exit 1 }' "$tmp/out"; then ok; else bad "empty target column"; fi
# the columns match TABARI's own event file
REF=$SHARED/peers/tabari/reference_outputs
if [ -f "$REF/corpus2198.events.tsv" ]; then
    if awk -F'\t' 'NF != 6 || $1 !~ /^[0-9][0-9][0-9][0-9][0-9][0-9]$/ { exit 1 }' "$REF/corpus2198.events.tsv"; then
        ok; else bad "TABARI's reference file does not have the six columns tested above"; fi
else
    echo "tabari_io: $REF not found: reference-file checks skipped"
fi
# -j 2 gives the same output in the same order
expect_status 0 "$T" code --dict $D --format tabari -j 2 "$tmp/recs.txt"
cp "$tmp/out" "$tmp/j2"
"$T" code --dict $D --format tabari "$tmp/recs.txt" >"$tmp/j1" 2>/dev/null
expect_same "$tmp/j1" "$tmp/j2"

# ingest stores TABARI records under their ids and dates
expect_status 0 "$T" ingest -q --dict $D "$tmp/t.db" "$tmp/recs.txt"
expect_status 0 "$T" query "$tmp/t.db" --mentions --tsv --limit 0
expect_out "$(printf '^2029-03-15\t.*\tR2\t')"

# --- no line-length limit: a 200 KB line inside a record
awk 'BEGIN { printf "990101 LONG\n"; for (i = 0; i < 20000; i++) printf "the weather was fine "; printf "Police arrested protesters.\n\n" }' >"$tmp/long.txt"
expect_status 0 "$T" code --dict $D --format tabari "$tmp/long.txt"
expect_out "$(printf '\t173\t.*\tLONG$')"
# over --max-doc-bytes: that record is skipped with its header line, the next coded
{ cat "$tmp/long.txt"; printf '990102 NEXT\nPolice arrested protesters.\n'; } >"$tmp/long2.txt"
expect_status 1 "$T" code --dict $D --format tabari --max-doc-bytes 100000 "$tmp/long2.txt"
expect_err 'long2.txt:1: record LONG: text over 100000 bytes'
expect_out "$(printf '\tNEXT$')"

# --- hostile: binary inside a record, a 20 MB line without a newline; the
# messages stay printable, the good record after them is coded
{ printf '990101 BIN\n'; head -c 100000 /dev/urandom; printf '\n\n990102 AFTER\nPolice arrested protesters.\n'; } >"$tmp/bin.txt"
expect_status 1 "$T" code --dict $D --format tabari "$tmp/bin.txt"
expect_out "$(printf '\tAFTER$')"
if LC_ALL=C grep -q '[^ -~]' "$tmp/err"; then bad "a message holds non-printable bytes"; else ok; fi
{ printf '990101 HUGE\n'; head -c 20000000 /dev/zero | tr '\0' 'a'; } >"$tmp/huge.txt"
expect_status 1 "$T" code --dict $D --format tabari "$tmp/huge.txt"
expect_err 'huge.txt:1: record HUGE: text over 8388608 bytes'

# --- bad records: one file:line: reason each, skipped, the rest coded, exit 1
{
  printf '990101 G1\nPolice arrested protesters.\n\n'
  printf '9901 B1\nPolice arrested protesters.\n\n'          # line 4: five digits
  printf '991301 B2\nPolice arrested protesters.\n\n'        # line 7: month 13
  printf '990230 B3\nPolice arrested protesters.\n\n'        # line 10: 30 February
  printf '990101\nPolice arrested protesters.\n\n'           # line 13: no id
  printf 'Police arrested protesters.\nmore text\n\n'        # line 16: no header
  printf '990101 G2\nPolice arrested protesters.\n'
  printf '990101 G2b\nstill G2: a header needs a blank line before it\n\n'
  printf '990101 E1\n\n'                                     # empty: no events, no message
  printf '20240229 G3\nPolice arrested protesters.\n'        # YYYYMMDD
} >"$tmp/bad.txt"
expect_status 1 "$T" code --dict $D --format tabari "$tmp/bad.txt"
expect_err 'bad.txt:4: malformed record header'
expect_err 'bad.txt:7: invalid date .991301.'
expect_err 'bad.txt:10: invalid date .990230.'
expect_err 'bad.txt:13: record header .990101. has no record id'
expect_err 'bad.txt:16: text outside a record'
expect_err '5 document(s) or file(s) skipped'
expect_out "$(printf '\tG1$')"
expect_out "$(printf '\tG2$')"
expect_out "$(printf '^240229\t.*\tG3$')"
expect_no_out 'B[123]$'
expect_no_out 'G2b'
expect_no_err 'E1'

# --- detection: with and without the flag
printf '990101 D1\nPolice arrested protesters.\n' >"$tmp/det.txt"
expect_status 0 "$T" code --dict $D "$tmp/det.txt";                 expect_out '"doc":"D1"'
printf '\n\n950101*INTRO\nPolice arrested protesters.\n' >"$tmp/det2.txt"
expect_status 0 "$T" code --dict $D "$tmp/det2.txt";                expect_out '"doc":"\*INTRO"'
expect_status 0 "$T" code --dict $D --input tabari - <"$tmp/det.txt"; expect_out '"doc":"D1"'
# --date makes a file plain text, unless --input tabari says otherwise
expect_status 0 "$T" code --dict $D --date 2020-01-01 --id P1 "$tmp/det.txt"
expect_out '"doc":"P1"'
expect_status 0 "$T" code --dict $D --date 2020-01-01 --input tabari "$tmp/det.txt"
expect_out '"doc":"D1".*"date":"1999-01-01"'
# prose that starts with a number is not taken for records
printf '1999 was a year. Police arrested protesters.\n' >"$tmp/prose.txt"
expect_status 1 "$T" code --dict $D "$tmp/prose.txt";               expect_err "needs --date"
# JSON Lines forced through --input
printf '{"id":"j1","date":"2023-03-27","text":"Police arrested protesters."}\n' >"$tmp/a.jsonl"
expect_status 0 "$T" code --dict $D --input jsonl "$tmp/a.jsonl";   expect_out '"doc":"j1"'
if [ -f "$SHARED/peers/tabari/validation/Validate.text" ]; then
    # TABARI's validation file: a '#' block, then 480 records (one has
    # YYYYMMDD with more digits, valid only under SET: YYYY)
    "$T" code -q --stats --dict $D --format tabari "$SHARED/peers/tabari/validation/Validate.text" \
        >"$tmp/out" 2>"$tmp/err"
    expect_err '"documents":480'
    expect_err 'Validate.text:3397: invalid date'
    "$T" code -q --stats --dict $D "$REF/corpus2198.tabari.txt" >"$tmp/out" 2>"$tmp/err"
    expect_status 0 "$T" code -q --dict $D "$REF/corpus2198.tabari.txt"
    "$T" code -q --stats --dict $D "$REF/corpus2198.tabari.txt" >"$tmp/out" 2>"$tmp/err"
    expect_err '"documents":2189'   # 2,198 records, 9 of them empty
fi

# --- flags and their errors
expect_status 2 "$T" code --dict $D --input xml "$tmp/det.txt";        expect_err "unknown input layout 'xml'"
expect_status 2 "$T" code --dict $D --input;                           expect_err "needs a value"
expect_status 2 "$T" code --dict $D --format weis "$tmp/det.txt";      expect_err "json, tsv or tabari"
expect_status 2 "$T" code --dict-format weis --dict $D "$tmp/det.txt"; expect_err "unknown dictionary format 'weis'"
expect_status 2 "$T" ingest --format tabari "$tmp/x.db" "$tmp/det.txt"; expect_err "unknown format"
expect_status 2 "$T" dict check --dict-format weis $D;                 expect_err "unknown dictionary format"
expect_status 0 "$T" code --help
expect_out '--dict-format'; expect_out '--input'; expect_out 'tabari'
# --dict-format native forces the native loader; tabari the TABARI loader
expect_status 0 "$T" code --dict-format native --dict $D "$tmp/det.txt"
expect_status 3 "$T" code --dict-format tabari --dict $D "$tmp/det.txt"
expect_err "cannot load dictionaries from $D"
# a .project path or a folder of *.verbs is a TABARI set (auto-detected):
# the TABARI loader answers (a set or its file:line messages), never the
# native one
mkdir -p "$tmp/tset"
printf 'ARNOR_ [ARN]\n' >"$tmp/tset/x.actors"
printf -- '--- RESTORE   [064] ---\n- * RELATIONS  [064]\n' >"$tmp/tset/x.verbs"
printf '<actorsfile> x.actors\n<verbsfile> x.verbs\n' >"$tmp/tset/x.project"
for p in "$tmp/tset" "$tmp/tset/x.project"; do
    "$T" code --dict "$p" "$tmp/det.txt" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 0 ] || [ $rc -eq 3 ]; then ok; else bad "--dict $p exited $rc"; fi
    expect_no_err "no CAMEO table"     # the native loader's complaint
done
"$T" code --dict-format tabari --dict "$tmp/missing.project" "$tmp/det.txt" >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 3 ]; then ok; else bad "a missing TABARI project does not exit 3"; fi
expect_err "missing.project"

# --- with TABARI's own dictionaries (the set of TABARI's reference run, built
# here as the eval suite builds it): the event file has TABARI's bytes
DICTS=$SHARED/peers/tabari/dictionaries
if [ -f "$REF/run1.project" ] && command -v unzip >/dev/null 2>&1; then
    set_=$tmp/tabari-set
    mkdir -p "$set_"
    cp "$REF/run1.project" "$REF/run.options" "$DICTS/CAMEO.091003.master.verbs" "$set_/"
    for f in $(sed -n 's/^<a[cg][a-z]*file> *clean\.//p' "$REF/run1.project" | tr -d '\r'); do
        if [ -f "$DICTS/$f" ]; then LC_ALL=C grep -a -v '&' "$DICTS/$f"
        else unzip -p "$DICTS/$f.zip" | LC_ALL=C grep -a -v '&'; fi >"$set_/clean.$f"
    done
    # detected from a folder of *.verbs and from the .project path (exit 1:
    # gsr78 has one record '1108 AFP...', which TABARI skips too)
    expect_status 1 "$T" code -q --dict "$set_" --format tabari "$REF/gsr78.tabari.txt"
    cp "$tmp/out" "$tmp/by-folder"
    expect_status 1 "$T" code -q --dict "$set_/run1.project" --format tabari "$REF/gsr78.tabari.txt"
    expect_err 'gsr78.tabari.txt:52: malformed record header'
    expect_same "$tmp/by-folder" "$tmp/out"
    same=$(sort "$tmp/out" | comm -12 - "$(sort "$REF/gsr78.events.tsv" >"$tmp/ref.s"; echo "$tmp/ref.s")" | wc -l)
    if [ "$same" -ge 20 ]; then ok; else bad "only $same of TABARI's gsr78 event lines reproduced byte for byte"; fi
    "$T" dict check "$set_/run1.project" >"$tmp/out" 2>"$tmp/err"
    rc=$?   # 0, or 1 while some of TABARI's lines are rejected
    if [ $rc -le 1 ]; then ok; else bad "dict check of TABARI's set exited $rc"; fi
    expect_out 'roots with patterns: 20 of 20'
    # the comparison suite runs and cleans up after itself
    # (in a temporary folder of its own, so that other runs cannot interfere)
    mkdir "$tmp/evtmp"
    expect_status 0 env TMPDIR="$tmp/evtmp" "$T" eval tabari-corpus --shared "$SHARED"
    expect_out 'TABARI dictionaries beside TABARI'; expect_out 'gsr78 recall'
    if [ -z "$(ls "$tmp/evtmp")" ]; then ok; else bad "eval tabari-corpus left its temporary folder"; fi
else
    echo "tabari_io: TABARI's dictionaries (../shared) or unzip not found: TABARI-dictionary checks skipped"
fi

expect_done
