"""The pipeline's entry points: store documents, recognise entities, fill the sheets.

The window's first run, ``workbench ingest``, an import (window or command
line) and the self-test all go through these; each returns a typed report whose
``changes`` the window broadcasts.  The ``*_at`` forms open their own store, for
a worker thread (connections never cross threads).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import Cancelled
from ..importing.run import ImportReport, store_files
from ..ingest import IngestReport, store_corpus_files
from ..progress import PhaseProgress, Progress
from ..store import Store
from ..store.entities import documents_containing
from .process import (
    ProcessReport,
    pending_documents,
    process_documents,
    recognise_again,
    resume_pending,
)

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
    progress = progress or Progress()
    report = store_corpus_files(
        store, paths, PhaseProgress(progress, 0.0, INGEST_READ_SHARE, "Reading")
    )
    if not report.storing_cancelled:
        report.processed = process_documents(
            store,
            pending_documents(store.conn),
            PhaseProgress(progress, INGEST_READ_SHARE, 1.0),
        )
    return report


def import_paths(
    store: Store, paths: Sequence[Path | str], progress: Progress | None = None
) -> ImportReport:
    """Import files and folders (recursively), then recognise and extract the new documents.

    Each file is stored in its own short transaction and is searchable once it
    is committed (triggers keep the full-text index).  A cancel while storing
    keeps the files done; a cancel while recognising keeps every stored file,
    and the documents not yet recognised are finished by :func:`resume_pending`.
    """
    progress = progress or Progress()
    # Files are named as they are read; documents as they are recognised.
    report = store_files(store, paths, PhaseProgress(progress, 0.0, IMPORT_READ_SHARE))
    if report.new_document_ids and not report.storing_cancelled:
        report.processed = process_documents(
            store,
            report.new_document_ids,
            PhaseProgress(progress, IMPORT_READ_SHARE, 1.0),
            labels={r.document_id: r.name for r in report.imported},
        )
    return report


def ingest_bundled_corpus(db_path: Path, progress: Progress) -> IngestReport:
    """The first run on an empty store: the bundled seeds, their entities and sheets."""
    with Store(db_path) as store:
        report = ingest_files(store, None, progress)
    if report.cancelled:
        raise Cancelled()
    return report


def resume_pending_at(db_path: Path, progress: Progress) -> ProcessReport:
    """Finish recognition and extraction that an earlier, interrupted run left undone."""
    with Store(db_path) as store:
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
