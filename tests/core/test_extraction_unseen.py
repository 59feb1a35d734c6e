"""Capacity statements of articles from outside the corpus, as their outlets wrote them.

Sentences of the tuning part of the unseen evaluation set
(tests/data/capacity_unseen_tune.jsonl, source addresses beside each), in both
scripts, through the recogniser and the extractor as an imported document goes;
every field of each row is asserted.
"""

from __future__ import annotations

import pytest

from workbench.core.extraction.capacity import Span, extract_capacity
from workbench.core.nlp import default_recognizer
from workbench.core.units import normalise


def rows(sentence: str):
    mentions = default_recognizer().recognise(sentence)
    spans = [Span(m.start, m.end, m.type, m.text, canonical=m.canonical) for m in mentions]
    out = []
    for record in extract_capacity(sentence, spans):
        figure = normalise(record.value_low, record.value_high, record.unit, record.period)
        out.append(
            (
                record.company_written,
                figure.low,
                figure.high,
                figure.unit,
                record.year,
                record.status,
                record.measure,
                record.scope,
            )
        )
    return out


CASES = [
    pytest.param(
        # https://www.chbin.com.cn/a/zx/dt/4874.html
        "科力远近日发布公告称,公司与宜丰县人民政府签订合同,拟在宜丰县人民政府工业园区布局投资"
        "3万吨电池级碳酸锂材料和6万吨高功率磷酸铁锂正极材料项目,总投资不低于25亿元。",
        [
            ("科力远", 3.0, 3.0, "万吨/年", None, "planned", "level", "company"),
            ("科力远", 6.0, 6.0, "万吨/年", None, "planned", "level", "company"),
        ],
        id="announcer-owns-a-project-of-two-products",
    ),
    pytest.param(
        # https://big5.chinairn.com/news/20250825/150513198.shtml
        "根據中研普華研究院《2024-2029年中國乙烯行業深度研究及發展戰略咨詢報告》顯示:截至2025年,"
        "中國乙烯產能突破6000萬噸/年,占全球總產能的35%以上,連續五年領跑全球。",
        [("", 6000.0, None, "万吨/年", 2025, "actual", "level", "market")],
        id="traditional-a-countrys-capacity-open-ended",
    ),
    pytest.param(
        # http://www.nnzcw.cn/post/63854.html
        "若加上武汉工厂(拟利用东风云峰 30 万辆闲置产能),2025 年底总产能有望突破 60 万辆。",
        [
            ("", 30.0, 30.0, "万辆/年", None, "planned", "level", "company"),
            ("", 60.0, None, "万辆/年", 2025, "forecast", "level", "total"),
        ],
        id="a-total-foreseen",
    ),
    pytest.param(
        # https://m.solarbe.com/21-0-386259-1.html
        "至2025年1月,美国在建组件产能为19.1GW,已建成投产产能为14.1GW。",
        [
            ("", 19.1, 19.1, "GW", 2025, "planned", "addition", "market"),
            ("", 14.1, 14.1, "GW", 2025, "actual", "level", "market"),
        ],
        id="under-construction-is-added-capacity",
    ),
    pytest.param(
        # https://usmart.hk/en/news-detail/6912941371624128770
        "瀋陽項目第一期建設完成後,年產能為10億罐兩片罐,而第二期建設完成,"
        "年產能將額外增加7億罐兩片罐。",
        [
            ("", 100000.0, 100000.0, "万罐/年", None, "planned", "level", "company"),
            ("", 70000.0, 70000.0, "万罐/年", None, "planned", "addition", "company"),
        ],
        id="traditional-level-then-addition",
    ),
    pytest.param(
        # https://ctimes.com.tw/DispNews/tw/%E4%B8%AD%E8%8A%AF%E5%9C%8B%E9%9A%9B/06092921226A.shtml
        "至於十二吋廠興建上,中芯動作更是積極,北京十二吋廠目前月產能已達1萬8000片左右。",
        [("中芯", 1.8, 1.8, "万片/月", None, "actual", "level", "company")],
        id="traditional-wan-and-thousands",
    ),
    pytest.param(
        # https://etnet.com.hk/mobile/tc/warrants/quote_news_detail.php?code=19613&newsid=ETN340514766
        "該項目總佔地面積約20萬平方米,總投資約14﹒5億元人民幣,初期規劃年產商用儲能電池1萬台,"
        "儲能規模近40吉瓦時(GWh)。",
        [
            ("", 1.0, 1.0, "万台/年", None, "planned", "level", "company"),
            ("", 40.0, 40.0, "GWh", None, "planned", "level", "company"),
        ],
        id="traditional-not-the-site-area",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_statements_of_articles_outside_the_corpus(sentence, expected):
    assert rows(sentence) == expected


def test_a_ranking_table_gives_a_row_per_company_and_its_total():
    table = (
        "2024年国内磷酸铁锂正极材料企业产能排名如下:\n"
        "排名 | 企业 | 2024年产能(万吨)\n"
        "1 | 湖南裕能 | 90\n"
        "2 | 德方纳米 | 39.5\n"
        "合计 | 129.5\n"
        "\n"
        "数据来源:公司公告。"
    )
    got = [
        (r.company_written, r.value_low, r.unit, r.year, r.scope) for r in extract_capacity(table)
    ]
    assert got == [
        ("湖南裕能", 90.0, "万吨", 2024, "company"),
        ("德方纳米", 39.5, "万吨", 2024, "company"),
        ("", 129.5, "万吨", 2024, "total"),
    ]
