"""Numbered schema migrations.  Never edit an applied migration: add the next one.

A store written by any earlier version opens and is upgraded in place; each
migration runs in its own transaction together with the record that it ran.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("workbench")


def run_statements(db: Database, script: str) -> None:
    """Run statements separated by lines holding only ``;;``.

    ``executescript`` would commit the migration's transaction half way, so each
    statement is executed on its own inside it.
    """
    for statement in script.split("\n;;\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_documents")
def m0001_documents(db: Database) -> None:
    run_statements(
        db,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            title_simplified TEXT NOT NULL,
            text TEXT NOT NULL,
            text_simplified TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            script TEXT NOT NULL,
            publisher TEXT,
            publish_date TEXT,
            pages INTEGER,
            headings TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
;;
        CREATE TABLE source_files (
            name TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            encoding TEXT NOT NULL,
            layout TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
;;
        CREATE TABLE occurrences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source_file TEXT NOT NULL,
            line INTEGER NOT NULL,
            tag TEXT,
            UNIQUE (document_id, source_file, line)
        )
;;
        CREATE INDEX occurrences_document ON occurrences(document_id)
;;
        CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            source_file TEXT NOT NULL,
            line INTEGER NOT NULL,
            -- the same comment under the same article in two files is one comment
            UNIQUE (document_id, text)
        )
;;
        CREATE INDEX comments_document ON comments(document_id)
;;
        -- Trigram index over the Simplified copies: both scripts match one query.
        -- Queries shorter than three characters are answered with instr() instead.
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title_simplified, text_simplified,
            content='documents', content_rowid='id', tokenize='trigram case_sensitive 0'
        )
;;
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title_simplified, text_simplified)
            VALUES (new.id, new.title_simplified, new.text_simplified);
        END
;;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title_simplified, text_simplified)
            VALUES ('delete', old.id, old.title_simplified, old.text_simplified);
        END
;;
        CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title_simplified, text_simplified)
            VALUES ('delete', old.id, old.title_simplified, old.text_simplified);
            INSERT INTO documents_fts(rowid, title_simplified, text_simplified)
            VALUES (new.id, new.title_simplified, new.text_simplified);
        END
;;
        """,
    )


@migrations(name="0002_mentions_and_annotations")
def m0002_mentions_and_annotations(db: Database) -> None:
    run_statements(
        db,
        """
        -- Machine-found entity mentions, recomputed from the text at will.
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            canonical TEXT NOT NULL,
            value_low REAL,
            value_high REAL,
            unit TEXT,
            CHECK (start >= 0 AND "end" > start)
        )
;;
        CREATE INDEX mentions_document ON mentions(document_id, start)
;;
        CREATE INDEX mentions_canonical ON mentions(canonical, type)
;;
        -- Which documents have had recognition run, and by which recogniser version.
        CREATE TABLE recognition_runs (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            recognizer_version TEXT NOT NULL,
            mention_count INTEGER NOT NULL,
            ran_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
;;
        -- An analyst's verdict on a machine mention, keyed by span and type rather
        -- than mention id so that it survives recognition being run again.
        CREATE TABLE mention_reviews (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
            reviewed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (document_id, start, "end", type)
        )
;;
        -- The analyst's own spans.  Overlapping and nested spans are allowed.
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CHECK (start >= 0 AND "end" > start)
        )
;;
        CREATE INDEX annotations_document ON annotations(document_id, start)
        """,
    )
