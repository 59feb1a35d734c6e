"""Cluster counts by country and by domain, from the cluster rows a sheet shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from ..translatable import Translate, untranslated
from ..vocabulary import REJECTED
from .bars import OTHER, BarChart, Labeller, build_series, ordered_by_total

# More stacked layers than this cannot be told apart by colour: the rest become "(other)".
MAX_STACKED_DOMAINS = 8


def _usable(rows: Iterable[Mapping]) -> tuple[list[Mapping], int]:
    kept, rejected = [], 0
    for row in rows:
        if row.get("review") == REJECTED:
            rejected += 1
        else:
            kept.append(row)
    return kept, rejected


def _note(rejected: int, missing: int, column: str, translate: Translate) -> str:
    parts = []
    if missing and column == "country":
        parts.append(translate("Charts", "{n} without a country").format(n=missing))
    elif missing:
        parts.append(translate("Charts", "{n} without a domain").format(n=missing))
    if rejected:
        parts.append(translate("Charts", "{n} rejected not counted").format(n=rejected))
    return translate("Charts", "; ").join(parts)


def clusters_by_country(
    rows: Iterable[Mapping], stack_by_domain: bool = False, translate: Translate = untranslated
) -> BarChart:
    """How many clusters each country has; optionally split by domain."""
    if stack_by_domain:
        title = translate("Charts", "Clusters by country, stacked by domain")
    else:
        title = translate("Charts", "Clusters by country")
    return _count_by(rows, "country", title, stack_by_domain, translate)


def clusters_by_domain(rows: Iterable[Mapping], translate: Translate = untranslated) -> BarChart:
    title = translate("Charts", "Clusters by domain")
    return _count_by(rows, "domain", title, False, translate)


def _count_by(
    rows: Iterable[Mapping], column: str, title: str, stack_by_domain: bool, translate: Translate
) -> BarChart:
    kept, rejected = _usable(rows)
    labels, domains = Labeller(), Labeller()
    keyed = [
        (
            labels.key(row.get(column)),
            domains.key(row.get("domain")) if stack_by_domain else "",
            row,
        )
        for row in kept
    ]
    category_totals = Counter(key for key, _, _ in keyed)
    categories = ordered_by_total(category_totals.items())

    layer_of: dict[str, str] = {}
    if stack_by_domain:
        domain_totals = Counter(domain for _, domain, _ in keyed)
        ranked = ordered_by_total(domain_totals.items())
        shown = ranked if len(ranked) <= MAX_STACKED_DOMAINS else ranked[: MAX_STACKED_DOMAINS - 1]
        layer_of = {domain: (domain if domain in shown else OTHER) for domain in ranked}
        layers = shown + ([OTHER] if len(shown) < len(ranked) else [])
        layer_labels = {domain: domains.label(domain) for domain in shown}
        layer_labels[OTHER] = OTHER
    else:
        layers, layer_labels = [""], {"": ""}

    cells: dict[tuple[str, str], list[int]] = {}
    for key, domain, row in keyed:
        cells.setdefault((key, layer_of.get(domain, "")), []).append(row["id"])

    return BarChart(
        title=title,
        value_label=translate("Charts", "clusters"),
        categories=tuple(labels.label(key) for key in categories),
        series=build_series(categories, layers, cells, layer_labels),
        row_kind="clusters",
        category_keys=tuple(categories),
        note=_note(rejected, category_totals.get("", 0), column, translate),
        stacked_by="domain" if stack_by_domain else "",
    )
