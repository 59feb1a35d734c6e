"""Sheets described as data: the columns, their kinds and choices.

Models, delegates, validation, filtering and export all read these descriptions,
so a new kind of sheet is a new ``SheetSchema`` (and a migration for its table),
not new model code.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WorkbenchError
from ..vocabulary import (
    CAPACITY_PERIODS,
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

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise WorkbenchError(f"sheet {self.name} has no column {key!r}")

    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

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
    Column("review", "Review", ENUM, REVIEW_CODES, export_name="review", width=80),
    Column("document_id", "Document", SOURCE, editable=False, export_name="document", width=70),
    Column("quote", "Source quote", SOURCE, editable=False, export_name="quote", width=260),
    Column("start", "Start", SOURCE, editable=False, export_name="start", width=60),
    Column("end", "End", SOURCE, editable=False, export_name="end", width=60),
    Column("note", "Note", TEXT, export_name="note", width=160),
)

CAPACITY = SheetSchema(
    name=CAPACITY_SHEET.code,
    title=CAPACITY_SHEET.label,
    table=CAPACITY_SHEET.table,
    columns=(
        Column("company", "Company", export_name="company", width=120),
        Column("site", "Site / plant", export_name="site"),
        Column("location", "Location", export_name="location"),
        Column("product", "Product / process", export_name="product", width=130),
        Column("value_low", "Value (low)", NUMBER, export_name="value_low", width=90),
        Column("value_high", "Value (high)", NUMBER, export_name="value_high", width=90),
        Column("unit", "Unit", UNIT, export_name="unit", width=150),
        Column("period", "Period", ENUM, CAPACITY_PERIODS.codes, export_name="period"),
        Column("year", "Year", YEAR, export_name="year", width=60),
        Column("status", "Status", ENUM, CAPACITY_STATUSES.codes, export_name="status"),
        Column(
            "investment_amount", "Investment", NUMBER, export_name="investment_amount", width=90
        ),
        Column(
            "investment_currency", "Currency", TEXT, export_name="investment_currency", width=70
        ),
        *_SOURCE_COLUMNS,
    ),
    essential=("company", "product", "value_low", "unit"),
    ranges=(("value_low", "value_high"),),
)

CLUSTERS = SheetSchema(
    name=CLUSTERS_SHEET.code,
    title=CLUSTERS_SHEET.label,
    table=CLUSTERS_SHEET.table,
    columns=(
        Column("name", "Cluster", export_name="name", width=220),
        Column(
            "continent",
            "Continent",
            ENUM,
            ("", "亚洲", "欧洲", "北美洲", "南美洲", "非洲", "澳洲", "大洋洲"),
            export_name="continent",
            width=70,
        ),
        Column("country", "Country", export_name="country", width=80),
        Column("region", "Region / city", export_name="region"),
        Column("industries", "Industries", export_name="industries", width=200),
        Column("domain", "Domain", export_name="domain", width=170),
        Column("rank", "Rank", INTEGER, export_name="rank", width=50),
        Column("output", "Output", TEXT, export_name="output"),
        *_SOURCE_COLUMNS,
    ),
    essential=("name",),
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
