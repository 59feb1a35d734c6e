"""Start-up of the standalone bundle against `python -m workbench`, in the same run.

Both start on the same pre-filled store with `--screenshot`: the window is shown,
the longest document opened, a PNG written and the process exits.  Reports the
median wall time of each over a few runs and their ratio.

    bash scripts/build.sh && .venv/bin/python bench/bench_startup.py [BUNDLE_EXECUTABLE]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    from workbench import __version__

    bundle = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else ROOT / "dist" / f"IndustryWorkbench-{__version__}" / "IndustryWorkbench"
    )
    if not bundle.exists():
        sys.exit(f"{bundle}: build the bundle first (bash scripts/build.sh)")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        store = folder / "store.sqlite3"
        subprocess.run([sys.executable, "-m", "workbench", "ingest", "--db", str(store)],
                       check=True, env=env, capture_output=True, cwd=ROOT)  # fmt: skip
        shot = str(folder / "shot.png")
        source = [sys.executable, "-m", "workbench", "--db", str(store), "--screenshot", shot]
        frozen = [str(bundle), "--db", str(store), "--screenshot", shot]
        timed(source, env), timed(frozen, env)  # warm the file cache for both
        source_times = [timed(source, env) for _ in range(RUNS)]
        frozen_times = [timed(frozen, env) for _ in range(RUNS)]
    source_median = statistics.median(source_times)
    frozen_median = statistics.median(frozen_times)
    print(f"python -m workbench: {source_median * 1000:.0f} ms (median of {RUNS})")
    print(f"bundle:              {frozen_median * 1000:.0f} ms (median of {RUNS})")
    print(f"ratio bundle / source: {frozen_median / source_median:.2f}")


if __name__ == "__main__":
    main()
