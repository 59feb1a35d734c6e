"""Capacity charts: companies' capacity over time, and the latest capacity per company.

Figures are split into groups before anything is drawn, and a chart shows one
group, so that one axis only ever carries figures that can be compared:

- **Product, canonical unit and qualifier.**  The figure is taken in its kind's
  canonical unit (``std_low``/``std_high``/``std_unit``, see ``core/units.py``):
  萬片/月, 万片/月, kwpm and 千片/月 rows are one 万片/月 group, MWh and GWh one GWh
  group.  A wafer-size equivalence (12英寸当量) is part of the group.  Only a row
  whose unit has no canonical form falls back to its unit as written (with its
  period).  Product names fold Traditional into Simplified (晶圓 = 晶圆).
- **Level or addition.**  Capacity *added* (新增, 擴產 5 萬片) is a change, not a
  level: drawn on a company's level line it would make the line drop and jump
  back, and a bar of it would rank a small expansion against whole fabs.  An
  analyst still follows announced expansions, though, so additions are not
  dropped: they form groups of their own ("… · addition"), listed after the
  levels of the same unit, and a level chart's note says how many are apart.
- **Whose figure.**  Company figures are the lines and bars.  Totals of a table
  (合计) and market-wide figures (全球, 全国) are never drawn on a company axis:
  they form a "market & totals" group of the same unit, where each scope (and
  place, when stated) is a line of its own; a company chart's note counts them.

Companies are joined by name (scripts, known aliases, and the analyst's merges
and renames through ``taught_names``; see :func:`bars.name_key`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from ..units import unit_label
from ..vocabulary import (
    ACTUAL,
    ADDITION,
    CAPACITY_MEASURES,
    CAPACITY_PERIODS,
    CAPACITY_SCOPES,
    CAPACITY_STATUSES,
    COMPANY_SCOPE,
    FORECAST,
    LEVEL,
    MARKET_SCOPE,
    PLANNED,
    REJECTED,
    STATUS_NOT_STATED,
    TOTAL_SCOPE,
)
from .bars import Labeller, grouping_key

# Drawing order: what exists first, what is hoped for after.
STATUS_ORDER = tuple(code for code in CAPACITY_STATUSES.codes if code != STATUS_NOT_STATED)
# Which of one company's figures for one year is its latest: what exists beats what
# is hoped for.  A figure with no status word (月产能达 25 万片) reads as current in the
# sources, so it comes right after an actual one.
LATEST_PREFERENCE = (ACTUAL, STATUS_NOT_STATED, PLANNED, FORECAST)

# Totals and market figures together: the group's "scope" when it is not companies'.
AGGREGATE = "aggregate"
AGGREGATE_LABEL = QT_TRANSLATE_NOOP("Charts", "market & totals")
# The context of the chart texts in the translation files.
CHARTS_CONTEXT = "Charts"
AGGREGATE_SCOPES = (TOTAL_SCOPE, MARKET_SCOPE)

# Lines of the over-time chart when no company is chosen: one colour each (the
# palette's size); more companies are listed in the company picker, one click away.
MAX_COMPANY_LINES = 12
# Bars of the latest-capacity chart: more would not be read, and a store can hold
# thousands of companies.
LATEST_TOP = 30

GroupKey = tuple[str, str, str, str, str]  # product, unit, qualifier, measure, scope


@dataclass(frozen=True)
class CapacityGroup:
    """Rows whose figures can share one axis."""

    key: GroupKey
    product: str
    unit: str  # the canonical unit (or the unit as written when it has none)
    qualifier: str  # e.g. 12英寸当量, or ""
    period: str  # only beside a unit as written (a canonical unit carries its period)
    measure: str  # LEVEL or ADDITION
    aggregate: bool  # totals and market-wide figures, not a company's
    rows: int
    # The language of the labels (see core.translatable).
    translate: Translate = field(default=untranslated, compare=False, repr=False)

    @property
    def unit_text(self) -> str:
        """The axis' unit: ``万片/月 (12英寸当量)``."""
        unit = unit_label(self.unit, self.qualifier)
        if not self.period:
            return unit
        return f"{unit}, {CAPACITY_PERIODS.label(self.period, self.translate)}"

    @property
    def label(self) -> str:
        parts = [self.product, self.unit_text]
        if self.measure == ADDITION:
            parts.append(CAPACITY_MEASURES.label(ADDITION, self.translate))
        if self.aggregate:
            parts.append(self.translate(CHARTS_CONTEXT, AGGREGATE_LABEL))
        return f"{' · '.join(parts)} ({self.rows})"

    @property
    def family(self) -> tuple[str, str, str]:
        """Product, unit and qualifier: the groups of one family differ in measure or scope."""
        return self.key[:3]


def _number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4g}"


def _amount(low: float, high: float) -> str:
    return _number(low) if high <= low else f"{_number(low)}–{_number(high)}"


class _Figure:
    """A figure that may be a range: ``low`` to ``high`` (equal for one value)."""

    low: float
    high: float

    @property
    def value(self) -> float:
        """Where a marker sits or a bar ends: the middle of a range, or the figure."""
        return (self.low + self.high) / 2

    @property
    def is_range(self) -> bool:
        return self.high > self.low

    def value_text(self, unit: str = "") -> str:
        return f"{_amount(self.low, self.high)} {unit}".strip()


@dataclass(frozen=True)
class CapacityPoint(_Figure):
    year: int
    low: float
    high: float
    status: str
    company: str  # the label drawn
    row_ids: tuple[int, ...]  # rows stating exactly this figure for this company and year
    company_key: str = ""  # the company's grouping key (what a company picker holds)
    sources: int = 0  # documents stating it: the rows and the rows merged into them


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
class CompanyChoice:
    """A company of a group, as a company picker offers it."""

    key: str
    label: str
    rows: int


_NO_FIGURES = QT_TRANSLATE_NOOP("Charts", "Capacity: no figures")
_LEVEL = QT_TRANSLATE_NOOP("Charts", "Capacity")
_ADDED = QT_TRANSLATE_NOOP("Charts", "Capacity added")
_AGGREGATE = QT_TRANSLATE_NOOP("Charts", "Market & total capacity")
_AGGREGATE_ADDED = QT_TRANSLATE_NOOP("Charts", "Market & total capacity added")
_GROUP_TITLE = QT_TRANSLATE_NOOP("Charts", "{subject}: {product} · {unit}")


class _GroupChart:
    """A chart of one capacity group: its figures share the group's unit."""

    group: CapacityGroup | None

    @property
    def unit(self) -> str:
        """The unit a figure is read in (without its qualifier)."""
        return self.group.unit if self.group else ""

    @property
    def axis_label(self) -> str:
        return self.group.unit_text if self.group else ""


@dataclass(frozen=True)
class CapacityChart(_GroupChart):
    group: CapacityGroup | None
    companies: tuple[str, ...]  # drawn, in a stable order for colours and legend
    series: tuple[CapacitySeries, ...]
    note: str = ""
    choices: tuple[CompanyChoice, ...] = ()  # every company of the group, most rows first
    company: str | None = None  # the company key the chart is limited to, if any
    groups: tuple[CapacityGroup, ...] = ()  # the groups it was chosen from (a group picker's)
    translate: Translate = field(default=untranslated, compare=False, repr=False)

    @property
    def title(self) -> str:
        translate = self.translate
        if self.group is None:
            return translate(CHARTS_CONTEXT, _NO_FIGURES)
        if self.group.aggregate:
            subject = translate(
                CHARTS_CONTEXT, _AGGREGATE_ADDED if self.group.measure == ADDITION else _AGGREGATE
            )
        else:
            subject = translate(
                CHARTS_CONTEXT, _ADDED if self.group.measure == ADDITION else _LEVEL
            )
        title = translate(CHARTS_CONTEXT, _GROUP_TITLE).format(
            subject=subject, product=self.group.product, unit=self.group.unit_text
        )
        if self.company is not None and self.companies:
            title += f" — {self.companies[0]}"
        return title

    def points(self) -> list[CapacityPoint]:
        return [point for series in self.series for point in series.points]


def _year(value) -> int | None:
    if type(value) is not int:  # stored years are ints; anything else is parsed
        try:
            value = int(float(value))
        except (TypeError, ValueError):
            return None
    return value if 1900 <= value <= 2200 else None


def _float(value) -> float | None:
    if type(value) is float:
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


_CLASS_ORDER = {
    (LEVEL, COMPANY_SCOPE): 0,
    (ADDITION, COMPANY_SCOPE): 1,
    (LEVEL, AGGREGATE): 2,
    (ADDITION, AGGREGATE): 3,
}

# What a row says about its group, as stored: product, unit, period, qualifier, measure,
# scope, and whether the unit is the canonical one.
_Spelled = tuple[str, str, str, str, str, str, bool]


class _FigureReader:
    """Reads each row's figure and the group it falls in.

    A sheet of thousands of rows spells its products and units a few dozen ways:
    the group key of each spelling is worked out once, not once per row.
    """

    def __init__(self) -> None:
        self._keys: dict[_Spelled, GroupKey] = {}
        self._uses: Counter = Counter()  # spelling → rows

    def read(self, row: Mapping) -> GroupKey | None:
        """The group of the row's figure (see :func:`_figure`); None for a rejected row or
        one without a figure."""
        if row.get("review") == REJECTED:
            return None
        std_unit = row.get("std_unit") or ""
        if std_unit and _float(row.get("std_low")) is not None:
            spelled = (row.get("product") or "", std_unit, "", row.get("unit_qualifier") or "")
            spelled += (row.get("measure"), row.get("scope"), True)
        elif _float(row.get("value_low")) is not None:
            spelled = (
                row.get("product") or "",
                row.get("unit") or "",
                row.get("period") or "",
                row.get("unit_qualifier") or "",
                row.get("measure"),
                row.get("scope"),
                False,
            )
        else:
            return None
        key = self._keys.get(spelled)
        if key is None:
            key = self._keys[spelled] = _group_key(spelled)
        self._uses[spelled] += 1
        return key

    def groups(self, translate: Translate = untranslated) -> list[CapacityGroup]:
        """Every group read so far, labelled by its most used spelling."""
        counts: Counter = Counter()
        spellings: dict[GroupKey, Counter] = {}
        for spelled, uses in self._uses.items():
            key = self._keys[spelled]
            counts[key] += uses
            shown = (_words(spelled[0]), _words(spelled[1]), spelled[3].strip(), spelled[2])
            spellings.setdefault(key, Counter())[shown] += uses
        families: Counter = Counter()
        for key, count in counts.items():
            families[key[:3]] += count
        groups = []
        for key, count in counts.items():
            product, unit, qualifier, period = spellings[key].most_common(1)[0][0]
            groups.append(
                CapacityGroup(
                    key,
                    product or translate(CHARTS_CONTEXT, _NO_PRODUCT),
                    unit or translate(CHARTS_CONTEXT, _NO_UNIT),
                    qualifier,
                    period.strip(),
                    key[3],
                    key[4] == AGGREGATE,
                    count,
                    translate,
                )
            )
        # The largest family first; in a family, companies' levels, their additions, then
        # the market's and totals, so that the groups of one unit sit together in a list.
        groups.sort(key=lambda g: (-families[g.family], g.family, _CLASS_ORDER[g.key[3:]]))
        return groups


def _figure(row: Mapping) -> tuple[float, float]:
    """(low, high) of a row that has a figure: in its canonical unit, or as written when
    its unit has none.  An open-ended figure (超过 5 万吨) is drawn at the figure stated."""
    low = _float(row.get("std_low")) if row.get("std_unit") else None
    if low is not None:
        high = _float(row.get("std_high"))
    else:
        low, high = _float(row.get("value_low")), _float(row.get("value_high"))
    return low, (low if high is None or high < low else high)


def _words(text: str) -> str:
    return " ".join(str(text).split())


def _group_key(spelled: _Spelled) -> GroupKey:
    product, unit, period, qualifier, measure, scope, canonical = spelled
    if canonical:
        unit_key = str(unit).strip()
    else:  # the unit as written, with its period: never equal to a canonical unit
        unit_key = f"{grouping_key(_words(unit))}|{str(period).strip()}"
    return (
        grouping_key(_words(product)),
        unit_key,
        grouping_key(str(qualifier).strip()),
        ADDITION if measure == ADDITION else LEVEL,
        AGGREGATE if scope in AGGREGATE_SCOPES else COMPANY_SCOPE,
    )


_NO_PRODUCT = QT_TRANSLATE_NOOP("Charts", "(no product)")
_NO_UNIT = QT_TRANSLATE_NOOP("Charts", "(no unit)")


def _read(
    rows: Iterable[Mapping], translate: Translate = untranslated
) -> tuple[list, list, list[CapacityGroup]]:
    """The rows, the group key of each (None: no figure), and the groups.

    The keys are shared tuples, one per group: a million rows add no million objects
    for the garbage collector to walk.
    """
    rows = rows if isinstance(rows, list) else list(rows)
    reader = _FigureReader()
    keys = [reader.read(row) for row in rows]
    return rows, keys, reader.groups(translate)


def capacity_groups(
    rows: Iterable[Mapping], translate: Translate = untranslated
) -> list[CapacityGroup]:
    """Product/unit/qualifier groups, split by measure and scope; the largest family first."""
    return _read(rows, translate)[2]


def _choose(groups: list[CapacityGroup], key) -> CapacityGroup:
    return next((g for g in groups if g.key == tuple(key or ())), groups[0])


def _apart_note(groups: list[CapacityGroup], group: CapacityGroup, translate: Translate) -> str:
    """What of the same product and unit another group holds: never mixed in silently."""
    if group.aggregate:
        return ""
    apart = [g for g in groups if g.family == group.family and g is not group]
    aggregate = sum(g.rows for g in apart if g.aggregate)
    added = sum(g.rows for g in apart if not g.aggregate and g.measure == ADDITION)
    if aggregate and added and group.measure != ADDITION:
        text = translate("Charts", "{aggregate} and {added} charted separately")
    elif aggregate:
        text = translate("Charts", "{aggregate} charted separately")
    elif added and group.measure != ADDITION:
        text = translate("Charts", "{added} charted separately")
    else:
        return ""
    return text.format(
        aggregate=_counted(
            aggregate,
            translate(CHARTS_CONTEXT, _ONE_AGGREGATE),
            translate(CHARTS_CONTEXT, _AGGREGATES),
        ),
        added=_counted(
            added, translate(CHARTS_CONTEXT, _ONE_ADDITION), translate(CHARTS_CONTEXT, _ADDITIONS)
        ),
    )


_ONE_AGGREGATE = QT_TRANSLATE_NOOP("Charts", "1 market or total figure")
_AGGREGATES = QT_TRANSLATE_NOOP("Charts", "{n} market or total figures")
_ONE_ADDITION = QT_TRANSLATE_NOOP("Charts", "1 capacity addition")
_ADDITIONS = QT_TRANSLATE_NOOP("Charts", "{n} capacity additions")


def _counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (with ``{n}``, in the chart's language already) for ``count``."""
    return one if count == 1 else many.format(n=f"{count:,}")


def _owner(
    row: Mapping, group: CapacityGroup, companies: Labeller, scopes: Mapping[str, str]
) -> str:
    """The key a row's figure is drawn under: its company's, or in a market & totals
    group its scope's (``scopes``: each scope's label) and place's."""
    if not group.aggregate:
        return companies.key(row.get("company"))
    scope = str(row.get("scope") or "")
    place = " ".join(str(row.get("location") or "").split())
    return companies.key(f"({scopes.get(scope, scope)}) {place}".strip())


class _Statuses:
    """A row's status as stored (``""`` read as ``missing``), each spelling cleaned once."""

    def __init__(self, missing: str) -> None:
        self._missing = missing
        self._seen: dict[object, str] = {}

    def of(self, row: Mapping) -> str:
        raw = row.get("status")
        status = self._seen.get(raw)
        if status is None:
            status = self._seen[raw] = str(raw or self._missing).strip().lower()
        return status


def _sources(row: Mapping) -> int:
    count = row.get("sources")
    if type(count) is not int:
        count = int(_float(count) or 0)
    return count if count > 0 else 1


def capacity_chart(
    rows: Iterable[Mapping],
    group_key: GroupKey | None = None,
    taught_names: Mapping[str, str] | None = None,
    company: str | None = None,
    max_companies: int = MAX_COMPANY_LINES,
    translate: Translate = untranslated,
) -> CapacityChart:
    """Figures of one group (the first when ``group_key`` is None) per company over years.

    Rows stating the same figure for the same company, year and status become one
    point that carries all their ids; rejected rows and rows without a year are left
    out and counted in the note.  ``company`` (a key of :attr:`CapacityChart.choices`)
    limits the chart to that company; without it the ``max_companies`` companies with
    the most rows are drawn and the others counted in the note.
    """
    rows, keys, groups = _read(rows, translate)
    if not groups:
        return CapacityChart(
            None, (), (), translate("Charts", "no capacity figures to draw"), translate=translate
        )
    group = _choose(groups, group_key)

    companies = Labeller(taught_names)
    # Labelled once, not once a row.
    scopes = {code: CAPACITY_SCOPES.label(code, translate) for code in CAPACITY_SCOPES.codes}
    cells: dict[tuple[str, str, int, float, float], list[int]] = {}
    sources: Counter = Counter()
    company_rows: Counter = Counter()
    statuses = _Statuses(ACTUAL)
    no_year = 0
    wanted = group.key
    for row, key in zip(rows, keys, strict=True):
        if key != wanted:
            continue
        low, high = _figure(row)
        owner = _owner(row, group, companies, scopes)
        company_rows[owner] += 1
        year = _year(row.get("year"))
        if year is None:
            no_year += 1
            continue
        cell = (owner, statuses.of(row), year, low, high)
        cells.setdefault(cell, []).append(row["id"])
        sources[cell] += _sources(row)

    names = {key: companies.label(key) for key in company_rows}
    order = sorted(company_rows, key=lambda c: (-company_rows[c], names[c]))
    choices = tuple(CompanyChoice(c, names[c], company_rows[c]) for c in order)
    notes = []
    if company is not None and company in company_rows:
        drawn = [company]
    else:
        company = None
        drawn = order[:max_companies]
        if len(order) > len(drawn):
            hidden = len(order) - len(drawn)
            notes.append(
                _counted(
                    hidden,
                    translate("Charts", "1 more company not drawn"),
                    translate("Charts", "{n} more companies not drawn"),
                )
            )
    rank = {c: i for i, c in enumerate(drawn)}

    by_series: dict[tuple[str, str], list[CapacityPoint]] = {}
    for cell, ids in cells.items():
        owner, status, year, low, high = cell
        if owner in rank:
            point = CapacityPoint(
                year, low, high, status, names[owner], tuple(ids), owner, sources[cell]
            )
            by_series.setdefault((owner, status), []).append(point)

    def status_rank(status: str) -> int:
        return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)

    series = []
    earlier: dict[str, list[CapacityPoint]] = {}  # per company, points of statuses drawn so far
    for (owner, status), points in sorted(
        by_series.items(), key=lambda item: (rank[item[0][0]], status_rank(item[0][1]))
    ):
        points = sorted(points, key=lambda p: (p.year, p.value))
        anchor = None
        if status in STATUS_ORDER[1:]:
            before = [p for p in earlier.get(owner, []) if p.year < points[0].year]
            anchor = max(before, key=lambda p: (p.year, p.value), default=None)
        series.append(CapacitySeries(names[owner], status, tuple(points), anchor))
        earlier.setdefault(owner, []).extend(points)
    drawn_with_points = [c for c in drawn if any(key[0] == c for key in by_series)]
    if no_year:
        notes.insert(
            0,
            _counted(
                no_year,
                translate("Charts", "1 row without a year not drawn"),
                translate("Charts", "{n} rows without a year not drawn"),
            ),
        )
    notes.append(_apart_note(groups, group, translate))
    return CapacityChart(
        group,
        tuple(names[c] for c in drawn_with_points),
        tuple(series),
        translate("Charts", "; ").join(n for n in notes if n),
        choices,
        company,
        tuple(groups),
        translate,
    )


# -- the latest figure per company ------------------------------------------------------


@dataclass(frozen=True)
class LatestFigure(_Figure):
    """A company's most recent figure in a group, and the rows stating it."""

    company: str  # label
    company_key: str
    year: int | None  # None: none of the company's figures says its year
    low: float
    high: float
    status: str
    row_ids: tuple[int, ...]
    sources: int  # documents stating it (rows and the rows merged into them)
    others: int = 0  # other figures of the company for the same year, not chosen
    written: tuple[str, ...] = ()  # the company's name as the sources write it
    translate: Translate = field(default=untranslated, compare=False, repr=False)

    @property
    def year_text(self) -> str:
        if self.year is not None:
            return str(self.year)
        return self.translate("Charts", "year not stated")

    def bar_text(self) -> str:
        """Written at the bar's end: the figure and its year."""
        return f"{self.value_text()} · {self.year_text}"

    def describe(self, unit: str) -> str:
        """The hover text: value, year, status and sources."""
        translate = self.translate
        words = [
            CAPACITY_STATUSES.label(self.status, translate),
            _counted(
                self.sources, translate("Charts", "1 source"), translate("Charts", "{n} sources")
            ),
        ]
        if self.others:
            others = _counted(
                self.others,
                translate("Charts", "1 other figure"),
                translate("Charts", "{n} other figures"),
            )
            words.append(
                translate("Charts", "{others} for {year}").format(
                    others=others, year=self.year_text
                )
            )
        spelled = [name for name in self.written if name != self.company]
        if spelled:
            words.append(translate("Charts", "written {names}").format(names=", ".join(spelled)))
        return translate("Charts", "{company}, {year}: {value} ({details})").format(
            company=self.company,
            year=self.year_text,
            value=self.value_text(unit),
            details=translate("Charts", "; ").join(words),
        )


@dataclass(frozen=True)
class LatestCapacityChart(_GroupChart):
    group: CapacityGroup | None
    bars: tuple[LatestFigure, ...]  # largest first, at most ``top``
    note: str = ""
    hidden: int = 0  # companies beyond the top ones, not drawn
    groups: tuple[CapacityGroup, ...] = ()  # the groups of company figures it was chosen from
    translate: Translate = field(default=untranslated, compare=False, repr=False)

    @property
    def title(self) -> str:
        translate = self.translate
        if self.group is None:
            return translate("Charts", "Latest capacity: no company figures")
        if self.group.measure == ADDITION:
            title = translate("Charts", "Latest capacity added per company: {product} · {unit}")
        else:
            title = translate("Charts", "Latest capacity per company: {product} · {unit}")
        return title.format(product=self.group.product, unit=self.group.unit_text)

    def statuses(self) -> tuple[str, ...]:
        """The statuses of the bars, in the order of preference."""
        present = {bar.status for bar in self.bars}
        known = [s for s in LATEST_PREFERENCE if s in present]
        return (*known, *sorted(present - set(known)))


def _preference(status: str) -> int:
    if status in LATEST_PREFERENCE:
        return LATEST_PREFERENCE.index(status)
    return len(LATEST_PREFERENCE)


def latest_groups(
    rows: Iterable[Mapping], translate: Translate = untranslated
) -> list[CapacityGroup]:
    """The groups of company figures: what the latest-capacity chart can show."""
    return [g for g in capacity_groups(rows, translate) if not g.aggregate]


def latest_capacity(
    rows: Iterable[Mapping],
    group_key: GroupKey | None = None,
    taught_names: Mapping[str, str] | None = None,
    top: int = LATEST_TOP,
    translate: Translate = untranslated,
) -> LatestCapacityChart:
    """Each company's most recent figure in one group of company figures, largest first.

    The most recent figure is the one of the latest year; of one year's figures an
    actual one beats one without a status, a plan and a forecast, in that order; then
    the one more sources state, then the larger.  A company none of whose figures
    says its year shows its undated figure, marked so.  Figures without a company
    are not bars (they are no company's) and are counted in the note.
    """
    rows, keys, all_groups = _read(rows, translate)
    groups = [g for g in all_groups if not g.aggregate]
    if not groups:
        return LatestCapacityChart(
            None,
            (),
            translate("Charts", "no company capacity figures to draw"),
            translate=translate,
        )
    group = _choose(groups, group_key)

    companies = Labeller(taught_names)
    # (company, year, status, low, high) → the rows stating it
    cells: dict[tuple[str, int | None, str, float, float], list[Mapping]] = {}
    unnamed = 0
    statuses = _Statuses(STATUS_NOT_STATED)
    wanted = group.key
    for row, key in zip(rows, keys, strict=True):
        if key != wanted:
            continue
        owner = companies.key(row.get("company"))
        if not owner:
            unnamed += 1
            continue
        low, high = _figure(row)
        cell_key = (owner, _year(row.get("year")), statuses.of(row), low, high)
        same = cells.get(cell_key)
        if same is None:
            cells[cell_key] = [row]
        else:
            same.append(row)

    by_company: dict[str, list] = {}
    for cell_key, stating in cells.items():
        by_company.setdefault(cell_key[0], []).append((cell_key, stating))

    def rank(item) -> tuple:
        (_owner, year, status, low, high), stating = item
        sources = sum(map(_sources, stating))
        return (year is not None, year or 0, -_preference(status), sources, (low + high) / 2)

    bars = []
    for owner, items in by_company.items():
        best_key, stating = max(items, key=rank)
        _owner, year, status, low, high = best_key
        others = sum(1 for key, _ in items if key[1] == year and key != best_key)
        written = Counter(_words(r["company_written"]) for r in stating if r.get("company_written"))
        bars.append(
            LatestFigure(
                companies.label(owner),
                owner,
                year,
                low,
                high,
                status,
                tuple(r["id"] for r in stating),
                sum(map(_sources, stating)),
                others,
                tuple(name for name, _n in written.most_common()),
                translate,
            )
        )
    bars.sort(key=lambda bar: (-bar.value, bar.company))
    hidden = max(0, len(bars) - top)
    notes = []
    if hidden:
        notes.append(translate("Charts", "{n} more not shown").format(n=f"{hidden:,}"))
    if unnamed:
        notes.append(
            _counted(
                unnamed,
                translate("Charts", "1 figure without a company not shown"),
                translate("Charts", "{n} figures without a company not shown"),
            )
        )
    notes.append(_apart_note(all_groups, group, translate))
    note = translate("Charts", "; ").join(n for n in notes if n)
    return LatestCapacityChart(group, tuple(bars[:top]), note, hidden, tuple(groups), translate)
