"""Writing a sheet to a file off the UI thread: its own connection, progress and cancel.

A 20,000-row workbook takes seconds to write; the window hands the rows it shows
(their ids, in order) to :func:`export_sheet_at` on a worker and stays usable.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .export_csv import table_csv, write_csv
from .export_tables import XLSX, export_format, sheet_table
from .export_xlsx import write_workbook
from .progress import PhaseProgress, Progress
from .sheets.schema import SHEETS
from .store import Store
from .translatable import QT_TRANSLATE_NOOP, Translate, untranslated

COLLECTING = QT_TRANSLATE_NOOP("Progress", "Collecting rows")
WRITING = QT_TRANSLATE_NOOP("Progress", "Writing")
COLLECT_SHARE = 0.4  # of an export's time, reading the rows and their sources


def export_sheet_at(
    db_path: Path | str,
    sheet: str,
    path: Path | str,
    ids: Sequence[int] | None,
    *,
    form: str | None = None,
    include_rejected: bool = False,
    translate: Translate = untranslated,
    progress: Progress,
) -> int:
    """Write the rows ``ids`` of ``sheet`` (the whole sheet when None) to ``path``, as
    a workbook or CSV (``form``, else the name's suffix); returns the rows written.

    A cancel raises ``Cancelled`` and leaves ``path`` as it was.
    """
    schema = SHEETS[sheet]
    with Store(db_path, read_only=True) as store:
        table = sheet_table(
            store.conn,
            schema,
            ids,
            translate=translate,
            include_rejected=include_rejected,
            progress=PhaseProgress(progress, 0.0, COLLECT_SHARE, COLLECTING),
        )
    writing = PhaseProgress(progress, COLLECT_SHARE, 1.0, WRITING)
    if export_format(path, form) == XLSX:
        return write_workbook(path, [table], writing)
    writing.report(0, 1)
    writing.check()
    write_csv(path, table_csv(table))
    return len(table.rows)
