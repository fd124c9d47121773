#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server for Corroborate on 127.0.0.1, in a directory of
# its own (DIR/data, logs and socket in DIR), as a non-root user (the `postgres` user Debian's package creates when run as root).
#
#   scripts/postgres.sh start DIR [PORT]   # prints the postgres:// URL to use with --db
#   scripts/postgres.sh stop DIR
#
# Needs Debian's postgresql package: apt-get install -y postgresql
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?data directory}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

data="$dir/data"
case $cmd in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$data/PG_VERSION" ]; then
        as_owner "'$bin/initdb' -D '$data' -U corroborate -A trust --no-sync -E UTF8 >'$dir/initdb.log' 2>&1" \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "'$bin/pg_ctl' -D '$data' -l '$dir/server.log' -w -t 60 \
        -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on} -c max_connections=100\" start >/dev/null" \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://corroborate@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$data/postmaster.pid" ]; then as_owner "'$bin/pg_ctl' -D '$data' -m fast -w stop >/dev/null"; fi
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
