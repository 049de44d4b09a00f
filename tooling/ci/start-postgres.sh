#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests and prints its connection URL on stdout (nothing else).
#   url=$(tooling/ci/start-postgres.sh)            # start; the data folder is named on stderr
#   tooling/ci/start-postgres.sh stop "$url"       # stop the cluster behind that URL and delete its folder
# The cluster lives in a temp folder, listens on 127.0.0.1 only, on a free port, with trust auth for the
# "postgres" user. As root, the server runs as the "postgres" system user (PostgreSQL refuses to run as root).
# PG_BIN overrides the folder holding initdb and pg_ctl.
set -euo pipefail

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return
  fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$found" ]]; then
    echo "start-postgres: no PostgreSQL binaries found (install postgresql or set PG_BIN)" >&2
    exit 2
  fi
  echo "$found"
}

as_owner() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'
}

BIN=$(find_bin)

if [[ "${1:-}" == "stop" ]]; then
  url="${2:?usage: start-postgres.sh stop <url>}"
  port="${url##*:}"; port="${port%%/*}"
  dir=$(cat "/tmp/diplomacy-pg-port-$port" 2>/dev/null || true)
  if [[ -z "$dir" || ! -d "$dir" ]]; then
    echo "start-postgres: no cluster recorded for port $port" >&2
    exit 1
  fi
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir" "/tmp/diplomacy-pg-port-$port"
  exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/diplomacy-pg.XXXXXX")
chmod 700 "$dir"
if [[ "$(id -u)" == "0" ]]; then chown postgres: "$dir"; fi

as_owner "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

for attempt in 1 2 3 4 5; do
  port=$(free_port)
  if as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null 2>&1; then
    echo "$dir" >"/tmp/diplomacy-pg-port-$port"
    echo "start-postgres: cluster in $dir on port $port" >&2
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    exit 0
  fi
  echo "start-postgres: attempt $attempt on port $port failed, retrying" >&2
done
cat "$dir/server.log" >&2 || true
exit 1
