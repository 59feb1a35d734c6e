"""``--self-test``: prove on this machine that the installed workbench works end to end.

Runs against a temporary store and settings, so the user's data is never touched:
ingest the bundled corpus, recognise entities, fill the sheets, find a copy of a
document to be its near duplicate, open the main window (offscreen unless a
display is asked for), open the longest document in the reader, export each
sheet to CSV.  Prints one line per check; exit 0 only if every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .core.vocabulary import SHEET_NAMES

EXPECTED_DOCUMENTS = 38


class SelfTest:
    def __init__(self, out=sys.stdout):
        self.out = out
        self.failures = 0

    def check(self, label: str, step: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = step()
        except Exception as error:  # a self-test reports every failure, whatever it is
            self.failures += 1
            print(f"FAIL  {label}: {type(error).__name__}: {error}", file=self.out, flush=True)
            return False
        took = (time.perf_counter() - started) * 1000
        print(f"ok    {label}: {detail} ({took:.0f} ms)", file=self.out, flush=True)
        return True


def run_self_test(out=sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="workbench-self-test-") as folder:
        folder = Path(folder)
        os.environ["WORKBENCH_DATA_DIR"] = str(folder / "data")
        os.environ["WORKBENCH_CACHE_DIR"] = str(folder / "cache")
        return _run(folder, SelfTest(out))


def _run(folder: Path, test: SelfTest) -> int:
    from .core.paths import bundled_seed_files
    from .core.progress import Progress
    from .core.store import Store

    db_path = folder / "self-test.sqlite3"
    print(f"workbench self-test in {folder}", file=test.out)
    if not test.check(
        "bundled corpus present", lambda: f"{len(_seed_files(bundled_seed_files))} files"
    ):
        return 1

    def ingest() -> str:
        from .core.pipeline import ingest_bundled_corpus

        report = ingest_bundled_corpus(db_path, Progress())
        if report.failed:
            raise RuntimeError("; ".join(f"{f.path.name}: {f.error}" for f in report.failed))
        with Store(db_path) as store:
            count = store.document_count()
        if count != EXPECTED_DOCUMENTS:
            raise RuntimeError(f"{count} documents, expected {EXPECTED_DOCUMENTS}")
        return f"{count} documents"

    if not test.check("ingest the bundled corpus", ingest):
        return 1

    def entities() -> str:
        from .core.pipeline import pending_documents

        with Store(db_path) as store:
            # Every document must have been through the recogniser and the extractor
            # (a short blurb may rightly hold no entity at all).
            pending = len(pending_documents(store.conn))
            total = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
            types = [r[0] for r in store.conn.execute("SELECT DISTINCT type FROM mentions")]
        if pending or total == 0:
            raise RuntimeError(f"{pending} documents not recognised, {total} mentions")
        return f"{total} mentions of {len(types)} types"

    test.check("recognise entities", entities)

    def places() -> str:
        from .core.nlp import default_recognizer
        from .core.nlp.lexicon import place_files

        # The place lists are data files beside the dictionaries: a bundle that
        # lost them would still recognise the hand-listed places.
        found = [
            m.text
            for m in default_recognizer().recognise("台塑麥寮鄉廠與沛县工厂")
            if m.type == "GPE"
        ]
        if found != ["麥寮鄉", "沛县"]:
            raise RuntimeError(f"{len(place_files())} place files; found {found}")
        return f"{len(place_files())} place files"

    test.check("place names from the bundled data", places)

    def sheets() -> str:
        with Store(db_path) as store:
            capacity = store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0]
            clusters = store.conn.execute("SELECT count(*) FROM cluster_rows").fetchone()[0]
        if capacity == 0 or clusters < 150:
            raise RuntimeError(f"{capacity} capacity rows, {clusters} cluster rows")
        return f"{capacity} capacity rows, {clusters} cluster rows"

    test.check("fill the sheets", sheets)
    test.check("near duplicates", lambda: _near_duplicates(db_path))
    test.check("interface translations", _translations)
    test.check("open the window and the longest document", lambda: _window(db_path, folder))

    for name in SHEET_NAMES.codes:
        test.check(
            f"export the {name} sheet to CSV", lambda name=name: _export(db_path, folder, name)
        )
        test.check(
            f"export the {name} sheet to Excel",
            lambda name=name: _export_workbook(db_path, folder, name),
        )

    test.check("import the capacity workbook back", lambda: _import_back(db_path, folder))

    verdict = "passed" if test.failures == 0 else f"FAILED ({test.failures} checks)"
    print(f"self-test {verdict}", file=test.out, flush=True)
    return 0 if test.failures == 0 else 1


def _translations() -> str:
    """The Chinese interfaces and Qt's own dialog strings load, from where this build keeps them."""
    from .models.language import SIMPLIFIED, TRADITIONAL, translators_for

    found = []
    for language, file_menu in ((SIMPLIFIED, "文件(&F)"), (TRADITIONAL, "檔案(&F)")):
        ours, qt = translators_for(language)
        if ours is None or ours.translate("MainWindow", "&File") != file_menu:
            raise RuntimeError(f"workbench_{language}.qm is missing or stale")
        if qt is None:
            raise RuntimeError(f"Qt's qtbase_{language}.qm is missing")
        found.append(language)
    return ", ".join(found)


def _seed_files(find) -> list[Path]:
    files = find()
    if not files:
        raise RuntimeError("no corpus files next to the program")
    return files


class _RollBack(Exception):
    """Leaves the self-test's store as the ingest made it."""


def _near_duplicates(db_path: Path) -> str:
    """The longest document as a PDF's text would give it is found to be the same article."""
    from .core.store import Store
    from .core.store.near_duplicates import near_duplicate, unsigned_documents
    from .core.store.store import NewDocument, store_document

    with Store(db_path) as store:
        unsigned = len(unsigned_documents(store.conn))
        if unsigned:
            raise RuntimeError(f"{unsigned} documents have no signature")
        original, text = store.conn.execute(
            "SELECT id, text FROM documents ORDER BY length(text) DESC, id LIMIT 1"
        ).fetchone()
        lines = [text[i : i + 40] for i in range(0, len(text), 40)]
        copy = "\n".join(
            f"{line}\n第{n // 30 + 1}页 行业研究报告" if n % 30 == 29 else line
            for n, line in enumerate(lines)
        )
        found = None
        try:
            with store.transaction():
                document_id, _ = store_document(
                    store.conn, NewDocument("report", "副本", copy, copy)
                )
                found = near_duplicate(store.conn, document_id)
                raise _RollBack
        except _RollBack:
            pass
    if found is None or found.document_id != original:
        raise RuntimeError(f"a copy of document {original} was not found alike ({found})")
    return f"a PDF-like copy of document {original}: {found.describe()}"


def _window(db_path: Path, folder: Path) -> str:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from .app import Workbench
    from .models.settings import WorkbenchSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a non-widget Qt application is already running in this process")
    workbench = Workbench(db_path, WorkbenchSettings(folder / "settings.ini"))
    try:
        loop = QEventLoop()
        opened: list[int] = []
        workbench.session.document_opened.connect(lambda doc: (opened.append(doc), loop.quit()))
        workbench.ready.connect(loop.quit)
        QTimer.singleShot(20000, loop.quit)
        workbench.start()
        if not workbench.is_ready:
            loop.exec()
        longest = workbench.window.library_model.longest_document_id()
        if longest is None:
            raise RuntimeError("the library shows no documents")
        started = time.perf_counter()
        workbench.session.request_document(longest)
        if not opened:
            loop.exec()
        took = (time.perf_counter() - started) * 1000
        app.processEvents()
        if opened != [longest]:
            raise RuntimeError("the reader did not report the document open")
        text_view = workbench.window.reader_panel.findChild(QPlainTextEdit)
        shown = len(text_view.toPlainText()) if text_view is not None else 0
        expected = len(workbench.store.document_text(longest))
        if shown != expected:
            raise RuntimeError(f"the reader shows {shown} characters of {expected}")
        image = workbench.window.grab()
        if image.isNull() or image.width() < 400:
            raise RuntimeError("the window did not render")
        return f"document {longest} ({expected} characters) open in {took:.0f} ms"
    finally:
        workbench.close()


def _export(db_path: Path, folder: Path, name: str) -> str:
    from .core.export_csv import export_sheet
    from .core.sheets import sheet
    from .core.store import Store

    path = folder / f"{name}.csv"
    with Store(db_path) as store:
        count = export_sheet(store.conn, sheet(name), path)
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        raise RuntimeError(f"{path.name} has no UTF-8 byte-order mark")
    lines = data.decode("utf-8-sig").splitlines()
    if count == 0 or len(lines) < count + 1:
        raise RuntimeError(f"{path.name}: {count} rows, {len(lines)} lines")
    return f"{count} rows, {len(data):,} bytes"


def _import_back(db_path: Path, folder: Path) -> str:
    """The capacity workbook just written, read back as another store would import it:
    the bundle must carry openpyxl, and every row must be found already there."""
    from .core.store import Store
    from .core.work_import import read_work

    path = folder / "capacity.xlsx"
    with Store(db_path) as store:
        report = read_work(store, path)
    if report.added or report.updated or report.left_out or not report.already:
        raise RuntimeError(f"{path.name}: {report.summary()}")
    return report.summary()


def _export_workbook(db_path: Path, folder: Path, name: str) -> str:
    """The .xlsx export, read back with the standard library: the bundle must carry
    XlsxWriter, and the workbook must hold a header and every row."""
    import re
    import zipfile

    from .core.export_xlsx import export_sheet_xlsx
    from .core.sheets import sheet
    from .core.store import Store

    path = folder / f"{name}.xlsx"
    with Store(db_path) as store:
        count = export_sheet_xlsx(store.conn, sheet(name), path)
    with zipfile.ZipFile(path) as workbook:
        worksheet = workbook.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = workbook.read("xl/sharedStrings.xml").decode("utf-8")
    rows = len(re.findall(r"<row ", worksheet))
    if count == 0 or rows != count + 1:
        raise RuntimeError(f"{path.name}: {count} rows exported, {rows} rows in the worksheet")
    if not re.search(r"[\u4e00-\u9fff]", strings):
        raise RuntimeError(f"{path.name} holds no Chinese text")
    return f"{count} rows, {path.stat().st_size:,} bytes"
