"""Rules for numeric entities: money, percentages, dates and quantities.

The rules run over a normalised copy of the text (full-width forms folded to
ASCII, Traditional folded to Simplified) that has exactly the original's length,
so every match offset is an offset into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .patterns import WHOLE, StartingWith, digits_listed
from .width import fold_width  # noqa: F401  (also imported from here)

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "千万": 1e7,
    "百万": 1e6,
    "兆": 1e12,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}


# Characters a number can begin with; a currency prefix; the relative-year words.
_NUMBER_FIRST = r"\d零〇一二两三四五六七八九十百千数几"
_PREFIX_FIRST = r"新人港美台UNR$¥€"
_RELATIVE_YEAR_FIRST = "今去明前后同当上本"
# What the other date forms begin with: 第三季, 首季, 下半年, 昨(5)日, 民国113年, FY2024.
_OTHER_DATE_FIRST = "民F"

# Possessive digits: nothing that may follow a number starts with a digit, so giving
# one back could never let a match succeed, only retry every later part per digit.
_ARABIC = r"\d++(?:,\d{3})*(?:\.\d+)?"
# 数十亿, 几百万: "some tens of", read as the low end
_CHINESE = (
    r"(?:[数几](?=[十百千]))?[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
)
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
_NUMERALS = "零〇一二两三四五六七八九十百千"


def _number_taken_first(after_first: str = "") -> str:
    """``_NUMBER`` with its first character taken before anything else (then
    ``after_first``, look-arounds moved behind it), and the rest chosen by that
    character.  A pattern that begins so is searched for in C, skipping to the next
    digit or numeral, where one beginning with a look-around or an alternation is
    tried at every position of the text."""
    return (
        rf"[{digits_listed(_NUMBER_FIRST)}]{after_first}"
        r"(?:(?<=\d)\d*+(?:,\d{3})*(?:\.\d+)?"
        rf"|(?<=[数几])(?=[十百千])[{_NUMERALS}]+(?:点[零〇一二三四五六七八九]+)?"
        rf"|(?<=[{_NUMERALS}])[{_NUMERALS}]*(?:点[零〇一二三四五六七八九]+)?)"
    )


_MULTIPLIER = r"(?:万亿|千亿|百亿|十亿|千万|百万|兆|亿|万|千|百)"
_RANGE_SEP = r"\s?(?:-|~|至|到)\s?"


def _amount_of(low: str) -> str:
    """number [multiplier] [range-separator number [multiplier]]; spaces as PDF text
    has them."""
    return (
        rf"(?P<low>{low})\s?(?P<lowmul>{_MULTIPLIER})?"
        rf"(?:{_RANGE_SEP}(?P<high>{_NUMBER})\s?(?P<highmul>{_MULTIPLIER})?)?"
    )


_AMOUNT = _amount_of(_NUMBER)

CURRENCY_WORDS = {
    "美元": "USD",
    "美金": "USD",
    "韩元": "KRW",
    "日元": "JPY",
    "日圆": "JPY",
    "欧元": "EUR",
    "英镑": "GBP",
    "港元": "HKD",
    "港币": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "人民币": "CNY",
    "卢布": "RUB",
    "澳元": "AUD",
    "新加坡元": "SGD",
    "泰铢": "THB",
    "越南盾": "VND",
    "卢比": "INR",
    "元": "CNY",
    "块钱": "CNY",
    "元人民币": "CNY",
    "元新台币": "TWD",
    "元港币": "HKD",
}
_CURRENCY_PREFIX = r"(?P<prefix>新台币|人民币|港币|美金|台币|US\$|NT\$|RMB|\$|¥|€)"
_CURRENCY_SUFFIXES = (
    *("元人民币", "元新台币", "元港币", "新加坡元", "新台币", "人民币", "美元", "美金", "韩元"),
    *("日元", "日圆", "欧元", "英镑", "港元", "港币", "台币", "卢布", "澳元", "泰铢", "越南盾"),
    *("卢比", "元", "块钱"),
)
_CURRENCY_SUFFIX = f"(?P<suffix>{'|'.join(_CURRENCY_SUFFIXES)})"


def _first_characters(words) -> str:
    """A look-ahead class of the characters ``words`` begin with: placed before an
    alternation of many words, it turns a position none can start at away with one
    set test instead of a try of each word (and of each way back into the number)."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


_PREFIX_CODES = {"US$": "USD", "$": "USD", "NT$": "TWD", "RMB": "CNY", "¥": "CNY", "€": "EUR"}

# A currency prefix, or an amount's characters (possessive: a suffix begins with
# none of them) up to a suffix's first one: most numbers name no money.
_MONEY_AHEAD = (
    rf"(?=(?:新台币|人民币|港币|美金|台币|US\$|NT\$|RMB|[$¥€])"
    rf"|[\d,.\s数几点零〇一二两三四五六七八九十百千万亿兆~至到\-]*+"
    rf"{_first_characters(_CURRENCY_SUFFIXES)})"
)
# (Each match's whole is its group WHOLE, as a StartingWith pattern gives it.)
MONEY_PATTERNS = (
    StartingWith(
        _PREFIX_FIRST + _NUMBER_FIRST,
        _MONEY_AHEAD
        + rf"(?:{_CURRENCY_PREFIX}\s?)?{_AMOUNT}\s?{_first_characters(_CURRENCY_SUFFIXES)}"
        rf"{_CURRENCY_SUFFIX}",
    ),
    # Starts with the prefix's alternatives, which the engine already scans for.
    re.compile(rf"(?P<{WHOLE}>{_CURRENCY_PREFIX}\s?{_AMOUNT}(?![\d.])(?P<suffix>))"),
    # A currency word written first and 元 after the figure: 港元5亿元, 美元20億元.
    # (Words that each begin with a character: the engine skips to those itself.)
    re.compile(
        rf"(?P<{WHOLE}>(?P<prefix>港元|港币|美元|日元|日圆|欧元|韩元|澳元|英镑)\s?"
        rf"{_AMOUNT}\s?(?P<suffix>元))",
    ),
)
# Amounts with a multiplier but no currency are money where the words around
# say so: 利润不到1000万, 一年流水3个亿, 可能会获10-15万补偿.
_MONEY_CUE_BEFORE = re.compile(
    r"(?:利润|营收|收入|流水|融资|估值|销售额|净利|亏损|盈利|投资|投|烧掉|花费|耗资|斥资|获|赔偿|补偿)"
    r"[^,。;,\d]{0,3}$"
)
_MONEY_CUE_AFTER = re.compile(r"\s?(?:补偿|赔偿|投资|资金|营收|利润|的投资|的融资|研发经费)")
# Only amounts with a multiplier count, so the scan asks for one ahead: a number's
# characters (possessive: 亿 and 万 are none of them) up to a 亿 or 万.  A number
# with none ahead that the scan no longer takes in never hid an amount with one: a
# multiplier met inside it fails as at its start, the text after being the same.
# (Checked after the number's first character, itself one of those characters; and
# no digit or point before it.)
_BARE_MONEY_AHEAD = r"(?<![\d.].)(?=[\d,.\s数几点零〇一二两三四五六七八九十百千个~至到\-]*+[亿万])"
BARE_MONEY = re.compile(
    rf"(?P<low>{_number_taken_first(_BARE_MONEY_AHEAD)})\s?个?(?P<lowmul>亿|万)?"
    rf"(?:{_RANGE_SEP}(?P<high>{_NUMBER})\s?个?(?P<highmul>亿|万))?"
    r"(?![\d.元美韩日欧英港台人币片辆吨名家个])",
)
# Per-share amounts in cents: 每股基本盈利约45.6分, 派息每股9分.
_CENTS = re.compile(r"(?P<low>\d(?<![\d.].)(?=[\d.]*+\s?分)\d*(?:\.\d+)?)\s?分(?![钟之析别享数])")


def _cents(folded: str) -> Iterator[re.Match[str]]:
    """``_CENTS.finditer(folded)``, tried only before each 分: an amount in cents is
    a run of digits and points, a digit first and none before it, then 分 (after a
    space maybe), so the one place it can start is that run's start.  A scan for
    digits would try every figure of the text."""
    at = folded.find("分")
    while at >= 0:
        low = at - 1 if at > 0 and folded[at - 1].isspace() else at  # (\s is isspace)
        start = low
        while start > 0 and (folded[start - 1].isdecimal() or folded[start - 1] == "."):
            start -= 1  # (\d is isdecimal)
        if start < low and folded[start].isdecimal():
            match = _CENTS.match(folded, start)
            if match is not None:
                yield match
        at = folded.find("分", at + 1)


_PER_SHARE = re.compile(r"每股[^,。;,]{0,8}$")
# What every percentage holds, checked first: a number followed by a % or 个百分点
# through its range and spaces (possessive: that run holds neither), 百分之, or a
# digit before 成.  Most numbers in a text are none of these.
_PERCENT_AHEAD = (
    r"(?=[\d,.\s~至到\-]*+(?:%|个百分点)|百分之|[一二两三四五六七八九]成|[1-9](?:\.\d)?成)"
)
PERCENT = StartingWith(
    r"\d\-百一二两三四五六七八九",
    _PERCENT_AHEAD + rf"(?:(?:(?<=[(\s:为至达])-)?(?P<low>{_ARABIC})\s?%?"
    rf"(?:{_RANGE_SEP}(?P<high>{_ARABIC}))?\s?(?:%|个百分点)"
    rf"|百分之(?P<cnlow>{_CHINESE})"
    # 四成产能 = 40%; not 成为/成立/成本 and the like
    r"|(?<![一二三四五六七八九十百千万亿\d.])(?P<tenths>[一二两三四五六七八九]|[1-9](?:\.\d)?)"
    r"成(?![为立功本员果长熟交型都了品像不]))",
)

_YEAR = r"(?:19|20)\d{2}"
_QUARTER = (
    r"(?:前三季度?|第[一二三四1-4]季度?|[一二三四1-4]季度|[首次]季度?|Q[1-4]|[上下]半年"
    r"|[1-2]H(?:\d{2})?|H[1-2])"
)
_DATE_SUFFIX = rf"(?:年初|年底|年末|年中|{_QUARTER})"
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
# What every date below holds at its start: at most four digits and the mark
# that follows them (年, 月, 日, Q, a range, a separator), or its opening word.  A
# run of digits followed by none of these (150万, 3.5%) is turned away at once.
_DATE_AHEAD = (
    r"(?=\d{1,4}+\s?[-/.~QE年月日至到世财]|一九|二[〇零]|[今去明前后同当上]年|[上本]世纪|民国|FY)"
)
DATE = StartingWith(
    r"\d一二" + _RELATIVE_YEAR_FIRST + _OTHER_DATE_FIRST,
    _DATE_AHEAD
    + "(?:"
    + "|".join(
        [
            # a year in Chinese numerals: 二〇二五年, 二〇二五年第三季, 二〇二四年十二月
            rf"(?<![〇零一二三四五六七八九十])(?:一九|二[〇零])[〇零一二三四五六七八九]{{2}}\s?年"
            rf"(?:\s?{_DATE_SUFFIX}|{_CN_MONTH}(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])?[日号]?|[初底末])?",
            rf"{_YEAR}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d)",
            rf"{_YEAR}\s?Q[1-4]",
            r"(?<![\d.])\d{2}Q[1-4](?!\d)",  # 22Q4
            # year ranges: 2021-2022年, 2020年-2025E
            rf"{_YEAR}\s?年?\s?(?:-|~|至|到)\s?{_YEAR}\s?(?:年|E(?![a-zA-Z]))",
            # the first months of a year: 2024年前十月, 2025年前4个月
            rf"{_YEAR}\s?年前\s?(?:1[0-2]|[1-9]|[一二三四五六七八九十]{{1,2}})\s?个?月",
            # fiscal and budget years: 2025年度, 2024财年, FY2024
            rf"{_YEAR}(?:/\d{{2}})?\s?(?:年度|财年)(?:\s?{_DATE_SUFFIX})?|FY\s?(?:{_YEAR}|\d{{2}})(?![\d])",
            # Minguo years as Taiwan writes them: 民国113年, 113年第3季, 113年5月
            r"民国\s?\d{2,3}\s?年(?:度)?(?:\s?(?:1[0-2]|0?[1-9])\s?月(?:\s?(?:3[01]|[12]\d|0?[1-9])\s?[日号])?|"
            rf"\s?{_DATE_SUFFIX}|[初底末])?",
            r"(?<![\d.])1[01]\d\s?年(?=\s?(?:第|上半|下半|前三|度|[1-9]月|1[0-2]月|全[台年]|[初底中]))"
            rf"(?:度)?(?:\s?(?:1[0-2]|0?[1-9])\s?月(?:\s?(?:3[01]|[12]\d|0?[1-9])\s?[日号])?|\s?{_DATE_SUFFIX})?",
            rf"{_YEAR}\s?年(?:\s?(?:1[0-2]|0?[1-9])(?:\s?(?:-|至|到)\s?(?:1[0-2]|[1-9]))?\s?月(?:份|底|初|末)?"
            rf"(?:\s?(?:3[01]|[12]\d|0?[1-9])\s?[日号])?|\s?{_DATE_SUFFIX}|[初底末]|中(?![国华部东西南北心外方资])|年末|年底|年初)?"
            rf"(?:\s?(?:-|至|到)\s?{_YEAR}\s?年[初底末]?|同期)?",
            # "上年" alone is a comparison (高于上年); 上年同期 is a point in time
            rf"上年(?:同期|度|{_DATE_SUFFIX}|(?:1[0-2]|[1-9])月)",
            rf"(?:今年|去年|明年|前年|后年|同年|当年)(?:度)?(?:\s?(?:1[0-2]|[1-9]|[一二三四五六七八九十]{{1,2}})"
            rf"(?:\s?(?:-|至|到)\s?(?:1[0-2]|[1-9]))?\s?月(?:份|底|初)?|{_DATE_SUFFIX}|[初底末]|同期)?",
            r"(?<![\d.])(?:1[0-2]|[1-9])\s?(?:-|至)\s?(?:1[0-2]|[1-9])\s?月(?:份)?",
            r"(?<![\d.年])(?:1[0-2]|0?[1-9])\s?月\s?(?:3[01]|[12]\d|0?[1-9])\s?[日号]",
            r"(?<![\d.年~-])(?:1[0-2]|[1-9])月(?:份|底|初|中旬|下旬|上旬)(?!\d)",
            rf"{_YEAR}E(?![a-zA-Z])",
            # decades: 上世纪80年代, 90年代 (not 90后, a generation)
            r"(?:上|本|20|21)世纪\s?[1-9]0\s?年代|(?<![\d.])(?:19|20)?[1-9]0\s?年代",
            # a bare month (4月, 4 月单月); not a duration (3个月) nor a month count
            r"(?<![\d.年~\-个])(?:1[0-2]|[1-9])\s?月(?![\d日号])",
            # a bare day after a clause break or "local time": 当地时间12日
            r"(?<![\d.月年第个多余每近前后])(?:3[01]|[12]\d|[1-9])日"
            r"(?=[在起将举公发宣表召出晚电正]|上午|下午|晚间|凌晨)|"
            r"(?<=时间)(?:3[01]|[12]\d|[1-9])日|(?<=[,。;])(?:3[01]|[12]\d|[1-9])日(?=[,,正起])",
        ]
    )
    + ")",
)

# Dates written without a year or a number first, in a pattern of their own so
# that the many characters they begin with (年, 上, 下, 第…) do not make the
# engine try every alternative above at each of them.
DATE_EXTRA = StartingWith(
    "前第一二三四12首次Q上下H昨今明当同翌周星本年这",
    "|".join(
        [
            # a quarter or half on its own: 第4季, 三季度, 首季, 上半年, Q3, 1H
            rf"(?<![\d〇零一二三四五六七八九年第A-Za-z]){_QUARTER}(?![A-Za-z\d])",
            # relative days and months: 昨(5)日, 今(6)日, 昨日, 本月, 上月, 上个月
            r"[昨今前明]\s?\(\s?(?:3[01]|[12]\d|[1-9])\s?\)\s?日|昨日(?!黄花)|今天(?![就还也都])"
            r"|当[日天](?![冲])|同日|翌日|次日|前一[日天]|(?:[上本下这]个?)?(?:周|星期)[一二三四五六日天](?![\u4e00-\u9fff]?年)"
            r"|(?:上|本|下)个?(?:周|星期)(?![期边末年刊报内])"
            r"|(?:本|上|下|当)(?:个)?月(?:份|底|初|中旬|下旬|上旬)?(?![份\u4e00-\u9fff]?[的]?(?:度|薪))"
            r"|(?:本|上|下)季度?(?![节])",
            # the end or middle of the year in the text's context: 年底前, 年中
            r"(?:(?<=^)|(?<=[,。;:、\s于在至到将并及和前较比自从])|(?<=预计)|(?<=截至))"
            r"年(?:底|中(?![国华部东西南北心外方资无])|初|末)(?![月\u4e00-\u9fff]?产)",
        ]
    ),
)

# Units of quantities that are not money.  Longest first so that 万片 beats 万.
QUANTITY_UNITS = sorted(
    [
        "片",
        "辆",
        "台",
        "套",
        "吨",
        "万吨",
        "千瓦",
        "兆瓦",
        "吉瓦",
        "GWh",
        "MWh",
        "kWh",
        "GW",
        "MW",
        "kW",
        "瓦",
        "名",
        "人",
        "家",
        "座",
        "条",
        "平方米",
        "平方公里",
        "亩",
        "公顷",
        "英寸",
        "英吋",
        "纳米",
        "奈米",
        "㎡",
        "m²",
        "微米",
        "毫米",
        "厘米",
        "nm",
        "米",
        "公里",
        "千米",
        "颗",
        "块",
        "枚",
        "张",
        "部",
        "架",
        "艘",
        "件",
        "栋",
        "公斤",
        "kg",
        "克",
        "升",
        "立方米",
        "TB",
        "GB",
        "PB",
        "只",
        "支",
        "根",
        "个",
        "项",
        "款",
        "所",
        "户",
        "位",
        "次",
        "倍",
        "条产线",
        "条生产线",
        "座工厂",
        "座晶圆厂",
        "万平方米",
        "层",
        "道",
        "片晶圆",
        "片/月",
        "公吨",
        "吉瓦时",
        "兆瓦时",
        "瓩",
        "万瓩",
        "公秉",
        "组",
        "度",
        "W",
        "Wh",
        "万公吨",
        "吋",
        "kwpm",
        "wpm",
        "TWh",
        "千瓦时",
        "兆瓦时",
        "GWp",
        "MWp",
        "桶",
        "人次",
        "坪",
        "吨/年",
        "辆/年",
    ],
    key=len,
    reverse=True,
)
# Classifiers that count rather than measure: with Chinese numerals they are too
# often idiom ("一家", "两个") to count as quantities.
_COUNTERS = {
    "个",
    "家",
    "名",
    "人",
    "位",
    "项",
    "款",
    "所",
    "户",
    "次",
    "件",
    "条",
    "座",
    "部",
    "只",
    "支",
    "根",
    "张",
    "道",
    "层",
    "倍",
    "台",
    "套",
    "块",
    "枚",
    "组",
}
_UNIT = "|".join(re.escape(u) for u in QUANTITY_UNITS)
# What every quantity holds after its first character: the characters of an amount
# (its number, multipliers, a range, spaces, 多 or 余) up to a unit's first one.
# Not possessive: some units begin with a multiplier (万吨, 千瓦).  Most numbers
# are followed by no unit (2025年, 3.5%) and are turned away here.
_QUANTITY_AHEAD = (
    r"(?=[\d,.\s数几点零〇一二两三四五六七八九十百千万亿兆~至到\-多余]*"
    f"[{''.join(sorted({re.escape(unit[0]) for unit in QUANTITY_UNITS}))}])"
)
QUANTITY = re.compile(
    rf"{_amount_of(_number_taken_first(_QUANTITY_AHEAD))}\s?(?:多|余)?{_first_characters(QUANTITY_UNITS)}(?P<unit>{_UNIT})"
    r"(?P<rate>\s?(?:/|每)\s?(?:月|年|天|日|小时))?"
    r"(?P<equiv>\s?\d{1,2}\s?英[寸吋](?:晶圆)?(?:当量|约当)?)?"
    r"(?P<noun>(?<=名)(?:员工|工人|研发人员|工程师|技术人员|科研人员|从业人员))?",
)


class NumericMatch(NamedTuple):
    # A tuple, not a frozen dataclass, which sets each field through
    # object.__setattr__: a long report has thousands of figures.
    start: int
    end: int
    type: str
    value: dict | None
    canonical: str


def parse_number(token: str) -> float | None:
    """``1,234.5`` → 1234.5; ``二十五`` → 25; ``三点五`` → 3.5."""
    token = token.replace(",", "").strip().lstrip("数几")
    if not token:
        return None
    try:
        return float(token)
    except ValueError:
        pass
    if "点" in token:
        whole, _, frac = token.partition("点")
        base = parse_number(whole) if whole else 0.0
        if base is None or not all(c in _CN_DIGITS for c in frac):
            return None
        return base + float("0." + "".join(str(_CN_DIGITS[c]) for c in frac))
    if not any(ch in _CN_UNITS for ch in token):  # "二〇二五": digit by digit
        if not all(ch in _CN_DIGITS for ch in token):
            return None
        return float("".join(str(_CN_DIGITS[ch]) for ch in token))
    total, current = 0, 0
    for ch in token:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return float(total + current)


def _amount(match: re.Match[str]) -> tuple[float, float] | None:
    low = parse_number(match.group("low"))
    if low is None:
        return None
    high_token = match.group("high")
    low_mul = MULTIPLIERS.get(match.group("lowmul") or "", 1.0)
    if not high_token:
        return _tidy(low * low_mul), _tidy(low * low_mul)
    high = parse_number(high_token)
    if high is None:
        return None
    high_mul = MULTIPLIERS.get(match.group("highmul") or "", 1.0)
    if not match.group("lowmul"):
        low_mul = high_mul  # "1.5-2 万片": the multiplier applies to both ends
    return _tidy(low * low_mul), _tidy(high * high_mul)


def _tidy(value: float) -> float:
    rounded = round(value, 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded


def _is_chinese_numeral(token: str | None) -> bool:
    return bool(token) and not token[0].isdigit()


def find_numeric(folded: str) -> list[NumericMatch]:
    """Every money, percent, date and quantity span in ``folded`` (see :func:`fold_width`)."""
    found: list[NumericMatch] = []
    for match in (m for pattern in MONEY_PATTERNS for m in pattern.finditer(folded)):
        amount = _amount(match)
        if amount is None:
            continue
        if _is_chinese_numeral(match.group("low")) and not match.group("lowmul"):
            continue  # "一元" in prose is rarely a figure
        prefix, suffix = match.group("prefix"), match.group("suffix")
        currency = CURRENCY_WORDS.get(prefix or "") or _PREFIX_CODES.get(prefix or "")
        if currency is None or (suffix and suffix != "元"):
            currency = CURRENCY_WORDS.get(suffix or "", currency or "CNY")
        value = {"low": amount[0], "high": amount[1], "unit": currency}
        found.append(_numeric(match, "MONEY", value, WHOLE))
    for match in BARE_MONEY.finditer(folded):
        if not (match.group("lowmul") or match.group("highmul")):
            continue  # 5万元: a 万 ahead, but the amount is the currency pattern's
        start, end = match.span()
        before = _MONEY_CUE_BEFORE.search(folded, max(0, start - 8), start)
        if before is None and not _MONEY_CUE_AFTER.match(folded, end):
            continue
        amount = _amount(match)
        if amount is not None:
            found.append(
                _numeric(match, "MONEY", {"low": amount[0], "high": amount[1], "unit": "CNY"})
            )
    for match in _cents(folded):
        if _PER_SHARE.search(folded, max(0, match.start() - 10), match.start()):
            cents = _tidy(float(match.group("low")) / 100)
            value = {"low": cents, "high": cents, "unit": "CNY"}
            found.append(_numeric(match, "MONEY", value))
    for match in PERCENT.finditer(folded):
        if match.group("cnlow"):
            low = parse_number(match.group("cnlow"))
            if low is None:
                continue
            value = {"low": low, "high": low, "unit": "%"}
        elif match.group("tenths"):
            tenths = match.group("tenths")
            low = _tidy(float(_CN_DIGITS.get(tenths) or float(tenths)) * 10)
            value = {"low": low, "high": low, "unit": "%"}
        else:
            sign = -1 if match.group(WHOLE).startswith("-") else 1
            low = sign * parse_number(match.group("low"))
            high = parse_number(match.group("high")) if match.group("high") else low
            unit = "pp" if match.group(WHOLE).endswith("百分点") else "%"
            value = {"low": _tidy(low), "high": _tidy(high), "unit": unit}
        found.append(_numeric(match, "PERCENT", value, WHOLE))
    for match in (m for pattern in (DATE, DATE_EXTRA) for m in pattern.finditer(folded)):
        start, end = match.span(WHOLE)
        canonical = _date_canonical(match.group(WHOLE))
        found.append(NumericMatch(start, end, "DATE", None, canonical))
    for match in QUANTITY.finditer(folded):
        unit = match.group("unit")
        if folded[match.start() - 1 : match.start()] == "第":
            continue  # an ordinal (第400家), not an amount
        if unit == "个" and folded[match.end() : match.end() + 1] in ("月", "亿", "百"):
            continue  # 3个月 is a duration; 3个亿 is money
        if unit == "度" and not (match.group("lowmul") or match.group("highmul")):
            continue  # 140亿度 is electricity; 30度 is a temperature or an angle
        after = folded[match.end() : match.end() + 1]
        if unit.isascii() and after.isascii() and after.isalpha():
            continue  # 25W but not 25WAN
        counted = unit in _COUNTERS and not match.group("lowmul")
        if counted and _is_chinese_numeral(match.group("low")):
            continue
        amount = _amount(match)
        if amount is None:
            continue
        written_unit = unit + (match.group("rate") or "").replace(" ", "")
        if match.group("equiv"):
            written_unit += " " + match.group("equiv").strip().replace(" ", "")
        # Taiwan usage (英吋, 奈米) written as the Mainland unit, so values compare.
        written_unit = written_unit.replace("英吋", "英寸").replace("奈米", "纳米")
        value = {"low": amount[0], "high": amount[1], "unit": written_unit}
        found.append(_numeric(match, "QUANTITY", value))
    return found


def _numeric(match: re.Match[str], type_: str, value: dict, whole: int | str = 0) -> NumericMatch:
    start, end = match.span(whole)
    # (str.split() splits on the characters \s matches: the text without its spaces)
    return NumericMatch(start, end, type_, value, "".join(match.group(whole).split()))


_ISO = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})[日号]$")


def _date_canonical(text: str) -> str:
    compact = "".join(text.split())
    iso = _ISO.match(compact)
    if iso:
        year, month, day = iso.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return compact
