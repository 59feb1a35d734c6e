"""Sheets as CSV files that Excel and LibreOffice open correctly.

UTF-8 with a byte-order mark by default (Excel reads BOM-less UTF-8 as the
locale's code page and garbles Chinese), RFC 4180 quoting with CRLF line ends,
one header row (in the interface language, or stable English keys for scripts:
see ``export_tables``), and text cells that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``, tab, carriage return first) prefixed with an
apostrophe.  Every export, CSV or workbook, is written through :func:`write_file`:
complete or not at all, never over a store.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import secrets
import sqlite3
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import WorkbenchError
from .export_tables import Table, sheet_table
from .sheets.schema import SheetSchema

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet will show as text, never evaluate."""
    return "'" + cell if looks_like_a_formula(cell) else cell


def looks_like_a_formula(cell: str) -> bool:
    """Whether a spreadsheet would run ``cell`` as a formula if it were typed in."""
    return cell.startswith(_FORMULA_START)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


def table_csv(table: Table) -> str:
    """The CSV text of a table: its header row, then its rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def export_sheet(
    conn: sqlite3.Connection,
    schema: SheetSchema,
    path: Path | str,
    ids: Sequence[int] | None = None,
    *,
    bom: bool = True,
    **options,
) -> int:
    """Write the sheet to ``path`` (atomically); returns the number of data rows written.

    ``options`` are :func:`~workbench.core.export_tables.sheet_table`'s (translate,
    keys, include_rejected, confirmed_only, all_columns).
    """
    table = sheet_table(conn, schema, ids, **options)
    write_csv(path, table_csv(table), bom=bom)
    return len(table.rows)


def write_csv(path: Path | str, text: str, *, bom: bool = True) -> None:
    """Write CSV text atomically (see :func:`write_file`)."""
    data = text.encode("utf-8-sig" if bom else "utf-8")
    write_file(path, lambda out: out.write(data))


def write_file(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Write a file atomically: an existing file is replaced only by a complete one.

    ``write`` is given the open binary file to fill.  ``path`` must be a new name or
    a regular file.  A symbolic link to a regular file is written through: the file
    it points to is replaced and the link stays.  A folder, a named pipe, a device,
    a socket, a link to nothing and an SQLite database (a store) are refused with a
    :class:`WorkbenchError`, and nothing is written.

    The data goes first to a hidden file beside the target (``.NAME.<8 hex>.part``)
    that is renamed over it once complete; that file is removed when the writing
    fails, and one left by an export that was killed is removed by the next export
    to the same name.  The final name never holds partial output.
    """
    path = Path(path)
    target = _export_target(path)
    _remove_stale_parts(target)
    temporary = None
    try:
        temporary, handle = _new_part_file(target)
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():  # the replacement keeps the file's permissions
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot write ({error.strerror or error})") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


# After ".NAME", what makes a file a partial export of ours.
_PART_TAIL = r"\.[0-9a-f]{8}\.part"


def check_output_path(path: Path | str) -> Path:
    """The regular file (existing or new) that writing ``path`` replaces, or a
    :class:`WorkbenchError` saying why ``path`` cannot be written (see :func:`write_file`)."""
    return _export_target(Path(path))


def _export_target(path: Path) -> Path:
    if not path.name:
        raise WorkbenchError(f"{path}: not a file name")
    target = path
    try:
        if path.is_symlink():
            target = Path(os.path.realpath(path))
            if not target.exists():
                raise WorkbenchError(f"{path}: a link to {target}, which does not exist")
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:  # a name too long, a loop of links
        raise WorkbenchError(f"{path}: cannot write ({error.strerror or error})") from None
    if mode is not None and not stat.S_ISREG(mode):
        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise WorkbenchError(f"{path}: {kind}; an export writes a regular file only")
    if mode is not None and _is_a_database(target):
        raise WorkbenchError(
            f"{path}: an SQLite database, such as a store; an export never writes over one"
        )
    if not target.parent.is_dir():
        raise WorkbenchError(f"{path}: the folder {target.parent} does not exist")
    return target


_SQLITE_MAGIC = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # file, WAL


def _is_a_database(target: Path) -> bool:
    """Whether ``target`` is an SQLite database or its write-ahead log: replacing one
    with an export would lose everything stored in it."""
    try:
        with open(target, "rb") as file:
            head = file.read(16)
    except OSError:
        return False  # unreadable: writing it fails and says why
    return head.startswith(_SQLITE_MAGIC)


_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def _new_part_file(target: Path) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue


def _remove_stale_parts(target: Path) -> None:
    """Remove what an export to ``target`` that was killed left beside it."""
    ours = re.compile(re.escape("." + target.name) + _PART_TAIL)
    try:
        with os.scandir(target.parent) as entries:
            stale = [e.path for e in entries if ours.fullmatch(e.name) and e.is_file()]
    except OSError:
        return  # the write itself reports an unreadable folder
    for name in stale:
        with contextlib.suppress(OSError):
            os.unlink(name)


ENTITY_COLUMNS = ("canonical", "type", "mentions", "documents")


def entities_csv(conn: sqlite3.Connection, type_: str | None = None) -> tuple[str, int]:
    """The entity index (rejected mentions left out) as CSV text, and its row count."""
    from .store.mentions import entity_index

    entries = entity_index(conn, type_)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ENTITY_COLUMNS)
    for entry in entries:
        writer.writerow([neutralise(entry.canonical), entry.type, entry.mentions, entry.documents])
    return out.getvalue(), len(entries)
