#!/usr/bin/env bash
# Starts Portal's own PostgreSQL 15 cluster ("portal", beside the machine's "main", on the first free
# port from 5432 up) without systemd (pg_ctlcluster), makes sure Portal's role and database exist,
# and prints the connection string on stdout. Idempotent; run as root (or with
# password-less sudo). The role's password is generated once and kept in App_Data/postgres.password.
#   scripts/postgres.sh [--drop-test-databases PREFIX] [database]
set -euo pipefail
# Only the connection string goes to stdout (callers capture it): pg_ctlcluster and friends talk
# ("removed stale pid file.") and that talk must not end up inside the connection string.
exec 3>&1 1>&2
die() { echo "postgres: $*" >&2; exit 1; }

version=15
cluster=portal
role=portal
drop_prefix=""
if [[ "${1:-}" == --drop-test-databases ]]; then
  # A checkout's own prefix (portal_test_<checkout>_): another checkout's run on this server keeps its databases.
  [[ "${2:-}" =~ ^portal_[a-z0-9_]+_$ ]] || die "--drop-test-databases needs a prefix like portal_test_abc_"
  drop_prefix="$2"; shift 2
fi
database="${1:-portal}"
# Several test servers, each with its own pool, run at once in the suite.
max_connections=400

# fd 3 closed for them: a server started here would otherwise hold the caller's capture open forever.
as_root() {
  if (( EUID == 0 )); then "$@" 3>&-
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@" 3>&-
  else die "needs root (or password-less sudo) to start PostgreSQL: $*"
  fi
}

psql_admin() { as_root runuser -u postgres -- psql --cluster "$version/$cluster" -X -q -v ON_ERROR_STOP=1 -At "$@"; }

command -v pg_lsclusters >/dev/null 2>&1 || die "PostgreSQL is not installed; run scripts/setup-machine.sh first."

if ! pg_lsclusters -h "$version" "$cluster" >/dev/null 2>&1 || [[ -z "$(pg_lsclusters -h "$version" "$cluster" 2>/dev/null)" ]]; then
  # A port nobody listens on and no other cluster is configured for (another PostgreSQL may hold 5432).
  port=5432
  while ss -Hltn "sport = :$port" 2>/dev/null | grep -q . || pg_lsclusters -h | awk '{print $3}' | grep -qx "$port"; do
    port=$((port + 1))
  done
  as_root pg_createcluster --start-conf=manual -p "$port" "$version" "$cluster" >/dev/null
fi

current="$(as_root pg_conftool -s "$version" "$cluster" show max_connections 2>/dev/null || echo 0)"
if (( current < max_connections )); then
  as_root pg_conftool "$version" "$cluster" set max_connections "$max_connections"
  [[ "$(pg_lsclusters -h "$version" "$cluster" | awk '{print $4}')" == online ]] && as_root pg_ctlcluster "$version" "$cluster" restart
fi

if [[ "$(pg_lsclusters -h "$version" "$cluster" | awk '{print $4}')" != online ]]; then
  # Without systemd (a container, a fresh root) pg_ctlcluster starts the server itself. After an unclean
  # stop (the machine restarted) the server first syncs its whole data folder, which can outlast pg_ctl's minute.
  as_root pg_ctlcluster "$version" "$cluster" start -- -t 900 || die "could not start PostgreSQL $version/$cluster; see /var/log/postgresql/postgresql-$version-$cluster.log"
fi
port="$(pg_lsclusters -h "$version" "$cluster" | awk '{print $3}')"

# Up to 15 minutes: a server found online may still be recovering (see above).
for _ in $(seq 1 4500); do
  psql_admin -c "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.2
done

secret_file="/etc/postgresql/$version/$cluster/portal.password"
if ! as_root test -s "$secret_file"; then
  head -c 24 /dev/urandom | base64 | tr -d '/+=' | as_root install -m 600 /dev/stdin "$secret_file"
fi
password="$(as_root cat "$secret_file")"

psql_admin -v role="$role" -v password="$password" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
SQL
psql_admin -v role="$role" -v db="$database" <<'SQL' >/dev/null
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

if [[ -n "$drop_prefix" ]]; then
  # Databases this checkout's test servers made and could not drop (a killed run): gone before the next pass.
  psql_admin -v prefix="$drop_prefix" <<'SQL' | while read -r leftover; do
SELECT datname FROM pg_database WHERE starts_with(datname, :'prefix')
SQL
    [[ -n "$leftover" ]] && psql_admin -c "DROP DATABASE IF EXISTS \"$leftover\" WITH (FORCE)" >/dev/null
  done
fi

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database" >&3
