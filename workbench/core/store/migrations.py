"""Numbered schema migrations.  Never edit an applied migration: add the next one.

A store written by any earlier version opens and is upgraded in place; each
migration runs in its own transaction together with the record that it ran.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import postgres_schema
from .migration_set import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = MigrationSet("workbench")


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


@migrations(name="0003_sheets")
def m0003_sheets(db: Database) -> None:
    run_statements(
        db,
        """
        -- Curated sheets.  A row's source is a span of a document's canonical text;
        -- review is how far the analyst has vouched for it ('auto' rows came from
        -- extraction and are the only ones extraction may replace).
        CREATE TABLE capacity_rows (
            id INTEGER PRIMARY KEY,
            company TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            product TEXT NOT NULL DEFAULT '',
            value_low REAL,
            value_high REAL,
            unit TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT ''
                CHECK (period IN ('', 'per month', 'per year', 'total')),
            year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
            status TEXT NOT NULL DEFAULT ''
                CHECK (status IN ('', 'actual', 'planned', 'forecast')),
            investment_amount REAL,
            investment_currency TEXT NOT NULL DEFAULT '',
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            start INTEGER,
            "end" INTEGER,
            quote TEXT NOT NULL DEFAULT '',
            review TEXT NOT NULL DEFAULT 'edited'
                CHECK (review IN ('auto', 'confirmed', 'edited', 'rejected')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CHECK (value_high IS NULL OR value_low IS NULL OR value_high >= value_low),
            CHECK (start IS NULL OR ("end" > start AND start >= 0))
        )
;;
        CREATE INDEX capacity_rows_source ON capacity_rows(document_id, start)
;;
        CREATE TABLE cluster_rows (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            continent TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            industries TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            rank INTEGER,
            output TEXT NOT NULL DEFAULT '',
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            start INTEGER,
            "end" INTEGER,
            quote TEXT NOT NULL DEFAULT '',
            review TEXT NOT NULL DEFAULT 'edited'
                CHECK (review IN ('auto', 'confirmed', 'edited', 'rejected')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            CHECK (start IS NULL OR ("end" > start AND start >= 0))
        )
;;
        CREATE INDEX cluster_rows_source ON cluster_rows(document_id, start)
        """,
    )


@migrations(name="0004_imports")
def m0004_imports(db: Database) -> None:
    # Independent of 0003: touches only its own tables.
    run_statements(
        db,
        """
        -- Where an imported document came from.  Documents of the bundled corpus have
        -- no row here.  file_hash identifies the file's bytes; a file whose bytes or
        -- extracted text are already stored is reported as a duplicate and skipped.
        CREATE TABLE imports (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            file_path TEXT NOT NULL,
            file_hash TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT,
            size_bytes INTEGER NOT NULL,
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
;;
        CREATE INDEX imports_file_hash ON imports(file_hash)
;;
        -- Page ranges of a paged document's canonical text: [start, end) per page,
        -- tiling the text, so any span can say which page it is on.
        CREATE TABLE document_pages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, page),
            CHECK (page >= 1 AND start >= 0 AND "end" >= start)
        )
        """,
    )


@migrations(name="0005_content_hash_of_text")
def m0005_content_hash_of_text(db: Database) -> None:
    """One identity for every document: the SHA-256 of its canonical text (UTF-8).

    Bundled documents were keyed by kind, title and raw text, imported ones by
    their text with a prefix; both are recomputed so that duplicates of documents
    stored under either scheme are still found.  Two documents that already hold
    one text stay two: the later keeps a hash suffixed with its id.  The
    full-text index is kept by triggers on the text columns only, so rewriting
    the hashes does not rebuild it.
    """
    import hashlib

    run_statements(
        db,
        """
        DROP TRIGGER documents_fts_update
;;
        CREATE TRIGGER documents_fts_update
        AFTER UPDATE OF title_simplified, text_simplified ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title_simplified, text_simplified)
            VALUES ('delete', old.id, old.title_simplified, old.text_simplified);
            INSERT INTO documents_fts(rowid, title_simplified, text_simplified)
            VALUES (new.id, new.title_simplified, new.text_simplified);
        END
        """,
    )
    seen: set[str] = set()
    rows = db.execute("SELECT id, text FROM documents ORDER BY id").fetchall()
    for document_id, text in rows:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in seen:
            digest = f"{digest}:{document_id}"
        seen.add(digest)
        db.execute("UPDATE documents SET content_hash = ? WHERE id = ?", (digest, document_id))


@migrations(name="0006_extraction_runs")
def m0006_extraction_runs(db: Database) -> None:
    # Empty on an upgraded store: its documents are extracted once more, which also
    # fills the sheets of stores the command line ingested without them.
    run_statements(
        db,
        """
        -- Which documents have had their sheet rows extracted, by which extractor
        -- version.  Recognising a document again removes its row here: its sheet
        -- rows are computed from its mentions.
        CREATE TABLE extraction_runs (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            extractor_version TEXT NOT NULL,
            capacity_rows INTEGER NOT NULL,
            cluster_rows INTEGER NOT NULL,
            ran_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
        """,
    )


@migrations(name="0007_entities")
def m0007_entities(db: Database) -> None:
    # Existing stores get a record for every name their mentions carry; where
    # each came from is set right when the documents are next recognised.
    run_statements(
        db,
        """
        -- One record per entity: its canonical name and type, and where it came from.
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            canonical TEXT NOT NULL,
            type TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('dictionary', 'rule', 'model', 'analyst')),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (canonical, type)
        )
;;
        -- The analyst's lexicon: names taught for an entity.  ``name`` is the
        -- Simplified, width-folded form that recognition matches; ``written`` is
        -- the name as the analyst gave it.  A name stands for one entity per type.
        CREATE TABLE entity_aliases (
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            written TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            PRIMARY KEY (name, type)
        )
;;
        CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id)
;;
        -- Names the analyst said are never an entity, in any document.
        CREATE TABLE never_names (
            name TEXT PRIMARY KEY,
            written TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        )
;;
        INSERT INTO entities (canonical, type, source)
        SELECT DISTINCT canonical, type, 'rule' FROM mentions
        WHERE type IN ('ORG', 'GPE', 'PERSON', 'PRODUCT')
        """,
    )


@migrations(name="0008_capacity_facts")
def m0008_capacity_facts(db: Database) -> None:
    # Rows already in the sheet keep their company as written (it is also the
    # company until the document is extracted again) and get their figure in the
    # canonical unit now; the new extractor version re-extracts the ``auto`` rows.
    from ..units import normalise

    run_statements(
        db,
        """
        -- ``company`` is the canonical entity; ``company_written`` the name as the
        -- source writes it.
        ALTER TABLE capacity_rows ADD COLUMN company_written TEXT NOT NULL DEFAULT ''
;;
        ALTER TABLE capacity_rows ADD COLUMN scope TEXT NOT NULL DEFAULT 'company'
            CHECK (scope IN ('company', 'total', 'market'))
;;
        ALTER TABLE capacity_rows ADD COLUMN measure TEXT NOT NULL DEFAULT 'level'
            CHECK (measure IN ('level', 'addition'))
;;
        -- The figure in its kind's canonical unit (core/units.py), kept in step
        -- with value_low, value_high, unit and period on every write.
        ALTER TABLE capacity_rows ADD COLUMN std_low REAL
;;
        ALTER TABLE capacity_rows ADD COLUMN std_high REAL
;;
        ALTER TABLE capacity_rows ADD COLUMN std_unit TEXT NOT NULL DEFAULT ''
;;
        ALTER TABLE capacity_rows ADD COLUMN unit_qualifier TEXT NOT NULL DEFAULT ''
;;
        -- One fact, one row: extracted rows stating the same fact (company, site,
        -- figure, unit, year) share a key; all but one are merged into that one,
        -- which shows them as its further sources.
        ALTER TABLE capacity_rows ADD COLUMN fact_key TEXT
;;
        ALTER TABLE capacity_rows ADD COLUMN merged_into INTEGER
            REFERENCES capacity_rows(id) ON DELETE SET NULL
;;
        CREATE INDEX capacity_rows_fact ON capacity_rows(fact_key)
;;
        CREATE INDEX capacity_rows_merged ON capacity_rows(merged_into)
;;
        UPDATE capacity_rows SET company_written = company
        """,
    )
    rows = db.execute(
        "SELECT id, value_low, value_high, unit, period FROM capacity_rows"
    ).fetchall()
    for row_id, low, high, unit, period in rows:
        figure = normalise(low, high, unit, period)
        if figure is not None:
            db.execute(
                "UPDATE capacity_rows SET std_low = ?, std_high = ?, std_unit = ?, "
                "unit_qualifier = ? WHERE id = ?",
                (figure.low, figure.high, figure.unit, figure.qualifier, row_id),
            )


@migrations(name="0009_near_duplicates")
def m0009_near_duplicates(db: Database) -> None:
    # Only the tables: an upgraded store's signatures are made when the next
    # import or ingest starts (core/store/near_duplicates.py update_signatures),
    # on the worker thread and with progress, not while the window opens the
    # store; a new rensa algorithm makes them again the same way.
    run_statements(
        db,
        """
        -- A MinHash signature of each document's text (core/near_duplicates.py):
        -- ``scheme`` says how it was made, ``shingles`` how many distinct
        -- character 5-grams the text has, ``signature`` the 128 uint32 slots.
        CREATE TABLE document_signatures (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            scheme TEXT NOT NULL,
            shingles INTEGER NOT NULL CHECK (shingles >= 0),
            signature BLOB NOT NULL
        )
;;
        -- A check reads only the signatures of texts of a size that could match.
        CREATE INDEX document_signatures_size ON document_signatures(shingles)
;;
        -- A document that is the same article as an earlier one (another outlet's
        -- copy, the web page of a PDF): both are stored, and the later points to
        -- the earlier, which is never itself a near duplicate.  ``similarity`` is
        -- the share of shingles measured by ``measure``: Jaccard (shared / all) or
        -- containment (shared / the shorter text's).
        CREATE TABLE near_duplicates (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            near_duplicate_of INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            similarity REAL NOT NULL CHECK (similarity > 0 AND similarity <= 1),
            measure TEXT NOT NULL CHECK (measure IN ('jaccard', 'containment')),
            found_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            CHECK (near_duplicate_of < document_id)
        )
;;
        CREATE INDEX near_duplicates_of ON near_duplicates(near_duplicate_of)
        """,
    )


@migrations(name="0010_bigram_search_index")
def m0010_bigram_search_index(db: Database) -> None:
    # The bigram index answers every query length and replaces the trigram table
    # (core/search_index.py says why, and how it is kept).  Only the table here:
    # an upgraded store's documents are listed as pending and indexed when the
    # next import or ingest starts (search_index.update_search_index), on the
    # worker thread and with progress, not while the window opens the store;
    # search scans the pending documents meanwhile, so it finds the same.
    from ..search_index import SCHEMA

    run_statements(
        db,
        """
        DROP TRIGGER documents_fts_insert
;;
        DROP TRIGGER documents_fts_delete
;;
        DROP TRIGGER documents_fts_update
;;
        DROP TABLE documents_fts
        """,
    )
    run_statements(db, SCHEMA)
    db.execute("INSERT INTO search_pending (document_id) SELECT id FROM documents")


# -- 0011: the Library and the entity index kept at write time ---------------------

# A mention counts in the entity index unless the analyst rejected its span.
_LIVE = """NOT EXISTS (SELECT 1 FROM mention_reviews r WHERE r.document_id = {m}.document_id
            AND r.start = {m}.start AND r."end" = {m}."end" AND r.type = {m}.type
            AND r.verdict = 'rejected')"""


def _live(m: str) -> str:
    return _LIVE.format(m=m)


def _other_live(document: str, canonical: str, type_: str, exclude: str) -> str:
    """Whether the document holds another counted mention of the entity (besides
    mention ``exclude``): then it counts among the entity's documents already."""
    return f"""EXISTS (SELECT 1 FROM mentions o WHERE o.canonical = {canonical}
            AND o.type = {type_} AND o.document_id = {document} AND o.id != {exclude}
            AND {_live("o")})"""


def _count_mention(m: str, exclude: str) -> str:
    """Statements counting mention ``m`` (``new``/``old``) in the index."""
    return f"""
        INSERT INTO entity_counts (canonical, type, mentions, documents)
        SELECT {m}.canonical, {m}.type, 1,
               NOT {_other_live(f"{m}.document_id", f"{m}.canonical", f"{m}.type", exclude)}
        WHERE {_live(m)}
        ON CONFLICT (canonical, type) DO UPDATE SET mentions = mentions + 1,
            documents = documents + excluded.documents;"""


def _uncount_mention(m: str, exclude: str) -> str:
    """Statements taking mention ``m`` out of the index (if it counted)."""
    return f"""
        UPDATE entity_counts SET mentions = mentions - 1, documents = documents
            - NOT {_other_live(f"{m}.document_id", f"{m}.canonical", f"{m}.type", exclude)}
        WHERE canonical = {m}.canonical AND type = {m}.type AND {_live(m)};
        DELETE FROM entity_counts
        WHERE canonical = {m}.canonical AND type = {m}.type AND mentions <= 0;"""


_AT_SPAN = """m.document_id = {r}.document_id AND m.start = {r}.start
            AND m."end" = {r}."end" AND m.type = {r}.type"""


def _span_rejected(r: str) -> str:
    """The review ``r`` now rejects its span: the mentions there stop counting."""
    at = _AT_SPAN.format(r=r)
    return f"""
        UPDATE entity_counts SET
            mentions = mentions - (SELECT count(*) FROM mentions m
                                   WHERE {at} AND m.canonical = entity_counts.canonical),
            documents = documents - NOT EXISTS (
                SELECT 1 FROM mentions m WHERE m.canonical = entity_counts.canonical
                AND m.type = {r}.type AND m.document_id = {r}.document_id AND {_live("m")})
        WHERE type = {r}.type AND canonical IN (SELECT m.canonical FROM mentions m WHERE {at});
        DELETE FROM entity_counts WHERE type = {r}.type AND mentions <= 0
            AND canonical IN (SELECT m.canonical FROM mentions m WHERE {at});"""


def _span_counted(r: str) -> str:
    """The span of review ``r`` is no longer rejected: the mentions there count again."""
    at = _AT_SPAN.format(r=r)
    return f"""
        INSERT INTO entity_counts (canonical, type, mentions, documents)
        SELECT m.canonical, m.type, count(*), NOT EXISTS (
                SELECT 1 FROM mentions o WHERE o.canonical = m.canonical AND o.type = m.type
                AND o.document_id = {r}.document_id
                AND NOT (o.start = {r}.start AND o."end" = {r}."end") AND {_live("o")})
        FROM mentions m WHERE {at} GROUP BY m.canonical
        ON CONFLICT (canonical, type) DO UPDATE SET mentions = mentions + excluded.mentions,
            documents = documents + excluded.documents;"""


def _counted_now(m: str) -> str:
    return (
        f"NOT EXISTS (SELECT 1 FROM entity_counts_deferred d WHERE d.document_id = {m}.document_id)"
    )


def _trigger(name: str, event: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {event} BEGIN {body}\nEND"


ENTITY_COUNTS_SCHEMA = """
        -- The entity index: per entity, its mentions and the documents holding them,
        -- rejected spans left out.  Kept exact by the triggers below on every write to
        -- mentions and reviews (recognition, entity edits, undo, a document deleted);
        -- the Entities panel reads pages of it in the order of an index.
        CREATE TABLE entity_counts (
            canonical TEXT NOT NULL,
            type TEXT NOT NULL,
            mentions INTEGER NOT NULL CHECK (mentions >= 0),
            documents INTEGER NOT NULL CHECK (documents >= 0 AND documents <= mentions),
            PRIMARY KEY (canonical, type)
        ) WITHOUT ROWID
;;
        CREATE INDEX entity_counts_mentions ON entity_counts(mentions DESC, canonical, type)
;;
        CREATE INDEX entity_counts_documents ON entity_counts(documents DESC, canonical, type)
;;
        CREATE INDEX entity_counts_type ON entity_counts(type, canonical)
;;
        -- Documents whose mentions are being replaced wholesale (store.mentions
        -- replace_mentions, within its transaction): the row triggers stand aside and
        -- the document's counts are set at once from what it held before and after.
        CREATE TABLE entity_counts_deferred (document_id INTEGER PRIMARY KEY)
;;
        -- What the Library lists of each document, narrow so that listing, sorting and
        -- filtering never read the texts: kept by triggers on documents, occurrences,
        -- mentions and annotations.
        CREATE TABLE library_entries (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            title_simplified TEXT NOT NULL,
            kind TEXT NOT NULL,
            script TEXT NOT NULL,
            publisher TEXT NOT NULL,
            publish_date TEXT NOT NULL,
            length INTEGER NOT NULL,  -- characters of the canonical text
            tags TEXT NOT NULL DEFAULT '',  -- channel tags, comma-separated
            source_files TEXT NOT NULL DEFAULT '',  -- file names, comma-separated
            mentions INTEGER NOT NULL DEFAULT 0,  -- stored mentions, rejected ones too
            annotations INTEGER NOT NULL DEFAULT 0
        )
;;
        CREATE TRIGGER library_documents_insert AFTER INSERT ON documents BEGIN
            INSERT INTO library_entries (document_id, title, title_simplified, kind, script,
                publisher, publish_date, length)
            VALUES (new.id, new.title, new.title_simplified, new.kind, new.script,
                coalesce(new.publisher, ''), coalesce(new.publish_date, ''), length(new.text));
        END
;;
        CREATE TRIGGER library_documents_update AFTER UPDATE OF title, title_simplified, kind,
            script, publisher, publish_date, text ON documents BEGIN
            UPDATE library_entries SET title = new.title,
                title_simplified = new.title_simplified, kind = new.kind, script = new.script,
                publisher = coalesce(new.publisher, ''),
                publish_date = coalesce(new.publish_date, ''), length = length(new.text)
            WHERE document_id = new.id;
        END
;;
        CREATE TRIGGER library_occurrences_insert AFTER INSERT ON occurrences BEGIN
            UPDATE library_entries SET
                tags = coalesce((SELECT group_concat(DISTINCT o.tag) FROM occurrences o
                                 WHERE o.document_id = new.document_id AND o.tag IS NOT NULL), ''),
                source_files = coalesce((SELECT group_concat(DISTINCT o.source_file)
                                         FROM occurrences o
                                         WHERE o.document_id = new.document_id), '')
            WHERE document_id = new.document_id;
        END
;;
        CREATE TRIGGER library_occurrences_delete AFTER DELETE ON occurrences BEGIN
            UPDATE library_entries SET
                tags = coalesce((SELECT group_concat(DISTINCT o.tag) FROM occurrences o
                                 WHERE o.document_id = old.document_id AND o.tag IS NOT NULL), ''),
                source_files = coalesce((SELECT group_concat(DISTINCT o.source_file)
                                         FROM occurrences o
                                         WHERE o.document_id = old.document_id), '')
            WHERE document_id = old.document_id;
        END
;;
        CREATE TRIGGER library_annotations_insert AFTER INSERT ON annotations BEGIN
            UPDATE library_entries SET annotations = annotations + 1
            WHERE document_id = new.document_id;
        END
;;
        CREATE TRIGGER library_annotations_delete AFTER DELETE ON annotations BEGIN
            UPDATE library_entries SET annotations = annotations - 1
            WHERE document_id = old.document_id;
        END
;;
        CREATE TRIGGER library_annotations_move AFTER UPDATE OF document_id ON annotations
        WHEN old.document_id != new.document_id BEGIN
            UPDATE library_entries SET annotations = annotations - 1
            WHERE document_id = old.document_id;
            UPDATE library_entries SET annotations = annotations + 1
            WHERE document_id = new.document_id;
        END
;;
""" + "\n;;\n".join(
    [
        _trigger(
            "entity_counts_mention_insert",
            f"AFTER INSERT ON mentions WHEN {_counted_now('new')}",
            "UPDATE library_entries SET mentions = mentions + 1 "
            "WHERE document_id = new.document_id;" + _count_mention("new", "new.id"),
        ),
        _trigger(
            "entity_counts_mention_delete",
            f"AFTER DELETE ON mentions WHEN {_counted_now('old')}",
            "UPDATE library_entries SET mentions = mentions - 1 "
            "WHERE document_id = old.document_id;" + _uncount_mention("old", "old.id"),
        ),
        # A changed mention is taken out as it was and counted as it is; ``new.id`` is
        # left out of both looks at the document's other mentions, so an update that
        # changes nothing the index shows nets to nothing.
        _trigger(
            "entity_counts_mention_update",
            'AFTER UPDATE OF document_id, start, "end", type, canonical ON mentions',
            "UPDATE library_entries SET mentions = mentions - 1 "
            "WHERE document_id = old.document_id AND old.document_id != new.document_id;"
            "UPDATE library_entries SET mentions = mentions + 1 "
            "WHERE document_id = new.document_id AND old.document_id != new.document_id;"
            + _uncount_mention("old", "new.id")
            + _count_mention("new", "new.id"),
        ),
        _trigger(
            "entity_counts_review_insert",
            "AFTER INSERT ON mention_reviews WHEN new.verdict = 'rejected'",
            _span_rejected("new"),
        ),
        _trigger(
            "entity_counts_review_delete",
            "AFTER DELETE ON mention_reviews WHEN old.verdict = 'rejected'",
            _span_counted("old"),
        ),
        _trigger(
            "entity_counts_review_rejected",
            "AFTER UPDATE OF verdict ON mention_reviews "
            "WHEN old.verdict != 'rejected' AND new.verdict = 'rejected'",
            _span_rejected("new"),
        ),
        _trigger(
            "entity_counts_review_unrejected",
            "AFTER UPDATE OF verdict ON mention_reviews "
            "WHEN old.verdict = 'rejected' AND new.verdict != 'rejected'",
            _span_counted("new"),
        ),
        # A review is its span's: it is deleted and another made, never moved.
        _trigger(
            "mention_reviews_keep_span",
            'BEFORE UPDATE OF document_id, start, "end", type ON mention_reviews '
            "WHEN old.document_id != new.document_id OR old.start != new.start "
            'OR old."end" != new."end" OR old.type != new.type',
            "SELECT RAISE(ABORT, 'a mention review keeps its span: delete it and add another');",
        ),
    ]
)

FILL_ENTITY_COUNTS = f"""
        INSERT INTO entity_counts (canonical, type, mentions, documents)
        SELECT m.canonical, m.type, count(*), count(DISTINCT m.document_id) FROM mentions m
        WHERE {_live("m")} GROUP BY m.canonical, m.type
"""

FILL_LIBRARY_ENTRIES = """
        INSERT INTO library_entries (document_id, title, title_simplified, kind, script,
            publisher, publish_date, length, tags, source_files, mentions, annotations)
        SELECT d.id, d.title, d.title_simplified, d.kind, d.script, coalesce(d.publisher, ''),
               coalesce(d.publish_date, ''), length(d.text),
               coalesce((SELECT group_concat(DISTINCT o.tag) FROM occurrences o
                         WHERE o.document_id = d.id AND o.tag IS NOT NULL), ''),
               coalesce((SELECT group_concat(DISTINCT o.source_file) FROM occurrences o
                         WHERE o.document_id = d.id), ''),
               (SELECT count(*) FROM mentions m WHERE m.document_id = d.id),
               (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)
        FROM documents d
"""


@migrations(name="0011_entity_counts")
def m0011_entity_counts(db: Database) -> None:
    # The entity index and the Library's rows become tables kept at write time, so the
    # window never aggregates the mentions or reads the texts to list them.  Filled here
    # once (on a store of 38,000 documents this reads every mention and every text once).
    # The mentions' entity index gains the document, which the counting triggers look up.
    run_statements(
        db,
        """
        DROP INDEX mentions_canonical
;;
        CREATE INDEX mentions_entity ON mentions(canonical, type, document_id)
;;
        """
        + ENTITY_COUNTS_SCHEMA,
    )
    db.execute(FILL_ENTITY_COUNTS)
    db.execute(FILL_LIBRARY_ENTRIES)


@migrations(name="0012_document_tags")
def m0012_document_tags(db: Database) -> None:
    run_statements(
        db,
        """
        -- The analyst's own tags on documents ("待核实", "客户A", "Q3 brief"): kept
        -- apart from the channel tags a corpus file carries (occurrences.tag), added
        -- and removed as undoable operations (core/operations/tags.py).
        CREATE TABLE document_tags (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 60 AND tag = trim(tag)),
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (document_id, tag)
        ) WITHOUT ROWID
;;
        -- Filtering the Library by one tag reads only its documents.
        CREATE INDEX document_tags_by_tag ON document_tags(tag, document_id)
        """,
    )


# -- 0013: who wrote each annotation, review and sheet row --------------------------

_WHO_COLUMNS = (
    ("annotations", "made_by"),
    ("mention_reviews", "reviewed_by"),
    ("capacity_rows", "edited_by"),
    ("cluster_rows", "edited_by"),
)


def _who_on_postgres() -> str:
    # Rows already there keep '' (nobody recorded), later ones the role writing them.
    columns = "\n;;\n".join(
        f"ALTER TABLE {table} ADD COLUMN {column} text NOT NULL DEFAULT ''\n;;\n"
        f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT current_user"
        for table, column in _WHO_COLUMNS
    )
    stamps = "\n;;\n".join(
        f"""CREATE FUNCTION {table}_who_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    new.{column} := current_user;
    RETURN new;
END
$$
;;
CREATE TRIGGER {table}_who BEFORE UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_who_row()"""
        for table, column in _WHO_COLUMNS
        if table != "annotations"  # who made an annotation stays who made it
    )
    return columns + "\n;;\n" + stamps


@migrations(name="0013_who_wrote", postgres=_who_on_postgres())
def m0013_who_wrote(db: Database) -> None:
    # A team store records the PostgreSQL role that made each annotation and last
    # reviewed or edited each mention and sheet row (its own body, above); a store file
    # has one analyst, so its columns stay empty.
    run_statements(
        db,
        "\n;;\n".join(
            f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
            for table, column in _WHO_COLUMNS
        ),
    )


# -- 0014: a team store tells open windows what a colleague changed --------------------


@migrations(name="0014_change_notices", postgres=lambda conn: _change_notices(conn))
def m0014_change_notices(db: Database) -> None:
    # A store file has one analyst, whose windows announce their own edits: nothing to add.
    pass


def _change_notices(conn) -> None:
    from .postgres_notices import NOTICE_TRIGGERS

    for statement in NOTICE_TRIGGERS:
        conn.execute(statement)


# -- 0015: a team store keeps the texts its search reads -------------------------------

_SEARCH_TEXT_ROW = """
    INSERT INTO search_texts (document_id, title, body, size)
    VALUES (new.id, lower(new.title_simplified COLLATE "C"), lower(new.text_simplified COLLATE "C"),
        length(new.title_simplified) + length(new.text_simplified))
    ON CONFLICT (document_id) DO UPDATE
        SET title = excluded.title, body = excluded.body, size = excluded.size;"""

# Each session adds to its own row of the totals, so that analysts importing at once do
# not wait on one another's row until they commit.
_TOTALS_SLOTS = 16


def _totals_change(documents: str, size: str) -> str:
    return f"""
    INSERT INTO search_totals (slot, documents, size)
    VALUES (pg_backend_pid() % {_TOTALS_SLOTS}, {documents}, {size})
    ON CONFLICT (slot) DO UPDATE SET documents = search_totals.documents + excluded.documents,
        size = search_totals.size + excluded.size;"""


def _row_function(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n{body}\nRETURN NULL;\nEND\n$$"
    )


def _search_texts_on_postgres() -> str:
    # The lower-cased Simplified title and text of each document, as the server folds
    # them in the "C" collation (ASCII letters only, as migration 0016 has every text),
    # stored uncompressed (EXTERNAL): search checks a long term in them and counts
    # a phrase's occurrences for the ranking, which in pglz-compressed texts took twice
    # as long (core/search_postgres.py).  Kept by the triggers that keep the bigrams,
    # with the store's totals (documents, characters) that bm25 averages, which summing
    # the Library's rows took 1.5 ms of each search at 3,800 documents.  Filled here
    # once, from the documents (0.6 s at 3,800), writers kept out meanwhile.
    bigrams = "\n;;\n".join(
        _row_function(f"search_bigrams_{event}_row", postgres_schema.SEARCH_ROW + _SEARCH_TEXT_ROW)
        for event in ("insert", "update")
    )
    totals = [
        ("insert", "AFTER INSERT", "1", "new.size"),
        ("delete", "AFTER DELETE", "-1", "-old.size"),
        ("update", "AFTER UPDATE OF size", "0", "new.size - old.size"),
    ]
    counting = "\n;;\n".join(
        _row_function(f"search_totals_{name}_row", _totals_change(documents, size))
        + "\n;;\n"
        + f"CREATE TRIGGER search_totals_{name} {event} ON search_texts "
        f"FOR EACH ROW EXECUTE FUNCTION search_totals_{name}_row()"
        for name, event, documents, size in totals
    )
    return f"""
LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE
;;
CREATE TABLE search_texts (
    document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL,
    size bigint NOT NULL
)
;;
ALTER TABLE search_texts ALTER COLUMN body SET STORAGE EXTERNAL
;;
CREATE TABLE search_totals (
    slot integer PRIMARY KEY,
    documents bigint NOT NULL,
    size bigint NOT NULL
)
;;
-- The documents whose bigrams match a query, always asked of the GIN index: the
-- planner does not count the cost of reading each row's tsvector and would scan them
-- all for a frequent term (core/search_postgres.py).
CREATE FUNCTION search_bigrams_matching(query tsquery) RETURNS TABLE (document_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off AS $$
        SELECT s.document_id FROM search_bigrams s WHERE s.bigrams @@ query $$
;;
INSERT INTO search_texts (document_id, title, body, size)
SELECT id, lower(title_simplified COLLATE "C"), lower(text_simplified COLLATE "C"),
    length(title_simplified) + length(text_simplified)
FROM documents
;;
INSERT INTO search_totals (slot, documents, size)
SELECT 0, count(*), coalesce(sum(size), 0) FROM search_texts
;;
{counting}
;;
{bigrams}"""


@migrations(name="0015_search_texts", postgres=_search_texts_on_postgres())
def m0015_search_texts(db: Database) -> None:
    # A store file's FTS5 index counts phrases and keeps its totals itself: nothing to add.
    pass


# -- 0016: a team store sorts and compares text as a store file does ------------------


@migrations(name="0016_text_in_code_point_order", postgres=lambda conn: _code_point_order(conn))
def m0016_text_in_code_point_order(db: Database) -> None:
    # SQLite compares text by its bytes (code points, in UTF-8) already.
    pass


class UpgradeBlocked(Exception):
    """A team store's own additions stop a migration; the message says what and what to do."""


def _blocking_dependents(conn, columns: list[tuple[str, str]]) -> list[str]:
    """What a team added that depends on one of ``columns`` (table, column) and stops its
    type from changing: a view (its rule), a row-level security policy, a generated
    column, each as the server describes it ("view team_sites").  Indexes, constraints
    and defaults are rebuilt with the column; the store's own triggers are put back."""
    tables, names = (list(part) for part in zip(*columns, strict=True))
    rows = conn.execute(
        "SELECT DISTINCT CASE d.classid "
        "WHEN 'pg_rewrite'::regclass THEN (SELECT 'view ' || r.ev_class::regclass::text "
        "FROM pg_rewrite r WHERE r.oid = d.objid) "
        # a generated column's expression is its default, which names other columns
        "WHEN 'pg_attrdef'::regclass THEN (SELECT 'column ' || g.attname || ' of table ' "
        "|| e.adrelid::regclass::text FROM pg_attrdef e JOIN pg_attribute g "
        "ON g.attrelid = e.adrelid AND g.attnum = e.adnum WHERE e.oid = d.objid) "
        "ELSE pg_describe_object(d.classid, d.objid, d.objsubid) END "
        "FROM pg_depend d "
        "JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
        "JOIN unnest(?::text[], ?::text[]) AS c(table_name, column_name) "
        "ON d.refobjid = c.table_name::regclass AND a.attname = c.column_name "
        "WHERE d.refclassid = 'pg_class'::regclass AND d.deptype = 'n' AND d.classid IN "
        "('pg_rewrite'::regclass, 'pg_policy'::regclass, 'pg_attrdef'::regclass) "
        "ORDER BY 1",
        (tables, names),
    )
    return [row[0] for row in rows]


def _code_point_order(conn) -> None:
    """Every text column of a team store in the "C" collation: sorted and compared by code
    point, as SQLite's BINARY does, whatever the database's own locale (a server's
    en_US.UTF-8 or ICU locale would put "a" before "B" and order titles otherwise than
    a store file).  Only the indexes over the columns are rebuilt; no table is rewritten."""
    columns = conn.execute(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
        "AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "AND c.data_type = 'text' AND c.domain_name IS NULL "
        "AND c.collation_name IS DISTINCT FROM 'C' "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    if not columns:
        return
    blocking = _blocking_dependents(conn, columns)
    if blocking:
        raise UpgradeBlocked(
            f"the team's own {', '.join(blocking)} "
            f"{'uses' if len(blocking) == 1 else 'use'} text columns of the store's tables, "
            "whose collation this upgrade changes; drop "
            f"{'it' if len(blocking) == 1 else 'them'}, connect again, then create "
            f"{'it' if len(blocking) == 1 else 'them'} again"
        )
    # Every table is locked for the change: a colleague's open transaction makes this
    # connection give up (and the store open refused, unchanged) rather than wait on.
    conn.execute("SET LOCAL lock_timeout = '10s'")
    # A column a trigger names (UPDATE OF, WHEN) cannot change type: the triggers go
    # for the change and come back as they were defined, in the same transaction.
    triggers = conn.execute(
        "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
        "ORDER BY c.relname, t.tgname"
    ).fetchall()
    for table, name, _definition in triggers:
        conn.execute(f'DROP TRIGGER "{name}" ON "{table}"')
    for table, column in columns:
        conn.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text COLLATE "C"')
    for _table, _name, definition in triggers:
        conn.execute(definition)


# -- 0017: a team store folds case as a store file does, whatever its locale -----------


@migrations(name="0017_case_folded_as_in_a_file", postgres=lambda conn: _search_folding(conn))
def m0017_case_folded_as_in_a_file(db: Database) -> None:
    # A store file folds case in Python (search_index.fold, portable.register_fold).
    pass


# A character no text holds (a Unicode noncharacter): İ waits in it while the rest of
# the text is lowered, since İ alone lowers to two characters and offsets must hold.
_KEPT_AS_IT_IS = "\ufdd0"


def _fold_functions(conn) -> list[str]:
    """Two SQL functions folding case as a store file does in Python, in the Unicode
    lower case of a collation that knows it (ICU's root locale, else glibc's C.UTF-8),
    whatever the database's own locale:

    - ``wb_search_fold``: as ``search_index.fold``, character for character, İ kept
      and the letters ``re.I`` takes for one another made one (ς σ, ſ s…);
    - ``wb_lower``: as Python's ``str.lower``, which the sheets' filters fold with.
    """
    from ..search_index import _EQUIVALENT

    collation = next(
        (
            name
            for (name,) in conn.execute(
                "SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'C.utf8') "
                "AND collencoding IN (-1, pg_char_to_encoding('UTF8')) "
                "ORDER BY collname = 'und-x-icu' DESC"
            )
        ),
        "C",  # ASCII letters only: the fold before this migration
    )
    sources = _KEPT_AS_IT_IS + "".join(chr(code) for code in _EQUIVALENT)
    targets = "İ" + "".join(chr(code) for code in _EQUIVALENT.values())

    def literal(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    return [
        "CREATE OR REPLACE FUNCTION wb_search_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
        f"SELECT translate(lower(translate(value, 'İ', {literal(_KEPT_AS_IT_IS)}) "
        f'COLLATE "{collation}"), {literal(sources)}, {literal(targets)}) $$',
        "CREATE OR REPLACE FUNCTION wb_lower(value text) RETURNS text "
        f'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(value COLLATE "{collation}") $$',
    ]


_FOLDED_BIGRAMS = """
CREATE OR REPLACE FUNCTION wb_bigrams(value text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector)
        FROM (SELECT c || lead(c, 1, '龖') OVER (ORDER BY n) AS pair
              FROM unnest(string_to_array(wb_search_fold(value), NULL))
                  WITH ORDINALITY AS u(c, n)) p
    $$"""

_FOLDED_TEXT_ROW = """
    INSERT INTO search_texts (document_id, title, body, size)
    VALUES (new.id, wb_search_fold(new.title_simplified), wb_search_fold(new.text_simplified),
        length(new.title_simplified) + length(new.text_simplified))
    ON CONFLICT (document_id) DO UPDATE
        SET title = excluded.title, body = excluded.body, size = excluded.size;"""


def _search_folding(conn) -> None:
    """The search texts and bigrams of a team store folded as a store file's index folds
    them: every cased letter (ＬＧ, É, Σ), not ASCII's alone, so that ｌｇ化学 or
    électricité finds what it finds in a store file.  Only the documents whose fold
    changes are written again."""
    for statement in _fold_functions(conn):
        conn.execute(statement)
    conn.execute(_FOLDED_BIGRAMS)
    for event in ("insert", "update"):
        conn.execute(
            _row_function(
                f"search_bigrams_{event}_row", postgres_schema.SEARCH_ROW + _FOLDED_TEXT_ROW
            )
        )
    conn.execute(
        "CREATE TEMPORARY TABLE refolded ON COMMIT DROP AS SELECT id, title, body FROM ("
        "SELECT d.id, wb_search_fold(d.title_simplified) AS title, "
        "wb_search_fold(d.text_simplified) AS body, "
        "t.title AS was_title, t.body AS was_body "
        "FROM documents d JOIN search_texts t ON t.document_id = d.id OFFSET 0) f "
        "WHERE title <> was_title OR body <> was_body"
    )
    conn.execute(
        "UPDATE search_texts t SET title = r.title, body = r.body FROM refolded r "
        "WHERE t.document_id = r.id"
    )
    conn.execute(
        "UPDATE search_bigrams s SET bigrams = wb_bigrams(d.title_simplified) "
        "|| wb_bigrams(d.text_simplified) FROM documents d JOIN refolded r ON r.id = d.id "
        "WHERE s.document_id = d.id"
    )
