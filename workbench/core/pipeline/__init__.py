"""One pipeline for every way documents arrive: store → recognise entities → fill the sheets.

Everything but :func:`pending_documents` and :func:`any_pending` is imported on
first use: the window asks whether documents wait on every start, and the recogniser, the extractors
and the file parsers behind the rest cost start-up most of a second.
"""

from ..lazy_exports import lazy_exports
from .pending import any_pending, pending_documents

_HOMES = {
    "ProcessReport": ".process",
    "extract_all": ".process",
    "process_documents": ".process",
    "recognise_again": ".process",
    "recognizer_for": ".process",
    "recognizer_version": ".process",
    "reprocess_documents": ".process",
    "resume_pending": ".process",
    "apply_names_at": ".run",
    "bundled_corpus_incomplete": ".run",
    "import_into_store": ".run",
    "import_paths": ".run",
    "ingest_bundled_corpus": ".run",
    "ingest_files": ".run",
    "resume_pending_at": ".run",
}


__getattr__ = lazy_exports(__name__, _HOMES)


__all__ = [
    "ProcessReport",
    "any_pending",
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
