"""A sheet written by the window's worker: its own connection, the same cells as a
direct export, progress as it goes, and a cancel that leaves the file as it was."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

import workbench.core.export_tables as export_tables
from workbench.core.errors import Cancelled
from workbench.core.export_tables import CSV, XLSX
from workbench.core.export_xlsx import export_sheet_xlsx
from workbench.core.progress import Progress
from workbench.core.sheet_export import export_sheet_at
from workbench.core.sheets import CAPACITY, query_ids

from .. import sheet_fixtures

extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store


class Recording(Progress):
    def __init__(self, cancel_in: str | None = None):
        self.reports: list[tuple[int, int, str]] = []
        self._cancel_in = cancel_in  # the phase whose first report cancels

    def report(self, done, total, message=""):
        self.reports.append((done, total, message))

    def cancelled(self):
        return any(message == self._cancel_in for *_, message in self.reports)


def _cells(path):
    return [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]


def test_the_worker_writes_the_rows_asked_for_as_a_direct_export_does(extracted_store, tmp_path):
    ids = list(reversed(query_ids(extracted_store.conn, CAPACITY)))[:7]
    direct, worker = tmp_path / "direct.xlsx", tmp_path / "worker.xlsx"
    export_sheet_xlsx(extracted_store.conn, CAPACITY, direct, ids)
    progress = Recording()
    assert (
        export_sheet_at(extracted_store.location, "capacity", worker, ids, progress=progress) == 7
    )
    assert _cells(worker) == _cells(direct)
    # it reports as it goes, up to the end, never backwards
    steps = [done / total for done, total, _ in progress.reports]
    assert steps == sorted(steps) and steps[-1] < 1.0
    assert {message for *_, message in progress.reports} == {"Collecting rows", "Writing"}


def test_a_csv_of_the_whole_sheet(extracted_store, tmp_path):
    out = tmp_path / "产能.txt"
    count = export_sheet_at(
        extracted_store.location, "capacity", out, None, form=CSV, progress=Progress()
    )
    assert count == len(query_ids(extracted_store.conn, CAPACITY)) > 0
    with open(out, encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.reader(file))) == count + 1


@pytest.mark.parametrize("form", [XLSX, CSV])
@pytest.mark.parametrize("phase", ["Collecting rows", "Writing"])
def test_a_cancel_leaves_the_earlier_file_whole(
    extracted_store, tmp_path, monkeypatch, form, phase
):
    monkeypatch.setattr(export_tables, "PROGRESS_ROWS", 1)
    out = tmp_path / "exports" / f"capacity.{form}"
    out.parent.mkdir()
    out.write_bytes(b"the analyst's earlier export")
    with pytest.raises(Cancelled):
        export_sheet_at(
            extracted_store.location,
            "capacity",
            out,
            None,
            form=form,
            progress=(progress := Recording(phase)),
        )
    assert progress.reports[-1][2] == phase
    assert out.read_bytes() == b"the analyst's earlier export"
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no partial file
