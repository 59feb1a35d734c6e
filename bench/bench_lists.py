"""The Library and Entities models on the corpus and on stores N times it: time to the
first rows, to sort and to filter, against the code of schema 0010 in the same run.

Today's models read ``library_entries`` and ``entity_counts`` (kept by triggers at
write time, migration 0011) a page at a time; the old code read every document's
row with ``length(text)`` and aggregated every mention with a correlated NOT EXISTS
on each open, then sorted in Python.  Both are timed on the same store (today's as
the model built and its first rows painted; the old as its reads and Python work
only, no model or painting, so the ratios understate the difference); the old
entity index must hold exactly what ``entity_counts`` holds (the script exits 1 if
not).  Keeping the counts costs writes: the mentions of the first 400 documents are
written again (``replace_mentions``, one transaction per document as recognition
does) on a copy
of the store with the triggers and on one put back to schema 0010, and migration
0011 is timed filling the tables of that copy.

    .venv/bin/python bench/bench_lists.py --factors 1,100
    .venv/bin/python bench/bench_lists.py --db /tmp/x/100x.sqlite3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scale_store import build_scaled_store, corpus_store

from tests.list_counts import as_schema_before_0011
from workbench.core.script import to_simplified
from workbench.core.store import Store
from workbench.core.store.library import LibraryRow
from workbench.core.store.mentions import EntityEntry, replace_mentions

SHOWN = 40  # rows a view paints at once
WRITTEN = 400  # documents whose mentions are written again per store

# -- the code of schema 0010, as it was ----------------------------------------------

OLD_LIBRARY = """
    SELECT d.id, d.title, d.kind,
           coalesce((SELECT group_concat(DISTINCT o.tag) FROM occurrences o
                     WHERE o.document_id = d.id AND o.tag IS NOT NULL), ''),
           coalesce(d.publisher, ''), coalesce(d.publish_date, ''), d.script,
           length(d.text),
           coalesce((SELECT mention_count FROM recognition_runs r
                     WHERE r.document_id = d.id), 0),
           (SELECT count(*) FROM annotations a WHERE a.document_id = d.id),
           coalesce((SELECT group_concat(DISTINCT o.source_file) FROM occurrences o
                     WHERE o.document_id = d.id), '')
    FROM documents d ORDER BY d.id
"""

OLD_ENTITIES = """
    SELECT m.canonical, m.type, count(*), count(DISTINCT m.document_id) FROM mentions m
    WHERE NOT EXISTS (SELECT 1 FROM mention_reviews r WHERE r.document_id = m.document_id
          AND r.start = m.start AND r."end" = m."end" AND r.type = m.type
          AND r.verdict = 'rejected') {extra}
    GROUP BY m.canonical, m.type ORDER BY count(*) DESC, m.canonical
"""


def old_replace_mentions(conn, document_id: int, mentions, version: str) -> int:
    """``replace_mentions`` of schema 0010: nothing counted."""
    rows = [
        (document_id, m.start, m.end, m.type, m.text, m.canonical, *_value(m)) for m in mentions
    ]
    conn.execute("DELETE FROM mentions WHERE document_id = ?", (document_id,))
    conn.executemany(
        'INSERT INTO mentions (document_id, start, "end", type, text, canonical, '
        "value_low, value_high, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO recognition_runs (document_id, recognizer_version, mention_count) "
        "VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
        "recognizer_version = excluded.recognizer_version, "
        "mention_count = excluded.mention_count, ran_at = excluded.ran_at",
        (document_id, version, len(rows)),
    )
    conn.execute("DELETE FROM extraction_runs WHERE document_id = ?", (document_id,))
    return len(rows)


def _value(m) -> tuple:
    value = m.value or {}
    return value.get("low"), value.get("high"), value.get("unit")


def old_library(conn) -> list[LibraryRow]:
    rows = [LibraryRow(*row) for row in conn.execute(OLD_LIBRARY)]
    # what the old model computed next for its filter box
    _keys = [to_simplified(f"{r.title}\n{r.publisher}\n{r.tags}").lower() for r in rows]
    return rows


def old_entities(conn, contains: str | None = None) -> list[EntityEntry]:
    extra, params = ("AND instr(m.canonical, ?) > 0", [contains]) if contains else ("", [])
    entries = [EntityEntry(*row) for row in conn.execute(OLD_ENTITIES.format(extra=extra), params)]
    ordered = sorted(entries, key=lambda e: e.canonical)  # the old model's sort
    ordered.sort(key=lambda e: e.mentions, reverse=True)
    return ordered


# -- timing -------------------------------------------------------------------------


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def paint(model, rows: int = SHOWN) -> None:
    """What a view asks to paint the first rows."""
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data()


def measure_models(path: Path, repeat: int) -> tuple[dict[str, tuple[float, float]], bool]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from workbench.models.entity_models import EntityIndexModel
    from workbench.models.library_model import COLUMN, LibraryModel
    from workbench.models.session import Session

    _app = QApplication.instance() or QApplication([])
    out: dict[str, tuple[float, float]] = {}
    with Store(path) as store:
        conn = store.conn
        session = Session(store)

        def library_first():
            paint(LibraryModel(session))

        def entities_first():
            paint(EntityIndexModel(session))

        out["Library: first rows"] = (
            median_ms(library_first, repeat),
            median_ms(lambda: old_library(conn)[:SHOWN], repeat),
        )
        library = LibraryModel(session)
        rows = old_library(conn)
        length = COLUMN["length"]
        orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * repeat)

        def library_sort():
            library.sort(length, next(orders))
            paint(library)

        out["Library: sort by length"] = (
            median_ms(library_sort, repeat),
            median_ms(lambda: sorted(rows, key=lambda r: r.length, reverse=True), repeat),
        )
        out["Entities: first rows"] = (
            median_ms(entities_first, repeat),
            median_ms(lambda: old_entities(conn)[:SHOWN], repeat),
        )
        entities = EntityIndexModel(session)
        entries = old_entities(conn)
        names = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * repeat)

        def entities_sort():
            entities.sort(0, next(names))
            paint(entities)

        out["Entities: sort by name"] = (
            median_ms(entities_sort, repeat),
            median_ms(lambda: sorted(entries, key=lambda e: e.canonical), repeat),
        )
        entities.sort(2, Qt.SortOrder.DescendingOrder)
        typed = iter(["电", "科技", "电", "科技"] * repeat)

        def entities_filter():
            entities.set_filter(None, next(typed))
            paint(entities)
            entities.total_count()

        out["Entities: filter typed"] = (
            median_ms(entities_filter, repeat),
            median_ms(lambda: old_entities(conn, "电"), repeat),
        )
        stored = {
            (c, t): (m, d)
            for c, t, m, d in conn.execute(
                "SELECT canonical, type, mentions, documents FROM entity_counts"
            )
        }
        same = stored == {(e.canonical, e.type): (e.mentions, e.documents) for e in entries}
    return out, same


def measure_writes(path: Path, scratch: Path) -> dict[str, float]:
    """Seconds to write every mention of the first documents again, with the kept counts
    and without (schema 0010), and for migration 0011 to fill the tables."""
    out = {}
    kept, old = scratch / "kept.sqlite3", scratch / "old.sqlite3"
    for copy in (kept, old):
        for leftover in scratch.glob(copy.name + "*"):
            leftover.unlink()
        shutil.copy(path, copy)
    as_schema_before_0011(old)
    for label, copy in (("with kept counts", kept), ("schema 0010", old)):
        conn = Store(copy).conn if copy is kept else None
        if conn is None:  # the old schema, opened without upgrading it
            import sqlite3

            conn = sqlite3.connect(copy, isolation_level=None)
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        documents = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
        documents = documents[:WRITTEN]
        found = {d: _found(conn, d) for d in documents}
        write = replace_mentions if copy is kept else old_replace_mentions
        began = time.perf_counter()
        for document_id in documents:
            conn.execute("BEGIN")
            write(conn, document_id, found[document_id], "bench")
            conn.execute("COMMIT")
        out[f"rewrite mentions, {label}"] = time.perf_counter() - began
        conn.close()
    import sqlite_utils  # noqa: F401  (loaded for upgrades only: not what is timed)

    began = time.perf_counter()
    Store(old).close()  # upgrades: migration 0011 fills the tables
    out["migration 0011 filling the tables"] = time.perf_counter() - began
    return out


class _Found:
    __slots__ = ("canonical", "end", "start", "text", "type", "value")

    def __init__(self, row):
        self.start, self.end, self.type, self.text, self.canonical = row[:5]
        self.value = None if row[5] is None else {"low": row[5], "high": row[6], "unit": row[7]}


def _found(conn, document_id: int) -> list[_Found]:
    rows = conn.execute(
        'SELECT start, "end", type, text, canonical, value_low, value_high, unit '
        "FROM mentions WHERE document_id = ? ORDER BY start",
        (document_id,),
    )
    return [_Found(tuple(r)) for r in rows]


def describe(path: Path) -> str:
    with Store(path) as store:
        conn = store.conn
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        entities = conn.execute("SELECT count(*) FROM entity_counts").fetchone()[0]
    size = path.stat().st_size / 1e6
    return f"{documents:,} documents, {mentions:,} mentions, {entities:,} entities, {size:,.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factors", default="1,100", help="store sizes, times the corpus")
    parser.add_argument("--db", type=Path, action="append", help="a store to measure instead")
    parser.add_argument("--folder", type=Path, help="where to keep the stores built")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.gettempdir()) / "bench_lists"
    folder.mkdir(parents=True, exist_ok=True)
    if args.db:
        stores = [(p.name, p) for p in args.db]
    else:
        stores = []
        for factor in (int(f) for f in args.factors.split(",")):
            path = folder / f"{factor}x.sqlite3"
            if factor == 1:
                path = corpus_store(folder)
            elif not path.exists():
                build_scaled_store(path, factor, corpus_store(folder), verbose=True)
            stores.append((f"{factor}×", path))
    ok = True
    for label, path in stores:
        print(f"\n{label}: {describe(path)}")
        timings, same = measure_models(path, args.repeat)
        ok &= same
        print(f"  {'':28} {'now ms':>9} {'old ms':>9} {'old/now':>8}")
        for what, (now, old) in timings.items():
            print(f"  {what:28} {now:9.1f} {old:9.1f} {old / now:8.1f}")
        print(f"  old entity index equals entity_counts: {'yes' if same else 'NO'}")
        with tempfile.TemporaryDirectory(dir=folder) as scratch:
            writes = measure_writes(path, Path(scratch))
        kept = writes["rewrite mentions, with kept counts"]
        plain = writes["rewrite mentions, schema 0010"]
        for what, seconds in writes.items():
            print(f"  {what:40} {seconds * 1000:9.0f} ms")
        print(f"  writing mentions with the counts kept: {kept / plain:.1f}× schema 0010")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
