"""Files that would import as garbage or without bound: each is read right or refused.

Every file is generated here, small and fast: sizes beyond a limit are sparse
files or highly compressed streams.  Each case goes through the command line
(``workbench import``) into a store already holding the bundled corpus, and
checks the exit code, the one-line reason (naming the file and the problem) and
that a refused file leaves the store as it was.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import zipfile
import zlib
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.decoding import _COMMON_ORDER, megabytes
from workbench.core.importing import MAX_DOCUMENT_CHARS, MAX_IMPORT_BYTES
from workbench.core.importing.limits import MAX_TEXT_BYTES
from workbench.core.pipeline import import_paths
from workbench.core.store import Store

from .. import store_copies
from ..conftest import ROOT
from ..import_files import REPORT_PARAGRAPHS, write_chinese_pdf
from ..store_copies import table_counts

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TABLES = ("documents", "imports", "occurrences", "document_pages")


db = store_copies.db  # the fixture


def counts(db: str) -> dict[str, int]:
    return table_counts(db, TABLES)


def import_cli(capsys, db: str, *paths: Path) -> tuple[int, str, str]:
    code = main(["import", *map(str, paths), "--db", db])
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(capsys, db: str, path: Path, problem: str) -> str:
    """Import ``path`` through the CLI: exit 1, one line naming the file and the
    problem, and the store unchanged.  Returns that line."""
    before = counts(db)
    code, out, err = import_cli(capsys, db, path)
    assert code == 1
    lines = err.strip().split("\n")
    assert len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith(f"workbench: {path.name}: "), lines[0]
    assert problem in lines[0], lines[0]
    assert f"{path.name}: FAILED: " in out
    assert counts(db) == before
    return lines[0]


def stored_text(db: str, file_name: str) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT d.text FROM documents d JOIN imports i ON i.document_id = d.id "
            "WHERE i.file_name = ?",
            (file_name,),
        ).fetchone()[0]


def docx_bytes(body_xml: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{_W}"><w:body>{body_xml}</w:body></w:document>',
        )
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


# --- Encodings -----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_is_read_as_utf32(capsys, db, tmp_path, encoding):
    text = "台積電月產能 1.5 萬片,南京廠擴產。" + REPORT_PARAGRAPHS[0]
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    code, out, _ = import_cli(capsys, db, path)
    assert code == 0, out
    stored = stored_text(db, path.name)
    assert "\x00" not in stored
    assert stored == text


def test_short_big5_is_decoded_as_big5_and_the_report_says_the_evidence_was_thin(
    capsys, db, tmp_path
):
    path = tmp_path / "短句.txt"
    path.write_bytes("詳細闡述".encode("big5"))
    code, out, _ = import_cli(capsys, db, path)
    assert code == 0, out
    assert "短句.txt: decoded as Big5; the evidence was thin" in out
    assert stored_text(db, path.name) == "詳細闡述"


def test_big5_sentences_are_not_reported_as_thin(capsys, db, tmp_path):
    text = "台積電在新竹科學園區擴建先進封裝產能,預計明年投產。日月光半導體同步增加測試產能。"
    path = tmp_path / "長句.txt"
    path.write_bytes(text.encode("big5"))
    code, out, _ = import_cli(capsys, db, path)
    assert code == 0, out
    assert stored_text(db, path.name) == text
    assert "evidence was thin" not in out


# --- Documents without real text ------------------------------------------------------


def test_pdfs_of_only_running_headers_and_page_numbers_are_refused(capsys, db, tmp_path):
    # Five pages holding only the running header, page numbers and rules of dots.
    first = tmp_path / "只有页眉.pdf"
    second = tmp_path / "也只有页眉.pdf"
    for path, rule in ((first, "……"), (second, "——")):
        write_chinese_pdf(path, [rule] * 30, title="", lines_per_page=12)
    for path in (first, second):  # the second is refused too, not a "duplicate" of the first
        assert_refused(
            capsys, db, path, "the PDF has no text on its 5 pages besides running headers"
        )


def test_text_of_only_numbers_and_punctuation_is_refused(capsys, db, tmp_path):
    path = tmp_path / "页码.txt"
    path.write_text("1\n2\n3\n— 4 —\n。,、\n", encoding="utf-8")
    assert_refused(capsys, db, path, "holds no real text, only numbers, punctuation")


# --- Nesting --------------------------------------------------------------------------


def test_html_nested_a_thousand_deep_is_read(capsys, db, tmp_path):
    body = "台积电在南京扩建先进封装产能,预计明年投产,月产能两万片。"
    page = (
        "<html><head><title>深层页面</title></head><body>"
        + "<div><span>" * 1000
        + f"<p>{body}</p>"
        + "</span></div>" * 1000
        + "</body></html>"
    )
    path = tmp_path / "深层.html"
    path.write_text(page, encoding="utf-8")
    code, _, err = import_cli(capsys, db, path)
    assert code == 0, err
    assert stored_text(db, path.name) == body


def test_web_page_of_too_many_elements_is_refused(capsys, db, tmp_path, monkeypatch):
    from workbench.core.importing import html

    monkeypatch.setattr(html, "MAX_HTML_ELEMENTS", 1_000)  # 200,000 in use: 3 s to build
    path = tmp_path / "元素.html"
    path.write_text("<html><body>" + "<b>产能</b>" * 1_001 + "</body></html>", encoding="utf-8")
    assert_refused(capsys, db, path, "the web page has more than 1,000 elements")


def test_word_content_controls_nested_a_thousand_deep_are_read(capsys, db, tmp_path):
    inner = paragraph("华虹半导体无锡基地二期项目同步投产。")
    body = "<w:sdt><w:sdtContent>" * 1000 + inner + "</w:sdtContent></w:sdt>" * 1000
    path = tmp_path / "深层.docx"
    path.write_bytes(docx_bytes(body))
    code, _, err = import_cli(capsys, db, path)
    assert code == 0, err
    assert stored_text(db, path.name) == "华虹半导体无锡基地二期项目同步投产。"


# --- Size, expansion and length -------------------------------------------------------


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(capsys, db, tmp_path):
    path = tmp_path / "炸弹.docx"
    path.write_bytes(docx_bytes(paragraph("产能") * 100_000))  # 3.4 MB of XML
    assert path.stat().st_size < 40_000
    line = assert_refused(capsys, db, path, "the Word file's word/document.xml unpacks")
    assert "times over" in line
    assert "more than the 100 of any real document: it looks like a zip bomb" in line


def test_docx_over_the_character_limit_is_refused(capsys, db, tmp_path):
    # Random common characters pack only about 2 to 1: not a bomb, just too long.
    rng = random.Random(1)
    chunk = "".join(rng.choices(_COMMON_ORDER, k=10_000))
    body = paragraph(chunk) * (MAX_DOCUMENT_CHARS // len(chunk) + 1)
    path = tmp_path / "太长.docx"
    path.write_bytes(docx_bytes(body))
    assert_refused(capsys, db, path, f"more than {MAX_DOCUMENT_CHARS:,} characters of text")


def test_pdf_stream_inflating_without_bound_is_refused(capsys, db, tmp_path):
    content = zlib.compress(b"0 0 m " * 12_000_000, 9)  # 72 MB of drawing, 70 kB packed
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    pdf = b"%PDF-1.7\n" + b"".join(
        b"%d 0 obj\n%s\nendobj\n" % (number, body) for number, body in enumerate(objects, 1)
    )
    path = tmp_path / "膨胀.pdf"
    path.write_bytes(pdf + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    assert_refused(capsys, db, path, "a stream in the PDF inflates to over 64 MB")


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as file:
        file.truncate(size)
    return path


def test_file_over_the_import_limit_is_refused_in_the_units_of_the_readme(capsys, db, tmp_path):
    path = sparse(tmp_path / "巨大.pdf", MAX_IMPORT_BYTES + 20_000_000)
    line = assert_refused(capsys, db, path, "the file is 120 MB, over the import limit of 100 MB")
    assert megabytes(MAX_IMPORT_BYTES) == "100 MB"
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"Files over {megabytes(MAX_IMPORT_BYTES)} are refused before they are read" in readme
    assert f"file over {megabytes(MAX_TEXT_BYTES)} is refused unread" in readme
    assert "MiB" not in line


def test_text_file_too_large_to_be_under_the_character_limit_is_refused_unread(
    capsys, db, tmp_path
):
    path = sparse(tmp_path / "巨大.txt", 100_000_000)
    assert_refused(
        capsys,
        db,
        path,
        f"the file is 100 MB, over the limit for a text file ({MAX_DOCUMENT_CHARS:,} characters "
        f"at up to 4 bytes each) of {megabytes(MAX_TEXT_BYTES)}",
    )


# --- Special files --------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def assert_special_file_refused(capsys, db: str, path: Path, kind: str, problem: str) -> None:
    """The command line refuses a special file named on it before importing anything; the
    window's import (files dropped or chosen) refuses it in the importer, unopened."""
    before = counts(db)
    code, _out, err = import_cli(capsys, db, path)
    assert code == 1 and "Traceback" not in err
    [line] = err.strip().split("\n")
    assert path.name in line and kind in line, line
    with Store(db) as store:
        report = import_paths(store, [path])
    [failure] = report.failed
    assert failure.name == path.name and problem in str(failure.reason)
    assert counts(db) == before


def test_named_pipe_is_refused_without_being_opened(capsys, db, tmp_path):
    path = tmp_path / "管道.txt"
    os.mkfifo(path)  # opening it for reading would block until a writer came
    assert_special_file_refused(
        capsys, db, path, "named pipe", "this is a named pipe (FIFO), not a file"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_device_reporting_size_zero_is_refused(capsys, db, tmp_path):
    path = tmp_path / "zero.txt"
    path.symlink_to("/dev/zero")
    assert_special_file_refused(
        capsys, db, path, "device", "this is a character device, not a file"
    )
