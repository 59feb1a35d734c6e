"""PDF artefact cleaning, on passages from the bundled reports: artefacts go, prose stays."""

import pytest

from tests.conftest import SEEDS
from workbench.core.cleaning import clean_pdf_text, running_headers
from workbench.core.corpus import parse_file

HEADER = "工业和信息化部工业文化发展中心"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # running header six times with the page number glued into the sentence
        (f"发展的“八大趋{HEADER * 6}2势”,并提出相关建议", "发展的“八大趋势”,并提出相关建议"),
        (f"欢迎大家批评指正。{HEADER * 6}3目录前言", "欢迎大家批评指正。目录前言"),
        # bold runs drawn twice
        (
            "全球先进制造业集群全球先进制造业集群发展趋势报告发展趋势报告(2023 年)年)",
            "全球先进制造业集群发展趋势报告(2023 年)",
        ),
        ("2023 年年 12 月月版权声明版权声明", "2023 年 12 月版权声明"),
        ("并受本研究报告版权属于中心,并受法律保护", "并受本研究报告版权属于中心,并受法律保护"),
        ("点的,应注明点的,应注明“来源", "点的,应注明“来源"),
        # letter-spaced headings
        ("     中 泰 证 券 研 究 所 专 业 领 先", "     中泰证券研究所专业领先"),
        (
            "地 理 集 聚(geographic concentration)、聚 类 算 法(clustering",
            "地理集聚(geographic concentration)、聚类算法(clustering",
        ),
    ],
)
def test_artefacts_are_removed(raw, clean):
    assert clean_pdf_text(raw) == clean


@pytest.mark.parametrize(
    "prose",
    [
        "2022年年末,全球晶圆总产能为2546万片/月",  # 年年末: the end of the year
        "销量年年增长,企业研究研究再决定,一步一步推进",  # reduplicated words
        "2500300035002020202120222023E2024E",  # a number series from a chart
        "LogicLogicDRAMDRAM10nm10nm",  # Latin labels are not touched
        "第一章 先进制造业集群是新时期产业竞争的有效生态",  # a heading separator
        "来源:工业和信息化部工业文化发展中心”。",  # one occurrence of the header
        "SK 海力士与 AI 晶片,2 萬片 12 英吋晶圓當量",
    ],
)
def test_legitimate_text_is_untouched(prose):
    assert clean_pdf_text(prose) == prose


def test_cluster_report_is_cleaned_and_raw_text_kept():
    parsed = parse_file(next(p for p in SEEDS.glob("004_*")))
    report = max(parsed.documents, key=lambda d: len(d.raw_text or ""))
    assert running_headers(report.raw_text) == [HEADER]
    assert HEADER * 2 not in report.text
    assert "发展趋势报告发展趋势报告" not in report.text
    assert "八大趋势" in report.text
    assert len(report.raw_text) > len(report.text) > 0.8 * len(report.raw_text)
