"""Bar charts as numbers: categories, stacked series, and the rows behind each segment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..script import to_simplified
from ..translatable import QT_TRANSLATE_NOOP

NOT_STATED = QT_TRANSLATE_NOOP("Charts", "(not stated)")
OTHER = QT_TRANSLATE_NOOP("Charts", "(other)")


@dataclass(frozen=True)
class BarSeries:
    """One layer of a stacked bar chart ("" as name when the chart is not stacked)."""

    name: str
    values: tuple[float, ...]  # one per category
    row_ids: tuple[tuple[int, ...], ...]  # one per category: the rows the segment stands for
    color_key: str = ""  # e.g. the entity type, so views can use the type's colour


@dataclass(frozen=True)
class BarSegment:
    category: int
    series: int
    bottom: float
    top: float
    row_ids: tuple[int, ...]


@dataclass(frozen=True)
class BarChart:
    title: str
    value_label: str  # what a bar's length counts
    categories: tuple[str, ...]  # in drawing order
    series: tuple[BarSeries, ...]  # stacked in this order, first at the base
    row_kind: str  # what the row ids identify: "clusters", "capacity", "documents", "entities"
    horizontal: bool = True  # categories down the side: long Chinese labels stay readable
    category_keys: tuple = ()  # per category, an identity the view can act on
    category_notes: tuple[str, ...] = ()  # per category, extra words for the hover text
    note: str = ""  # what the chart leaves out, e.g. rows without a country
    stacked_by: str = ""  # what the series split the bars by ("" when not stacked)

    def totals(self) -> tuple[float, ...]:
        return tuple(
            sum(series.values[i] for series in self.series) for i in range(len(self.categories))
        )

    def segments(self) -> Iterator[BarSegment]:
        """Every non-empty stacked segment with its extent along the value axis."""
        base = [0.0] * len(self.categories)
        for s_index, series in enumerate(self.series):
            for c_index, value in enumerate(series.values):
                if value:
                    bottom = base[c_index]
                    base[c_index] = bottom + value
                    yield BarSegment(
                        c_index, s_index, bottom, bottom + value, series.row_ids[c_index]
                    )

    def row_ids_of_category(self, category: int) -> tuple[int, ...]:
        ids: list[int] = []
        for series in self.series:
            ids.extend(series.row_ids[category])
        return tuple(ids)

    def is_empty(self) -> bool:
        return not self.categories


@lru_cache(maxsize=16384)
def grouping_key(text: str) -> str:
    """Traditional and Simplified spellings of one name fall into one group."""
    return to_simplified(" ".join(text.split())).casefold()


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str]:
    """Dictionary aliases of organisations and places → their canonical names (casefolded)."""
    from ..nlp.lexicon import default_lexicon

    return {
        term.casefold(): entry.canonical.casefold()
        for term, entry in default_lexicon().entries.items()
        if entry.type in ("ORG", "GPE")
    }


def name_key(text: str, taught: Mapping[str, str] | None = None) -> str:
    """Like :func:`grouping_key`, and a known alias joins its name: TSMC, 台積電 → 台积电.

    ``taught`` (grouping key → grouping key of the canonical name) holds the store's
    own names, merges and renames, which win over the dictionaries.
    """
    key = grouping_key(text)
    if taught and key in taught:
        return taught[key]
    key = _known_names().get(key, key)
    return taught.get(key, key) if taught else key


class Labeller:
    """Groups spellings of a name (scripts and known aliases), labels each group by its most
    used spelling.

    Each text is looked up once however many rows give it (a sheet of 100,000 rows names a
    few thousand companies): rows only count their text's uses.
    """

    def __init__(self, taught: Mapping[str, str] | None = None) -> None:
        self._taught = taught
        self._keys: dict[str, str] = {}  # text as given → its group's key
        self._uses: Counter = Counter()  # text as given → uses, in the order first seen
        self._labels: dict[str, str] | None = None

    def key(self, text: str | None) -> str:
        if not text:
            return ""
        key = self._keys.get(text)
        if key is None:
            spelled = " ".join(text.split())
            key = self._keys[text] = name_key(spelled, self._taught) if spelled else ""
        if key:
            self._uses[text] += 1
            self._labels = None
        return key

    def label(self, key: str) -> str:
        if not key:
            return NOT_STATED
        if self._labels is None:
            spellings: dict[str, Counter] = {}
            for text, uses in self._uses.items():
                spelled = " ".join(text.split())
                spellings.setdefault(self._keys[text], Counter())[spelled] += uses
            # the most used spelling; ties go to the one seen first
            self._labels = {k: c.most_common(1)[0][0] for k, c in spellings.items()}
        return self._labels[key]


def build_series(
    categories: list[str],
    layers: list[str],
    cells: dict[tuple[str, str], list[int]],
    layer_labels: dict[str, str] | None = None,
) -> tuple[BarSeries, ...]:
    """One series per layer, each with a count and row ids per category."""
    out = []
    for layer in layers:
        ids = tuple(tuple(cells.get((category, layer), ())) for category in categories)
        name = (layer_labels or {}).get(layer, layer)
        out.append(BarSeries(name, tuple(float(len(i)) for i in ids), ids, layer))
    return tuple(out)


def ordered_by_total(counts: Iterable[tuple[str, int]]) -> list[str]:
    """Largest first; equal totals in name order so the chart is stable between refreshes.

    The empty key (no value stated) comes last whatever its count: it is not a category.
    """
    return [key for key, _ in sorted(counts, key=lambda item: (not item[0], -item[1], item[0]))]
