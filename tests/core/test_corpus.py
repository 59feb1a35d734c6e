"""The three corpus layouts, parsed from the real seed files."""

from __future__ import annotations

from workbench.core.corpus import (
    ARTICLE_DIGEST,
    NEWS_DIGEST,
    REPORT_LISTING,
    parse_file,
)
from workbench.core.documents import Kind

from ..conftest import SEEDS


def seed(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def test_article_digest_titles_bodies_and_tag():
    parsed = parse_file(seed("000"))
    assert parsed.layout == ARTICLE_DIGEST
    assert [d.line for d in parsed.documents] == [2, 4, 6, 9, 11, 13, 15]
    first = parsed.documents[0]
    assert first.kind == Kind.ARTICLE
    assert first.tag == "中國工廠"
    assert first.title == "價格內捲成為過去式 AI正讓中國工廠靠“可靠”賺錢"
    assert first.text.startswith("中國產業帶上的商家正在發生那些變化?深圳一位深耕3C配件")
    assert all(d.tag == "中國工廠" for d in parsed.documents)


def test_short_line_after_a_body_is_a_reader_comment_not_an_article():
    parsed = parse_file(seed("000"))
    german = parsed.documents[2]
    assert german.title == "德國企業,正在瘋狂湧入中國"
    assert [c.text for c in german.comments] == ["能源與人工 地價, 是最大因素 吧!!"]
    assert german.comments[0].line == 8
    titles = [d.title for d in parsed.documents]
    assert not any("是最大因素" in t for t in titles)
    assert sum(len(d.comments) for d in parsed.documents) == 1


def test_news_digest_gets_a_title_and_keeps_paragraphs_and_headings():
    parsed = parse_file(seed("002"))
    assert parsed.layout == NEWS_DIGEST
    [digest] = parsed.documents
    assert digest.kind == Kind.DIGEST
    assert digest.headings == [
        "BIS废除拜登时代AI禁令",
        "多家半导体企业陷经营困境",
        "合资车企在华生存现状调查",
    ]
    assert digest.title == "要闻摘要:BIS废除拜登时代AI禁令、多家半导体企业陷经营困境等"
    assert digest.text.count("\n") == 28  # 29 paragraphs
    assert digest.text.startswith("本周内,美国商务部宣布废除拜登政府《人工智能扩散规则》")


def test_report_listing_fields_and_no_site_chrome():
    parsed = parse_file(seed("004"))
    assert parsed.layout == REPORT_LISTING
    reports = parsed.documents
    assert len(reports) == 20
    assert all(d.kind == Kind.REPORT for d in reports)
    first = reports[0]
    assert first.publisher == "施耐德电气"
    assert first.title == "2023化挑战为机遇释放电子信息制造业发展潜力白皮书"
    assert first.pages == 25
    assert first.publish_date == "2023-12-16"
    cluster = reports[2]
    assert cluster.publisher == "工信部"
    assert cluster.title == "全球先进制造业集群发展趋势报告(2023年)"
    assert cluster.pages == 63
    assert cluster.publish_date == "2023-12-13"
    # A subtitle colon is not a publisher.
    assert reports[3].publisher is None
    assert reports[3].title.startswith("3D打印行业深度:发展现状")
    assert reports[-1].publish_date == "2023-11-20"
    everything = "".join(d.text + d.title for d in reports)
    for chrome in ("用时:31ms", "您的当前位置", "592条", "会员购买", "浏览量", "PDF版", "专属顾问"):
        assert chrome not in everything
    assert all(d.raw_text for d in reports)


def test_the_seeds_hold_38_distinct_documents_and_5_repeats():
    documents = [d for path in sorted(SEEDS.glob("*.txt")) for d in parse_file(path).documents]
    assert len(documents) == 43
    assert len({d.content_hash for d in documents}) == 38
