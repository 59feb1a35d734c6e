"""From the text of each PDF page to one canonical text with page ranges.

Per page: control characters and radical code points are repaired, running
headers, footers and page numbers are dropped, lines broken inside a sentence are
joined (without a space between Chinese characters, with one between Latin
words), then the report cleaning of the bundled corpus is applied. Pages are
cleaned one by one so that each page's range in the final text is exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..cleaning import clean_pdf_text
from .radicals import replace_radicals

# Lines this close to the top or bottom of a page are where running headers,
# footers and page numbers sit.
FURNITURE_LINES = 3
# A line shorter than this share of the page's full lines ends a paragraph or heading.
SHORT_LINE = 0.6

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff\u00ad]")
_PAGE_NUMBER_LINE = re.compile(
    r"^(?:[-–—·•\s]*\d{1,4}[-–—·•\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf]")
# A line ending in one of these ends its paragraph (or at least its sentence).
_SENTENCE_END = tuple("。!?;:…”’」』)】!?;:")


@dataclass(frozen=True)
class PagedText:
    text: str
    pages: list[tuple[int, int]]  # [start, end) of each page in ``text``, tiling it


def repair_characters(page: str) -> str:
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    return replace_radicals(_CONTROL.sub("", page))


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.split("\n") if line.strip()]


def _furniture_key(line: str) -> str:
    # Headers that carry the page number ("报告 3/40") compare equal across pages.
    return _DIGITS.sub("#", re.sub(r"\s+", " ", line))


def running_furniture(pages: list[list[str]]) -> set[str]:
    """Lines near the top or bottom of at least half the pages (two at the least)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]
        seen.update({_furniture_key(line) for line in edge})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in seen.items() if count >= needed}


def _strip_furniture(lines: list[str], furniture: set[str]) -> list[str]:
    kept = list(lines)
    top = range(min(FURNITURE_LINES, len(kept)))
    bottom = range(max(0, len(kept) - FURNITURE_LINES), len(kept))
    drop = {
        i
        for i in (*top, *bottom)
        if _PAGE_NUMBER_LINE.match(kept[i]) or _furniture_key(kept[i]) in furniture
    }
    return [line for i, line in enumerate(kept) if i not in drop]


def _width(line: str) -> int:
    """Display width: a Chinese character is as wide as two Latin letters."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a line ending a sentence keeps its break, others run on.

    A line much shorter than the page's full lines (a heading, a paragraph's last
    line) also keeps its break.
    """
    if not lines:
        return ""
    widths = sorted(_width(line) for line in lines)
    full = widths[int(len(widths) * 0.8)]
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        if previous.endswith(_SENTENCE_END) or _width(previous) < SHORT_LINE * full:
            out.append("\n")
        elif _is_cjk(previous[-1]) or _is_cjk(line[0]):
            pass
        elif previous.endswith("-") and previous[-2:-1].isalpha() and line[0].islower():
            out[-1] = previous[:-1]  # a Latin word hyphenated at the line end
        else:
            out.append(" ")
        out.append(line)
    return "".join(out)


def _page_separator(previous: str, following: str) -> str:
    if not previous or not following:
        return ""
    if not previous.endswith(_SENTENCE_END) and (_is_cjk(previous[-1]) or _is_cjk(following[0])):
        return ""  # a sentence running on to the next page
    return "\n"


def assemble_pages(raw_pages: list[str]) -> PagedText:
    """The canonical text of a PDF from its pages' extracted text, with page ranges."""
    pages = [_lines(repair_characters(page)) for page in raw_pages]
    furniture = running_furniture(pages)
    cleaned = [clean_pdf_text(join_lines(_strip_furniture(lines, furniture))) for lines in pages]
    parts: list[str] = []
    ranges: list[tuple[int, int]] = []
    position = 0
    previous = ""
    for page in cleaned:
        separator = _page_separator(previous, page)
        if ranges and separator:
            # The break between pages belongs to the page before it.
            start, _ = ranges[-1]
            ranges[-1] = (start, position + len(separator))
            parts.append(separator)
            position += len(separator)
        parts.append(page)
        ranges.append((position, position + len(page)))
        position += len(page)
        if page:
            previous = page
    return PagedText("".join(parts), ranges)
