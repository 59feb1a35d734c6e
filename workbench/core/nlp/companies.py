"""Organisation names by their shape, for companies no dictionary lists.

A Chinese company name is mostly a short head (a brand, a place, a coined word)
followed by the trade it is in and its legal form: 南亚塑胶, 长春石化, 徐工机械,
台塑石化公司, 宇通重工.  Where the head is not an ordinary word (the segmenter
does not know it as one) and the name stands where a name can stand (after a
clause break or a function word), the whole is taken as an organisation.  Other
shapes mark a name by what follows it: a stock code in parentheses (通威股份
(600438.SH)), a corporate title (X董事长王某), the word for a newspaper or a site.

Every rule runs on the Simplified, width-folded copy and returns spans into it.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache

from .anchors import Anchored, Words
from .patterns import finditer_near
from .segmenter import tagged_words

# What a company is: its trade, then optionally its legal form.  Longest first.
TRADES = sorted(
    set(
        [
            "公司",
            "人寿",
            "产险",
            "投信",
            "期货",
            "租赁",
            "集团",
            "股份",
            "控股",
            "化学",
            "石化",
            "塑胶",
            "化工",
            "化纤",
            "纤维",
            "能源",
            "新能源",
            "电子",
            "微电子",
            "半导体",
            "科技",
            "材料",
            "新材",
            "钢铁",
            "汽车",
            "光电",
            "电池",
            "精密",
            "机械",
            "重工",
            "重科",
            "智能",
            "电气",
            "电力",
            "电器",
            "电机",
            "动力",
            "液压",
            "光能",
            "绿能",
            "光伏",
            "通信",
            "通讯",
            "软件",
            "生物",
            "医药",
            "制药",
            "药业",
            "实业",
            "航运",
            "海运",
            "物流",
            "地产",
            "置业",
            "资本",
            "资管",
            "投控",
            "金控",
            "证券",
            "银行",
            "保险",
            "传媒",
            "光学",
            "玻璃",
            "水泥",
            "矿业",
            "锂业",
            "铝业",
            "纸业",
            "乳业",
            "纺织",
            "环保",
            "航空",
            "船舶",
            "重机",
            "创投",
        ]
    ),
    key=len,
    reverse=True,
)
_TRADE = "|".join(TRADES)
_LEGAL = r"(?:(?:股份)?(?:有限)?(?:责任)?公司|集团|控股|股份)"
# Trades that are also the names of industries; after a country they are one
# (日本半导体, 中国汽车), and before these words too (科技产业, 汽车零部件).
_INDUSTRY_NEXT = re.compile(
    r"产业|行业|业者|企业|领域|市场|产品|零部件|板块|技术|制造|需求|巨头|厂商|产能|出口|进口|供应|"
    r"材料|设备|工程|概念|股|类|业|链|人才|专业|部门|大国|强国|政策|发展|园区|基地|项目|中心|协会|学会|"
    r"车|电池|系统|模组|组件|装置|机组|组|发电|化|时代|赛道|方面|水平"
)
# Heads that are countries, regions or generic words: with them only a legal
# form makes a name (中国石化 is listed; 台湾半导体 is an industry).
_BROAD_HEADS = frozenset(
    [
        "中国",
        "美国",
        "日本",
        "韩国",
        "台湾",
        "大陆",
        "欧洲",
        "全球",
        "国内",
        "国际",
        "海外",
        "德国",
        "亚洲",
        "本土",
        "两岸",
        "内地",
        "全国",
        "我国",
        "世界",
        "国产",
        "民营",
        "国有",
        "上市",
        "新兴",
        "新一轮",
        "传统",
        "本地",
        "当地",
        "中资",
        "外资",
        "台资",
        "港资",
        "日资",
        "韩资",
        "美资",
        "欧美",
        "中美",
        "中日",
        "中欧",
        "中韩",
        "美中",
        "两国",
        "各国",
        "各大",
        "多家",
        "主要",
        "相关",
        "其他",
        "其它",
        "这些",
        "这家",
        "该",
        "本",
        "其",
        "相关",
        "新型",
        "高端",
        "先进",
        "大型",
        "中小",
        "龙头",
        "头部",
    ]
)
# Clause breaks and function characters a name starts after.
_BEFORE_NAME = re.compile(
    r"[\s,。;:、“”\"'()《》【】〔〕「」!?与和及跟同在由向对将被把从给于为是了也并而或等据让使令包括如]"
)
# Segmenter tags of ordinary words: a head that is one of these is a kind, not a name.
_ORDINARY = frozenset(
    {"n", "vn", "v", "a", "an", "ad", "d", "m", "b", "f", "s", "t", "r", "q", "p", "c", "u"}
    | {"l", "i", "vd", "z", "ag", "dg", "mq", "uj", "ul", "ud", "uz", "ug", "uv", "y", "e", "o"}
)
# Words of industries and processes a company's head does not hold (晶圆制造材料).
_INDUSTRY_IN_HEAD = re.compile(
    r"制造|生产|封装|测试|设备|晶圆|芯片|产业|行业|市场|技术|工业|加工|服务|生态"
)
# Characters a name does not start with: adverbs, modals and verbs of a clause.
_NOT_FIRST = frozenset("且可已也都还就又再更最很所如若但而因受让使提供用以至到达及比较")
_NOT_IN_HEAD = re.compile(r"[的了和与及在是为对从向将把被或等这该其各本每此年月日个家]")

_ENDS_LEGAL = re.compile(rf"{_LEGAL}$")
SHAPED = re.compile(
    rf"(?P<head>[\u4e00-\u9fff]{{2,4}}?)(?P<trade>(?:{_TRADE})(?:{_TRADE})?){_LEGAL}?"
)


_FUNCTION_TAGS = frozenset({"p", "c", "u", "d", "r", "m", "uj", "ul", "ud", "uz", "ug", "uv"})
_TRADE_END = re.compile(rf"(?:{_TRADE})$")


def _head_is_name(head: str, places: set[str], orgs: set[str], legal: bool = False) -> bool:
    """A head that is a known place or organisation, or that the segmenter does not
    know as one ordinary word.  Before a legal form (台塑石化公司) a word the
    segmenter knows may still be a brand; only a trade (汽车电子公司) is not."""
    if head[-1] in "部委署局厅":
        return False  # a government body's sub-body is no trade: 经济部能源署
    if head in orgs:
        return True
    if _NOT_IN_HEAD.search(head) or head in _BROAD_HEADS or head[:2] in _BROAD_HEADS:
        return False
    if head[0] in _NOT_FIRST:
        return False
    if head in places:
        return True
    if _TRADE_END.search(head):
        return False
    if _INDUSTRY_IN_HEAD.search(head):
        return False
    words, tags = _segments(head)
    if len(words) == 1:
        return legal or tags[0] not in _ORDINARY
    # Several words: a name never starts with an ordinary word or a function word
    # (按照万华, 工厂总, 且受) and is not made of ordinary words only (功率器件).
    first = tags[0] in _FUNCTION_TAGS if len(words[0]) == 1 else tags[0] in _ORDINARY
    if first and words[0] not in places:
        return False
    if legal:
        return not all(
            tag in _ORDINARY and len(word) > 1 for word, tag in zip(words, tags, strict=True)
        )
    return not all(tag in _ORDINARY for tag in tags)


@lru_cache(maxsize=4096)
def _segments(head: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The segmenter's words and tags of a short head (heads recur: cached)."""
    _starts, words, tags = tagged_words(head)
    return tuple(words), tuple(tags)


def is_name_like(head: str, orgs: set[str], vouched: bool = False) -> bool:
    """A short form worth looking for: not an ordinary word, unless the full name
    stood before a stock code or a title (台塑 of 台塑石化公司(6505))."""
    return _head_is_name(head, set(), orgs, legal=vouched)


# Words a company's name often follows: 旗下国泰人寿, 收购南亚塑胶.
_BEFORE_NAME_WORDS = frozenset(
    [
        "旗下",
        "包括",
        "以及",
        "例如",
        "其中",
        "除了",
        "收购",
        "入股",
        "合并",
        "联合",
        "携手",
        "牵手",
        "子公司",
        "母公司",
        "对手",
        "客户",
        "同业",
        "厂商",
        "大厂",
        "龙头",
        "巨头",
    ]
)


def _starts_a_name(text: str, start: int, boundaries: Container[int]) -> bool:
    return (
        start == 0
        or start in boundaries
        or bool(_BEFORE_NAME.match(text, start - 1))
        or text[max(0, start - 2) : start] in _BEFORE_NAME_WORDS
        or text[max(0, start - 3) : start] in _BEFORE_NAME_WORDS
    )


def trade_names(
    text: str,
    places: set[str],
    orgs: set[str],
    boundaries: Container[int],
    word_starts: set[int] | None = None,
) -> Iterator[tuple[int, int]]:
    """Head + trade (+ legal form) names: 南亚塑胶, 徐工机械, 台塑石化公司.

    ``word_starts``, where the segmenter's words begin in the text, keeps a head
    from starting inside a word (据悉东岳: 悉东岳 is no head) and a trade from
    being cut out of one (全自动化工厂 holds no 化工)."""
    size = len(text)
    segmented = word_starts is not None
    for trade_start, trade_end in _trades(text):
        # The trade starts a word, or head and trade are one word (国泰人寿).
        inside = segmented and trade_start not in word_starts
        for head_start in (trade_start - 2, trade_start - 3, trade_start - 4):
            # (A longer head's range holds a shorter one's: none is one word then.)
            if inside and not word_starts.isdisjoint(range(head_start + 1, trade_end)):
                break
            if head_start < 0:
                break
            if not "\u4e00" <= text[head_start] <= "\u9fff":
                break  # the head would take in a non-Chinese character
            if segmented and head_start not in word_starts:
                continue
            if not _starts_a_name(text, head_start, boundaries):
                continue
            match = SHAPED.match(text, head_start)
            if match is None or match.start("trade") != trade_start:
                continue
            end = match.end()
            if word_starts is not None and end < size and end not in word_starts:
                continue  # the name ends where a word does
            head, trade = match.group("head"), match.group("trade")
            legal = bool(_ENDS_LEGAL.search(match.group(0)))
            if not _head_is_name(head, places, orgs):
                continue
            if not legal and _INDUSTRY_NEXT.match(text, end):
                continue
            if head in places and not _place_names_company(head, trade, legal):
                continue
            yield head_start, end


# Every place a trade begins, overlapping ones too, found with the rules' anchors.
_TRADE_WORDS = Words(TRADES)


def _trades(text: str) -> list[tuple[int, int]]:
    """The trades after two Chinese characters, as a scan for them finds them: at
    each place the longest trade there, the next one only after its end."""
    longest = _TRADE_WORDS.longest(text)
    found = []
    last = 2  # two characters before the first
    for start in longest:
        if (
            start >= last
            and "\u4e00" <= text[start - 2] <= "\u9fff"
            and "\u4e00" <= text[start - 1] <= "\u9fff"
        ):
            last = longest[start]
            found.append((start, last))
    return found


# Trades that after a place make a company (长春石化) more often than an industry.
_PLACE_TRADES = frozenset(
    [
        "石化",
        "塑胶",
        "化学",
        "化工",
        "化纤",
        "钢铁",
        "重工",
        "机械",
        "精密",
        "实业",
        "控股",
        "集团",
        "股份",
        "公司",
    ]
)


def _place_names_company(place: str, trade: str, legal: bool) -> bool:
    """A town's name with a heavy-industry trade; not a region's industry (北美生物医药,
    无锡市生物医药) nor a country's (日本半导体)."""
    if len(place) > 3 or place[-1] in "市省县区洲国州":
        return False
    return any(trade.startswith(t) for t in _PLACE_TRADES)


# A stock code in parentheses right after a name: 通威股份(600438.SH), 比亚迪(1211).
# (A space or the parenthesis first, so the engine skips to one of them in C.)
_STOCK_CODE = re.compile(
    r"[\s(](?:(?<=\()|(?<=\s)\()\s?(?:\d{4,6}(?:\.(?:SH|SZ|HK|TW|BJ))?|\d{4,6}\s?(?:HK|TW))\s?\)"
)
_PARENTHESIS = re.compile(r"\(")
# Generic words a name after them is not part of: 蓝筹股通威, 硅料龙头隆基.
_GENERIC_BEFORE = re.compile(
    r".*(?:蓝筹股|龙头|巨头|厂商|车企|企业|公司|集团|旗下|子公司|母公司|大厂|晶圆代工厂|代工厂|"
    r"制造商|供应商|股|商|厂)"
)


# A legal form followed by a Latin name in parentheses: 沙特基础工业公司(SABIC).
_LATIN_AFTER_LEGAL = Anchored(re.compile(r"(?:公司|集团)(?=\s?\(\s?[A-Z][A-Za-z&.' -]{1,40}\))"))


def before_stock_codes(text: str, boundaries: Container[int]) -> Iterator[tuple[int, int]]:
    """Names before a stock code, and names in a legal form before their Latin name."""
    # (Every code's parenthesis is at its match's start or one after: only the
    # parentheses are tried, not every space of the text.)
    ends = [code.start() for code in finditer_near(_STOCK_CODE, text, _PARENTHESIS, 1)]
    ends.extend(legal.end() for legal in _LATIN_AFTER_LEGAL.finditer(text))
    for end in ends:
        low = end
        while low > 0 and low > end - 10 and "\u4e00" <= text[low - 1] <= "\u9fff":
            if low < end and _BEFORE_NAME.match(text, low - 1):
                break
            if low in boundaries and low < end:
                break
            low -= 1
        cut = _GENERIC_BEFORE.match(text, low, end)
        if cut and end - cut.end() >= 2:
            low = cut.end()
        if end - low >= 2:
            yield low, end


# A corporate title after an organisation's name: X董事长王某.
_CORPORATE_TITLE = Anchored(
    re.compile(
        r"(?:董事长|副董事长|总经理|总裁|执行长|首席执行官|董事会主席|创办人|创始人)(?:兼\w{2,5})?"
        r"(?=[\u4e00-\u9fff]{2,3}(?:[,,、。与和在表指说称出主致宣透强坦接率认也]|$)|[A-Z])"
    )
)
_GENERIC_OWNER = frozenset(
    [
        "公司",
        "集团",
        "该公司",
        "本公司",
        "母公司",
        "子公司",
        "企业",
        "该集团",
        "其",
        "工厂",
        "厂",
        "分公司",
        "党委书记",
        "董事会",
        "现任",
        "前任",
        "副",
        "原",
        "时任",
        "名誉",
        "荣誉",
        "联席",
        "首席",
        "执行",
        "常务",
        "轮值",
        "代理",
        "独立",
        "非执行",
        "候任",
        "新任",
        "首任",
    ]
)


def before_titles(
    text: str, places: set[str], orgs: set[str], boundaries: Container[int]
) -> Iterator[tuple[int, int]]:
    for title in _CORPORATE_TITLE.finditer(text):
        end = title.start()
        for length in (4, 3, 2):
            start = end - length
            if start < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", text[start:end]):
                continue
            head = text[start:end]
            if head in _GENERIC_OWNER or head in places:
                continue
            if not _starts_a_name(text, start, boundaries):
                continue
            if _head_is_name(head, set(), orgs, legal=True):
                yield start, end
                break


# Newspapers, news sites and agencies by their kind: 星岛日报, 21世纪经济报导, X新闻网.
_MEDIA = re.compile(
    r"(?P<name>[\u4e00-\u9fff\d]{2,6}?(?:日报|晚报|时报|早报|商报|周刊|经济报导|经济报道|新闻网|财经网|"
    r"通讯社|电视台))(?![\u4e00-\u9fff]{0,1}(?:记者|社长))?"
)


_MEDIA_KIND = Anchored(
    re.compile(r"日报|晚报|时报|早报|商报|周刊|经济报导|经济报道|新闻网|财经网|通讯社|电视台")
)


def media_names(text: str, boundaries: Container[int]) -> Iterator[tuple[int, int]]:
    for kind in _MEDIA_KIND.finditer(text):
        match = _MEDIA.search(text, max(0, kind.start() - 6), kind.end())
        if match is None or match.end() != kind.end():
            continue
        start, end = match.span("name")
        # The name starts after a break: (星岛日报报道), 据21世纪经济报导.
        for low in range(start, end - 3):
            if _starts_a_name(text, low, boundaries) and not re.match(r"[据经]", text[low]):
                yield low, end
                break


# Organisations of a kind named after a category: 主要钢厂包括宝武、鞍本等.
_CATEGORY_LIST = Anchored(
    re.compile(
        r"(?:钢厂|车企|企业|厂商|公司|银行|券商|机构|巨头|品牌|客户|同业|大厂|晶圆厂|面板厂|电池厂|车厂|集团)"
        r"(?:包括|如|有|涵盖|例如)(?P<items>(?:[\u4e00-\u9fffA-Za-z]{2,6}、){1,10}[\u4e00-\u9fffA-Za-z]{2,6})"
        r"(?=等)"
    )
)


def category_lists(text: str, places: set[str]) -> Iterator[tuple[int, int]]:
    for match in _CATEGORY_LIST.finditer(text):
        position = match.start("items")
        for item in match.group("items").split("、"):
            if item not in places and not re.search(r"[的了和与及在是为对从向将把被或等]", item):
                yield position, position + len(item)
            position += len(item) + 1


def short_forms(name: str, trade_words: Iterable[str] = TRADES) -> set[str]:
    """Later short forms of a shaped company name: 台塑石化公司 → 台塑石化, 台塑, 台塑化."""
    out: set[str] = set()
    bare = re.sub(rf"{_LEGAL}$", "", name)
    if bare != name and len(bare) >= 3:
        out.add(bare)
    # A subsidiary named by its place: 万华化学(福建)… → 万华福建.
    place = re.search(r"\(([\u4e00-\u9fff]{2,4})\)", name)
    if place:
        brand = re.match(rf"[\u4e00-\u9fff]{{2,4}}?(?=(?:{_TRADE})?\()", name)
        if brand:
            out.add(brand.group(0) + place.group(1))
        return out
    for trade in trade_words:
        if bare.endswith(trade) and len(bare) - len(trade) >= 2:
            head = bare[: -len(trade)]
            out.add(head)
            # Taiwan short forms keep the trade's last character: 台塑化, 华邦电.
            if trade in {"石化", "化学", "化工", "化纤"}:
                out.add(head + "化")
            elif trade in {"电子", "电力", "电机", "电器", "电工"}:
                out.add(head + "电")
            break
    return {form for form in out if len(form) >= 2 and form != name}


# Institutions named by their scope and field: 中国汽车工业协会, 国际智能运载科技协会.
_INSTITUTION = Anchored(
    re.compile(
        r"(?:国际|中国|全国|世界|亚洲|全球)[\u4e00-\u9fff]{2,10}?"
        r"(?:协会|学会|联合会|商会|联盟|基金会|研究院|研究所|促进会|委员会)"
    )
)


def institution_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _INSTITUTION.finditer(text):
        if not _NOT_IN_HEAD.search(match.group(0)[2:-2]):
            yield match.span()


_ORG_ENDING = re.compile(
    rf"(?:{_TRADE}|{_LEGAL}|协会|学会|委员会|银行|交易所|大学|学院|研究院|研究所|日报|时报|网|社|"
    r"部|局|署|厅|委|会|院|所|中心)$"
)


def looks_like_organisation(word: str) -> bool:
    """An organisation's ending, or a short Latin or Chinese brand (2-4 characters)."""
    return bool(_ORG_ENDING.search(word)) or 2 <= len(word) <= 4
