"""Bad arguments and a bad environment: every command says what is wrong in one line.

The sweep runs each command as a user does (a new process) and asserts a non-zero
exit, no traceback, and one line on stderr naming the argument or file and the
problem.  The other tests look closer at each kind of bad input.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.errors import WorkbenchError
from workbench.core.export_csv import write_csv
from workbench.core.importing.walker import plan_import
from workbench.core.names import printable_lines, printable_name

from ..conftest import ROOT, SEEDS

NOT_UTF8 = os.fsdecode(b"\xff\xfe")  # an argument in another encoding, as Python holds it
THOUSAND_WORDS = " ".join(["产能", "芯片"] * 500)
HUNDRED_WORDS = " ".join(["产能"] * 100)


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        cwd=ROOT,
        capture_output=True,
        input=stdin,
        timeout=120,  # reading a named pipe waits forever: fail instead
    )
    result.out = result.stdout.decode("utf-8")
    result.err = result.stderr.decode("utf-8")
    return result


@pytest.fixture(scope="module")
def place(seeded_store_path, tmp_path_factory) -> dict[str, str]:
    """A store, and every kind of wrong thing to give in its place."""
    root = tmp_path_factory.mktemp("bad-input")
    store = root / "store.sqlite3"
    shutil.copy(seeded_store_path, store)
    (root / "folder.sqlite3").mkdir()
    (root / "plain.txt").write_text("一份普通的文件。", encoding="utf-8")
    (root / "bad.json").write_bytes(b"\xff\xfe not json")
    os.mkfifo(root / "pipe")
    os.mkfifo(root / "pipe.txt")
    os.mkfifo(root / "pipe.png")
    (root / "dangling.csv").symlink_to(root / "nothing" / "x.csv")
    return {
        "db": str(store),
        "tmp": str(root),
        "missing": str(root / "missing.sqlite3"),
        "folder": str(root / "folder.sqlite3"),
        "under_file": str(root / "plain.txt" / "store.sqlite3"),
        "fifo": str(root / "pipe"),
        "fifo_txt": str(root / "pipe.txt"),
        "plain": str(root / "plain.txt"),
        "bad_json": str(root / "bad.json"),
        "dangling": str(root / "dangling.csv"),
    }


# (id, arguments, what stderr says); {name} is filled from ``place``.
SWEEP = [
    # search
    ("search-limit-negative", ["search", "产能", "--limit", "-5", "--db", "{db}"],
     "argument --limit: the limit is a whole number from 1 to 10,000, not \"-5\""),
    ("search-limit-zero", ["search", "产能", "--limit", "0", "--db", "{db}"],
     "not \"0\""),
    ("search-limit-huge", ["search", "产能", "--limit", "1" + "0" * 30, "--db", "{db}"],
     "from 1 to 10,000"),
    ("search-limit-word", ["search", "产能", "--limit", "many", "--db", "{db}"],
     "not \"many\""),
    ("search-thousand-words", ["search", THOUSAND_WORDS, "--db", "{db}"],
     "the query is 2,999 characters long; a search takes at most 500"),
    ("search-hundred-terms", ["search", HUNDRED_WORDS, "--db", "{db}"],
     "the query has 100 terms; a search takes at most 20"),
    ("search-not-utf8", ["search", NOT_UTF8, "--db", "{db}"],
     "argument query: \\xff\\xfe is not UTF-8 text"),
    ("search-empty", ["search", "", "--db", "{db}"], "the query is empty"),
    ("search-empty-quotes", ["search", '""', "--db", "{db}"], "the query is empty"),
    ("search-no-store", ["search", "产能", "--db", "{missing}"], "no store here yet"),
    ("search-db-folder", ["search", "产能", "--db", "{folder}"],
     "folder.sqlite3: a folder, not a store file"),
    # stats and --db
    ("stats-no-store", ["stats", "--db", "{missing}"], "missing.sqlite3: no store here yet"),
    ("stats-db-empty", ["stats", "--db", ""], "argument --db: the path is empty"),
    ("stats-db-folder", ["stats", "--db", "{folder}"], "a folder, not a store file"),
    ("stats-db-under-file", ["stats", "--db", "{under_file}"],
     "plain.txt is a file, not a folder"),
    ("stats-db-fifo", ["stats", "--db", "{fifo}"], "pipe: a named pipe, not a store file"),
    ("stats-db-not-a-store", ["stats", "--db", "{plain}"], "plain.txt: "),
    ("top-db-empty", ["--db", "", "stats"], "argument --db: the path is empty"),
    # ingest and import
    ("ingest-db-folder", ["ingest", "--db", "{folder}"], "a folder, not a store file"),
    ("ingest-db-under-file", ["ingest", "--db", "{under_file}"],
     "plain.txt is a file, not a folder"),
    ("ingest-missing-file", ["ingest", "{tmp}/no-such.txt", "--db", "{missing}"],
     "no-such.txt: no such file or folder"),
    ("ingest-empty-path", ["ingest", "", "--db", "{missing}"], "argument PATH: the path is empty"),
    ("import-empty-path", ["import", "", "--db", "{missing}"], "argument PATH: the path is empty"),
    ("import-missing", ["import", "{tmp}/no-such-folder", "--db", "{missing}"],
     "no-such-folder: no such file or folder"),
    ("import-fifo", ["import", "{fifo_txt}", "--db", "{missing}"],
     "pipe.txt: a named pipe, not a file or folder"),
    ("import-db-folder", ["import", "{plain}", "--db", "{folder}"], "a folder, not a store file"),
    ("import-db-empty", ["import", "{plain}", "--db", ""], "argument --db: the path is empty"),
    # entities
    ("entities-doc-negative", ["entities", "--doc", "-1", "--db", "{db}"],
     "argument --doc: a document id is a whole number of 1 or more, not \"-1\""),
    ("entities-doc-zero", ["entities", "--doc", "0", "--db", "{db}"], "not \"0\""),
    ("entities-doc-word", ["entities", "--doc", "abc", "--db", "{db}"], "not \"abc\""),
    ("entities-doc-huge", ["entities", "--doc", "9" * 30, "--db", "{db}"],
     "no document with id 999999999999999999999999999999"),
    ("entities-doc-absent", ["entities", "--doc", "100000", "--db", "{db}"],
     "no document with id 100000"),
    ("entities-doc-no-store", ["entities", "--doc", "1", "--db", "{missing}"], "no store here yet"),
    ("entities-neither", ["entities", "--db", "{db}"], "give - (text on standard input) or --doc"),
    ("entities-stdin-not-utf8", ["entities", "-", "--db", "{db}"],
     "standard input is not UTF-8 (byte 0)"),
    ("entities-stdin-db-folder", ["entities", "-", "--db", "{folder}"], "a folder, not a store"),
    ("merge-one-name", ["entities", "merge", "台积电", "--db", "{db}"], "merge needs two names"),
    ("merge-unknown", ["entities", "merge", "台积电", "无此公司", "--db", "{db}"],
     "no entity named “无此公司”"),
    ("merge-not-utf8", ["entities", "merge", "台积电", NOT_UTF8, "--db", "{db}"],
     "is not UTF-8 text"),
    ("rename-empty", ["entities", "rename", "", "新名", "--db", "{db}"], "an entity name is empty"),
    ("rename-no-store", ["entities", "rename", "甲", "乙", "--db", "{missing}"], "no store here"),
    # lexicon
    ("lexicon-add-empty", ["lexicon", "add", "", "--type", "ORG", "--db", "{db}"],
     "name is empty"),
    ("lexicon-add-not-utf8", ["lexicon", "add", NOT_UTF8, "--type", "ORG", "--db", "{db}"],
     "argument NAME: \\xff\\xfe is not UTF-8 text"),
    ("lexicon-add-db-folder", ["lexicon", "add", "某公司", "--type", "ORG", "--db", "{folder}"],
     "a folder, not a store file"),
    ("lexicon-never-db-under-file", ["lexicon", "never", "新建", "--db", "{under_file}"],
     "is a file, not a folder"),
    ("lexicon-import-missing", ["lexicon", "import", "{tmp}/none.json", "--db", "{db}"],
     "none.json: no such file"),
    ("lexicon-import-fifo", ["lexicon", "import", "{fifo}", "--db", "{db}"],
     "pipe: a named pipe, not a file"),
    ("lexicon-import-folder", ["lexicon", "import", "{tmp}", "--db", "{db}"],
     "a folder, not a file"),
    ("lexicon-import-not-utf8", ["lexicon", "import", "{bad_json}", "--db", "{db}"],
     "bad.json: "),
    ("lexicon-export-empty", ["lexicon", "export", "", "--db", "{db}"],
     "argument FILE.json: the path is empty"),
    ("lexicon-export-fifo", ["lexicon", "export", "{fifo}", "--db", "{db}"],
     "pipe: a named pipe; an export writes a regular file only"),
    ("lexicon-export-folder", ["lexicon", "export", "{folder}", "--db", "{db}"],
     "folder.sqlite3: a folder; an export writes a regular file only"),
    ("lexicon-list-no-store", ["lexicon", "list", "--db", "{missing}"], "no store here yet"),
    # export
    ("export-out-empty", ["export", "capacity", "--out", "", "--db", "{db}"],
     "argument --out: the path is empty"),
    ("export-out-folder", ["export", "capacity", "--out", "{tmp}", "--db", "{db}"],
     "a folder; an export writes a regular file only"),
    ("export-out-fifo", ["export", "entities", "--out", "{fifo}", "--db", "{db}"],
     "pipe: a named pipe; an export writes a regular file only"),
    ("export-out-dangling", ["export", "clusters", "--out", "{dangling}", "--db", "{db}"],
     "dangling.csv: a link to"),
    ("export-out-no-folder", ["export", "capacity", "--out", "{tmp}/nope/x.csv", "--db", "{db}"],
     "does not exist"),
    ("export-no-store", ["export", "capacity", "--out", "{tmp}/x.csv", "--db", "{missing}"],
     "no store here yet"),
    ("export-list-option", ["export", "entities", "--confirmed-only", "--out", "{tmp}/x.csv",
                            "--db", "{db}"], "apply to the capacity and clusters sheets only"),
    ("export-unknown-sheet", ["export", "people", "--out", "{tmp}/x.csv", "--db", "{db}"],
     "argument sheet: invalid choice"),
    # extract, chart
    ("extract-no-store", ["extract", "--db", "{missing}"], "no store here yet"),
    ("extract-db-folder", ["extract", "--db", "{folder}"], "a folder, not a store file"),
    ("chart-db-folder", ["chart", "entities", "--out", "{tmp}/c.png", "--db", "{folder}"],
     "a folder, not a store file"),
    ("chart-no-store", ["chart", "entities", "--out", "{tmp}/c.png", "--db", "{missing}"],
     "no store here yet"),
    ("chart-out-fifo", ["chart", "entities", "--out", "{tmp}/pipe.png", "--db", "{db}"],
     "pipe.png: a named pipe; an export writes a regular file only"),
    ("chart-out-empty", ["chart", "entities", "--out", "", "--db", "{db}"],
     "argument --out: the path is empty"),
    ("unknown-command", ["frobnicate"], "argument COMMAND: invalid choice"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "says"), [c[1:] for c in SWEEP], ids=[c[0] for c in SWEEP])
def test_sweep_each_command_refuses_bad_input_in_one_line(place, args, says):
    filled = [a.format(**place) if "{" in a else a for a in args]
    result = run(*filled, stdin=b"\xff\xfe\x00")  # not UTF-8, for `entities -`
    assert "Traceback" not in result.err
    assert result.returncode in (1, 2), result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("workbench"), lines[0]
    assert says in lines[0]


def test_the_sweep_left_the_store_and_the_folder_as_they_were(place, seeded_store_path):
    with sqlite3.connect(place["db"]) as conn, sqlite3.connect(seeded_store_path) as seeded:
        count = "SELECT count(*) FROM documents"
        assert conn.execute(count).fetchone() == seeded.execute(count).fetchone()
    assert not Path(place["missing"]).exists()
    assert list(Path(place["folder"]).iterdir()) == []
    assert stat.S_ISFIFO(os.stat(place["fifo"]).st_mode)


# -- the checks behind the sweep, one by one ---------------------------------------------


def test_an_empty_import_path_imports_nothing_from_the_current_folder(tmp_path):
    result = run("import", "", "--db", str(tmp_path / "new.sqlite3"))
    assert result.returncode == 2
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_new_store_where_none_can_be_made_is_refused(tmp_path, monkeypatch, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path, mode, **kwargs):  # a folder this user cannot write to
        if Path(path) == locked and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert (
        main(["lexicon", "add", "某公司", "--type", "ORG", "--db", str(locked / "s.sqlite3")]) == 1
    )
    assert capsys.readouterr().err == (
        f"workbench: {locked / 's.sqlite3'}: a new store cannot be made here: "
        f"the folder {locked} is not writable\n"
    )
    assert not (locked / "s.sqlite3").exists()


def test_an_existing_store_in_a_folder_that_cannot_be_written_still_opens(
    seeded_store_path, tmp_path, monkeypatch, capsys
):
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copy(seeded_store_path, folder / "s.sqlite3")
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: (
            False if Path(path) == folder and mode & os.W_OK else real_access(path, mode, **kw)
        ),
    )
    assert main(["stats", "--json", "--db", str(folder / "s.sqlite3")]) == 0
    assert '"documents": 38' in capsys.readouterr().out


# -- export --out --------------------------------------------------------------------------


def test_export_writes_through_a_link_to_a_regular_file(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_csv(link, "a,b\r\n1,2\r\n")
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes() == "\ufeffa,b\r\n1,2\r\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


@pytest.mark.parametrize("kind", ["folder", "fifo", "dangling link", "link to a fifo"])
def test_export_refuses_what_is_not_a_regular_file(tmp_path, kind):
    out = tmp_path / "out.csv"
    if kind == "folder":
        out.mkdir()
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "dangling link":
        out.symlink_to(tmp_path / "gone.csv")
    else:
        os.mkfifo(tmp_path / "pipe")
        out.symlink_to(tmp_path / "pipe")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WorkbenchError, match=f"^{out}: "):
        write_csv(out, "a\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert out.is_symlink() or out.is_dir() or stat.S_ISFIFO(out.stat().st_mode)


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    out = tmp_path / "sheet.csv"
    out.write_text("the analyst's last export", encoding="utf-8")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(
        WorkbenchError, match=r"sheet.csv: cannot write \(No space left on device\)$"
    ):
        write_csv(out, "a,b\r\n")
    assert out.read_text(encoding="utf-8") == "the analyst's last export"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.csv"]


def test_what_a_killed_export_left_is_removed_by_the_next(tmp_path):
    out = tmp_path / "sheet.csv"
    stale = tmp_path / ".sheet.csv.0a1b2c3d.part"
    stale.write_text("half a she", encoding="utf-8")
    other = tmp_path / ".other.csv.0a1b2c3d.part"  # another export's: left alone
    other.write_text("x", encoding="utf-8")
    mine = tmp_path / "sheet.csv.part"  # not a name we make: left alone
    mine.write_text("y", encoding="utf-8")
    write_csv(out, "a\r\n", bom=False)
    assert out.read_text(encoding="utf-8") == "a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".other.csv.0a1b2c3d.part",
        "sheet.csv",
        "sheet.csv.part",
    ]


def test_export_through_the_command_line_keeps_a_link(place, tmp_path):
    target = tmp_path / "kept.csv"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(target)
    result = run("export", "entities", "--out", str(tmp_path / "link.csv"), "--db", place["db"])
    assert result.returncode == 0, result.err
    assert (tmp_path / "link.csv").is_symlink()
    assert target.read_text(encoding="utf-8-sig").startswith("canonical,type,mentions,documents")


# -- file names that would steer the terminal ---------------------------------------------


def test_printable_name_escapes_controls_and_undecodable_bytes():
    assert printable_name("产能报告.pdf") == "产能报告.pdf"
    assert printable_name("a\nb\tc\r.txt") == "a\\nb\\tc\\r.txt"
    assert printable_name("\x1b[2J\x1b[31mred.txt") == "\\x1b[2J\\x1b[31mred.txt"
    assert printable_name("x\x00\x7f\x9b.txt") == "x\\x00\\x7f\\x9b.txt"
    assert printable_name(os.fsdecode(b"\xe6\x8a\xa5\xff.txt")) == "报\\xff.txt"
    assert printable_name("gpj\u202e.exe") == "gpj\\u202e.exe"
    assert printable_name(Path("/tmp/a\nb")) == "/tmp/a\\nb"
    assert printable_lines("one\x1b[0m\ntwo") == "one\\x1b[0m\ntwo"


def test_import_shows_file_names_with_control_characters_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "002_27791692fac36390.txt", folder / "evil\x1b[31m\nname.txt")
    (folder / "empty\x1b]0;owned\x07.txt").write_bytes(b"")
    result = run("import", str(folder), "--db", str(tmp_path / "s.sqlite3"))
    assert result.returncode == 1
    assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err
    assert "evil\\x1b[31m\\nname.txt: imported as document 1 (text, " in result.out
    assert "empty\\x1b]0;owned\\x07.txt: FAILED: the file is empty (0 bytes)" in result.out
    assert result.err == "workbench: empty\\x1b]0;owned\\x07.txt: the file is empty (0 bytes)\n"


# -- folders that cannot be read ---------------------------------------------------------


def test_an_unreadable_folder_is_one_failure_and_the_import_goes_on(
    seeded_store, tmp_path, monkeypatch
):
    from workbench.core.pipeline import import_paths

    top = tmp_path / "reports"
    locked = top / "locked"
    locked.mkdir(parents=True)
    shutil.copy(SEEDS / "002_27791692fac36390.txt", locked / "hidden.txt")
    shutil.copy(SEEDS / "003_ced0e9f525393259.txt", top / "open.txt")
    locked.chmod(0)
    # Root reads any folder: refuse this one as the system refuses everyone else.
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        plan = plan_import([top])
        report = import_paths(seeded_store, [top])
    finally:
        locked.chmod(0o755)
    assert plan.files == [top / "open.txt"]
    assert plan.unreadable == [
        (locked, "the folder cannot be read (permission denied); the files in it were not imported")
    ]
    assert [(r.name, r.status) for r in report.results] == [
        ("locked", "failed"),
        ("open.txt", "imported"),
    ]
    assert "locked: FAILED: the folder cannot be read (permission denied)" in report.summary()


def test_a_query_that_starts_with_a_dash_is_told_how_to_search_for_it(seeded_store_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["search", "--db", str(seeded_store_path), "-产能"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "-产能 starts with '-' and is read as an option: put -- before it" in error
    assert main(["search", "--db", str(seeded_store_path), "--", "-产能"]) == 0
    # A misspelt option is not taken for a query.
    with pytest.raises(SystemExit):
        main(["search", "--db", str(seeded_store_path), "--limt", "3", "产能"])
    assert "put -- before it" not in capsys.readouterr().err
