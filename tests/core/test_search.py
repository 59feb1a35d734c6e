"""Search as analysts type it: short Chinese words, Latin terms, either script."""

from __future__ import annotations

import pytest

from workbench.core.regional_terms import regional_variants
from workbench.core.search import search


def titles(hits):
    return [h.title for h in hits]


def test_two_character_chinese_word_is_found(seeded_store):
    hits = search(seeded_store.conn, "产能")
    assert len(hits) >= 5
    first = hits[0]
    text = seeded_store.document_text(first.document_id)
    assert text[first.start : first.end] in ("产能", "產能")


def test_simplified_query_finds_traditional_text(seeded_store):
    hits = search(seeded_store.conn, "台积电")
    assert "台積電透露未來計畫" in titles(hits)
    traditional = next(h for h in hits if h.title == "台積電透露未來計畫")
    text = seeded_store.document_text(traditional.document_id)
    assert text[traditional.start : traditional.end] == "台積電"
    assert "台積電" in traditional.snippet


def test_traditional_query_finds_simplified_text(seeded_store):
    hits = search(seeded_store.conn, "晶圓製造")
    assert "2023晶圆制造行业简析报告" in titles(hits)


def test_latin_term_is_case_insensitive(seeded_store):
    upper = search(seeded_store.conn, "CoWoS")
    lower = search(seeded_store.conn, "cowos")
    assert upper and titles(upper) == titles(lower)
    assert upper[0].title == "先進封裝,全速擴產"


def test_every_term_must_match_and_snippets_mark_hits(seeded_store):
    hits = search(seeded_store.conn, "台積電 CoWoS")
    assert titles(hits) == ["先進封裝,全速擴產"]
    marked = hits[0].marked_snippet()
    assert "【" in marked and "】" in marked


def test_ranking_puts_the_document_about_it_first(seeded_store):
    hits = search(seeded_store.conn, "光刻机")
    assert hits[0].title == "2023光刻机产业发展简析报告"


@pytest.mark.parametrize("query", ["", "   ", "不存在的詞語組合XYZ"])
def test_empty_or_unmatched_queries_return_nothing(seeded_store, query):
    assert search(seeded_store.conn, query) == []


def test_single_character_query(seeded_store):
    hits = search(seeded_store.conn, "镍")
    assert all("镍" in seeded_store.document_text(h.document_id).replace("鎳", "镍") for h in hits)


def test_mainland_and_taiwanese_words_find_each_other(seeded_store):
    mainland = {hit.document_id for hit in search(seeded_store.conn, "芯片")}
    taiwan = {hit.document_id for hit in search(seeded_store.conn, "晶片")}
    assert mainland == taiwan
    scripts = {
        seeded_store.document(doc).script for doc in mainland
    }  # Simplified news and Traditional articles alike
    assert {"simplified", "traditional"} <= scripts
    hit = next(h for h in search(seeded_store.conn, "芯片") if h.document_id in taiwan)
    text = seeded_store.document_text(hit.document_id)
    assert text[hit.start : hit.end] in ("芯片", "晶片")
    assert regional_variants("AI芯片") == ("AI芯片", "AI晶片")


def test_queries_are_bounded_in_terms_and_characters(seeded_store):
    from workbench.core.search import MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, QueryError

    most = " ".join(["产能"] * MAX_QUERY_TERMS)
    found = {h.document_id for h in search(seeded_store.conn, most)}
    assert found and found == {h.document_id for h in search(seeded_store.conn, "产能")}
    with pytest.raises(QueryError, match=f"has {MAX_QUERY_TERMS + 1} terms; .* at most 20$"):
        search(seeded_store.conn, most + " 芯片")
    longest = "x" * MAX_QUERY_CHARACTERS
    assert search(seeded_store.conn, longest) == []
    with pytest.raises(QueryError, match="is 501 characters long; a search takes at most 500"):
        search(seeded_store.conn, longest + "x")
    # A thousand words: refused, not an SQL expression deeper than SQLite allows.
    with pytest.raises(QueryError):
        search(seeded_store.conn, " ".join(["产能", "芯片"] * 500))


def test_control_characters_are_dropped_and_undecodable_bytes_refused(seeded_store):
    import os

    from workbench.core.search import QueryError, clean_query

    plain = search(seeded_store.conn, "产能 芯片")
    assert plain
    assert search(seeded_store.conn, "产\x00能\t芯片\x1b") == plain
    assert clean_query("产\x00能\n芯片\x7f") == "产能 芯片"
    assert search(seeded_store.conn, "\x00\x01") == []
    with pytest.raises(QueryError, match="bytes that are not UTF-8"):
        search(seeded_store.conn, os.fsdecode(b"\xff\xfe"))


def test_invisible_characters_pasted_into_a_query_are_dropped(seeded_store):
    plain = search(seeded_store.conn, "台积电 产能")
    assert plain
    # A zero-width space, a zero-width joiner, a byte-order mark and a soft hyphen.
    assert search(seeded_store.conn, "台积\u200b电 \ufeff产\u200d能\u00ad") == plain
    assert search(seeded_store.conn, "\u200b\u2060") == []
