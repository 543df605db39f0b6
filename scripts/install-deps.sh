#!/bin/sh
# install-deps.sh -- installs the Debian packages tacitus needs, if missing.
#   build: gcc make libutf8proc-dev wordnet-base (WordNet data for the lemma table)
#   tests: valgrind; tools used by tests and demo: bsdextrautils (column)
set -e
need=""
for p in gcc make libutf8proc-dev wordnet-base valgrind bsdextrautils; do
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
