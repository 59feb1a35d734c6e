"""The workbench on stores 1×, 10×, 100× and 1000× the bundled corpus.

Stores are built by ``scale_store.build_scaled_store`` (each copy of the corpus
varied: names and digits substituted, so the vocabulary grows) into ``--keep``
(reused when already there) or a temporary folder.  For each size, printed as
absolute medians and as ratios to the 1× figures of the same run:

- search: the eight queries, median and worst of ``--repeat`` runs at a limit of
  50, each checked to find the same documents as a brute-force scan;
- the window: process launch to its first paint (bench/first_paint.py, a fresh
  process each time), and the longest event-loop gap in the seconds after it
  while the panels fill (a 10 ms timer).

Then, once, on the corpus: cold start against a bare PySide6 + pyqtgraph window;
writing the corpus's mentions the pipeline's way against plain ``executemany``
into the same schema (``measure_bulk_mentions``, also run alone by
bench/bench_mentions.py); recognition against ``rjieba.tag`` on the same
Simplified text.

    .venv/bin/python bench/bench_scale.py --sizes 1,10,100 --keep /tmp/scale
    .venv/bin/python bench/bench_scale.py --sizes 1000 --keep /tmp/scale --window-only
    .venv/bin/python bench/bench_scale.py --sizes 1000 --keep /tmp/scale --search-only
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from bench_search import brute_force, timed  # noqa: E402
from bench_startup import compare_starts, environment, first_paint  # noqa: E402
from scale_store import build_scaled_store, corpus_store  # noqa: E402
from timing import best_of  # noqa: E402

from workbench.core.search import search  # noqa: E402
from workbench.core.search_index import update_search_index  # noqa: E402
from workbench.core.store import Store  # noqa: E402

QUERIES = ["产能", "芯片", "台积电", "CoWoS", "先进制造业集群", "芯片 出口", '"先进封装"', "镍"]
LIMIT = 50


def bench_folder(keep: Path | None) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    """``keep`` (made if missing), or a temporary folder with its handle to clean up."""
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        return keep, None
    scratch = tempfile.TemporaryDirectory()
    return Path(scratch.name), scratch


def sized_store(folder: Path, factor: int) -> Path:
    if factor == 1:
        return corpus_store(folder)
    path = folder / f"scaled-{factor}x.sqlite3"
    if not path.exists():
        began = time.perf_counter()
        partial = folder / f"scaled-{factor}x.partial.sqlite3"
        build_scaled_store(partial, factor, corpus_store(folder))
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(partial) + suffix)
            if source.exists():
                source.replace(Path(str(path) + suffix))
        print(f"  built {path.name} in {time.perf_counter() - began:.0f} s", flush=True)
    return path


def measure_search(path: Path, repeat: int) -> dict[str, tuple[float, float, bool]]:
    results = {}
    with Store(path) as store:
        update_search_index(store)  # an upgraded store's pending documents
        conn = store.conn
        for query in QUERIES:
            found = {hit.document_id for hit in search(conn, query, limit=10_000_000)}
            same = found == brute_force(conn, query)
            median, worst = timed(lambda q=query: search(conn, q, limit=LIMIT), repeat)
            results[query] = (median, worst, same)
    return results


def measure_window(path: Path, env: dict, runs: int) -> tuple[float, float]:
    first_paint(["workbench", str(path), "--settle", "0.1"], env)  # file cache, caches
    paints, gaps = [], []
    for _ in range(runs):
        seconds, report = first_paint(["workbench", str(path), "--settle", "3"], env)
        paints.append(seconds)
        gaps.append(report["longest_gap"])
    return statistics.median(paints), max(gaps)


BULK_WAYS = {
    "bare": "executemany, a bare table (no index, foreign key or trigger)",
    "indexed": "executemany, the table's indexes and foreign key, no trigger",
    "triggers": "executemany, the whole schema (the row triggers count each row)",
    "per_document": "the pipeline before: one transaction per document",
    "batched": "the pipeline now: batches in one transaction each",
    "batched_mentions": "  the same, the mentions alone (no entity records)",
}


def measure_bulk_mentions(corpus: Path, folder: Path, repeat: int = 3) -> dict[str, float]:
    """Seconds (best of ``repeat``) to write every mention of the store ``corpus`` into a
    copy of it emptied of mentions, each of the ``BULK_WAYS``.

    The three ``executemany`` ways insert the same rows in one transaction: into a copy
    whose mentions table lost its indexes, foreign key and triggers; lost its triggers
    only; or is as the store has it.  The pipeline's ways write what recognition
    hands over, mentions and their entity records (``pipeline.batch.write_recognised``),
    one transaction per document as before, or through the pipeline's ``Batch``
    (and once more without the entity records, for the cost of the mentions alone).
    """
    from workbench.core.pipeline.batch import Batch, Finished, write_recognised

    with Store(corpus) as store:
        documents = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY id")]
        rows = [
            tuple(r)
            for r in store.conn.execute(
                'SELECT document_id, start, "end", type, text, canonical, value_low, '
                "value_high, unit FROM mentions ORDER BY document_id, start"
            )
        ]
        sources = {
            (c, t): s
            for c, t, s in store.conn.execute("SELECT canonical, type, source FROM entities")
        }
        version = store.conn.execute(
            "SELECT recognizer_version FROM recognition_runs LIMIT 1"
        ).fetchone()[0]

    class Mention:
        __slots__ = ("canonical", "end", "start", "text", "type", "value")

        def __init__(self, row):
            self.start, self.end, self.type, self.text, self.canonical = row[1:6]
            self.value = {"low": row[6], "high": row[7], "unit": row[8]} if row[6] else None

    found: dict[int, list] = {d: [] for d in documents}
    for row in rows:
        found[row[0]].append(Mention(row))
    entities = {
        d: {(m.canonical, m.type, sources.get((m.canonical, m.type), "rule")) for m in ms}
        for d, ms in found.items()
    }
    scratch = folder / "bulk-mentions"
    scratch.mkdir(exist_ok=True)

    def fresh_copy(way: str) -> Path:
        target = scratch / f"{way}.sqlite3"
        for old in scratch.glob(f"{way}.sqlite3*"):
            old.unlink()
        shutil.copy(corpus, target)
        with Store(target) as store:
            conn = store.conn
            conn.execute("DELETE FROM mentions")
            if way in ("bare", "indexed"):
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'mentions'"
                ).fetchall():
                    conn.execute(f"DROP TRIGGER {name}")
            if way == "bare":
                conn.execute("DROP INDEX mentions_document")
                conn.execute("DROP INDEX mentions_entity")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return target

    def executemany(store: Store) -> None:
        conn = store.conn
        conn.execute("BEGIN")
        conn.executemany(
            'INSERT INTO mentions (document_id, start, "end", type, text, canonical, '
            "value_low, value_high, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")

    def per_document(store: Store) -> None:
        for d in documents:
            with store.transaction():
                write_recognised(store.conn, [(d, found[d], entities[d])], version)

    def batched(store: Store, records: bool = True) -> None:
        batch = Batch(store, version)
        for d in documents:
            batch.add(Finished(d, (False, d), found[d], entities[d] if records else set()))
            if batch.full:
                batch.write()
        batch.write()

    writes = {
        "bare": executemany,
        "indexed": executemany,
        "triggers": executemany,
        "per_document": per_document,
        "batched": batched,
        "batched_mentions": lambda store: batched(store, records=False),
    }
    best: dict[str, float] = {}
    for _ in range(repeat):
        for way, write in writes.items():
            with Store(fresh_copy(way)) as store:
                if way == "bare":
                    store.conn.execute("PRAGMA foreign_keys=OFF")
                began, began_cpu = time.perf_counter(), time.process_time()
                write(store)
                seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
            best[way] = min(best.get(way, seconds), seconds)
            best[f"{way} cpu"] = min(best.get(f"{way} cpu", cpu), cpu)
    best["mentions"] = len(rows)
    best["documents"] = len(documents)
    return best


def print_bulk_mentions(timings: dict[str, float]) -> None:
    """Wall-clock and CPU times (this process's, so less disturbed by other work on a
    busy machine), each as a ratio to the plain executemany with indexes."""
    base, base_cpu = timings["indexed"], timings["indexed cpu"]
    print(
        f"bulk mentions ({int(timings['mentions']):,} in {int(timings['documents']):,} "
        "documents), best of each: wall ms, ratio; CPU ms, ratio (to the executemany "
        "with indexes)"
    )
    for way, what in BULK_WAYS.items():
        wall, cpu = timings[way], timings[f"{way} cpu"]
        print(
            f"  {what:62} {wall * 1000:7.1f} {wall / base:5.2f}×"
            f"  {cpu * 1000:7.1f} {cpu / base_cpu:5.2f}×"
        )


def measure_recognition(
    corpus: Path, repeat: int = 3, clock=time.perf_counter
) -> tuple[float, float, int]:
    """Recognising every document's Simplified text against ``rjieba.tag`` over the
    same texts, each warmed up, the best of ``repeat`` runs by ``clock``."""
    import rjieba

    from workbench.core.nlp import default_recognizer

    with Store(corpus) as store:
        texts = [r[0] for r in store.conn.execute("SELECT text_simplified FROM documents")]
    recognizer = default_recognizer()
    recognizer.recognise(texts[0])
    rjieba.tag(texts[0])
    tag = best_of(lambda: [rjieba.tag(t) for t in texts], repeat, clock)
    recognise = best_of(lambda: [recognizer.recognise(t) for t in texts], repeat, clock)
    return recognise, tag, sum(len(t) for t in texts)


def print_windows(sizes, windows, sizes_on_disk=None) -> None:
    print("\nwindow: launch to first paint (median), longest event-loop gap after it")
    for factor in sizes:
        paint, gap = windows[factor]
        ratio = paint / windows[1][0]
        line = f"{factor:>6}×  {paint * 1000:7.0f} ms  {ratio:5.2f}× 1×   gap {gap * 1000:5.0f} ms"
        if sizes_on_disk is not None:
            count, size = sizes_on_disk[factor]
            line += f"   ({count:,} documents, {size / 1e6:,.0f} MB)"
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--keep", type=Path, help="folder for the stores (kept, reused)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per search query")
    parser.add_argument("--window-runs", type=int, default=3)
    parser.add_argument(
        "--window-only", action="store_true", help="the window's first paint and gap only"
    )
    parser.add_argument("--search-only", action="store_true", help="the search measures only")
    args = parser.parse_args()
    if args.window_only and args.search_only:
        parser.error("--window-only and --search-only exclude each other")
    sizes = sorted({1, *(int(s) for s in args.sizes.split(","))})
    folder, scratch = bench_folder(args.keep)
    env = environment(folder)
    failed = False
    searched, windows, sizes_on_disk = {}, {}, {}
    for factor in sizes:
        print(f"== {factor}×", flush=True)
        path = sized_store(folder, factor)
        with sqlite3.connect(path) as conn:
            count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        sizes_on_disk[factor] = (count, path.stat().st_size)
        if not args.window_only:
            searched[factor] = measure_search(path, args.repeat)
        if not args.search_only:
            windows[factor] = measure_window(path, env, args.window_runs)
    if args.window_only:
        print_windows(sizes, windows, sizes_on_disk)
        return 0
    base_search = searched[1]
    print("\nsearch, limit 50: median / worst (ms), median as a ratio to 1×, same documents")
    print(f"{'query':16}" + "".join(f"{f'{f}×':>26}" for f in sizes))
    for query in QUERIES:
        cells = []
        for factor in sizes:
            median, worst, same = searched[factor][query]
            failed |= not same
            ratio = median / base_search[query][0]
            mark = "" if same else " DIFFERENT"
            cells.append(f"{median * 1000:6.1f} /{worst * 1000:6.1f} {ratio:5.1f}×{mark}")
        print(f"{query:16}" + "".join(f"{c:>26}" for c in cells))
    for factor in sizes:
        medians = [searched[factor][q][0] for q in QUERIES]
        worst = max(searched[factor][q][1] for q in QUERIES)
        count, size = sizes_on_disk[factor]
        print(
            f"{factor}×: {count:,} documents, {size / 1e6:,.0f} MB; search median of medians "
            f"{statistics.median(medians) * 1000:.1f} ms, worst {worst * 1000:.1f} ms"
        )
    if args.search_only:
        return 1 if failed else 0
    print_windows(sizes, windows)
    corpus = corpus_store(folder)
    starts = compare_starts(corpus, env, 5)
    print(
        f"\ncold start: workbench {starts['workbench'] * 1000:.0f} ms, skeleton "
        f"{starts['skeleton'] * 1000:.0f} ms, ratio {starts['workbench'] / starts['skeleton']:.2f}"
        f" (pandas before the paint: {starts['pandas']})"
    )
    print_bulk_mentions(measure_bulk_mentions(corpus, folder))
    recognise, tag, characters = measure_recognition(corpus)
    print(
        f"recognition of the corpus ({characters:,} characters): {recognise * 1000:.0f} ms, "
        f"rjieba.tag {tag * 1000:.0f} ms, ratio {recognise / tag:.2f}"
    )
    if scratch is not None:
        scratch.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
