"""Search with the page cache the store gives the window's connection against SQLite's
default 2 MB cache, on the same store file, the two connections taking turns in one
process.

Both are ``Store`` objects over the same file; the baseline's cache is set back to
SQLite's default (``PRAGMA cache_size=-2000``) after opening.  Each query's hits are
checked to be the same on both (exits 1 if not).  Then, for ``--rounds`` rounds, each
query runs ``--repeat`` times on one, then on the other; printed per query: the median
CPU time (the process's own, which other work on a shared machine disturbs least), the
median wall-clock time, and the ratio of the CPU medians (store's cache / default).

    .venv/bin/python bench/scale_store.py /tmp/scale/scaled-1000x.sqlite3 1000
    .venv/bin/python bench/bench_search_cache.py /tmp/scale/scaled-1000x.sqlite3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.search import search
from workbench.core.store import Store

QUERIES = ["产能", "芯片", "台积电", "CoWoS", "先进制造业集群", "芯片 出口", '"先进封装"', "镍"]
LIMIT = 50
SQLITE_DEFAULT_CACHE = "PRAGMA cache_size=-2000"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with Store(args.store) as default, Store(args.store) as larger:
        default.conn.execute(SQLITE_DEFAULT_CACHE)
        pair = {"default": default, "larger": larger}
        for query in QUERIES:
            hits = {name: search(s.conn, query, LIMIT) for name, s in pair.items()}
            if hits["default"] != hits["larger"]:
                print(f"{query}: the hits differ")
                return 1
        cpu: dict[tuple[str, str], list[float]] = {}
        wall: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.rounds):
            for query in QUERIES:
                for name, store in pair.items():
                    for _ in range(args.repeat):
                        start_cpu, start = time.process_time(), time.perf_counter()
                        search(store.conn, query, LIMIT)
                        cpu.setdefault((name, query), []).append(time.process_time() - start_cpu)
                        wall.setdefault((name, query), []).append(time.perf_counter() - start)
    print(f"{'query':16} {'CPU ms default/larger':>22} {'wall ms default/larger':>23} ratio")
    for query in QUERIES:
        c0, c1 = (statistics.median(cpu[(n, query)]) * 1000 for n in ("default", "larger"))
        w0, w1 = (statistics.median(wall[(n, query)]) * 1000 for n in ("default", "larger"))
        print(f"{query:16} {c0:10.1f} / {c1:7.1f}  {w0:10.1f} / {w1:7.1f}   {c1 / c0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
