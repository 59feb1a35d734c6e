"""Importing the analyst's own files: PDF, Word .docx, saved web pages, text and Markdown."""

from .formats import FORMAT_BY_SUFFIX
from .limits import MAX_DOCUMENT_CHARS, MAX_IMPORT_BYTES
from .records import ImportRecord, import_record, page_of, page_ranges
from .run import DUPLICATE, FAILED, IMPORTED, FileResult, ImportReport, store_files

__all__ = [
    "DUPLICATE",
    "FAILED",
    "FORMAT_BY_SUFFIX",
    "IMPORTED",
    "MAX_DOCUMENT_CHARS",
    "MAX_IMPORT_BYTES",
    "FileResult",
    "ImportRecord",
    "ImportReport",
    "import_record",
    "page_of",
    "page_ranges",
    "store_files",
]
