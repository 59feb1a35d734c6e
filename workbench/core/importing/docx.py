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

from ..errors import InputFileError
from .extracted import DOCX, ExtractedDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# A document.xml inflating beyond this is a zip bomb, not a report.
MAX_XML_BYTES = 256 * 1024 * 1024
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


def _blocks(body: ElementTree.Element) -> list[tuple[str, bool]]:
    """(text, is_heading) of each paragraph and table row, in document order."""
    blocks: list[tuple[str, bool]] = []
    for child in body:
        if child.tag == f"{_W}p":
            text = _paragraph_text(child)
            if text:
                blocks.append((text, bool(_HEADING_STYLE.match(_style(child)))))
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = [
                    " ".join(filter(None, (_paragraph_text(p) for p in cell.iter(f"{_W}p"))))
                    for cell in row.iter(f"{_W}tc")
                ]
                if any(cells):
                    blocks.append(("\t".join(cells), False))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                blocks += _blocks(content)
    return blocks


def _read_part(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise InputFileError(path, f"the Word file's {name} is implausibly large when unpacked")
    return archive.read(name)


def read_docx(path: Path, data: bytes) -> ExtractedDocument:
    if data.startswith(_OLE_MAGIC):
        raise InputFileError(
            path,
            "this is an old-format Word file (.doc) or a password-protected .docx: "
            "open it in Word or LibreOffice, save it as .docx without a password, and import that",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputFileError(path, "not a Word .docx file (it is not a zip archive)") from None
    with archive:
        if "word/document.xml" not in archive.namelist():
            raise InputFileError(path, "not a Word .docx file (it has no word/document.xml)")
        try:
            root = ElementTree.fromstring(_read_part(archive, "word/document.xml", path))
            title = ""
            if "docProps/core.xml" in archive.namelist():
                core = ElementTree.fromstring(_read_part(archive, "docProps/core.xml", path))
                title = (core.findtext(_DC_TITLE) or "").strip()
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise InputFileError(
                path, "the Word file is damaged (its zip data is corrupt)"
            ) from None
        except ElementTree.ParseError as error:
            raise InputFileError(path, f"the Word file is damaged (bad XML: {error})") from None
    body = root.find(f"{_W}body")
    blocks = _blocks(body) if body is not None else []
    if not blocks:
        raise InputFileError(path, "the Word file holds no text")
    headings = [text for text, is_heading in blocks if is_heading]
    text = "\n".join(text for text, _ in blocks)
    return ExtractedDocument(
        format=DOCX,
        title=title or (headings[0] if headings else path.stem),
        text=text,
        raw_text=text,
        headings=headings,
    )
