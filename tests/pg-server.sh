#!/bin/sh
# pg-server.sh -- a throw-away PostgreSQL server for the store tests.
#
#   sh tests/pg-server.sh start DIR   initdb + start in DIR on a free local
#                                     port; prints the URL of the (created)
#                                     database tacitus_test
#   sh tests/pg-server.sh url DIR     prints that URL again
#   sh tests/pg-server.sh stop DIR    stops the server and removes DIR
#
# The server uses Debian's packages (/usr/lib/postgresql/VERSION/bin), trust
# authentication, TCP on localhost only and its unix socket in the data
# directory; fsync is off (the data is thrown away). initdb refuses to run as
# root, so as root the server runs as the system user postgres; when that
# user cannot reach DIR (a parent directory of mode 0700, or a path too long
# for a unix socket) the server's files go to a directory of its own under
# ${TMPDIR:-/tmp}, recorded in DIR/server-dir and removed by stop.
# Exit status: 0 ok, 1 error, 77 PostgreSQL is not installed (test skipped).
set -u

usage() {
    echo "usage: sh tests/pg-server.sh start|stop|url DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
cmd=$1
dir=$2
db=tacitus_test

bindir=
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && bindir=$d
done
if [ -z "$bindir" ]; then
    echo "skipped: PostgreSQL server not installed (Debian package postgresql)"
    exit 77
fi

if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "pg-server: running as root and there is no 'postgres' system user" >&2
        exit 1
    fi
    as_pg() {
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            # su takes one command line: quote every word
            line=
            for a in "$@"; do
                line="$line '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
            done
            su postgres -s /bin/sh -c "$line"
        fi
    }
else
    as_pg() { "$@"; }
fi

# The directory that holds the server's files for DIR.
server_dir() {
    if [ -f "$dir/server-dir" ]; then cat "$dir/server-dir"; else printf '%s\n' "$dir"; fi
}

case $cmd in
start)
    if [ -e "$dir/port" ]; then
        echo "pg-server: $dir already holds a server (stop it first)" >&2
        exit 1
    fi
    mkdir -p "$dir" || exit 1
    dir=$(cd "$dir" && pwd) || exit 1
    srv=$dir
    # the socket path .s.PGSQL.NNNNN must fit in sun_path (108 bytes)
    if [ ${#dir} -gt 80 ] || { [ "$(id -u)" -eq 0 ] && ! as_pg test -x "$dir"; }; then
        srv=$(mktemp -d "${TMPDIR:-/tmp}/tacitus-pg.XXXXXX") || exit 1
        printf '%s\n' "$srv" >"$dir/server-dir"
    fi
    [ "$(id -u)" -eq 0 ] && chown postgres "$srv"
    if ! as_pg "$bindir/initdb" -D "$srv/data" -U postgres -A trust -E UTF8 --no-locale \
            >"$dir/initdb.log" 2>&1; then
        echo "pg-server: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # a free port: try a few from a pseudo-random start; the server refuses
    # to start on a port in use
    base=$(( ($$ * 7 + $(date +%s) % 1000 * 131) % 20000 + 30000 ))
    port=
    for i in 0 1 2 3 4 5 6 7 8 9; do
        p=$((base + i * 37))
        if as_pg "$bindir/pg_ctl" -D "$srv/data" -l "$srv/server.log" -w -t 60 \
               -o "-p $p -k $srv -c listen_addresses=localhost -c fsync=off -c full_page_writes=off" \
               start >/dev/null 2>&1; then
            port=$p
            break
        fi
    done
    if [ -z "$port" ]; then
        echo "pg-server: the server did not start; its log:" >&2
        tail -20 "$srv/server.log" >&2
        exit 1
    fi
    echo "$port" >"$dir/port"
    if ! as_pg "$bindir/createdb" -h "$srv" -p "$port" -U postgres "$db" >"$dir/createdb.log" 2>&1; then
        echo "pg-server: createdb failed:" >&2
        cat "$dir/createdb.log" >&2
        exit 1
    fi
    echo "postgresql://postgres@localhost:$port/$db"
    ;;
url)
    if [ ! -f "$dir/port" ]; then
        echo "pg-server: no server in $dir" >&2
        exit 1
    fi
    echo "postgresql://postgres@localhost:$(cat "$dir/port")/$db"
    ;;
stop)
    [ -d "$dir" ] || exit 0
    srv=$(server_dir)
    if [ -f "$srv/data/postmaster.pid" ]; then
        as_pg "$bindir/pg_ctl" -D "$srv/data" -m fast -w stop >/dev/null 2>&1 ||
            echo "pg-server: pg_ctl stop failed (see $srv/server.log)" >&2
    fi
    [ "$srv" != "$dir" ] && rm -rf "$srv"
    rm -rf "$dir"
    ;;
*)
    usage
    ;;
esac
