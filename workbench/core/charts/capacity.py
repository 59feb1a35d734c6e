"""Capacity over time per company, for one product and unit at a time.

Figures in different units (万片/月 vs 万辆/年) or of different products are never
drawn on one axis: the rows are first split into groups by product, unit and
period, and a chart shows one group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..vocabulary import ACTUAL, CAPACITY_STATUSES, REJECTED, STATUS_NOT_STATED
from .bars import Labeller, grouping_key

# Drawing order: what exists first, what is hoped for after.
STATUS_ORDER = tuple(code for code in CAPACITY_STATUSES.codes if code != STATUS_NOT_STATED)


@dataclass(frozen=True)
class CapacityGroup:
    """Rows whose figures can share one axis."""

    key: tuple[str, str, str]  # normalised (product, unit, period)
    product: str
    unit: str
    period: str
    rows: int

    @property
    def label(self) -> str:
        period = f", {self.period}" if self.period else ""
        return f"{self.product} · {self.unit}{period} ({self.rows})"


@dataclass(frozen=True)
class CapacityPoint:
    year: int
    low: float
    high: float
    status: str
    company: str
    row_ids: tuple[int, ...]  # rows stating exactly this figure for this company and year

    @property
    def value(self) -> float:
        """Where the marker sits: the middle of a range, or the figure itself."""
        return (self.low + self.high) / 2

    @property
    def is_range(self) -> bool:
        return self.high > self.low

    def value_text(self, unit: str) -> str:
        amount = (
            _number(self.low) if not self.is_range else f"{_number(self.low)}–{_number(self.high)}"
        )
        return f"{amount} {unit}".strip()


@dataclass(frozen=True)
class CapacitySeries:
    company: str
    status: str  # actual, planned or forecast ("" when the source does not say)
    points: tuple[CapacityPoint, ...]  # by year
    # A plan or forecast continues the company's line from its latest earlier figure.
    anchor: CapacityPoint | None = None

    def line(self) -> tuple[CapacityPoint, ...]:
        """The points the series' line passes through: the anchor, then its own."""
        return ((self.anchor,) if self.anchor else ()) + self.points


@dataclass(frozen=True)
class CapacityChart:
    group: CapacityGroup | None
    companies: tuple[str, ...]  # stable order for colours and legend
    series: tuple[CapacitySeries, ...]
    note: str = ""

    @property
    def title(self) -> str:
        if self.group is None:
            return "Capacity: no figures"
        return f"Capacity: {self.group.product} ({self.group.unit})"

    @property
    def unit(self) -> str:
        return self.group.unit if self.group else ""

    def points(self) -> list[CapacityPoint]:
        return [point for series in self.series for point in series.points]


def _number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4g}"


def _year(value) -> int | None:
    try:
        year = int(float(value))
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _group_key(row: Mapping) -> tuple[str, str, str]:
    return (
        grouping_key(str(row.get("product") or "")),
        grouping_key(str(row.get("unit") or "")),
        grouping_key(str(row.get("period") or "")),
    )


def capacity_groups(rows: Iterable[Mapping]) -> list[CapacityGroup]:
    """Product/unit/period groups, those with the most rows first."""
    counts: Counter = Counter()
    spellings: dict[tuple[str, str, str], Counter] = {}
    for row in rows:
        if row.get("review") == REJECTED or _float(row.get("value_low")) is None:
            continue
        key = _group_key(row)
        counts[key] += 1
        spelled = (
            str(row.get("product") or "").strip(),
            str(row.get("unit") or "").strip(),
            str(row.get("period") or "").strip(),
        )
        if key not in spellings:
            spellings[key] = Counter()
        spellings[key][spelled] += 1
    groups = []
    for key, count in counts.items():
        product, unit, period = spellings[key].most_common(1)[0][0]
        groups.append(
            CapacityGroup(key, product or "(no product)", unit or "(no unit)", period, count)
        )
    groups.sort(key=lambda g: (-g.rows, g.key))
    return groups


def capacity_chart(
    rows: Iterable[Mapping],
    group_key: tuple[str, str, str] | None = None,
    taught_names: Mapping[str, str] | None = None,
) -> CapacityChart:
    """Figures of one group (the largest when ``group_key`` is None) per company over years.

    Rows stating the same figure for the same company, year and status become one
    point that carries all their ids; rejected rows and rows without a year are left
    out and counted in the note.  ``taught_names`` (see :func:`bars.name_key`) joins
    the companies the analyst merged or renamed.
    """
    rows = list(rows)
    groups = capacity_groups(rows)
    if not groups:
        return CapacityChart(None, (), (), "no capacity figures to draw")
    group = next((g for g in groups if g.key == group_key), groups[0])

    companies = Labeller(taught_names)
    cells: dict[tuple[str, str, int, float, float], list[int]] = {}
    no_year = 0
    for row in rows:
        low = _float(row.get("value_low"))
        if row.get("review") == REJECTED or low is None or _group_key(row) != group.key:
            continue
        year = _year(row.get("year"))
        if year is None:
            no_year += 1
            continue
        high = _float(row.get("value_high"))
        high = low if high is None or high < low else high
        status = str(row.get("status") or ACTUAL).strip().lower()
        company = companies.key(row.get("company"))
        cells.setdefault((company, status, year, low, high), []).append(row["id"])

    names = {company: companies.label(company) for company in {key[0] for key in cells}}
    by_series: dict[tuple[str, str], list[CapacityPoint]] = {}
    for (company, status, year, low, high), ids in cells.items():
        point = CapacityPoint(year, low, high, status, names[company], tuple(ids))
        by_series.setdefault((company, status), []).append(point)
    company_rows = Counter()
    for (company, _), points in by_series.items():
        company_rows[company] += sum(len(p.row_ids) for p in points)
    company_order = sorted(company_rows, key=lambda c: (-company_rows[c], c))

    def status_rank(status: str) -> int:
        return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)

    series = []
    earlier: dict[str, list[CapacityPoint]] = {}  # per company, points of statuses drawn so far
    for (company, status), points in sorted(
        by_series.items(),
        key=lambda item: (company_order.index(item[0][0]), status_rank(item[0][1])),
    ):
        points = sorted(points, key=lambda p: (p.year, p.value))
        anchor = None
        if status in STATUS_ORDER[1:]:
            before = [p for p in earlier.get(company, []) if p.year < points[0].year]
            anchor = max(before, key=lambda p: (p.year, p.value), default=None)
        series.append(CapacitySeries(names[company], status, tuple(points), anchor))
        earlier.setdefault(company, []).extend(points)
    note = f"{no_year} row{'s' if no_year != 1 else ''} without a year not drawn" if no_year else ""
    return CapacityChart(group, tuple(names[c] for c in company_order), tuple(series), note)
