"""Importing the analyst's own files: PDF, Word .docx, saved web pages, text and Markdown.

Each name is imported from its module on first use: the window names the formats,
the statuses and the pages at start, and the file parsers behind the rest would
cost start-up tens of milliseconds.
"""

from ..lazy_exports import lazy_exports

_HOMES = {
    "DUPLICATE": ".report",
    "FAILED": ".report",
    "FORMAT_BY_SUFFIX": ".extracted",
    "IMPORTED": ".report",
    "MAX_DOCUMENT_CHARS": ".limits",
    "MAX_IMPORT_BYTES": ".limits",
    "FileResult": ".report",
    "ImportRecord": ".records",
    "ImportReport": ".report",
    "import_record": ".records",
    "page_of": ".records",
    "page_ranges": ".records",
    "store_files": ".run",
}

__getattr__ = lazy_exports(__name__, _HOMES)

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
