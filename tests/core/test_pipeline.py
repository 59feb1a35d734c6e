"""One pipeline for every way documents arrive: the same store whichever way, short writes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys

import pytest

from workbench.core.importing import DUPLICATE, IMPORTED
from workbench.core.operations.changes import Table
from workbench.core.pipeline import (
    any_pending,
    bundled_corpus_incomplete,
    extract_all,
    import_paths,
    ingest_bundled_corpus,
    ingest_files,
    pending_documents,
    process_documents,
    recognise_again,
    reprocess_documents,
    resume_pending,
    resume_pending_at,
)
from workbench.core.pipeline.batch import BATCH_DOCUMENTS, Batch
from workbench.core.progress import Progress
from workbench.core.search import search
from workbench.core.store import Store
from workbench.core.store.mentions import set_review

from ..conftest import ROOT, SEEDS
from ..list_counts import entity_recount, library_recount, stored_entity_counts, stored_library
from ..search_schema import as_schema_0009

CAPACITY_COLUMNS = (
    "company, site, location, product, value_low, value_high, unit, period, year, status, "
    'investment_amount, investment_currency, start, "end", quote, review'
)
CLUSTER_COLUMNS = (
    'name, continent, country, region, industries, domain, rank, output, start, "end", quote, '
    "review"
)


def results(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Mentions, sheet rows and runs, each keyed by its document's content hash."""

    def rows(sql: str) -> list[tuple]:
        return sorted(tuple(r) for r in conn.execute(sql))

    by_hash = "(SELECT content_hash FROM documents d WHERE d.id = t.document_id)"
    return {
        "mentions": rows(
            f'SELECT {by_hash}, start, "end", type, text, canonical, value_low, value_high, '
            "unit FROM mentions t"
        ),
        "capacity": rows(f"SELECT {by_hash}, {CAPACITY_COLUMNS} FROM capacity_rows t"),
        "clusters": rows(f"SELECT {by_hash}, {CLUSTER_COLUMNS} FROM cluster_rows t"),
        "recognised": rows(
            f"SELECT {by_hash}, recognizer_version, mention_count FROM recognition_runs t"
        ),
        "extracted": rows(
            f"SELECT {by_hash}, extractor_version, capacity_rows, cluster_rows "
            "FROM extraction_runs t"
        ),
    }


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The whole store as the pipeline writes it, timestamps left out.

    Mentions and sheet rows without their ids: recognition replaces a document's
    mentions, extraction its ``auto`` rows.
    """

    def rows(sql: str) -> list[tuple]:
        return [tuple(r) for r in conn.execute(sql)]

    def sorted_rows(sql: str) -> list[tuple]:
        return sorted(rows(sql), key=repr)

    return {
        "documents": rows(
            "SELECT id, content_hash, kind, title, text, raw_text, script, publisher, "
            "publish_date, pages, headings FROM documents ORDER BY id"
        ),
        "occurrences": rows("SELECT * FROM occurrences ORDER BY id"),
        "comments": rows("SELECT * FROM comments ORDER BY id"),
        "mentions": sorted_rows(
            'SELECT document_id, start, "end", type, text, canonical, value_low, value_high, '
            "unit FROM mentions"
        ),
        "capacity": sorted_rows(f"SELECT document_id, {CAPACITY_COLUMNS} FROM capacity_rows"),
        "clusters": sorted_rows(f"SELECT document_id, {CLUSTER_COLUMNS} FROM cluster_rows"),
        "runs": rows(
            "SELECT r.document_id, r.recognizer_version, r.mention_count, e.extractor_version, "
            "e.capacity_rows, e.cluster_rows FROM recognition_runs r "
            "LEFT JOIN extraction_runs e USING (document_id) ORDER BY 1"
        ),
    }


def seeded_snapshot(seeded_store_path) -> dict[str, list[tuple]]:
    with Store(seeded_store_path) as store:
        return snapshot(store.conn)


class CancelAt(Progress):
    """Asks to cancel at the ``count``-th report whose message starts with ``prefix``."""

    def __init__(self, prefix: str, count: int = 1):
        self.prefix, self.count, self.asked = prefix, count, False

    def report(self, done, total, message=""):
        if message.startswith(self.prefix):
            self.count -= 1
            self.asked = self.asked or self.count <= 0

    def cancelled(self):
        return self.asked


# -- every way in gives the same store ---------------------------------------------


def run_workbench(*args: str) -> subprocess.CompletedProcess:
    """The command line, as an analyst runs it."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_command_line_ingest_fills_the_sheets_like_the_first_run(tmp_path, seeded_store_path):
    db = tmp_path / "cli.sqlite3"
    result = run_workbench("ingest", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "38 documents: " in result.stdout and "capacity rows" in result.stdout
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] > 0
        assert store.conn.execute("SELECT count(*) FROM cluster_rows").fetchone()[0] > 150
        assert pending_documents(store.conn) == []
        by_command_line = snapshot(store.conn)

    first_run = ingest_bundled_corpus(tmp_path / "first.sqlite3", Progress())
    assert first_run.documents_new == 38 and not first_run.cancelled
    with Store(tmp_path / "first.sqlite3") as store:
        assert snapshot(store.conn) == by_command_line == seeded_snapshot(seeded_store_path)
    # and `workbench export capacity` writes the same sheet from either
    exported = []
    for store_path in (db, tmp_path / "first.sqlite3"):
        out = tmp_path / f"{store_path.stem}.csv"
        result = run_workbench("export", "capacity", "--out", str(out), "--db", str(store_path))
        assert result.returncode == 0, result.stderr
        exported.append(out.read_bytes())
    assert exported[0] == exported[1] and exported[0].count(b"\r\n") > 50

    # `workbench extract` extracts every document again, to the same rows.
    again = run_workbench("extract", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("38 documents: 0 entity mentions")
    with Store(db) as store:
        assert snapshot(store.conn) == by_command_line


def test_importing_the_texts_first_gives_the_entities_and_sheets_ingest_gives(
    tmp_path, seeded_store_path
):
    """The digests' texts imported as files, then the corpus ingested: the same results."""
    with Store(seeded_store_path) as seeded:
        expected = results(seeded.conn)
        texts = [
            row[0]
            for row in seeded.conn.execute(
                "SELECT text FROM documents WHERE kind != 'report' ORDER BY id"
            )
        ]
    folder = tmp_path / "texts"
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"{index:02}.txt").write_text(text, "utf-8")
    with Store(tmp_path / "imported.sqlite3") as store:
        imported = import_paths(store, [folder])
        assert [r.status for r in imported.results] == [IMPORTED] * len(texts)
        assert imported.changes.touches(Table.DOCUMENTS, Table.MENTIONS, Table.CAPACITY)
        assert imported.changes.of_table(Table.MENTIONS).document_ids == set(
            imported.new_document_ids
        )
        ingested = ingest_files(store)
        # The imported copies are the corpus's documents: found by their text.
        assert ingested.documents_new == 38 - len(texts)
        assert pending_documents(store.conn) == []
        assert results(store.conn) == expected


def test_a_text_stored_by_ingest_is_a_duplicate_when_imported(tmp_path, seeded_store):
    row = seeded_store.conn.execute(
        "SELECT id, text FROM documents WHERE kind = 'article' ORDER BY id"
    ).fetchone()
    path = tmp_path / "copy.txt"
    path.write_text(row[1], "utf-8")
    (result,) = import_paths(seeded_store, [path]).results
    assert result.status == DUPLICATE and result.document_id == row[0]
    assert str(result.reason) == f"the same content is already stored as document {row[0]}"


# -- cancel, resume, re-recognise ----------------------------------------------------


def test_cancel_while_recognising_then_resume_converges(tmp_path, seeded_store_path):
    with Store(tmp_path / "store.sqlite3") as store:
        report = ingest_files(store, None, CancelAt("Recognising entities", 12))
        assert report.cancelled and report.documents_new == 38
        assert len(report.processed.extracted) == 11
        pending = pending_documents(store.conn)
        assert pending == report.processed.pending and len(pending) == 27
        assert any_pending(store.conn)
        done = results(store.conn)
        assert 0 < len(done["mentions"]) < len(results_of(seeded_store_path)["mentions"])
        # Whole documents only: every document with mentions has its runs, and no other.
        assert {r[0] for r in done["mentions"]} <= {r[0] for r in done["extracted"]}
        assert len(done["recognised"]) == len(done["extracted"]) == 11

        resumed = resume_pending(store)
        assert not resumed.cancelled and sorted(resumed.extracted) == sorted(pending)
        assert snapshot(store.conn) == seeded_snapshot(seeded_store_path)
        assert not any_pending(store.conn)


def test_cancel_while_storing_then_ingest_again_converges(tmp_path, seeded_store_path):
    with Store(tmp_path / "store.sqlite3") as store:
        # Reported as 002 is read: the cancel is seen before the next file.
        report = ingest_files(store, None, CancelAt("Reading: 002_"))
        assert report.storing_cancelled and report.processed is None
        assert [f.path.name[:3] for f in report.files] == ["000", "001", "002"]
        assert len(pending_documents(store.conn)) == store.document_count()
        assert store.document_count() == report.documents_new > 0
        again = ingest_files(store)
        assert not again.cancelled
        assert snapshot(store.conn) == seeded_snapshot(seeded_store_path)


def test_cancel_while_filling_the_sheets_keeps_the_document_unwritten(tmp_path):
    with Store(tmp_path / "store.sqlite3") as store:
        report = ingest_files(
            store, [SEEDS / "002_27791692fac36390.txt"], CancelAt("Filling the sheets")
        )
        assert report.cancelled and report.processed.extracted == []
        assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        assert pending_documents(store.conn) == report.new_document_ids
        assert any_pending(store.conn)  # recognised, not extracted


def test_recognising_again_and_extracting_again_change_nothing(seeded_store, seeded_store_path):
    report = recognise_again(seeded_store, seeded_store.document_ids())
    assert len(report.recognised) == 38 and report.mentions > 0
    assert report.changes.of_table(Table.MENTIONS).reloaded
    assert snapshot(seeded_store.conn) == seeded_snapshot(seeded_store_path)
    extract_all(seeded_store)
    assert snapshot(seeded_store.conn) == seeded_snapshot(seeded_store_path)


def test_recognising_again_leaves_rejected_mentions_out_as_extracting_does(seeded_store):
    conn = seeded_store.conn
    rejected = conn.execute(
        "SELECT document_id, start, \"end\", type FROM mentions WHERE type IN ('ORG', 'GPE') "
        "AND document_id IN (SELECT document_id FROM capacity_rows) ORDER BY id LIMIT 40"
    ).fetchall()
    for row in rejected:
        conn.execute(
            'INSERT INTO mention_reviews (document_id, start, "end", type, verdict) '
            "VALUES (?, ?, ?, ?, 'rejected')",
            tuple(row),
        )
    documents = sorted({row[0] for row in rejected})
    extract_all(seeded_store)  # from the stored mentions, without the rejected ones
    from_stored = snapshot(conn)
    recognise_again(seeded_store, documents)  # from fresh mentions, without the rejected ones
    assert snapshot(conn) == from_stored


def test_documents_are_written_in_batches_that_keep_the_counts_exact(seeded_store, monkeypatch):
    """Recognising the corpus again writes it a batch of documents at a time; the entity
    index and the Library stay as a count from scratch says, rejected spans left out,
    and a cancel writes the documents recognised before it, whole."""
    conn = seeded_store.conn
    with seeded_store.transaction():
        for span in conn.execute(
            'SELECT document_id, start, "end", type FROM mentions WHERE id % 13 = 0'
        ).fetchall():
            set_review(conn, *span, "rejected")
    counts = stored_entity_counts(conn)
    batches = []
    write = Batch.write

    def counted_write(batch):
        written = write(batch)
        if written:
            batches.append([finished.document_id for finished in written])
        return written

    monkeypatch.setattr(Batch, "write", counted_write)
    report = recognise_again(seeded_store, seeded_store.document_ids())
    written = [d for batch in batches for d in batch]
    assert written == report.recognised and sorted(written) == seeded_store.document_ids()
    assert 1 < len(batches) <= len(written) // 4
    assert all(len(batch) <= BATCH_DOCUMENTS for batch in batches)
    assert stored_entity_counts(conn) == counts == entity_recount(conn)
    assert stored_library(conn) == library_recount(conn)

    with seeded_store.transaction():
        conn.execute("DELETE FROM mentions")
    batches.clear()
    stopped = reprocess_documents(
        seeded_store, seeded_store.document_ids(), CancelAt("Recognising entities", 20)
    )
    assert stopped.cancelled and len(stopped.recognised) == 19
    assert [d for batch in batches for d in batch] == stopped.recognised
    assert len(batches[-1]) > 1  # the batch the cancel cut short, written all the same
    with_mentions = {r[0] for r in conn.execute("SELECT DISTINCT document_id FROM mentions")}
    assert with_mentions == set(stopped.recognised)
    assert stored_entity_counts(conn) == entity_recount(conn)
    assert stored_library(conn) == library_recount(conn)


def test_importing_again_after_a_cancelled_import_finishes_its_documents(
    tmp_path, seeded_store_path
):
    with Store(seeded_store_path) as seeded:
        texts = [r[0] for r in seeded.conn.execute("SELECT text FROM documents WHERE id <= 6")]
    folder = tmp_path / "texts"
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"{index}.txt").write_text(text, "utf-8")
    with Store(tmp_path / "interrupted.sqlite3") as store:
        cancelled = import_paths(store, [folder], CancelAt("Recognising entities", 3))
        assert cancelled.cancelled and len(cancelled.processed.pending) == 4
        again = import_paths(store, [folder])
        assert [r.status for r in again.results] == [DUPLICATE] * 6
        assert again.resumed == cancelled.processed.pending and not again.cancelled
        assert "4 documents that an earlier run left without entities" in again.summary()
        assert again.changes.of_table(Table.MENTIONS).document_ids == set(again.resumed)
        assert pending_documents(store.conn) == []
        interrupted = results(store.conn)
    with Store(tmp_path / "whole.sqlite3") as store:
        import_paths(store, [folder])
        assert results(store.conn) == interrupted


def test_an_import_finishes_documents_an_ingest_left_pending(tmp_path):
    with Store(tmp_path / "store.sqlite3") as store:
        ingest_files(store, [SEEDS / "000_75083020ac863351.txt"], CancelAt("Recognising", 2))
        left = pending_documents(store.conn)
        assert len(left) == 6
        path = tmp_path / "new.txt"
        path.write_text("台积电在南京扩产。" * 20, "utf-8")
        report = import_paths(store, [path])
        assert report.resumed == left and len(report.processed.extracted) == len(left) + 1
        assert pending_documents(store.conn) == []


# The next document, or the last: then the batch waiting before it is written all the same.
@pytest.mark.parametrize("other_finishes", [1, -1])
def test_a_document_another_writer_finished_meanwhile_is_not_done_twice(
    tmp_path, seeded_store_path, other_finishes
):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        ingest_files(store, None, CancelAt("Recognising entities"))
        pending = pending_documents(store.conn)
        assert len(pending) == 38
        # While this run recognises its first document, a second one finishes another.
        other = OtherWriterFinishes(path, pending[other_finishes])
        report = resume_pending(store, other)
        assert other.finished
        assert report.extracted == [d for d in pending if d != pending[other_finishes]]
        assert pending_documents(store.conn) == []
        assert snapshot(store.conn) == seeded_snapshot(seeded_store_path)


class OtherWriterFinishes(Progress):
    """At the first recognition report, another connection finishes ``document_id``."""

    def __init__(self, path, document_id: int):
        self.path, self.document_id, self.finished = path, document_id, False

    def report(self, done, total, message=""):
        if message.startswith("Recognising entities") and not self.finished:
            self.finished = True
            with Store(self.path) as other:
                process_documents(other, [self.document_id])


def test_reprocessing_chosen_documents_recognises_and_extracts_them_again(
    seeded_store, seeded_store_path
):
    conn = seeded_store.conn
    chosen = [9, 31]
    conn.execute("DELETE FROM mentions WHERE document_id IN (9, 31)")
    conn.execute("DELETE FROM capacity_rows WHERE document_id IN (9, 31)")
    report = reprocess_documents(seeded_store, chosen, Progress())
    assert sorted(report.recognised) == sorted(report.extracted) == [9, 31]
    assert report.capacity_rows == 15 + 33 and report.mentions > 0
    assert report.changes.of_table(Table.CAPACITY).document_ids == set(chosen)
    assert snapshot(conn) == seeded_snapshot(seeded_store_path)
    # a cancel keeps the documents done; the rest keep what they had
    stopped = reprocess_documents(seeded_store, [1, 2, 3], CancelAt("Recognising entities", 2))
    assert stopped.cancelled and stopped.recognised == [1] and stopped.pending == [2, 3]
    assert snapshot(conn) == seeded_snapshot(seeded_store_path)


def test_the_first_run_stopped_while_storing_the_corpus_is_finished_on_the_next_start(
    tmp_path, seeded_store_path
):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        assert not bundled_corpus_incomplete(
            store.conn
        )  # an empty store: a first run, not a resume
        report = ingest_files(store, None, CancelAt("Reading: 002_"))
        assert report.storing_cancelled and bundled_corpus_incomplete(store.conn)
    resumed = resume_pending_at(path, Progress())
    assert resumed.documents_new == 38 - report.documents_new
    with Store(path) as store:
        assert not bundled_corpus_incomplete(store.conn) and pending_documents(store.conn) == []
        assert snapshot(store.conn) == seeded_snapshot(seeded_store_path)


def results_of(path) -> dict[str, list[tuple]]:
    with Store(path) as store:
        return results(store.conn)


# -- short transactions ------------------------------------------------------------


class WritesFromAnotherConnection(Progress):
    """At every report of the recognition phase, another connection writes to the store."""

    def __init__(self, path, document_id: int):
        self.path, self.document_id, self.writes = path, document_id, 0

    def report(self, done, total, message=""):
        if not message.startswith(("Recognising entities", "Filling the sheets")):
            return
        conn = sqlite3.connect(self.path, timeout=0.5, isolation_level=None)
        try:
            conn.execute(
                'INSERT INTO annotations (document_id, start, "end", type, note) '
                "VALUES (?, 0, 2, 'ORG', ?)",
                (self.document_id, message),
            )
        finally:
            conn.close()
        self.writes += 1


@pytest.mark.sqlite_only("SQLite's one write lock")
def test_a_write_from_another_connection_is_not_blocked_while_an_import_recognises(
    tmp_path, seeded_store
):
    for index, text in enumerate(("台积电在南京扩产。" * 20, "中芯国际新建晶圆厂。" * 20)):
        (tmp_path / f"{index}.txt").write_text(text, "utf-8")
    progress = WritesFromAnotherConnection(seeded_store.path, 1)
    report = import_paths(seeded_store, [tmp_path / "0.txt", tmp_path / "1.txt"], progress)
    assert [r.status for r in report.imported] == [IMPORTED, IMPORTED] and report.mentions
    assert progress.writes == 4  # entities and sheets of each of the two documents
    count = seeded_store.conn.execute(
        "SELECT count(*) FROM annotations WHERE document_id = 1"
    ).fetchone()[0]
    assert count == 4


def test_a_write_from_another_connection_is_not_blocked_while_ingest_recognises(tmp_path):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        ingest_files(store, [SEEDS / "002_27791692fac36390.txt"])
        progress = WritesFromAnotherConnection(path, 1)
        report = ingest_files(store, [SEEDS / "000_75083020ac863351.txt"], progress)
        assert report.documents_new == 7 and progress.writes == 14


# -- one identity for a document -----------------------------------------------------


def _old_corpus_hash(kind: str, title: str, raw_text: str) -> str:
    digest = hashlib.sha256()
    for part in (kind, title, raw_text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def test_a_store_hashed_the_old_way_still_finds_its_duplicates(tmp_path, seeded_store_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        conn = store.conn
        texts = dict(conn.execute("SELECT id, text FROM documents"))
        for document_id, kind, title, raw_text in conn.execute(
            "SELECT id, kind, title, raw_text FROM documents"
        ).fetchall():
            conn.execute(
                "UPDATE documents SET content_hash = ? WHERE id = ?",
                (_old_corpus_hash(kind, title, raw_text), document_id),
            )
        # An imported copy of document 1, keyed the way imports used to be.
        old_import_hash = hashlib.sha256(b"imported\x1f" + texts[1].encode("utf-8")).hexdigest()
        conn.execute(
            "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
            "text_simplified, raw_text, script, headings) "
            "SELECT ?, 'article', title, title_simplified, text, text_simplified, raw_text, "
            "script, headings FROM documents WHERE id = 1",
            (old_import_hash,),
        )
        copy_id = conn.execute("SELECT max(id) FROM documents").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_content_hash_of_text'")
    as_schema_0009(path)  # 0005 rewrites the trigram index's trigger, as it did then
    with Store(path) as store:
        conn = store.conn
        hashes = dict(conn.execute("SELECT id, content_hash FROM documents"))
        expected = hashlib.sha256(texts[1].encode("utf-8")).hexdigest()
        assert hashes[1] == expected and hashes[copy_id] == f"{expected}:{copy_id}"
        report = ingest_files(store)
        assert report.documents_new == 0 and not report.failed
        copy = tmp_path / "copy.txt"
        copy.write_text(texts[2], "utf-8")
        (result,) = import_paths(store, [copy]).results
        assert (result.status, result.document_id) == (DUPLICATE, 2)
        # Rewriting the hashes did not disturb the full-text index.
        assert search(conn, "半导体")
        assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


def test_an_upgraded_store_extracts_its_documents_once_more_to_the_same_rows(
    tmp_path, seeded_store_path
):
    path = tmp_path / "old.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        store.conn.execute("DROP TABLE extraction_runs")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_extraction_runs'")
    with Store(path) as store:
        assert len(pending_documents(store.conn)) == 38
        report = resume_pending(store)
        assert report.recognised == [] and len(report.extracted) == 38
        assert not report.changes.touches(Table.MENTIONS)
        assert snapshot(store.conn) == seeded_snapshot(seeded_store_path)
