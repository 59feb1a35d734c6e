#!/usr/bin/env bash
# Install everything and launch the workbench on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/workbench "$@"
