#!/bin/sh
# gazetteer.sh -- tests of --gazetteer (GeoNames place names, src/gazetteer.c):
# a small GeoNames-format fixture of invented towns written here checks
# each precision rule and the bad-line messages; hostile files must not
# crash the loader; then, when ../shared holds a GeoNames download, a few
# real towns that data/dict/places.dict leaves out must resolve.
# Usage: sh tests/gazetteer.sh build/tacitus
T=${1:-build/tacitus}
D=data/dict
GEO=${GEONAMES:-../shared/corpora/geonames}
SUITE=gazetteer
. "$(dirname "$0")/expect.sh"
unset TACITUS_GAZETTEER

# actor_is PHRASE CODE: tacitus actor with the fixture gives CODE
actor_is() {
    "$T" actor --dict $D --gazetteer "$G" "$1" >"$tmp/out" 2>"$tmp/err"
    if grep -q "\"code\":\"$2\"" "$tmp/out"; then ok; else bad "'$1' is not $2"; cat "$tmp/out" "$tmp/err" >&2; fi
}

# --- the fixture: invented towns (and a few real words) in GeoNames' layout
G="$tmp/geo"
mkdir -p "$G"
printf '#ISO\tISO3\tISO-Numeric\tfips\tCountry\n' >"$G/countryInfo.txt"
for c in AM:ARM BG:BGR RS:SRB UA:UKR RU:RUS US:USA PL:POL SY:SYR FR:FRA; do
    printf '%s\t%s\t0\tXX\tSomewhere\n' "${c%%:*}" "${c#*:}" >>"$G/countryInfo.txt"
done
# city ID NAME ALTNAMES CC ADMIN1 POP: one 19-column line
city() {
    printf '%s\t%s\t%s\t%s\t40.1\t44.5\tP\tPPL\t%s\t\t%s\t\t\t\t%s\t\t1000\tEurope/Nowhere\t2024-01-01\n' \
        "$1" "$2" "$2" "$3" "$4" "$5" "$6"
}
{
    city 1 Zorvania "Zorvaniya,ZRV,Nor Zorvan,zorvaniya city,Зорвания" AM 07 52000
    city 2 Aleppo "" US 01 9000000          # a shipped place: Syria's wins
    city 3 Police "" PL 16 20000            # a common English word
    city 4 Mobile "" US 01 190000           # a common English word (adjective)
    city 5 Kestrovo "" BG 02 40000          # two countries, 2x: dropped
    city 6 Kestrovo "" RS 00 20000
    city 7 Varnetsk "" UA 14 90000          # two countries, 4.5x: Ukraine's
    city 8 Varnetsk "" RU 48 20000
    city 9 Brelle "Brellois,Mobil" FR 11 30000  # "Mobil": one word, alternate only
    printf '10\tShortline\tShortline\n'                       # line 10: too few columns
    city 11 Quixby "" QQ 01 30000                             # unknown country
    printf '12\tPopbad\tPopbad\t\t40.1\t44.5\tP\tPPL\tAM\t\t07\t\t\t\t12x\t\t1\tX\t2024-01-01\n'
    city 13 "Upper Dorvasta" "" AM 07 30000
} >"$G/cities15000.txt"
printf 'AM.07\tTavushkar\tTavushkar\t101\nAM\tBroken\n' >"$G/admin1CodesASCII.txt"

actor_is "police in Zorvania" ARMCOP
actor_is "the mayor of Nor Zorvan" ARMGOV    # a Latin alternate name
actor_is "the mayor of Zorvaniya" GOV        # one word, alternate only: left out
actor_is "police in Upper Dorvasta" ARMCOP
actor_is "police in Tavushkar" ARMCOP        # a province (admin1)
actor_is "police in Aleppo" SYRCOP           # the shipped dictionaries win
actor_is "police in Varnetsk" UKRCOP         # 4.5x the next country
actor_is "police in Kestrovo" COP            # 2x: left out
actor_is "police in Police" COP              # a common word: left out
actor_is "police in Mobile" COP
actor_is "police in Mobil" COP
actor_is "police in ZRV" COP                 # a code: left out
actor_is "police in Brelle" FRACOP

# bad lines: one message each, with file and line; the rest is read
expect_status 1 "$T" dict check --gazetteer "$G" $D
expect_err "cities15000.txt:10: want 19 tab-separated columns, found 3"
expect_err "cities15000.txt:11: unknown country code 'QQ'"
expect_err "cities15000.txt:12: bad number"
expect_err "admin1CodesASCII.txt:2: want 4 tab-separated columns"
expect_out "gazetteer places"
n=$(grep -c "$G" "$tmp/err")
if [ "$n" -eq 4 ]; then ok; else bad "$n messages, want 4"; fi

# counts in code --stats; the variable is the default, '' turns it off
printf '{"id":"g1","date":"2024-01-02","text":"Police in Zorvania arrested two men."}\n' >"$tmp/a.jsonl"
TACITUS_GAZETTEER="$G" "$T" code --dict $D --stats -q "$tmp/a.jsonl" >"$tmp/out" 2>"$tmp/err"
expect_err '"gazetteer_places":6'
expect_out '"code":"ARMCOP"'
TACITUS_GAZETTEER="$G" "$T" code --dict $D --gazetteer '' -q "$tmp/a.jsonl" >"$tmp/out" 2>"$tmp/err"
if grep -q ARMCOP "$tmp/out"; then bad "--gazetteer '' still read the variable"; else ok; fi
expect_status 3 "$T" code --dict $D --gazetteer "$tmp/none" "$tmp/a.jsonl"
expect_err "none: No such file"
mkdir -p "$tmp/empty"
expect_status 3 "$T" actor --dict $D --gazetteer "$tmp/empty" Zorvania
expect_err "no cities"
# a cities file named directly, with countryInfo.txt beside it
expect_status 0 "$T" actor --dict $D --gazetteer "$G/cities15000.txt" "police in Zorvania"
expect_out ARMCOP

# --- hostile files: no crash, one message per bad line
H="$tmp/hostile"
mkdir -p "$H"
cp "$G/countryInfo.txt" "$H/"
{
    city 1 Zorvania "" AM 07 52000
    printf '2\tNul\0name\tx\n'                                   # a NUL byte
    printf '3\t\377\376bad\tutf8\n'                              # invalid UTF-8
    awk 'BEGIN { printf "4\t"; for (i = 0; i < 1100000; i++) printf "a"; printf "\n" }'  # 1 MiB field
    awk 'BEGIN { printf "5\tLong\tLong\t"; for (i = 0; i < 50000; i++) printf "Name%c,", 97 + i % 26;
                 printf "\t40\t44\tP\tPPL\tAM\t\t07\t\t\t\t100\t\t1\tX\t2024-01-01\n" }'
    printf '6\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n'             # empty columns
    printf '7\tTruncated\tTrunc'                                 # no end of line
} >"$H/cities15000.txt"
expect_status 1 "$T" dict check --gazetteer "$H" $D
expect_err "cities15000.txt:2: invalid UTF-8 or NUL byte"
expect_err "cities15000.txt:3: invalid UTF-8 or NUL byte"
expect_err "cities15000.txt:4: line longer than 1 MiB"
expect_err "cities15000.txt:7: want 19"
expect_status 0 "$T" actor --dict $D --gazetteer "$H" "police in Zorvania"
expect_out ARMCOP

# a province's population is a sum that must not wrap: 18,447 towns of
# 999,999,999,999,999 pass 2^64; wrapped, Armenia's Overflowia would fall
# under a Russian town of that name
O="$tmp/overflow"
mkdir -p "$O"
cp "$G/countryInfo.txt" "$O/"
{
    awk 'BEGIN { for (i = 0; i < 18447; i++)
        printf "%d\tFillerton\tFillerton\t\t40.1\t44.5\tP\tPPL\tAM\t\t09\t\t\t\t999999999999999\t\t1\tX\t2024-01-01\n", 100 + i }'
    city 2 Overflowia "" RU 48 999999999999999
} >"$O/cities15000.txt"
printf 'AM.09\tOverflowia\tOverflowia\t101\n' >"$O/admin1CodesASCII.txt"
G_fixture=$G
G=$O
actor_is "police in Overflowia" ARMCOP
G=$G_fixture

# --- the real GeoNames download, when present
if [ -f "$GEO/countryInfo.txt" ]; then
    G=$GEO
    for t in "police in Kenosha:USACOP" "the mayor of Whakatane:NZLGOV" "police in Treviso:ITACOP" \
             "police in Timmins:CANCOP" "the mayor of Onomichi:JPNGOV"; do
        actor_is "${t%%:*}" "${t#*:}"
    done
    actor_is "police in Reading" COP   # a common word, not GBR
else
    echo "gazetteer: skipped the GeoNames checks: $GEO not found (see docs/dictionaries.md)"
fi

expect_done
