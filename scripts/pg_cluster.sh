#!/bin/bash
# A throw-away PostgreSQL/PostGIS cluster for the tests, on a loopback port, in a folder.
#   scripts/pg_cluster.sh start DIR PORT   → prints the connection string of database "mineaction_test"
#   scripts/pg_cluster.sh login DIR PORT ROLE   (password on stdin) → a login that must give it
#   scripts/pg_cluster.sh stop DIR
# Trust authentication on 127.0.0.1 only (the cluster lives as long as the test run), except for
# the logins made by `login`, which must give their password (SCRAM) as on a real server.
set -euo pipefail
action=$1; dir=$(realpath -m "$2"); port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then echo "PostgreSQL is not installed (make setup installs it)" >&2; exit 2; fi
as_owner() {  # initdb and postgres refuse to run as root
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $action in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c \
      "SELECT 1 FROM pg_database WHERE datname = 'mineaction_test'" postgres | grep -q 1 ||
      as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres mineaction_test
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c \
      "CREATE EXTENSION IF NOT EXISTS postgis" mineaction_test
    echo "host=127.0.0.1 port=$port dbname=mineaction_test user=postgres"
    ;;
  login)
    role=$4; IFS= read -r password
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -v role="$role" -v password="$password" mineaction_test <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
GRANT CREATE ON DATABASE mineaction_test TO :"role";
SQL
    as_owner sed -i "1i host all $role 127.0.0.1/32 scram-sha-256" "$dir/data/pg_hba.conf"
    as_owner "$bin/pg_ctl" -D "$dir/data" reload >/dev/null
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
