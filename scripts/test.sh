#!/usr/bin/env bash
# Install everything and run the whole test suite (with a PostgreSQL server for the
# team store's tests, scripts/postgres.sh), the linter and the layer contracts, then
# build the standalone bundle and run its self-test (SKIP_BUNDLE=1 skips that).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
# The team store's tests run against a throwaway PostgreSQL server, stopped and
# removed when this script ends, however it ends.
pg_dir=$(mktemp -d)
trap 'bash scripts/postgres.sh stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
if ! bash scripts/postgres.sh start "$pg_dir"; then
  echo "test.sh: the PostgreSQL server for the team store's tests did not start (see above)" >&2
  exit 1
fi
WORKBENCH_TEST_POSTGRES=$(bash scripts/postgres.sh url "$pg_dir")
export WORKBENCH_TEST_POSTGRES
.venv/bin/python -m pytest -q "$@"
if [ "${SKIP_BUNDLE:-0}" != 1 ]; then
  bash scripts/build.sh
fi
