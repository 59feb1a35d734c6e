"""Sheets described as data: the columns, their kinds and choices.

Models, delegates, validation, filtering and export all read these descriptions,
so a new kind of sheet is a new ``SheetSchema`` (and a migration for its table),
not new model code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..errors import WorkbenchError
from ..translatable import QT_TRANSLATE_NOOP
from ..units import normalise
from ..vocabulary import (
    CAPACITY_MEASURES,
    CAPACITY_PERIODS,
    CAPACITY_SCOPES,
    CAPACITY_SHEET,
    CAPACITY_STATUSES,
    CLUSTERS_SHEET,
    REVIEW_CODES,
)

# Column kinds: how a value is stored, checked and edited.
TEXT = "text"
NUMBER = "number"
INTEGER = "integer"
YEAR = "year"
# The context of the column headers in the translation files.
COLUMN_CONTEXT = "SheetColumn"
ENUM = "enum"
UNIT = "unit"  # free text, editor offers the units the sheet already holds
SOURCE = "source"  # read-only provenance (document id, offsets, quote)


@dataclass(frozen=True)
class Column:
    key: str  # SQL column name
    label: str  # header shown to the analyst
    kind: str = TEXT
    choices: tuple[str, ...] = ()
    editable: bool = True
    export_name: str | None = None  # CSV header; None: not in the default export
    width: int = 110
    # A value computed by SQL when rows are read (e.g. a row's count of sources),
    # never stored or edited; ``{table}`` stands for the sheet's table.
    sql: str | None = None

    @property
    def numeric(self) -> bool:
        return self.kind in (NUMBER, INTEGER, YEAR)


@dataclass(frozen=True)
class SheetSchema:
    name: str  # stable identifier, also the CLI name
    title: str
    table: str
    columns: tuple[Column, ...]
    # columns whose values together must not be all empty for a row to be kept
    essential: tuple[str, ...] = ()
    # (low, high) column pairs where high must not be below low
    ranges: tuple[tuple[str, str], ...] = ()
    # SQL condition on rows the sheet shows (rows merged into another are not)
    shown: str = ""
    # Stored columns kept with a row through undo but never shown or edited: which fact
    # it states, the row it is merged into (whose deletion takes it along), and on a
    # team store the role that last wrote it.
    hidden: tuple[str, ...] = ()
    merged_into: str | None = None
    # Values kept in step with others on every write (the figure in the canonical
    # unit): given a row's values, the derived columns' values.
    derive: Callable[[Mapping], dict] | None = None

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise WorkbenchError(f"sheet {self.name} has no column {key!r}")

    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def stored_keys(self) -> list[str]:
        """Columns of the table (not computed when read), hidden ones last."""
        return [c.key for c in self.columns if c.sql is None] + list(self.hidden)

    def expression(self, key: str) -> str:
        """SQL for a column's value in queries over the sheet's table."""
        column = self.column(key)
        if column.sql is not None:
            return f"({column.sql.format(table=self.table)})"
        return f'"{column.key}"'

    def derived(self, values: Mapping) -> dict:
        return self.derive(values) if self.derive else {}

    def index_of(self, key: str) -> int:
        return self.column_keys().index(key)

    def export_columns(self) -> list[Column]:
        columns = [c for c in self.columns if c.export_name]
        order = _EXPORT_ORDER.get(self.name)
        if order:
            by_name = {c.export_name: c for c in columns}
            columns = [by_name[n] for n in order if n in by_name]
        return columns


_SOURCE_COLUMNS = (
    Column(
        "review",
        QT_TRANSLATE_NOOP("SheetColumn", "Review"),
        ENUM,
        REVIEW_CODES,
        export_name="review",
        width=80,
    ),
    Column(
        "document_id",
        QT_TRANSLATE_NOOP("SheetColumn", "Document"),
        SOURCE,
        editable=False,
        export_name="document",
        width=70,
    ),
    Column(
        "quote",
        QT_TRANSLATE_NOOP("SheetColumn", "Source quote"),
        SOURCE,
        editable=False,
        export_name="quote",
        width=260,
    ),
    Column(
        "start",
        QT_TRANSLATE_NOOP("SheetColumn", "Start"),
        SOURCE,
        editable=False,
        export_name="start",
        width=60,
    ),
    Column(
        "end",
        QT_TRANSLATE_NOOP("SheetColumn", "End"),
        SOURCE,
        editable=False,
        export_name="end",
        width=60,
    ),
    Column("note", QT_TRANSLATE_NOOP("SheetColumn", "Note"), TEXT, export_name="note", width=160),
)


def _standard_figure(values: Mapping) -> dict:
    """The row's figure in the canonical unit of its kind (empty when the unit is unknown)."""
    figure = normalise(
        _number(values.get("value_low")),
        _number(values.get("value_high")),
        str(values.get("unit") or ""),
        str(values.get("period") or ""),
    )
    if figure is None:
        return {"std_low": None, "std_high": None, "std_unit": "", "unit_qualifier": ""}
    # A wafer-size equivalence stated apart from the unit (earlier in the text) is kept.
    stated = str(values.get("unit_qualifier") or "") if figure.kind == "wafers" else ""
    return {
        "std_low": figure.low,
        "std_high": figure.high,
        "std_unit": figure.unit,
        "unit_qualifier": figure.qualifier or stated,
    }


def _number(value) -> float | None:
    try:
        return float(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


CAPACITY = SheetSchema(
    name=CAPACITY_SHEET.code,
    title=CAPACITY_SHEET.label,
    table=CAPACITY_SHEET.table,
    columns=(
        Column(
            "company", QT_TRANSLATE_NOOP("SheetColumn", "Company"), export_name="company", width=120
        ),
        Column("site", QT_TRANSLATE_NOOP("SheetColumn", "Site / plant"), export_name="site"),
        Column("location", QT_TRANSLATE_NOOP("SheetColumn", "Location"), export_name="location"),
        Column(
            "product",
            QT_TRANSLATE_NOOP("SheetColumn", "Product / process"),
            export_name="product",
            width=130,
        ),
        Column(
            "value_low",
            QT_TRANSLATE_NOOP("SheetColumn", "Value (low)"),
            NUMBER,
            export_name="value_low",
            width=90,
        ),
        Column(
            "value_high",
            QT_TRANSLATE_NOOP("SheetColumn", "Value (high)"),
            NUMBER,
            export_name="value_high",
            width=90,
        ),
        Column(
            "unit", QT_TRANSLATE_NOOP("SheetColumn", "Unit"), UNIT, export_name="unit", width=150
        ),
        Column(
            "period",
            QT_TRANSLATE_NOOP("SheetColumn", "Period"),
            ENUM,
            CAPACITY_PERIODS.codes,
            export_name="period",
        ),
        Column(
            "year", QT_TRANSLATE_NOOP("SheetColumn", "Year"), YEAR, export_name="year", width=60
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("SheetColumn", "Status"),
            ENUM,
            CAPACITY_STATUSES.codes,
            export_name="status",
        ),
        Column(
            "measure",
            QT_TRANSLATE_NOOP("SheetColumn", "Level / added"),
            ENUM,
            CAPACITY_MEASURES.codes,
            export_name="measure",
        ),
        Column(
            "scope",
            QT_TRANSLATE_NOOP("SheetColumn", "Scope"),
            ENUM,
            CAPACITY_SCOPES.codes,
            export_name="scope",
            width=80,
        ),
        # The figure in its kind's canonical unit (core/units.py), for charts and filters.
        Column(
            "std_low",
            QT_TRANSLATE_NOOP("SheetColumn", "Std. value (low)"),
            NUMBER,
            editable=False,
            export_name="std_low",
            width=90,
        ),
        Column(
            "std_high",
            QT_TRANSLATE_NOOP("SheetColumn", "Std. value (high)"),
            NUMBER,
            editable=False,
            export_name="std_high",
            width=90,
        ),
        Column(
            "std_unit",
            QT_TRANSLATE_NOOP("SheetColumn", "Std. unit"),
            editable=False,
            export_name="std_unit",
            width=90,
        ),
        Column(
            "unit_qualifier",
            QT_TRANSLATE_NOOP("SheetColumn", "Qualifier"),
            editable=False,
            export_name="qualifier",
            width=90,
        ),
        Column(
            "company_written",
            QT_TRANSLATE_NOOP("SheetColumn", "Company as written"),
            editable=False,
            export_name="company_as_written",
            width=110,
        ),
        Column(
            "investment_amount",
            QT_TRANSLATE_NOOP("SheetColumn", "Investment"),
            NUMBER,
            export_name="investment_amount",
            width=90,
        ),
        Column(
            "investment_currency",
            QT_TRANSLATE_NOOP("SheetColumn", "Currency"),
            TEXT,
            export_name="investment_currency",
            width=70,
        ),
        *_SOURCE_COLUMNS,
        Column(
            "sources",
            QT_TRANSLATE_NOOP("SheetColumn", "Sources"),
            INTEGER,
            editable=False,
            export_name="sources",
            width=60,
            sql="SELECT 1 + count(*) FROM {table} AS m WHERE m.merged_into = {table}.id",
        ),
    ),
    essential=("company", "product", "value_low", "unit"),
    ranges=(("value_low", "value_high"),),
    shown="merged_into IS NULL",
    hidden=("fact_key", "merged_into", "edited_by"),
    merged_into="merged_into",
    derive=_standard_figure,
)

CLUSTERS = SheetSchema(
    name=CLUSTERS_SHEET.code,
    title=CLUSTERS_SHEET.label,
    table=CLUSTERS_SHEET.table,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("SheetColumn", "Cluster"), export_name="name", width=220),
        Column(
            "continent",
            QT_TRANSLATE_NOOP("SheetColumn", "Continent"),
            ENUM,
            ("", "亚洲", "欧洲", "北美洲", "南美洲", "非洲", "澳洲", "大洋洲"),
            export_name="continent",
            width=70,
        ),
        Column(
            "country", QT_TRANSLATE_NOOP("SheetColumn", "Country"), export_name="country", width=80
        ),
        Column("region", QT_TRANSLATE_NOOP("SheetColumn", "Region / city"), export_name="region"),
        Column(
            "industries",
            QT_TRANSLATE_NOOP("SheetColumn", "Industries"),
            export_name="industries",
            width=200,
        ),
        Column(
            "domain", QT_TRANSLATE_NOOP("SheetColumn", "Domain"), export_name="domain", width=170
        ),
        Column(
            "rank", QT_TRANSLATE_NOOP("SheetColumn", "Rank"), INTEGER, export_name="rank", width=50
        ),
        Column("output", QT_TRANSLATE_NOOP("SheetColumn", "Output"), TEXT, export_name="output"),
        *_SOURCE_COLUMNS,
    ),
    essential=("name",),
    hidden=("edited_by",),
)

_EXPORT_ORDER = {
    CAPACITY_SHEET.code: (
        "company",
        "site",
        "location",
        "product",
        "value_low",
        "value_high",
        "unit",
        "period",
        "year",
        "status",
        "review",
        "document",
        "quote",
        "start",
        "end",
        # What the analyst adds goes out too; after the stable columns.
        "investment_amount",
        "investment_currency",
        "note",
        # One fact, one row: the name as written, whose figure, in the canonical unit.
        "company_as_written",
        "scope",
        "measure",
        "std_low",
        "std_high",
        "std_unit",
        "qualifier",
        "sources",
    ),
    CLUSTERS_SHEET.code: (
        "name",
        "continent",
        "country",
        "region",
        "industries",
        "domain",
        "review",
        "document",
        "quote",
        "start",
        "end",
        "rank",
        "output",
        "note",
    ),
}

SHEETS: dict[str, SheetSchema] = {s.name: s for s in (CAPACITY, CLUSTERS)}


def sheet(name: str) -> SheetSchema:
    try:
        return SHEETS[name]
    except KeyError:
        raise WorkbenchError(
            f"unknown sheet {name!r} (known: {', '.join(sorted(SHEETS))})"
        ) from None
