"""Production-capacity statements: one record per stated figure, with its evidence span.

Rules work on a Simplified, width-folded copy of the text of the same length, so
one rule serves both scripts and every span is a span of the original.  A figure
is a quantity in a production unit (万片, 辆, 亿块, GW, …); it counts as capacity
when a capacity word (产能, 月产能, 设计产能, …) comes before it in its sentence or
in its own clause.  Figures that only qualify another noun (``5万片晶圆的…投资``) or
feed an estimate (``…估算``) are not statements of capacity.

Two table shapes of wafer reports are read as well: a project table (company,
fab, status, location, planned capacity, completion year, process, investment)
and a year-column table (``2021年末产能(万片/月)2022年末产能(万片/月)``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..nlp.numbers import find_numeric, fold_width, parse_number
from ..script import to_simplified
from ..vocabulary import (
    ACTUAL,
    ADDITION,
    COMPANY_SCOPE,
    FORECAST,
    LEVEL,
    MARKET_SCOPE,
    PLANNED,
    TOTAL_SCOPE,
)
from .places import COUNTRY_PATTERN


@dataclass(frozen=True)
class Span:
    """A recognised entity: offsets into the text, type, surface text."""

    start: int
    end: int
    type: str
    text: str
    curated: bool = False  # from the domain dictionaries (higher precision than tagging)
    canonical: str = ""  # the entity's canonical name, when recognition gave one


@dataclass(frozen=True)
class CapacityRecord:
    start: int  # evidence span in the text
    end: int
    value_low: float
    value_high: float | None
    unit: str
    company: str = ""  # the canonical entity
    site: str = ""
    location: str = ""
    product: str = ""
    period: str = ""
    year: int | None = None
    status: str = ""
    investment_amount: float | None = None
    investment_currency: str = ""
    company_written: str = ""  # the company as the text writes it
    scope: str = COMPANY_SCOPE
    measure: str = LEVEL
    qualifier: str = ""  # a wafer-size equivalence stated for the figure, e.g. 12英寸当量

    def values(self) -> dict:
        return {
            "company": self.company,
            "company_written": self.company_written,
            "scope": self.scope,
            "measure": self.measure,
            "unit_qualifier": self.qualifier,
            "site": self.site,
            "location": self.location,
            "product": self.product,
            "value_low": self.value_low,
            "value_high": self.value_high,
            "unit": self.unit,
            "period": self.period,
            "year": self.year,
            "status": self.status,
            "investment_amount": self.investment_amount,
            "investment_currency": self.investment_currency,
        }


# Words that make a figure a capacity: 产能 and its kin, and the project forms 年产/月产
# (年产量 is output, not capacity).
KEYWORD = re.compile(
    r"产能|生产能力|设计能力|加工能力|处理能力|制造能力|(?<![生投])[年月日]产(?!量|值|品)|"
    r"年加工|年处理|年制造|年组装|年生产(?!量)|可生产|规模|[炼冶产]\S?能力"
)
_SENTENCE_END = re.compile(r"[。!?\n]")
_CLAUSE_END = re.compile(r"[,;:。!?\n]")

_NUM = r"\d+(?:\.\d+)?"
# Figures as sources write them: 1,500 / 1.2 / 三十 / 两百五十
_FIGURE_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|[一二三四五六七八九十两〇零][一二三四五六七八九十两百千〇零]{0,5}"
)
_UNITS = (
    r"GWh|MWh|kWh|GWp|MWp|GW|MW|kwpm|kwspm|wspm|wpm|千瓦时|兆瓦时|吉瓦时|万千瓦|千瓦|兆瓦|吉瓦|"
    r"公吨|万吨|吨|万t|kt|Mt|t(?=\s?/\s?a)|瓦(?!时)|片|辆|块|颗|台|套|只|枚|件|罐|平方米"
)
FIGURE = re.compile(
    rf"(?<![\d.,])(?:(?P<wan>\d{{1,4}})\s?万\s?(?=\d{{1,4}}\s?(?:{_UNITS})))?(?P<low>{_FIGURE_NUM})"
    rf"(?:\s?(?:万|千)?\s?(?:{_UNITS})?\s?(?:-|~|–|—|至|到)\s?(?P<high>{_FIGURE_NUM}))?\s?"
    rf"(?P<mul>万亿|亿|万|千)?\s?(?P<unit>{_UNITS})"
    r"(?P<rate>\s?/\s?(?:月|年|日|天|a(?![A-Za-z])))?"
    r"(?P<equiv>\s?[(（]?\s?(?:等效)?\s?\d{1,2}\s?英[寸吋](?:晶圆)?(?:当量|约当)?)?"
)
# "22/38万片": two figures sharing one unit
# "22/38万片", "分别为1、2、3万吨": figures sharing the unit of the last one
_SHARED_UNIT_LIST = re.compile(rf"(?:{_NUM}\s?(?:/|、|和|及|与)\s?)+$")
_LISTED_NUMBER = re.compile(_NUM)
_QUALIFIES_NOUN = re.compile(
    r"\s?(?:晶圆)?(?:的(?!产能|生产能力|设计产能|同时|规模|水平|目标|[,。])|晶圆厂|厂)"
)
_ESTIMATE = re.compile(r"估算|假设|相当于")
# A change in capacity, not a level: "每年将增长78万片/月", "月产能增长分别为22/38万片"
# ("增至", "提升至" state the level reached, "再增加15万片/月的产能" capacity added: they stay).
# A fall in capacity is not a figure of capacity; a rise by a stated amount is an addition.
_DECREASE = re.compile(r"(?:下降|减少)(?:了|约|分别为|分别是|\s)*(?:\d+(?:\.\d+)?/)*$")
_ADDITION = re.compile(
    r"(?:新增|再增加|增加|扩产|扩建(?!后)|增产|扩充|增长|成长|追加|增添|加码|在建)"
    r"(?!至|到|为|了?\d+(?:\.\d+)?%)"
)
# A total of a table or list ("Top5合计"), as against a market's total ("全球…合计").
_TOTAL = re.compile(r"合计|总计|共计|总和|加计|共达|总产能|总年产能|总设计产能")
_RANKED = re.compile(r"(?:top|前)\s?\d|[三五十]大", re.IGNORECASE)
# A wafer-size equivalence stated earlier for the figures that follow ("等效8英寸").
_EQUIVALENCE = re.compile(
    r"(?:等效|约当)\s?(?P<a>\d{1,2})\s?英[寸吋]|(?P<b>\d{1,2})\s?英[寸吋](?:晶圆)?\s?(?:当量|约当)"
)
_MORE_THAN = re.compile(r"(?:超过|逾|超|突破|破)\s?(?:约)?\s?$")
_AT_LEAST_AFTER = re.compile(r"\s?(?:以上|多)")
_YEAR = re.compile(
    r"(?<![\d.])(?:(?P<full>(?:19|20)\d{2})\s?(?:年|E\b|Q[1-4])|(?P<short>\d{2})Q[1-4])"
)

_DONE_AFTER = re.compile(r"^[^。;]{0,30}?已(?:于|在)?[^。;,]{0,10}?(?:投产|建成|量产|达产|投运)")
_PLANNED_AFTER = re.compile(
    r"^[^。;]{0,40}?(?:预计|计划|拟|将于|将在|有望)[^。;]{0,16}?(?:投产|建成|达产|量产|投运|完工)"
)
# "…20GWh钠电池项目开工": a project whose building has begun
_STARTED_AFTER = re.compile(r"^[^。;,]{0,20}?(?:开工|动工|动土|开建|奠基|签约|落地|获批)")
_FORECAST = re.compile(r"预估|预测|预期|有望|估计|法人|机构|分析师")
_PLANNED = re.compile(
    r"规划|计划|目标|拟|将(?!近)|(?:建成|达产|投产|完工|竣工|扩建|扩产)后|新增|提升至|扩至|扩大至|"
    r"扩充至|预计|待建|在建|(?<!已)建设|新建|投建|筹建|开工|上看|届时|明年|未来|可达|"
    r"(?<![协学议社])会(?![议员长计])"
)
# "产能达到" alone is a level reached; a plan's "将达到" is caught by 将.
# A year's end stated with its year ("2023年底月产能") is a level reached, unless aimed at.
_ACTUAL = re.compile(
    r"已|截至|目前|现有|现阶段|当前|如今|(?<![到至将])(?:19|20)\d{2}\s?年\s?(?:底|末)"
)

_SITE = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]{1,8}?(?:工厂|厂区|厂|基地)")
_SITE_LEAD = re.compile(r"^(?:的|在|于|将|至|是|其|该|新|两座|多座|各|这座|即|与|及|和)+")
_GENERIC_SITE = re.compile(r"^(?:晶圆|封测|代工|芯片|工|本土|海外|新)?(?:工厂|厂区|厂|基地)$")
_PRODUCT_LEAD = re.compile(
    r"^(?:预计|全球|建成后|年新增|新增|总|合计|设计|规划|先进制程|每年|当前|现有|自主|该|公司|目前|"
    r"年底|年末|年初|底|末|年|月|的)+"
)
_PRODUCT_TRAIL = re.compile(r"(?:总|月|年|每|合计|设计)*$")
_NOT_PRODUCT = {"产线", "公司", "工厂", "厂", "企业", "行业", "全球", "各", "晶圆厂"}
# Organisations that report figures rather than produce: never the capacity's owner.
_SOURCE_ORG = re.compile(
    r"财联社|证券时报|新华社|中新社|中央社|路透|彭博|日报|晚报|新闻|电视台|网$|"
    r"咨询|证券|智库|研究|协会|学会|SEMI|TrendForce|集邦|IDC|Gartner|Counterpoint|"
    r"德勤|麦肯锡|中金|商务部|工信部|工业和信息化部|国家统计局|海关总署|"
    r"能源局|发改委|发展改革委|国务院|人民政府|管委会|工信厅|经信委|经济部|省委|市委|党委|政府$"
)
# "存储公司", "龙头企业": a kind of company, not a company
_GENERIC_OWNER = re.compile(
    r"^(?:存储|晶圆|芯片|半导体|面板|电池|整车|车|材料|化工|光伏|相关|龙头|头部|国内|海外|本土|外资|"
    r"中资|台资|日资|韩资|美资|上市|民营|国有|大型|中小|这些|该|其他|多家|各|全球|主要|下游|上游)"
    r"(?:公司|企业|厂商|集团|厂|业者)$"
)
# What recognition sometimes takes for a company: a technology or product (钠离子电池).
_PRODUCT_NAME = re.compile(
    r"^(?:钠离子|锂离子|磷酸铁锂|三元|固态|半固态|动力|储能|刀片|光伏|硅)[\u4e00-\u9fff]{0,6}?"
    r"(?:电池|电芯|材料|组件|硅片)?$"
)
_REPORTS = re.compile(r"\s?(?:的)?(?:不完全)?(?:统计|数据显示|报道|调研|研报|报告显示)")
# A market's own plans and projects under way are planned, not foreseen.
_MARKET_PLAN = re.compile(r"计划|规划|在建|目标|拟建|宣布")
# A market's capacity spoken of earlier: the companies before it own none of what follows.
_MARKET_CAPACITY = re.compile(r"(?:全球|行业|全国|各国)[^,。;!?]{0,12}产能")
_MARKET = re.compile(r"全球|行业|全国|我国|中国大陆|各国|各地")
_SEGMENT_END = re.compile(r"[;。!?\n]")
_PRODUCT_CUT = re.compile(r"[的在是将其和与及等、,:;()()「」“”\s\d寸吋]|提升项目|项目")
_PRODUCT_KEYWORD = re.compile(r"产能|生产线|产线")


def _norm(text: str) -> str:
    return fold_width(to_simplified(text))


def _sentences(norm: str):
    start = 0
    for match in _SENTENCE_END.finditer(norm):
        yield start, match.end()
        start = match.end()
    if start < len(norm):
        yield start, len(norm)


def _clause_start(norm: str, lo: int, pos: int) -> int:
    cut = lo
    for match in _CLAUSE_END.finditer(norm, lo, pos):
        cut = match.end()
    return cut


def _clause_end(norm: str, pos: int, hi: int) -> int:
    match = _CLAUSE_END.search(norm, pos, hi)
    return match.start() if match else hi


def _mentions(norm: str, given: Sequence[Span] | None) -> list[Span]:
    """Dictionary entities (companies, places, products) plus any given mentions."""
    from ..nlp.lexicon import default_lexicon

    # the recogniser's canonical (which knows the analyst's lexicon) wins
    recognised = {(s.start, s.end, s.type): s.canonical for s in given or () if s.canonical}
    found = [
        Span(
            m.start,
            m.end,
            m.entry.type,
            norm[m.start : m.end],
            curated=True,
            canonical=recognised.get((m.start, m.end, m.entry.type), m.entry.canonical),
        )
        for m in default_lexicon().find(norm)
    ]
    taken = {(s.start, s.end) for s in found}
    for span in given or ():
        if (span.start, span.end) not in taken and span.type in ("ORG", "GPE", "PRODUCT"):
            found.append(span)
    listed = _listed_companies(norm, found)
    # a listed company's full name wins over a part of it recognised alone (精工 in 富临精工)
    found = [
        f
        for f in found
        if not any(f.type == "ORG" and n.start <= f.start and f.end <= n.end for n in listed)
    ]
    found.extend(listed)
    found.extend(_announcing_subjects(norm, [*found, *(given or ())]))
    return sorted(found, key=lambda s: s.start)


# A listed company named with its stock code: 富临精工(300432), 协鑫科技(03800), 台积电(2330)
_STOCK_CODE = re.compile(
    r"\s?[(（]\s?(?:(?:SH|SZ|HK|TW)\s?[:：.]?\s?)?\d{4,6}(?:\s?\.\s?(?:SH|SZ|HK|TW))?\s?[)）]"
)
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}$")
# Words a name never starts with: what precedes it in a sentence ("1月5日晚间,富临精工…")
_NAME_LEAD = re.compile(
    r"^.*?(?:晚间|早间|今日|近日|日前|昨日|当日|日|公告|消息|报道|旗下|控股|子公司|与|和|及|、|"
    r"据|称|由|对|向|在|于|是|为|的|了|其)(?=[\u4e00-\u9fffA-Za-z]{2})"
)


# A sentence opened by who announces: "科力远近日发布公告称", "華德動能宣布"
_ANNOUNCER = re.compile(
    r"(?:^|(?<=[。\n!?]))\s*(?:\d{1,2}月\d{1,2}日(?:晚间|早间)?[,，]?\s*)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)\s?"
    r"(?:近日|日前|今日|昨日|今天|昨天|今年|此前)?(?:发布公告|公告|宣布|表示|透露|指出|称)"
)
_NOT_ANNOUNCER = re.compile(
    r"^(?:公司|该公司|本公司|集团|项目|我们|记者|官方|政府|据悉|根据|据|报道|消息|数据|资料|业内|市场|"
    r"分析|研究|专家|人士|董事长|总经理|总裁|负责人)|(?:人士|专家|记者|部门|官员)$"
)


def _announcing_subjects(norm: str, known: list[Span]) -> list[Span]:
    """Companies that open a sentence announcing something, when recognition missed them."""
    out = []
    for match in _ANNOUNCER.finditer(norm):
        start, end = match.span("name")
        if _NOT_ANNOUNCER.search(match["name"]) or any(
            k.start < end and start < k.end for k in known
        ):
            continue  # generic, or already an entity (a person, a place, a company)
        out.append(Span(start, end, "ORG", norm[start:end]))
    return out


def _listed_companies(norm: str, known: list[Span]) -> list[Span]:
    """Companies named with their stock code that recognition did not find as such."""
    out = []
    for code in _STOCK_CODE.finditer(norm):
        named = _NAME_BEFORE.search(norm, max(0, code.start() - 12), code.start())
        if named is None:
            continue
        lead = _NAME_LEAD.match(named[0])
        start = named.start() + (lead.end() if lead else 0)
        end = named.end()
        if end - start < 2 or any(
            k.type == "ORG" and k.start <= start and end <= k.end for k in known
        ):
            continue
        out.append(Span(start, end, "ORG", norm[start:end]))
    return out


def _nearest_before(spans: list[Span], type_: str, lo: int, pos: int) -> Span | None:
    best = None
    for span in spans:
        if span.type == type_ and lo <= span.start and span.end <= pos:
            best = span
    return best


def _nearest_around(spans: list[Span], type_: str, lo: int, pos: int, hi: int) -> Span | None:
    before = _nearest_before(spans, type_, lo, pos)
    if before:
        return before
    return next((s for s in spans if s.type == type_ and pos <= s.start and s.end <= hi), None)


def _status(clause: str, before: str, after: str = "") -> str:
    """Whether a figure exists, is planned or is foreseen.

    An estimate by others (法人, 预估, 有望) anywhere in the clause or just before it
    makes a forecast; otherwise the cue nearest the figure in its clause decides
    ("目前…将扩充至": planned), then the text just before, then what follows the
    figure ("…年产5万吨, 已于2023年投产"; "…, 预计2026年建成").  A figure stated with
    no cue is taken as it is written: as capacity that exists.
    """
    for text in (clause, before[-40:]):
        if _FORECAST.search(text):
            return FORECAST
        cues = [
            (match.end(), status)
            for pattern, status in ((_PLANNED, PLANNED), (_ACTUAL, ACTUAL))
            for match in pattern.finditer(text)
        ]
        if cues:
            return max(cues)[1]
    for pattern, status in (
        (_DONE_AFTER, ACTUAL),
        (_PLANNED_AFTER, PLANNED),
        (_STARTED_AFTER, PLANNED),
    ):
        if pattern.search(after):
            return status
    return ACTUAL


# The year a project is due ("预计2026年投产"): the year its capacity refers to.
_DUE_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s?年(?:底|末|中|初|前|内)?[^,。;]{0,8}?"
    r"(?:投产|建成|达产|量产|竣工|完工|投运|满产|全面达产)"
)


# A plant or project named by its capacity: "10万吨颗粒硅项目", "300万吨/年乙烯装置".
_PROJECT_NOUN = re.compile(r"项目|装置|生产线|产线|基地")
_NAMED_BY_CAPACITY = re.compile(
    r"(?!级)\s?[^,。;:!?\n]{0,30}?(?:项目|装置|生产线|产线|基地)(?!公司)"
)
# Output, sales and installations are not capacity, nor a year-on-year change.
_NOT_CAPACITY = re.compile(r"产量|出货|销量|装机|产值|营收|需求量|同比")


def _states_capacity(
    norm: str, match: re.Match, s_lo: int, c_lo: int, clause: str, listed: bool = False
) -> bool:
    """Whether a figure is a capacity: a capacity word before it in its sentence or in its
    clause (the nearer than any output word), a rate unit (万吨/年), a project it names,
    or an item of a list that a line about capacity leads in ("主要基地产能:")."""
    before = norm[c_lo : match.start()]
    keyword = list(KEYWORD.finditer(before))
    output = list(_NOT_CAPACITY.finditer(before))
    if output and (not keyword or output[-1].start() > keyword[-1].start()):
        return False
    if keyword or KEYWORD.search(norm, s_lo, match.start()) or KEYWORD.search(clause):
        return True
    if listed:
        return True
    if match["rate"] and match["unit"] not in ("片", "件", "台"):
        return True
    return bool(_NAMED_BY_CAPACITY.match(norm, match.end()))


# A line of a list: a bullet, a number, or a short "name: figure" line.
_LIST_ITEM = re.compile(
    r"^\s*(?:[-•·*▪●]|\d{1,2}\s?[.、)]|[(]\d{1,2}[)]|[一二三四五六七八九十]、|[^,。]{1,16}:)"
)


# "由40万吨增加至50万吨": the level a change starts from exists
_FROM = re.compile(r"(?:由|从)\s?(?:约|目前的|现有的|现有)?\s?$")


def _due_year(norm: str, match: re.Match, s_hi: int) -> int | None:
    due = _DUE_YEAR.search(norm, match.end(), min(s_hi, match.end() + 40))
    return int(due["year"]) if due else None


def _idiom(match: re.Match) -> bool:
    """A Chinese numeral with a bare counter ("一台", "两套") counts things, it is no figure."""
    low = match["low"]
    return not low[0].isdigit() and not match["mul"] and match["unit"] not in ("吨", "万吨")


_COUNTRY = re.compile(rf"(?:{COUNTRY_PATTERN}|我国|全国|国内|中国大陆|大陆|台湾|欧洲|欧盟|东南亚)$")


_PLANT_AFTER = re.compile(r"\s?[\u4e00-\u9fff]{0,4}?(?:新)?(?:厂|工厂|基地|子公司|分公司)")


def _country_subject(norm: str, spans: list[Span], s_lo: int, c_lo: int, pos: int) -> bool:
    """Whether the figure's clause speaks of a country's capacity: a country in the
    clause, and no company in the sentence, before the figure."""
    country = [
        s
        for s in spans
        if s.type == "GPE"
        and c_lo <= s.start
        and s.end <= pos
        and _COUNTRY.match(s.text)
        and not _PLANT_AFTER.match(norm, s.end)  # 德国厂: a plant, not the country
    ]
    if not country:
        return False
    return not any(s.type == "ORG" and s_lo <= s.start and s.end <= pos for s in spans)


def _scope(segment: str, clause: str, has_owner: bool) -> str:
    """Whose figure: a company's, a table's or list's total, or a market's."""
    if _TOTAL.search(clause) and (_RANKED.search(segment) or not _MARKET.search(segment)):
        return TOTAL_SCOPE
    if _MARKET.search(clause) or (not has_owner and _MARKET.search(segment)):
        return MARKET_SCOPE
    return COMPANY_SCOPE


def _equivalence(norm: str, match: re.Match, s_lo: int) -> str:
    """The wafer-size equivalence of a figure: its own, else one stated just before it."""
    if match["equiv"]:
        return ""  # in the unit as written
    return equivalence_before(norm, match.start(), s_lo)


def equivalence_before(norm: str, pos: int, lo: int) -> str:
    """A wafer-size equivalence stated in the 300 characters before ``lo``, up to ``pos``."""
    lo = max(0, lo - 300)
    paragraph = norm.rfind("\n\n", lo, pos)
    found = list(_EQUIVALENCE.finditer(norm, max(lo, paragraph), pos))[-1:]
    if not found:
        return ""
    return f"{int(found[0]['a'] or found[0]['b'])}英寸当量"


def _year(norm: str, lo: int, pos: int, hi: int) -> int | None:
    found = None
    for match in _YEAR.finditer(norm, lo, pos):
        found = match
    if found is None:
        found = _YEAR.search(norm, pos, hi)
    if found is None:
        return None
    if found["full"]:
        return int(found["full"])
    return 2000 + int(found["short"])


# A full date the text is written on or reports from: "2025年4月25日", "2016-06-28".
_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]|-\d{1,2}-\d{1,2})"
)
# (后年 and 前年 are left out: 建成后年产… and 目前年产… read as them.)
_RELATIVE_YEAR = re.compile(r"(?P<word>今年|明年|去年)(?:底|末|中|初|内|前)?")
_YEAR_OFFSETS = {"去年": -1, "今年": 0, "明年": 1}


def reference_year_of(norm: str) -> int | None:
    """The year a text speaks from: the latest of the full dates it gives, if any (a
    dateline, "4月25日" events of that year; past events are dated earlier)."""
    years = [int(found[1]) for found in _FULL_DATE.finditer(norm)]
    return max(years) if years else None


def _relative_year(norm: str, c_lo: int, pos: int, reference: int | None) -> int | None:
    """今年底, 明年 before the figure, read against the text's own date."""
    if reference is None:
        return None
    found = list(_RELATIVE_YEAR.finditer(norm, c_lo, pos))
    return reference + _YEAR_OFFSETS[found[-1]["word"]] if found else None


def _unit_text(text: str, match: re.Match, period: str) -> str:
    """The unit as the source writes it, e.g. 萬片/月 12英吋晶圓當量 (original script)."""
    unit = (
        text[match.start("mul") : match.end("unit")]
        if match["mul"]
        else text[match.start("unit") : match.end("unit")]
    )
    unit = unit.replace(" ", "")
    if match["rate"]:
        unit += text[match.start("rate") : match.end("rate")].replace(" ", "")
    elif period == "per month":
        unit += "/月"
    elif period == "per year":
        unit += "/年"
    if match["equiv"]:
        equiv = text[match.start("equiv") : match.end("equiv")]
        unit += " " + re.sub(r"[\s(（]", "", equiv)
    return unit


def _period(norm: str, match: re.Match, lo: int) -> str:
    if re.search(r"[Ww]", match["unit"]):
        return ""  # power and energy are stated as such, not per month (800MW)
    if match["rate"]:
        return "per month" if "月" in match["rate"] else "per year"
    before = norm[lo : match.start()]
    clause = norm[_clause_start(norm, lo, match.start()) : match.start()]
    if re.search(r"月产能|每月|/月", clause):
        return "per month"
    if re.search(r"(?<!\d)年产能|年新增|每年|(?<!\d)年产", clause):
        return "per year"
    if re.search(r"月产能", before):
        return "per month"
    if re.search(r"(?<!\d)年产能|年新增产能", before):
        return "per year"
    return ""


def _site(text: str, norm: str, spans: list[Span], lo: int, pos: int) -> tuple[str, int]:
    best, best_start = "", -1
    for match in _SITE.finditer(norm, max(lo, pos - 40), pos):
        start, end = match.span()
        for span in spans:
            # a company name heading the site belongs to the company column
            if span.type == "ORG" and span.start <= start < span.end < end:
                start = span.end
        candidate = text[start:end]
        candidate = _SITE_LEAD.sub("", to_simplified(candidate).rpartition("的")[2])
        candidate = text[end - len(candidate) : end]
        generic = _GENERIC_SITE.match(to_simplified(candidate))
        if len(candidate) >= 3 and not generic and not re.match(r"^[\d.]", candidate):
            best, best_start = candidate, end - len(candidate)
    return best, best_start


def _product(text: str, norm: str, spans, s_lo: int, pos: int, s_hi: int) -> str:
    product = _nearest_before(spans, "PRODUCT", s_lo, pos)
    if product:
        return text[product.start : product.end]
    keywords = list(_PRODUCT_KEYWORD.finditer(norm, s_lo, pos))[::-1]
    after = KEYWORD.search(norm, pos, _clause_end(norm, pos, s_hi))
    if after:
        keywords.insert(0, after)
    for keyword in keywords:
        lo = max(s_lo, keyword.start() - 12)
        before = norm[lo : keyword.start()]
        cut = max((m.end() for m in _PRODUCT_CUT.finditer(before)), default=0)
        for span in spans:  # never reach back into a company or place name
            if span.type in ("ORG", "GPE") and lo <= span.start < keyword.start() <= span.end + 10:
                cut = max(cut, span.end - lo)
        words = before[cut:]
        lead = _PRODUCT_LEAD.match(words)
        offset = lead.end() if lead else 0
        trail = len(_PRODUCT_TRAIL.search(words)[0])
        words = words[offset : len(words) - trail]
        if len(words) >= 2 and not re.search(r"\d", words) and words not in _NOT_PRODUCT:
            start = keyword.start() - trail - len(words)
            return text[start : start + len(words)]
    # a product named with a capacity word nearby ("CoWoS产能") is the one meant
    named = [
        s
        for s in spans
        if s.type == "PRODUCT"
        and KEYWORD.match(
            norm, s.end + (len(norm[s.end : s.end + 4]) - len(norm[s.end : s.end + 4].lstrip()))
        )
        and s_lo - 300 <= s.start <= s_hi + 200
    ]
    if named:
        best = min(named, key=lambda s: abs(s.start - pos))
        return text[best.start : best.end]
    nearby = _nearest_around(spans, "PRODUCT", max(0, s_lo - 200), pos, s_hi + 80)
    return text[nearby.start : nearby.end] if nearby else ""


# "年产5万吨正极材料": the project form names its product after the figure.
_PROJECT_FORM = re.compile(
    r"(?:[年月日]产|年加工|年处理|年生产|年制造)(?:能力)?(?:约|达|为|超过|逾|近)?\s?$"
)
_PRODUCT_AFTER = re.compile(
    r"\s?(?P<product>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9-]{1,14}?)"
    r"(?=项目|生产线|产线|的|工厂|基地|及|和|与|等|[,。;、:()\s]|$)"
)
_NOT_PRODUCT_AFTER = re.compile(r"^(?:左右|以上|规模|产能|的|已|将|预计|目前|及|项目|生产线|工厂)")


def _product_after(text: str, norm: str, match: re.Match, c_lo: int) -> str:
    if not _PROJECT_FORM.search(norm, max(c_lo, match.start() - 10), match.start()):
        return ""
    after = _PRODUCT_AFTER.match(norm, match.end())
    if after is None or _NOT_PRODUCT_AFTER.match(after["product"]):
        return ""
    return text[after.start("product") : after.end("product")]


def owner_candidates(norm: str, spans: list[Span]) -> list[Span]:
    """The organisations of a text that may own capacity (computed once per text)."""
    # organisations that report figures (brokers, research firms, ministries) own none
    return [
        s
        for s in spans
        if s.type == "ORG"
        and not _SOURCE_ORG.search(s.text)
        and (
            s.curated
            or not (_GENERIC_OWNER.match(to_simplified(s.text)) or _PRODUCT_NAME.match(s.text))
        )
        and not (s.text.endswith("产") and norm[s.end : s.end + 1] == "能")  # 日产能 is no 日产
        and not _REPORTS.match(norm, s.end)  # "据X不完全统计": who counted, not who owns
        and not _quoted(norm, s)  # "年产20GWh大众标准电芯项目": part of a name
    ]


def _company(norm: str, owners: list[Span], s_lo: int, c_lo: int, pos: int) -> Span | None:
    if _MARKET.search(norm[c_lo:pos]):
        return None  # a market-wide figure has no owner
    company = _nearest_before(owners, "ORG", max(s_lo, pos - 200), pos)
    if company is None:
        # the subject was named in an earlier sentence, after any market-wide figure
        lo = max(0, s_lo - 300)
        for market in _MARKET_CAPACITY.finditer(norm[lo:s_lo]):
            lo = max(lo, s_lo - 300 + market.end())
        company = _nearest_before(owners, "ORG", lo, s_lo)
    return company


def _quoted(norm: str, span: Span) -> bool:
    """Whether a name stands inside quotation marks opened in its sentence (a project's name)."""
    before = norm[max(0, span.start - 100) : span.start].rpartition("。")[2]
    opened = max(before.rfind("“"), before.rfind("「"))
    closed = max(before.rfind("”"), before.rfind("」"))
    return opened > closed


def owner_names(text: str, company: Span | None) -> tuple[str, str]:
    """(canonical, as written) of a figure's owner; both empty when the text names none."""
    if company is None:
        return "", ""
    written = text[company.start : company.end]
    return company.canonical or canonical_company(written), written


def canonical_company(written: str) -> str:
    """The dictionaries' canonical name of a company written this way, else the name itself."""
    from ..nlp.lexicon import default_lexicon

    entries = default_lexicon().entries
    entry = entries.get(fold_width(to_simplified(written.strip())))
    if entry is not None and entry.type == "ORG":
        return entry.canonical
    # a joint venture written with its parents' names: "Kioxia/WDC" is 铠侠/西部数据
    parts = [fold_width(to_simplified(p.strip())) for p in re.split(r"[/／、&]", written)]
    if len(parts) > 1 and all(
        entries.get(p) is not None and entries[p].type == "ORG" for p in parts
    ):
        return "/".join(entries[p].canonical for p in parts)
    return written.strip()


def _location(text: str, spans: list[Span], site: str, site_start: int, s_lo: int, pos: int):
    if site:
        inside = [
            s
            for s in spans
            if s.type == "GPE" and site_start <= s.start and s.end <= site_start + len(site)
        ]
        if inside:
            return text[inside[0].start : inside[-1].end]
    place = _nearest_before(spans, "GPE", s_lo, pos)
    return text[place.start : place.end] if place else ""


def extract_capacity(text: str, mentions: Sequence[Span] | None = None) -> list[CapacityRecord]:
    """Every capacity figure stated in ``text``; ``mentions`` adds recognised entities."""
    norm = _norm(text)
    spans = _mentions(norm, mentions)
    records: list[CapacityRecord] = []
    reference_year = reference_year_of(norm)
    owners = owner_candidates(norm, spans)
    spans_near = _SpansNear(spans)
    owners_near = _SpansNear(owners)
    listing = False  # inside a list under a lead-in about capacity ("各基地产能如下:")
    for s_lo, s_hi in _sentences(norm):
        sentence = norm[s_lo:s_hi]
        if not sentence.strip():
            listing = False  # a blank line ends the list
        under_lead_in = listing
        if KEYWORD.search(sentence) and sentence.rstrip().endswith(":"):
            listing = True
        elif sentence.strip() and not _LIST_ITEM.match(sentence):
            listing = False
        if not (
            under_lead_in
            or KEYWORD.search(sentence)
            or _PROJECT_NOUN.search(sentence)
            or "/" in sentence
        ):
            continue
        previous: CapacityRecord | None = None
        near, near_owners = spans_near(s_lo, s_hi), owners_near(s_lo, s_hi)
        for match in FIGURE.finditer(norm, s_lo, s_hi):
            if previous is not None and re.fullmatch(
                r"\s?[(（]\s?", norm[previous.end : match.start()]
            ):
                continue  # "年产2亿瓦 (200MW)": the same figure again, in another unit
            found = _sentence_record(
                text, norm, near, s_lo, s_hi, match, under_lead_in, reference_year, near_owners
            )
            for record in found or ():
                if (
                    previous is not None
                    and previous.scope == MARKET_SCOPE
                    and record.scope == COMPANY_SCOPE
                    and not record.company
                ):
                    # "美国在建产能为19.1GW, 已投产产能为14.1GW": the same market's
                    record = replace(record, scope=MARKET_SCOPE)
                records.append(record)
                previous = record
    records.extend(project_table(text, norm, spans))
    records.extend(year_column_table(text, norm, spans))
    records.extend(ranking_table(text, norm))
    return _unique(records)


# How far before and after its sentence a figure's record looks for entities: the owner
# named in an earlier sentence (300 characters back), a product named near it (200 on).
SPAN_REACH_BEFORE = 400
SPAN_REACH_AFTER = 250


class _SpansNear:
    """The spans (sorted by start) a sentence's figures can reach, found by bisection:
    scanning every span of a long document for every figure grew with its square."""

    def __init__(self, spans: list[Span]):
        self._spans = spans
        self._starts = [s.start for s in spans]

    def __call__(self, s_lo: int, s_hi: int) -> list[Span]:
        lo = bisect_left(self._starts, s_lo - SPAN_REACH_BEFORE)
        hi = bisect_right(self._starts, s_hi + SPAN_REACH_AFTER)
        return self._spans[lo:hi]


def _sentence_record(
    text, norm, spans, s_lo, s_hi, match, listed: bool = False, reference_year=None, owners=None
) -> list[CapacityRecord] | None:
    pos = match.start()
    # the part of the sentence since the last ";": a list item of its own
    g_lo = s_lo
    for end in _SEGMENT_END.finditer(norm, s_lo, pos):
        g_lo = end.end()
    c_lo = max(_clause_start(norm, s_lo, pos), pos - 80)
    c_hi = _clause_end(norm, match.end(), s_hi)
    clause = norm[c_lo:c_hi]
    if not _states_capacity(norm, match, s_lo, c_lo, clause, listed):
        return None
    if _QUALIFIES_NOUN.match(norm, match.end()) or _ESTIMATE.search(clause):
        return None
    if norm[pos - 1 : pos] == "每":  # "每5万片晶圆产能的投资": a denominator
        return None
    if re.search(r"一个(?:年|月)产\s?$", norm[max(c_lo, pos - 6) : pos]):
        return None  # "一个年产1000万件零件的机械厂": an example, not a plant
    if _DECREASE.search(norm, max(c_lo, pos - 12), pos):
        return None
    if re.match(r"\s?(?:个|倍|%)", norm[match.end() : match.end() + 2]):
        return None
    period = _period(norm, match, s_lo)
    unit = _unit_text(text, match, period)
    low = parse_number(match["low"])
    high = parse_number(match["high"]) if match["high"] else low
    if low is None or high is None or _idiom(match):
        return None
    if (
        match["unit"].isascii()
        and norm[match.end() : match.end() + 1].isascii()
        and (norm[match.end() : match.end() + 1].isalpha())
    ):
        return None  # 25W of 25WAN is no figure
    if match["unit"] == "瓦" and not match["mul"]:
        return None  # capacity in watts is written 亿瓦, 万瓦; a bare 瓦 is a name's (瓦格宁根)
    if norm[match.end() : match.end() + 1] == "级":
        return None  # "10万吨级": a class of plant, not a figure
    if match["unit"] == "平方米" and re.search(r"面积|占地|厂区|厂房|建筑|园区", clause):
        return None  # the size of a site, not what it makes
    if match["wan"]:  # 1万8000片: eighteen thousand, in 万 as sources mean it
        low = high = int(match["wan"]) + low / 1e4
        unit = text[match.end("wan") : match.start("low")].strip() + unit
    if _MORE_THAN.search(norm[c_lo:pos]) or _AT_LEAST_AFTER.match(norm, match.end()):
        high = None
    if high is not None and high < low:
        return None
    site, site_start = _site(text, norm, spans, g_lo, pos)
    if owners is None:
        owners = owner_candidates(norm, spans)
    company, company_written = owner_names(text, _company(norm, owners, s_lo, c_lo, pos))
    common = dict(
        unit=unit,
        company=company,
        company_written=company_written,
        site=site,
        location=_location(text, spans, site, site_start, max(g_lo, pos - 80), pos),
        product=_product_after(text, norm, match, c_lo)
        or _product(text, norm, spans, g_lo, pos, s_hi),
        period=period,
        year=(
            None
            if _YEAR.search(norm, c_lo, pos)
            else _relative_year(norm, c_lo, pos, reference_year)
        )
        or _year(norm, s_lo if g_lo == s_lo else g_lo, pos, c_hi)
        or _due_year(norm, match, s_hi),
        status=ACTUAL
        if _FROM.search(norm, max(c_lo, pos - 4), pos)
        else _status(norm[c_lo : match.end()], norm[s_lo:c_lo], norm[match.end() : s_hi]),
    )
    owner_clause = norm[c_lo:pos]
    scope = _scope(norm[g_lo:pos], owner_clause, bool(company))
    if scope == COMPANY_SCOPE and _country_subject(norm, spans, s_lo, c_lo, pos):
        scope = MARKET_SCOPE  # "美国光伏组件产能超50GW": a country's
    if scope == MARKET_SCOPE:
        company = company_written = ""
        common.update(company="", company_written="")
        if common["status"] == PLANNED and not _MARKET_PLAN.search(norm, s_lo, pos):
            common["status"] = FORECAST  # a market's growth is foreseen, unless planned
    common.update(
        scope=scope,
        measure=ADDITION if _ADDITION.search(norm, c_lo, pos) else LEVEL,
        qualifier=_equivalence(norm, match, s_lo) if "片" in match["unit"] else "",
    )
    out = [CapacityRecord(start=c_lo, end=match.end(), value_low=low, value_high=high, **common)]
    listed = _SHARED_UNIT_LIST.search(norm, c_lo, pos)
    if listed and (match["wan"] is None):
        for number in reversed(list(_LISTED_NUMBER.finditer(norm, listed.start(), listed.end()))):
            value = float(number[0])
            out.insert(0, CapacityRecord(c_lo, number.end(), value, value, **common))
    return out


# -- tables ---------------------------------------------------------------------

_PROJECT_HEADER = re.compile(
    r"公司.{0,12}?状态.{0,12}?产能\s?\((?P<unit>[^)]{1,12})\)"
    r"(?:预计|建成|投产|时间|制程|工艺|总|投资|额)*"
)
_PROCESS = re.compile(r"\s?(?:[A-Za-z]{0,2}\d+(?:nm)?(?:[/、][A-Za-z]{0,2}\d+(?:nm)?)*|/)")
_PROJECT_STATUS = re.compile(r"规划待建|在建|爬坡中|满产|规划中")
_PROJECT_ROW = re.compile(rf"(?P<loc>.+?)(?P<cap>{_NUM}|/)(?P<year>20\d{{2}})(?:年底?|Q[1-4]\.?)")
_MONEY = re.compile(
    rf"(?:合计)?{_NUM}\s?(?:万亿|亿|万)?\s?(?:美元|欧元|韩元|日元|人民币|元|美金)|(?<=[\w.])/"
)
# A fab still ramping has not reached the design capacity the table states.
_STATUS_OF_PROJECT = {
    "在建": "planned",
    "规划待建": "planned",
    "规划中": "planned",
    "爬坡中": "planned",
}


def project_table(text: str, norm: str, spans: list[Span]) -> list[CapacityRecord]:
    """Rows of wafer-fab project tables: ``TSMCFab19 P1(N4)在建美国Arizona Phoenix22024年N4…``."""
    out = []
    for header in _PROJECT_HEADER.finditer(norm):
        unit_text = text[header.start("unit") : header.end("unit")]
        period = "per month" if "/月" in header["unit"] else ""
        # the table runs until the next numbered section ("10.五大巨头…")
        end_match = re.compile(r"(?<![A-Za-z\d])\d{1,2}\.[\u4e00-\u9fff]{2}").search(
            norm, header.end()
        )
        table_end = end_match.start() if end_match else len(norm)
        statuses = list(_PROJECT_STATUS.finditer(norm, header.end(), table_end))
        name_start = header.end()
        company = ""
        for index, status in enumerate(statuses):
            after_end = statuses[index + 1].start() if index + 1 < len(statuses) else table_end
            row_start = name_start
            org_end = _company_prefix(norm, name_start, status.start(), company)
            if org_end:
                company = text[name_start:org_end].strip()
                name_start = org_end
            site = text[name_start : status.start()].strip()
            row = _PROJECT_ROW.match(norm, status.end(), after_end)
            money = list(_MONEY.finditer(norm, status.end(), after_end))
            if money:
                next_name = money[-1].end()
            elif row is not None:
                process = _PROCESS.match(norm, row.end(), after_end)
                next_name = process.end() if process else row.end()
            else:
                next_name = after_end
            name_start = next_name
            if row is None or row["cap"] == "/":
                continue
            value = float(row["cap"])
            investment = _money_value(norm[money[-1].start() : money[-1].end()]) if money else None
            out.append(
                CapacityRecord(
                    start=row_start + _lead(norm, row_start),
                    end=next_name,
                    value_low=value,
                    value_high=value,
                    unit=unit_text,
                    company=canonical_company(company),
                    company_written=company,
                    site=site,
                    location=text[row.start("loc") : row.end("loc")].strip(),
                    product=text[row.end() : money[-1].start()].strip(" .") if money else "",
                    period=period,
                    year=int(row["year"]),
                    status=_STATUS_OF_PROJECT.get(status.group(0), "actual"),
                    investment_amount=investment[0] if investment else None,
                    investment_currency=investment[1] if investment else "",
                )
            )
    return out


def _company_prefix(norm: str, start: int, end: int, current: str = "") -> int:
    """End of a company name heading a table row (``TSMCFab19…``, ``中芯国际中芯京城…``), or 0."""
    from ..nlp.lexicon import default_lexicon

    cell = norm[start:end].lstrip()
    offset = start + (end - start - len(cell))
    lexicon = default_lexicon()
    entries = lexicon.entries
    current_entry = entries.get(to_simplified(current))
    # The cell's own prefixes looked up, longest first (not every name tried on the cell).
    for length in range(min(len(cell) - 1, lexicon.longest_term), 0, -1):
        term = cell[:length]
        entry = entries.get(term)
        if entry is None or entry.type != "ORG":
            continue
        if current_entry and entry.canonical == current_entry.canonical and term != current:
            continue  # "中芯深圳新厂" under 中芯国际: the fab's name, not a new company
        return offset + length
    return 0


def _lead(norm: str, pos: int) -> int:
    return len(norm[pos:]) - len(norm[pos:].lstrip())


def _money_value(fragment: str) -> tuple[float, str] | None:
    for match in find_numeric(fragment):
        if match.type == "MONEY" and match.value:
            return match.value["low"], match.value["unit"]
    return None


_YEAR_COLUMNS = re.compile(r"((?:20\d{2})年末?产能\s?\([^)]{1,12}\)){2,}")
_YEAR_COLUMN = re.compile(r"(?P<year>20\d{2})年末?产能\s?\((?P<unit>[^)]{1,12})\)")


def _column_cells(
    text: str, columns: list[re.Match], qualifier: str, row: re.Match, **owner
) -> list[CapacityRecord]:
    """A year-column table row's figures, one record a year column."""
    return [
        CapacityRecord(
            start=row.start(),
            end=row.end(f"v{index}"),
            value_low=float(row[f"v{index}"]),
            value_high=float(row[f"v{index}"]),
            unit=text[column.start("unit") : column.end("unit")],
            product="晶圆",
            qualifier=qualifier,
            period="per month" if "/月" in column["unit"] else "",
            year=int(column["year"]),
            status=ACTUAL,
            **owner,
        )
        for index, column in enumerate(columns)
    ]


def year_column_table(text: str, norm: str, spans: list[Span]) -> list[CapacityRecord]:
    """Rows of ``公司名称 总部所在地 2021年末产能(万片/月) 2022年末产能(万片/月) …`` tables."""
    out = []
    for header in _YEAR_COLUMNS.finditer(norm):
        columns = list(_YEAR_COLUMN.finditer(norm, header.start(), header.end()))
        values = r"\s?".join(rf"(?P<v{i}>{_NUM})" for i in range(len(columns)))
        row_pattern = re.compile(
            rf"(?P<name>[A-Za-z][A-Za-z /&.-]{{1,20}}?|[\u4e00-\u9fff]{{2,6}}?)"
            rf"(?P<loc>中国台湾|中国大陆|{COUNTRY_PATTERN})(?:{values})(?=\s)"
        )
        qualifier = equivalence_before(norm, header.start(), header.start())

        pos = header.end()
        limit = min(len(norm), pos + 600)
        while True:
            row = row_pattern.search(norm, pos, limit)
            if row is None:
                break
            company = text[row.start("name") : row.end("name")].strip()
            out.extend(
                _column_cells(
                    text,
                    columns,
                    qualifier,
                    row,
                    company=canonical_company(company),
                    company_written=company,
                    location=text[row.start("loc") : row.end("loc")],
                )
            )
            pos = row.end()
        # the table's total row: a total, not a company
        total = re.compile(rf"(?:合计|总计|总和|Total)\s?(?:{values})").search(norm, pos, limit)
        if total is not None:
            out.extend(_column_cells(text, columns, qualifier, total, scope=TOTAL_SCOPE))
    return out


# A table as it reaches the text, one row a line: a header naming capacity and its unit
# ("企业 | 2024年产能（万吨）"), then "name  figure" lines.
_TABLE_HEADER = re.compile(
    r"^(?P<line>[^\n]*?(?P<year>(?:19|20)\d{2})?\s?年?(?:末|底)?\s?(?:产能|年产能|规划产能)"
    r"\s?[(（](?P<unit>[^)）\n]{1,10})[)）][^\n]*)$",
    re.MULTILINE,
)
_TABLE_UNIT = re.compile(r"产能\s?[(（]")
_TABLE_ROW = re.compile(
    r"^\s*(?:\d{1,2}\s?[.、|]?\s*)?(?:\|\s*)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9&·()()\- ]{0,24}?)"
    r"\s*(?:\||\t|\s{2,}|\s(?=\d))\s*(?P<value>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.%])",
    re.MULTILINE,
)


def ranking_table(text: str, norm: str) -> list[CapacityRecord]:
    """Rows of a capacity table flattened to lines: a company (or a total) and its figure."""
    out = []
    if not _TABLE_UNIT.search(norm):
        return out
    for header in _TABLE_HEADER.finditer(norm):
        if FIGURE.search(header["line"]):
            continue  # a sentence stating a figure, not a header
        unit = text[header.start("unit") : header.end("unit")].strip()
        if normalise_unit(unit) is None:
            continue
        year = int(header["year"]) if header["year"] else None
        pos = header.end() + 1
        for _ in range(60):
            line_end = norm.find("\n", pos)
            line_end = len(norm) if line_end < 0 else line_end
            row = _TABLE_ROW.match(norm, pos, line_end)
            if row is None:
                if norm[pos:line_end].strip():
                    break  # the table ended
                if pos >= len(norm):
                    break
                pos = line_end + 1
                continue
            name = text[row.start("name") : row.end("name")].strip(" |")
            total = bool(_TOTAL.match(to_simplified(name)))
            value = float(row["value"].replace(",", ""))
            out.append(
                CapacityRecord(
                    start=row.start("name"),
                    end=row.end("value"),
                    value_low=value,
                    value_high=value,
                    unit=unit,
                    company="" if total else canonical_company(name),
                    company_written="" if total else name,
                    year=year,
                    status=ACTUAL,
                    scope=TOTAL_SCOPE if total else COMPANY_SCOPE,
                )
            )
            pos = line_end + 1
    return out


def normalise_unit(unit: str):
    from ..units import normalise

    return normalise(1.0, 1.0, unit)


def _unique(records: list[CapacityRecord]) -> list[CapacityRecord]:
    seen, out = set(), []
    for record in sorted(records, key=lambda r: (r.start, r.end)):
        if (record.start, record.end) in seen:
            continue
        seen.add((record.start, record.end))
        out.append(record)
    return out
