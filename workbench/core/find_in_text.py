"""Find in one document: every place a query occurs, in either script, as ``str`` offsets.

The text and the query are both folded the same way before matching: Traditional
made Simplified (:func:`~workbench.core.script.to_simplified` keeps the length),
Latin letters lower-cased and full-width ASCII made half-width, each one character
for one character.  So an offset into the folded copy is the same offset into the
text shown, and 台積電 finds 台积电 (and the other way round), ＴＳＭＣ finds tsmc.

A query is one or more terms separated by spaces (a quoted phrase is one term);
a hit is any term, or any of the other names the caller adds (``also``: the names
search widens an unquoted term to, so a document found through TSMC opens with its
TSMC hits for the query 台积电).  Hits never overlap: where two terms match overlapping text,
the earlier (then the longer) is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .script import to_simplified

_QUERY_PART = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')
# Full-width ASCII (！ to ～) to its half-width form, and the ideographic space to a space.
_WIDE = re.compile("[\uff01-\uff5e\u3000]+")
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _half_width(text: str) -> str:
    # Only the runs that need it go through translate (slow per character on long texts).
    return _WIDE.sub(lambda match: match.group().translate(_WIDTH), text)


def fold(text: str, simplified: str | None = None) -> str:
    """``text`` as matched: Simplified, lower-case, half-width; always the same length.

    ``simplified``: the text's Simplified copy when one is at hand (the store keeps
    one per document), which saves converting it again.
    """
    if simplified is None or len(simplified) != len(text):
        simplified = to_simplified(text)
    folded = _half_width(simplified)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A few characters lower-case to two (İ): keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def find_terms(query: str) -> list[str]:
    """The terms of ``query``, folded: words split at spaces, quoted phrases kept whole."""
    terms: list[str] = []
    for match in _QUERY_PART.finditer(query):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        term = " ".join(quoted.split()) if quoted is not None else match.group(3)
        if term:
            folded = fold(term)
            if folded not in terms:
                terms.append(folded)
    return terms


def find_all(folded_text: str, query: str, also: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Every hit of ``query`` (or of a name in ``also``) in a text already folded with
    :func:`fold`, in text order.

    Returns ``(start, end)`` Python offsets, into the folded copy and so into the text.
    """
    terms = find_terms(query)
    for name in also:
        folded = fold(name)
        if folded.strip() and folded not in terms:
            terms.append(folded)
    spans: list[tuple[int, int]] = []
    for term in terms:
        length = len(term)
        at = folded_text.find(term)
        while at >= 0:
            spans.append((at, at + length))
            at = folded_text.find(term, at + length)
    spans.sort(key=lambda span: (span[0], -span[1]))
    hits: list[tuple[int, int]] = []
    for start, end in spans:
        if not hits or start >= hits[-1][1]:
            hits.append((start, end))
    return hits


@dataclass(frozen=True)
class FindResult:
    """The hits of one query in one text, and which of them is current."""

    query: str
    hits: tuple[tuple[int, int], ...]
    current: int = -1  # index into hits; -1: none chosen

    @property
    def count(self) -> int:
        return len(self.hits)

    def span(self) -> tuple[int, int] | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def first_from(self, offset: int) -> FindResult:
        """The same hits with the first one starting at or after ``offset`` current
        (wrapping to the first hit)."""
        if not self.hits:
            return self
        starts = [start for start, _end in self.hits]
        index = bisect_left(starts, offset)
        return FindResult(self.query, self.hits, index if index < len(self.hits) else 0)

    def step(self, forward: bool = True, offset: int | None = None) -> FindResult:
        """The next (or previous) hit current, wrapping round.

        With no hit current yet, the first hit after (or the last before) ``offset``.
        """
        if not self.hits:
            return self
        count = len(self.hits)
        if self.current < 0:
            starts = [start for start, _end in self.hits]
            at = 0 if offset is None else offset
            if forward:
                index = bisect_left(starts, at)
                return FindResult(self.query, self.hits, index % count)
            index = bisect_right(starts, at) - 1
            return FindResult(self.query, self.hits, index % count)
        index = (self.current + (1 if forward else -1)) % count
        return FindResult(self.query, self.hits, index)


def find_in_text(
    folded_text: str, query: str, offset: int = 0, also: Sequence[str] = ()
) -> FindResult:
    """The hits of ``query`` and of the names in ``also``, the first at or after
    ``offset`` current."""
    hits = tuple(find_all(folded_text, query, also))
    return FindResult(query, hits).first_from(offset)
