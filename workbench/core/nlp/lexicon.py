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

    Terms are indexed by their first two characters with the lengths that occur,
    and one character class finds the places where such a pair can begin, so a scan
    costs a few set look-ups per candidate position; one regular expression
    alternating over thousands of terms was many times slower.
    """

    def __init__(self, entries: list[Entry]):
        self.entries = {entry.term: entry for entry in entries}
        lengths: dict[str, set[int]] = {}
        for term in self.entries:
            lengths.setdefault(term[:2], set()).add(len(term))
        # Keyed by the first two characters; a one-character term by itself.
        self._lengths = {key: sorted(found, reverse=True) for key, found in lengths.items()}
        self._singles = {key for key in self._lengths if len(key) == 1}
        self._start = _pair_starts(self._lengths) if self._lengths else None

    def find(self, text: str) -> list[LexiconMatch]:
        if self._start is None:
            return []
        found: list[LexiconMatch] = []
        position = 0
        entries, lengths, singles = self.entries, self._lengths, self._singles
        size = len(text)
        for hit in self._start.finditer(text):
            start = hit.start()
            if start < position:
                continue  # inside the previous match
            candidates = lengths.get(text[start : start + 2], ())
            if singles and text[start] in singles:
                candidates = [*candidates, 1]
            for length in candidates:
                if start + length > size:
                    continue
                term = text[start : start + length]
                if term in entries and _whole_word(text, start, start + length):
                    found.append(LexiconMatch(start, start + length, entries[term]))
                    position = start + length
                    break
        return found


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


@lru_cache(maxsize=1)
def dictionary_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """Every dictionary term of each (canonical, type): the names search widens to."""
    names: dict[tuple[str, str], list[str]] = {}
    for entry in default_lexicon().entries.values():
        names.setdefault((entry.canonical, entry.type), []).append(entry.term)
    return {key: tuple(terms) for key, terms in names.items()}


def dictionaries_digest() -> str:
    """Changes whenever a dictionary changes, so stored mentions are redone."""
    digest = hashlib.sha1()
    for path in dictionary_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
