"""Cold start to a painted window, against a bare PySide6 + pyqtgraph window.

Each start is a fresh process (bench/first_paint.py), timed from its launch to
the end of its first paint; the two kinds are run alternately on the same
pre-filled store, and the medians and their ratio printed (target: the
workbench within 1.5× the skeleton).  Also printed: the longest event-loop
stall in the two seconds after the paint, and whether pandas or numpy were
loaded before it.

Every start reads its modules' bytecode from a cache in the temporary folder
(``PYTHONPYCACHEPREFIX``, written by the warm-up starts), as an installed or
bundled workbench has its modules compiled: with ``PYTHONDONTWRITEBYTECODE`` set
(as some shells and CI images do) a source checkout would otherwise compile every
workbench module on every start, a quarter of a second that no user waits for,
while the skeleton's libraries come precompiled.

    .venv/bin/python bench/bench_startup.py [--runs 7] [--bundle EXECUTABLE]

With ``--bundle`` (after ``bash scripts/build.sh``) the standalone build's start
with ``--screenshot`` is also compared with ``python -m workbench``'s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).resolve().parent / "first_paint.py"


def first_paint(arguments: list[str], env: dict) -> tuple[float, dict]:
    """Seconds from launch to the first paint, and what the process reported after."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(DRIVER), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    line = child.stdout.readline()
    painted = time.perf_counter() - started
    report_line, errors = child.communicate(timeout=300)
    if line.strip() != "painted" or child.returncode != 0:
        sys.exit(f"{' '.join(arguments)}: no paint reported\n{line}{report_line}{errors}")
    return painted, json.loads(report_line)


def environment(folder: Path) -> dict:
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def ingested_store(folder: Path, env: dict) -> Path:
    store = folder / "store.sqlite3"
    subprocess.run([sys.executable, "-m", "workbench", "ingest", "--db", str(store)],
                   check=True, env=env, capture_output=True, cwd=ROOT)  # fmt: skip
    return store


def compare_starts(store: Path, env: dict, runs: int) -> dict:
    first_paint(["skeleton"], env), first_paint(["workbench", str(store)], env)  # warm caches
    skeleton, workbench, reports = [], [], []
    for _ in range(runs):
        skeleton.append(first_paint(["skeleton"], env)[0])
        seconds, report = first_paint(["workbench", str(store)], env)
        workbench.append(seconds)
        reports.append(report)
    return {
        "skeleton": statistics.median(skeleton),
        "workbench": statistics.median(workbench),
        "longest_gap": max(r["longest_gap"] for r in reports),
        "pandas": any(r["pandas"] for r in reports),
        "numpy": any(r["numpy"] for r in reports),
    }


def compare_bundle(bundle: Path, store: Path, folder: Path, env: dict, runs: int) -> None:
    def timed(command: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True, cwd=ROOT)
        return time.perf_counter() - started

    shot = str(folder / "shot.png")
    source = [sys.executable, "-m", "workbench", "--db", str(store), "--screenshot", shot]
    frozen = [str(bundle), "--db", str(store), "--screenshot", shot]
    timed(source), timed(frozen)
    source_median = statistics.median(timed(source) for _ in range(runs))
    frozen_median = statistics.median(timed(frozen) for _ in range(runs))
    print(f"python -m workbench --screenshot: {source_median * 1000:.0f} ms")
    print(f"bundle --screenshot:              {frozen_median * 1000:.0f} ms")
    print(f"ratio bundle / source: {frozen_median / source_median:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="the standalone build's executable")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = environment(folder)
        store = ingested_store(folder, env)
        result = compare_starts(store, env, args.runs)
        print(f"skeleton window (PySide6 + pyqtgraph): {result['skeleton'] * 1000:.0f} ms")
        print(f"workbench on the corpus store:         {result['workbench'] * 1000:.0f} ms")
        print(f"ratio workbench / skeleton: {result['workbench'] / result['skeleton']:.2f}")
        print(f"longest event-loop gap after the paint: {result['longest_gap'] * 1000:.0f} ms")
        print(f"loaded before the paint: pandas {result['pandas']}, numpy {result['numpy']}")
        if args.bundle:
            compare_bundle(args.bundle, store, folder, env, args.runs)


if __name__ == "__main__":
    main()
