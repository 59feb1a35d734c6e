"""The same article imported as a PDF and as a web page, and ingested from another outlet's
digest: both copies are stored, the later is recorded as a near duplicate, and the
report says so — in the import's headline and per file, and on the command line."""

from __future__ import annotations

import subprocess
import sys

from workbench.core.importing import IMPORTED
from workbench.core.pipeline import import_paths, ingest_files
from workbench.core.store import Store
from workbench.core.store.near_duplicates import near_duplicate_of

from ..conftest import ROOT
from ..import_files import REPORT_PARAGRAPHS, saved_web_page, write_chinese_pdf

TITLE = "长三角半导体产业集群发展报告"


def same_article_twice(folder):
    pdf = folder / "报告.pdf"
    write_chinese_pdf(pdf, REPORT_PARAGRAPHS, title=TITLE, lines_per_page=8)
    page = folder / "产业新闻网.html"
    page.write_text(saved_web_page(TITLE, REPORT_PARAGRAPHS), "utf-8")
    return pdf, page


def test_a_pdf_and_the_web_page_of_one_article_are_both_stored_and_related(tmp_path, seeded_store):
    pdf, page = same_article_twice(tmp_path)
    before = seeded_store.document_count()
    report = import_paths(seeded_store, [pdf, page])

    first, second = report.results
    assert [first.status, second.status] == [IMPORTED, IMPORTED]
    assert seeded_store.document_count() == before + 2
    conn = seeded_store.conn
    assert near_duplicate_of(conn, second.document_id) == first.document_id
    assert near_duplicate_of(conn, first.document_id) is None  # nothing like it among the seeds
    stored = conn.execute(
        "SELECT near_duplicate_of, similarity, measure FROM near_duplicates WHERE document_id = ?",
        (second.document_id,),
    ).fetchone()
    assert tuple(stored) == (first.document_id, second.near_duplicate.similarity, "jaccard")
    # The web page's text is the PDF's but for the page's date and source line.
    assert 0.9 < second.near_duplicate.similarity < 1
    assert (second.near_duplicate.document_id, second.near_duplicate.title) == (
        first.document_id,
        TITLE,
    )
    assert first.near_duplicate is None

    percent = second.near_duplicate.percent
    notice = (
        f"产业新闻网.html looks like the same article as document {first.document_id} "
        f"«{TITLE}» ({percent}% alike): its capacity rows are merged with that document's"
    )
    assert second.near_duplicate_notice() == notice
    assert report.headline() == (
        "2 imported (1 of them the same article as a stored document), "
        "0 skipped as duplicates, 0 failed"
    )
    assert f"产业新闻网.html: imported as document {second.document_id}" in report.summary()
    assert f"\n  {notice}" in report.summary()
    # Both are recognised and searchable like any import.
    assert report.processed.documents == 2


def test_the_command_line_import_prints_the_notice(tmp_path):
    pdf, page = same_article_twice(tmp_path)
    db = tmp_path / "cli.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(pdf), str(page), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr  # a near duplicate is no failure
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "2 imported (1 of them the same article as a stored document), "
        "0 skipped as duplicates, 0 failed"
    )
    assert any(
        line.startswith(f"  产业新闻网.html looks like the same article as document 1 «{TITLE}» (")
        and line.endswith("% alike): its capacity rows are merged with that document's")
        for line in lines
    ), result.stdout
    with Store(db) as store:
        assert near_duplicate_of(store.conn, 2) == 1


def test_ingesting_another_outlets_copy_of_a_bundled_article_records_it(tmp_path, seeded_store):
    conn = seeded_store.conn
    original, title, text = conn.execute(
        "SELECT id, title, text FROM documents WHERE title = '台積電透露未來計畫'"
    ).fetchone()
    # Another outlet's digest: the same article with its own byline, spacing and sign-off.
    digest = tmp_path / "105_repost.txt"
    body = "(本報訊)" + text.replace(",", ", ").replace("。", "。 ") + " 責任編輯:王明"
    digest.write_text(f"#轉載\n{title}(轉載)\n{body}\n", "utf-8")

    report = ingest_files(seeded_store, [digest])
    assert not report.failed, report.summary()
    [new_id] = report.new_document_ids
    assert near_duplicate_of(conn, new_id) == original
    [(document_id, new_title, found)] = report.files[0].near_duplicates
    assert (document_id, new_title, found.document_id) == (new_id, f"{title}(轉載)", original)
    assert (
        f"  document {new_id} «{title}(轉載)» looks like the same article as document "
        f"{original} «{title}» ({found.percent}% alike): its capacity rows are merged with "
        "that document's"
    ) in report.summary().splitlines()
