#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team store's tests, all of it in one folder:
#   scripts/postgres.sh start DIR   make (once) and start a server in DIR
#   scripts/postgres.sh url DIR     print its libpq URL (role and database "workbench")
#   scripts/postgres.sh stop DIR    stop it (nothing to do when it is not running)
# It listens on a Unix socket in DIR/socket only, never on the network, trusts every
# local connection and syncs nothing to disk: for tests, never for data worth keeping.
# Debian's postgresql package is installed when no server is found (root or sudo).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

die() { echo "postgres.sh: $*" >&2; exit 1; }

[ $# = 2 ] || die "usage: scripts/postgres.sh start DIR | stop DIR | url DIR"
action=$1
if [ "$action" = start ]; then
  mkdir -p "$2" || die "cannot make the folder $2"
elif [ "$action" = stop ] && [ ! -d "$2" ]; then
  exit 0
fi
dir=$(cd "$2" && pwd) || die "no folder $2"
data="$dir/data"
socket="$dir/socket"
log="$dir/server.log"
ROLE=workbench
DATABASE=workbench

# PostgreSQL refuses to run as root: root runs it as the postgres user.
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Debian keeps the server's programs out of PATH, in /usr/lib/postgresql/VERSION/bin.
server_bin() {
  local found
  found=$(command -v initdb 2>/dev/null) && [ -x "$(dirname "$found")/pg_ctl" ] \
    && { dirname "$found"; return; }
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && [ -x "$found/initdb" ] && { echo "$found"; return; }
  return 1
}

install_server() {
  echo "Installing PostgreSQL (Debian's postgresql package)"
  # Without this the package makes and starts a "main" cluster on port 5432.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" \
    | as_root tee /etc/postgresql-common/createcluster.d/workbench-tests.conf >/dev/null
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

running() { [ -f "$data/PG_VERSION" ] && as_server "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; }

url() {
  # Percent-encode the socket folder for the query string (mktemp's names need none).
  local out="" c i
  for ((i = 0; i < ${#socket}; i++)); do
    c=${socket:i:1}
    case "$c" in
      [A-Za-z0-9/._~-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  echo "postgresql://$ROLE@/$DATABASE?host=$out"
}

start() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as (it refuses root)"
    # mktemp -d makes 0700 folders: the postgres user must be able to reach its own.
    chmod a+x "$dir"
    runuser -u postgres -- test -x "$dir" \
      || die "the postgres user cannot reach $dir (a folder above it is closed to it)"
  fi
  mkdir -p "$socket"
  touch "$log"
  [ "$(id -u)" = 0 ] && chown postgres: "$socket" "$log"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data"
    # C collation: text sorts by code point, as SQLite's BINARY does.
    as_server "$bin/initdb" -D "$data" -U "$ROLE" -A trust -E UTF8 --locale=C \
      >>"$log" 2>&1 || { tail -n 20 "$log" >&2; die "initdb failed (log: $log)"; }
  fi
  if ! running; then
    as_server "$bin/pg_ctl" start -D "$data" -l "$log" -w -t 60 \
      -o "-k $socket -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null 2>&1 || { tail -n 20 "$log" >&2; die "the server did not start (log: $log)"; }
  fi
  local psql="$bin/psql"
  [ -x "$psql" ] || psql=psql
  if [ -z "$(as_server "$psql" -h "$socket" -U "$ROLE" -d postgres -XAtqc \
      "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    as_server "$psql" -h "$socket" -U "$ROLE" -d postgres -Xqc "CREATE DATABASE $DATABASE" \
      || die "cannot create the database $DATABASE"
  fi
}

case "$action" in
  start)
    if ! bin=$(server_bin); then
      install_server || die "PostgreSQL is not installed and could not be installed (needs root or sudo)"
      bin=$(server_bin) || die "no initdb found after installing PostgreSQL"
    fi
    start
    ;;
  stop)
    bin=$(server_bin) || exit 0
    if running; then
      as_server "$bin/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null
    fi
    ;;
  url) url ;;
  *) die "unknown action '$action' (start, stop or url)" ;;
esac
