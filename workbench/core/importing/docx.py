"""Word .docx files, read from their XML with the standard library.

A .docx is a zip of XML parts; the text is the ``w:t`` runs of ``w:p``
paragraphs in ``word/document.xml``. Reading it directly (rather than through
python-docx) keeps lxml out of the standalone build and gives tables and text
inside content controls in document order, which is all an import needs.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from ..decoding import megabytes
from ..errors import InputFileError
from ..translatable import QT_TRANSLATE_NOOP
from .extracted import DOCX, ExtractedDocument
from .limits import (
    DOCX_RATIO_FROM_BYTES,
    MAX_DOCUMENT_CHARS,
    MAX_DOCX_PART_BYTES,
    MAX_DOCX_RATIO,
    THE_WORD_FILE,
    characters_over_limit,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_DOCUMENT = "word/document.xml"
_CHUNK_BYTES = 1 << 16
_HEADING_STYLE = re.compile(r"^(heading|title|标题)\s*\d*$", re.IGNORECASE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts).strip()


def _style(paragraph: ElementTree.Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else ""


def _table_rows(table: ElementTree.Element) -> list[tuple[str, bool]]:
    """A table's rows, one block each; a table nested in a cell is read as that cell's text."""
    blocks: list[tuple[str, bool]] = []
    for row in table.iterfind(f"{_W}tr"):
        cells = [
            " ".join(filter(None, (_paragraph_text(p) for p in cell.iter(f"{_W}p"))))
            for cell in row.iterfind(f"{_W}tc")
        ]
        if any(cells):
            blocks.append(("\t".join(cells), False))
    return blocks


def _blocks(element: ElementTree.Element) -> list[tuple[str, bool]]:
    """(text, is_heading) of each paragraph and table row under a body element, in
    document order.  Content controls (``w:sdt``) nest to any depth: they are
    walked with a stack, not by recursion."""
    blocks: list[tuple[str, bool]] = []
    pending = [iter([element])]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif child.tag == f"{_W}p":
            text = _paragraph_text(child)
            if text:
                blocks.append((text, bool(_HEADING_STYLE.match(_style(child)))))
        elif child.tag == f"{_W}tbl":
            blocks += _table_rows(child)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                pending.append(iter(content))
    return blocks


def _check_part(info: zipfile.ZipInfo, path: Path) -> None:
    """Refuse a part that would unpack beyond the limits, from the sizes it declares
    (``zipfile`` never unpacks more than the declared size)."""
    if info.file_size > MAX_DOCX_PART_BYTES:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "the Word file's {part} unpacks to {size}, over the limit of {most}"
            ),
            part=info.filename,
            size=megabytes(info.file_size),
            most=megabytes(MAX_DOCX_PART_BYTES),
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > DOCX_RATIO_FROM_BYTES and ratio > MAX_DOCX_RATIO:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "the Word file's {part} unpacks {ratio} times over ({packed} to {size}), "
                "more than the {most} of any real document: it looks like a zip bomb",
            ),
            part=info.filename,
            ratio=f"{ratio:,.0f}",
            packed=megabytes(info.compress_size),
            size=megabytes(info.file_size),
            most=MAX_DOCX_RATIO,
        )


def _read_part(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    info = archive.getinfo(name)
    _check_part(info, path)
    return archive.read(name)


def _body_blocks(archive: zipfile.ZipFile, path: Path) -> list[tuple[str, bool]]:
    """The blocks of ``word/document.xml``, parsed as it unpacks: each child of the
    body is read and then dropped, and reading stops past the character limit."""
    _check_part(archive.getinfo(_DOCUMENT), path)
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    blocks: list[tuple[str, bool]] = []
    characters = 0
    depth = 0
    body: ElementTree.Element | None = None
    with archive.open(_DOCUMENT) as stream:
        while chunk := stream.read(_CHUNK_BYTES):
            parser.feed(chunk)
            for event, element in parser.read_events():
                if event == "start":
                    depth += 1
                    if depth == 2 and element.tag == f"{_W}body":
                        body = element
                    continue
                if depth == 3 and body is not None:
                    found = _blocks(element)
                    characters += sum(len(text) + 1 for text, _ in found)
                    if characters > MAX_DOCUMENT_CHARS:
                        raise characters_over_limit(path, THE_WORD_FILE)
                    blocks += found
                    body.remove(element)
                depth -= 1
    parser.close()
    return blocks


def read_docx(path: Path, data: bytes) -> ExtractedDocument:
    if data.startswith(_OLE_MAGIC):
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "this is an old-format Word file (.doc) or a password-protected .docx: "
                "open it in Word or LibreOffice, save it as .docx without a password, "
                "and import that",
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "not a Word .docx file (it is not a zip archive)")
        ) from None
    with archive:
        if _DOCUMENT not in archive.namelist():
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile", "not a Word .docx file (it has no word/document.xml)"
                ),
            )
        try:
            blocks = _body_blocks(archive, path)
            title = ""
            if "docProps/core.xml" in archive.namelist():
                core = ElementTree.fromstring(_read_part(archive, "docProps/core.xml", path))
                title = (core.findtext(_DC_TITLE) or "").strip()
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile", "the Word file is damaged (its zip data is corrupt)"
                ),
            ) from None
        # zipfile: "That compression method is not supported" (a RuntimeError, so first)
        except NotImplementedError:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the Word file is packed with a compression method Word never uses "
                    "(it was zipped again by another tool): open and save it in Word or "
                    "LibreOffice, and import that",
                ),
            ) from None
        except RuntimeError:  # zipfile: "File … is encrypted, password required"
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the Word file's parts are encrypted with a zip password: "
                    "save it in Word or LibreOffice without a password and import that",
                ),
            ) from None
        except ElementTree.ParseError as error:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP("InputFile", "the Word file is damaged (bad XML: {reason})"),
                reason=error,
            ) from None
    if not blocks:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the Word file holds no text"))
    headings = [text for text, is_heading in blocks if is_heading]
    text = "\n".join(text for text, _ in blocks)
    return ExtractedDocument(
        format=DOCX,
        title=title or (headings[0] if headings else path.stem),
        text=text,
        raw_text=text,
        headings=headings,
    )
