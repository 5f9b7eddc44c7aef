#!/usr/bin/env bash
# A real PostgreSQL server for local runs, from Debian's postgresql package. No Docker.
#   deploy/postgres.sh start | stop | status
# PG_PORT (55432, so as not to meet a system cluster on 5432) and IPR_DATA_DIR (deploy/.data) may be set.
# The server listens on localhost only and trusts local connections: for development, not production.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data_root=${IPR_DATA_DIR:-$here/.data}
data=$data_root/postgres
port=${PG_PORT:-55432}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ]; then
    echo "postgres: installing Debian's postgresql package" >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin; bin=$(pg_bin)
  mkdir -p "$data_root"
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    chmod 700 "$data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$data_root/initdb.log"
  fi
  if as_owner "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1; then
    echo "postgres: already running on localhost:$port"
  elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "postgres: port $port is taken by another server (another checkout's? stop it, or set PG_PORT)" >&2
    exit 1
  else
    touch "$data_root/postgres.log"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data_root/postgres.log"
    as_owner "$bin/pg_ctl" -D "$data" -l "$data_root/postgres.log" -w \
      -o "-p $port -c listen_addresses=localhost -k $data -c max_connections=200 -c shared_buffers=${PG_SHARED_BUFFERS:-512MB}" \
      start > /dev/null
    echo "postgres: up on localhost:$port (log in $data_root/postgres.log)"
  fi
  local psql=("$bin/psql" -h localhost -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "select 1 from pg_roles where rolname = 'ipr_hotline'")" != "1" ]; then
    "${psql[@]}" -c "create role ipr_hotline login password 'ipr_hotline'"
  fi
  if [ "$("${psql[@]}" -c "select 1 from pg_database where datname = 'ipr_hotline'")" != "1" ]; then
    "${psql[@]}" -c "create database ipr_hotline owner ipr_hotline"
  fi
}

stop() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$bin" ] && [ -s "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
    echo "postgres: stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) bin=$(pg_bin); as_owner "$bin/pg_ctl" -D "$data" status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
