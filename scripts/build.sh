#!/usr/bin/env bash
# Build the standalone one-folder bundle into dist/ and run its self-test.
#   bash scripts/build.sh            # build + self-test
#   SKIP_SELF_TEST=1 bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[packaging]"
# The interface translations, compiled from their sources (resources/ goes into the bundle).
.venv/bin/python scripts/translations.py build
rm -rf build/pyinstaller
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/workbench.spec
version=$(.venv/bin/python -c "import workbench; print(workbench.__version__)")
bundle="dist/IndustryWorkbench-${version}"
echo "bundle: ${bundle} ($(du -sh "${bundle}" | cut -f1))"
if [ "${SKIP_SELF_TEST:-0}" != 1 ]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "${bundle}/IndustryWorkbench" --self-test
fi
