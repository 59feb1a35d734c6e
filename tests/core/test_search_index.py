"""The bigram index finds exactly the documents a full scan finds, and stays in step."""

from __future__ import annotations

import random
import re
import shutil

import pytest

from workbench.core import search as search_module
from workbench.core.errors import Cancelled
from workbench.core.importing import IMPORTED
from workbench.core.pipeline import import_paths
from workbench.core.progress import Progress
from workbench.core.search import plan_query, search
from workbench.core.search_index import (
    INDEX_BATCH,
    MERGE_SHARE,
    bigrams,
    merge_after_growth,
    merge_search_index,
    segment_count,
    update_search_index,
)
from workbench.core.store import Store

from ..search_schema import as_schema_0009

EVERYTHING = 1_000_000

QUERIES = [
    "产能",
    "芯片",
    "台积电",
    "CoWoS",
    "cowos",
    "先进制造业集群",
    "芯片 出口",
    '"先进封装"',  # a phrase in quotes: only as written
    '"AI 晶片"',  # a quoted phrase holding a space
    "“晶圆代工”",
    "镍",  # one character
    "厂",
    "A",
    "台積電",  # Traditional as typed
    "晶圓製造",
    "產能 擴產",
    "AI芯片",  # Latin and CJK in one term
    "3nm",
    "2025年",
    "TSMC 产能",
    "内存",  # regional variants
    "软件",
    "、",  # punctuation is text too
    ",",
    "不存在的詞語組合XYZ",
]


def brute_force(conn, query: str) -> set[int]:
    """What search must find: for every term, a variant in the Simplified text or
    title, compared as ``re.I`` compares (the scan search used before the index)."""
    plan = plan_query(conn, query)
    if not plan:
        return set()
    patterns = [
        re.compile("|".join(re.escape(v) for v in term.variants), re.IGNORECASE) for term in plan
    ]
    found = set()
    for document_id, title, text in conn.execute(
        "SELECT id, title_simplified, text_simplified FROM documents"
    ):
        if all(p.search(text) or p.search(title) for p in patterns):
            found.add(document_id)
    return found


def found(conn, query: str) -> set[int]:
    return {hit.document_id for hit in search(conn, query, limit=EVERYTHING)}


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_a_scan_of_the_corpus_finds(seeded_store, query):
    conn = seeded_store.conn
    assert found(conn, query) == brute_force(conn, query)


def test_the_queries_find_something_in_the_corpus(seeded_store):
    # The comparison above means something only if most queries have hits.
    empty = [q for q in QUERIES if not brute_force(seeded_store.conn, q)]
    assert empty == ["不存在的詞語組合XYZ"]


def test_each_hit_points_at_a_place_holding_a_variant_of_the_term(seeded_store):
    for query in ("产能", "CoWoS", "台积电", "镍", '"先进封装"'):
        plan = plan_query(seeded_store.conn, query)
        variants = {v.lower() for term in plan for v in term.variants}
        for hit in search(seeded_store.conn, query):
            simplified = seeded_store.conn.execute(
                "SELECT text_simplified FROM documents WHERE id = ?", (hit.document_id,)
            ).fetchone()[0]
            assert hit.start is not None, hit.title
            assert simplified[hit.start : hit.end].lower() in variants
            assert hit.hit_count >= 1 and hit.snippet_spans


@pytest.mark.parametrize("query", ["产能", "CoWoS", '"先进封装"', "芯片 出口", "台积电"])
def test_a_hit_counts_every_occurrence_of_its_terms(seeded_store, query):
    plan = plan_query(seeded_store.conn, query)
    patterns = [
        re.compile("|".join(re.escape(v) for v in sorted(t.variants, key=len, reverse=True)), re.I)
        for t in plan
    ]
    hits = search(seeded_store.conn, query)
    assert hits
    for hit in hits:
        simplified = seeded_store.conn.execute(
            "SELECT text_simplified FROM documents WHERE id = ?", (hit.document_id,)
        ).fetchone()[0]
        assert hit.hit_count == sum(len(p.findall(simplified)) for p in patterns), hit.title


def test_a_limit_returns_the_best_of_the_whole_ranking(seeded_store):
    everything = search(seeded_store.conn, "产能", limit=EVERYTHING)
    assert len(everything) > 5
    top = search(seeded_store.conn, "产能", limit=5)
    assert [h.document_id for h in top] == [h.document_id for h in everything[:5]]
    assert [h.score for h in everything] == sorted((h.score for h in everything), reverse=True)


def test_only_the_newest_matches_are_ranked_and_older_ones_follow_newest_first(
    seeded_store, monkeypatch
):
    conn = seeded_store.conn
    fully_ranked = search(conn, "产能", limit=EVERYTHING)
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 5)
    listed = search(conn, "产能", limit=EVERYTHING)

    assert sorted(h.document_id for h in listed) == sorted(h.document_id for h in fully_ranked)
    newest = sorted(h.document_id for h in fully_ranked)[-5:]
    ranked, older = listed[:5], listed[5:]
    assert [h.document_id for h in ranked] == [
        h.document_id for h in fully_ranked if h.document_id in newest
    ]
    assert all(h.score > search_module.UNRANKED_SCORE for h in ranked)
    assert [h.document_id for h in older] == sorted((h.document_id for h in older), reverse=True)
    assert {h.score for h in older} == {search_module.UNRANKED_SCORE}
    # A page shorter than the ranked matches is their best; a longer one runs on.
    assert search(conn, "产能", limit=3) == ranked[:3]
    assert search(conn, "产能", limit=7) == listed[:7]


# -- generated texts -------------------------------------------------------------

ALPHABET = (
    "产能芯片台积电出口先进制造业集群晶圆镍龘龖" + "CoWoSTSMCabcxyz" + "0123456789" + "，。 \n-"
)
ALPHABET += "ÄäΣσςſs"  # letters whose case re.I folds in more than one way


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A store of random texts over a small alphabet, so substrings recur."""
    rng = random.Random(16)
    path = tmp_path_factory.mktemp("generated") / "generated.sqlite3"
    with Store(path) as store, store.transaction():
        for number in range(300):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 300)))
            title = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12)))
            store.conn.execute(
                "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
                "text_simplified, raw_text, script) VALUES (?, 'article', ?, ?, ?, ?, ?, "
                "'simplified')",
                (f"generated-{number}", title, title, text, text, text),
            )
    store = Store(path)
    yield store
    store.close()


def generated_queries() -> list[str]:
    rng = random.Random(17)
    queries = []
    for _ in range(150):
        length = rng.choice([1, 1, 2, 2, 3, 4, 6])
        term = "".join(rng.choice(ALPHABET) for _ in range(length))
        if not term.strip():
            continue
        queries.append(f'"{term}"' if any(c.isspace() for c in term) else term)
    for _ in range(30):  # two terms, every one must match
        queries.append(" ".join("".join(rng.choice(ALPHABET[:20]) for _ in range(2)) for _ in "ab"))
    return queries


def test_the_index_finds_what_a_scan_of_generated_texts_finds(generated):
    conn = generated.conn
    checked = 0
    for query in generated_queries():
        expected = brute_force(conn, query)
        assert found(conn, query) == expected, query
        checked += bool(expected)
    assert checked > 100  # most queries match something


def test_random_substrings_of_the_texts_find_their_documents(generated):
    rng = random.Random(18)
    rows = generated.conn.execute("SELECT id, text FROM documents").fetchall()
    for _ in range(100):
        document_id, text = rng.choice(rows)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randint(1, 8)]
        if not piece.strip():
            continue
        query = '"' + piece.replace('"', "") + '"'
        result = found(generated.conn, query)
        assert result == brute_force(generated.conn, query), query
        if piece == " ".join(piece.split()):
            assert document_id in result, query


def test_the_last_character_of_a_text_is_found():
    assert bigrams("锂镍").split() == ["锂镍", "镍龖"]
    assert bigrams("") == ""


# -- staying in step -------------------------------------------------------------


@pytest.mark.sqlite_only("FTS5's integrity check")
def test_a_deleted_document_leaves_the_index_and_comes_back_when_imported(seeded_store, tmp_path):
    conn = seeded_store.conn
    (document_id, text) = conn.execute(
        "SELECT id, text FROM documents WHERE text_simplified LIKE '%CoWoS%' ORDER BY id"
    ).fetchone()
    assert document_id in found(conn, "CoWoS")
    with seeded_store.transaction():
        conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    assert document_id not in found(conn, "CoWoS")
    assert found(conn, "CoWoS") == brute_force(conn, "CoWoS")
    conn.execute("INSERT INTO search_bigrams(search_bigrams) VALUES ('integrity-check')")

    copy = tmp_path / "again.txt"
    copy.write_text(text, "utf-8")
    (result,) = import_paths(seeded_store, [copy]).results
    assert result.status == IMPORTED
    assert result.document_id in found(conn, "CoWoS")
    for query in QUERIES:
        assert found(conn, query) == brute_force(conn, query), query


def test_a_changed_text_is_searched_as_it_is_now(seeded_store):
    conn = seeded_store.conn
    document_id = min(found(conn, "台积电"))
    with seeded_store.transaction():
        conn.execute(
            "UPDATE documents SET text_simplified = replace(text_simplified, '台积电', '某某某'), "
            "title_simplified = title_simplified || ' 新标题' WHERE id = ?",
            (document_id,),
        )
    assert document_id not in found(conn, "台积电")
    assert document_id in found(conn, "新标题")
    assert found(conn, "台积电") == brute_force(conn, "台积电")


# -- an upgraded store -----------------------------------------------------------


class Recording(Progress):
    def __init__(self, cancel_after: int | None = None):
        self.reports: list[tuple[int, int, str]] = []
        self._cancel_after = cancel_after

    def report(self, done, total, message=""):
        self.reports.append((done, total, message))

    def cancelled(self):
        return self._cancel_after is not None and len(self.reports) > self._cancel_after


@pytest.fixture
def store_0009(seeded_store_path, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(seeded_store_path, path)
    with Store(path) as store:
        expected = {q: brute_force(store.conn, q) for q in QUERIES}
    as_schema_0009(path)
    return path, expected


def test_a_store_of_schema_0009_upgrades_and_searches_the_same(store_0009):
    path, expected = store_0009
    with Store(path) as store:
        assert store.upgrade is not None and store.upgrade.from_schema.startswith("0009")
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "documents_fts" not in tables
        waiting = store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        assert waiting == len(store.document_ids())
        for query in QUERIES:  # scanned, not indexed yet
            assert found(store.conn, query) == expected[query], query

        progress = Recording()
        assert update_search_index(store, progress) == waiting
        assert progress.reports[-1][0] == progress.reports[-1][1] == waiting
        assert update_search_index(store) == 0
        for query in QUERIES:  # now from the index
            assert found(store.conn, query) == expected[query], query


def test_indexing_an_upgraded_store_can_be_cancelled_and_searches_right_between(
    store_0009, monkeypatch
):
    path, expected = store_0009
    monkeypatch.setattr("workbench.core.search_index.INDEX_BATCH", 10)
    with Store(path) as store:
        total = len(store.document_ids())
        with pytest.raises(Cancelled):
            update_search_index(store, Recording(cancel_after=2))
        waiting = store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
        assert 0 < waiting < total
        for query in QUERIES:  # some indexed, some scanned
            assert found(store.conn, query) == expected[query], query
        # A document deleted while waiting leaves nothing behind in the index.
        with store.transaction():
            store.conn.execute(
                "DELETE FROM documents WHERE id = (SELECT max(document_id) FROM search_pending)"
            )
        update_search_index(store)
        store.conn.execute("INSERT INTO search_bigrams(search_bigrams) VALUES ('integrity-check')")
        indexed = store.conn.execute("SELECT count(*) FROM search_bigrams_docsize").fetchone()[0]
        assert indexed == total - 1
    assert INDEX_BATCH > 10


def test_an_import_indexes_what_an_upgrade_left_waiting(store_0009, tmp_path):
    path, _expected = store_0009
    note = tmp_path / "note.txt"
    note.write_text("一份关于钙钛矿电池产线的笔记。", "utf-8")
    with Store(path) as store:
        import_paths(store, [note])
        assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert len(found(store.conn, "钙钛矿")) == 1


# -- cancelling ------------------------------------------------------------------


class Cancelling(Progress):
    def cancelled(self):
        return True


def test_a_cancelled_search_stops_with_cancelled(seeded_store):
    with pytest.raises(Cancelled):
        search(seeded_store.conn, "的", progress=Cancelling())
    # The connection searches normally afterwards.
    assert search(seeded_store.conn, "产能", progress=Progress())


# -- merging the index's segments ------------------------------------------------


@pytest.fixture
def segmented(tmp_path):
    """A store whose index is in many segments: FTS5's own merging turned off, and a
    transaction (a segment) per ten documents."""
    rng = random.Random(19)
    path = tmp_path / "segmented.sqlite3"
    store = Store(path)
    conn = store.conn
    with store.transaction():
        conn.execute("INSERT INTO search_bigrams(search_bigrams, rank) VALUES ('automerge', 0)")
    for batch in range(12):
        with store.transaction():
            for number in range(10):
                text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(50, 400)))
                conn.execute(
                    "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
                    "text_simplified, raw_text, script) VALUES (?, 'article', ?, ?, ?, ?, ?, "
                    "'simplified')",
                    (f"segmented-{batch}-{number}", text[:8], text[:8], text, text, text),
                )
    yield store
    store.close()


def every_hit(store: Store) -> dict[str, list]:
    return {q: search(store.conn, q, limit=EVERYTHING) for q in generated_queries()}


def integrity_check(store: Store) -> None:
    store.conn.execute("INSERT INTO search_bigrams(search_bigrams) VALUES ('integrity-check')")


def test_merging_leaves_one_segment_and_the_same_hits(segmented, monkeypatch):
    monkeypatch.setattr("workbench.core.search_index.MERGE_STEP", 5)  # pages: many steps
    assert segment_count(segmented.conn) >= 12
    before = every_hit(segmented)
    progress = Recording()
    assert merge_search_index(segmented, progress) is True
    assert segment_count(segmented.conn) == 1
    integrity_check(segmented)
    assert every_hit(segmented) == before  # documents, order, scores and snippets
    assert len(progress.reports) > 3  # a step a transaction, each reported
    done, total, message = progress.reports[-1]
    assert done == total and message == "Merging the search index"
    assert all(d < t for d, t, _m in progress.reports[:-1])
    assert merge_search_index(segmented) is True  # one segment: nothing more to do
    assert segment_count(segmented.conn) == 1


def test_a_cancelled_merge_leaves_the_index_whole_and_can_go_on(segmented, monkeypatch):
    monkeypatch.setattr("workbench.core.search_index.MERGE_STEP", 5)
    before = every_hit(segmented)
    with pytest.raises(Cancelled):
        merge_search_index(segmented, Recording(cancel_after=2))
    integrity_check(segmented)
    assert every_hit(segmented) == before
    assert merge_search_index(segmented) is True
    assert segment_count(segmented.conn) == 1
    assert every_hit(segmented) == before


def test_a_merge_without_room_to_write_stops_and_leaves_the_index_whole(segmented):
    conn = segmented.conn
    before = every_hit(segmented)
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")  # a full disk, as SQLite sees it
    try:
        assert merge_search_index(segmented) is False
    finally:
        conn.execute("PRAGMA max_page_count = 4294967294")
    assert segment_count(segmented.conn) > 1
    integrity_check(segmented)
    assert every_hit(segmented) == before


def test_only_a_run_that_grew_the_store_by_a_tenth_merges(segmented):
    (documents,) = segmented.conn.execute("SELECT count(*) FROM documents").fetchone()
    below = int(MERGE_SHARE * documents) - 1
    assert merge_after_growth(segmented, below) is False
    assert segment_count(segmented.conn) >= 12
    assert merge_after_growth(segmented, below + 1) is True
    assert segment_count(segmented.conn) == 1


@pytest.mark.sqlite_only("FTS5's segments")
def test_an_import_that_grows_the_store_by_a_tenth_merges_the_index(seeded_store, tmp_path):
    conn = seeded_store.conn
    assert segment_count(conn) == 1  # the corpus's ingest merged it
    texts = conn.execute("SELECT text FROM documents ORDER BY id LIMIT 6").fetchall()
    files = []
    for number, (text,) in enumerate(texts):
        files.append(tmp_path / f"note-{number}.txt")
        files[-1].write_text(f"第{number}份笔记：钙钛矿。" + text[::-1], "utf-8")
    (documents,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    assert MERGE_SHARE * (documents + 1) > 1  # one file is less than a tenth
    import_paths(seeded_store, files[:1])  # a fortieth of the store: left to FTS5
    assert segment_count(conn) == 2
    assert 4 < MERGE_SHARE * (documents + len(files)) <= 5
    report = import_paths(seeded_store, files[1:])  # five: more than a tenth
    assert len(report.imported) == 5
    assert segment_count(conn) == 1
    assert len(found(conn, "钙钛矿")) == len(files)
    for query in QUERIES:
        assert found(conn, query) == brute_force(conn, query), query
