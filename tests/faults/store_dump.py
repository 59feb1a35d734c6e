"""What a store holds, as an analyst would compare two stores: no ids, no timestamps.

Every row is keyed by its document's content hash, and a capacity row merged into
another by that row's document and span, so two stores filled in different
runs (or orders of transactions) compare equal when they hold the same things.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.pipeline import pending_documents
from workbench.core.store import Store

HASH_OF = "(SELECT content_hash FROM documents d WHERE d.id = {}.document_id)"

CAPACITY = (
    "company, company_written, site, location, product, value_low, value_high, unit, period, "
    'year, status, investment_amount, investment_currency, start, "end", quote, review, note, '
    "scope, measure, std_low, std_high, std_unit, unit_qualifier, fact_key"
)
CLUSTERS = (
    'name, continent, country, region, industries, domain, rank, output, start, "end", quote, '
    "review, note"
)


def canonical(path: Path) -> dict[str, list[tuple]]:
    """Sorted tuples of the meaningful columns of every table the pipeline writes."""
    conn = sqlite3.connect(path)
    try:

        def rows(sql: str) -> list[tuple]:
            return sorted((tuple(r) for r in conn.execute(sql)), key=repr)

        def by_hash(table: str) -> str:
            return HASH_OF.format(table)

        capacity_columns = ", ".join(f"c.{column.strip()}" for column in CAPACITY.split(","))

        return {
            "documents": rows(
                "SELECT content_hash, kind, title, text, raw_text, script, publisher, "
                "publish_date, pages, headings FROM documents"
            ),
            "occurrences": rows(
                f"SELECT {by_hash('o')}, source_file, line, tag FROM occurrences o"
            ),
            "comments": rows(f"SELECT {by_hash('c')}, text, source_file, line FROM comments c"),
            "source_files": rows("SELECT name, content_hash, encoding, layout FROM source_files"),
            "imports": rows(
                f"SELECT {by_hash('i')}, file_name, file_hash, format, encoding, size_bytes "
                "FROM imports i"
            ),
            "pages": rows(f'SELECT {by_hash("p")}, page, start, "end" FROM document_pages p'),
            "near_duplicates": rows(
                f"SELECT {by_hash('n')}, (SELECT content_hash FROM documents d "
                "WHERE d.id = n.near_duplicate_of), similarity, measure FROM near_duplicates n"
            ),
            "mentions": rows(
                f'SELECT {by_hash("m")}, start, "end", type, text, canonical, value_low, '
                "value_high, unit FROM mentions m"
            ),
            "entities": rows("SELECT canonical, type, source FROM entities"),
            "capacity": rows(
                f'SELECT {by_hash("c")}, {capacity_columns}, {by_hash("t")}, t.start, t."end" '
                "FROM capacity_rows c "
                "LEFT JOIN capacity_rows t ON t.id = c.merged_into"
            ),
            "clusters": rows(f"SELECT {by_hash('c')}, {CLUSTERS} FROM cluster_rows c"),
            "annotations": rows(
                f'SELECT {by_hash("a")}, start, "end", type, note FROM annotations a'
            ),
            "runs": rows(
                f"SELECT {by_hash('r')}, r.recognizer_version, r.mention_count, "
                "e.extractor_version, e.capacity_rows, e.cluster_rows FROM recognition_runs r "
                "LEFT JOIN extraction_runs e USING (document_id)"
            ),
        }
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    """SQLite finds the file whole, every reference resolves, the search index matches."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO search_bigrams (search_bigrams) VALUES ('integrity-check')")
        # Every document is indexed, or waiting to be (an upgraded store), not both.
        indexed = {row[0] for row in conn.execute("SELECT id FROM search_bigrams_docsize")}
        waiting = {row[0] for row in conn.execute("SELECT document_id FROM search_pending")}
        documents = {row[0] for row in conn.execute("SELECT id FROM documents")}
        assert not indexed & waiting and indexed | waiting == documents
    finally:
        conn.close()


def pending(path: Path) -> list[int]:
    with Store(path) as store:
        return pending_documents(store.conn)


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()
