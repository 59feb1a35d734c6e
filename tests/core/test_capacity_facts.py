"""One fact, one row: the same capacity statement from two documents is one sheet row."""

from __future__ import annotations

from workbench.core.operations.sheets import set_review
from workbench.core.pipeline import extract_all, import_paths
from workbench.core.sheets import CAPACITY, count_rows, get_row, query_ids
from workbench.core.sheets.provenance import rows_backed_by_span, sources_of
from workbench.core.store import Store

ARTICLE = (
    "寧德時代宣布,德國圖林根工廠目前年產能已達14GWh,規劃於2026年擴產至24GWh。\n"
    "公司匈牙利德布勒森工廠總投資73.4億歐元,規劃產能100GWh。\n"
)
# The same article as another outlet runs it: a lead-in and a byline around it.
REPRINT = "轉載自經濟日報\n" + ARTICLE + "(責任編輯:王小明)\n"


def _import(tmp_path, *texts):
    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    for index, text in enumerate(texts):
        (folder / f"article{index}.txt").write_text(text, "utf-8")
    store = Store(tmp_path / "store.sqlite3")
    report = import_paths(store, sorted(folder.iterdir()))
    return store, [r.document_id for r in report.results]


def _shown(store):
    return [get_row(store.conn, CAPACITY, i) for i in query_ids(store.conn, CAPACITY)]


def test_the_same_statement_in_two_documents_is_one_row_with_both_sources(tmp_path):
    alone, [_] = _import(tmp_path / "a", ARTICLE)
    expected = {(r["company"], r["std_low"], r["std_unit"], r["year"]) for r in _shown(alone)}
    assert {("宁德时代", 14.0, "GWh", None), ("宁德时代", 24.0, "GWh", 2026)} <= expected
    alone.close()

    store, [first, second] = _import(tmp_path / "b", ARTICLE, REPRINT)
    shown = _shown(store)
    assert {(r["company"], r["std_low"], r["std_unit"], r["year"]) for r in shown} == expected
    assert count_rows(store.conn, CAPACITY) == len(shown)
    # every row is in the store, each with its own source; the shown one counts them
    assert store.conn.execute("SELECT count(*) FROM capacity_rows").fetchone()[0] == 2 * len(shown)
    for row in shown:
        assert row["sources"] == 2 and row["document_id"] == first
        assert [s.document_id for s in sources_of(store.conn, row["id"])] == [first, second]
    # the reprint's spans back the shown rows in the Reader
    shown_ids = {r["id"] for r in shown}
    assert {b.row_id for b in rows_backed_by_span(store.conn, second)} == shown_ids

    # extracting again shows the same rows, from the same sources
    def sourced(rows):
        return sorted((r["document_id"], r["start"], r["end"], r["sources"]) for r in rows)

    before = sourced(shown)
    extract_all(store)
    assert sourced(_shown(store)) == before
    store.close()


def test_a_rejected_fact_stays_rejected_when_its_sources_are_extracted_again(tmp_path):
    store, _ = _import(tmp_path, ARTICLE, REPRINT)
    shown = _shown(store)
    target = next(r for r in shown if r["std_low"] == 100.0)
    set_review(store, CAPACITY, [target["id"]], "rejected")
    extract_all(store)
    rows = [r for r in _shown(store) if r["std_low"] == 100.0]
    assert [(r["id"], r["review"], r["sources"]) for r in rows] == [(target["id"], "rejected", 2)]
    store.close()


def test_an_article_as_a_pdf_and_as_a_web_page_gives_one_set_of_rows_and_a_notice(tmp_path):
    from workbench.core.store.near_duplicates import near_duplicate_of

    from ..import_files import saved_web_page, write_chinese_pdf
    from ..near_duplicate_texts import corpus_texts

    title = next(t for t in corpus_texts() if "先進封裝" in t)
    paragraphs = [p for p in corpus_texts()[title].split("\n") if p.strip()]
    folder = tmp_path / "in"
    folder.mkdir()
    write_chinese_pdf(folder / "先進封裝.pdf", paragraphs, title=title)
    (folder / "先進封裝.html").write_text(saved_web_page(title, paragraphs), "utf-8")

    alone = Store(tmp_path / "alone.sqlite3")
    import_paths(alone, [folder / "先進封裝.pdf"])
    one_copy = sorted((r["std_low"], r["std_unit"], r["year"]) for r in _shown(alone))
    alone.close()
    assert len(one_copy) >= 10

    store = Store(tmp_path / "store.sqlite3")
    report = import_paths(store, sorted(folder.iterdir(), key=lambda p: p.suffix != ".pdf"))
    pdf, page = report.results
    assert near_duplicate_of(store.conn, page.document_id) == pdf.document_id
    assert "its capacity rows are merged with that document's" in report.summary()
    shown = _shown(store)
    figures = [(r["std_low"], r["std_unit"], r["year"]) for r in shown]
    # one row a figure: the web page's rows merge into the PDF's, even where the PDF's
    # line breaks read less of a range (3.5 for 3.2–3.5); only a figure the PDF's text
    # misread (a line break inside 84.96 reads "8 4.96") comes from the page alone
    assert len(figures) == len(set(figures)) and set(one_copy) <= set(figures)
    from_pdf = [r for r in shown if r["document_id"] == pdf.document_id]
    from_page = [r for r in shown if r["document_id"] == page.document_id]
    assert len(from_pdf) == len(one_copy) and len(from_page) <= 2
    assert sum(r["sources"] == 2 for r in from_pdf) >= len(one_copy) - len(from_page)
    store.close()


def test_deleting_a_fact_takes_its_sources_along_and_undo_puts_them_back(tmp_path):
    from workbench.core.operations.sheets import delete_rows

    store, _ = _import(tmp_path, ARTICLE, REPRINT)
    shown = _shown(store)
    target = shown[0]
    everything = store.conn.execute(
        "SELECT id, fact_key, merged_into FROM capacity_rows ORDER BY id"
    ).fetchall()
    outcome = delete_rows(store, CAPACITY, [target["id"]])
    assert outcome.value == 2  # the shown row and the row merged into it
    assert [r["id"] for r in _shown(store)] == [r["id"] for r in shown[1:]]
    outcome.inverse(store)
    assert [r["id"] for r in _shown(store)] == [r["id"] for r in shown]
    restored = store.conn.execute(
        "SELECT id, fact_key, merged_into FROM capacity_rows ORDER BY id"
    ).fetchall()
    assert restored == everything and _shown(store)[0]["sources"] == 2
    store.close()


def test_merging_two_companies_merges_the_facts_they_share_and_undo_parts_them(tmp_path):
    from workbench.core.operations.entities import merge_entities

    store, _ = _import(
        tmp_path, "三星宣布,西安厂月产能达5万片。\n", "力积电表示,西安厂月产能达5万片。\n"
    )
    before = [(r["company"], r["sources"]) for r in _shown(store)]
    assert sorted(before) == [("三星", 1), ("力积电", 1)]
    outcome = merge_entities(store, ("三星", "ORG"), [("力积电", "ORG")])
    assert [(r["company"], r["sources"]) for r in _shown(store)] == [("三星", 2)]
    outcome.inverse(store)
    assert sorted((r["company"], r["sources"]) for r in _shown(store)) == sorted(before)
    store.close()
