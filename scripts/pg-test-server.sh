#!/usr/bin/env bash
# Start (or reuse) a throw-away PostgreSQL server on 127.0.0.1 for the storage tests and print
# its URL. Prints nothing and exits 0 when PostgreSQL is not installed: those tests then skip.
# `.ci/run` installs Debian's postgresql package first, so CI always runs them.
set -euo pipefail
port="${PG_TEST_PORT:-55432}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  exit 0
fi
data="${PG_TEST_DIR:-/tmp/migrant-bot-pg-$(id -u)}"
as_owner() {
  # initdb and postgres refuse to run as root: use the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  as_owner "$bindir/initdb" -D "$data" -U botuser --auth=trust >/dev/null
fi
if ! as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U botuser -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname='bot_test'" | grep -q 1 ||
  as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U botuser bot_test
echo "postgresql://botuser@127.0.0.1:$port/bot_test"
