"""Near duplicates: the same article with a PDF's layout, inside a web page, in the other
script; and different articles of one outlet on one topic, which must stay apart."""

from __future__ import annotations

import numpy as np
import opencc
import pytest
from rensa import RMinHash

from workbench.core import near_duplicates as nd
from workbench.core.progress import Progress
from workbench.core.store.near_duplicates import (
    near_duplicate,
    near_duplicate_of,
    near_duplicates_of,
    unsigned_documents,
    update_signatures,
)
from workbench.core.store.store import NewDocument, store_document

from ..near_duplicate_texts import as_pdf_text, corpus_texts, in_web_page

PACKAGING = "先進封裝,全速擴產"  # a long Traditional article on advanced packaging
TSMC = "台積電透露未來計畫"  # another article of the same file on the same industry
WAFERS = "2023晶圆制造行业简析报告"  # two reports of 嘉世咨询 from one template
LITHOGRAPHY = "2023光刻机产业发展简析报告"


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    return corpus_texts()


def figures(first: str, second: str) -> nd.Resemblance:
    return nd.resemblance(nd.shingles(first), nd.shingles(second))


def test_a_pdf_copy_of_an_article_is_a_near_duplicate(corpus):
    article = corpus[PACKAGING]
    measured = figures(article, as_pdf_text(article))
    assert measured.is_near_duplicate and measured.measure == nd.JACCARD
    assert measured.jaccard > 0.97  # page headers and numbers add a few shingles only


def test_an_article_inside_a_web_pages_chrome_is_a_near_duplicate(corpus):
    for title in (PACKAGING, TSMC):
        measured = figures(corpus[title], in_web_page(title, corpus[title]))
        assert measured.is_near_duplicate, title
        assert measured.containment == 1.0


def test_chrome_up_to_half_as_long_as_the_article_is_caught_by_containment(corpus):
    article = corpus[TSMC]
    headlines = [title for title in corpus if title != TSMC]

    def page_with(related: int) -> tuple[str, str]:
        chrome = "\n".join(f"相关阅读:{title}" for title in headlines[:related])
        return chrome, chrome[: len(chrome) // 2] + article + chrome[len(chrome) // 2 :]

    chrome, page = page_with(25)  # 25 other headlines as the "related reading" links
    assert len(article) / 3 < len(chrome) < len(article) / 2
    measured = figures(article, page)
    assert measured.jaccard < nd.JACCARD_THRESHOLD and measured.containment == 1.0
    assert measured.is_near_duplicate and measured.measure == nd.CONTAINMENT
    # Past that the longer text is mostly something else: a document of its own.
    chrome, page = page_with(30)
    assert len(chrome) > len(article) / 2
    assert not figures(article, page).is_near_duplicate


def test_the_mainland_edition_of_a_taiwanese_article_is_a_near_duplicate(corpus):
    article = corpus[PACKAGING]
    mainland = opencc.OpenCC("tw2sp").convert(article)  # 封裝 → 封装, and mainland wording
    assert mainland != article
    assert figures(article, mainland).is_near_duplicate


def test_different_articles_on_one_topic_are_not_near_duplicates(corpus):
    for first, second in ((WAFERS, LITHOGRAPHY), (PACKAGING, TSMC)):
        measured = figures(corpus[first], corpus[second])
        assert not measured.is_near_duplicate, (first, second)
        assert measured.jaccard < 0.05 and measured.containment < 0.1


def test_an_article_that_quotes_another_and_adds_as_much_again_is_its_own(corpus):
    earlier = corpus[TSMC]
    follow_up = earlier + corpus[PACKAGING][: len(earlier)]
    measured = figures(earlier, follow_up)
    assert measured.containment == 1.0 and not measured.is_near_duplicate


def test_texts_too_short_to_tell_apart_are_never_near_duplicates():
    note = "台积电南京厂扩产。"
    assert figures(note, note) == nd.Resemblance(0.0, 0.0, 0.0)


def test_shingles_ignore_script_width_case_spacing_and_punctuation():
    assert nd.shingles("臺積電ＣｏＷｏＳ產能, 2024年") == nd.shingles("台积电 cowos 产能2024年")


def test_the_signature_estimate_is_rensas_and_screens_in_the_near_duplicates(corpus):
    article, copy = corpus[PACKAGING], as_pdf_text(corpus[PACKAGING])
    first, second = nd.shingles(article), nd.shingles(copy)
    minhashes = []
    for shingles in (first, second):
        minhash = RMinHash(num_perm=nd.NUM_PERM, seed=nd.SEED)
        minhash.update(list(shingles))
        minhashes.append(minhash)
    a, b = nd.signature(first), nd.signature(second)
    matrix = nd.digest_matrix([b.digest])
    estimate = (matrix[0] == nd.digest_matrix([a.digest])[0]).mean()
    assert estimate == minhashes[0].jaccard(minhashes[1])
    assert abs(estimate - nd.resemblance(first, second).jaccard) < 0.1
    other = nd.signature(nd.shingles(corpus[TSMC]))
    found = nd.screen(
        a, nd.digest_matrix([other.digest, b.digest]), np.array([other.shingles, b.shingles])
    )
    assert list(found) == [1]


def _store(conn, title: str, text: str) -> int:
    document_id, created = store_document(conn, NewDocument("article", title, text, text))
    assert created
    return document_id


def test_storing_records_the_earlier_document_and_the_figure(seeded_store, corpus):
    conn = seeded_store.conn
    original = conn.execute("SELECT id FROM documents WHERE title = ?", (PACKAGING,)).fetchone()[0]
    assert unsigned_documents(conn) == []  # the seeds were signed as they were stored
    assert conn.execute("SELECT count(*) FROM near_duplicates").fetchone()[0] == 0

    with seeded_store.transaction():
        copy = _store(conn, PACKAGING + "(PDF)", as_pdf_text(corpus[PACKAGING]))
        page = _store(conn, "網頁", in_web_page(PACKAGING, corpus[PACKAGING]))
        other = _store(conn, "另一篇", as_pdf_text(corpus[TSMC]) + "本文为摘编。")
    assert near_duplicate_of(conn, copy) == original
    # The page is alike to both; it points to the first copy stored, never to a copy.
    assert near_duplicate_of(conn, page) == original
    assert near_duplicates_of(conn, original) == [copy, page]
    assert near_duplicate_of(conn, original) is None
    found = near_duplicate(conn, copy)
    assert (found.document_id, found.title, found.measure) == (original, PACKAGING, nd.JACCARD)
    assert 0.97 < found.similarity < 1 and found.describe() == f"{found.percent}% alike"
    # The other article is a near duplicate of the seeded TSMC article, not of packaging.
    tsmc = conn.execute("SELECT id FROM documents WHERE title = ?", (TSMC,)).fetchone()[0]
    assert near_duplicate_of(conn, other) == tsmc


def test_documents_stored_before_signatures_are_signed_once_and_again_for_a_new_scheme(
    seeded_store, corpus, monkeypatch
):
    conn = seeded_store.conn
    total = seeded_store.document_count()
    with seeded_store.transaction():
        conn.execute("DELETE FROM document_signatures")
    assert len(unsigned_documents(conn)) == total
    reports = []

    class Recording(Progress):
        def report(self, done, total, message=""):
            reports.append((done, total, message))

    assert update_signatures(seeded_store, Recording()) == total
    assert update_signatures(seeded_store) == 0
    assert reports[0] == (0, total, f"Indexing stored documents for near duplicates (0 of {total})")

    # A stored signature made another way (a new rensa algorithm) is made again,
    # and until then is not compared with today's.
    monkeypatch.setattr(nd, "scheme", lambda: "rensa-rminhash-v3/128/1/shingles-5-v1")
    assert len(unsigned_documents(conn)) == total
    with seeded_store.transaction():
        copy = _store(conn, "副本", as_pdf_text(corpus[PACKAGING]))
    assert near_duplicate_of(conn, copy) is not None  # the check signed the rest first
    assert unsigned_documents(conn) == []
    schemes = conn.execute("SELECT DISTINCT scheme FROM document_signatures").fetchall()
    assert [tuple(r) for r in schemes] == [("rensa-rminhash-v3/128/1/shingles-5-v1",)]


def test_only_stored_texts_of_a_size_that_could_match_are_read():
    assert nd.size_bounds(300) == (200, 450)
    assert nd.size_bounds(60) == (nd.MIN_SHINGLES, 90)
    inside = frozenset(f"{i:05d}" for i in range(300))
    # Wholly contained, but the longer text is past the bounds: it cannot match.
    longer = inside | frozenset(f"x{i:04d}" for i in range(151))
    assert len(longer) > nd.size_bounds(len(inside))[1]
    assert not nd.resemblance(inside, longer).is_near_duplicate
    at_the_bound = inside | frozenset(f"x{i:04d}" for i in range(150))
    assert nd.resemblance(inside, at_the_bound).is_near_duplicate
