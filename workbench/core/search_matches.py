"""Where a query term occurs in a text: exactly what the term's ``re.I`` pattern (its
variants, longest first) finds, found faster.

The regular-expression engine finds a single string quickly, but tries an
alternation of strings, or a string with letters under ``re.I``, at every
character.  At 38,000 documents (bench/bench_scale.py's 1000×), finding 台积电's
five names (台积电|台湾积体电路制造|TSMC|台积公司|台积) in a page of 50 texts
took 8.9 ms, each name alone 0.14–0.16 ms.  So each variant is found alone, by a
pattern without ``re.I`` that takes for each ASCII letter the characters ``re.I``
takes for it (:data:`LETTER_FORMS`), and the variants' matches are merged as the
alternation would have taken them (:func:`spans`).  A term with a letter with
case outside ASCII (Ä, σ), or with two variants one of which may overlap itself
(the merge needs every place a variant starts), keeps its ``re.I`` pattern.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# What re.I takes for an ASCII letter besides its two cases (checked against every
# character by tests/core/test_search_matches.py).
LETTER_FORMS = {"i": "İı", "k": "\u212a", "s": "ſ"}
_MAX_UTF8 = 4  # bytes in a character, at most


class Term(NamedTuple):
    """How one query term's matches are found."""

    strings: tuple[str, ...]  # the term's variants, longest first
    pattern: re.Pattern[str]  # the same under re.I, as one alternation
    # Each variant in the same order without re.I, with its length; None: the pattern.
    variants: tuple[tuple[re.Pattern[str], int], ...] | None


def _uncased(character: str) -> bool:
    return character.lower() == character == character.upper()


def _exact(variant: str) -> str | None:
    """A pattern finding without ``re.I`` what ``variant`` finds with it, or None."""
    pieces = []
    for character in variant:
        if _uncased(character):
            pieces.append(re.escape(character))
        elif character.isascii():  # a letter
            low = character.lower()
            pieces.append(f"[{low}{low.upper()}{LETTER_FORMS.get(low, '')}]")
        else:
            return None
    return "".join(pieces)


def _overlaps_itself(variant: str) -> bool:
    """Whether two places ``variant`` occurs at may overlap (it begins as it ends)."""
    folded = variant.lower()
    return any(folded[:n] == folded[-n:] for n in range(1, len(folded)))


def term(variants: tuple[str, ...]) -> Term:
    ordered = sorted(variants, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(v) for v in ordered), re.I)
    exact = [_exact(v) for v in ordered]
    strings = tuple(ordered)
    if not ordered or not all(ordered) or None in exact:
        return Term(strings, pattern, None)
    if len(ordered) > 1 and any(_overlaps_itself(v) for v in ordered):
        return Term(strings, pattern, None)
    finders = tuple((re.compile(e), len(v)) for e, v in zip(exact, ordered, strict=True))
    return Term(strings, pattern, finders)


def spans(text: str, term: Term) -> list[tuple[int, int]]:
    """The term's matches in ``text`` as its pattern finds them, one after another."""
    if term.variants is None:
        return [m.span() for m in term.pattern.finditer(text)]
    found = [[m.start() for m in p.finditer(text)] for p, _length in term.variants]
    if len(found) == 1 or sum(map(bool, found)) <= 1:
        return [
            (start, start + length)
            for (_, length), starts in zip(term.variants, found, strict=True)
            for start in starts
        ]
    # At the first place any variant starts, the alternation takes the first variant
    # (in its order) that starts there, and goes on after it.  No variant overlaps
    # itself, so its matches are every place it starts.
    places = sorted(
        (start, order, length)
        for order, ((_, length), starts) in enumerate(zip(term.variants, found, strict=True))
        for start in starts
    )
    out = []
    cursor = 0
    for start, _order, length in places:
        if start >= cursor:
            cursor = start + length
            out.append((start, cursor))
    return out


class Placed(NamedTuple):
    """A text's hits and the snippet's window around the first, in characters."""

    count: int  # every hit
    first: tuple[int, int] | None  # None when the text holds none (only the title does)
    lo: int  # the window
    hi: int
    more: bool  # the text goes on after the window
    shown: list[tuple[int, int]]  # the hits within the window, cut to it


def place(text: str, terms: list[Term], context: int) -> Placed:
    """The hits of ``terms`` in ``text``; the window is ``context`` characters either
    side of the first hit, or the text's first ``2 * context`` when there is none."""
    positions = sorted(span for t in terms for span in spans(text, t))
    if positions:
        first = positions[0]
        lo, hi = max(0, first[0] - context), min(len(text), first[1] + context)
    else:
        first, lo, hi = None, 0, min(len(text), 2 * context)
    shown = [(max(s, lo), min(e, hi)) for s, e in positions if s < hi and e > lo]
    return Placed(len(positions), first, lo, hi, hi < len(text), shown)


def literal(term: Term) -> bytes | None:
    """The UTF-8 of the term's only variant when none of its characters has case (its
    pattern finds it exactly where its bytes are in the text's UTF-8) and it has two
    characters or more; else None.

    One character's three bytes end in a byte that most CJK characters end in, which
    ``bytes.find`` skips through slowly: 镍 in a page of 50 texts took 1.2 ms in the
    bytes against 0.2 ms in the decoded texts, more than the decoding saved.
    """
    if len(term.strings) != 1 or len(term.strings[0]) < 2:
        return None
    if not all(_uncased(c) for c in term.strings[0]):
        return None
    return term.strings[0].encode()


def _start_of_character(data: bytes, at: int) -> int:
    """``at``, or the start of the character whose UTF-8 ``at`` falls inside."""
    while 0 < at < len(data) and 0x80 <= data[at] < 0xC0:
        at -= 1
    return at


def _characters(data: bytes) -> int:
    return len(data.decode())


def place_in_bytes(data: bytes, literals: list[bytes], context: int) -> Placed:
    """:func:`place` over the UTF-8 ``data`` of a text, for terms that are each one
    string without case (:func:`literal`): the hits are counted in the bytes (UTF-8
    is self-synchronising, so a byte match starts and ends on characters), and only
    the bytes up to the snippet's window and the window are decoded.

    Decoding a page of 50 long texts (1.9 million characters, 5.8 MB) took 4.9 ms,
    more than finding a term in their bytes (1.4 ms) or in their decoded text (0.9).
    """
    firsts = [at for at in (data.find(s) for s in literals) if at >= 0]
    count = sum(data.count(s) for s in literals)
    most = _MAX_UTF8 * (context + 1)  # bytes enough for ``context`` characters and one
    if firsts:
        start = min(firsts)
        low = _start_of_character(data, max(0, start - most))
    else:
        start = low = 0
    region_at = _characters(data[:low])  # the character at byte ``low``
    # Every term's matches from the first hit on, up to the window's end: no term
    # has a match before it, so these are the ones a scan from the start finds.
    before = start + max(map(len, literals)) + most  # no match in the window starts later
    matches = []
    for string in literals:
        at = data.find(string, start)
        while 0 <= at < before:
            matches.append((at, at + len(string)))
            at = data.find(string, at + len(string))
    matches.sort()
    if matches:
        end = matches[0][1]
        high = min(len(data), end + most)
    else:
        end = 0
        high = min(len(data), _MAX_UTF8 * (2 * context + 1))
    high = _start_of_character(data, high)
    region = data[low:high].decode()
    region_end = region_at + len(region)
    if matches:
        first_start = region_at + _characters(data[low:start])
        first = (first_start, first_start + _characters(data[start:end]))
        lo, hi = max(0, first[0] - context), min(region_end, first[1] + context)
    else:
        first, lo, hi = None, 0, min(region_end, 2 * context)
    lo_byte = low + len(region[: lo - region_at].encode())
    hi_byte = low + len(region[: hi - region_at].encode())
    shown = [
        (
            region_at + _characters(data[low : max(s, lo_byte)]),
            region_at + _characters(data[low : min(e, hi_byte)]),
        )
        for s, e in matches
        if s < hi_byte and e > lo_byte
    ]
    return Placed(count, first, lo, hi, hi < region_end or high < len(data), shown)
