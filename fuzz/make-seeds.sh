#!/bin/sh
# make-seeds.sh -- regenerates the seed corpora fuzz/corpus/<target>/.
#
#   sh fuzz/make-seeds.sh        (from the top of the tree)
#
# Seeds come from three places: the input sections of tests/spec/*.spec
# (files spec-*), examples/ (ex-*) and hand-made hostile inputs written
# below (h-*): invalid and overlong UTF-8, NUL bytes, UTF-16, CRLF and lone
# CR, deep nesting, huge numbers, mistyped fields, impossible dates, HTML,
# binary junk, malformed and duplicate dictionary lines. Only files with
# those prefixes are replaced; inputs added by hand under other names stay.
# The output is the same on every run (no randomness, sorted inputs).
set -e
cd "$(dirname "$0")/.."
C=fuzz/corpus
for t in jsonl dated json token code dict gazetteer; do
    mkdir -p "$C/$t"
    rm -f "$C/$t"/spec-* "$C/$t"/ex-* "$C/$t"/h-*
done

# hx HEX... : the bytes written as hex pairs
hx() { for b in "$@"; do printf "\\$(printf '%03o' "0x$b")"; done; }
# put FILE TARGET... : stdin into fuzz/corpus/TARGET/FILE for each target
put() {
    put_name=$1; shift
    put_tmp=$(mktemp)
    cat >"$put_tmp"
    for put_t in "$@"; do cat "$put_tmp" >"$C/$put_t/$put_name"; done
    rm -f "$put_tmp"
}
# rep N TEXT : TEXT N times
rep() { i=0; while [ "$i" -lt "$1" ]; do printf '%s' "$2"; i=$((i + 1)); done; }

# ---- derived: spec inputs and examples ------------------------------------
# Each "--- input KIND [DATE]" section up to "--- events" becomes one file
# named spec-<spec>-<n>.<kind>.
mkdir -p "$C/.spec-tmp"
for s in tests/spec/*.spec; do
    awk -v base="$(basename "$s" .spec)" -v dir="$C/.spec-tmp" '
        /^--- input / { n++; kind = $3; out = sprintf("%s/spec-%s-%02d.%s", dir, base, n, kind); inp = 1; next }
        /^--- events/ || /^=== / { inp = 0; if (out) close(out); out = ""; next }
        inp { print > out }
    ' "$s"
done
for f in "$C/.spec-tmp"/*; do
    n=$(basename "$f")
    case "$n" in
    *.jsonl)
        put "$n" jsonl <"$f"
        i=0
        while IFS= read -r line; do
            i=$((i + 1))
            printf '%s' "$line" | put "${n%.jsonl}-line$i.json" json
        done <"$f"
        ;;
    *.dated) put "$n" dated token code <"$f" ;;
    *) put "$n" token code <"$f" ;;
    esac
done
rm -rf "$C/.spec-tmp"
put ex-news.jsonl jsonl <examples/news.jsonl
i=0
while IFS= read -r line; do
    i=$((i + 1))
    printf '%s' "$line" | put "ex-news-line$i.json" json
done <examples/news.jsonl
for f in examples/*.txt; do
    put "ex-$(basename "$f")" dated token code <"$f"
done
# the first 25 entry lines of each dictionary file of the project
for f in data/dict/*.dict; do
    grep -v '^#' "$f" | grep -v '^[[:space:]]*$' | head -n 25 | put "ex-$(basename "$f")" dict
done

# ---- hostile: text (dated, token, code) ------------------------------------
T="dated token code"
{ printf ' date 2023-03-27 Russia '; hx c0 af; printf ' attacked '; hx e0 80 af; printf ' Ukraine '
  hx f0 80 80 af; printf ' and '; hx ed a0 80; printf ' Iran '; hx f4 90 80 80; printf ' Israel.\n\nheadline '; hx e2 80; } |
    put h-overlong-utf8.txt $T
{ printf ' date 2023-03-27 Police'; hx 00; printf ' arrested'; hx 00 00; printf ' protesters in Moscow.'; hx 00; printf '\n'; } |
    put h-nul-bytes.txt $T
{ hx ff fe; printf 'Russia attacked Ukraine.' | sed 's/./&\n/g' | tr -d '\n' | od -An -v -tx1 |
    tr -s ' ' '\n' | grep . | while read -r b; do hx "$b" 00; done; } | put h-utf16le-bom.txt $T
{ hx fe ff; printf ' date 2023-03-27 France urged Turkey.' | od -An -v -tx1 |
    tr -s ' ' '\n' | grep . | while read -r b; do hx 00 "$b"; done; } | put h-utf16be-bom.txt $T
{ hx ef bb bf; printf ' date 2023-03-27 Armenia accused Azerbaijan of shelling.\n\nArmenia accuses Azerbaijan\n'; } |
    put h-utf8-bom.txt $T
printf ' date 2023-03-27 Russian troops shelled Kharkiv.\r\n\r\nThe army said it attacked.\r\n\r\nRussia shells Kharkiv\r\n' |
    put h-crlf.txt $T
printf ' date 2023-03-27 Police arrested protesters.\r\rGen. Smith met the U.N. chief.\rHeadline on a lone CR\r' |
    put h-lone-cr.txt $T
printf ' date 2023-02-30 Iran accused Israel of sabotage on Feb. 30, 2023.\n\nIran accuses Israel\n' | put h-bad-date.txt $T
printf ' date 99999-99-99 Turkey condemned Syria.' | put h-bad-date2.txt $T
printf 'date' | put h-date-only.txt $T
printf ' date 2023-03-27 \n\n\n   \n' | put h-date-no-body.txt $T
printf ' date\t2023-03-27\tFrance condemned Russia on 31 April and on 2023-13-45 and last Monday.' | put h-date-words.txt $T
cat <<'EOF' | put h-html-page.txt $T
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Russia attacks Ukraine | News</title>
<script>var x = "<p>Iran accused Israel.</p>"; if (a < b && c > d) { x += '&amp;'; }</script></head>
<body><div class="nav"><a href="/">Home</a> | <a href="/world">World</a></div>
<h1>Russian forces attacked Ukraine</h1><p>KYIV (Reuters) &mdash; Russian forces <b>attacked</b> Ukraine on Thursday,
the U.S. said.</p><p>&ldquo;We condemn this,&rdquo; Mr. Biden said.</p><!-- comment --></body></html>
EOF
# binary junk: a fixed linear congruential sequence
awk 'BEGIN { x = 12345; for (i = 0; i < 3000; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%02x\n", int(x / 65536) % 256 } }' |
    { while read -r b; do hx "$b"; done; } | put h-binary-junk.bin $T
{ printf 'Russia'; rep 450 ' and Ukraine'; printf ' attacked Iran. '; rep 300 'Gen. '; printf 'Smith spoke.'; } | put h-long-sentence.txt token code
{ rep 200 '....'; rep 100 "'s"; printf ' hasn'"'"'t n'"'"'t '"'"'s s'"'"' U.S.A.B.C.D. -- --- a-b-c-d 1,000,000.5 3.14.15 &&& AT&T '; rep 50 '"'; rep 50 '(['; } |
    put h-punct-storm.txt token code
printf 'Rússia atacou a Ucrânia. \331\205\330\265\330\261 \330\252\331\207\330\247\330\254\331\205 \330\245\330\263\330\261\330\247\330\246\331\212\331\204. \344\270\255\345\233\275\350\260\264\350\264\243\346\227\245\346\234\254\343\200\202 e\314\201e\314\201\314\201 \360\237\230\200\342\200\215\360\237\221\215 \302\240NBSP\342\200\256RLO\342\200\213ZW.\n' |
    put h-unicode-mix.txt token code
printf 'He said they would. It did. She met him. They attacked them. He condemned it. Putin met Putin. Biden and Biden held talks with Biden.' |
    put h-pronouns.txt code
printf '"Russia attacked Ukraine," he said. \342\200\234Iran threatened to attack Israel,\342\200\235 the minister told reporters. "' |
    put h-quotes.txt code

# ---- hostile: JSON (jsonl: whole file; json: one object) -------------------
J="jsonl json"
{ printf '{"id":"deep","date":"2023-03-27","text":"x","x":'; rep 600 '['; rep 600 ']'; printf '}'; } | put h-nest-600.json $J
{ printf '{"id":"deep","date":"2023-03-27","text":"x","x":'; rep 511 '[{"a":'; printf '1'; rep 511 '}]'; printf '}'; } | put h-nest-511.json $J
{ printf '{"x":'; rep 3000 '['; } | put h-nest-open.json $J
printf '{"id":123456789012345678901234567890123456789012345678901234567890123456789012345,"date":"2023-03-27","text":"Russia attacked Ukraine.","n":-1e999999,"m":1E+400,"k":-0.0000000000000000000000001}' |
    put h-huge-numbers.json $J
printf '{"id":{"a":1},"date":20230327,"text":["Russia"],"title":true,"source":5,"url":{}}' | put h-mistyped.json $J
printf '{"id":"a","date":2023,"text":"Russia attacked Ukraine."}' | put h-date-number.json $J
printf '{"id":"a","date":"2023-02-30","text":"Iran accused Israel."}\n{"id":"b","date":"","text":"x"}\n{"id":"c","date":null,"text":"x"}\n{"id":"","date":"2023-01-01","text":"x"}\n' |
    put h-bad-dates.jsonl jsonl
printf '{"id":"e","date":"2023-03-27","text":"\\u0000\\ud800\\udc00\\udbff\\ud83d\\ude00\\uDFFF\\u00e9\\"\\\\\\/\\b\\f\\n\\r\\t","title":"\\u12"}' | put h-escapes.json $J
printf '{"id":"e","date":"2023-03-27","text":"bad \\x escape \\' | put h-bad-escape.json $J
{ printf '{"id":"u","date":"2023-03-27","text":"Russia '; hx c0 af ff fe ed a0 80 e2 80; printf ' attacked"}'; } | put h-bad-utf8.json $J
{ printf '{"id":"n","date":"2023-03-27","text":"Police'; hx 00; printf 'arrested","title":"a'; hx 01 1f 7f; printf '"}'; } | put h-nul-in-string.json $J
printf '{"id":"c","date":"2023-03-27","text":"Russia attacked Ukraine."}\r\n{"id":"d","date":"2023-03-28","text":"France condemned Russia."}\r\n' |
    put h-crlf.jsonl $J
{ hx ef bb bf; printf '{"id":"b","date":"2023-03-27","text":"Russia attacked Ukraine."}\n'; } | put h-bom.jsonl $J
{ hx ff fe; printf '{"id":"w","date":"2023-03-27"}' | od -An -v -tx1 | tr -s ' ' '\n' | grep . |
    while read -r b; do hx "$b" 00; done; } | put h-utf16.jsonl $J
printf '{"id":"t","date":"2023-03-27","text":"x"} {"id":"u"}' | put h-trailing.json $J
printf '{"id":"t","date":"2023-03-27","text":"unterminated' | put h-unterminated.json $J
printf '{"id":"a","id":"b","date":"2023-03-27","date":"2024-01-01","text":"x","text":"y","title":null,"url":null,"source":null}' |
    put h-duplicate-keys.json $J
printf '\n\n   \n\t\n{}\n[]\n"x"\n{"a"}\n{"a":}\n{,}\n{"id":"x",}\n{"id":tru}\n{"id":nul}\n{"id":-}\n{"id":01}\n{"id":1.}\n{"id":1e}\n' |
    put h-junk-lines.jsonl $J
printf '<!DOCTYPE html><html><body>{"id":"x"}</body></html>\n' | put h-html.jsonl $J

# ---- hostile: dictionary lines ---------------------------------------------
D=dict
cat <<'EOF' | put h-malformed-cameo.dict $D
cameo
cameo 1 1.0 One digit
cameo 21 1.0 Root over 20
cameo 00 1.0 Root zero
cameo 04X 1.0 Letters
cameo 046 nan Not a number
cameo 046 inf Infinite
cameo 046 1e400 Overflow
cameo 046 -0 Minus zero
cameo 046 7.0
cameo 046 7.0 Engage in negotiation
cameo 046 7.0 Engage in negotiation again
cameo 04611 1.0 Five digits
cameo 0460 1.00000000000000000000000000000000000000001 Long number
EOF
cat <<'EOF' | put h-malformed-actors.dict $D
country RU Russia
country RUS
country RUS | | Russia |
country rus Russia
adj RUS |
capital RUS Moscow | Moscow
agent MILX troops
agent MILGOVCOPREBX soldiers
agent MIL
actor IGO UN
actor IGOUNO XX United Nations
actor IGOUNO
actor IGOUNOIGOUNOIGOUNO - Too long
person RUSGOV 2023-02-30.. Vladimir Putin
person RUSGOV .. Nobody
person RUSGOV 2020-01-01..2019-01-01 Backwards Man
person RUSGOV abc..def Letters Man
person RUSGOV 2023-13-01.. Month Thirteen
person RUSGOV 2000-05-07 No Range
person RUSGOV 2000-05-07.. Vladimir Putin
person RUSGOV 2000-05-07.. Vladimir Putin
person UKRGOV 2000-05-07.. Vladimir Putin
country UKR Russia
EOF
cat <<'EOF' | put h-malformed-events.dict $D
event 999 attack +
event 046
event 046 + hold talks
event 046 hold *
event 046 hold + + talks
event 046 hold $ $ talks
event 046 = = hold
event 046 hold =
event 046 hold talks | | meet
event 046 | hold talks |
event 046 a b c d e f g h i j k l m n o p q r s t u v w x y z
event 046 hold talks with +
event 190 hold talks with +
event 046 ... | . | 's | n't
EOF
cat <<'EOF' | put h-malformed-markers.dict $D
marker
marker nonsense foo | bar
marker abbrev .
marker abbrev x.
marker abbrev aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.
marker title ...
marker negation not | not | n't
marker intent plan to | plan to
modal intent 04
modal maybe 04 036
modal intent 0X 036
modal intent 04 999
modal intent 04 036 extra
modal intent 04 036
modal intent 04 036
unknownkeyword foo
cameo#comment 01 1.0 Comment without space
cameo 01 1.0 Name # trailing comment
EOF
{ printf 'cameo 01 0.0 Statement\r\nevent 01 say\r\ncountry RUS Russia\r\n'; printf 'country ARM Arm'; hx c0 af; printf 'enia\n'
  printf 'country AZE Azer'; hx 00; printf 'baijan\n'; printf 'agent GOV gov'; hx ff; printf '\n'; hx ef bb bf; printf 'country FRA France\n'; } |
    put h-bytes.dict $D
{ printf 'cameo 04 1.0 Consult\n'; rep 60 'event 04 meet | '; printf 'meet\n'; printf 'country USA '; rep 40 'United States | '; printf 'US\n'; } |
    put h-repeats.dict $D

# ---- hostile: GeoNames files (fuzz_gazetteer.c) ----------------------------
# One input is cities15000.txt, then after a 0x1E byte lines appended to
# the target's countryInfo.txt, then after another admin1CodesASCII.txt.
# Written with '|' for the tab; the places and figures are made up.
G=gazetteer
# tabs: '|' to a tab; rs: the 0x1E separator
tabs() { tr '|' '\t'; }
rs() { printf '\036'; }
# city ID NAME ALTS CC ADMIN1 POP : one 19-column line
city() { printf '%s|%s|%s|%s|12.5|-3.25|P|PPL|%s||%s||||%s||10|Europe/Paris|2020-01-01\n' \
    "$1" "$2" "$2" "$3" "$4" "$5" "$6"; }
{ city 1 Tripoli 'Tarabulus,Tripoli of Libya' LY 09 1150000
  city 2 Tripoli 'Trablous' LB 03 229000
  city 3 Lyon 'Lyons,lyon' FR 84 513000
  city 4 Marseille 'Marseilles' FR 93 870000
  city 5 Kharkiv 'Kharkov,Charkiw' UA 07 1430000
  city 6 Odesa 'Odessa' UA 17 1010000
  city 7 Sidon 'Saida' LB 06 163000
  city 8 Springfield '' US IL 114000
  city 9 Moscow 'Moskva' RU 48 10380000
  rs; printf 'DE|DEU|276|GM|Germany\n'
  rs; printf 'UA.07|Kharkiv Oblast|Kharkiv Oblast|706482\nFR.84|Auvergne-Rhone-Alpes|Auvergne-Rhone-Alpes|11071625\n'
} | tabs | put h-valid.txt $G
{ printf '1|Short|Short\n'; printf '2|||||||||||||||||||||||||||||||||\n'; printf '|\n'; printf '||||||||||||||||||\n'
  printf '3|Lyon|Lyon||12|3|P|PPL|FR||84||||1|||x|\n'; printf '\n\n#comment\n'; } | tabs | put h-columns.txt $G
{ city x12 Lyon '' FR 84 5; city 13 Lyon '' FR 84 5x; city 14 Lyon '' FR 84 12345678901234567890
  city 15 Lyon '' FR 84 -5; printf '16|Lyon|Lyon||abc|1.5|P|PPL|FR||84||||5||1|x|y\n'
  printf '17|Lyon|Lyon||1.|.5|P|PPL|FR||84||||5||1|x|y\n'; printf '18|Lyon|Lyon||--1|+1.5e3|P|PPL|FR||84||||5||1|x|y\n'
  city 19 Lyon '' FR 84 999999999999999; city 20 Lyon '' FR 84 ''; } | tabs | put h-numbers.txt $G
{ city 21 Nowhere '' ZZ 01 5; city 22 Nowhere '' '' 01 5; city 23 Nowhere '' fr 01 5
  city 24 Nowhere '' FRA 01 5; city 25 Nowhere '' DE 01 5; city 26 Nowhere '' F 01 5; } | tabs | put h-country-codes.txt $G
{ city 31 Bad '' FR 84 5; rs; printf 'FR|FRA|250\nfr|fra\nXY\nXY|XYZW\n|\nQQ|QQQ|1\nQQ|QQR|2\n'
  printf 'Q|QQQ\n\n#ISO|x\n'; } | tabs | put h-countryinfo.txt $G
{ city 41 Lyon '' FR 84 5; rs; rs; printf 'FR.84|Auvergne|Auvergne\nFR84|Auvergne|Auvergne|1\nZZ.1|Nowhere|Nowhere|2\n'
  printf 'FR.|Empty|Empty|3\nFR.84|Auvergne|Auvergne|x4\n|||\nF|a|b|5\nFR.84|Auvergne|Auvergne|6|7\n'; } | tabs | put h-admin1.txt $G
{ city 51 'Lyon2' 'L1on' FR 84 5; city 52 'ПАРИЖ' 'Москва,Київ' FR 84 5; city 53 'ALV' 'NYC,ABC' FR 84 5
  city 54 "$(rep 30 'Long ')" "$(rep 40 'Ab-')" FR 84 5; city 55 "$(rep 30 'A b ')" '' FR 84 5
  city 56 '  Nice  ' ' Paris, ,,, Lyon ,wrsan,Æøå,Ÿ' FR 84 5; city 57 "O'Brien" 'St. Ives,D’Arc,Ville-sur-Mer' FR 84 5
  city 58 'Police' 'Mountain View,Of,The,And' US CA 5; city 59 'Putin' 'Vladimir,Russia,Russians,Moscow' RU 48 5
  city 60 'Ukrain' 'Frances,Libyia' UA 07 5; city 61 'Ab' 'Ico,Mobil' FR 84 5
  city 62 'Tripoli' '' LY 09 0; city 63 'Tripoli' '' LB 03 0; city 64 'Sidon' '' LB 06 3; city 65 'Sidon' '' FR 84 1
  } | tabs | put h-names.txt $G
{ printf 'Lyon|'; rep 2500 'Lyonville,'; printf 'x\n'; } | { printf '70|Lyon|'; cat; } | sed 's/$/|12|3|P|PPL|FR||84||||5||1|x|y/' | tabs |
    put h-many-alternates.txt $G
{ hx ef bb bf; city 81 Lyon '' FR 84 5 | tr '\n' '\r'; printf '\n'; printf '82\tLy'; hx c3 28; printf 'on\tLyon\t\t1\t1\tP\tPPL\tFR\t\t84\t\t\t\t5\t\t1\tx\ty\r\n'
  printf '83\tLy'; hx 00; printf 'on\tLyon\t\t1\t1\tP\tPPL\tFR\t\t84\t\t\t\t5\t\t1\tx\ty\n'; hx ff fe 4c 00 79 00; printf '\r\r\n';
  rs; hx ef bb bf; printf 'FR\tFRA\r\n'; rs; printf 'FR.84\tA'; hx e2 82; printf '\tA\t1\n'; } | tabs | put h-bytes.txt $G
{ rep 3 '1|'; rs; rs; rs; rs; printf 'x'; } | tabs | put h-separators.txt $G
: >"$C/$G/h-empty.txt"

echo "seeds: $(find "$C" -type f | wc -l) files, $(find "$C" -type f -exec cat {} + | wc -c) bytes"
for t in jsonl dated json token code dict gazetteer; do
    printf '  %s: %s files\n' "$t" "$(find "$C/$t" -type f | wc -l)"
done
