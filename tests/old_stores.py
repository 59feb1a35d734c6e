"""A store of today taken back to an older schema, as an earlier version left it.

``tests/data/store_v1.sqlite3`` is the first release's store, frozen; these helpers
make an old store of any size from a current one (the seeded corpus, a scaled
benchmark store), so the upgrade a window runs on open can be met at scale.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# What migrations 0013–0017 added to a store file (0014–0017 add nothing to one).
UNDO_AFTER_0012 = """
ALTER TABLE annotations DROP COLUMN made_by;
ALTER TABLE mention_reviews DROP COLUMN reviewed_by;
ALTER TABLE capacity_rows DROP COLUMN edited_by;
ALTER TABLE cluster_rows DROP COLUMN edited_by;
DELETE FROM _sqlite_migrations
    WHERE name IN ('0013_who_wrote', '0014_change_notices', '0015_search_texts',
        '0016_text_in_code_point_order', '0017_case_folded_as_in_a_file');
"""

# What migrations 0011 and 0012 added, dropped in the order that undoes them.
_UNDO_0011_0012 = """
DROP TABLE document_tags;
DROP TRIGGER library_documents_insert;
DROP TRIGGER library_documents_update;
DROP TRIGGER library_occurrences_insert;
DROP TRIGGER library_occurrences_delete;
DROP TRIGGER library_annotations_insert;
DROP TRIGGER library_annotations_delete;
DROP TRIGGER library_annotations_move;
DROP TRIGGER entity_counts_mention_insert;
DROP TRIGGER entity_counts_mention_delete;
DROP TRIGGER entity_counts_mention_update;
DROP TRIGGER entity_counts_review_insert;
DROP TRIGGER entity_counts_review_delete;
DROP TRIGGER entity_counts_review_rejected;
DROP TRIGGER entity_counts_review_unrejected;
DROP TRIGGER mention_reviews_keep_span;
DROP TABLE library_entries;
DROP TABLE entity_counts_deferred;
DROP TABLE entity_counts;
DROP INDEX mentions_entity;
CREATE INDEX mentions_canonical ON mentions(canonical, type);
DELETE FROM _sqlite_migrations
    WHERE name IN ('0011_entity_counts', '0012_document_tags');
"""


def as_schema_0010(path: Path) -> None:
    """Take the store at ``path`` (of this version's schema) back to schema 0010, in place."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript("BEGIN IMMEDIATE;" + UNDO_AFTER_0012 + _UNDO_0011_0012 + "COMMIT;")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def team_store_as_schema_0014(conn) -> None:
    """Take the team store ``conn`` (a psycopg connection, autocommit) back to before
    migration 0015, as an earlier version left it: its tables, function, triggers and
    record gone and the bigrams' triggers writing the bigrams alone, lower-cased by
    ``lower()`` (0017's fold gone too; 0016 finds its columns changed already)."""
    from workbench.core.store.postgres_schema import SEARCH_ROW

    conn.execute(
        "CREATE OR REPLACE FUNCTION wb_bigrams(value text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
        "SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector) "
        "FROM (SELECT c || lead(c, 1, '龖') OVER (ORDER BY n) AS pair "
        "FROM unnest(string_to_array(lower(value), NULL)) WITH ORDINALITY AS u(c, n)) p $$"
    )
    conn.execute("DROP FUNCTION wb_search_fold(text), wb_lower(text)")

    conn.execute("DROP TABLE search_texts, search_totals")
    conn.execute("DROP FUNCTION search_bigrams_matching(tsquery)")
    for name in ("insert", "delete", "update"):
        conn.execute(f"DROP FUNCTION search_totals_{name}_row()")
    for event in ("insert", "update"):
        conn.execute(
            f"CREATE OR REPLACE FUNCTION search_bigrams_{event}_row() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$\nBEGIN\n{SEARCH_ROW}\nRETURN NULL;\nEND\n$$"
        )
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN ('0015_search_texts', "
        "'0016_text_in_code_point_order', '0017_case_folded_as_in_a_file')"
    )
