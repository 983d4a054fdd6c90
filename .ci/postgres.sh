# Sourced by .ci/run: a throw-away PostgreSQL cluster for the archive tests
# (tests/archive). Installs Debian's postgresql when no server is on the
# machine, starts a cluster on a free local port as the unprivileged
# `postgres` user, exports its URL as FACTLINT_TEST_POSTGRES, and stops and
# deletes it when .ci/run exits, whatever the tests' outcome.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "ci: installing postgresql from Debian's packages"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bin)"
PG_USER=postgres
id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_USER"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }

PG_DIR="$(mktemp -d /tmp/factlint-pg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"
PG_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

if as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U factlint --no-sync >"$PG_DIR/initdb.log" 2>&1 &&
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
  export FACTLINT_TEST_POSTGRES="postgres://factlint@127.0.0.1:$PG_PORT/postgres"
  echo "ci: PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on port $PG_PORT for the archive tests"
else
  echo "ci: could not start PostgreSQL; the archive tests will fail" >&2
  cat "$PG_DIR"/*.log >&2 2>/dev/null
fi
