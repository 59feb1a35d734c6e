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


class Term(NamedTuple):
    """How one query term's matches are found."""

    pattern: re.Pattern[str]  # the term's variants, longest first, re.I
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
    if not ordered or not all(ordered) or None in exact:
        return Term(pattern, None)
    if len(ordered) > 1 and any(_overlaps_itself(v) for v in ordered):
        return Term(pattern, None)
    return Term(
        pattern, tuple((re.compile(e), len(v)) for e, v in zip(exact, ordered, strict=True))
    )


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
