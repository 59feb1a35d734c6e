"""A chart's numbers from the store, as one plain function a worker thread runs.

The window never computes a chart on its UI thread: it asks for one chart (the
one on screen) with :class:`ChartRequest`, and a worker runs
:func:`compute_chart`, which opens its own read-only connection, reads what the
chart counts (:func:`read_inputs`) and turns it into the chart's numbers
(:func:`chart_numbers`).  What was read comes back too, so that another view of
the same rows (another capacity group, a company, stacking by domain) is computed
again without reading the store, for as long as those rows have not changed.

The rows a sheet chart counts are a *set* (:class:`RowSelection`): the order the
sheet shows them in does not change a chart, so a sort never asks for one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..progress import Progress
from ..sheets.schema import sheet
from ..store import Store
from ..store.entities import company_groups
from ..store.sheet_rows import query_ids, read_columns
from ..translatable import Translate, untranslated
from ..vocabulary import (
    CAPACITY_CHART,
    CAPACITY_SHEET,
    CHARTS,
    CLUSTERS_BY_COUNTRY_CHART,
    CLUSTERS_SHEET,
    DOCUMENTS_DATA,
    ENTITIES_DATA,
    LATEST_CAPACITY_CHART,
)

ALL_TYPES_PER_TYPE = 5  # bars per entity type when every type is shown
ONE_TYPE_TOP = 25  # bars when one entity type is chosen
READ_CHUNK = 5_000  # rows read between two checks for cancellation
# The columns the charts of each sheet read (``capacity.py``, ``clusters.py``): a row's
# quote, note and the rest are not read for a chart.
CHART_COLUMNS = {
    CAPACITY_SHEET.code: (
        "company",
        "company_written",
        "location",
        "product",
        "value_low",
        "value_high",
        "unit",
        "period",
        "year",
        "status",
        "measure",
        "scope",
        "std_low",
        "std_high",
        "std_unit",
        "unit_qualifier",
        "sources",
        "review",
    ),
    CLUSTERS_SHEET.code: ("country", "domain", "review"),
}


@dataclass(frozen=True)
class RowSelection:
    """The rows of a sheet a chart counts: exactly ``ids`` (a set: their order on screen
    does not matter), or, when ``ids`` is None, every row the filter passes."""

    ids: frozenset[int] | None = None
    search: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    reviews: tuple[str, ...] | None = None  # None: every review state

    @classmethod
    def of(
        cls,
        ids: Iterable[int] | None = None,
        search: str = "",
        filters: Mapping[str, str] | None = None,
        reviews: Iterable[str] | None = None,
    ) -> RowSelection:
        return cls(
            None if ids is None else frozenset(ids),
            search,
            tuple(sorted((filters or {}).items())),
            None if reviews is None else tuple(reviews),
        )


@dataclass(frozen=True)
class ChartOptions:
    """How a chart is drawn from its data: none of these needs the store read again."""

    group: tuple | None = None  # capacity charts: the group of comparable figures
    company: str | None = None  # capacity over time: one company's key, or all
    stacked: bool = False  # clusters by country: stacked by domain
    entity_type: str | None = None  # most mentioned entities: one type, or every type


DEFAULT_OPTIONS = ChartOptions()


@dataclass(frozen=True)
class ChartRequest:
    chart: str  # a chart code (core.vocabulary.CHARTS)
    options: ChartOptions = DEFAULT_OPTIONS
    selection: RowSelection | None = None  # sheet charts: the rows counted

    @property
    def data(self) -> str:
        """The data kind the chart draws (a sheet's code, entities or documents)."""
        return CHARTS[self.chart].data


@dataclass
class ChartInputs:
    """What a chart was computed from: sheet rows (in id order), entity entries or
    document rows; and for capacity, how the analyst's lexicon joins companies."""

    data: str
    selection: RowSelection | None
    items: list = field(default_factory=list)
    taught: dict[str, str] = field(default_factory=dict)


@dataclass
class ChartResult:
    request: ChartRequest
    chart: object  # a BarChart, CapacityChart or LatestCapacityChart
    inputs: ChartInputs


def read_inputs(
    store: Store, data: str, selection: RowSelection | None, progress: Progress | None = None
) -> ChartInputs:
    """Read what charts of ``data`` count, checking for cancellation between chunks."""
    from .corpus import document_rows, entity_entries

    progress = progress or Progress()
    conn = store.conn
    if data == ENTITIES_DATA:
        return ChartInputs(data, None, entity_entries(conn))
    if data == DOCUMENTS_DATA:
        return ChartInputs(data, None, document_rows(conn))
    schema = sheet(data)
    selection = selection or RowSelection()
    if selection.ids is not None:
        ids = sorted(selection.ids)
    else:
        ids = query_ids(
            conn,
            schema,
            search=selection.search,
            filters=dict(selection.filters),
            reviews=selection.reviews,
        )
    rows: list[dict] = []
    for start in range(0, len(ids), READ_CHUNK):
        progress.check()
        chunk = ids[start : start + READ_CHUNK]
        rows.extend(read_columns(conn, schema, CHART_COLUMNS[data], chunk))
        progress.report(start + len(chunk), len(ids), "reading rows")
    progress.check()
    taught = company_groups(conn) if data == CAPACITY_SHEET.code else {}
    return ChartInputs(data, selection, rows, taught)


def chart_numbers(
    chart: str,
    inputs: ChartInputs,
    options: ChartOptions = DEFAULT_OPTIONS,
    translate: Translate = untranslated,
):
    """The numbers ``chart`` draws from ``inputs`` (no store needed), its words in the
    language ``translate`` gives."""
    # Imported here, on the worker: the window imports this module when it starts.
    from .capacity import capacity_chart, latest_capacity
    from .clusters import clusters_by_country, clusters_by_domain
    from .corpus import documents_by_date, top_entities

    data = CHARTS[chart].data
    if data != inputs.data:
        raise ValueError(f"chart {chart!r} draws {data}, not {inputs.data}")
    if chart == LATEST_CAPACITY_CHART.code:
        return latest_capacity(inputs.items, options.group, inputs.taught, translate=translate)
    if chart == CAPACITY_CHART.code:
        return capacity_chart(
            inputs.items, options.group, inputs.taught, options.company, translate=translate
        )
    if data == CLUSTERS_SHEET.code:
        if chart == CLUSTERS_BY_COUNTRY_CHART.code:
            return clusters_by_country(inputs.items, options.stacked, translate=translate)
        return clusters_by_domain(inputs.items, translate=translate)
    if data == ENTITIES_DATA:
        type_ = options.entity_type
        per_type = ONE_TYPE_TOP if type_ else ALL_TYPES_PER_TYPE
        types = [type_] if type_ else None
        return top_entities(inputs.items, types, per_type, translate=translate)
    return documents_by_date(inputs.items, translate=translate)


def compute_chart(
    store_path: Path | str,
    request: ChartRequest,
    inputs: ChartInputs | None = None,
    progress: Progress | None = None,
    translate: Translate = untranslated,
) -> ChartResult:
    """The chart ``request`` asks for, from ``inputs`` when given (read from the store at
    ``store_path`` otherwise, on a connection of its own).  Raises ``Cancelled`` when
    ``progress`` says so between two chunks of rows."""
    progress = progress or Progress()
    if inputs is None:
        with Store(store_path, read_only=True) as store:
            inputs = read_inputs(store, request.data, request.selection, progress)
    progress.check()
    chart = chart_numbers(request.chart, inputs, request.options, translate)
    return ChartResult(request, chart, inputs)
