"""Sheet rows and the text they come from: rows backed by a span, a row from a selection."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ..errors import WorkbenchError
from ..store.mentions import mentions_for_document
from ..vocabulary import CAPACITY_SHEET
from .schema import SHEETS

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class BackingRow:
    sheet: str  # schema name
    row_id: int
    start: int
    end: int
    review: str
    label: str  # what a tooltip shows, e.g. "Capacity: 台積電 1.5–2 萬片/月 (2023)"


def rows_backed_by_span(conn: sqlite3.Connection, document_id: int) -> list[BackingRow]:
    """Every sheet row whose source is a span of this document, in text order.

    The Reader uses this for tooltips: the span of a row shows which row it backs.
    """
    out = []
    for schema in SHEETS.values():
        rows = conn.execute(
            f"SELECT * FROM {schema.table} WHERE document_id = ? AND start IS NOT NULL "
            'ORDER BY start, "end", id',
            (document_id,),
        )
        for row in rows:
            # a row merged into another (the same fact) backs the row the sheet shows
            merged = "merged_into" in row.keys()  # noqa: SIM118 - a sqlite3.Row has no __contains__
            shown = row["merged_into"] if merged else None
            out.append(
                BackingRow(
                    schema.name,
                    shown or row["id"],
                    row["start"],
                    row["end"],
                    row["review"],
                    f"{schema.title}: {_label(schema.name, row)}",
                )
            )
    out.sort(key=lambda r: (r.start, r.end, r.sheet, r.row_id))
    return out


@dataclass(frozen=True)
class RowSource:
    """One source of a sheet row: the row's own, or that of a row merged into it."""

    row_id: int
    document_id: int | None
    title: str
    start: int | None
    end: int | None
    quote: str


def sources_of(conn: sqlite3.Connection, row_id: int) -> list[RowSource]:
    """Every source of a capacity row, its own first, then those of the rows merged into it."""
    rows = conn.execute(
        "SELECT r.id, r.document_id, coalesce(d.title, ''), r.start, r.\"end\", r.quote "
        "FROM capacity_rows r LEFT JOIN documents d ON d.id = r.document_id "
        "WHERE r.id = ? OR r.merged_into = ? ORDER BY r.id != ?, r.document_id, r.start",
        (row_id, row_id, row_id),
    )
    return [RowSource(*row) for row in rows]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _label(sheet: str, row) -> str:
    if sheet == CAPACITY_SHEET.code:
        low, high = _number(row["value_low"]), _number(row["value_high"])
        amount = low if not high or high == low else f"{low}–{high}"
        year = f" ({row['year']})" if row["year"] else ""
        parts = [row["company"], row["product"], f"{amount} {row['unit']}".strip()]
        return " ".join(p for p in parts if p) + year + f" [{row['review']}]"
    return f"{row['name']} ({row['country']}) [{row['review']}]"


def capacity_values_from_selection(
    conn: sqlite3.Connection, document_id: int, start: int, end: int
) -> dict:
    """Company, value, unit and year pre-filled from the stored mentions inside the span."""
    text_row = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    if text_row is None:
        raise WorkbenchError(f"document {document_id} does not exist")
    if not (0 <= start < end <= len(text_row[0])):
        raise WorkbenchError(f"selection {start}–{end} is outside document {document_id}")
    inside = [
        m
        for m in mentions_for_document(conn, document_id)
        if start <= m.start and m.end <= end and m.verdict != "rejected"
    ]
    values: dict = {}
    org = next((m for m in inside if m.type == "ORG"), None)
    if org:
        values["company"] = org.text
    place = next((m for m in inside if m.type == "GPE"), None)
    if place:
        values["location"] = place.text
    product = next((m for m in inside if m.type == "PRODUCT"), None)
    if product:
        values["product"] = product.text
    quantity = next((m for m in inside if m.type == "QUANTITY" and m.value_low is not None), None)
    if quantity:
        from ..extraction.capacity import FIGURE
        from ..nlp.numbers import fold_width
        from ..script import to_simplified

        figure = FIGURE.search(fold_width(to_simplified(quantity.text)))
        if figure:  # the value as the source states it, in its own unit (1.5-2 萬片)
            values["value_low"] = float(figure["low"])
            values["value_high"] = float(figure["high"] or figure["low"])
            unit = quantity.text[figure.start("mul") if figure["mul"] else figure.start("unit") :]
            values["unit"] = re.sub(r"\s+", "", unit)
        else:
            values["value_low"], values["value_high"] = quantity.value_low, quantity.value_high
            values["unit"] = quantity.unit or ""
    for m in inside:
        if m.type == "DATE":
            year = _YEAR.search(m.text)
            if year:
                values["year"] = int(year.group(1))
                break
    return values
