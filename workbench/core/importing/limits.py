"""What one imported file may hold, so that an import is bounded in memory and time.

A file is refused, naming itself and the limit, before more than the limit's
worth is read, unpacked or decompressed:

- its size on disk: :data:`MAX_IMPORT_BYTES`;
- the text it yields: :data:`MAX_DOCUMENT_CHARS` characters;
- for text and Markdown, :data:`MAX_TEXT_BYTES` (no character takes more than
  four bytes, so a larger text file is over the character limit);
- for web pages, :data:`MAX_HTML_ELEMENTS` elements, nested at most
  :data:`MAX_NESTING` deep for the reading (deeper elements read as if they
  were at that depth);
- for Word files, every part read is unpacked at most to
  :data:`MAX_DOCX_PART_BYTES`, and a part packed more than
  :data:`MAX_DOCX_RATIO` times over is refused unopened;
- for PDFs, every stream but images is inflated at most to
  :data:`MAX_PDF_STREAM_BYTES` (checked before PDFium reads it), all of them
  together at most to :data:`MAX_PDF_INFLATED_BYTES`.
"""

from __future__ import annotations

from pathlib import Path

from ..decoding import MEGABYTE
from ..errors import INPUT_FILE_CONTEXT, InputFileError
from ..translatable import QT_TRANSLATE_NOOP, Label

# Larger files are refused before they are read: the largest research reports
# with images run to a few tens of megabytes.
MAX_IMPORT_BYTES = 100 * MEGABYTE
# One million characters: about 2,000 pages of Chinese, three times the longest
# research report.  Importing a document costs more than linearly in its length
# (recognising capacity figures looks back through the text for each one): near
# one million characters 13-29 s on two busy cores and 230 MB above the
# program's own 150 MB; at 1.5 million, 28-40 s and 360 MB
# (bench/bench_import_memory.py).
MAX_DOCUMENT_CHARS = 1_000_000
MAX_TEXT_BYTES = 4 * MAX_DOCUMENT_CHARS
# A news page has a few thousand elements; a long report saved as HTML, tens of thousands.
MAX_HTML_ELEMENTS = 200_000
MAX_NESTING = 200
# Apache POI refuses Office parts packed more than 100 times over (its minimum
# inflate ratio of 0.01); real document.xml parts pack 5 to 20 times.
MAX_DOCX_RATIO = 100
# Ratios are only checked above this size: tiny parts pack oddly well or badly.
DOCX_RATIO_FROM_BYTES = 1 * MEGABYTE
MAX_DOCX_PART_BYTES = 100 * MEGABYTE
# A page's content stream is kilobytes of text drawing; a dense vector chart, a few megabytes.
MAX_PDF_STREAM_BYTES = 64 * MEGABYTE
MAX_PDF_INFLATED_BYTES = 256 * MEGABYTE


# What holds the text, in a refusal of too long a text.
THE_FILE = QT_TRANSLATE_NOOP("InputFile", "the file")
THE_WORD_FILE = QT_TRANSLATE_NOOP("InputFile", "the Word file")
THE_WEB_PAGE = QT_TRANSLATE_NOOP("InputFile", "the web page")
THE_PDF = QT_TRANSLATE_NOOP("InputFile", "the PDF")


def characters_over_limit(path: Path, what: str) -> InputFileError:
    """The refusal of a document longer than :data:`MAX_DOCUMENT_CHARS`; ``what`` is
    one of the words above."""
    return InputFileError(
        path,
        QT_TRANSLATE_NOOP(
            "InputFile",
            "{what} holds more than {most} characters of text, the limit for one "
            "document: split it into smaller files",
        ),
        what=Label(INPUT_FILE_CONTEXT, what),
        most=f"{MAX_DOCUMENT_CHARS:,}",
    )


def check_characters(path: Path, count: int, what: str = THE_FILE) -> None:
    if count > MAX_DOCUMENT_CHARS:
        raise characters_over_limit(path, what)
