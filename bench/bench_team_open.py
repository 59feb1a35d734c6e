"""The window on a team store against the window on a store file of the same documents,
launch to first paint, in the same run.

The bundled corpus is ingested into a store file and into a fresh team store on the
server ``WORKBENCH_TEST_POSTGRES`` names (or, with ``--source``, a store file, e.g. a
copy of the 1000x scaled store, is copied into the team store: bench/team_store_copy.py);
each window is started ``--runs`` times in a fresh process (bench/first_paint.py) and
the medians, their ratio and the longest event-loop gap after the paint are printed.

    .venv/bin/python bench/bench_team_open.py [--runs 5] [--source COPY.sqlite3]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from bench_startup import environment, first_paint  # noqa: E402
from team_store_copy import copy_store_file  # noqa: E402

from tests.postgres_server import fresh_database  # noqa: E402
from workbench.core.pipeline import ingest_files  # noqa: E402
from workbench.core.store import Store  # noqa: E402


@contextlib.contextmanager
def _team_store(server: str, given: str | None):
    if given:
        yield given
        return
    with fresh_database(server) as url:
        yield url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--source", type=Path, help="a store file to open and to copy (it is upgraded)"
    )
    parser.add_argument(
        "--team",
        help="a team store holding --source's copy already (made by bench/team_store_copy.py)",
    )
    args = parser.parse_args()
    server = os.environ.get("WORKBENCH_TEST_POSTGRES")
    if not server:
        print("set WORKBENCH_TEST_POSTGRES (scripts/postgres.sh start DIR; … url DIR)")
        return 2
    with tempfile.TemporaryDirectory() as folder, _team_store(server, args.team) as url:
        folder = Path(folder)
        env = environment(folder)
        file = args.source or folder / "store.sqlite3"
        if args.source and not args.team:
            copy_store_file(args.source, url)
        else:
            for location in (file, url):
                with Store(location) as store:
                    ingest_files(store)
        times: dict[str, list[float]] = {"file": [], "team": []}
        gaps: dict[str, list[float]] = {"file": [], "team": []}
        for _ in range(args.runs):  # alternately, so both see the same machine
            for name, location in (("file", str(file)), ("team", url)):
                seconds, report = first_paint(["workbench", location, "--settle", "2"], env)
                times[name].append(seconds)
                gaps[name].append(report["longest_gap"] * 1000)  # seconds, reported
        file_paint, team_paint = (statistics.median(times[k]) for k in ("file", "team"))
        file_gap, team_gap = max(gaps["file"]), max(gaps["team"])
        print(f"store file: {file_paint * 1000:.0f} ms to first paint, gap {file_gap:.0f} ms")
        print(
            f"team store: {team_paint * 1000:.0f} ms to first paint, gap {team_gap:.0f} ms, "
            f"{team_paint / file_paint:.2f}× the store file"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
