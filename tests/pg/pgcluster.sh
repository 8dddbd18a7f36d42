#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test run: Unix socket only, no fsync, trust auth.
#   tests/pg/pgcluster.sh start DIR PORT   initdb DIR/data, start it with its socket in DIR,
#                                          create a superuser role for the caller, the
#                                          database rowbook_test, and the role
#                                          rowbook_password (password hunter2, the only one
#                                          that must give it)
#   tests/pg/pgcluster.sh stop DIR         stop it at once (-m immediate) and remove DIR
# initdb refuses to run as root, so as root the server runs as the user postgres (runuser).
# The tests reach it with postgresql:///rowbook_test?host=DIR&port=PORT.
set -euo pipefail

usage() {
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
}

# The server binaries: on PATH, else Debian's versioned folder (the newest one).
find_bin() {
    local name=$1 dir
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return 0
    fi
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        if [ -x "$dir/$name" ]; then
            echo "$dir/$name"
            return 0
        fi
    done
    echo "pgcluster: $name not found; install the postgresql package" >&2
    exit 1
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    local dir=$1 pg_ctl
    if [ -f "$dir/data/postmaster.pid" ]; then
        pg_ctl=$(find_bin pg_ctl)
        as_owner "$pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only what start made: never a folder the caller happened to name.
    rm -rf "$dir/data"
    rm -f "$dir/initdb.log" "$dir/server.log"
    [ ! -d "$dir" ] || rmdir "$dir" 2>/dev/null || true
}

[ $# -ge 2 ] || usage
command=$1
dir=$2
case "$command" in
    start)
        [ $# -eq 3 ] || usage
        port=$3
        # A cluster left over from an interrupted run goes first.
        stop_cluster "$dir"
        mkdir -p "$dir"
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: "$dir"
        fi
        chmod 0755 "$dir"
        initdb=$(find_bin initdb)
        pg_ctl=$(find_bin pg_ctl)
        owner=$(as_owner id -un)
        as_owner "$initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            exit 1
        }
        # One role must give a password (scram-sha-256), so the tests can see that a password
        # typed once reaches every connection of the session; everyone else is trusted.
        as_owner sed -i '1i local all rowbook_password scram-sha-256' "$dir/data/pg_hba.conf"
        as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-k $dir -c listen_addresses='' -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null || {
            cat "$dir/server.log" >&2
            exit 1
        }
        psql=$(find_bin psql)
        me=$(id -un)
        if [ "$me" != "$owner" ]; then
            as_owner "$psql" -h "$dir" -p "$port" -U "$owner" -d postgres -q -v ON_ERROR_STOP=1 \
                -c "CREATE ROLE \"$me\" SUPERUSER LOGIN"
        fi
        as_owner "$psql" -h "$dir" -p "$port" -U "$owner" -d postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE DATABASE rowbook_test OWNER \"$me\"" \
            -c "SET password_encryption = 'scram-sha-256'" \
            -c "CREATE ROLE rowbook_password LOGIN SUPERUSER PASSWORD 'hunter2'"
        echo "pgcluster: PostgreSQL running, socket in $dir, port $port" >&2
        ;;
    stop)
        stop_cluster "$dir"
        ;;
    *)
        usage
        ;;
esac
