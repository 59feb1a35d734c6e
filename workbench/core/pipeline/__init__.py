"""One pipeline for every way documents arrive: store → recognise entities → fill the sheets."""

from .process import (
    ProcessReport,
    extract_all,
    pending_documents,
    process_documents,
    recognise_again,
    recognizer_for,
    recognizer_version,
    reprocess_documents,
    resume_pending,
)
from .run import (
    apply_names_at,
    bundled_corpus_incomplete,
    import_into_store,
    import_paths,
    ingest_bundled_corpus,
    ingest_files,
    resume_pending_at,
)

__all__ = [
    "ProcessReport",
    "apply_names_at",
    "bundled_corpus_incomplete",
    "extract_all",
    "import_into_store",
    "import_paths",
    "ingest_bundled_corpus",
    "ingest_files",
    "pending_documents",
    "process_documents",
    "recognise_again",
    "recognizer_for",
    "recognizer_version",
    "reprocess_documents",
    "resume_pending",
    "resume_pending_at",
]
