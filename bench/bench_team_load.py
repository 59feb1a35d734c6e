"""Eight analysts at once on one store for a minute: a team store on PostgreSQL against
the same workload on a store file, in the same run.

Each analyst is a process of its own (tests/analyst_load.py): it annotates documents
and edits the notes of the same six capacity rows as the others, each edit checked
against the value it was shown.  Printed per engine: operations per second (all
analysts together), the median and 95th percentile latency of each kind of
operation, the conflicts reported, and whether every acknowledged edit is in the
store afterwards.  The team store is a fresh database on the server
``WORKBENCH_TEST_POSTGRES`` names (``scripts/postgres.sh``; loopback or a Unix socket).

    .venv/bin/python bench/bench_team_load.py [--processes 8] [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.analyst_load import check, notes_of_rows, run_analysts  # noqa: E402
from tests.postgres_server import fresh_database  # noqa: E402
from workbench.core.pipeline import ingest_files  # noqa: E402
from workbench.core.store import Store  # noqa: E402


def _run(location: str, processes: int, seconds: float, folder: Path) -> None:
    with Store(location) as store:
        ingest_files(store)
    before = notes_of_rows(location)
    reports = run_analysts(location, processes, seconds, folder)
    problems = check(location, before, reports)
    latencies: dict[str, list[float]] = {}
    for report in reports:
        for kind, values in report["latency"].items():
            latencies.setdefault(kind, []).extend(values)
    operations = sum(len(v) for v in latencies.values())
    print(f"  {operations / seconds:8.1f} operations/s from {processes} analysts")
    for kind, values in sorted(latencies.items()):
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(
            f"  {kind:10} {len(values):6} ops  median {statistics.median(values) * 1000:7.1f} ms"
            f"  p95 {p95 * 1000:7.1f} ms"
        )
    conflicts = sum(r["conflicts"] for r in reports)
    print(f"  conflicts reported: {conflicts}")
    print(
        f"  every acknowledged edit stored: {not problems}"
        + (f" {problems[:3]}" if problems else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    server = os.environ.get("WORKBENCH_TEST_POSTGRES")
    if not server:
        print("set WORKBENCH_TEST_POSTGRES (scripts/postgres.sh start DIR; … url DIR)")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print("store file (SQLite)")
        (folder / "file").mkdir()
        _run(str(folder / "file" / "store.sqlite3"), args.processes, args.seconds, folder / "file")
        print("team store (PostgreSQL)")
        (folder / "team").mkdir()
        with fresh_database(server) as url:
            _run(url, args.processes, args.seconds, folder / "team")
    return 0


if __name__ == "__main__":
    sys.exit(main())
