"""Text-based PDFs, read with PDFium (pypdfium2): text per page, pages kept.

PDFium was chosen over pdfminer.six after measuring both on generated Chinese
reports (bench/bench_import.py): the same characters, about 25× faster.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputFileError
from ..progress import Progress
from .extracted import PDF, ExtractedDocument
from .page_text import assemble_pages

# Fewer visible characters than this per page, on average, means no usable text layer.
MIN_CHARS_PER_PAGE = 5

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_SECURITY_ERROR = 5  # FPDF_ERR_SECURITY


def pdf_page_texts(data: bytes, path: Path | str, progress: Progress | None = None) -> list[str]:
    """The raw text of every page, in page order, or :class:`InputFileError`."""
    import pypdfium2 as pdfium

    progress = progress or Progress()
    if b"%PDF-" not in data[:1024]:
        raise InputFileError(path, "not a PDF file (it does not start with %PDF-)")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise InputFileError(
                path, "the PDF is encrypted with a password: remove the password and import again"
            ) from None
        if code == _SECURITY_ERROR:
            raise InputFileError(path, "the PDF uses an unsupported encryption scheme") from None
        raise InputFileError(path, "the PDF is damaged and cannot be read") from None
    try:
        texts = []
        for index in range(len(document)):
            progress.check()
            page = document[index]
            try:
                text_page = page.get_textpage()
                texts.append(text_page.get_text_range())
                text_page.close()
            except pdfium.PdfiumError:
                raise InputFileError(path, f"page {index + 1} of the PDF is damaged") from None
            finally:
                page.close()
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
        raise InputFileError(path, "the PDF has no pages")
    visible = sum(len("".join(page.split())) for page in raw_pages)
    if visible < MIN_CHARS_PER_PAGE * len(raw_pages):
        scanned = _image_pages(data)
        if scanned:
            raise InputFileError(
                path,
                f"no text layer: {scanned} of {len(raw_pages)} pages are images, as in a scanned "
                "document; run OCR on it (for example with OCRmyPDF) and import the result",
            )
        raise InputFileError(path, f"the PDF has no text on any of its {len(raw_pages)} pages")
    paged = assemble_pages(raw_pages)
    return ExtractedDocument(
        format=PDF,
        title=_metadata_title(data) or path.stem,
        text=paged.text,
        raw_text="\f".join(raw_pages),
        pages=paged.pages,
    )
