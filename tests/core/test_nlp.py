"""The entity recogniser: number rules, canonical names, offsets, CLI and dev-set floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.nlp import default_recognizer
from workbench.core.nlp.devset import (
    CORPUS_SPLITS,
    parse_markup,
    read_jsonl,
    read_markup_file,
    to_markup,
)
from workbench.core.nlp.evaluation import recogniser_spans, score_passages

DATA = Path(__file__).resolve().parents[1] / "data"


def only(text: str, type_: str):
    found = [m for m in default_recognizer().recognise(text) if m.type == type_]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("將投資 19 兆韓元建廠", "19 兆韓元", 1.9e13, 1.9e13, "KRW"),
        ("转让底价4.84亿元,", "4.84亿元", 4.84e8, 4.84e8, "CNY"),
        ("約合 129 億美元)", "129 億美元", 1.29e10, 1.29e10, "USD"),
        ("追加約新台幣 40 億元投資", "新台幣 40 億元", 4e9, 4e9, "TWD"),
        ("約為每年1.15億元人民幣,", "1.15億元人民幣", 1.15e8, 1.15e8, "CNY"),
        ("利潤不到1000萬。", "1000萬", 1e7, 1e7, "CNY"),
    ],
)
def test_money_value_in_base_units(text, surface, low, high, unit):
    money = only(text, "MONEY")
    assert money.text == surface
    assert money.value == {"low": low, "high": high, "unit": unit}


@pytest.mark.parametrize(
    ("text", "surface", "low", "unit"),
    [
        ("32.4778%股权", "32.4778%", 32.4778, "%"),
        ("增长百分之五。", "百分之五", 5, "%"),
        ("同期(-7.06%)", "-7.06%", -7.06, "%"),
        ("佔三星四成產能", "四成", 40, "%"),
        ("渗透率达３２％。", "３２％", 32, "%"),
    ],
)
def test_percent(text, surface, low, unit):
    percent = only(text, "PERCENT")
    assert percent.text == surface
    assert percent.value["low"] == low and percent.value["unit"] == unit


def test_percent_range():
    percent = only("約20%—30%的頭部商家", "PERCENT")
    assert percent.text == "20%—30%"
    assert (percent.value["low"], percent.value["high"]) == (20, 30)


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("于2025年1月15日发布", "2025年1月15日", "2025-01-15"),
        ("站在 2026 年初這個時間節點", "2026 年初", "2026年初"),
        ("1-4月累计销量", "1-4月", "1-4月"),
        ("2022Q4产能", "2022Q4", "2022Q4"),
        ("22Q4全球", "22Q4", "22Q4"),
        ("隨後在今年4月,", "今年4月", "今年4月"),
        ("2021-2022年半导体需求旺盛", "2021-2022年", "2021-2022年"),
        ("2024年前十月亏损", "2024年前十月", "2024年前十月"),
        ("美國商務部於當地時間12日宣布", "12日", "12日"),
        ("上世紀80年代,人工智慧專家", "上世紀80年代", "上世纪80年代"),
        ("90年代的工厂", "90年代", "90年代"),
    ],
)
def test_dates(text, surface, canonical):
    date = only(text, "DATE")
    assert (date.text, date.canonical) == (surface, canonical)


def test_a_generation_is_not_a_decade():
    assert not [m for m in default_recognizer().recognise("一位90后的老板") if m.type == "DATE"]


def test_year_followed_by_china_is_not_mid_year():
    mentions = default_recognizer().recognise("2022年中国大陆IC用光刻机")
    assert [(m.text, m.type) for m in mentions][:2] == [("2022年", "DATE"), ("中国大陆", "GPE")]


def test_durations_and_ordinals_are_not_quantities():
    text = "三個月內售出,從第400家到第500家"
    assert not [m for m in default_recognizer().recognise(text) if m.type == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("兩座廠月產能25萬片,", "25萬片", 250000, 250000, "片"),
        ("合计销售81.85万辆,", "81.85万辆", 818500, 818500, "辆"),
        ("導致約1000名員工失業", "1000名員工", 1000, 1000, "名"),
        ("月產能約 1.5-2 萬片,", "1.5-2 萬片", 15000, 20000, "片"),
        ("月產能約為 3.2–3.5 萬片;", "3.2–3.5 萬片", 32000, 35000, "片"),
        (
            "月產能可達2萬片12英吋晶圓當量,",
            "2萬片12英吋晶圓當量",
            20000,
            20000,
            "片 12英寸晶圆当量",
        ),
    ],
)
def test_quantities(text, surface, low, high, unit):
    quantity = only(text, "QUANTITY")
    assert quantity.text == surface
    assert quantity.value == {"low": low, "high": high, "unit": unit}


@pytest.mark.parametrize(
    ("text", "surface", "type_", "canonical"),
    [
        ("台積電表示", "台積電", "ORG", "台积电"),
        ("台积电表示", "台积电", "ORG", "台积电"),
        ("据TSMC披露", "TSMC", "ORG", "台积电"),
        ("韓國 SK 海力士宣佈", "SK 海力士", "ORG", "SK海力士"),
        ("美国商务部宣布", "美国商务部", "ORG", "美国商务部"),
        ("工業和資訊化部聯合發佈", "工業和資訊化部", "ORG", "工业和信息化部"),
        ("光是在江蘇太倉,就聚集了", "江蘇太倉", "GPE", "太仓"),
        ("美國決定", "美國", "GPE", "美国"),
        ("支援 CoWoS 封装", "CoWoS", "PRODUCT", "CoWoS"),
        ("全球禁用华为Ascend芯片", "Ascend芯片", "PRODUCT", "昇腾"),
        ("將數萬張昇騰晶片聯成", "昇騰晶片", "PRODUCT", "昇腾"),
        ("其首款GPU“南风一号”", "南风一号", "PRODUCT", "南风一号"),
    ],
)
def test_canonical_names(text, surface, type_, canonical):
    mention = next(m for m in default_recognizer().recognise(text) if m.text == surface)
    assert (mention.type, mention.canonical) == (type_, canonical)


def test_rules_find_names_no_dictionary_lists():
    text = "註冊資本為100萬美元的企業--華星精密儀器(蘇州)有限公司宣佈,行業協會秘書長鄭立群指出"
    found = {(m.text, m.type) for m in default_recognizer().recognise(text)}
    assert ("華星精密儀器(蘇州)有限公司", "ORG") in found
    assert ("鄭立群", "PERSON") in found


TRADITIONAL = (
    "韓國 SK 海力士日前宣佈,將投資 19 兆韓元(約合 129 億美元)在韓國清州市建設一座先進晶片"
    "封裝工廠,項目計畫於今年 4 月動工。台積電 2023 年底月產能約 1.5-2 萬片 12 英吋晶圓當量。"
)


def test_offsets_point_into_traditional_text():
    mentions = default_recognizer().recognise(TRADITIONAL)
    assert mentions
    for mention in mentions:
        assert TRADITIONAL[mention.start : mention.end] == mention.text
    pairs = {(m.text, m.type, m.canonical) for m in mentions}
    assert ("台積電", "ORG", "台积电") in pairs
    assert ("清州市", "GPE", "清州") in pairs
    assert ("今年 4 月", "DATE", "今年4月") in pairs


def test_cli_entities_on_traditional_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "entities", "-"],
        input=TRADITIONAL.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    money = next(r for r in records if r["type"] == "MONEY")
    assert money["text"] == "19 兆韓元"
    assert money["value"] == {"low": 1.9e13, "high": 1.9e13, "unit": "KRW"}
    assert all(TRADITIONAL[r["start"] : r["end"]] == r["text"] for r in records)


def test_markup_gives_offsets_and_rejects_bad_labels():
    text, spans = parse_markup("据⟦台積電|ORG⟧称,⟦2025年|DATE⟧")
    assert text == "据台積電称,2025年"
    assert [text[s:e] for s, e, _ in spans] == ["台積電", "2025年"]
    assert to_markup(text, spans) == "据⟦台積電|ORG⟧称,⟦2025年|DATE⟧"
    with pytest.raises(ValueError, match="unknown type"):
        parse_markup("⟦台積電|COMPANY⟧")
    with pytest.raises(ValueError, match="unbalanced"):
        parse_markup("⟦台積電|ORG")


def test_dev_jsonl_is_built_from_the_markup():
    from_markup = read_markup_file(DATA / "ner_dev_markup.txt")
    assert from_markup == read_jsonl(DATA / "ner_dev.jsonl")
    assert {p.split for p in from_markup} == set(CORPUS_SPLITS)
    assert sum(len(p.text) for p in from_markup if p.split == "heldout2") > 4000


# Targets from the issue; held-out text was never tuned on, so it gets a margin.
# (With 0.1 before the general name rules; both held-out parts now clear 0.05.)
TARGETS = {
    "MONEY": 0.9,
    "PERCENT": 0.9,
    "DATE": 0.9,
    "QUANTITY": 0.9,
    "ORG": 0.85,
    "GPE": 0.85,
    "PERSON": 0.75,
    "PRODUCT": 0.75,
}


@pytest.mark.parametrize(("split", "margin"), [("dev", 0.0), ("heldout", 0.05), ("heldout2", 0.05)])
def test_dev_set_scores_above_floor(split, margin):
    passages = [p for p in read_jsonl(DATA / "ner_dev.jsonl") if p.split == split]
    score = score_passages(passages, recogniser_spans(default_recognizer()))
    for type_, target in TARGETS.items():
        counts = score.exact[type_]
        if counts.true_positive + counts.false_negative >= 5:
            assert counts.f1 >= target - margin, (split, type_, counts)
    assert score.total().f1 >= 0.9 - margin


# held-out-3 is never tuned on: its floors are its first measured scores minus 0.05
# (types with at least five gold spans), so a change that loses ground on unseen
# text fails here.
HELDOUT3_FLOORS = {
    "ORG": 0.803,
    "GPE": 0.849,
    "PERCENT": 0.95,
    "DATE": 0.873,
    "QUANTITY": 0.883,
    "PRODUCT": 0.35,
}


def test_heldout3_scores_above_floor():
    passages = [p for p in read_jsonl(DATA / "ner_dev.jsonl") if p.split == "heldout3"]
    assert sum(len(p.text) for p in passages) >= 3500
    assert {"M1", "M2", "M5", "M6"} <= {p.id for p in passages}  # both scripts
    score = score_passages(passages, recogniser_spans(default_recognizer()))
    for type_, floor in HELDOUT3_FLOORS.items():
        assert score.exact[type_].f1 >= floor, (type_, score.exact[type_])
    assert score.total().f1 >= 0.823


def named(text: str) -> set[tuple[str, str]]:
    kinds = {"ORG", "GPE", "PERSON", "PRODUCT"}
    return {(m.text, m.type) for m in default_recognizer().recognise(text) if m.type in kinds}


# Each general name rule: a sentence it must fire on, and one it must leave alone.
@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # people: a Latin name after a role or before a speech verb
        ("全球戰略顧問Whitney Xiao一針見血", ("Whitney Xiao", "PERSON"), None),
        ("德國汽車專家Ferdinand Dudenhöffer預言", ("Ferdinand Dudenhöffer", "PERSON"), None),
        ("Bernstein Research指出", ("Bernstein Research", "ORG"), ("Bernstein Research", "PERSON")),
        # people: transliterated names joined by a middle dot, not "place·place"
        ("物理学家史蒂芬·霍金提出", ("史蒂芬·霍金", "PERSON"), None),
        ("中国·上海国际车展开幕", ("上海", "GPE"), ("中国·上海", "PERSON")),
        # people: a later mention by surname alone, not inside another word
        ("顾问Whitney Xiao认为,Xiao还指出", ("Xiao", "PERSON"), None),
        ("顾问Whitney Xiao认为,Xiaomi还指出", ("Whitney Xiao", "PERSON"), ("Xiao", "PERSON")),
        # people: a full dotted name beats its listed surname
        ("CEO 埃隆•馬斯克(Elon Musk)回應", ("埃隆•馬斯克", "PERSON"), ("馬斯克", "PERSON")),
        # organisations: a listed name with its trade word; a product noun is no trade
        ("吉利集團同時宣佈", ("吉利集團", "ORG"), ("吉利", "ORG")),
        ("吉利手机同时发布", ("吉利", "ORG"), ("吉利手机", "ORG")),
        # organisations: a company's Chinese arm, but 中国 before a noun is a place
        ("丰田中国成为最大亮点", ("丰田中国", "ORG"), None),
        ("特斯拉中国工厂投产", ("特斯拉", "ORG"), ("特斯拉中国", "ORG")),
        # organisations: an unlisted short name with its trade, opening two clauses
        ("感图科技是一家企业。感图科技总部在上海", ("感图科技", "ORG"), None),
        ("感图科技是一家企业", None, ("感图科技", "ORG")),
        ("发展功率半导体。功率半导体需求旺盛", None, ("功率半导体", "ORG")),
        # products: a variant after a listed product name
        ("英特爾下一代EMIB-T技術", ("EMIB-T", "PRODUCT"), ("EMIB", "PRODUCT")),
        # products: a mixed-case acronym spelled out; an institution's acronym is not one
        ("通過 FOCoS(Fan-Out Chip on Substrate)建構", ("FOCoS", "PRODUCT"), None),
        ("BIS(Bureau of Industry and Security)表示", None, ("BIS", "PRODUCT")),
        # products: the spelled-out name before a product's acronym; initials must agree
        ("其Full Self-Driving(FSD)系統", ("Full Self-Driving", "PRODUCT"), None),
        ("其Tesla Vision(FSD)系统", None, ("Tesla Vision", "PRODUCT")),
        # products: a later mention of a Latin product name found once by a rule
        ("Alpamayo模型发布后,其Alpamayo代表", ("Alpamayo", "PRODUCT"), None),
        # places: a country by its Taiwan name; an idiom holding a place word is none
        ("將在寮國開發工業園區", ("寮國", "GPE"), None),
        ("中国制造再次占据半壁江山", None, ("半壁江山", "GPE")),
        # organisations: a maker's name inside a common term
        ("泰勒制和福特主义将效率奉为圭臬", None, ("福特", "ORG")),
        # people: a title the rule knows, and the same title before a common noun
        ("厂长张建国表示", ("张建国", "PERSON"), None),
        ("厂长会议表示", None, ("会议", "PERSON")),
        # people: a tagged name needs a person's context (citation full stop here)
        ("陈世炜.基于明暗场成像的检测技术", ("陈世炜", "PERSON"), None),
        ("代價則是成本高昂、落地緩慢", None, ("高昂", "PERSON")),
        # products: a Latin name with a version; an event with its year is not one
        ("推出Xiaomi HyperOS 2系统", ("Xiaomi HyperOS 2", "PRODUCT"), None),
        ("在CES 2026展会上", None, ("CES 2026", "PRODUCT")),
        # products: model numbers after a maker and along a list; plants and stock codes not
        ("寒武纪MLU370、MLU590及MLU690", ("MLU690", "PRODUCT"), None),
        ("黑芝麻智能的華山A2000系列", ("A2000", "PRODUCT"), None),
        ("台积电竹南AP6厂启用", None, ("AP6", "PRODUCT")),
        ("双工件台供应商华卓精科A20224.SH", None, ("A20224", "PRODUCT")),
        # products: a named chip; a class of chips is not one
        ("采用Maverick芯片", ("Maverick芯片", "PRODUCT"), None),
        ("AI芯片与ASIC芯片", None, ("ASIC芯片", "PRODUCT")),
        # products: a mixed-case technology name before 封装/技术; TSV is a class
        ("日月光的VIPack封装平台", ("VIPack", "PRODUCT"), None),
        ("TSV技术", None, ("TSV", "PRODUCT")),
        # products: a capitalised name before the kind of thing it is, or introduced as such
        ("Lumina平台彙集了過去8年的資料", ("Lumina", "PRODUCT"), None),
        ("基于Transformer模型", None, ("Transformer", "PRODUCT")),
        ("一款名为Halo的机器人", ("Halo", "PRODUCT"), None),
        # organisations: government bodies after a place or 国家; 部门 is not a body
        ("國家發展改革委、財政部聯合發佈", ("國家發展改革委", "ORG"), None),
        ("青岛市工业和信息化局发布", ("青岛市工业和信息化局", "ORG"), None),
        ("由省级发展改革部门牵头", None, ("发展改革部", "ORG")),
        # organisations: aliases in parentheses, Latin and Chinese; not a title or a date
        ("长江存储(Yangtze Memory Technologies)", ("Yangtze Memory Technologies", "ORG"), None),
        ("台积电(CEO)", None, ("CEO", "ORG")),
        ("Wolfspeed(沃孚半导体公司)", ("沃孚半导体公司", "ORG"), None),
        # organisations: Latin brands before 品牌; a class before 品牌 is not one
        ("旗下Denza和Yangwang品牌", ("Yangwang", "ORG"), None),
        ("国产AI品牌", None, ("AI", "ORG")),
        # organisations: the other items of a list holding a known company
        ("宝马、雷克萨斯、凯迪拉克等品牌", ("凯迪拉克", "ORG"), None),
        ("手机、电脑、电视等产品", None, ("电脑", "ORG")),
        # organisations: a registered company's short name later on
        ("深圳星瀚微电子有限公司宣布,星瀚微电子表示", ("星瀚微电子", "ORG"), None),
        # places and organisations the segmenter's tags alone would invent
        ("中國城市的交通環境", ("中國", "GPE"), ("城市", "GPE")),
        ("培育新兴产业", None, ("新兴产业", "ORG")),
    ],
)
def test_general_name_rules(text, found, not_found):
    mentions = named(text)
    if found:
        assert found in mentions, mentions
    if not_found:
        assert not_found not in mentions, mentions


def test_lexicon_takes_leftmost_longest_whole_words():
    from workbench.core.nlp.lexicon import Entry, Lexicon

    lexicon = Lexicon(
        [Entry(term, "ORG", term) for term in ("中国", "中国银行", "美", "ASE", "AS", "PHA")]
    )
    text = "中国银行与美国PHASE和ASE"
    found = [(m.start, m.end, m.entry.term) for m in lexicon.find(text)]
    # A one-character term counts; Latin terms never match inside a longer word.
    assert found == [(0, 4, "中国银行"), (5, 6, "美"), (13, 16, "ASE")]


def test_lexicon_falls_back_to_a_shorter_term_when_the_longer_is_not_a_whole_word():
    from workbench.core.nlp.lexicon import Entry, Lexicon

    lexicon = Lexicon([Entry(term, "ORG", term) for term in ("中芯", "中芯A", "HBM3")])
    found = [(m.start, m.end, m.entry.term) for m in lexicon.find("中芯AB与HBM3E、HBM3")]
    # 中芯A runs on into "B", so 中芯 is taken; HBM3 inside HBM3E is not.
    assert found == [(0, 2, "中芯"), (11, 15, "HBM3")]


def test_lexicon_goes_on_after_a_match_it_turns_down():
    from workbench.core.nlp.lexicon import Entry, Lexicon

    lexicon = Lexicon(
        [
            Entry("中宁", "GPE", "中宁", yields=True),
            Entry("宁德时代", "ORG", "宁德时代"),
            Entry("中国银行", "ORG", "中国银行"),
            Entry("ASE", "ORG", "ASE"),
            Entry("SEMI", "ORG", "SEMI"),
        ]
    )
    text = "其中宁德时代与中国银行,PHASEMI和ASE,中国银行"
    found = [(m.start, m.end, m.entry.term) for m in lexicon.find(text)]
    # 中宁 gives way to 宁德时代 and ASE inside PHASEMI is no word (nor is SEMI):
    # the scan goes on from each and finds every name after them.
    assert found == [
        (2, 6, "宁德时代"),
        (7, 11, "中国银行"),
        (20, 23, "ASE"),
        (24, 28, "中国银行"),
    ]


def test_the_lexicons_automaton_finds_what_a_scan_place_by_place_finds():
    from workbench.core.corpus import parse_file
    from workbench.core.nlp.lexicon import default_lexicon
    from workbench.core.nlp.numbers import fold_width
    from workbench.core.paths import bundled_seed_files
    from workbench.core.script import to_simplified

    lexicon = default_lexicon()
    documents = [d for path in bundled_seed_files() for d in parse_file(path).documents]
    texts = [fold_width(to_simplified(document.text)) for document in documents]
    assert len(texts) > 30
    for text in texts:
        assert lexicon.find(text) == list(lexicon._scan(text, 0))


def test_segments_tile_the_text_with_offsets():
    from workbench.core.nlp.numbers import fold_width
    from workbench.core.nlp.segmenter import tagged_words
    from workbench.core.script import to_simplified

    text = fold_width(to_simplified(TRADITIONAL))
    starts, words, tags = tagged_words(text)
    spans = [(s, s + len(w), w, t) for s, w, t in zip(starts, words, tags, strict=True)]
    assert "".join(word for _start, _end, word, _tag in spans) == text
    assert all(text[start:end] == word for start, end, word, _tag in spans)
    assert ("台积电", "nt") in {(word, tag) for _start, _end, word, tag in spans}


@pytest.mark.parametrize(
    "text",
    [
        "北美先进制造业集群创新力强",  # 集群 + 创新, not 群创 (Innolux)
        "推动形成社群创新生态",
        "当前,新一轮科技革命和产业变革深入演进",  # 新一轮 is "a new round of"
        "抢抓新一轮科技革命和产业变革机遇",
    ],
)
def test_an_ordinary_phrase_is_not_taken_for_a_company(text):
    assert not [m for m in default_recognizer().recognise(text) if m.type == "ORG"]


def test_innolux_is_still_found_by_its_short_name():
    found = {
        (m.text, m.type)
        for m in default_recognizer().recognise("群创的面板出货量回升,群创光电与友达")
    }
    assert found >= {("群创", "ORG"), ("群创光电", "ORG"), ("友达", "ORG")}
