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
    """Longest-first matching of dictionary terms in a Simplified, width-folded text."""

    def __init__(self, entries: list[Entry]):
        self.entries = {entry.term: entry for entry in entries}
        terms = sorted(self.entries, key=len, reverse=True)
        parts = []
        for term in terms:
            escaped = re.escape(term)
            # Latin terms match whole words only: "ASE" must not fire inside "PHASE".
            if term[0].isascii() and term[0].isalnum():
                escaped = r"(?<![A-Za-z0-9])" + escaped
            if term[-1].isascii() and term[-1].isalnum():
                escaped += r"(?![A-Za-z0-9])"
            parts.append(escaped)
        self._pattern = re.compile("|".join(parts)) if parts else None

    def find(self, text: str) -> list[LexiconMatch]:
        if self._pattern is None:
            return []
        return [
            LexiconMatch(m.start(), m.end(), self.entries[m.group(0)])
            for m in self._pattern.finditer(text)
        ]


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
