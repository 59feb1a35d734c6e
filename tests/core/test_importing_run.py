"""Importing files and folders into a store: duplicates, failures, cancel, pages, CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from workbench.core.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    import_record,
    page_of,
    page_ranges,
)
from workbench.core.pipeline import import_paths, pending_documents, resume_pending
from workbench.core.progress import Progress
from workbench.core.search import search
from workbench.core.store import Store, schema_version
from workbench.core.store.annotations import add_annotation, annotations_for_document
from workbench.core.store.mentions import mentions_for_document

from ..conftest import ROOT
from ..import_files import (
    REPORT_PARAGRAPHS,
    distinct_paragraphs,
    saved_web_page,
    write_chinese_pdf,
    write_docx,
    write_scanned_pdf,
)

BIG5_TEXT = (
    "台積電擴產\n台積電在新竹科學園區擴建先進封裝產能,預計明年投產。日月光半導體同步增加測試產能。"
)
GBK_TEXT = "华虹半导体\n" + REPORT_PARAGRAPHS[3]


def make_folder(root):
    """A folder of every format, a sub-folder, a bad file and a file to ignore."""
    folder = root / "收件箱 (2024) #季度"
    sub = folder / "子目录"
    sub.mkdir(parents=True)
    write_chinese_pdf(folder / "半导体 报告—终稿.pdf", distinct_paragraphs(2), lines_per_page=10)
    write_docx(folder / "memo.docx", "芯片产能备忘录", REPORT_PARAGRAPHS[:2])
    (folder / "page.html").write_text(saved_web_page("台积电扩产", REPORT_PARAGRAPHS[1:3]), "utf-8")
    (sub / "gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (sub / "big5.md").write_bytes(BIG5_TEXT.encode("big5"))
    (sub / "empty.txt").write_bytes(b"")
    write_scanned_pdf(sub / "scan.pdf")
    (sub / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".hidden.txt").write_text("隐藏文件不应导入。", "utf-8")
    return folder


def counts(store: Store) -> dict[str, int]:
    tables = ["documents", "imports", "document_pages", "mentions", "occurrences"]
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_folder_import_recurses_records_provenance_and_reports_each_file(tmp_path, seeded_store):
    folder = make_folder(tmp_path)
    before = seeded_store.document_count()
    report = import_paths(seeded_store, [folder])

    by_name = {r.name: r for r in report.results}
    assert sorted(by_name) == sorted(
        [
            "半导体 报告—终稿.pdf",
            "memo.docx",
            "page.html",
            "gbk.txt",
            "big5.md",
            "empty.txt",
            "scan.pdf",
        ]
    )
    assert [p.name for p in report.ignored] == ["photo.jpg"]
    assert {n for n, r in by_name.items() if r.status == IMPORTED} == {
        "半导体 报告—终稿.pdf", "memo.docx", "page.html", "gbk.txt", "big5.md"
    }  # fmt: skip
    assert by_name["empty.txt"].status == FAILED and "empty" in str(by_name["empty.txt"].reason)
    assert "OCR" in str(by_name["scan.pdf"].reason)
    assert seeded_store.document_count() == before + 5

    pdf = by_name["半导体 报告—终稿.pdf"]
    record = import_record(seeded_store.conn, pdf.document_id)
    assert record.file_name == "半导体 报告—终稿.pdf" and record.format == "pdf"
    assert record.size_bytes == (folder / "半导体 报告—终稿.pdf").stat().st_size
    assert len(record.file_hash) == 64 and record.imported_at
    big5 = import_record(seeded_store.conn, by_name["big5.md"].document_id)
    assert (big5.format, big5.encoding) == ("markdown", "big5")
    assert import_record(seeded_store.conn, by_name["gbk.txt"].document_id).encoding == "gb18030"

    stored = seeded_store.document(pdf.document_id)
    assert stored.kind == "report" and stored.pages == pdf.pages >= 2
    assert stored.source_files == ["半导体 报告—终稿.pdf:1"]
    assert "headline" not in report.summary() and "5 imported" in report.headline()


def test_imported_documents_are_searched_recognised_and_annotated_like_bundled_ones(
    tmp_path, seeded_store
):
    report = import_paths(seeded_store, [make_folder(tmp_path)])
    ids = {r.name: r.document_id for r in report.imported}
    # Traditional text found by a Simplified query, and the other way round.
    hits = {h.document_id for h in search(seeded_store.conn, "台积电 封装")}
    assert ids["big5.md"] in hits and ids["page.html"] in hits
    hits = {h.document_id for h in search(seeded_store.conn, "西永微电子")}
    assert ids["gbk.txt"] in hits and ids["半导体 报告—终稿.pdf"] in hits
    for name, document_id in ids.items():
        mentions = mentions_for_document(seeded_store.conn, document_id)
        assert mentions, name
        text = seeded_store.document_text(document_id)
        assert all(text[m.start : m.end] == m.text for m in mentions)
    pdf_id = ids["半导体 报告—终稿.pdf"]
    text = seeded_store.document_text(pdf_id)
    start = text.index("中芯国际")
    add_annotation(seeded_store.conn, pdf_id, start, start + 4, "ORG", "晶圆代工")
    assert annotations_for_document(seeded_store.conn, pdf_id)[0].note == "晶圆代工"
    assert report.mentions == sum(
        len(mentions_for_document(seeded_store.conn, i)) for i in ids.values()
    )


def test_every_offset_knows_its_page(tmp_path, seeded_store):
    path = tmp_path / "report.pdf"
    drawn = write_chinese_pdf(path, distinct_paragraphs(2), lines_per_page=10)
    (result,) = import_paths(seeded_store, [path]).results
    ranges = page_ranges(seeded_store.conn, result.document_id)
    assert [r[0] for r in ranges] == list(range(1, len(drawn) + 1))
    text = seeded_store.document_text(result.document_id)
    for page, start, end in ranges:
        assert page_of(seeded_store.conn, result.document_id, start) == page
        assert page_of(seeded_store.conn, result.document_id, end - 1) == page
    assert page_of(seeded_store.conn, result.document_id, len(text)) == len(drawn)
    last_page_text = drawn[-1][:12]
    assert page_of(seeded_store.conn, result.document_id, text.index(last_page_text)) == len(drawn)
    assert page_of(seeded_store.conn, 1, 0) is None  # a bundled digest has no pages


def test_importing_again_skips_duplicates_and_changes_nothing(tmp_path, seeded_store):
    folder = make_folder(tmp_path)
    first = import_paths(seeded_store, [folder])
    before = counts(seeded_store)
    again = import_paths(seeded_store, [folder])
    assert [r.status for r in again.results if r.status != FAILED] == [DUPLICATE] * 5
    for result in again.duplicates:
        original = next(r for r in first.imported if r.name == result.name)
        assert result.document_id == original.document_id
        assert f"document {original.document_id} imported from {result.name}" in str(result.reason)
    assert counts(seeded_store) == before
    assert "0 imported, 5 skipped as duplicates, 2 failed" in again.summary()


def test_same_text_in_another_file_and_encoding_is_a_duplicate(tmp_path, seeded_store):
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(GBK_TEXT, "utf-8")
    gbk = tmp_path / "另存为GBK.txt"
    gbk.write_bytes(GBK_TEXT.encode("gbk"))
    report = import_paths(seeded_store, [utf8, gbk])
    assert [r.status for r in report.results] == [IMPORTED, DUPLICATE]
    assert "imported from utf8.txt" in str(report.results[1].reason)


def test_failures_name_the_file_and_leave_the_store_unchanged(tmp_path, seeded_store):
    weird = tmp_path / os.fsdecode(b"bad-\xff name.txt")  # not valid UTF-8 on disk
    weird.write_bytes(GBK_TEXT.encode("gbk"))
    corrupt = tmp_path / "损坏.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    unsupported = tmp_path / "旧报告.doc"
    unsupported.write_bytes(b"\xd0\xcf\x11\xe0")
    before = counts(seeded_store)
    report = import_paths(seeded_store, [corrupt, binary, unsupported, tmp_path / "missing.pdf"])
    reasons = {r.name: str(r.reason) for r in report.failed}
    assert reasons == {
        "损坏.pdf": "the PDF is damaged and cannot be read",
        "notes.txt": "this is a binary file, not text (it contains NUL bytes)",
        "旧报告.doc": "old-format Word files (.doc) cannot be read: "
        "save it as .docx in Word or LibreOffice",
        "missing.pdf": "no such file",
    }
    assert counts(seeded_store) == before
    # A name that is not valid UTF-8 still imports, under a readable name.
    (result,) = import_paths(seeded_store, [weird]).results
    assert result.status == IMPORTED and result.name == "bad-\ufffd name.txt"
    assert seeded_store.document(result.document_id).source_files == ["bad-\ufffd name.txt:1"]


def test_a_failure_while_storing_rolls_the_file_back_and_the_rest_go_on(
    tmp_path, seeded_store, monkeypatch
):
    from workbench.core.importing import run

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GBK_TEXT, "utf-8")
    second.write_text(BIG5_TEXT, "utf-8")
    real = run.record_import

    def failing(conn, document_id, document, *args):
        if "台積電" in document.text:
            raise RuntimeError("disk full")
        return real(conn, document_id, document, *args)

    monkeypatch.setattr(run, "record_import", failing)
    before = counts(seeded_store)
    report = import_paths(seeded_store, [second, first])
    assert [r.status for r in report.results] == [FAILED, IMPORTED]
    assert "RuntimeError: disk full" in report.results[0].reason
    after = counts(seeded_store)
    assert after["documents"] == before["documents"] + 1
    assert after["imports"] == before["imports"] + 1
    assert after["document_pages"] == before["document_pages"]


class CancelDuringEntities(Progress):
    """Asks to cancel while the entities of the named file are being recognised."""

    def __init__(self, name: str):
        self.name, self.asked = name, False

    def report(self, done, total, message=""):
        if "entities" in message and message.endswith(self.name):
            self.asked = True

    def cancelled(self):
        return self.asked


class CancelWhileReading(Progress):
    """Asks to cancel when the named file is about to be read."""

    def __init__(self, name: str):
        self.name, self.asked = name, False

    def report(self, done, total, message=""):
        if message == self.name:
            self.asked = True

    def cancelled(self):
        return self.asked


def three_files(tmp_path):
    paths = [tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"]
    for path, text in zip(paths, (GBK_TEXT, BIG5_TEXT, REPORT_PARAGRAPHS[0]), strict=True):
        path.write_text(text, "utf-8")
    return paths


def test_cancel_while_reading_keeps_finished_files_and_leaves_no_half_document(
    tmp_path, seeded_store
):
    paths = three_files(tmp_path)
    before = counts(seeded_store)
    report = import_paths(seeded_store, paths, CancelWhileReading("2.txt"))
    assert report.cancelled and [r.name for r in report.imported] == ["1.txt"]
    assert "the remaining files were not imported" in report.headline()
    after = counts(seeded_store)
    assert after["documents"] == before["documents"] + 1
    assert after["imports"] == before["imports"] + 1
    assert after["occurrences"] == before["occurrences"] + 1
    assert all(h.title != "台積電擴產" for h in search(seeded_store.conn, "新竹科學園區"))
    # The stored file was not recognised (the cancel came first): it is left for later.
    assert pending_documents(seeded_store.conn) == report.new_document_ids


def test_cancel_while_recognising_keeps_whole_documents_and_resume_finishes_them(
    tmp_path, seeded_store
):
    paths = three_files(tmp_path)
    before = counts(seeded_store)
    report = import_paths(seeded_store, paths, CancelDuringEntities("2.txt"))
    assert report.cancelled and [r.name for r in report.imported] == ["1.txt", "2.txt", "3.txt"]
    assert "left for later" in report.headline()
    ids = {r.name: r.document_id for r in report.imported}
    assert report.processed.extracted == [ids["1.txt"]]
    assert pending_documents(seeded_store.conn) == [ids["2.txt"], ids["3.txt"]]
    # Recognition of 2.txt was interrupted before anything of it was written.
    assert mentions_for_document(seeded_store.conn, ids["2.txt"]) == []
    after = counts(seeded_store)
    assert after["documents"] == before["documents"] + 3
    assert after["imports"] == before["imports"] + 3

    resumed = resume_pending(seeded_store)
    assert resumed.extracted == [ids["2.txt"], ids["3.txt"]] and not resumed.cancelled
    assert pending_documents(seeded_store.conn) == []
    assert mentions_for_document(seeded_store.conn, ids["2.txt"])


def test_an_older_store_upgrades_in_place(tmp_path, seeded_store_path):
    import shutil

    path = tmp_path / "old.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        documents = store.document_count()
        store.conn.execute("DROP TABLE imports")
        store.conn.execute("DROP TABLE document_pages")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0004_imports'")
    with Store(path) as store:
        assert "0004_imports" in schema_version(store.db)
        assert store.document_count() == documents
        assert store.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.mark.slow
def test_command_line_import_then_search(tmp_path):
    db = str(tmp_path / "cli.sqlite3")
    folder = make_folder(tmp_path)
    result = run_cli("import", str(folder), "--db", db)
    assert result.returncode == 1  # two files failed; the rest were imported
    assert result.stdout.startswith("5 imported, 0 skipped as duplicates, 2 failed")
    assert "empty.txt: FAILED: the file is empty (0 bytes)" in result.stdout
    assert result.stderr.strip().startswith("workbench: ")
    stats = json.loads(run_cli("stats", "--json", "--db", db).stdout)
    assert stats["documents"] == 5
    found = run_cli("search", "日月光", "--json", "--db", db)
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [h["title"] for h in hits] == ["台積電擴產"]

    good = folder / "memo.docx"
    again = run_cli("import", str(good), "--db", db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 imported, 1 skipped as duplicates, 0 failed")


def test_a_pdf_without_pages_is_said_to_have_none_not_to_be_damaged(tmp_path, seeded_store):
    from pypdf import PdfWriter

    empty = tmp_path / "空白.pdf"
    with empty.open("wb") as file:
        PdfWriter().write(file)
    truncated = tmp_path / "截断.pdf"
    with truncated.open("wb") as file:
        writer = PdfWriter()
        writer.add_blank_page(100, 100)
        writer.write(file)
    truncated.write_bytes(truncated.read_bytes()[:200])
    before = counts(seeded_store)
    report = import_paths(seeded_store, [empty, truncated])
    assert {r.name: str(r.reason) for r in report.failed} == {
        "空白.pdf": "the PDF has no pages: there is nothing to import",
        "截断.pdf": "the PDF is damaged and cannot be read",
    }
    assert counts(seeded_store) == before
