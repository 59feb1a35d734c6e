"""What reading one importable file yields, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..translatable import Wording

PDF = "pdf"
DOCX = "docx"
HTML = "html"
TEXT = "text"
MARKDOWN = "markdown"

# The importable files, by their suffix (lower case).
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


@dataclass
class ExtractedDocument:
    format: str  # one of the names above
    title: str
    text: str  # canonical text: every offset in the workbench points into this
    raw_text: str  # as extracted, before cleaning, kept for provenance
    encoding: str | None = None  # for text formats: the detected encoding
    # [start, end) of each page in ``text`` (PDF only), page 1 first
    pages: list[tuple[int, int]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    # How the file was read, when the analyst should know: 'decoded as Big5; the evidence was thin'.
    note: Wording | str = ""  # how the file was read, when the analyst should know


def has_real_text(text: str) -> bool:
    """Whether ``text`` holds a word (a letter or a Chinese character), not only
    page numbers, punctuation and white space."""
    return any(ch.isalpha() for ch in text)
