#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: a fresh cluster in a temporary folder, run by an
# ordinary user (never root), listening only on a socket inside that folder (nothing on the
# network), with durability turned off because nothing in it is kept.
#
#   eval "$(bash tools/pg_server.sh start)"   # exports THUKY_TEST_PG_URL and THUKY_TEST_PG_DIR
#   bash tools/pg_server.sh stop "$THUKY_TEST_PG_DIR"
#   bash tools/pg_server.sh run CMD ARGS…     # start, run CMD with THUKY_TEST_PG_URL, always stop
#
# Needs Debian's postgresql package (initdb, pg_ctl).
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || {
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 2
  }
  echo "$dir"
}

# The user the server runs as: ourselves, unless we are root (PostgreSQL refuses to run as root).
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

pick_user() {
  if [ "$(id -u)" -ne 0 ]; then
    PG_USER=$(id -un)
  elif id postgres >/dev/null 2>&1; then
    PG_USER=postgres
  else
    PG_USER=thuky-pg-test
    id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_USER"
  fi
}

start() {
  local bin dir
  bin=$(bindir)
  pick_user
  dir=$(mktemp -d "${TMPDIR:-/tmp}/thuky-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -ne 0 ] || chown "$PG_USER" "$dir"
  as_user "$bin/initdb" -D "$dir/data" -U thuky --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_user "$bin/createdb" -h "$dir" -U thuky thuky_test
  echo "export THUKY_TEST_PG_DIR='$dir'"
  echo "export THUKY_TEST_PG_URL='postgresql+psycopg://thuky@/thuky_test?host=$dir'"
}

stop() {
  local dir=${1:?which server folder}
  [ -d "$dir/data" ] || return 0
  local bin
  bin=$(bindir)
  pick_user
  as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  run)
    shift
    eval "$(start)"
    trap 'stop "$THUKY_TEST_PG_DIR"' EXIT
    set +e
    "$@"
    exit $?
    ;;
  *) echo "usage: pg_server.sh start | stop DIR | run CMD…" >&2; exit 2 ;;
esac
