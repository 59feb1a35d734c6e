"""A store file's rows copied into a team store, for benchmarks at a size no ingest reaches
in minutes (the 1000x scaled store: 38,000 documents, 6.7 M mentions).

The team store is made first (``Store(url)``: its schema at the same migration), then
each table the analyst's work lives in is copied with PostgreSQL's COPY, in an order
that keeps the foreign keys; what the server's triggers keep (the Library's entries,
the entity counts, the search index) is built by them as the rows arrive, and what
only SQLite has (FTS5 tables, pending queues) is left out.  Ids are kept, and each
sequence is moved past the highest.

    .venv/bin/python bench/team_store_copy.py STORE.sqlite3 postgresql://…
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from workbench.core.store import Store  # noqa: E402

# Parents before children; the derived tables (library_entries, entity_counts,
# search_bigrams) are the server's triggers' to fill.
TABLES = (
    "source_files",
    "documents",
    "document_pages",
    "occurrences",
    "comments",
    "recognition_runs",
    "extraction_runs",
    "entities",
    "entity_aliases",
    "never_names",
    "mentions",
    "mention_reviews",
    "annotations",
    "capacity_rows",
    "cluster_rows",
    "imports",
    "document_signatures",
    "near_duplicates",
    "document_tags",
)
BATCH = 5_000


def _columns(sqlite: sqlite3.Connection, pg, table: str) -> list[str]:
    here = [row[1] for row in sqlite.execute(f"PRAGMA table_info({table})")]
    there = {
        row[0]
        for row in pg.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (table,)
        )
    }
    return [c for c in here if c in there]


def copy_store_file(source: Path, url: str, say=print) -> dict[str, int]:
    """Copy ``source``'s rows into the (new, empty) team store at ``url``; rows per table."""
    import psycopg

    Store(url).close()  # the schema, at the code's migration
    with Store(source) as upgraded:  # the file at the same migration
        upgraded.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copied: dict[str, int] = {}
    with psycopg.connect(url) as pg:
        for table in TABLES:
            began = time.perf_counter()
            columns = _columns(sqlite, pg, table)
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = sqlite.execute(f"SELECT {quoted} FROM {table}")
            count = 0
            with pg.cursor() as cursor, cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                while batch := rows.fetchmany(BATCH):
                    for row in batch:
                        copy.write_row(row)
                    count += len(batch)
            if "id" in columns:
                pg.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
            pg.commit()
            copied[table] = count
            say(f"{table}: {count:,} rows in {time.perf_counter() - began:.1f} s")
        pg.execute("ANALYZE")
        pg.commit()
    sqlite.close()
    return copied


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    began = time.perf_counter()
    copy_store_file(Path(sys.argv[1]), sys.argv[2])
    print(f"copied in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
