"""Parsers for the three layouts of the bundled corpus.

1. Article digests: ``#tag`` on line 1, then title line / body line pairs; a short
   line after a body is a reader comment on that article.
2. A news digest: untitled paragraphs with section headings.
3. A report listing: ``• publisher:title(NN页).pdf`` entries, each followed by the
   PDF-extracted text and a ``浏览量… 发布时间YYYY-MM-DD NN页`` line, inside site chrome.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .cleaning import clean_pdf_text
from .decoding import read_text_file
from .documents import Kind, ParsedComment, ParsedDocument, ParsedFile
from .errors import InputFileError
from .translatable import QT_TRANSLATE_NOOP

ARTICLE_DIGEST = "article-digest"
NEWS_DIGEST = "news-digest"
REPORT_LISTING = "report-listing"

# A body line of an article digest is a whole article on one line; titles and
# reader comments are short.  The shortest body in the seeds has 2,404 characters,
# the longest title 130.
MIN_BODY_CHARS = 200

_TAG = re.compile(r"^#(\S.{0,30})$")
_REPORT_ENTRY = re.compile(r"^\s*•\s*(?P<name>.+?)\((?P<pages>\d+)页\)\.pdf\s*$")
_REPORT_META = re.compile(r"浏览量.*?发布时间\s*(?P<date>\d{4}-\d{2}-\d{2})\s*(?P<pages>\d+)页")
# "publisher:title" — but "3D打印行业深度:…" is a title with a subtitle, not a publisher.
_NOT_A_PUBLISHER = re.compile(r"行业|报告|系列|深度|专题")
_SENTENCE_END = tuple('。!?!?:;:;…”"')


def parse_file(path: Path | str) -> ParsedFile:
    """Read and parse one corpus file, or raise :class:`InputFileError` naming the problem."""
    path = Path(path)
    decoded = read_text_file(path)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    layout = detect_layout(text)
    if layout == ARTICLE_DIGEST:
        documents = parse_article_digest(text, path)
    elif layout == REPORT_LISTING:
        documents = parse_report_listing(text, path)
    elif layout == NEWS_DIGEST:
        documents = [parse_news_digest(text)]
    else:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "unrecognised layout: expected an article digest (#tag, then title/body lines), "
                "a news digest (paragraphs of Chinese text) or a report listing (• …(NN页).pdf)",
            ),
        )
    if not documents:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "no documents found in the file"))
    return ParsedFile(
        name=path.name,
        encoding=decoded.encoding,
        layout=layout,
        documents=documents,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def detect_layout(text: str) -> str | None:
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    if _TAG.match(lines[0].strip()):
        return ARTICLE_DIGEST
    if any(_REPORT_ENTRY.match(line) for line in lines):
        return REPORT_LISTING
    long_lines = [line for line in lines if len(line.strip()) >= 80]
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if len(lines) >= 3 and len(long_lines) >= 2 and han >= 0.3 * len(text.strip()):
        return NEWS_DIGEST
    return None


def parse_article_digest(text: str, path: Path) -> list[ParsedDocument]:
    lines = text.split("\n")
    tag = lines[0].strip()[1:]
    documents: list[ParsedDocument] = []
    pending: list[tuple[int, str]] = []  # short lines seen since the last body
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) < MIN_BODY_CHARS:
            pending.append((number, stripped))
            continue
        if not pending:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP("InputFile", "line {line}: an article body without a title line"),
                line=number,
            )
        title_line, title = pending.pop()
        # Short lines between the previous body and this title are reader comments.
        for comment_line, comment in pending:
            if not documents:
                raise InputFileError(
                    path,
                    QT_TRANSLATE_NOOP(
                        "InputFile", "line {line}: text before the first article: {text}"
                    ),
                    line=comment_line,
                    text=comment[:30],
                )
            documents[-1].comments.append(ParsedComment(comment, comment_line))
        pending = []
        body = line.rstrip()
        documents.append(
            ParsedDocument(
                kind=Kind.ARTICLE, title=title, text=body, raw_text=body, line=title_line, tag=tag
            )
        )
    if pending:
        if not documents:
            raise InputFileError(
                path, QT_TRANSLATE_NOOP("InputFile", "the file has a #tag line but no article body")
            )
        # Comments sit between articles; short lines that end the file are a title
        # whose body was cut off.
        last_line, last_title = pending[-1]
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "the file is truncated: the article titled “{title}” (line {line}) has no body",
            ),
            title=last_title[:30],
            line=last_line,
        )
    return documents


def parse_report_listing(text: str, path: Path) -> list[ParsedDocument]:
    lines = text.split("\n")
    documents: list[ParsedDocument] = []
    index = 0
    while index < len(lines):
        entry = _REPORT_ENTRY.match(lines[index])
        if not entry:
            index += 1
            continue
        entry_line = index + 1
        body_lines: list[str] = []
        meta = None
        index += 1
        while index < len(lines):
            if _REPORT_ENTRY.match(lines[index]):
                break
            meta = _REPORT_META.search(lines[index])
            if meta:
                index += 1
                break
            if lines[index].strip():
                body_lines.append(lines[index].strip())
            index += 1
        name = entry.group("name").strip()
        if meta is None:
            raise InputFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "InputFile",
                    "the file is truncated: report entry “{name}” (line {line}) "
                    "has no 发布时间 line",
                ),
                name=name[:30],
                line=entry_line,
            )
        publisher, title = _split_publisher(name)
        raw = "\n".join(body_lines)
        documents.append(
            ParsedDocument(
                kind=Kind.REPORT,
                title=title,
                text=clean_pdf_text(raw),
                raw_text=raw,
                line=entry_line,
                publisher=publisher,
                publish_date=meta.group("date"),
                pages=int(entry.group("pages")),
            )
        )
    return documents


def _split_publisher(name: str) -> tuple[str | None, str]:
    for separator in (":", ":"):
        head, found, tail = name.partition(separator)
        if found and head and tail:
            if _NOT_A_PUBLISHER.search(head):
                return None, name
            return head.strip(), tail.strip()
    return None, name


def is_heading(paragraph: str) -> bool:
    return len(paragraph) <= 40 and not paragraph.endswith(_SENTENCE_END)


def parse_news_digest(text: str) -> ParsedDocument:
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    first_line = next(i for i, line in enumerate(text.split("\n"), start=1) if line.strip())
    headings = [p for p in paragraphs if is_heading(p)]
    body = "\n".join(paragraphs)
    return ParsedDocument(
        kind=Kind.DIGEST,
        title=digest_title(headings, paragraphs),
        text=body,
        raw_text=body,
        line=first_line,
        headings=headings,
    )


def digest_title(headings: list[str], paragraphs: list[str]) -> str:
    if headings:
        shown = "、".join(headings[:2])
        return f"要闻摘要:{shown}" + ("等" if len(headings) > 2 else "")
    first = paragraphs[0]
    cut = re.split(r"[。!?!?]", first, maxsplit=1)[0]
    return cut[:40]
