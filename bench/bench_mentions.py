"""Writing recognised mentions in bulk: the pipeline's way against plain ``executemany``.

Two measurements, every figure a ratio to a baseline timed in the same run:

1. ``bench_scale.measure_bulk_mentions`` on the bundled corpus ingested by the
   workbench into a temporary folder (or a store ``--factor`` times the corpus): the
   corpus's mentions written into an emptied copy of the store by a plain
   ``executemany`` into a bare table, into the table with its indexes and foreign
   key, and into the whole schema (row triggers keeping the entity index and the
   Library); then as recognition hands them over, one transaction per document (the
   pipeline before) and in the pipeline's batches.  The baseline is the plain
   ``executemany`` with the indexes.

2. The pipeline itself: ``ingest_files`` of the corpus into an empty store, and
   ``recognise_again`` of all its documents, each run with batches of one document
   (as the pipeline wrote before) and with the pipeline's batches; timed is only the
   time spent writing the finished documents (``Batch.write``: mentions, entity
   records and sheet rows), not recognition or extraction.

    .venv/bin/python bench/bench_mentions.py [--factor 10] [--keep /tmp/bulk] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from bench_scale import (  # noqa: E402
    bench_folder,
    measure_bulk_mentions,
    print_bulk_mentions,
    sized_store,
)

from workbench.core.pipeline import batch as batching  # noqa: E402
from workbench.core.pipeline import ingest_files, recognise_again  # noqa: E402
from workbench.core.store import Store  # noqa: E402


class WriteClock:
    """Adds up the seconds the pipeline spends in ``Batch.write`` while installed."""

    def __init__(self):
        self.seconds, self.batches, self.documents = 0.0, 0, 0
        self._write = batching.Batch.write

    def __enter__(self):
        clock, write = self, self._write

        def timed_write(batch):
            began = time.perf_counter()
            written = write(batch)
            clock.seconds += time.perf_counter() - began
            clock.batches += bool(written)
            clock.documents += len(written)
            return written

        batching.Batch.write = timed_write
        return self

    def __exit__(self, *exc):
        batching.Batch.write = self._write


def pipeline_writes(folder: Path, repeat: int) -> dict[tuple[str, str], WriteClock]:
    """Best write time of an ingest of the corpus and of recognising it all again,
    per batch bound: one document a batch, and the pipeline's own."""
    bounds = {"per_document": 1, "batched": batching.BATCH_DOCUMENTS}
    best: dict[tuple[str, str], WriteClock] = {}
    scratch = folder / "bulk-pipeline"
    scratch.mkdir(exist_ok=True)
    try:
        for _ in range(repeat):
            for way, documents in bounds.items():
                batching.BATCH_DOCUMENTS = documents
                path = scratch / f"{way}.sqlite3"
                for old in scratch.glob(f"{way}.sqlite3*"):
                    old.unlink()
                with Store(path) as store:
                    with WriteClock() as ingest:
                        ingest_files(store)
                    with WriteClock() as again:
                        recognise_again(store, store.document_ids())
                for run, clock in (("ingest", ingest), ("recognise again", again)):
                    kept = best.get((run, way))
                    if kept is None or clock.seconds < kept.seconds:
                        best[(run, way)] = clock
    finally:
        batching.BATCH_DOCUMENTS = bounds["batched"]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=1, help="store size, times the corpus")
    parser.add_argument("--keep", type=Path, help="folder for the stores (kept, reused)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pipeline", action="store_true", help="skip measurement 2")
    args = parser.parse_args()
    folder, scratch = bench_folder(args.keep)
    try:
        timings = measure_bulk_mentions(sized_store(folder, args.factor), folder, args.repeat)
        print_bulk_mentions(timings)
        if not args.no_pipeline:
            writes = pipeline_writes(folder, args.repeat)
            print(
                "\nthe pipeline's writes (Batch.write: mentions, entity records, sheet rows), "
                "best times:"
            )
            for run in ("ingest", "recognise again"):
                old, new = writes[(run, "per_document")], writes[(run, "batched")]
                print(
                    f"  {run:16} one document a batch {old.seconds * 1000:7.1f} ms "
                    f"({old.batches} transactions), the pipeline's batches "
                    f"{new.seconds * 1000:7.1f} ms ({new.batches}): "
                    f"{new.seconds / old.seconds:.2f}×"
                )
    finally:
        if scratch is not None:
            shutil.rmtree(folder / "bulk-mentions", ignore_errors=True)
            scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
