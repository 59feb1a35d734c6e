"""Which files can be imported, and reading one into an :class:`ExtractedDocument`."""

from __future__ import annotations

from pathlib import Path

from ..decoding import IMPORT_LIMIT, read_file_bytes
from ..errors import INPUT_FILE_CONTEXT, InputFileError
from ..progress import Progress
from ..translatable import QT_TRANSLATE_NOOP, Wording
from .docx import read_docx
from .extracted import (
    DOCX,
    FORMAT_BY_SUFFIX,
    HTML,
    MARKDOWN,
    PDF,
    TEXT,
    ExtractedDocument,
    has_real_text,
)
from .html import read_html
from .limits import MAX_DOCUMENT_CHARS, MAX_IMPORT_BYTES, MAX_TEXT_BYTES, check_characters
from .pdf import read_pdf
from .text import read_text

# Formats an analyst may well try, with what to do instead.
_ADVICE_BY_SUFFIX = {
    ".doc": QT_TRANSLATE_NOOP(
        "InputFile",
        "old-format Word files (.doc) cannot be read: save it as .docx in Word or LibreOffice",
    ),
    ".wps": QT_TRANSLATE_NOOP("InputFile", "WPS files cannot be read: save it as .docx"),
    ".mht": QT_TRANSLATE_NOOP(
        "InputFile", "web archives (.mht) cannot be read: save the page as “Web page, HTML only”"
    ),
    ".mhtml": QT_TRANSLATE_NOOP(
        "InputFile",
        "web archives (.mhtml) cannot be read: save the page as “Web page, HTML only”",
    ),
}


def format_of(path: Path) -> str | None:
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def unsupported_reason(path: Path) -> Wording:
    advice = _ADVICE_BY_SUFFIX.get(path.suffix.lower())
    if advice:
        return Wording(INPUT_FILE_CONTEXT, advice)
    kinds = ", ".join(sorted(FORMAT_BY_SUFFIX))
    if not path.suffix:
        return Wording(
            INPUT_FILE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "InputFile", "not an importable format (no extension); importable are {kinds}"
            ),
            {"kinds": kinds},
        )
    return Wording(
        INPUT_FILE_CONTEXT,
        QT_TRANSLATE_NOOP(
            "InputFile", "not an importable format ({suffix}); importable are {kinds}"
        ),
        {"suffix": path.suffix, "kinds": kinds},
    )


def read_bytes(path: Path, max_bytes: int | None = None, file_format: str | None = None) -> bytes:
    """The file's bytes, refused over the import limit (or a text file's limit)."""
    limit_name = IMPORT_LIMIT
    if max_bytes is None:
        max_bytes = MAX_IMPORT_BYTES
        if file_format in (TEXT, MARKDOWN):
            max_bytes = MAX_TEXT_BYTES
            limit_name = Wording(
                INPUT_FILE_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "InputFile", "limit for a text file ({most} characters at up to 4 bytes each)"
                ),
                {"most": f"{MAX_DOCUMENT_CHARS:,}"},
            )
    data = read_file_bytes(path, max_bytes, limit_name)
    if not data:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the file is empty (0 bytes)"))
    return data


def extract(
    path: Path, data: bytes, file_format: str, progress: Progress | None = None
) -> ExtractedDocument:
    """The file's document, or :class:`InputFileError`: also for a document over the
    character limit or without real text (only numbers, punctuation, white space)."""
    if file_format == PDF:
        document = read_pdf(path, data, progress)
    elif file_format == DOCX:
        document = read_docx(path, data)
    elif file_format == HTML:
        document = read_html(path, data)
    elif file_format in (TEXT, MARKDOWN):
        document = read_text(path, data, markdown=file_format == MARKDOWN)
    else:
        raise InputFileError(path, unsupported_reason(path))
    check_characters(path, len(document.text))
    if not has_real_text(document.text):
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "the file holds no real text, only numbers, punctuation or white space"
            ),
        )
    return document
