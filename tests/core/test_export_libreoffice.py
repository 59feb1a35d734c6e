"""LibreOffice opens both exports without mojibake: each is converted headless to CSV and
the Chinese text, in both scripts, comes back equal; formula-looking text stays text.

Skipped only when LibreOffice (``soffice``) is not installed.
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from workbench.core.export_csv import export_sheet
from workbench.core.export_tables import sheet_table
from workbench.core.export_xlsx import export_sheet_xlsx
from workbench.core.sheets import CAPACITY, add_row

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# CSV filter options: comma, double quote, UTF-8 (76), from line 1.
UTF8_CSV = "44,34,76,1"
ROWS = [
    {
        "company": "台積電",
        "site": "竹科十二廠",
        "product": "先進封裝",
        "value_low": 1.5,
        "unit": "萬片/月",
        "year": 2025,
        "note": "=1+1",
    },
    {
        "company": "中芯国际",
        "site": "北京亦庄",
        "product": "12英寸晶圆",
        "value_low": 10,
        "unit": "万片/月",
        "year": 2024,
        "note": "与年报核对过，“可靠”",
    },
]


def _to_csv(source, out_dir, profile, infilter: str | None = None) -> list[list[str]]:
    command = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", f"csv:Text - txt - csv (StarCalc):{UTF8_CSV}"]
    command += ["--outdir", str(out_dir), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    converted = out_dir / (source.stem + ".csv")
    assert done.returncode == 0 and converted.exists(), done.stderr
    with open(converted, encoding="utf-8", newline="") as file:
        return list(csv.reader(file))


def test_libreoffice_reads_the_workbook_and_the_csv_in_chinese(seeded_store, tmp_path):
    conn = seeded_store.conn
    conn.execute("DELETE FROM capacity_rows")
    for values in ROWS:
        add_row(conn, CAPACITY, values)
    table = sheet_table(conn, CAPACITY)
    workbook, text = tmp_path / "产能.xlsx", tmp_path / "产能表.csv"
    export_sheet_xlsx(conn, CAPACITY, workbook)
    export_sheet(conn, CAPACITY, text)
    profile = tmp_path / "profile"

    from_xlsx = _to_csv(workbook, tmp_path / "from_xlsx", profile)
    from_csv = _to_csv(text, tmp_path / "from_csv", profile, infilter=f"CSV:{UTF8_CSV}")
    for rows in (from_xlsx, from_csv):
        assert rows[0] == table.headers
        header = rows[0]
        for line, values in zip(rows[1:], ROWS, strict=True):
            cell = dict(zip(header, line, strict=True))
            assert cell["Company"] == values["company"]
            assert cell["Site / plant"] == values["site"]
            assert cell["Product / process"] == values["product"]
            assert cell["Unit"] == values["unit"]
            assert float(cell["Value (low)"]) == values["value_low"]
            assert cell["Year"] == str(values["year"])
    # the formula-looking note is text in both: not evaluated to 2
    assert dict(zip(from_xlsx[0], from_xlsx[1], strict=True))["Note"] == "=1+1"
    # (the CSV's guard, an apostrophe, is kept as part of the text)
    assert dict(zip(from_csv[0], from_csv[1], strict=True))["Note"] == "'=1+1"
    assert dict(zip(from_xlsx[0], from_xlsx[2], strict=True))["Note"] == ROWS[1]["note"]
