"""What the analyst taught the recogniser: names, merged and renamed entities, non-names.

The bundled dictionaries stay read-only; the analyst's lexicon lives in the store
and is applied on top of the recogniser's output here, so every path that
recognises a document (first run, import, re-recognition, the command line)
gives the same result for the same lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..script import to_simplified
from .lexicon import Entry, Lexicon
from .mention import Mention
from .width import fold_width

# A taught name shorter than this is kept for resolving canonical names but not
# searched for in running text: one character matches everywhere.
MIN_FOUND_LENGTH = 2


def name_key(name: str) -> str:
    """The form names are compared in: Simplified, width-folded, spaces collapsed.

    Latin names keep one space between words (Super Power Rail), and
    ``identity_key`` joins the spaced and unspaced spellings.
    """
    return fold_width(to_simplified(" ".join(name.split())))


def identity_key(name: str) -> str:
    """Two canonical names with the same identity are one entity (SuperPowerRail)."""
    return re.sub(r"\s+", "", name_key(name)).casefold()


# The keys of the names mentions are written with, which recur from document to
# document (台积电 in most of them): each is a script conversion, and a long report
# has thousands of mentions.  Both are pure functions of the name, so what they
# keep never goes stale, whatever the lexicon becomes.
_name_key = lru_cache(maxsize=16384)(name_key)
_identity_key = lru_cache(maxsize=16384)(identity_key)


@dataclass(frozen=True)
class TaughtName:
    name: str  # name_key form
    type: str  # the type a mention of this name is found with
    canonical: str  # the entity it stands for: its canonical name and type
    entity_type: str


@dataclass(frozen=True)
class TaughtNames:
    """The store's lexicon as the recogniser needs it."""

    names: tuple[TaughtName, ...] = ()
    never: frozenset[str] = frozenset()  # name_key forms
    # Canonical names of the analyst's entities by (identity key, type).
    canonicals: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # Where each canonical came from, by (canonical, type).
    analyst_entities: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.names or self.never or self.canonicals)


class TaughtRecognizer:
    """The bundled recogniser with the analyst's lexicon applied on top.

    Taught names are found wherever they occur and win over what the rules found
    overlapping them; names marked "never" are dropped; every mention's canonical
    name is resolved to the store's entity (a taught alias first, then an analyst's
    entity whose canonical name has the same identity), so merges and renames hold
    for documents recognised later.
    """

    def __init__(self, base, taught: TaughtNames | None = None):
        self.base = base
        self.taught = taught or TaughtNames()
        found = [n for n in self.taught.names if len(n.name) >= MIN_FOUND_LENGTH]
        # A name taught for several types is found as the first taught.
        terms: dict[str, TaughtName] = {}
        for n in found:
            terms.setdefault(n.name, n)
        self._lexicon = Lexicon([Entry(n.name, n.entity_type, n.canonical) for n in terms.values()])
        self._by_name = {(n.name, n.type): (n.canonical, n.entity_type) for n in self.taught.names}
        self._dictionary_canonicals = {(e.canonical, e.type) for e in base.lexicon.entries.values()}

    def recognise(self, text: str) -> list[Mention]:
        if not self.taught:
            return self.base.recognise(text)
        # Converted once, for the bundled recogniser and the taught names alike.
        normalised = fold_width(to_simplified(text))
        mentions = self.base.recognise(text, normalised)
        taught = [
            Mention(m.start, m.end, m.entry.type, text[m.start : m.end], m.entry.canonical, None)
            for m in self._lexicon.find(normalised)
        ]
        if taught:
            covered = bytearray(len(text))
            for m in taught:
                covered[m.start : m.end] = b"\x01" * (m.end - m.start)
            mentions = [m for m in mentions if covered.find(1, m.start, m.end) < 0] + taught
        never = self.taught.never
        out = []
        for mention in mentions:
            key = _name_key(mention.text)
            if never and key in never:
                continue
            out.append(self._resolved(mention, key))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def _resolved(self, mention: Mention, text_key: str) -> Mention:
        type_ = mention.type
        entity = self._by_name.get((text_key, type_))
        if entity is None:
            entity = self._by_name.get((_name_key(mention.canonical), type_))
        if entity is None:
            key = (_identity_key(mention.canonical), type_)
            entity = (self.taught.canonicals.get(key, mention.canonical), type_)
        if entity == (mention.canonical, type_):
            return mention
        return replace(mention, canonical=entity[0], type=entity[1])

    def source_of(self, canonical: str, type_: str) -> str:
        """Where a recognised entity came from, for its record."""
        if (canonical, type_) in self.taught.analyst_entities:
            return "analyst"
        if (canonical, type_) in self._dictionary_canonicals:
            return "dictionary"
        return "rule"


def taught_names(
    names: Iterable[tuple[str, str, str, str]],
    never: Iterable[str],
    entities: Iterable[tuple[str, str, str]],
) -> TaughtNames:
    """From rows: (name key, type found, canonical, entity type) names, never-names and
    (canonical, type, source) entities."""
    canonicals: dict[tuple[str, str], str] = {}
    analyst = set()
    # Only the analyst's entities join other spellings (SuperPowerRail → Super Power
    # Rail): joining recognised ones would make a document's mentions depend on
    # which documents happened to be recognised before it.
    for canonical, type_, source in entities:
        if source == "analyst":
            canonicals.setdefault((identity_key(canonical), type_), canonical)
            analyst.add((canonical, type_))
    return TaughtNames(
        tuple(TaughtName(*row) for row in names), frozenset(never), canonicals, frozenset(analyst)
    )
