#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: system libraries Qt needs,
# a virtual environment in .venv, and the workbench installed into it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Qt's xcb/offscreen platforms and a CJK font.  Installed only when missing, so a
# prepared machine pays nothing.
need_debs=()
if command -v dpkg-query >/dev/null; then
  for pkg in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
             libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
             libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-noto-cjk xvfb xauth; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_debs+=("$pkg")
  done
fi
if [ ${#need_debs[@]} -gt 0 ]; then
  echo "Installing system packages: ${need_debs[*]}"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${need_debs[@]}" >/dev/null \
    || echo "warning: could not install ${need_debs[*]}; the GUI may not start" >&2
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    # Debian ships venv separately.
    as_root apt-get install -y -qq python3-venv >/dev/null
    rm -rf .venv && "$PYTHON" -m venv .venv
  fi
fi
# What to install: "app" (the launch command: the workbench alone) or "test" (with the
# test tools).  Skipped when this checkout already installed it from this very
# pyproject.toml: the package is editable, so code changes need no reinstall.
WHAT=${1:-test}
case "$WHAT" in
  app) spec="." ;;
  test) spec=".[test]" ;;
  *) echo "setup.sh: unknown set-up '$WHAT' (app or test)" >&2; exit 2 ;;
esac
stamp=".venv/.installed-$WHAT"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $(.venv/bin/python -V 2>&1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && .venv/bin/python -c "import workbench" 2>/dev/null; then
  exit 0
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e "$spec"
echo "$wanted" > "$stamp"
