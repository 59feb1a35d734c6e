"""The pipeline's entry points: store documents, recognise entities, fill the sheets.

The window's first run, ``workbench ingest``, an import (window or command
line) and the self-test all go through these; each returns a typed report whose
``changes`` the window broadcasts.  The ``*_at`` forms open their own store, for
a worker thread (connections never cross threads).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..errors import Cancelled
from ..importing.run import ImportReport, store_files
from ..ingest import IngestReport, store_corpus_files
from ..paths import bundled_seed_files
from ..progress import PhaseProgress, Progress
from ..store import Store
from ..store.entities import documents_containing
from ..store.pipeline_runs import stored_source_files
from ..translatable import QT_TRANSLATE_NOOP
from .kill_switch import armed
from .process import (
    ProcessReport,
    pending_documents,
    process_documents,
    recognise_again,
    resume_pending,
)

READING = QT_TRANSLATE_NOOP("Progress", "Reading")
# Reading corpus files is quick; recognising entities takes most of the time.
INGEST_READ_SHARE = 0.25
# Extracting the text of PDFs and Word files is a larger share of an import.
IMPORT_READ_SHARE = 0.4


def ingest_files(
    store: Store, paths: Sequence[Path | str] | None = None, progress: Progress | None = None
) -> IngestReport:
    """Ingest corpus files (the bundled seeds when None), then recognise and extract.

    Besides the new documents, any document an earlier run left pending is
    finished too.  A cancel keeps whole files while storing and whole documents
    while recognising; the report says which.
    """
    progress = armed(progress or Progress(), store)
    report = store_corpus_files(
        store, paths, PhaseProgress(progress, 0.0, INGEST_READ_SHARE, READING)
    )
    if not report.storing_cancelled:
        report.processed = _finish(
            store, pending_documents(store.conn), PhaseProgress(progress, INGEST_READ_SHARE, 1.0)
        )
    return report


def import_paths(
    store: Store, paths: Sequence[Path | str], progress: Progress | None = None
) -> ImportReport:
    """Import files and folders (recursively), then recognise and extract.

    Each file is stored in its own short transaction and is searchable once it
    is committed (triggers keep the full-text index).  Then the new documents,
    and any an earlier run left pending (an import or ingest that was cancelled
    or killed), get their entities and sheet rows, so importing again after a
    crash finishes the job.  A cancel while storing keeps the files done; a
    cancel while recognising keeps every stored file, and the documents not
    yet recognised are finished by the next run.
    """
    progress = armed(progress or Progress(), store)
    # Files are named as they are read; documents as they are recognised.
    report = store_files(store, paths, PhaseProgress(progress, 0.0, IMPORT_READ_SHARE))
    if not report.storing_cancelled:
        pending = pending_documents(store.conn)
        report.processed = _finish(
            store,
            pending,
            PhaseProgress(progress, IMPORT_READ_SHARE, 1.0),
            labels={r.document_id: r.name for r in report.imported},
        )
        new, done = set(report.new_document_ids), set(report.processed.extracted)
        report.resumed = [d for d in pending if d not in new and d in done]
    return report


def _finish(
    store: Store,
    pending: Sequence[int],
    progress: Progress,
    labels: dict[int, str] | None = None,
) -> ProcessReport:
    """Recognise and extract the pending documents, new or left by an earlier run."""
    return process_documents(store, pending, progress, labels=labels, only_pending=True)


def bundled_corpus_incomplete(conn: sqlite3.Connection) -> bool:
    """Whether some of the bundled corpus files are stored and others not.

    Each seed file is stored in one transaction with its ``source_files`` row,
    so the rows say which files a first run finished before it was stopped.
    """
    stored = stored_source_files(conn)
    bundled = {path.name for path in bundled_seed_files()}
    return bool(stored & bundled) and not bundled <= stored


def ingest_bundled_corpus(db_path: Path, progress: Progress) -> IngestReport:
    """The first run on an empty store: the bundled seeds, their entities and sheets."""
    with Store(db_path) as store:
        report = ingest_files(store, None, progress)
    if report.cancelled:
        raise Cancelled()
    return report


def resume_pending_at(db_path: Path, progress: Progress) -> ProcessReport | IngestReport:
    """Finish what an earlier, interrupted run left undone: recognition and extraction,
    and the bundled corpus's files when the first run stopped while storing them."""
    with Store(db_path) as store:
        if bundled_corpus_incomplete(store.conn):
            report = ingest_files(store, None, progress)
        else:
            report = resume_pending(store, progress)
    if report.cancelled:
        raise Cancelled()
    return report


def import_into_store(db_path: Path, paths: Sequence[Path], progress: Progress) -> ImportReport:
    """Import ``paths`` into the store at ``db_path`` (reported also when cancelled)."""
    with Store(db_path) as store:
        return import_paths(store, paths, progress)


def apply_names_at(db_path: Path, names: Sequence[str], progress: Progress) -> ProcessReport:
    """Recognise again the documents that hold any of ``names`` (the lexicon changed).

    A cancel keeps the documents finished; the rest keep their earlier mentions
    until the names are applied again.
    """
    with Store(db_path) as store:
        documents = documents_containing(store.conn, names)
        return recognise_again(store, documents, progress)
