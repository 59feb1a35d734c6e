#!/usr/bin/env bash
# Install the workbench (once; again only when pyproject.toml changes) and launch it on
# the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
exec .venv/bin/workbench "$@"
