"""What an export writes, as people read it: the tables of a CSV file or a workbook.

A :class:`Table` is one sheet or list as rows of typed values (text, numbers,
dates) under headers.  For people (the default) it follows the screen: the
sheet's columns in the order the Sheets panel shows them, headers and choice
values in the interface language (through a :data:`Translate`), the document's
title, publisher, date and page beside the quote instead of its numeric id, and
rejected rows left out unless asked for.  For scripts (``keys=True``) it keeps
the stable English keys, stored codes and document ids of earlier versions, in
their order, with the provenance columns after them.

The writers (``export_csv``, ``export_xlsx``) only lay these tables out.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from .importing import page_ranges
from .positions import PageMap
from .progress import Progress
from .sheets.rows import fetch_rows, query_ids
from .sheets.schema import COLUMN_CONTEXT, ENUM, INTEGER, NUMBER, YEAR, Column, SheetSchema
from .translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from .vocabulary import (
    COMPANY_SCOPE,
    ENTITY_TYPES,
    MARKET_SCOPE,
    REJECTED,
    REVIEW_STATES,
    SHEET_NAMES,
    TOTAL_SCOPE,
)

# The formats an export writes, chosen by the file's suffix unless asked for.
CSV, XLSX = "csv", "xlsx"
FORMATS = (CSV, XLSX)


def export_format(path, asked: str | None = None) -> str:
    """``asked`` when given, else ``xlsx`` for a name ending in .xlsx, else ``csv``."""
    if asked:
        return asked
    return XLSX if str(path).lower().endswith(".xlsx") else CSV


# Kinds of an exported column: how a writer stores its cells.
TEXT = "text"
NUMBER_KIND = "number"
INTEGER_KIND = "integer"
DATE = "date"

# Translation contexts: the sheet's headers (the schema's), its choice values and the
# empty company's text as the Sheets panel shows them, and this module's headers.
SHEET_COLUMN_CONTEXT = COLUMN_CONTEXT
SHEET_VALUE_CONTEXT = "SheetValue"
SHEET_MODEL_CONTEXT = "SheetModel"
EXPORT_CONTEXT = "Export"

# What an empty company cell of a capacity row says, on screen and in an export: whose
# figure it is (the sheet model shows it translated in its own context, "SheetModel").
UNNAMED_OWNER = {
    COMPANY_SCOPE: QT_TRANSLATE_NOOP("SheetModel", "(company not stated)"),
    TOTAL_SCOPE: QT_TRANSLATE_NOOP("SheetModel", "(total)"),
    MARKET_SCOPE: QT_TRANSLATE_NOOP("SheetModel", "(market)"),
}

# The provenance that replaces a row's document id: (key, English header, kind).
PROVENANCE = (
    ("document_title", QT_TRANSLATE_NOOP("SheetColumn", "Document"), TEXT),
    ("publisher", QT_TRANSLATE_NOOP("Export", "Publisher"), TEXT),
    ("date", QT_TRANSLATE_NOOP("Export", "Date"), DATE),
    ("page", QT_TRANSLATE_NOOP("Export", "Page"), INTEGER_KIND),
)
# Written after every other column, so that the older ones keep their places: who last
# wrote the row (a team store's role; empty in a store file) and the document's key, by
# which an import into another store finds the same document (its text's SHA-256).
TRAILING = (
    ("edited_by", QT_TRANSLATE_NOOP("Export", "Last written by"), TEXT),
    ("document_key", QT_TRANSLATE_NOOP("Export", "Document key"), TEXT),
)
_PROVENANCE_KEYS = frozenset(key for key, _, _ in (*PROVENANCE, *TRAILING))

# The lists the command line exports beside the sheets: name -> English title.
LIST_TITLES = {
    "annotations": QT_TRANSLATE_NOOP("Export", "Annotations"),
    "entities": QT_TRANSLATE_NOOP("Export", "Entities"),
}
ANNOTATION_HEADERS = (
    ("document_id", QT_TRANSLATE_NOOP("Export", "Document id"), INTEGER_KIND),
    ("title", QT_TRANSLATE_NOOP("SheetColumn", "Document"), TEXT),
    ("start", QT_TRANSLATE_NOOP("SheetColumn", "Start"), INTEGER_KIND),
    ("end", QT_TRANSLATE_NOOP("SheetColumn", "End"), INTEGER_KIND),
    ("type", QT_TRANSLATE_NOOP("Export", "Type"), TEXT),
    ("text", QT_TRANSLATE_NOOP("Export", "Text"), TEXT),
    ("note", QT_TRANSLATE_NOOP("SheetColumn", "Note"), TEXT),
    ("page", QT_TRANSLATE_NOOP("Export", "Page"), INTEGER_KIND),
    ("made_by", QT_TRANSLATE_NOOP("Export", "Made by"), TEXT),  # a team store's role
    ("document_key", QT_TRANSLATE_NOOP("Export", "Document key"), TEXT),
)
ENTITY_HEADERS = (
    ("canonical", QT_TRANSLATE_NOOP("Export", "Entity"), TEXT),
    ("type", QT_TRANSLATE_NOOP("Export", "Type"), TEXT),
    ("mentions", QT_TRANSLATE_NOOP("Export", "Mentions"), INTEGER_KIND),
    ("documents", QT_TRANSLATE_NOOP("Export", "Documents"), INTEGER_KIND),
)
# The lists' headers that are the Sheets panel's too, translated where its are.
_HEADER_CONTEXTS = dict.fromkeys(("title", "start", "end", "note"), SHEET_COLUMN_CONTEXT)


def list_header_context(key: str) -> str:
    """Where the header of a list's column ``key`` is translated (an import reads it so)."""
    return _HEADER_CONTEXTS.get(key, EXPORT_CONTEXT)


PROGRESS_ROWS = 2_000  # rows between two reports of an export's progress


@dataclass
class Table:
    """One worksheet or CSV file: headers over rows of ``str``, ``int``, ``float``,
    :class:`datetime.date` or None (an empty cell)."""

    name: str  # stable key: the sheet's or list's code
    title: str  # in the language of the headers (a workbook's tab)
    headers: list[str]
    kinds: list[str]
    rows: list[list] = field(default_factory=list)


def sheet_table(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    ids: Sequence[int] | None = None,
    *,
    translate: Translate = untranslated,
    keys: bool = False,
    include_rejected: bool = False,
    confirmed_only: bool = False,
    all_columns: bool = False,
    progress: Progress | None = None,
) -> Table:
    """The sheet's rows ``ids`` in that order (the whole sheet by id when None).

    Rejected rows are left out unless ``include_rejected``; ``confirmed_only`` keeps
    only the rows the analyst confirmed or edited.  ``progress`` hears of every
    :data:`PROGRESS_ROWS` rows, and a cancel there raises ``Cancelled``.
    """
    progress = progress or Progress()
    if ids is None:
        ids = query_ids(conn, schema)
    ids = list(ids)
    rows = fetch_rows(conn, schema, ids)
    columns = _sheet_columns(schema, keys=keys, all_columns=all_columns)
    provenance = _Provenance(conn)
    table = Table(
        schema.name,
        schema.name if keys else SHEET_NAMES.label(schema.name, translate),
        [key if keys else translate(_header_context(key), header) for key, header, _ in columns],
        [kind for _, _, kind in columns],
    )
    # the schema's column behind each exported key (``document`` is ``document_id``)
    by_key = {c.key: c for c in schema.columns}
    by_key |= {c.export_name: c for c in schema.columns if c.export_name}
    for done, row_id in enumerate(ids):
        if done % PROGRESS_ROWS == 0:
            progress.report(done, len(ids))
            progress.check()
        row = rows.get(row_id)
        if row is None:
            continue
        review = row.get("review")
        if confirmed_only and not _vouched(review):
            continue
        if review == REJECTED and not include_rejected:
            continue
        source = provenance.of(row)
        table.rows.append(
            [
                source[key]
                if key in _PROVENANCE_KEYS
                else _sheet_value(by_key[key], kind, row, translate, keys)
                for key, _, kind in columns
            ]
        )
    return table


def _vouched(review: str | None) -> bool:
    state = REVIEW_STATES.get(review)
    return state is not None and state.vouched


def _sheet_columns(
    schema: SheetSchema, *, keys: bool, all_columns: bool
) -> list[tuple[str, str, str]]:
    """(key, English header, kind) of each exported column, in the order written."""
    if keys:
        chosen = list(schema.columns) if all_columns else schema.export_columns()
        columns = [(c.export_name or c.key, c.label, _kind(c)) for c in chosen]
        return [*columns, *PROVENANCE, *TRAILING]
    columns = []
    for column in schema.columns:  # the order of the Sheets panel
        if column.key == "document_id":
            columns.extend(PROVENANCE)
        else:
            columns.append((column.key, column.label, _kind(column)))
    return [*columns, *TRAILING]


def _header_context(key: str) -> str:
    """Where a sheet export's header is translated: beside the panel's headers, or ours."""
    ours = ("publisher", "date", "page", *(key for key, _, _ in TRAILING))
    return EXPORT_CONTEXT if key in ours else SHEET_COLUMN_CONTEXT


# Provenance columns the schema keeps as text but that hold numbers.
_SOURCE_NUMBERS = ("document_id", "start", "end")


def _kind(column: Column) -> str:
    if column.kind == NUMBER:
        return NUMBER_KIND
    if column.kind in (INTEGER, YEAR) or column.key in _SOURCE_NUMBERS:
        return INTEGER_KIND
    return TEXT


def _sheet_value(column: Column, kind: str, row: dict, translate: Translate, keys: bool):
    value = row.get(column.key)
    if kind == NUMBER_KIND:
        return float(value) if isinstance(value, int | float) else None
    if kind == INTEGER_KIND:
        return int(value) if isinstance(value, int | float) else None
    text = "" if value is None else str(value)
    if keys:
        return text
    if column.key == "company" and not text:
        owner = UNNAMED_OWNER.get(row.get("scope") or "")
        return translate(SHEET_MODEL_CONTEXT, owner) if owner else ""
    if column.key == "quote":
        return text.replace("\n", " ")
    if column.kind == ENUM and text:
        return translate(SHEET_VALUE_CONTEXT, text)
    return text


class _Provenance:
    """The document behind a row: title, publisher, date, the page its quote starts on
    and the document's key; and who last wrote the row."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._documents: dict[int, tuple[str, str, object, str]] = {}
        self._pages: dict[int, PageMap] = {}

    def of(self, row: dict) -> dict:
        document_id = row.get("document_id")
        edited_by = row.get("edited_by") or ""
        if document_id is None:
            return {
                "document_title": "",
                "publisher": "",
                "date": None,
                "page": None,
                "edited_by": edited_by,
                "document_key": "",
            }
        if document_id not in self._documents:
            found = self.conn.execute(
                "SELECT title, publisher, publish_date, content_hash FROM documents WHERE id = ?",
                (document_id,),
            ).fetchone()
            title, publisher, date, key = found or ("", "", None, "")
            self._documents[document_id] = (title or "", publisher or "", as_date(date), key or "")
        title, publisher, date, key = self._documents[document_id]
        page = None
        start = row.get("start")
        if start is not None:
            pages = self._pages.get(document_id)
            if pages is None:
                pages = self._pages[document_id] = PageMap(page_ranges(self.conn, document_id))
            page = pages.page_at(start)
        return {
            "document_title": title,
            "publisher": publisher,
            "date": date,
            "page": page,
            "edited_by": edited_by,
            "document_key": key,
        }


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_date(value) -> dt.date | str | None:
    """A stored date as a date when it is a whole one (``2023-12-16``); a partial one
    (``2023-12``, ``2023``) stays text, as written."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def annotations_table(
    conn: sqlite3.Connection, *, translate: Translate = untranslated, keys: bool = False
) -> Table:
    """Every annotation with its document's title and page, in text order."""
    from .store.annotation_listing import annotation_rows

    table = _list_table("annotations", ANNOTATION_HEADERS, translate, keys)
    for row in annotation_rows(conn):
        type_ = row.type if keys else ENTITY_TYPES.label(row.type, translate)
        table.rows.append(
            [
                row.document_id,
                row.title,
                row.start,
                row.end,
                type_,
                row.text,
                row.note,
                row.page,
                row.made_by,
                row.document_key,
            ]
        )
    return table


def entities_table(
    conn: sqlite3.Connection, *, translate: Translate = untranslated, keys: bool = False
) -> Table:
    """The entity index (rejected mentions left out), most mentioned first."""
    from .store.mentions import entity_index

    table = _list_table("entities", ENTITY_HEADERS, translate, keys)
    for entry in entity_index(conn):
        type_ = entry.type if keys else ENTITY_TYPES.label(entry.type, translate)
        table.rows.append([entry.canonical, type_, entry.mentions, entry.documents])
    return table


def _list_table(name: str, headers, translate: Translate, keys: bool) -> Table:
    return Table(
        name,
        name if keys else translate(EXPORT_CONTEXT, LIST_TITLES[name]),
        [
            key if keys else translate(list_header_context(key), header)
            for key, header, _ in headers
        ],
        [kind for _, _, kind in headers],
    )
