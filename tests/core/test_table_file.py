"""Reading exported tables back: CSV in the encodings Excel saves, workbooks, bad files."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.errors import InputFileError
from workbench.core.export_csv import table_csv, write_csv
from workbench.core.export_tables import DATE, INTEGER_KIND, NUMBER_KIND, TEXT, Table
from workbench.core.export_xlsx import write_workbook
from workbench.core.table_file import MAX_COLUMNS, read_tables


def _table() -> Table:
    return Table(
        "capacity",
        "产能",
        ["company", "value_low", "year", "date", "note"],
        [TEXT, NUMBER_KIND, INTEGER_KIND, DATE, TEXT],
        [
            ["台積電", 12.5, 2024, dt.date(2024, 3, 1), "=SUM(A1)"],
            ["宁德时代", None, None, None, "-2+3"],
        ],
    )


def test_a_csv_export_reads_back_with_its_formula_guard_taken_off(tmp_path):
    path = tmp_path / "产能.csv"
    write_csv(path, table_csv(_table()))
    (table,) = read_tables(path)
    assert table.name == "产能" and table.headers == _table().headers
    assert [number for number, _ in table.rows] == [2, 3]
    assert table.rows[0][1][0] == "台積電" and table.rows[0][1][4] == "=SUM(A1)"
    assert table.rows[1][1][4] == "-2+3"


def test_every_start_the_csv_export_guards_is_unguarded(tmp_path):
    """A tab or carriage return first is guarded as a formula's start is, and read back."""
    notes = ["\t缩进的备注", "\r回车开头", "@提及", "'引号开头", "'=引号与等号"]
    table = Table("notes", "notes", ["note"], [TEXT], [[note] for note in notes])
    path = tmp_path / "notes.csv"
    write_csv(path, table_csv(table))
    (read,) = read_tables(path)
    # a text that starts with the guard itself cannot be told from a guarded one
    assert [cells[0] for _, cells in read.rows] == [*notes[:4], "=引号与等号"]


def test_a_workbook_reads_back_typed_one_table_per_worksheet(tmp_path):
    path = tmp_path / "all.xlsx"
    other = Table("clusters", "集群", ["name"], [TEXT], [["长三角集成电路产业集群"]])
    write_workbook(path, [_table(), other])
    capacity, clusters = read_tables(path)
    assert (capacity.name, clusters.name) == ("产能", "集群")
    assert capacity.rows[0][1] == ["台積電", 12.5, 2024, dt.date(2024, 3, 1), "=SUM(A1)"]
    assert capacity.rows[1][1] == ["宁德时代", None, None, None, "-2+3"]
    assert clusters.rows == [(2, ["长三角集成电路产业集群"])]


def test_a_workbook_reads_back_control_characters_as_written(tmp_path):
    """A workbook escapes a control character (a carriage return: ``_x000D_``); it reads
    back as the character."""
    notes = ["回车\r之后", "\x07响铃", "\t制表\n换行", "x000D_ 不像转义"]
    path = tmp_path / "notes.xlsx"
    write_workbook(path, [Table("notes", "notes", ["note"], [TEXT], [[n] for n in notes])])
    (read,) = read_tables(path)
    assert [cells[0] for _, cells in read.rows] == notes


def test_csv_saved_by_excel_on_a_chinese_windows_is_gb18030(tmp_path):
    path = tmp_path / "saved.csv"
    path.write_bytes("企业,备注\r\n台积电,南京厂扩产\r\n\r\n比亚迪,\r\n".encode("gb18030"))
    (table,) = read_tables(path)
    assert table.headers == ["企业", "备注"]
    assert table.rows == [(2, ["台积电", "南京厂扩产"]), (4, ["比亚迪", ""])]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\r\n,,\r\n", "no table"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "not a readable .xlsx"),
        ("wide.csv", (",".join(f"c{i}" for i in range(MAX_COLUMNS + 1))).encode(), "columns"),
        ("binary.csv", b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_a_bad_file_is_refused_by_name(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as raised:
        read_tables(path)
    assert str(raised.value).startswith(name) and problem in str(raised.value)


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_tables(tmp_path / "gone.csv")
    with pytest.raises(InputFileError, match="folder"):
        read_tables(tmp_path)
