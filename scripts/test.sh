#!/usr/bin/env bash
# Install everything and run the whole test suite, the linter and the layer contracts,
# then build the standalone bundle and run its self-test (SKIP_BUNDLE=1 skips that).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/python -m pytest -q "$@"
if [ "${SKIP_BUNDLE:-0}" != 1 ]; then
  bash scripts/build.sh
fi
