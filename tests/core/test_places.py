"""Place names from maintained data (resources/places): present, loaded as GPE, and
kept from firing on common words or breaking organisation names."""

from __future__ import annotations

import time

import pytest

from workbench.core.nlp import default_recognizer
from workbench.core.nlp.lexicon import (
    Entry,
    Lexicon,
    dictionaries_digest,
    place_files,
    read_entries,
    read_place_entries,
)
from workbench.core.paths import resource_path


def places(text: str) -> list[str]:
    return [m.text for m in default_recognizer().recognise(text) if m.type == "GPE"]


def rows(name: str) -> dict[str, tuple[str, str]]:
    found = {}
    for line in resource_path("places", name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            term, canonical, kind = line.split("\t")
            found[term] = (canonical, kind)
    return found


def test_every_place_file_names_its_source_and_licence():
    names = {path.name for path in place_files()}
    assert names == {"cn.tsv", "tw.tsv", "hkmo.tsv", "countries.tsv", "cities.tsv"}
    for path in place_files():
        header = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "#"
        )
        assert "Source" in header and "licen" in header.lower(), path.name
    assert (resource_path("places") / "README.md").exists()


@pytest.mark.parametrize(
    ("name", "least"),
    [("cn.tsv", 4000), ("tw.tsv", 350), ("hkmo.tsv", 25), ("countries.tsv", 250)],
)
def test_place_files_are_complete(name, least):
    assert len(rows(name)) >= least


def test_divisions_of_each_level_are_listed():
    cn = rows("cn.tsv")
    assert cn["江苏省"] == ("江苏", "province")
    assert cn["苏州市"] == ("苏州", "prefecture")
    assert cn["昆山市"][1] == "county" and cn["昆山"][0] == "昆山"
    assert cn["沛县"] == ("沛县", "county")
    assert "延边" in cn and cn["延边朝鲜族自治州"][0] == "延边"
    tw = rows("tw.tsv")
    # Taiwan's 368 townships and districts, stored Simplified.
    assert sum(kind == "township" for _c, kind in tw.values() if _c) >= 340
    assert {"麦寮乡", "仁武区", "竹北市", "新竹县"} <= tw.keys()
    hkmo = rows("hkmo.tsv")
    assert {"油尖旺区", "深水埗区", "沙田区", "离岛区", "花地玛堂区", "氹仔"} <= hkmo.keys()
    assert {"越南", "德国", "纽西兰", "义大利"} <= rows("countries.tsv").keys()
    assert {"慕尼黑", "孟买", "圣保罗"} <= rows("cities.tsv").keys()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("台塑在雲林麥寮鄉擴建輕油裂解廠。", "麥寮鄉"),
        ("該廠位於高雄仁武區,明年投產。", "仁武區"),
        ("新廠選址竹北市,預計年底動工。", "竹北市"),
        ("这家代工厂在昆山市新建了两条产线。", "昆山市"),
        ("沛县的电动车配件厂今年扩产一倍。", "沛县"),
        ("公司在油尖旺區設立了銷售辦事處。", "油尖旺區"),
        ("公司在慕尼黑设立研发中心。", "慕尼黑"),
        ("三星把部分产能转移到越南。", "越南"),
        ("这家电池厂落户宝鸡,投资五十亿元。", "宝鸡"),
        ("新工厂位于澳门氹仔。", "氹仔"),
    ],
)
def test_places_from_the_data_are_recognised(text, place):
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("坚持和平发展道路。", "和平"),
        ("东方的市场正在崛起。", "东方"),
        ("城关的小店都关门了。", "城关"),
        ("整合利用好现有创新平台载体。", "新平"),
        ("在全国城市中名列前茅。", "市中"),
        ("新建晶圆厂的资本支出。", "新建"),
        ("中国等新兴国家的集群。", "兴国"),
    ],
)
def test_common_words_are_not_places(text, word):
    assert word not in places(text)


def test_a_country_keeps_its_ground():
    found = default_recognizer().recognise("精油等类别中国会更多从东盟进口。")
    assert ("中国", "GPE") in {(m.text, m.type) for m in found}


def test_a_place_in_front_of_a_curated_company_gives_way():
    # 中宁 (a county in Ningxia) must not take the first character of 宁德时代.
    found = default_recognizer().recognise("其中宁德时代的份额最大。")
    assert ("宁德时代", "ORG") in {(m.text, m.type) for m in found}


def test_a_university_named_after_a_city_stays_an_organisation():
    found = default_recognizer().recognise("他毕业于哥本哈根大学,后来去了慕尼黑。")
    types = {m.text: m.type for m in found}
    assert types.get("哥本哈根大学") == "ORG"
    assert types.get("慕尼黑") == "GPE"


def test_curated_dictionaries_override_the_data():
    entries = {entry.term: entry for entry in read_entries()}
    assert entries["丰田"].type == "ORG"  # a Japanese city, but a carmaker in this domain


def test_full_names_derived_by_the_suffix_rule_are_not_listed_twice():
    terms = {entry.term for entry in read_place_entries()}
    assert "苏州" in terms and "苏州市" not in terms
    assert "沛县" in terms  # no short form: the full name is the entry
    # 江苏省 followed by 镇江 must not become 江苏省镇.
    assert places("江苏省镇江市的一家工厂。")[:2] == ["江苏省", "镇江市"]


def test_lesser_places_give_way_only_to_curated_terms():
    lexicon = Lexicon(
        [
            Entry("中宁", "GPE", "中宁", yields=True),
            Entry("宁德时代", "ORG", "宁德时代"),
            Entry("宁德", "GPE", "宁德", yields=True),
            Entry("中国", "GPE", "中国"),
            Entry("国会", "ORG", "国会"),
        ]
    )
    assert [m.entry.term for m in lexicon.find("中宁德时代")] == ["宁德时代"]
    assert [m.entry.term for m in lexicon.find("中宁德市")] == ["中宁"]
    assert [m.entry.term for m in lexicon.find("中国会更多")] == ["中国"]


def test_digest_covers_the_place_files(tmp_path, monkeypatch):
    before = dictionaries_digest()
    copy = tmp_path / "places"
    copy.mkdir()
    for path in place_files():
        (copy / path.name).write_bytes(path.read_bytes())
    (copy / "cn.tsv").write_text("示例\t示例\tcounty\n", encoding="utf-8")
    import workbench.core.nlp.lexicon as lexicon

    monkeypatch.setattr(lexicon, "place_files", lambda: sorted(copy.glob("*.tsv")))
    assert dictionaries_digest() != before


def test_the_lexicon_loads_quickly():
    started = time.perf_counter()
    Lexicon(read_entries())
    assert time.perf_counter() - started < 1.0  # about 0.08 s on a laptop
