"""The cluster table of the 工信部 report: every row, every column, offsets into the text."""

from __future__ import annotations

from workbench.core.extraction.clusters import cluster_table_rows, named_clusters

from .. import sheet_fixtures
from ..sheet_fixtures import document_id

# shared fixtures (pytest finds fixtures by module attribute)
extracted_store_path = sheet_fixtures.extracted_store_path
# extracted_store: the core conftest's, a store file and a team store

REPORT = "全球先进制造业集群发展趋势报告"


def _table(store):
    doc = document_id(store, REPORT)
    text, raw = store.conn.execute(
        "SELECT text, raw_text FROM documents WHERE id = ?", (doc,)
    ).fetchone()
    return doc, text, cluster_table_rows(text, raw)


def test_the_report_says_150_clusters_and_the_table_has_them_all(seeded_store):
    _doc, text, rows = _table(seeded_store)
    assert "共计 150 个" in text
    assert len(rows) == 150
    assert [r.rank for r in rows] == list(range(1, 151))
    assert len({r.name for r in rows}) == 150


def test_sample_rows_have_every_column_right(seeded_store):
    _doc, _text, rows = _table(seeded_store)
    by_rank = {r.rank: r for r in rows}
    expected = {
        1: ("魁北克省蒙特利尔航空产业集群", "北美洲", "加拿大", "航空航天", "高端装备领域"),
        # cleaning folded "生物医药生物医药及…": the industries come back from the raw text
        9: (
            "北卡罗来纳州生命科学制造集群",
            "北美洲",
            "美国",
            "生物医药",
            "生物医药及高端医疗器械领域",
        ),
        16: (
            "南加州航空制造业集群",
            "北美洲",
            "美国",
            "航空航天产业",
            "高端装备领域",
        ),  # after page 54
        25: ("加利福尼亚葡萄酒产业集群", "北美洲", "美国", "消费品", "消费品领域"),
        61: ("法国化妆品谷", "欧洲", "法国", "化妆品制造", "消费品领域"),
        70: ("葡萄牙软木产业集群", "欧洲", "葡萄牙", "软木产业", "消费品领域"),  # after page 57
        116: ("延布工业城", "亚洲", "沙特阿拉伯", "炼油、石油化工", "新材料领域"),
        120: (
            "印度“基因谷”生物科技园区",
            "亚洲",
            "印度",
            "医疗器械与生命科学领域",
            "生物医药及高端医疗器械领域",
        ),
        128: (
            "武汉市、襄阳市、十堰市、随州市汽车集群",
            "亚洲",
            "中国",
            "整车制造、动力电池、驱动系统、集成控制",
            "新能源及智能网联汽车领域",
        ),
        150: ("杭州市数字安防集群", "亚洲", "中国", "数字安防", "电子信息领域"),
    }
    for rank, (name, continent, country, industries, domain) in expected.items():
        row = by_rank[rank]
        assert (row.name, row.continent, row.country, row.industries, row.domain) == (
            name,
            continent,
            country,
            industries,
            domain,
        ), rank
    assert by_rank[128].region == "武汉市、襄阳市、十堰市、随州市"


def test_offsets_point_into_the_canonical_text(seeded_store):
    _doc, text, rows = _table(seeded_store)
    for row in rows:
        quote = text[row.start : row.end]
        assert quote.startswith(str(row.rank) + row.name)
        assert quote.endswith(row.domain)


def test_stored_cluster_rows_are_auto_with_quotes(extracted_store):
    doc = document_id(extracted_store, REPORT)
    rows = extracted_store.conn.execute(
        'SELECT name, review, quote, start, "end" FROM cluster_rows WHERE document_id = ?',
        (doc,),
    ).fetchall()
    assert len(rows) == 150
    text = extracted_store.document_text(doc)
    for name, review, quote, start, end in rows:
        assert review == "auto"
        assert text[start:end] == quote and name in quote


def test_clusters_named_elsewhere_are_picked_up(extracted_store):
    doc = document_id(extracted_store, "城市制造业高质量发展评价研究报告")
    names = {
        r[0]
        for r in extracted_store.conn.execute(
            "SELECT name FROM cluster_rows WHERE document_id = ?", (doc,)
        )
    }
    assert "无锡市物联网集群" in names
    assert "成都市、德阳市高端能源装备集群" in names
    # a cluster already in the report's table is not added twice
    assert "深圳市新一代信息通信集群" not in names
    assert not any(n.endswith("先进制造业集群") for n in names)


def test_named_clusters_need_a_stated_cluster():
    text = "今年,佛山市、东莞市泛家居集群入选国家先进制造业集群。各地要打造先进制造业集群。"
    found = named_clusters(text)
    assert [c.name for c in found] == ["佛山市、东莞市泛家居集群"]
    assert found[0].region == "佛山市、东莞市"
    assert named_clusters("我们谈谈苏州市纳米新材料集群的未来") == []
