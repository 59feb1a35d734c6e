#!/usr/bin/env bash
# Install everything and run the whole test suite, the linter and the layer contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/python -m pytest -q "$@"
