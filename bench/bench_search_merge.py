"""Search on a store file against a copy of it whose index was merged into one segment
(what an import or ingest that grew the store by a tenth now does:
``search_index.merge_search_index``), the two taking turns in one process.

The store is copied to ``--copy`` (kept for later runs, and merged only if it is not
one segment already), the copy's index merged (timed), and each query's hits checked
to be the same on both (ids, order, scores, snippets; exits 1 if not).  Then, for
``--rounds`` rounds, each query runs ``--repeat`` times on one store, then on the
other; printed per query: the median CPU time (the process's own, which other work
on a shared machine disturbs least), the median wall-clock time and the worst run,
before and after, and the ratio of the CPU medians.

    .venv/bin/python bench/scale_store.py /tmp/scale/scaled-1000x.sqlite3 1000
    .venv/bin/python bench/bench_search_merge.py /tmp/scale/scaled-1000x.sqlite3 \\
        --copy /tmp/scale/merged-1000x.sqlite3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.search import search
from workbench.core.search_index import merge_search_index, segment_count
from workbench.core.store import Store

QUERIES = ["产能", "芯片", "台积电", "CoWoS", "先进制造业集群", "芯片 出口", '"先进封装"', "镍"]
LIMIT = 50


def merged_copy(source: Path, copy: Path) -> Path:
    if not copy.exists():
        shutil.copyfile(source, copy)
    with Store(copy) as store:
        segments = segment_count(store.conn)
        if segments > 1:
            began = time.perf_counter()
            merge_search_index(store)
            seconds = time.perf_counter() - began
            print(f"merged the copy's {segments} segments into one in {seconds:.1f} s")
    return copy


def timed(conn, query: str, repeat: int) -> list[tuple[float, float]]:
    """(CPU, wall) seconds of each of ``repeat`` searches."""
    runs = []
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        search(conn, query, limit=LIMIT)
        runs.append((time.process_time() - cpu, time.perf_counter() - wall))
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a store file (its index as it was built)")
    parser.add_argument("--copy", type=Path, required=True, help="the merged copy (kept)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=9, help="runs of a query per round")
    args = parser.parse_args()
    merged_copy(args.store, args.copy)
    with Store(args.store, read_only=True) as before, Store(args.copy, read_only=True) as after:
        stores = {"before": before, "after": after}
        counts = {name: segment_count(s.conn) for name, s in stores.items()}
        print(f"segments: before {counts['before']}, after {counts['after']}")
        differing = [
            q for q in QUERIES if search(before.conn, q, limit=1000) != search(after.conn, q, 1000)
        ]
        runs = {(name, q): [] for name in stores for q in QUERIES}
        for _ in range(args.rounds):
            for query in QUERIES:
                for name, store in stores.items():
                    runs[name, query] += timed(store.conn, query, args.repeat)
    print("\nms: CPU median / wall median / worst wall; after/before of the CPU medians")
    print(f"{'query':16}{'before':>24}{'after':>24}{'ratio':>8}")
    for query in QUERIES:
        cells, cpu = [], {}
        for name in stores:
            times = runs[name, query]
            cpu[name] = statistics.median(t[0] for t in times) * 1000
            wall = statistics.median(t[1] for t in times) * 1000
            worst = max(t[1] for t in times) * 1000
            cells.append(f"{cpu[name]:6.1f} / {wall:5.1f} / {worst:5.1f}")
        ratio = cpu["after"] / cpu["before"]
        print(f"{query:16}{cells[0]:>24}{cells[1]:>24}{ratio:7.2f}×")
    if differing:
        print("different hits:", ", ".join(differing))
        return 1
    print("the same hits on both (ids, order, scores, snippets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
