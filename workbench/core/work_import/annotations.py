"""An annotations export read back into a store: the spans, types and notes it holds.

The Annotations panel's CSV and ``workbench export annotations`` (for people, or
with ``--keys``) write one annotation a row.  A table is theirs when its headers
name the span (start, end), the type and the document (its key, id or title).
Each row finds its document (see ``documents``); its span, Python ``str`` offsets
into the document's canonical text, must lie within that text, and the text the
row quotes must still be there.  The type comes back from its code or its label in
any of the languages given.

An annotation of the store with the same document, span and type is the row's:
with the same note it is there already, with another its note is changed (the
annotation keeps its id).  Any other row is annotated anew, the same row twice
once.  A row that cannot be placed is left out with its row number and the reason.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..export_csv import looks_like_a_formula
from ..export_tables import ANNOTATION_HEADERS, list_header_context
from ..export_xlsx import MAX_CELL_CHARS
from ..operations.annotations import annotate, quote, update_annotation_op
from ..store.annotations import Annotation, annotations_for_document
from ..table_file import ReadTable
from ..translatable import QT_TRANSLATE_NOOP, Translate, Wording
from ..vocabulary import ENTITY_TYPES
from . import TablePlan
from .documents import DocumentFinder
from .headers import KnownColumn, find_columns
from .reasons import why

KIND = "annotations"
KNOWN_COLUMNS: tuple[KnownColumn, ...] = tuple(
    (key, header, list_header_context(key)) for key, header, _ in ANNOTATION_HEADERS
)
SPAN_KEYS = ("start", "end", "type")
DOCUMENT_KEYS = ("document_key", "document_id", "title")  # any one names the document

# (document id, start, end, type): the annotations one row may be
Span = tuple[int, int, int, str]


@dataclass(frozen=True)
class _Row:
    number: int  # the row's number in the file
    span: Span
    note: str


def plan_table(
    conn: sqlite3.Connection,
    table: ReadTable,
    finder: DocumentFinder,
    translations: Sequence[Translate],
) -> TablePlan | None:
    """What importing ``table`` into the store would do, or None if it is no annotations'."""
    columns = find_columns(table.headers, KNOWN_COLUMNS, translations)
    if not all(k in columns for k in SPAN_KEYS) or not any(k in columns for k in DOCUMENT_KEYS):
        return None
    plan = TablePlan(table.name, KIND)
    read = _RowReader(columns, finder, translations)
    rows = []
    for number, cells in table.rows:
        row = read(number, cells)
        if isinstance(row, Wording):
            plan.left_out.append((number, row))
        else:
            rows.append(row)
    _plan_rows(conn, rows, plan)
    return plan


class _RowReader:
    """A line of the table as an annotation of this store, or why it cannot be one."""

    def __init__(
        self, columns: dict[str, int], finder: DocumentFinder, translations: Sequence[Translate]
    ):
        self.columns = columns
        self.finder = finder
        self.types: dict[str, str] = {}  # a type's code or label, folded -> its code
        for term in ENTITY_TYPES:
            for name in (term.code, *(ENTITY_TYPES.label(term.code, t) for t in translations)):
                self.types.setdefault(_folded(name), term.code)

    def cell(self, cells: list, key: str):
        index = self.columns.get(key)
        return None if index is None else cells[index]

    def __call__(self, number: int, cells: list) -> _Row | Wording:
        written_id = self.cell(cells, "document_id")
        document_id = _whole(written_id)
        key = _text(self.cell(cells, "document_key")).strip()
        if not key and _filled(written_id) and document_id is None:
            return why(
                QT_TRANSLATE_NOOP("WorkImport", "its document id {id} is not a whole number"),
                id=_shown(written_id),
            )
        found, not_found = self.finder.find(key, document_id, _text(self.cell(cells, "title")))
        if found is None:
            return not_found
        start, end = (self.cell(cells, k) for k in ("start", "end"))
        if not _filled(start) or not _filled(end):
            return why(QT_TRANSLATE_NOOP("WorkImport", "its start or end is empty"))
        first, last = _whole(start), _whole(end)
        if first is None or last is None:
            if first is None:
                return why(
                    QT_TRANSLATE_NOOP("WorkImport", "its start {value} is not a whole number"),
                    value=_shown(start),
                )
            return why(
                QT_TRANSLATE_NOOP("WorkImport", "its end {value} is not a whole number"),
                value=_shown(end),
            )
        text = self.finder.text(found)
        if not 0 <= first < last <= len(text):
            if first >= last:
                return why(
                    QT_TRANSLATE_NOOP(
                        "WorkImport",
                        "its span {start}–{end} holds no text (the end must be after the start)",
                    ),
                    start=first,
                    end=last,
                )
            return why(
                QT_TRANSLATE_NOOP(
                    "WorkImport",
                    "its span {start}–{end} is not within its document ({length} characters)",
                ),
                start=first,
                end=last,
                length=f"{len(text):,}",
            )
        written_type = _text(self.cell(cells, "type")).strip()
        type_ = self.types.get(_folded(written_type))
        if type_ is None:
            if not written_type:
                return why(QT_TRANSLATE_NOOP("WorkImport", "its type is empty"))
            return why(
                QT_TRANSLATE_NOOP("WorkImport", "“{type}” is not an annotation type"),
                type=written_type,
            )
        quoted = self.cell(cells, "text")
        if _filled(quoted) and not _same_text(str(quoted), text[first:last]):
            return why(
                QT_TRANSLATE_NOOP(
                    "WorkImport",
                    "its text {text} is not at {start}–{end} of its document, "
                    "which reads {there} there",
                ),
                text=quote(str(quoted)),
                start=first,
                end=last,
                there=quote(text[first:last]),
            )
        return _Row(number, (found, first, last, type_), _text(self.cell(cells, "note")))


def _plan_rows(conn: sqlite3.Connection, rows: list[_Row], plan: TablePlan) -> None:
    """Count what the store has, and plan a note's change or a new annotation for the rest."""
    stored: dict[int, dict[tuple[int, int, str], list[Annotation]]] = {}

    def at(span: Span) -> list[Annotation]:
        document_id, start, end, type_ = span
        if document_id not in stored:
            by_span: dict[tuple[int, int, str], list[Annotation]] = {}
            for a in annotations_for_document(conn, document_id):
                by_span.setdefault((a.start, a.end, a.type), []).append(a)
            stored[document_id] = by_span
        return stored[document_id].get((start, end, type_), [])

    # Rows the store holds as they are first, so that a note is changed only on an
    # annotation no row of the file claims unchanged.
    claimed: set[int] = set()
    rest = []
    for row in rows:
        same = next((a for a in at(row.span) if a.note == row.note), None)
        if same is None:
            rest.append(row)
        else:
            claimed.add(same.id)
            plan.already += 1
    planned: set[tuple[Span, str]] = set()
    for row in rest:
        if (row.span, row.note) in planned:
            plan.already += 1  # the same row again: annotated once
            continue
        other = next((a for a in at(row.span) if a.id not in claimed), None)
        planned.add((row.span, row.note))
        if other is not None:
            claimed.add(other.id)
            plan.operations.append(
                partial(update_annotation_op, annotation_id=other.id, note=row.note)
            )
            plan.updated += 1
            continue
        document_id, start, end, type_ = row.span
        plan.operations.append(
            partial(
                annotate,
                document_id=document_id,
                start=start,
                end=end,
                type_=type_,
                note=row.note,
            )
        )
        plan.added += 1


def _same_text(quoted: str, span: str) -> bool:
    """Whether a row's text is the span as an export writes it: a CSV file's guard against
    formulas (an apostrophe) with or without, a workbook's cell cut at its limit."""
    quoted, span = _unguarded(quoted), _unguarded(span)
    if quoted == span:
        return True
    return len(span) > MAX_CELL_CHARS and quoted == span[: MAX_CELL_CHARS - 1] + "…"


def _unguarded(text: str) -> str:
    return text[1:] if text.startswith("'") and looks_like_a_formula(text[1:]) else text


def _whole(value) -> int | None:
    """A cell's whole number (``12``, ``"12"``, ``12.0`` as a spreadsheet may save it)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            try:
                value = float(value.strip())
            except ValueError:
                return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def _filled(value) -> bool:
    return value is not None and _text(value).strip() != ""


def _text(value) -> str:
    return "" if value is None else str(value)


def _shown(value) -> str:
    return f"“{_text(value).strip()}”"


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()
