"""The command line's export headers in the interface language, from the window's .qm files
(English when there are none), and a --keys export that never loads Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from workbench import cli_translation
from workbench.cli import main

from .. import sheet_fixtures

extracted_store_path = sheet_fixtures.extracted_store_path

ROOT = Path(__file__).resolve().parents[2]
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>SheetColumn</name>
<message><source>Cluster</source><translation>集群</translation></message>
<message><source>Country</source><translation>国家</translation></message>
<message><source>Document</source><translation>文档</translation></message>
</context>
<context><name>Export</name>
<message><source>Publisher</source><translation>发布机构</translation></message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path, monkeypatch):
    """A folder of translations holding a small Simplified Chinese .qm, used by the loader."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "workbench_zh_CN.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "workbench_zh_CN.ts"), "-qm",
         str(folder / "workbench_zh_CN.qm")],
        check=True,
    )  # fmt: skip
    monkeypatch.setattr(
        cli_translation, "resource_path", lambda *parts: tmp_path.joinpath("resources", *parts)
    )
    return folder


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh_TW.UTF-8", "zh_TW"), ("zh_HK", "zh_TW"),
     ("zh-Hant", "zh_TW"), ("zh_SG", "zh_CN"), ("en_GB.UTF-8", "en"), ("C", "en"),
     ("C.UTF-8", "en")],
)  # fmt: skip
def test_the_language_follows_the_locale(locale, language):
    assert cli_translation.chosen_language(None, {"LANG": locale}) == language
    assert cli_translation.chosen_language(None, {"LC_ALL": locale, "LANG": "en_US"}) == language
    assert cli_translation.chosen_language("en", {"LANG": locale}) == "en"
    env = {"LANG": locale, "WORKBENCH_LANGUAGE": "zh_TW"}
    assert cli_translation.chosen_language(None, env) == "zh_TW"


def test_the_command_line_chooses_as_the_window_does():
    """The command line's Qt-free choice agrees with the window's for every kind of name."""
    from workbench.models.language import language_for_locale

    names = ["zh_CN", "zh_TW", "zh_HK.UTF-8", "zh-Hant-TW", "zh_Hans_CN", "zh", "en_US", "C",
             "fr_FR.UTF-8", "zh_MO", "zh_SG.GB18030", "de"]  # fmt: skip
    for name in names:
        chosen = cli_translation.chosen_language(None, {"LANG": name})
        assert chosen == language_for_locale(name), name


def test_cli_headers_come_from_the_qm_file(translations, extracted_store_path, tmp_path, capsys):
    out = tmp_path / "clusters.csv"
    argv = ["export", "clusters", "--out", str(out), "--db", str(extracted_store_path)]
    assert main([*argv, "--language", "zh_CN"]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns[:3]) == ["集群", "Continent", "国家"]  # untranslated stay English
    assert "文档" in frame.columns and "发布机构" in frame.columns
    # Traditional has no .qm here: English, not a failure
    assert main([*argv, "--language", "zh_TW"]) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").columns[0] == "Cluster"
    assert main([*argv, "--language", "zh_CN", "--keys"]) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").columns[0] == "name"


def test_without_translations_the_headers_are_english(tmp_path, monkeypatch):
    monkeypatch.setattr(cli_translation, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    translate = cli_translation.translator_for("zh_CN")
    assert translate("SheetColumn", "Cluster") == "Cluster"


def test_an_export_for_scripts_never_loads_qt(extracted_store_path, tmp_path):
    out = tmp_path / "all.xlsx"
    db = tmp_path / "store.sqlite3"
    shutil.copy(extracted_store_path, db)
    code = (
        "import sys; from workbench.cli import main;"
        f"code = main(['export', 'all', '--keys', '--out', {str(out)!r}, '--db', {str(db)!r}]);"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','shiboken'))];"
        "print(bad); sys.exit(code or (1 if bad else 0))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.exists()
