"""What the quick check costs when a store opens, against opening without it, same run.

Builds stores of growing size (the bundled corpus ingested, then its documents
copied with new identities, so the full-text index grows with them), then times
``Store(path)`` with the check and with a zero budget (the check interrupted at
once: the cost of opening alone), and the check run to the end.  The check
counts as not done past ``QUICK_CHECK_BUDGET_SECONDS``: the last column says
whether it finished within the bound.

    .venv/bin/python bench/bench_store_open.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of

from workbench.core.ingest import store_corpus_files
from workbench.core.store import Store, database

COPIES = (0, 16, 64, 256)


def grow(path: Path, copies: int) -> None:
    conn = sqlite3.connect(path)
    columns = (
        "kind, title, title_simplified, text, text_simplified, raw_text, script, "
        "publisher, publish_date, pages, headings"
    )
    selected = columns.replace("text_simplified", "? || text_simplified")
    originals = conn.execute("SELECT max(id) FROM documents").fetchone()[0]
    with conn:
        for copy in range(copies):
            conn.execute(
                f"INSERT INTO documents (content_hash, {columns}) "
                f"SELECT hex(randomblob(32)), {selected} "
                "FROM documents WHERE id <= ?",
                (f"第{copy}版", originals),
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def full_check_seconds(path: Path) -> float:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return best_of(lambda: conn.execute("PRAGMA quick_check").fetchall(), repeat=3)
    finally:
        conn.close()


def open_seconds(path: Path, budget: float) -> float:
    database.QUICK_CHECK_BUDGET_SECONDS = budget

    def once() -> None:
        database._checked_files.clear()  # as a new process would: checked again
        Store(path).close()

    return best_of(once, repeat=3)


def main() -> None:
    bound = database.QUICK_CHECK_BUDGET_SECONDS
    print(f"quick check bound: {bound * 1000:.0f} ms")
    print(f"{'MB':>7} {'open, no check':>15} {'open + check':>13} {'ratio':>6} "
          f"{'check alone':>12} {'finished':>9}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.sqlite3"
        with Store(base) as store:
            store_corpus_files(store)
        for copies in COPIES:
            path = Path(folder) / f"store-{copies}.sqlite3"
            path.write_bytes(base.read_bytes())
            grow(path, copies)
            size = path.stat().st_size / 1e6
            plain = open_seconds(path, 0.0)
            checked = open_seconds(path, bound)
            alone = full_check_seconds(path)
            print(
                f"{size:7.1f} {plain * 1000:12.1f} ms {checked * 1000:10.1f} ms "
                f"{checked / plain:6.1f} {alone * 1000:9.1f} ms {alone <= bound!s:>9}"
            )
            path.unlink()
    database.QUICK_CHECK_BUDGET_SECONDS = bound


if __name__ == "__main__":
    main()
