"""Exporting a sheet: the .xlsx writer against CSV of the same table, measured in one run.

    .venv/bin/python bench/bench_export.py [--rows 50000] [--db STORE]

The capacity sheet of the bundled corpus (a fresh store is ingested when no --db is
given) is repeated to ``--rows`` rows, then written as CSV (the baseline), as a workbook
by XlsxWriter as the workbench writes it (kept in memory up to a million cells,
streamed beyond), and by openpyxl's write-only mode (the alternative).  Times are the
best of three and printed as ratios to the CSV; peak memory of one write as traced by
tracemalloc.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.export_csv import table_csv, write_csv
from workbench.core.export_tables import sheet_table
from workbench.core.export_xlsx import write_workbook
from workbench.core.sheets import CAPACITY
from workbench.core.store import Store


def _best(write, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        write()
        times.append(time.perf_counter() - start)
    return min(times)


def _peak(write) -> float:
    tracemalloc.start()
    write()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = args.db
        if db is None:
            from workbench.cli import main as workbench

            db = folder / "store.sqlite3"
            workbench(["ingest", "--db", str(db)])
        with Store(db) as store:
            table = sheet_table(store.conn, CAPACITY)
        if not table.rows:
            raise SystemExit("the capacity sheet is empty")
        table.rows = (table.rows * (args.rows // len(table.rows) + 1))[: args.rows]

        def csv_file() -> None:
            write_csv(folder / "sheet.csv", table_csv(table))

        def xlsxwriter_file() -> None:
            write_workbook(folder / "sheet.xlsx", [table])

        def openpyxl_file() -> None:
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(table.headers)
            for row in table.rows:
                sheet.append(row)
            book.save(folder / "openpyxl.xlsx")

        cells = len(table.rows) * len(table.headers)
        print(f"{len(table.rows):,} rows × {len(table.headers)} columns ({cells:,} cells)")
        baseline = None
        for name, write in (
            ("CSV (baseline)", csv_file),
            ("xlsx, XlsxWriter (the workbench's)", xlsxwriter_file),
            ("xlsx, openpyxl write-only", openpyxl_file),
        ):
            took = _best(write)
            baseline = baseline or took
            print(f"{name:34} {took:6.2f} s  {took / baseline:5.1f}×  peak {_peak(write):5.0f} MB")


if __name__ == "__main__":
    main()
