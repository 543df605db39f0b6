#!/bin/sh
# install-deps.sh -- installs the Debian packages tacitus needs, if missing.
#   build: gcc make libutf8proc-dev wordnet-base (WordNet data for the lemma table)
#   store: libsqlite3-dev (the embedded store), libpq-dev (PostgreSQL stores)
#   tests: valgrind; postgresql (a throw-away server for the store tests);
#          parallel (the streaming test); sqlite3 (the store tests read stores with it);
#          tools used by tests and demo: bsdextrautils (column)
#          libxml2-utils (xmllint: the chart test checks that its SVG is well-formed)
#          python3 (make actor-breadth: a test tool, never needed to build or run tacitus)
#   eval, bench: unzip (TABARI's CountryInfo actors are zipped in ../shared)
#   fuzz:  clang libclang-rt-14-dev (libFuzzer and the sanitizer runtimes), needed
#          only for `make fuzz`; make test does not use clang
set -e
need=""
for p in gcc make libutf8proc-dev wordnet-base libsqlite3-dev libpq-dev valgrind bsdextrautils sqlite3 \
         postgresql parallel clang libclang-rt-14-dev libxml2-utils unzip python3; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
[ -z "$need" ] && exit 0
echo "installing:$need"
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
