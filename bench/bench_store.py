"""Ingest and search speed, as ratios to baselines measured in the same run.

Ingest: a fresh store from the bundled corpus, against reading and parsing
(decoding, layout parsing, PDF-text cleaning) the same files without storing.
Search: latency of a few queries on the seeds and on a synthetic corpus 100×
larger, against a plain Python ``str.count`` over all texts in memory.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import best_of

from workbench.core.corpus import parse_file
from workbench.core.ingest import store_corpus_files
from workbench.core.paths import bundled_seed_files
from workbench.core.script import to_simplified
from workbench.core.search import search
from workbench.core.store import Store

QUERIES = ["产能", "台积电", "CoWoS", "先进制造业集群", "芯片 出口"]


def bench_ingest(folder: Path) -> None:
    files = bundled_seed_files()

    def parse_only():
        for path in files:
            parse_file(path)

    counter = iter(range(1000))

    def full_ingest():
        with Store(folder / f"ingest-{next(counter)}.sqlite3") as store:
            store_corpus_files(store, files)

    baseline = best_of(parse_only, 3)
    ingest = best_of(full_ingest, 3)
    print(
        f"ingest corpus: {ingest * 1000:.0f} ms; parse+clean only {baseline * 1000:.0f} ms; "
        f"ratio {ingest / baseline:.2f}"
    )


def multiply_store(source: Path, target: Path, factor: int) -> None:
    """Copy every document ``factor`` times (with distinct hashes) into ``target``."""
    with Store(source) as small, Store(target) as big:
        rows = small.conn.execute("SELECT * FROM documents").fetchall()
        columns = [c for c in rows[0].keys() if c != "id"]  # noqa: SIM118 (sqlite3.Row)
        marks = ",".join("?" * len(columns))
        with big.transaction():
            for copy in range(factor):
                big.conn.executemany(
                    f"INSERT INTO documents ({','.join(columns)}) VALUES ({marks})",
                    [
                        tuple(
                            f"{r['content_hash']}-{copy}" if c == "content_hash" else r[c]
                            for c in columns
                        )
                        for r in rows
                    ],
                )


def bench_search(path: Path, label: str) -> None:
    with Store(path) as store:
        texts = [to_simplified(r[0]) for r in store.conn.execute("SELECT text FROM documents")]
        count = store.document_count()
        for query in QUERIES:
            term = to_simplified(query.split()[0])
            baseline = best_of(lambda: sum(t.count(term) for t in texts))  # noqa: B023
            took = best_of(lambda: search(store.conn, query, limit=50))  # noqa: B023
            hits = len(search(store.conn, query, limit=50))
            print(
                f"search {label} ({count} docs) {query!r}: {took * 1000:.1f} ms, "
                f"{hits} hits; in-memory count {baseline * 1000:.1f} ms; "
                f"ratio {took / baseline:.2f}"
            )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_ingest(folder)
        seeds = folder / "ingest-0.sqlite3"
        bench_search(seeds, "seeds")
        big = folder / "big.sqlite3"
        multiply_store(seeds, big, 100)
        bench_search(big, "100x")


if __name__ == "__main__":
    main()
