"""Curated domain dictionaries from ``resources/dictionaries``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource_path

DICTIONARY_TYPES = {"org": "ORG", "gpe": "GPE", "person": "PERSON", "product": "PRODUCT"}


@dataclass(frozen=True)
class Entry:
    term: str
    type: str
    canonical: str


@dataclass(frozen=True)
class LexiconMatch:
    start: int
    end: int
    entry: Entry


class Lexicon:
    """Leftmost-longest matching of dictionary terms in a Simplified, width-folded text.

    Terms are indexed by their first character with the lengths that occur, so a
    scan costs a few set look-ups per candidate position; one regular expression
    alternating over thousands of terms was many times slower.
    """

    def __init__(self, entries: list[Entry]):
        self.entries = {entry.term: entry for entry in entries}
        lengths: dict[str, set[int]] = {}
        for term in self.entries:
            lengths.setdefault(term[0], set()).add(len(term))
        self._lengths = {ch: sorted(found, reverse=True) for ch, found in lengths.items()}
        starts = "".join(re.escape(ch) for ch in sorted(self._lengths))
        self._start = re.compile(f"[{starts}]") if starts else None

    def find(self, text: str) -> list[LexiconMatch]:
        if self._start is None:
            return []
        found: list[LexiconMatch] = []
        position = 0
        entries, lengths, search = self.entries, self._lengths, self._start.search
        while True:
            hit = search(text, position)
            if hit is None:
                return found
            start = hit.start()
            for length in lengths[text[start]]:
                if start + length > len(text):
                    continue
                term = text[start : start + length]
                if term in entries and _whole_word(text, start, start + length):
                    found.append(LexiconMatch(start, start + length, entries[term]))
                    position = start + length
                    break
            else:
                position = start + 1


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


def read_entries() -> list[Entry]:
    entries: list[Entry] = []
    for path in dictionary_files():
        type_ = DICTIONARY_TYPES[path.stem]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            term, _, canonical = line.partition("\t")
            term = term.strip()
            entries.append(Entry(term, type_, canonical.strip() or term.replace(" ", "")))
    return entries


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(read_entries())


def dictionaries_digest() -> str:
    """Changes whenever a dictionary changes, so stored mentions are redone."""
    digest = hashlib.sha1()
    for path in dictionary_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
