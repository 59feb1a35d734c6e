"""Corpus charts: the most mentioned entities by type, and documents by publish date."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from ..store.mentions import EntityEntry, entity_index
from ..translatable import Translate, untranslated
from ..vocabulary import DOCUMENT_KINDS, ENTITY_TYPE_CODES, ENTITY_TYPES
from .bars import BarChart, BarSeries, build_series


def top_entities(
    entries: Iterable[EntityEntry],
    types: Sequence[str] | None = None,
    per_type: int = 10,
    translate: Translate = untranslated,
) -> BarChart:
    """The ``per_type`` most mentioned entities of each type, most mentioned first.

    ``entries`` are :func:`entity_index` rows (rejected mentions already left out);
    the bars count mentions, and the hover text adds how many documents they are in.
    """
    wanted = tuple(types) if types else ENTITY_TYPE_CODES
    by_type: dict[str, list[EntityEntry]] = {type_: [] for type_ in wanted}
    for entry in entries:
        if entry.type in by_type:
            by_type[entry.type].append(entry)
    chosen: list[EntityEntry] = []
    for type_ in wanted:
        ranked = sorted(by_type[type_], key=lambda e: (-e.mentions, -e.documents, e.canonical))
        chosen.extend(ranked[:per_type])
    if len(wanted) > 1:
        # One ranking across types keeps the longest bars at the top of the chart.
        chosen.sort(key=lambda e: (-e.mentions, wanted.index(e.type), e.canonical))

    series = []
    for type_ in wanted:
        values = tuple(float(e.mentions) if e.type == type_ else 0.0 for e in chosen)
        if any(values):
            label = ENTITY_TYPES.label(type_, translate)
            series.append(BarSeries(label, values, ((),) * len(chosen), type_))
    if len(wanted) == 1:
        title = translate("Charts", "Most mentioned: {type}").format(
            type=ENTITY_TYPES.label(wanted[0], translate)
        )
    else:
        title = translate("Charts", "Most mentioned entities (top {n} of each type)").format(
            n=per_type
        )
    return BarChart(
        title=title,
        value_label=translate("Charts", "mentions"),
        categories=tuple(e.canonical for e in chosen),
        series=tuple(series),
        row_kind="entities",
        category_keys=tuple((e.canonical, e.type) for e in chosen),
        category_notes=tuple(
            (
                translate("Charts", "{type}, in 1 document")
                if e.documents == 1
                else translate("Charts", "{type}, in {n} documents")
            ).format(type=ENTITY_TYPES.label(e.type, translate), n=e.documents)
            for e in chosen
        ),
    )


def entity_entries(conn: sqlite3.Connection) -> list[EntityEntry]:
    return entity_index(conn)


_DATE = re.compile(r"(\d{4})(?:[-/.年](\d{1,2}))?(?:[-/.月](\d{1,2}))?")

# Buckets narrow enough to show a trend, wide enough that the bars stay few.
_DAY_SPAN_LIMIT = 92
_MONTH_SPAN_LIMIT = 6 * 366


def parse_publish_date(text: str | None) -> date | None:
    """``2023-12-07``, ``2023/12``, ``2023年12月7日`` or ``2023``; ``None`` if none is there."""
    match = _DATE.search(text or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        return date(year, month or 1, day or 1)
    except ValueError:
        return None


def documents_by_date(
    rows: Iterable[Mapping], bucket: str = "auto", translate: Translate = untranslated
) -> BarChart:
    """Documents per day, month or year of publication, stacked by kind (report, article…).

    ``rows`` hold ``id``, ``kind`` and ``publish_date``. Empty buckets between the
    first and last date are kept so the spacing along the axis is true to time.
    """
    dated: list[tuple[date, str, int]] = []
    undated = 0
    for row in rows:
        when = parse_publish_date(row.get("publish_date"))
        if when is None:
            undated += 1
        else:
            dated.append((when, row.get("kind") or "document", row["id"]))
    note = ""
    if undated == 1:
        note = translate("Charts", "1 document without a publish date")
    elif undated:
        note = translate("Charts", "{n} documents without a publish date").format(n=undated)
    value_label = translate("Charts", "documents")
    if not dated:
        title = translate("Charts", "Documents by publish date")
        return BarChart(title, value_label, (), (), "documents", False, note=note)

    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    if bucket == "auto":
        span = (last - first).days
        bucket = (
            "day" if span <= _DAY_SPAN_LIMIT else "month" if span <= _MONTH_SPAN_LIMIT else "year"
        )
    keys = _bucket_keys(first, last, bucket)
    cells: dict[tuple[str, str], list[int]] = {}
    for when, kind, document_id in dated:
        cells.setdefault((_bucket_of(when, bucket), kind), []).append(document_id)
    kind_totals = Counter(kind for _, kind, _ in dated)
    kinds = sorted(kind_totals, key=lambda k: (-kind_totals[k], k))
    return BarChart(
        title=_BY_DATE_TITLES[bucket](translate),
        value_label=value_label,
        categories=tuple(keys),
        series=build_series(
            keys,
            kinds,
            cells,
            {k: DOCUMENT_KINDS.label(k, translate) for k in DOCUMENT_KINDS.codes},
        ),
        row_kind="documents",
        horizontal=False,
        category_keys=tuple(keys),
        note=note,
        stacked_by="kind",
    )


_BY_DATE_TITLES = {
    "day": lambda translate: translate("Charts", "Documents by publish date (per day)"),
    "month": lambda translate: translate("Charts", "Documents by publish date (per month)"),
    "year": lambda translate: translate("Charts", "Documents by publish date (per year)"),
}


def _bucket_of(when: date, bucket: str) -> str:
    if bucket == "day":
        return when.isoformat()
    if bucket == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}"


def _bucket_keys(first: date, last: date, bucket: str) -> list[str]:
    if bucket == "day":
        return [
            date.fromordinal(o).isoformat() for o in range(first.toordinal(), last.toordinal() + 1)
        ]
    if bucket == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
    return [f"{y:04d}" for y in range(first.year, last.year + 1)]


def document_rows(conn: sqlite3.Connection) -> list[dict]:
    return [
        {"id": row[0], "kind": row[1], "publish_date": row[2]}
        for row in conn.execute("SELECT id, kind, publish_date FROM documents ORDER BY id")
    ]
