"""Pattern rules for names the dictionaries cannot list: registered company names,
people introduced by a title, Latin names and spelled-out terms in parentheses.

Every rule runs on the Simplified, width-folded copy and returns spans into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Common Chinese surnames: a segmenter "person" tag on a word that starts with none
# of these is far more often a mis-tag (许可证, 折戟) than a name.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
    "邝蔺钮"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "慕容",
    "令狐",
    "皇甫",
    "尉迟",
    "长孙",
)

# Titles that introduce a person's name: 秘书长崔东树, 总经理王强, 董事长兼首席执行长魏振昌.
TITLES = (
    "董事长|总经理|副总经理|总裁|副总裁|首席执行官|首席执行长|执行长|首席技术官|首席财务官|"
    "创始人|联合创始人|董事|秘书长|副秘书长|会长|副会长|理事长|主席|副主席|部长|副部长|局长|"
    "副局长|主任|副主任|省长|市长|副市长|书记|院长|副院长|所长|教授|研究员|分析师|首席经济学家|"
    "经济学家|发言人|负责人|总监|合伙人|CEO|CTO|CFO|记者|专家"
)
_NAME = r"[\u4e00-\u9fff]{2,3}"
# After the name: a speech verb, an honorific or a clause boundary.
_AFTER_NAME = (
    r"(?=表示|指出|认为|强调|称|说|介绍|透露|坦言|提到|分析|看来|也|在|对|博士|先生|女士|教授|"
    r"[,,:“\"(、。])"
)
TITLE_PERSON = re.compile(rf"(?:{TITLES})(?:兼(?:{TITLES}))?(?P<name>{_NAME}){_AFTER_NAME}")

# "杰弗里·凯斯勒(Jeffery Kessler)": a Latin name right after a recognised person.
LATIN_NAME = re.compile(r"\s?\(\s?(?P<name>[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){1,2})\s?\)")
# A Latin name opening a line of an interview: "Gordon Feller:".
SPEAKER = re.compile(r"(?:^|(?<=[。?!\n]))(?P<name>[A-Z][a-z]+ [A-Z][a-z]+)(?=\s?:)")

# Spelled-out name of a product in parentheses: "CoWoS(Chip-on-Wafer-on-Substrate)".
LATIN_EXPANSION = re.compile(
    r"\s?\(\s?(?:[A-Za-z]{2,8},\s?)?(?P<name>[A-Z][A-Za-z]+(?:[ -][A-Za-z]+){1,5})\s?[,)]"
)

# "(FOPLP, Fan-Out Panel Level Packaging)": the spelled-out name after the abbreviation.
LATIN_AFTER_COMMA = re.compile(r",\s?(?P<name>[A-Z][A-Za-z]+(?:[ -][A-Za-z]+){1,5})\s?\)")

# Registered company names end in a legal form; the name runs back to a clause
# boundary.  A place may sit in parentheses: 先进半导体装置(深圳)有限公司.
COMPANY = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:\([\u4e00-\u9fff]{2,4}\)[\u4e00-\u9fff]{0,6})?"
    r"(?:股份)?有限(?:责任)?公司)"
)
# Characters that never sit inside a company name and mark where one starts.
_COMPANY_BREAK = re.compile(r".*[的与和及是为在由向对将被了把从给于据称]")

# Government bodies named by place and function: 镇江经济开发区人民法院.
COURT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:中级|高级)?人民(?:法院|检察院))")

# A named model in quotes: “南风一号”, “天宫二号”.
NUMBERED_PRODUCT = re.compile(
    r"(?<=[“\"「《])(?P<name>[\u4e00-\u9fffA-Za-z]{1,6}[一二三四五六七八九十\d]{1,3}号)(?=[”\"」》])"
)

ADMIN_SUFFIX = re.compile(
    r"(?:自治区|特别行政区|街道|新区|省(?![份钱力时心事])|市(?![场值民面况政区])|"
    r"区(?![域块间别分])|县(?![域城])|州(?![长立])|镇(?![定静])|乡(?![村镇]))"
)
# A foreign or unlisted city right after a country: 韩国清州市, 德国斯图加特市.
CITY_AFTER_COUNTRY = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:市|州|省|县|郡|道))(?![场值民])")


def is_plausible_chinese_name(word: str) -> bool:
    if "·" in word:
        return True
    if word[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return word[0] in SURNAMES and 2 <= len(word) <= 3


def _windows(text: str, marker: str, before: int = 36, after: int = 4):
    """Short stretches ending just after each ``marker``: the expensive name
    patterns only run where a legal form or court name occurs."""
    at = text.find(marker)
    while at >= 0:
        start = max(0, at - before)
        yield start, at + len(marker) + after
        at = text.find(marker, at + 1)


def company_names(text: str) -> Iterator[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    for low, high in _windows(text, "公司"):
        for match in COMPANY.finditer(text, low, high):
            if match.span() not in seen:
                seen.add(match.span())
                yield from _company_span(text, match)


def _company_span(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The name without the clause words the pattern swallowed before it."""
    start, end = match.span("name")
    cut = _COMPANY_BREAK.match(text, start, end - 4)
    if cut:
        start = cut.end()
    if end - start >= 6:
        yield start, end


_COURT_BREAK = re.compile(r".*[的与和及是为在由向对将被了把从给于据称省]")


def court_names(text: str) -> Iterator[tuple[int, int]]:
    """Courts and procuratorates; a province before them is a place of its own."""
    for low, high in _windows(text, "人民"):
        match = COURT.search(text, low, high)
        if match is None:
            continue
        start, end = match.span("name")
        cut = _COURT_BREAK.match(text, start, end - 4)
        if cut:
            start = cut.end()
        if end - start >= 6:
            yield start, end
