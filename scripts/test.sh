#!/usr/bin/env bash
# The whole check: lint, types, import contracts, translations up to date, then every test.
# Starts a throwaway PostgreSQL cluster on loopback for the head-office tests.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1

echo "== ruff"; "$VENV/bin/ruff" check app tests benchmarks scripts
"$VENV/bin/ruff" format --check app tests benchmarks scripts
echo "== mypy"; "$VENV/bin/mypy" app
echo "== import contracts"; "$VENV/bin/lint-imports"

pg_stop() { :; }
if [ -z "${BAY_TEST_PG_URL:-}" ] && bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1) && [ -n "$bindir" ]; then
  pgdir=$(mktemp -d /tmp/servicebay-pg.XXXXXX)
  port=$(( 55000 + RANDOM % 5000 ))
  run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
  run_pg "$bindir/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 >/dev/null
  run_pg "$bindir/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
    -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export BAY_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  pg_stop() { run_pg "$bindir/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
  echo "== PostgreSQL on 127.0.0.1:$port"
fi
trap pg_stop EXIT

echo "== pytest"
"$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
