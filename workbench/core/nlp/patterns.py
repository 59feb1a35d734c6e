"""Compiling rule patterns so the regular-expression engine skips hopeless positions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat

# Every character below U+10000 that ``\d`` matches, written out for a class: the
# engine tests a class of listed characters by one look-up in a bitmap, where ``\d``
# costs a call into the Unicode tables for every character of the text.  The
# characters above are covered by the whole range of them, so the class is wider
# than ``\d`` there: it may stand only where the pattern checks the character again.
_BMP_DIGITS = "".join(re.findall(r"\d", "".join(map(chr, range(0x10000)))))
_DIGITS_OR_ABOVE = _BMP_DIGITS + "\U00010000-\U0010ffff"


def digits_listed(first: str) -> str:
    """The class body ``first`` with its ``\\d`` written out (see ``_DIGITS_OR_ABOVE``):
    for the class of a match's first character, checked again after it."""
    return first.replace(r"\d", _DIGITS_OR_ABOVE)


# The group that holds a whole match of a StartingWith pattern.
WHOLE = "whole"


class StartingWith:
    """``pattern``, tried only where the next character is in the class ``[first]``,
    and searched for by that character.

    ``first`` must hold every character a match can begin with, so the matches are
    the same; the engine then rejects every other position with one set test instead
    of working through the pattern's lookbehinds and alternatives (the date pattern,
    thirteen alternatives, ran seven times faster over the corpus).  It goes faster
    still when it need not try the pattern at each position at all: a pattern that
    begins with a class is searched for in C, skipping to the next character of the
    class, while one that begins with a look-ahead ``(?=[first])`` is tried at every
    position.  So the first character is taken, and the pattern matched from it
    inside a look-behind of one character: ``[first](?<=(?=(?P<whole>pattern)).)``.

    A match is then that one character, and the whole match is its group ``WHOLE``.
    The engine goes on from the character after it, where a scan would go on from
    the whole match's end: :meth:`finditer` passes over the matches that start
    inside the one before, and the rest are those of the scan.
    """

    __slots__ = ("regex",)

    def __init__(self, first: str, pattern: str):
        self.regex = re.compile(f"[{digits_listed(first)}](?<=(?=(?P<{WHOLE}>{pattern})).)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        for match in self.regex.finditer(text):
            if match.start() >= end:
                end = match.end(WHOLE)
                yield match


def finditer_near(
    pattern: re.Pattern[str], text: str, marker: re.Pattern[str], before: int, least: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only ``least`` to ``before`` characters
    before each place where ``marker`` matches.

    Exact when every match of ``pattern`` holds a ``marker`` that far from its
    start (a list holds a 、 within its first nine characters): ``match`` at a
    position sees the text around it as the scan does, so the same matches come
    out while the engine skips the stretches no marker is near.  For a pattern that
    must try its alternatives at every Chinese character, with a rare marker, this
    is many times faster.  ``marker`` should be zero-width (a look-ahead) when its
    places can overlap (电子 inside 微电子).
    """
    position = 0  # the first position not tried yet
    for hit in marker.finditer(text):
        at = max(position, hit.start() - before)
        last = hit.start() - least
        while at <= last:
            match = pattern.match(text, at)
            if match is None:
                at += 1
                continue
            yield match
            at = max(match.end(), at + 1)
        position = max(position, at)


def first_not_after(first: str, *not_after: str) -> str:
    """A pattern's first character, ``[first]``, where no ``not_after`` (each of
    fixed width) ends just before it: the look-behinds ``(?<!X)[first]`` with the
    character taken first.

    A pattern that begins with a character class is searched for by the engine in
    C, skipping to the next character of the class; one that begins with a
    look-behind or a look-ahead (``(?=[first])``) is tried at every
    position of the text, which costs as much as the matching itself for a rule
    that only Latin capitals can start.  Checked after the character, each
    look-behind spans it too (``.``), so it looks at the same characters.
    """
    return f"[{first}]" + "".join(f"(?<!{before}.)" for before in not_after)


def by_first_character(alternatives: str) -> str:
    """``alternatives`` (``a|b|c``, each beginning with a plain character) with those
    that begin alike grouped under their first character, in their order: 董事长|董事
    becomes 董(?:事长|事).

    The same text matches by the same alternative (those beginning with different
    characters never match at one place, and each group keeps its own order), but
    the engine tests a place's character against one branch per first character
    instead of against every word.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        if not alternative or alternative[0] in "\\()[]{}?*+.^$|":
            raise ValueError(f"not a plain first character: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


def places_of(words: str) -> re.Pattern[str]:
    """Where each of ``words`` (``a|b|c``, plain words) begins, overlapping ones too
    (电子 inside 微电子), as matches of its first character: a marker for
    :func:`finditer_near`.

    The look-ahead ``(?=a|b|c)`` finds the same places but is tried at every
    position of the text; a pattern that begins with the words' first characters
    is skipped to in C, and taking only that one character lets the next search
    start inside the word.
    """
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(re.escape(word[0]), []).append(re.escape(word[1:]))
    return re.compile(
        "|".join(
            first if "" in rests else f"{first}(?={'|'.join(rests)})"
            for first, rests in groups.items()
        )
    )


# Where a run of Latin letters begins: a letter after none (a digit may stand
# before it, as in 3Com).  A text has a few dozen to a few hundred of them.
_LATIN_RUN = re.compile(r"[A-Za-z](?<![A-Za-z].)")


@lru_cache(maxsize=1)
def _latin_runs(text: str) -> list[int]:
    # (Kept for the one text being recognised: a dozen rules ask for it in turn.)
    return [match.start() for match in _LATIN_RUN.finditer(text)]


def latin_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts a run
    of Latin letters (its first character is a letter after no letter).

    The dozen such rules each scanned the whole text, the engine testing every
    character against the pattern's first letters; here the runs are found once and
    each pattern is tried at their starts alone, in C (``map``).  Of the matches,
    those that start inside the one before are passed over as the scan would,
    going on from each match's end.
    """
    found: list[re.Match[str]] = []
    end = 0
    for match in filter(None, map(pattern.match, repeat(text), _latin_runs(text))):
        if match.start() >= end:
            found.append(match)
            end = match.end()
    return found
