"""Faster forms of the recogniser's scans find exactly what the plain scans find."""

from __future__ import annotations

import re

import pytest

from workbench.core.nlp import companies, numbers, people, products, recognizer, rules
from workbench.core.nlp.anchors import Anchored, first_words
from workbench.core.nlp.patterns import (
    WHOLE,
    StartingWith,
    by_first_character,
    digits_listed,
    finditer_near,
    first_not_after,
    latin_matches,
    places_of,
)
from workbench.core.nlp.width import fold_width
from workbench.core.paths import bundled_seed_files
from workbench.core.script import to_simplified


def _corpus_texts() -> list[str]:
    return [fold_width(to_simplified(p.read_text(encoding="utf-8"))) for p in bundled_seed_files()]


def _texts_around(tricky: str, *short: str) -> list[str]:
    """A text written to catch a rule out, the same without its first character
    (every place moves by one), a few short ones and the bundled corpus."""
    return [tricky, tricky[1:], *short, *_corpus_texts()]


def _found(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _finds_what_the_scan_finds(fast, scan: re.Pattern[str], texts: list[str]) -> None:
    """``fast(text)`` is what ``scan.finditer(text)`` finds in every one of ``texts``,
    and that is something in some."""
    assert sum(len(list(scan.finditer(t))) for t in texts) > 0
    for text in texts:
        assert fast(text) == _found(scan.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "marker", "before", "least"),
    [
        (rules.ENUMERATION, rules._LIST_COMMA, 8, 2),
        (people.DOTTED_NAME, people._A_DOT, 6, 1),
        (recognizer._TRADE_NAME, recognizer._TRADE_AHEAD, 3, 2),
        (companies._STOCK_CODE, companies._PARENTHESIS, 1, 0),
    ],
)
def test_a_scan_near_markers_finds_what_the_full_scan_finds(pattern, marker, before, least):
    texts = _corpus_texts()
    assert sum(len(list(pattern.finditer(t))) for t in texts) > 0
    for text in texts:
        assert _found(finditer_near(pattern, text, marker, before, least)) == _found(
            pattern.finditer(text)
        )


def test_titled_dotted_names_are_found_as_the_full_scan_finds_them():
    text = "会谈由泰国总理佩通坦·钦那瓦主持,部长阿甲那·奔潘表示,董事阿·巴出席"
    expected = [m.span("name") for m in rules.TITLE_DOTTED_PERSON.finditer(text)]
    assert len(expected) == 2
    assert list(rules.title_dotted_people(text)) == expected


def test_matches_that_reach_past_later_markers_are_not_found_twice():
    pattern = re.compile(r"a[^;]*;")
    text = "xa;a;;aa;b;a"
    assert _found(finditer_near(pattern, text, re.compile(";"), 9)) == _found(
        pattern.finditer(text)
    )
    # A marker with no match before it, and one whose window starts at the text's start.
    assert list(finditer_near(pattern, "b;;", re.compile(";"), 5)) == []


@pytest.mark.parametrize(
    ("first", "not_after", "plain"),
    [
        ("A-Z", ("[A-Za-z0-9.-]",), r"(?<![A-Za-z0-9.-])[A-Z]"),
        ("A-Z", ("[A-Za-z] ", "[A-Za-z]"), r"(?<![A-Za-z] )(?<![A-Za-z])[A-Z]"),
        ("A-Z", (r"[^。?!\n]",), r"(?:^|(?<=[。?!\n]))[A-Z]"),
    ],
)
def test_the_first_character_taken_first_matches_where_the_look_behinds_did(
    first, not_after, plain
):
    taken_first = re.compile(first_not_after(first, *not_after) + r"[a-z]+")
    look_behind = re.compile(plain + r"[a-z]+")
    text = "Intel与AMD表示.Nvidia、x Arm。Apple\nSony TSMC-Tsmc 3Dell a Bosch"
    found = [m.span() for m in look_behind.finditer(text)]
    assert len(found) >= 3
    assert [m.span() for m in taken_first.finditer(text)] == found
    # The engine now skips to a first character in C: the pattern starts with it.
    assert taken_first.pattern.startswith(f"[{first}]")


def test_a_list_marker_needs_its_end_word_ahead_in_the_clause():
    text = "客户包括英特尔、三星等企业。苹果、微软,以及谷歌、亚马逊这些公司"
    assert [m.start() for m in rules._LIST_COMMA.finditer(text)] == [7, 24]  # not 16
    assert [m.span() for m in rules.ENUMERATION.finditer(text)] == [(0, 13), (20, 32)]


def test_words_grouped_by_their_first_character_match_as_the_plain_alternation():
    words = "董事长|董事|总裁|董事总经理|CEO|C罗"
    grouped = by_first_character(words)
    assert grouped == "董(?:事长|事|事总经理)|总裁|C(?:EO|罗)"
    text = "董事总经理张三、董事长李四与董事王五,CEO Tim与C罗,总裁"
    plain, fast = re.compile(f"(?:{words})[^,、]*"), re.compile(f"(?:{grouped})[^,、]*")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    with pytest.raises(ValueError):
        by_first_character("公司|(?:集团)")


def test_grouped_titles_find_what_the_plain_alternation_finds():
    slow = re.compile(rules.TITLE_PERSON.pattern.replace(rules.TITLE_WORDS, rules.TITLES))
    assert slow.pattern != rules.TITLE_PERSON.pattern
    texts = _corpus_texts()
    assert sum(len(slow.findall(t)) for t in texts) > 10
    for text in texts:
        assert _found(rules.TITLE_PERSON.finditer(text)) == _found(slow.finditer(text))


def test_trades_are_found_where_a_scan_for_them_finds_them():
    scan = re.compile(
        "|".join(
            rf"{re.escape(t)}(?<=[\u4e00-\u9fff]{{2}}{re.escape(t)})" for t in companies.TRADES
        )
    )
    tricky = "a微电子,新能源汽车电子公司集团股份,x电子科技控股化工化纤公司新材料"
    texts = [tricky, tricky[1:], "公司", "一公司", *_corpus_texts()]
    # A longer trade with one character before it gives way to one inside it.
    assert [m.span() for m in scan.finditer("x一微电子,中微电子;半导体新能源")] == [
        (3, 5),
        (8, 10),
        (14, 17),
    ]
    texts.append("x一微电子,中微电子;半导体新能源")
    for text in texts:
        assert companies._trades(text) == [m.span() for m in scan.finditer(text)]


def test_places_of_words_are_where_the_look_ahead_finds_them():
    words = "科技|电子|微电子|半导体|集团|电"
    text = "微电子科技,电子电半导体集团a微电"
    marker = places_of(words)
    assert [m.start() for m in marker.finditer(text)] == [
        m.start() for m in re.finditer(f"(?={words})", text)
    ]
    assert marker.pattern.startswith("科(?=技)|电|微(?=电子)")


def test_quantities_turned_away_early_are_the_ones_the_full_pattern_misses():
    unguarded = re.compile(numbers.QUANTITY.pattern.replace(numbers._QUANTITY_AHEAD, ""))
    assert unguarded.pattern != numbers.QUANTITY.pattern
    tricky = (
        "1.5-2 万片,300千瓦,1,200万吨/年,5 多家,十余台,3.5%,2025年,两三千米,约 8 英寸 12英寸晶圆"
    )
    for text in [tricky, *_corpus_texts()]:
        assert _found(numbers.QUANTITY.finditer(text)) == _found(unguarded.finditer(text))


def test_cents_found_before_each_fen_are_what_the_full_scan_finds():
    tricky = (
        "每股9分,每股 9 分,9  分,45.6分,1.2.3分,..5分,5分钟,3.分,5 5分,12,5分,٣分,²分,5\u3000分"
    )
    texts = [tricky, "分", "5分", *_corpus_texts()]
    assert len(_found(numbers._CENTS.finditer(tricky))) >= 6
    for text in texts:
        assert _found(numbers._cents(text)) == _found(numbers._CENTS.finditer(text))


def _plain(pattern: StartingWith) -> re.Pattern[str]:
    """The look-ahead form ``(?=[first])(?:pattern)`` of a StartingWith pattern."""
    source = pattern.regex.pattern
    first, body = source[1 : source.index("](?<=(?=")], source[source.index("(?=(?P<") :]
    body = body.removeprefix(f"(?=(?P<{WHOLE}>").removesuffix(")).)")
    return re.compile(f"(?=[{first}])(?:{body})")


@pytest.mark.parametrize(
    "pattern", [numbers.MONEY_PATTERNS[0], numbers.PERCENT, numbers.DATE, numbers.DATE_EXTRA]
)
def test_a_pattern_searched_for_by_its_first_character_finds_what_the_scan_finds(pattern):
    plain = _plain(pattern)
    tricky = (
        "2024年3月5日至2025年底,5%-8%,3.5个百分点,百分之二十,四成,1.5成,成为,-2%,"
        "美元20亿元,US$5,人民币3万元,第三季度,上半年,本周一,昨(5)日,民国113年,FY2024,"
        "٣%,𝟙%,²%,😀5%,１２%,2024年2024年12月"
    )

    def fast(text):
        found = [(m.span(WHOLE), m.groupdict()) for m in pattern.finditer(text)]
        for _span, groups in found:
            del groups[WHOLE]
        return found

    _finds_what_the_scan_finds(fast, plain, _texts_around(tricky, "", "5", "年底"))


def test_listed_digits_are_every_character_the_engine_takes_for_one():
    listed_class = digits_listed(r"\d")
    digits = re.compile(f"[{listed_class}]")
    everything = "".join(map(chr, range(0x110000)))
    listed = set(digits.findall(everything))
    assert set(re.findall(r"\d", everything)) <= listed
    # Above U+FFFF the class is wider than \d: it is only a first character's class.
    below = everything[:0x10000]
    assert set(digits.findall(below)) == set(re.findall(r"\d", below))


def test_registered_names_are_looked_for_only_near_a_you_xian():
    def every_window(text):
        seen = set()
        for low, high in rules._windows(text, "公司"):
            for match in rules.COMPANY.finditer(text, low, high):
                if match.span() not in seen:
                    seen.add(match.span())
                    yield from rules._company_span(text, match)

    tricky = "据悉,深圳中微电科技有限公司与该公司、母公司先进半导体装置(深圳)有限责任公司签约,公司"
    texts = _texts_around(tricky, "有限公司", "公司")
    assert len(list(every_window(tricky))) == 3
    for text in texts:
        assert list(rules.company_names(text)) == list(every_window(text))


@pytest.mark.parametrize(
    "pattern",
    [
        products.VERSIONED,
        products.MODEL,
        products.NAMED_CHIP,
        products.TECHNOLOGY,
        products.NAME_BEFORE_KIND,
        products.ACRONYM_EXPANDED,
        products.EXPANDED_ACRONYM,
        products._NUMBERED_CAMEL,
        people.LATIN_BEFORE_SPEECH,
        rules.LATIN_ORG,
        rules.SPEAKER,
        rules.LATIN_BRANDS,
    ],
)
def test_latin_rules_tried_at_the_starts_of_latin_runs_find_what_the_scan_finds(pattern):
    tricky = (
        "3Com Corporation与New Street Research表示,Gordon Feller: 其Mate 60 Pro、H20芯片和"
        "CX92、SX102及CX104,FOCoS(Fan-Out Chip on Substrate)技术,Full Self-Driving(FSD),"
        "iPhone17 Pro Max,Alpamayo模型,通过Polestar或Zeekr品牌,A20224.SH,x3Dell.Tsmc-Arm"
    )
    texts = _texts_around(tricky, "", "A", "a")
    _finds_what_the_scan_finds(lambda t: _found(latin_matches(pattern, t)), pattern, texts)


def _anchored_rules() -> list[Anchored]:
    modules = (companies, people, products, recognizer, rules)
    return [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, Anchored)
    ]


def test_every_anchored_rule_is_checked():
    assert len(_anchored_rules()) >= 12


@pytest.mark.parametrize("anchored", _anchored_rules(), ids=lambda a: a.pattern.pattern[:20])
def test_a_rule_tried_at_its_first_words_finds_what_the_scan_finds(anchored):
    tricky = (
        "董事长兼总经理魏振昌表示,中国汽车工业协会、国际智能运载科技协会称,国家发展改革委"
        "与中央、联邦;星岛日报报道,主要钢厂包括宝武、鞍本等;名为“南风一号”的代号Lumina,"
        "沙特基础工业公司(SABIC)董事长王强出席,埃隆•马斯克、部长阿甲那·奔潘,微电子科技集团智能光电"
    )
    texts = _texts_around(tricky, "", "中")
    for text in texts:
        assert _found(anchored.finditer(text)) == _found(anchored.pattern.finditer(text))


def test_first_words_are_read_from_the_pattern():
    assert first_words(re.compile(r"(?:国际|中国)[\u4e00-\u9fff]+")) == ["国际", "中国"]
    assert first_words(re.compile(r"董(?:事长|事)(?:兼\w+)?王")) == ["董事长", "董事"]
    assert first_words(re.compile(r"代号为?|[“《]x")) == ["代号", "“x", "《x"]
    assert first_words(re.compile(r"(?:a|)b")) == ["ab", "b"]
    for loose in (r"a?b", r"\d", r"[a-z]x", r"(?i)ab", r".b"):
        with pytest.raises(ValueError):
            first_words(re.compile(loose))


def test_width_folding_by_its_string_table_is_the_dictionary_s():
    from workbench.core.nlp import width

    everything = "".join(map(chr, range(0x110000)))
    assert fold_width(everything) == everything.translate(width._FULL_WIDTH)
    assert fold_width("ＡＢＣ１２３，：（）　—～") == "ABC123,:() -~"
