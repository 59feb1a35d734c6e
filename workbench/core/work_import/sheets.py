"""A sheet export read back into a store: the capacity or cluster rows it holds.

A table is a sheet's when its headers name the sheet's essential columns (for
people in any interface language, or as the stable keys).  Each row is placed by
its source: the document (see ``documents``) and the span its quote came from,
which must still read as the quote.  The store's one row at that span, or of
several there the one agreeing with it on more than half of the sheet's
essential values, is the same row: the file's values for the columns it has
replace the store's, its review too unless it is ``auto``, which vouches for less
than the store's (a file without reviews makes an extracted row it changes
``edited``, as an edit does).  Any other row is added.  Rows without a source are
matched on all of their values.

What the store computes is left to it: the standard figures, a row's sources,
who wrote it.  A value the sheet refuses (``-3`` as a capacity, ``twenty`` as a
year, a number beyond the store's 64-bit integers) leaves its row out, reported
with the row's number and the reason.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from functools import partial

from ..errors import Cancelled, WorkbenchError
from ..export_tables import (
    EXPORT_CONTEXT,
    PROVENANCE,
    SHEET_COLUMN_CONTEXT,
    SHEET_VALUE_CONTEXT,
    TRAILING,
    UNNAMED_OWNER,
)
from ..operations import sheets as sheet_ops
from ..sheets import rows as sheet_rows
from ..sheets.schema import CAPACITY, CLUSTERS, ENUM, INTEGER, YEAR, SheetSchema
from ..store.sheet_rows import ids_of_document
from ..table_file import ReadTable
from ..translatable import QT_TRANSLATE_NOOP, Label, Translate
from ..vocabulary import AUTO, EDITED, REVIEW_STATES
from . import TablePlan
from .documents import DocumentFinder
from .headers import KnownColumn, find_columns
from .reasons import why, word

SOURCE_KEYS = ("document_id", "start", "end", "quote")
# What a file may set: the analyst's columns and the review, not what the store computes.
_NOT_IMPORTED = frozenset(("sources", *SOURCE_KEYS))
COLUMN, EXPORT = SHEET_COLUMN_CONTEXT, EXPORT_CONTEXT
MAX_INTEGER = 2**63 - 1  # both engines' integers are 64-bit


def _known_columns(schema: SheetSchema) -> list[KnownColumn]:
    known: list[KnownColumn] = []
    for column in schema.columns:
        name = column.export_name or column.key
        # for people the document's id gives way to its title (``document_title``)
        known.append((name, "" if column.key == "document_id" else column.label, COLUMN))
    for key, header, _ in PROVENANCE:
        known.append((key, header, SHEET_COLUMN_CONTEXT if key == "document_title" else EXPORT))
    known += [(key, header, EXPORT) for key, header, _ in TRAILING]
    return known


def _recognised(
    table: ReadTable, translations: Sequence[Translate]
) -> tuple[SheetSchema, dict[str, int]] | None:
    for schema in (CAPACITY, CLUSTERS):
        found = find_columns(table.headers, _known_columns(schema), translations)
        by_key = {c.export_name or c.key: c.key for c in schema.columns}
        columns = {by_key.get(name, name): index for name, index in found.items()}
        if all(key in columns for key in schema.essential):
            return schema, columns
    return None


def plan_table(
    conn: sqlite3.Connection,
    table: ReadTable,
    finder: DocumentFinder,
    translations: Sequence[Translate],
) -> TablePlan | None:
    """What importing ``table`` into the store would do, or None if it is no sheet's."""
    recognised = _recognised(table, translations)
    if recognised is None:
        return None
    schema, columns = recognised
    values_of = _ValueReader(schema, columns, translations)
    plan = TablePlan(table.name, schema.name)
    new_rows: list[tuple[dict, str, tuple[int, int, int] | None]] = []
    claimed: set[int] = set()  # store rows already matched by an earlier line of the file
    store_rows = _StoreRows(conn, schema)
    for number, cells in table.rows:
        try:
            values, review = values_of(cells)
            source = _source(schema, columns, cells, finder)
        except Cancelled:
            raise
        except WorkbenchError as error:
            plan.left_out.append((number, error.wording or str(error)))
            continue
        if not any(values.get(k) not in (None, "") for k in schema.essential):
            plan.left_out.append(
                (
                    number,
                    why(
                        QT_TRANSLATE_NOOP(
                            "WorkImport", "it holds none of the sheet's essential values"
                        )
                    ),
                )
            )
            continue
        match = _match(store_rows, source, values, claimed)
        if match is None:
            new_rows.append((values, review or EDITED, source))
            plan.added += 1
            continue
        claimed.add(match["id"])
        changed = _changes(schema, match, values, review)
        if not changed:
            plan.already += 1
            continue
        after = {**match, **changed}
        after.update(schema.derived(after))
        state = REVIEW_STATES.get(match["review"])
        if review is None and changed.keys() - {"note"} and state and state.source_values:
            after["review"] = EDITED  # as the analyst's edit of an extracted value makes it
        plan.operations.append(
            partial(
                sheet_ops.write_row,
                schema=schema,
                row=after,
                label=f"Import {table.name}",
                expected={k: match[k] for k in changed},
            )
        )
        plan.updated += 1
    if new_rows:
        plan.operations.insert(
            0,
            partial(sheet_ops.import_rows, schema=schema, rows=new_rows, label="Import rows"),
        )
    return plan


class _ValueReader:
    """A line's cells as the sheet's stored values (checked as an edit is), and its review."""

    def __init__(
        self, schema: SheetSchema, columns: dict[str, int], translations: Sequence[Translate]
    ):
        self.schema = schema
        self.columns = {
            key: index
            for key, index in columns.items()
            if key in schema.column_keys() and key not in _NOT_IMPORTED and _imported(schema, key)
        }
        self.choices = {
            c.key: {
                t(SHEET_VALUE_CONTEXT, choice): choice
                for choice in c.choices
                if choice
                for t in translations
            }
            for c in schema.columns
            if c.kind == ENUM
        }
        self.unnamed = {
            t("SheetModel", owner) for owner in UNNAMED_OWNER.values() for t in translations
        }

    def __call__(self, cells: list) -> tuple[dict, str | None]:
        values = {}
        for key, index in self.columns.items():
            column = self.schema.column(key)
            raw = cells[index]
            if isinstance(raw, str):
                raw = raw.strip()
                if column.kind == ENUM:
                    raw = self.choices[key].get(raw, raw)
                elif key == "company" and raw in self.unnamed:
                    raw = ""
                elif column.kind in (INTEGER, YEAR):
                    raw = _whole(raw)
            elif isinstance(raw, float) and column.kind in (INTEGER, YEAR):
                raw = _whole(repr(raw)) if math.isfinite(raw) else "not a number"
            value = sheet_rows.check_value(column, raw)
            if isinstance(value, int) and abs(value) > MAX_INTEGER:
                raise sheet_rows.SheetValueError(f"{column.label}: {raw!r} is too large")
            values[key] = value
        review = values.pop("review", None) or None  # None: the file says nothing of it
        sheet_rows.clean_values(self.schema, values)  # the ranges: high not below low
        return values, review


def _imported(schema: SheetSchema, key: str) -> bool:
    column = schema.column(key)
    return column.sql is None and (column.editable or key == "company_written")


def _whole(text: str) -> str:
    """``2024.0`` (a year a spreadsheet wrote as a number) as ``2024``."""
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        return text
    whole = math.isfinite(number) and number.is_integer() and abs(number) <= MAX_INTEGER
    return str(int(number)) if whole else text


def _source(
    schema: SheetSchema, columns: dict[str, int], cells: list, finder: DocumentFinder
) -> tuple[int, int, int] | None:
    """(document id here, start, end) of the row's quote, or None for a row without one."""

    def cell(key):
        index = columns.get(key)
        return None if index is None else cells[index]

    key, title = cell("document_key"), cell("document_title")
    document_id = _integer(cell("document_id"), word(QT_TRANSLATE_NOOP("WorkImport", "document")))
    start = _integer(cell("start"), word(QT_TRANSLATE_NOOP("WorkImport", "start")))
    end = _integer(cell("end"), word(QT_TRANSLATE_NOOP("WorkImport", "end")))
    if not (key or title or document_id is not None) and start is None:
        return None
    found, not_found = finder.find(str(key or ""), document_id, str(title or ""))
    if found is None:
        raise WorkbenchError(not_found)
    text = finder.text(found)
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise WorkbenchError(
            why(
                QT_TRANSLATE_NOOP(
                    "WorkImport",
                    "its quote's place {start}–{end} is not in the document (length {length})",
                ),
                start=start,
                end=end,
                length=f"{len(text):,}",
            )
        )
    quote = cell("quote")
    # the export for people writes a quote on one line
    one_line = str(quote or "").replace("\n", " ").strip()
    if one_line and text[start:end].replace("\n", " ").strip() != one_line:
        raise WorkbenchError(
            why(
                QT_TRANSLATE_NOOP(
                    "WorkImport", "the document no longer reads as its quote at {start}–{end}"
                ),
                start=start,
                end=end,
            )
        )
    return found, start, end


def _integer(value, name: Label) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise WorkbenchError(
            why(
                QT_TRANSLATE_NOOP("WorkImport", "{name} {value} is not a whole number"),
                name=name,
                value=f"“{value}”",
            )
        )
    if isinstance(value, int) and abs(value) <= MAX_INTEGER:
        return value
    text = _whole(str(value).strip())
    if not text.isdigit() or int(text) > MAX_INTEGER:
        raise WorkbenchError(
            why(
                QT_TRANSLATE_NOOP(
                    "WorkImport", "{name} {value} is not a whole number of the store's size"
                ),
                name=name,
                value=f"“{value}”",
            )
        )
    return int(text)


class _StoreRows:
    """The sheet's rows of each document a file's lines quote, read once a document."""

    def __init__(self, conn: sqlite3.Connection, schema: SheetSchema):
        self.conn, self.schema = conn, schema
        self._spans: dict[int | None, dict[tuple, list[dict]]] = {}

    def at(self, source: tuple[int, int, int] | None) -> list[dict]:
        document_id = None if source is None else source[0]
        if document_id not in self._spans:
            ids = ids_of_document(self.conn, self.schema, document_id)
            rows = sheet_rows.fetch_rows(self.conn, self.schema, ids)
            spans: dict[tuple, list[dict]] = {}
            for row_id in ids:
                row = rows[row_id]
                spans.setdefault((row["start"], row["end"]), []).append(row)
            self._spans[document_id] = spans
        spans = self._spans[document_id]
        if source is None:
            return [row for rows in spans.values() for row in rows]
        return spans.get(source[1:], [])


def _match(
    store_rows: _StoreRows, source: tuple[int, int, int] | None, values: dict, claimed: set[int]
) -> dict | None:
    """The store's row this line is, if any: see the module's docstring."""
    schema = store_rows.schema
    rows = [row for row in store_rows.at(source) if row["id"] not in claimed]
    if source is None:
        return next((row for row in rows if not _changes(schema, row, values, None)), None)
    if len(rows) == 1:  # the one row quoting the span: whatever the analyst corrected
        return rows[0]
    essential = [k for k in schema.essential if k in values]
    best, best_score = None, -1
    for row in rows:
        score = sum(row.get(k) == values[k] for k in essential)
        if score > best_score:
            best, best_score = row, score
    return best if best_score * 2 > len(essential) else None


def _same(stored, value) -> bool:
    """Whether a checked value is what the store holds (an empty text is no text)."""
    if stored in (None, "") and value in (None, ""):
        return True
    if isinstance(stored, int | float) and isinstance(value, int | float):
        return math.isclose(stored, value, rel_tol=1e-12)
    return stored == value


def _changes(schema: SheetSchema, row: dict, values: dict, review: str | None) -> dict:
    """The cells of ``row`` the file's ``values`` (and review) would change."""
    changed = {k: v for k, v in values.items() if not _same(row.get(k), v)}
    if review is not None and review != AUTO and review != row.get("review"):
        changed["review"] = review
    return changed
