"""Tables as a native Excel workbook (.xlsx), one worksheet each, written by XlsxWriter.

Each worksheet has its header row frozen and an autofilter over it, columns as
wide as their contents (a Chinese character counts as two), numbers and years
as numbers, whole dates as dates, and text always as text: a cell beginning with
``=``, ``+``, ``-`` or ``@`` is written as a string with Excel's quote prefix (as
if typed after an apostrophe), never as a formula, and the workbook is written
with XlsxWriter's conversions of strings to formulas, numbers or links off.
The file is written as every export is (``export_csv.write_file``): complete or
not at all, never over a store.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .errors import WorkbenchError
from .export_csv import looks_like_a_formula, write_file
from .export_tables import DATE, INTEGER_KIND, PROGRESS_ROWS, Table, sheet_table
from .progress import Progress
from .sheets.schema import SheetSchema

# Excel's limits: characters in a cell, in a worksheet's name, rows in a worksheet.
MAX_CELL_CHARS = 32_767
MAX_SHEET_NAME = 31
MAX_ROWS = 1_048_576
# Column widths, in Excel's units (about one Latin character each).
MIN_WIDTH, MAX_WIDTH = 6, 60
_WIDTH_SAMPLE = 2_000  # rows looked at to size a column
# Cells above which a workbook is streamed (XlsxWriter's constant_memory): streaming
# wrote a 145,000-cell sheet about 20% slower here, and keeping the cells until the
# workbook closes cost about 90 bytes a cell (76 MB at peak for 870,000).
STREAM_CELLS = 1_000_000
_NOT_IN_SHEET_NAMES = str.maketrans({c: "_" for c in "[]:*?/\\"})


def text_width(text: str) -> int:
    """Display width of ``text``: wide and full-width characters (CJK) count two."""
    longest = 0
    for line in text.split("\n"):
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        longest = max(longest, width)
    return longest


def column_widths(table: Table) -> list[int]:
    """A width per column: its header or its widest value (of the first rows), within limits."""
    widths = [text_width(header) for header in table.headers]
    for row in table.rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], text_width(_shown(value)))
    return [min(MAX_WIDTH, max(MIN_WIDTH, width + 2)) for width in widths]


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return "2000-00-00"
    return str(value)


def write_workbook(
    path: Path | str, tables: Sequence[Table], progress: Progress | None = None
) -> int:
    """Write ``tables`` to ``path`` as one workbook (a worksheet each); returns the data rows.

    ``progress`` hears of every :data:`PROGRESS_ROWS` rows written; a cancel there
    raises ``Cancelled`` and leaves ``path`` as it was.
    """
    for table in tables:
        if len(table.rows) + 1 > MAX_ROWS:
            raise WorkbenchError(
                f"{path}: {table.name} has {len(table.rows):,} rows, more than a worksheet "
                f"holds ({MAX_ROWS - 1:,}); export it as CSV instead"
            )
    write_file(path, lambda out: _write(out, tables, progress or Progress()))
    return sum(len(table.rows) for table in tables)


def _write(out, tables: Sequence[Table], progress: Progress) -> None:
    import xlsxwriter
    from xlsxwriter.exceptions import XlsxWriterException

    try:
        _fill(xlsxwriter, out, tables, progress)
    except XlsxWriterException as error:
        raise WorkbenchError(f"cannot write the workbook ({error})") from None


def _fill(xlsxwriter, out, tables: Sequence[Table], progress: Progress) -> None:
    streamed = sum(len(t.rows) * len(t.headers) for t in tables) > STREAM_CELLS
    workbook = xlsxwriter.Workbook(
        out,
        {
            # A big workbook streams its rows to the file as written; a smaller one is
            # kept until closed, which shares repeated strings and writes faster.
            "constant_memory": streamed,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    formats = _Formats(workbook)
    used: set[str] = set()
    total, written = sum(len(table.rows) for table in tables), 0
    for table in tables:
        sheet = workbook.add_worksheet(_sheet_name(table.title or table.name, used))
        for index, width in enumerate(column_widths(table)):
            sheet.set_column(index, index, width)
        for column, header in enumerate(table.headers):
            sheet.write_string(0, column, header, formats.header)
        for number, row in enumerate(table.rows, start=1):
            if written % PROGRESS_ROWS == 0:
                progress.report(written, total)
                progress.check()
            written += 1
            for column, value in enumerate(row):
                _write_cell(sheet, number, column, value, table.kinds[column], formats)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(table.rows), max(len(table.headers) - 1, 0))
    workbook.close()


class _Formats:
    def __init__(self, workbook):
        self.header = workbook.add_format({"bold": True, "bottom": 1, "text_wrap": False})
        self.text = workbook.add_format({"num_format": "@"})
        self.quoted = workbook.add_format({"num_format": "@", "quote_prefix": True})
        self.number = workbook.add_format({"num_format": "General"})
        self.integer = workbook.add_format({"num_format": "0"})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})


def _write_cell(sheet, row: int, column: int, value, kind: str, formats: _Formats) -> None:
    if value is None or value == "":
        return  # an empty cell
    if isinstance(value, dt.date) and kind == DATE:
        sheet.write_datetime(row, column, dt.datetime.combine(value, dt.time()), formats.date)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        integer = kind == INTEGER_KIND and float(value).is_integer()
        sheet.write_number(row, column, value, formats.integer if integer else formats.number)
    else:
        text = str(value)
        if len(text) > MAX_CELL_CHARS:
            text = text[: MAX_CELL_CHARS - 1] + "…"
        style = formats.quoted if looks_like_a_formula(text) else formats.text
        sheet.write_string(row, column, text, style)


def _sheet_name(title: str, used: set[str]) -> str:
    """A worksheet name Excel accepts (31 characters, none of []:*?/\\), unique in the book."""
    base = title.translate(_NOT_IN_SHEET_NAMES).strip("'") or "Sheet"
    base = base[:MAX_SHEET_NAME]
    name, count = base, 1
    while name.lower() in used:
        count += 1
        suffix = f" ({count})"
        name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
    used.add(name.lower())
    return name


def export_sheet_xlsx(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    path: Path | str,
    ids: Sequence[int] | None = None,
    **options,
) -> int:
    """Write the sheet's rows ``ids`` (the whole sheet when None) as a one-worksheet
    workbook; ``options`` are :func:`~workbench.core.export_tables.sheet_table`'s."""
    return write_workbook(path, [sheet_table(conn, schema, ids, **options)])
