#!/bin/sh
# store.sh -- tests of the event store: tacitus ingest, query, series, top.
#
# Usage: sh tests/store.sh build/tacitus [postgresql://user@host:port/db]
#
# Without a URL the store is SQLite files in a temporary directory; with one,
# the same tests run against that PostgreSQL server, each in a database of
# its own (created and dropped through the URL's server). SMALL=1 uses a
# smaller news sample (for the sanitizer build).
set -u
T=$1
PG=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
DICT="$here/data/dict"
SHARED=${SHARED:-$here/../shared}
NEWS="$SHARED/corpora/news_unified/articles.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
kind=sqlite
[ -n "$PG" ] && kind=postgresql

ok() { pass=$((pass + 1)); }
bad() {
    fail=$((fail + 1))
    echo "FAIL [$kind]: $*"
}
# same WANT GOT DESC
same() {
    if [ "$1" = "$2" ]; then ok; else bad "$3: want [$1] got [$2]"; fi
}

# newdb NAME: prints the location of a new, empty store
newdb() {
    if [ -z "$PG" ]; then
        echo "$tmp/$1.db"
    else
        base=${PG%/*}
        psql -q "$base/postgres" -c "DROP DATABASE IF EXISTS \"tac_$1\"" \
            -c "CREATE DATABASE \"tac_$1\"" >/dev/null 2>&1 || echo "cannot create database tac_$1" >&2
        echo "$base/tac_$1"
    fi
}
dropdb() {
    [ -n "$PG" ] && psql -q "${PG%/*}/postgres" -c "DROP DATABASE IF EXISTS \"tac_$1\"" >/dev/null 2>&1
    return 0
}
# sql DB QUERY: one row per line, columns separated by '|'
sql() {
    if [ -z "$PG" ]; then
        sqlite3 -batch -noheader -cmd '.timeout 5000' "$1" "$2"
    else
        psql -q -At -F'|' "$1" -c "$2"
    fi
}
ingest() { "$T" ingest -q --dict "$DICT" "$@"; }

# has_tables DB: 1 once the store's schema exists
has_tables() {
    if [ -z "$PG" ]; then
        [ -f "$1" ] && sqlite3 -batch -noheader -cmd '.timeout 5000' "$1" \
            "SELECT count(*) FROM sqlite_master WHERE name = 'mention'" 2>/dev/null
    else
        sql "$1" "SELECT count(*) FROM information_schema.tables WHERE table_name = 'mention'"
    fi
}
# Counts that must match between two stores holding the same documents.
fingerprint() {
    sql "$1" "SELECT (SELECT count(*) FROM doc), (SELECT count(*) FROM sentence),
                     (SELECT count(*) FROM mention), count(*), sum(mentions), sum(sentences),
                     sum(documents) FROM event"
}
# Inconsistencies: documents whose mention count is wrong, events whose
# counts differ from their mentions, events without mentions. 0 = sound.
inconsistencies() {
    sql "$1" "SELECT
      (SELECT count(*) FROM doc d LEFT JOIN (SELECT doc, count(*) AS c FROM mention GROUP BY doc) x
         ON x.doc = d.id WHERE d.events <> coalesce(x.c, 0))
    + (SELECT count(*) FROM (SELECT source, target, date, code, count(*) AS c,
         sum(first_in_sentence) AS s, sum(first_in_doc) AS n FROM mention
         GROUP BY source, target, date, code) g LEFT JOIN event e ON e.source = g.source
         AND e.target = g.target AND e.date = g.date AND e.code = g.code
         WHERE e.id IS NULL OR e.mentions <> g.c OR e.sentences <> g.s OR e.documents <> g.n)
    + (SELECT count(*) FROM event) - (SELECT count(*) FROM (SELECT DISTINCT source, target, date,
         code FROM mention) k)"
}

# ---- a hand-checked corpus ------------------------------------------------
# d1: ARM accuses AZE (1123) and AZEMIL shells ARM (194); d2 and d3 repeat
# the accusation (d3 twice, in two sentences); d4: RUSGOV and AZEGOV talk (046
# both ways); d5: AZE praises ARM (051).
cat >"$tmp/hand.jsonl" <<'EOF'
{"id":"d1","date":"2023-03-01","title":"","text":"Armenia accused Azerbaijan of aggression.\n\nAzerbaijani troops shelled Armenian villages."}
{"id":"d2","date":"2023-03-01","title":"","text":"Armenia accused Azerbaijan of aggression."}
{"id":"d3","date":"2023-03-01","title":"","text":"Armenia accused Azerbaijan of aggression. Armenia again accused Azerbaijan of aggression."}
{"id":"d4","date":"2023-04-10","title":"","text":"Russian and Azerbaijani diplomats held talks in Moscow."}
{"id":"d5","date":"2023-05-02","title":"","text":"Azerbaijan praised Armenia."}
EOF
db=$(newdb hand)
ingest "$db" "$tmp/hand.jsonl"
same 0 $? "ingest of the hand corpus"
q() { "$T" query "$db" --tsv "$@" | tail -n +2 | cut -f1-4,8-10 | tr '\t' ' '; }
same "2023-05-02 AZE ARM 051 1 1 1
2023-04-10 AZEGOV RUSGOV 046 1 1 1
2023-04-10 RUSGOV AZEGOV 046 1 1 1
2023-03-01 ARM AZE 1123 4 4 3
2023-03-01 AZEMIL ARM 194 1 1 1" "$(q)" "deduplicated events with mentions, sentences, documents"
same 0 "$(inconsistencies "$db")" "counts agree with mentions"
same "7 5 8 5" "$(sql "$db" "SELECT (SELECT count(*) FROM sentence), count(*), sum(events),
  (SELECT count(*) FROM doc WHERE events > 0) FROM doc" | tr '|' ' ')" "documents and sentences stored"

# every filter
same 3 "$(q --dyad ARM,AZE | wc -l)" "--dyad (either direction)"
same 1 "$(q --dyad ARM,AZE --directed | wc -l)" "--dyad --directed"
same 5 "$(q --actor AZE | wc -l)" "--actor is a code prefix (AZE, AZEGOV, AZEMIL)"
same 2 "$(q --actor AZEGOV | wc -l)" "--actor AZEGOV"
same "2023-03-01 ARM AZE 1123 4 4 3" "$(q --code 11)" "--code prefix"
same "2023-03-01 AZEMIL ARM 194 1 1 1" "$(q --root 19)" "--root"
same 3 "$(q --quad 1 | wc -l)" "--quad 1"
same "1 1" "$(q --quad 3 | wc -l) $(q --quad 4 | wc -l)" "--quad 3 and 4"
same 3 "$(q --from 2023-04-01 --to 2023-05-31 | wc -l)" "--from --to"
same "2023-04-10 AZEGOV RUSGOV 046 1 1 1
2023-04-10 RUSGOV AZEGOV 046 1 1 1" "$(q --doc d4)" "--doc"
same "2023-03-01 AZEMIL ARM 194 1 1 1" "$(q --text "villages")" "--text"
same 1 "$(q --text "ARMENIA accused" --doc d2 | wc -l)" "--text with --doc"
same 0 "$(q --text "no such words here" | wc -l)" "--text without a match"
same 1 "$(q --limit 1 | wc -l)" "--limit"
same 4 "$("$T" query "$db" --mentions --tsv --dyad ARM,AZE --code 1123 | tail -n +2 | wc -l)" "--mentions lists every mention"
same "d3 2 Armenia again accused Azerbaijan of aggression." \
    "$("$T" query "$db" --mentions --tsv --doc d3 | awk -F'\t' 'NR > 1 && $9 == 2 {print $8, $9, $17}')" \
    "a mention's document, sentence and sentence text"
span=$("$T" query "$db" --mentions --tsv --doc d5 | awk -F'\t' 'NR > 1 {print substr($17, $10 + 1, $11)}')
same "praised" "$span" "a mention's span points into its sentence"
"$T" query "$db" --jsonl --doc d5 | grep -q '"mentions":1,' && ok || bad "--jsonl numbers are numbers"
"$T" query "$db" --csv | head -1 | grep -q '^date,source,target,code,name,quad,goldstein,mentions,sentences,documents$' \
    && ok || bad "--csv header"
"$T" query "$db" | grep -q 'Accuse of aggression' && ok || bad "the default table names the code"

# series, hand-checked: March: 1123 (verbal conflict, -2) and 194 (material
# conflict, -10); April: nothing between ARM and AZE; May: 051 (+3.4)
same "2023-03-01 2 0 0 1 1 -12.0 -6.00
2023-04-01 0 0 0 0 0 0.0 
2023-05-01 1 1 0 0 0 3.4 3.40" "$("$T" series "$db" --dyad ARM,AZE --by month --tsv | tail -n +2 | tr '\t' ' ')" \
    "monthly series of a dyad"
same "2023-02-27 2
2023-03-06 0" "$("$T" series "$db" --by week --to 2023-03-10 --tsv | tail -n +2 | cut -f1,2 | tr '\t' ' ')" \
    "weeks start on Monday; empty periods up to --to"
same "2023-01-01 5 3 0 1 1" "$("$T" series "$db" --by year --tsv | tail -n +2 | cut -f1-6 | tr '\t' ' ')" "yearly series"
same 1 "$("$T" series "$db" --by day --root 04 --tsv | tail -n +2 | awk '$2 > 0' | wc -l)" "daily series with a filter"
"$T" series "$db" --dyad ARM,AZE --by month --svg "$tmp/chart.svg" >/dev/null
same 0 $? "series --svg"
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$tmp/chart.svg" && ok || bad "the chart is well-formed XML"
else
    echo "skipped: xmllint not installed (Debian package libxml2-utils)"
fi
for want in 'ARM' 'events per month' 'mean Goldstein' 'verbal conflict' 'material cooperation' '2023'; do
    grep -q "$want" "$tmp/chart.svg" && ok || bad "the chart shows '$want'"
done
"$T" series "$db" --dyad ARM,AZE --lines --svg "$tmp/lines.svg" >/dev/null && ok || bad "series --lines"

# top
same "ARM AZE 1 4" "$("$T" top "$db" --by dyads --tsv --limit 1 | tail -n +2 | cut -f1-4 | tr '\t' ' ')" \
    "top dyads"
same "ARM 3" "$("$T" top "$db" --by actors --tsv --limit 1 | tail -n +2 | cut -f1-2 | tr '\t' ' ')" "top actors"
same "1123 Accuse of aggression 1 4" \
    "$("$T" top "$db" --by codes --tsv --code 11 | tail -n +2 | tr '\t' ' ')" "top codes"
"$T" top "$db" | grep -q '== dyads ==' && ok || bad "top prints actors, dyads and codes"

# replacing a document: d3 now reports praise, on another day
cat >"$tmp/d3.jsonl" <<'EOF'
{"id":"d3","date":"2023-05-02","title":"","text":"Azerbaijan praised Armenia."}
EOF
ingest "$db" "$tmp/d3.jsonl"
same "2023-05-02 AZE ARM 051 2 2 2
2023-03-01 ARM AZE 1123 2 2 2" "$(q --code 0 --actor ARM; q --code 11)" "a re-ingested document replaces its events"
same 0 "$(inconsistencies "$db")" "counts agree after a replacement"
same 5 "$(sql "$db" "SELECT count(*) FROM doc")" "no duplicate documents"
# the same document twice in one input: the last wins
printf '%s\n%s\n' '{"id":"d6","date":"2023-06-01","text":"Azerbaijan praised Armenia."}' \
    '{"id":"d6","date":"2023-06-01","text":"Armenia praised Azerbaijan."}' >"$tmp/twice.jsonl"
ingest "$db" "$tmp/twice.jsonl"
same "2023-06-01 ARM AZE 051 1 1 1" "$(q --from 2023-06-01)" "a document twice in one run"
same 0 "$(inconsistencies "$db")" "counts agree after a document twice in one transaction"
dropdb hand

# ---- the filters of `tacitus code`: lists, repeated flags, --political -------
# f1 gives a company, a civilian, two state, an IGO and a police event (as in
# tests/cli.sh); d7 a Russian-Ukrainian clash on another day
cp "$tmp/hand.jsonl" "$tmp/filt.jsonl"
cat >>"$tmp/filt.jsonl" <<'EOF'
{"id":"f1","date":"2023-05-01","text":"Workers praised the company. Residents protested against the parking fees. Russia criticized Ukraine. Russian troops attacked rebels. The United Nations condemned the attack. Police arrested a drug dealer."}
{"id":"d7","date":"2023-06-10","text":"Russian troops attacked Ukrainian soldiers."}
EOF
db=$(newdb filt)
ingest "$db" "$tmp/filt.jsonl"
same 0 $? "ingest of the filter corpus"
# fq OPTIONS...: date source target code of each event, on one line
fq() { "$T" query "$db" --tsv "$@" | tail -n +2 | cut -f1-4 | tr '\t' ' ' | tr '\n' ';'; }
same "2023-05-01 CVL  14;2023-05-01 RUSMIL REB 190;2023-03-01 AZEMIL ARM 194;" \
    "$(fq --root 14,18-20 --to 2023-05-31)" "--root with a list and a range"
same "$(fq --root 14,18-20)" "$(fq --root 14 --root 18-20)" "--root given twice adds to the list"
same "$(fq --root 19,14)" "$(fq --root 14 --root 19,14)" "--root: a value given twice counts once"
same 8 "$("$T" query "$db" --tsv --quad 3,4 | tail -n +2 | wc -l)" "--quad with a list"
same "$(fq --quad 3,4)" "$(fq --quad 4 --quad 3)" "--quad given twice adds to the list"
same "2023-06-10 RUSMIL UKRMIL 190;2023-05-01 COP CRM 173;2023-05-01 RUSMIL REB 190;" \
    "$(fq --code 17,190)" "--code with a list of prefixes"
same "$(fq --code 17,190)" "$(fq --code 17 --code 190)" "--code given twice adds to the list"
same "2023-05-01 COP CRM 173;2023-05-01 LAB BUS 051;" "$(fq --actor lab,COP)" \
    "--actor with a list of prefixes, any case"
same "$(fq --actor LAB,cop)" "$(fq --actor cop --actor LAB)" "--actor given twice adds to the list"
same 5 "$("$T" query "$db" --tsv --actor UKR,ARM | tail -n +2 | wc -l)" "--actor: source or target, any prefix"
# political: a state, a country alone, an IGO, police; not labour, business, civilians
same "2023-05-01 COP CRM 173;2023-05-01 IGOUNO  111;2023-05-01 RUS UKR 111;2023-05-01 RUSMIL REB 190;" \
    "$(fq --political --from 2023-05-01 --to 2023-05-01)" "--political with --from and --to"
same 10 "$("$T" query "$db" --tsv --political | tail -n +2 | wc -l)" "--political keeps 10 of 12 events"
same "2023-06-10 RUSMIL UKRMIL 190;2023-05-01 RUS UKR 111;" "$(fq --political --dyad RUS,UKR --quad 3,4)" \
    "--political with --dyad and --quad"
same "2023-05-01 RUS UKR 111;" "$(fq --political --dyad RUS,UKR --directed --root 11 --code 1)" \
    "--political with --directed, --root and --code"
same "" "$(fq --political --actor LAB)" "--political and --actor LAB keep nothing"
same 1 "$("$T" query "$db" --tsv --mentions --political --code 173 | tail -n +2 | wc -l)" \
    "--political with --mentions"
same "2023-05-01 4 0 0 2 2" "$("$T" series "$db" --political --by day --from 2023-05-01 \
    --to 2023-05-01 --tsv | tail -n +2 | cut -f1-6 | tr '\t' ' ')" "series --political"
same "RUSMIL 2" "$("$T" top "$db" --by actors --political --quad 4 --root 18-20 --tsv --limit 1 |
    tail -n +2 | cut -f1,2 | tr '\t' ' ')" "top with --political and lists"
# the same filters given to ingest store the events that query finds
for f in "--political" "--root 14,18-20 --quad 4" "--code 17,05 --actor COP" "--political --quad 1,3"; do
    fdb=$(newdb filtered)
    # shellcheck disable=SC2086
    ingest $f "$fdb" "$tmp/filt.jsonl"
    # shellcheck disable=SC2086
    same "$("$T" query "$fdb" --csv)" "$("$T" query "$db" --csv $f)" "query $f finds what ingest $f stored"
    dropdb filtered
done
# a bad value: exit 2 and the message of `tacitus code`, one line, for every verb
for v in query series top; do
    for b in "--root 21" "--root 14,,15" "--root 001" "--quad 5" "--quad 1-2" "--code 1a" "--code 19," \
        "--code 12345" "--actor R-S" "--actor ,ARM"; do
        # shellcheck disable=SC2086
        "$T" $v "$db" $b >/dev/null 2>"$tmp/err"
        same 2 $? "$v $b is a usage error"
        grep -q "^tacitus: ${b%% *} wants" "$tmp/err" && ok || bad "$v $b: message $(cat "$tmp/err")"
        same 1 "$(wc -l <"$tmp/err")" "$v $b: one line of message"
    done
done
"$T" code --dict "$DICT" --code 19, "$tmp/filt.jsonl" >/dev/null 2>"$tmp/err2"
"$T" query "$db" --code 19, >/dev/null 2>"$tmp/err"
same "$(cat "$tmp/err2")" "$(cat "$tmp/err")" "query and code give the same message"
"$T" query "$db" --root >/dev/null 2>"$tmp/err"
same 2 $? "--root without a value"
"$T" query "$db" --political --dict "$tmp/no-such-dict" >/dev/null 2>"$tmp/err"
same 3 $? "--political without dictionaries is a dictionary error"
"$T" query --help | grep -q -- '--root LIST' && ok || bad "query --help shows --root LIST"
"$T" top --help | grep -q 'IGO:' && ok || bad "top --help shows the political blocks"
dropdb filt

# ---- bad stores -------------------------------------------------------------
"$T" query "$tmp/missing.db" >/dev/null 2>"$tmp/err"
same 4 $? "query of a missing store"
grep -q 'no such store' "$tmp/err" && ok || bad "missing store message"
ingest "$tmp/no/such/dir/x.db" "$tmp/hand.jsonl" 2>"$tmp/err"
same 4 $? "ingest into a directory that does not exist"
grep -q 'cannot open' "$tmp/err" && ok || bad "bad path message: $(cat "$tmp/err")"
head -c 20000 /dev/urandom >"$tmp/junk.db"
"$T" query "$tmp/junk.db" >/dev/null 2>"$tmp/err"
same 4 $? "query of a file that is not a database"
grep -q 'not an SQLite database\|not a database' "$tmp/err" && ok || bad "junk file message: $(cat "$tmp/err")"
ingest "$tmp/junk.db" "$tmp/hand.jsonl" 2>"$tmp/err"
same 4 $? "ingest into a file that is not a database"
if command -v sqlite3 >/dev/null 2>&1; then
    sqlite3 "$tmp/other.db" "CREATE TABLE t(x)"
    ingest "$tmp/other.db" "$tmp/hand.jsonl" 2>"$tmp/err"
    same 4 $? "ingest into another program's database"
    grep -q 'not a tacitus store' "$tmp/err" && ok || bad "foreign database message"
fi
mkdir "$tmp/adir"
ingest "$tmp/adir" "$tmp/hand.jsonl" 2>"$tmp/err"
same 4 $? "a directory as the store"
# a store whose pages were damaged after it was written
cp "$tmp/hand.db" "$tmp/torn.db" 2>/dev/null && {
    sz=$(wc -c <"$tmp/torn.db")
    dd if=/dev/urandom of="$tmp/torn.db" bs=1 seek=$((sz / 2)) count=$((sz / 4)) conv=notrunc 2>/dev/null
    "$T" query "$tmp/torn.db" --limit 0 >/dev/null 2>"$tmp/err"
    rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 4 ] && ok || bad "a damaged store: exit $rc"
}
"$T" query "$db" --dyad ARM >/dev/null 2>&1
same 2 $? "a bad --dyad is a usage error"
"$T" series "$db" --by fortnight >/dev/null 2>&1
same 2 $? "a bad --by is a usage error"
if [ -n "$PG" ]; then
    "$T" query "postgresql://nobody@127.0.0.1:1/none" >/dev/null 2>"$tmp/err"
    same 4 $? "a PostgreSQL server that is not there"
fi

# ---- real news: round trip, idempotence, kill -9, concurrency -------------------
if [ ! -f "$NEWS" ]; then
    echo "skipped: news round-trip, kill and concurrency tests need ../shared (corpora/news_unified)"
else
    size=4000000
    [ "${SMALL:-}" = 1 ] && size=600000
    head -c $size "$NEWS" | sed '$d' >"$tmp/news.jsonl"
    db=$(newdb news)
    ingest "$db" "$tmp/news.jsonl" 2>/dev/null
    # the stored mentions are the coder's events
    "$T" code -q --dict "$DICT" --format tsv "$tmp/news.jsonl" 2>/dev/null |
        awk -F'\t' 'NR > 1 {print $1, $2, $4, $6, $10, $14}' | sort >"$tmp/coded"
    "$T" query "$db" --mentions --tsv --limit 0 |
        awk -F'\t' 'NR > 1 {print $8, $9, $1, $2, $3, $4}' | sort >"$tmp/stored"
    n=$(wc -l <"$tmp/coded")
    [ "$n" -gt 100 ] && ok || bad "the news sample gives events ($n)"
    if cmp -s "$tmp/coded" "$tmp/stored"; then ok; else
        bad "ingest -> query --mentions differs from tacitus code: $(diff "$tmp/coded" "$tmp/stored" | head -5)"
    fi
    same 0 "$(inconsistencies "$db")" "news: counts agree with mentions"
    # --political in SQL (query) keeps what filter.c keeps (ingest) on every actor code of the news
    dbp=$(newdb newspol)
    ingest --political "$dbp" "$tmp/news.jsonl" 2>/dev/null
    "$T" query "$dbp" --csv --limit 0 >"$tmp/pol-ingest"
    "$T" query "$db" --csv --limit 0 --political >"$tmp/pol-query"
    [ "$(wc -l <"$tmp/pol-ingest")" -gt 100 ] && ok || bad "news: --political keeps events"
    if cmp -s "$tmp/pol-ingest" "$tmp/pol-query"; then ok; else
        bad "news: query --political differs from ingest --political: $(diff "$tmp/pol-ingest" "$tmp/pol-query" | head -5)"
    fi
    dropdb newspol
    fp=$(fingerprint "$db")
    ingest "$db" "$tmp/news.jsonl" 2>/dev/null
    same "$fp" "$(fingerprint "$db")" "ingesting the same input again changes nothing"
    ingest -j 2 "$db" "$tmp/news.jsonl" 2>/dev/null
    same "$fp" "$(fingerprint "$db")" "ingest -j 2 gives the same store"

    # concurrent writers: two halves at once, and the same input twice at once
    total=$(wc -l <"$tmp/news.jsonl")
    head -n $((total / 2)) "$tmp/news.jsonl" >"$tmp/half1.jsonl"
    tail -n +$((total / 2 + 1)) "$tmp/news.jsonl" >"$tmp/half2.jsonl"
    db2=$(newdb conc)
    ingest "$db2" "$tmp/half1.jsonl" 2>/dev/null &
    p1=$!
    ingest "$db2" "$tmp/half2.jsonl" 2>/dev/null &
    p2=$!
    ingest "$db2" "$tmp/half2.jsonl" 2>/dev/null &
    p3=$!
    wait $p1
    r1=$?
    wait $p2
    r2=$?
    wait $p3
    r3=$?
    same "1 1 1" "$([ $r1 -le 1 ] && echo 1) $([ $r2 -le 1 ] && echo 1) $([ $r3 -le 1 ] && echo 1)" \
        "concurrent ingests finish"
    same "$fp" "$(fingerprint "$db2")" "concurrent ingests lose and duplicate nothing"
    same 0 "$(inconsistencies "$db2")" "concurrent ingests: counts agree"
    dropdb conc

    # kill -9 at several instants, then the same command again
    big="$tmp/big.jsonl"
    if [ "${SMALL:-}" = 1 ]; then cp "$tmp/news.jsonl" "$big"; else head -c 12000000 "$NEWS" | sed '$d' >"$big"; fi
    db3=$(newdb clean)
    ingest "$db3" "$big" 2>/dev/null
    want=$(fingerprint "$db3")
    dropdb clean
    for delay in 0.05 0.2 0.5 1.0; do
        db4=$(newdb "kill${delay#0.}")
        # the binary itself in the background, so that the kill reaches it
        # (a function would run in a subshell whose child lives on)
        "$T" ingest -q --dict "$DICT" "$db4" "$big" 2>/dev/null &
        pid=$!
        sleep "$delay"
        kill -9 $pid 2>/dev/null
        wait $pid 2>/dev/null
        if [ -z "$PG" ] && [ -f "$db4" ]; then
            # the first reader after a crash recovers the WAL; a busy moment is
            # retried, and any message is shown
            for try in 1 2 3; do
                ic=$(sqlite3 -cmd '.timeout 5000' "$db4" 'PRAGMA integrity_check' 2>&1)
                [ "$ic" = ok ] && break
                sleep 0.2
            done
            same ok "$ic" "after kill -9 at ${delay}s: integrity"
        fi
        # killed before the schema was written: nothing stored, nothing to check
        if [ "$(has_tables "$db4")" = 1 ]; then
            same 0 "$(inconsistencies "$db4")" "after kill -9 at ${delay}s: whole documents only"
        fi
        ingest "$db4" "$big" 2>/dev/null
        same "$want" "$(fingerprint "$db4")" "after kill -9 at ${delay}s the same command completes the store"
        dropdb "kill${delay#0.}"
    done
    dropdb news
fi

echo "store ($kind): $pass passed, $fail failed"
[ "$fail" -eq 0 ]
