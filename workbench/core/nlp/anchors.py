"""The places of the rules' first words in a text, found in one pass for all of them.

A rule whose every match begins with one of a few words (a title, 中国 or 国际, a
newspaper's kind, a quote mark) was a scan of the whole text of its own, the engine
testing every character against the words' first characters: a dozen such scans
cost more than the few hundred places where the words stand.  Here one automaton
over all their words (and the trades company shapes look for) finds those places,
and each rule's pattern is tried there alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat

from ahocorasick_rs import AhoCorasick, MatchKind

# Each group's words, in the order the groups were made.
_WORDS: list[frozenset[str]] = []


class Words:
    """A group of words whose places in a text are found with every other group's."""

    __slots__ = ("_group",)

    def __init__(self, words: Iterable[str]):
        self._group = len(_WORDS)
        _WORDS.append(frozenset(words))
        _automaton.cache_clear()
        _longest.cache_clear()

    def longest(self, text: str) -> dict[int, int]:
        """Where one of the words begins (overlapping ones too), in order, and the
        end of the longest word there (shared: not to be changed)."""
        return _longest(text)[self._group]


class Anchored:
    """``pattern``, whose every match begins with one of ``words``: by default the
    words its own parse begins with (see :func:`first_words`)."""

    __slots__ = ("_words", "pattern")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str] | None = None):
        self.pattern = pattern
        self._words = Words(first_words(pattern) if words is None else words)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """``list(self.pattern.finditer(text))``, the pattern tried at the words'
        places only (in C, ``map``); a match that starts inside the one before is
        passed over, as the scan goes on from each match's end."""
        found: list[re.Match[str]] = []
        end = 0
        places = self._words.longest(text)
        for match in filter(None, map(self.pattern.match, repeat(text), places)):
            if match.start() >= end:
                found.append(match)
                end = match.end()
        return found


@lru_cache(maxsize=1)
def _automaton() -> tuple[AhoCorasick, list[list[int]]]:
    """One automaton over every group's words, and the groups each word is in."""
    groups_of: dict[str, list[int]] = {}
    for group, words in enumerate(_WORDS):
        for word in words:
            groups_of.setdefault(word, []).append(group)
    words = sorted(groups_of)
    return AhoCorasick(words, matchkind=MatchKind.Standard), [groups_of[w] for w in words]


@lru_cache(maxsize=1)
def _longest(text: str) -> list[dict[int, int]]:
    # (Kept for the one text being recognised: each rule asks for it in turn.)
    automaton, groups_of = _automaton()
    found: list[dict[int, int]] = [{} for _ in _WORDS]
    for index, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
        for group in groups_of[index]:
            ends = found[group]
            if end > ends.get(start, start):
                ends[start] = end
    return [dict(sorted(ends.items())) for ends in found]


def first_words(pattern: re.Pattern[str]) -> list[str]:
    """The words every match of ``pattern`` begins with one of, read from its parse:
    an alternation of plain words, grouped or not, a class of plain characters, and
    what follows them as far as it is plain too (董(?:事长|事) gives 董事长 and 董事).
    ValueError for a pattern that may begin otherwise."""
    from re import _constants as c  # the engine's own parse of the pattern
    from re import _parser

    def of_item(op, av) -> tuple[list[str], bool]:
        """An item's words, and whether they are the whole of what it matches."""
        if op is c.LITERAL:
            return [chr(av)], True
        if op is c.IN and all(item_op is c.LITERAL for item_op, _ in av):
            return [chr(code) for _, code in av], True
        if op is c.BRANCH:
            branches = [of_sequence(branch) for branch in av[1]]
            return [w for words, _ in branches for w in words], all(w for _, w in branches)
        if op is c.SUBPATTERN and not (av[1] or av[2]):
            return of_sequence(av[3])
        return [""], False

    def of_sequence(items) -> tuple[list[str], bool]:
        words = [""]
        for op, av in items:
            more, whole = of_item(op, av)
            words = [a + b for a in words for b in more]
            if not whole or len(words) > 1000:
                return words, False
        return words, True

    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"no first words for {pattern.pattern!r}")
    words, _whole = of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    if "" in words:
        raise ValueError(f"no first words for {pattern.pattern!r}")
    return words
