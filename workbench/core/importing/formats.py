"""Which files can be imported, and reading one into an :class:`ExtractedDocument`."""

from __future__ import annotations

from pathlib import Path

from ..decoding import read_file_bytes
from ..errors import InputFileError
from ..progress import Progress
from .docx import read_docx
from .extracted import DOCX, HTML, MARKDOWN, PDF, TEXT, ExtractedDocument
from .html import read_html
from .pdf import read_pdf
from .text import read_text

# Larger files are refused before they are read: the largest research reports
# with images run to a few tens of megabytes.
MAX_IMPORT_BYTES = 100 * 1024 * 1024

FORMAT_BY_SUFFIX = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
}
# Formats an analyst may well try, with what to do instead.
_ADVICE_BY_SUFFIX = {
    ".doc": "old-format Word files (.doc) cannot be read: save it as .docx in Word or LibreOffice",
    ".wps": "WPS files cannot be read: save it as .docx",
    ".mht": "web archives (.mht) cannot be read: save the page as “Web page, HTML only”",
    ".mhtml": "web archives (.mhtml) cannot be read: save the page as “Web page, HTML only”",
}


def format_of(path: Path) -> str | None:
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def unsupported_reason(path: Path) -> str:
    advice = _ADVICE_BY_SUFFIX.get(path.suffix.lower())
    if advice:
        return advice
    kinds = ", ".join(sorted(FORMAT_BY_SUFFIX))
    shown = path.suffix or "no extension"
    return f"not an importable format ({shown}); importable are {kinds}"


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    max_bytes = MAX_IMPORT_BYTES if max_bytes is None else max_bytes
    data = read_file_bytes(path, max_bytes, "import limit")
    if not data:
        raise InputFileError(path, "the file is empty (0 bytes)")
    return data


def extract(
    path: Path, data: bytes, file_format: str, progress: Progress | None = None
) -> ExtractedDocument:
    if file_format == PDF:
        return read_pdf(path, data, progress)
    if file_format == DOCX:
        return read_docx(path, data)
    if file_format == HTML:
        return read_html(path, data)
    if file_format in (TEXT, MARKDOWN):
        return read_text(path, data, markdown=file_format == MARKDOWN)
    raise InputFileError(path, unsupported_reason(path))
