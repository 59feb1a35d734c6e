"""Reading back the tables the workbench's exports write: CSV files and .xlsx workbooks.

Moving work between a store file and a team store goes through the exports
(sheets, annotations): an analyst exports on one side and imports on the other.
This module only reads such a file into :class:`ReadTable` values (headers over
rows of cells); what the columns mean is the importer's business.

A CSV file is decoded as documents are (``core/decoding.py``: UTF-8 with or
without a BOM, GB18030 or Big5, as Excel saves CSV on a Chinese Windows), a
workbook read with openpyxl in read-only mode, one table per worksheet.  Cells
come back as Excel holds them (numbers, dates, text); an export's quote prefix
against formulas (``'=SUM`` in a CSV file) is taken off again.  Any problem (no such file,
too big, not a table, a broken workbook) is an :class:`InputFileError` naming the
file; nothing is read half.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import IMPORT_LIMIT, decode_bytes, read_file_bytes
from .errors import InputFileError
from .export_csv import looks_like_a_formula
from .translatable import QT_TRANSLATE_NOOP

MAX_BYTES = 100 * 10**6  # decimal MB, as every size the workbench states
MAX_ROWS = 1_048_576  # a worksheet's rows in Excel: no export writes more
MAX_COLUMNS = 200  # an export has fewer than 40
MAX_CELL_CHARS = 1_000_000  # csv's own field limit is 128 KiB; a long quote may pass it
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class ReadTable:
    """One worksheet or CSV file: its header row and the rows under it (the row's
    number in the file, counting the header as 1, and its cells)."""

    name: str  # the worksheet's title, or the CSV file's name without its suffix
    headers: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)


def read_tables(path: Path | str) -> list[ReadTable]:
    """Every table of a CSV file (one) or workbook (one per worksheet with a header row)."""
    path = Path(path)
    data = read_file_bytes(path, MAX_BYTES, IMPORT_LIMIT)
    if not data:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the file is empty"))
    if path.suffix.lower() in XLSX_SUFFIXES or data[:4] == b"PK\x03\x04":
        tables = _workbook_tables(path, data)
    else:
        tables = [_csv_table(path, data)]
    tables = [t for t in tables if t.headers]
    if not tables:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "no table in the file: its first row holds no headers"),
        )
    return tables


def _csv_table(path: Path, data: bytes) -> ReadTable:
    text = decode_bytes(data, path).text
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "not a CSV table ({reason})"), reason=error
        ) from None
    return _table(path, path.stem, lines, unquote=True)


def _workbook_tables(path: Path, data: bytes) -> list[ReadTable]:
    try:
        from openpyxl import load_workbook
        from openpyxl.utils.escape import unescape
    except ImportError:  # pragma: no cover - a dependency of the workbench
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "workbooks cannot be read here: openpyxl is missing"),
        ) from None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "not a readable .xlsx workbook ({reason})"),
            reason=error,
        ) from None
    try:
        tables = []
        for sheet in book.worksheets:
            try:
                # A control character is written _x000D_.  (openpyxl drops the escape of
                # a text that holds such an escape itself: that text reads as the character.)
                lines = [
                    [unescape(c) if isinstance(c, str) else c for c in line]
                    for line in sheet.iter_rows(values_only=True)
                ]
            except (ValueError, KeyError, TypeError) as error:
                raise InputFileError(
                    path,
                    QT_TRANSLATE_NOOP(
                        "InputFile", "the worksheet “{sheet}” cannot be read ({reason})"
                    ),
                    sheet=sheet.title,
                    reason=error,
                ) from None
            tables.append(_table(path, sheet.title, lines, unquote=False))
        return tables
    finally:
        book.close()


def _table(path: Path, name: str, lines: list[list], *, unquote: bool) -> ReadTable:
    if len(lines) > MAX_ROWS + 1:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "{table}: more than {most} rows"),
            table=name,
            most=f"{MAX_ROWS:,}",
        )
    blank = 0
    while blank < len(lines) and not any(_filled(c) for c in lines[blank]):
        blank += 1  # blank lines above the headers
    lines = lines[blank:]
    if not lines:
        return ReadTable(name, [])
    headers = [_text(c).strip() for c in lines[0]]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "{table}: {count} columns, more than {most}"),
            table=name,
            count=len(headers),
            most=MAX_COLUMNS,
        )
    table = ReadTable(name, headers)
    for number, line in enumerate(lines[1:], start=blank + 2):  # as the file counts
        cells = [_cell(c, unquote) for c in line[: len(headers)]]
        if any(_filled(c) for c in cells):
            table.rows.append((number, cells + [None] * (len(headers) - len(cells))))
    return table


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text(value) -> str:
    return "" if value is None else str(value)


def _cell(value, unquote: bool):
    """A cell as the export had it: in a CSV file, the quote the export put before text
    that would read as a formula taken off (a workbook marks such a cell by its format,
    not in its text); whole dates as dates."""
    if isinstance(value, str):
        guarded = unquote and value.startswith("'") and looks_like_a_formula(value[1:])
        return value[1:] if guarded else value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value
