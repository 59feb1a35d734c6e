"""What parsing a corpus file yields, before anything is stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .vocabulary import DOCUMENT_KINDS


def content_hash(text: str) -> str:
    """Identity of a document: the hash of its canonical text.

    The same text is one document wherever it came from (an article repeated in
    two digests, a file imported twice in two encodings, an imported copy of a
    bundled article).  Migration 0005 moved stores to this scheme.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Kind:
    """The document kinds' codes by name (:data:`~workbench.core.vocabulary.DOCUMENT_KINDS`)."""

    ARTICLE, REPORT, DIGEST = DOCUMENT_KINDS.codes


@dataclass
class ParsedComment:
    text: str
    line: int  # 1-based line in the source file


@dataclass
class ParsedDocument:
    kind: str
    title: str
    text: str  # canonical text: every offset in the workbench points into this
    raw_text: str  # as the source file has it, kept for provenance
    line: int  # 1-based line where the document starts in its source file
    tag: str | None = None  # channel of an article digest, e.g. "中國工廠"
    publisher: str | None = None
    publish_date: str | None = None  # ISO date
    pages: int | None = None
    headings: list[str] = field(default_factory=list)
    comments: list[ParsedComment] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass
class ParsedFile:
    name: str  # file name as occurrences record it
    encoding: str
    layout: str
    documents: list[ParsedDocument]
    content_hash: str
