#!/usr/bin/env bash
# Debian's PostgreSQL for BackCoach on this machine: `deploy/postgres.sh start` starts the cluster (installs
# the package with apt when missing) and makes the role and the databases; `deploy/postgres.sh stop` stops it.
#   role      BACKCOACH_DB_USER      (backcoach)
#   password  BACKCOACH_DB_PASSWORD  (backcoach-local-only: change it for real data)
#   databases backcoach (the app), backcoach_test (the tests; emptied by `start-test`)
# Needs root (it uses `su postgres`), as on a CI machine or a fresh server.
set -euo pipefail

user=${BACKCOACH_DB_USER:-backcoach}
password=${BACKCOACH_DB_PASSWORD:-backcoach-local-only}

as_postgres() { su postgres -s /bin/sh -c "$1"; }
psql_admin() { as_postgres "psql -v ON_ERROR_STOP=1 -qtA -p ${port} -c \"$1\""; }

cluster() {
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    echo "deploy/postgres.sh: installing PostgreSQL with apt" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  read -r version name port _ < <(pg_lsclusters -h | head -n 1)
}

database() { # name
  if [ -z "$(psql_admin "select 1 from pg_database where datname = '$1'")" ]; then
    psql_admin "create database $1 owner ${user}"
  fi
}

case "${1:-}" in
  start|start-test)
    cluster
    pg_ctlcluster "$version" "$name" start 2>/dev/null || true
    for _ in $(seq 1 30); do
      as_postgres "pg_isready -q -p ${port}" && break
      sleep 1 # the server accepts connections a moment after it starts
    done
    if [ -z "$(psql_admin "select 1 from pg_roles where rolname = '${user}'")" ]; then
      psql_admin "create role ${user} login password '${password}'"
    else
      psql_admin "alter role ${user} password '${password}'"
    fi
    database backcoach
    if [ "$1" = start-test ]; then
      psql_admin "drop database if exists backcoach_test"
    fi
    database backcoach_test
    echo "deploy/postgres.sh: PostgreSQL $version/$name on port ${port}: databases backcoach and backcoach_test, role ${user}"
    ;;
  stop)
    cluster
    pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
    ;;
  *)
    echo "usage: deploy/postgres.sh start|start-test|stop" >&2
    exit 2
    ;;
esac
