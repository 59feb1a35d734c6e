"""Curated domain dictionaries from ``resources/dictionaries``, and the place names
built from maintained data in ``resources/places`` (``scripts/build_places.py``)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from ..paths import resource_path

DICTIONARY_TYPES = {"org": "ORG", "gpe": "GPE", "person": "PERSON", "product": "PRODUCT"}


@dataclass(frozen=True)
class Entry:
    term: str
    type: str
    canonical: str
    # A lesser place from the data (a county, a township, a foreign city) rather
    # than a curated term: its match gives way to a curated term that starts inside
    # it and runs past its end (中宁 in 中宁德时代), and to a university's name.
    yields: bool = False


class LexiconMatch(NamedTuple):
    # A tuple, not a frozen dataclass: a text has thousands, and a dataclass's
    # __init__ sets each field through object.__setattr__.
    start: int
    end: int
    entry: Entry


class Lexicon:
    """Leftmost-longest matching of dictionary terms in a Simplified, width-folded text.

    An Aho-Corasick automaton (``ahocorasick_rs``, in Rust) finds the leftmost-longest
    terms of a whole text in one call.  Two checks it cannot make are made on its
    matches: a Latin term must be a whole word, and a lesser place may give way to
    another name (``_gives_way``).  Where a match fails one, the scan goes on from
    there in Python, trying the shorter terms at that place and then the next places,
    until it takes a match the automaton found too: from there on the two agree.
    """

    def __init__(self, entries: list[Entry]):
        self.entries = {entry.term: entry for entry in entries}
        self.longest_term = max((len(term) for term in self.entries), default=0)
        lengths: dict[str, set[int]] = {}
        for term in self.entries:
            lengths.setdefault(term[:2], set()).add(len(term))
        # Keyed by the first two characters; a one-character term by itself.
        self._lengths = {key: sorted(found, reverse=True) for key, found in lengths.items()}
        self._singles = {key for key in self._lengths if len(key) == 1}
        self._start = _pair_starts(self._lengths) if self._lengths else None
        # Terms that begin or end with a Latin letter or digit, the only ones
        # ``_whole_word`` can turn down.
        self._latin_edged = frozenset(
            term for term in self.entries if _is_latin(term[0]) or _is_latin(term[-1])
        )
        # The automaton's patterns are the entries in this order; a match of one of
        # ``_checked`` (by its index) is looked at again before it is taken.
        self._by_index = list(self.entries.values())
        self._checked = frozenset(
            index
            for index, entry in enumerate(self._by_index)
            if entry.yields or entry.term in self._latin_edged
        )
        self._automaton = (
            AhoCorasick(
                list(self.entries),
                matchkind=MatchKind.LeftmostLongest,
                implementation=Implementation.ContiguousNFA,
                store_patterns=False,
            )
            if self.entries
            else None
        )

    def find(self, text: str) -> list[LexiconMatch]:
        if self._automaton is None:
            return []
        matches = self._automaton.find_matches_as_indexes(text)
        found: list[LexiconMatch] = []
        by_index, checked = self._by_index, self._checked
        taken = len(matches)
        at = 0
        while at < taken:
            index, start, end = matches[at]
            at += 1
            entry = by_index[index]
            if index not in checked or self._takes(text, start, end, entry):
                # (tuple.__new__ skips the named tuple's __new__, written in Python)
                found.append(_new_match(LexiconMatch, (start, end, entry)))
                continue
            # Turned down: scan on from its start as the automaton cannot, until a
            # match it took is taken again (both then go on from that match's end).
            for match in self._scan(text, start):
                found.append(match)
                while at < taken and matches[at][1] < match.start:
                    at += 1
                if at < taken and matches[at][1] == match.start and matches[at][2] == match.end:
                    at += 1
                    break
            else:
                break  # the scan went to the text's end
        return found

    def _takes(self, text: str, start: int, end: int, entry: Entry) -> bool:
        if entry.term in self._latin_edged and not _whole_word(text, start, end):
            return False
        return not (entry.yields and self._gives_way(text, start, end))

    def _scan(self, text: str, position: int):
        """The leftmost-longest terms from ``position`` on, each checked as it is found."""
        entry_of, lengths_of, singles = self.entries.get, self._lengths.get, self._singles
        latin_edged = self._latin_edged
        size = len(text)
        for start in map(_START, self._start.finditer(text, position)):
            if start < position:
                continue  # inside the previous match
            candidates = lengths_of(text[start : start + 2], ())
            if singles and text[start] in singles:
                candidates = [*candidates, 1]
            for length in candidates:
                end = start + length
                if end > size:
                    continue
                term = text[start:end]
                entry = entry_of(term)
                if entry is None or (term in latin_edged and not _whole_word(text, start, end)):
                    continue
                if entry.yields and self._gives_way(text, start, end):
                    break
                yield LexiconMatch(start, end, entry)
                position = end
                break

    def _gives_way(self, text: str, start: int, end: int) -> bool:
        """A lesser place is left to other rules where it begins a university's
        name (哥本哈根大学: the segmenter's organisation rule finds it) or where a
        curated name of another kind begins inside it and ends after it (中宁 in
        中宁德时代); a curated place does not (南科 in 台南科学园区)."""
        return bool(_UNIVERSITY.match(text, end)) or self._curated_across(text, start, end)

    def _curated_across(self, text: str, start: int, end: int) -> bool:
        size = len(text)
        for inner in range(start + 1, end):
            for length in self._lengths.get(text[inner : inner + 2], ()):
                if inner + length <= end:
                    break
                if inner + length > size:
                    continue
                entry = self.entries.get(text[inner : inner + length])
                if entry and not entry.yields and entry.type != "GPE":
                    return True
        return False


_START = re.Match.start
_new_match = tuple.__new__
_UNIVERSITY = re.compile(r"(?:理工|工业|科技|州立|国立)?(?:大学|学院)")


_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9.&+-])\s+(?=[A-Za-z0-9&+(-])")


def canonical_form(name: str) -> str:
    """A name as entities are keyed: one space between Latin words (NAND Flash, Vision
    Pro), none elsewhere (spaces inside Chinese text are layout, not part of a name)."""
    name = _LATIN_GAP.sub("\x00", name.strip())
    return re.sub(r"\s+", "", name).replace("\x00", " ")


def _pair_starts(keys) -> re.Pattern[str]:
    """Where a term can begin: a first character, followed by a second one unless
    some term is that one character alone."""
    firsts = "".join(re.escape(ch) for ch in sorted({key[0] for key in keys}))
    seconds = "".join(re.escape(ch) for ch in sorted({key[1] for key in keys if len(key) > 1}))
    if any(len(key) == 1 for key in keys) or not seconds:
        return re.compile(f"[{firsts}]")
    return re.compile(f"[{firsts}](?=[{seconds}])")


def _whole_word(text: str, start: int, end: int) -> bool:
    """Latin terms match whole words only: "ASE" must not fire inside "PHASE"."""
    if _is_latin(text[start]) and start > 0 and _is_latin(text[start - 1]):
        return False
    return not (_is_latin(text[end - 1]) and end < len(text) and _is_latin(text[end]))


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def dictionary_files() -> list:
    folder = resource_path("dictionaries")
    return sorted(p for p in folder.glob("*.txt") if p.stem in DICTIONARY_TYPES)


def place_files() -> list:
    """Administrative divisions, countries and world cities: ``term<TAB>canonical<TAB>kind``."""
    return sorted(resource_path("places").glob("*.tsv"))


# Kinds of place (third column of the place files) whose names give way to a
# curated term; countries, provinces and prefectures hold their ground as the hand
# list's entries do (中国 in 中国会更多: not 国会).
_LESSER_PLACES = {"county", "township", "district", "area", "city"}


def read_place_entries() -> list[Entry]:
    """The place lists, less the full names the recogniser makes from a listed short
    form and its suffix (苏州 + 市): listing 江苏省 too would let the suffix rule run
    twice (江苏省 + 镇 in 江苏省镇江)."""
    from .rules import ADMIN_SUFFIX  # compiled with the recogniser, not for its version

    rows = []
    for path in place_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    terms = {row[0] for row in rows}
    entries: list[Entry] = []
    for term, canonical, kind in rows:
        if term != canonical and canonical in terms and term.startswith(canonical):
            suffix = ADMIN_SUFFIX.match(term, len(canonical))
            if suffix and suffix.end() == len(term):
                continue
        entries.append(Entry(term, "GPE", canonical, yields=kind in _LESSER_PLACES))
    return entries


def read_entries() -> list[Entry]:
    """Place data first, then the curated dictionaries: a term in both takes the
    dictionary's type and canonical name (a hand list knows 丰田 is a company)."""
    entries = read_place_entries()
    for path in dictionary_files():
        type_ = DICTIONARY_TYPES[path.stem]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            term, _, canonical = line.partition("\t")
            term = term.strip()
            entries.append(Entry(term, type_, canonical_form(canonical or term)))
    return entries


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(read_entries())


@lru_cache(maxsize=1)
def dictionary_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every dictionary term of each (canonical, type): the names search widens to."""
    names: dict[tuple[str, str], list[str]] = {}
    for entry in default_lexicon().entries.values():
        names.setdefault((entry.canonical, entry.type), []).append(entry.term)
    return {key: tuple(terms) for key, terms in names.items()}


def dictionaries_digest() -> str:
    """Changes whenever a dictionary or a place list changes, so stored mentions are
    redone."""
    digest = hashlib.sha1()
    for path in [*dictionary_files(), *place_files()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
