"""Text-based PDFs, read with PDFium (pypdfium2): text per page, pages kept.

PDFium was chosen over pdfminer.six after measuring both on generated Chinese
reports (bench/bench_import.py): the same characters, about 25× faster.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from ..decoding import megabytes
from ..errors import InputFileError
from ..progress import Progress
from ..translatable import QT_TRANSLATE_NOOP
from .extracted import PDF, ExtractedDocument, has_real_text
from .limits import (
    MAX_DOCUMENT_CHARS,
    MAX_PDF_INFLATED_BYTES,
    MAX_PDF_STREAM_BYTES,
    THE_PDF,
    characters_over_limit,
)
from .page_text import assemble_pages

# Fewer visible characters than this per page, on average, means no usable text layer.
MIN_CHARS_PER_PAGE = 5

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_SECURITY_ERROR = 5  # FPDF_ERR_SECURITY
# PDFium refuses a PDF whose page tree is empty as it refuses a damaged one (its
# error code is then whatever the last failure left), so the page tree is looked
# at: an uncompressed one that counts no pages and holds none.
_EMPTY_PAGE_TREE = re.compile(
    rb"/Type\s*/Pages\b[^>]*/Count\s+0\b|/Count\s+0\b[^>]*/Type\s*/Pages\b"
)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

# The keyword opening a stream's data; "endstream" also ends so and is skipped.
_STREAM_START = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_INFLATE_STEP = 1 << 20
# How far back from "stream" a stream's dictionary is looked for.
_DICTIONARY_BYTES = 4096


def _inflated_size(packed: memoryview, limit: int) -> int:
    """How many bytes a Flate stream inflates to, counted up to just past ``limit``
    (the inflated bytes are dropped as they come)."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        for start in range(0, len(packed), _INFLATE_STEP):
            piece = packed[start : start + _INFLATE_STEP]
            while piece:
                size += len(inflater.decompress(piece, _INFLATE_STEP))
                if size > limit:
                    return size
                piece = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass  # damaged data: PDFium reports the page, or reads what it can
    return size


def check_streams(data: bytes, path: Path | str) -> None:
    """Refuse a PDF whose streams (images aside, which text extraction never
    decodes) inflate beyond :data:`MAX_PDF_STREAM_BYTES` each or
    :data:`MAX_PDF_INFLATED_BYTES` together, before PDFium inflates them in memory."""
    view = memoryview(data)
    total = 0
    for match in _STREAM_START.finditer(data):
        if data[max(0, match.start() - 3) : match.start()] == b"end":
            continue
        head_start = data.rfind(b"obj", max(0, match.start() - _DICTIONARY_BYTES), match.start())
        head = data[max(head_start, match.start() - _DICTIONARY_BYTES, 0) : match.start()]
        if b"FlateDecode" not in head or _IMAGE.search(head):
            continue
        end = data.find(b"endstream", match.end())
        size = _inflated_size(
            view[match.end() : end if end >= 0 else len(data)], MAX_PDF_STREAM_BYTES
        )
        if size > MAX_PDF_STREAM_BYTES:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "a stream in the PDF inflates to over {most}, the limit for one stream: "
                    "it is damaged or built to exhaust memory",
                ),
                most=megabytes(MAX_PDF_STREAM_BYTES),
            )
        total += size
        if total > MAX_PDF_INFLATED_BYTES:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the PDF's streams inflate to over {most} together (images aside), "
                    "the limit for one file",
                ),
                most=megabytes(MAX_PDF_INFLATED_BYTES),
            )


def pdf_page_texts(data: bytes, path: Path | str, progress: Progress | None = None) -> list[str]:
    """The raw text of every page, in page order, or :class:`InputFileError`."""
    import pypdfium2 as pdfium

    progress = progress or Progress()
    if b"%PDF-" not in data[:1024]:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "not a PDF file (it does not start with %PDF-)")
        )
    check_streams(data, path)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the PDF is encrypted with a password: remove the password and import again",
                ),
            ) from None
        if code == _SECURITY_ERROR:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP("InputFile", "the PDF uses an unsupported encryption scheme"),
            ) from None
        if _EMPTY_PAGE_TREE.search(data) and not _PAGE.search(data):
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP("InputFile", "the PDF has no pages: there is nothing to import"),
            ) from None
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "the PDF is damaged and cannot be read")
        ) from None
    try:
        texts = []
        characters = 0
        for index in range(len(document)):
            progress.check()
            page = document[index]
            try:
                text_page = page.get_textpage()
                text = text_page.get_text_range()
                text_page.close()
            except pdfium.PdfiumError:
                raise InputFileError(
                    path,
                    QT_TRANSLATE_NOOP("InputFile", "page {page} of the PDF is damaged"),
                    page=index + 1,
                ) from None
            finally:
                page.close()
            characters += len(text) - sum(map(text.count, " \r\n"))
            if characters > MAX_DOCUMENT_CHARS:
                raise characters_over_limit(Path(path), THE_PDF)
            texts.append(text)
        return texts
    finally:
        document.close()


def _image_pages(data: bytes) -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(data)
    try:
        count = 0
        for index in range(len(document)):
            page = document[index]
            if any(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)):
                count += 1
            page.close()
        return count
    finally:
        document.close()


def _metadata_title(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        title = (document.get_metadata_dict().get("Title") or "").strip()
    finally:
        document.close()
    # Producers often leave the source file name or a placeholder as the title.
    if not title or title.lower() in {"untitled", "无标题"} or title.startswith("Microsoft "):
        return ""
    return title


def read_pdf(path: Path, data: bytes, progress: Progress | None = None) -> ExtractedDocument:
    raw_pages = pdf_page_texts(data, path, progress)
    if not raw_pages:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the PDF has no pages"))
    visible = sum(len("".join(page.split())) for page in raw_pages)
    paged = assemble_pages(raw_pages) if visible >= MIN_CHARS_PER_PAGE * len(raw_pages) else None
    if paged is None or not has_real_text(paged.text):
        scanned = _image_pages(data)
        if scanned:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "no text layer: {scanned} of {pages} pages are images, as in a scanned "
                    "document; run OCR on it (for example with OCRmyPDF) and import the result",
                ),
                scanned=scanned,
                pages=len(raw_pages),
            )
        if paged is not None:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the PDF has no text on its {pages} pages besides running headers, "
                    "page numbers and punctuation",
                ),
                pages=len(raw_pages),
            )
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "the PDF has no text on any of its {pages} pages"),
            pages=len(raw_pages),
        )
    return ExtractedDocument(
        format=PDF,
        title=_metadata_title(data) or path.stem,
        text=paged.text,
        raw_text="\f".join(raw_pages),
        pages=paged.pages,
    )
