"""Pattern rules for names the dictionaries cannot list: registered company names,
people introduced by a title, Latin names and spelled-out terms in parentheses.

Every rule runs on the Simplified, width-folded copy and returns spans into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .anchors import Anchored
from .patterns import by_first_character, finditer_near, first_not_after

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
    "经济学家|发言人|负责人|总监|合伙人|CEO|CTO|CFO|COO|记者|专家|执行董事|董事总经理|顾问|创办人|"
    "社长|行长|校长|总统|总理|首相|大使|议员|州长|厅长|司长|处长|厂长|总工程师|首席科学家|"
    "县长|议长|镇长|区长|乡长|"
    "科学家|研究主管|主管|作者|学者|主持人|编辑"
)
_NAME = r"[\u4e00-\u9fff]{2,3}"
# After the name: a speech verb, an honorific or a clause boundary.
_AFTER_NAME = (
    r"(?=表示|指出|认为|强调|称|说|介绍|透露|坦言|提到|分析|看来|也|在|对|博士|先生|女士|教授|"
    r"与|出席|主持|致辞|率|等|宣布|宣告|发表|接受|"
    r"[,,:“\"(、。])"
)
# The titles grouped by their first character, for the patterns that scan for them.
TITLE_WORDS = by_first_character(TITLES)
TITLE_PERSON = re.compile(
    rf"(?:{TITLE_WORDS})(?:兼(?:{TITLE_WORDS}))?(?P<name>{_NAME}){_AFTER_NAME}"
)
TITLED_PERSONS = Anchored(TITLE_PERSON)
# A transliterated name with a middle dot after a title, whatever its characters
# (Thai, Arabic names use ones the transliteration list lacks): 部长阿甲那·奔潘.
TITLE_DOTTED_PERSON = re.compile(
    rf"(?:{TITLE_WORDS})(?P<name>[\u4e00-\u9fff]{{2,6}}[·•‧][\u4e00-\u9fff]{{2,8}}?){_AFTER_NAME}"
)
_TITLE_DOT = Anchored(re.compile("[·•‧]"))
_TITLE_LENGTHS = [len(title) for title in TITLES.split("|")]


def title_dotted_people(text: str) -> Iterator[tuple[int, int]]:
    """Spans of TITLE_DOTTED_PERSON's names, looked for only before a dot: the dot
    comes two to six characters after a title."""
    before, least = max(_TITLE_LENGTHS) + 6, min(_TITLE_LENGTHS) + 2
    for match in finditer_near(TITLE_DOTTED_PERSON, text, _TITLE_DOT, before, least):
        yield match.span("name")


# A science or industrial park after its place is one place: 高雄科学园区.
PARK_SUFFIX = re.compile(r"(?:科学工业园区|科学园区|科技园区|软件园区?|工业园区|高新区|经开区)")

# "杰弗里·凯斯勒(Jeffery Kessler)": a Latin name right after a recognised person.
LATIN_NAME = re.compile(r"\s?\(\s?(?P<name>[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){1,2})\s?\)")
# A Latin name opening a line of an interview: "Gordon Feller:".
# (At the start of the text or after [。?!\n]: after no character outside those.)
_SPEAKER_FIRST = first_not_after("A-Z", r"[^。?!\n]")
SPEAKER = re.compile(rf"(?P<name>{_SPEAKER_FIRST}[a-z]+ [A-Z][a-z]+)(?=\s?:)")

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

# A named model in quotes: “南风一号”, “天宫二号”.  The opening quote is taken (only
# the name's span is used), so the engine skips to the next quote in C.
NUMBERED_PRODUCT = re.compile(
    r"[“\"「《](?P<name>[\u4e00-\u9fffA-Za-z]{1,6}[一二三四五六七八九十\d]{1,3}号)(?=[”\"」》])"
)
QUOTED_PRODUCTS = Anchored(NUMBERED_PRODUCT)

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
        # Every registered name holds 有限: a stretch without one (most of them, a
        # 公司 alone) holds none, and the pattern would try each of its places.
        if text.find("有限", low, high) < 0:
            continue
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


# Government bodies named by their place and function: 国家发展改革委, 江苏省工信厅,
# 美国商务部.  The function list keeps "国家内部" and "中国市场部" out.
_FUNCTIONS = (
    "发展和改革|发展改革|发改|工业和信息化|工信|经济和信息化|经信|商务|科学技术|科技|财政|统计|"
    "市场监督管理|市场监管|生态环境|自然资源|人力资源和社会保障|人社|教育|交通运输|海关|税务|"
    "外汇管理|能源|国有资产监督管理|国资|网信|证券监督管理|证监|金融监督管理|金融监管|卫生健康|"
    "农业农村|住房和城乡建设|水利|应急管理|审计|知识产权|民政|司法|公安|外交|国防|文化和旅游|"
    "经济产业|通商产业|经济|贸易|产业|国土安全|国土|环境保护|环境|劳动|卫生|投资促进|工业|"
    "数据|中小企业|经济发展|投资"
)
GOVERNMENT_BODY = re.compile(
    rf"(?:{_FUNCTIONS})(?:总局|总署|委员会|办公室|部|局|委|署|厅|办)(?![长门])"
)
# A place's party committee and government: 江苏省委, 苏州市政府 (not 美国政府: a
# country's government is labelled as the country).
LOCAL_BODY = re.compile(r"(?:省|市|县|区)(?:委(?![员托])|人民政府|政府|人大常委会|政协)")
# Institutions named by their place: 加拿大皇家银行, 香港联合交易所.
PLACE_INSTITUTION = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}?)?(?:银行|证券交易所|联合交易所|交易所)(?![家业员])"
)
_NOT_IN_INSTITUTION = re.compile(r"[的了和与及在是为对从向将把被或等]")
# Dictionary bodies a country name joins: 联准会, 商务部, 经济产业省.
NATIONAL_BODY_END = re.compile(r"(?:会|部|局|委|署|厅|院|省)$")
# A body under a ministry or commission: 经济部能源署, 工信部电子信息司, 商务部贸易救济调查局.
SUB_BODY = re.compile(
    rf"(?:{_FUNCTIONS}|产业发展|国际贸易|标准检验|智慧财产|电子信息|贸易救济调查|对外贸易|"
    r"外国投资|资讯|装备工业|原材料工业|消费品工业|节能与综合利用|运行监测协调|规划|政策法规)"
    r"(?:署|局|司|处|厅|中心)(?![长])"
)
# Places that head a national body without being in a dictionary of places.
NATIONAL = Anchored(re.compile(r"国家|中央|联邦"))

# Latin company and institution names end in a corporate word: "Amata Corporation",
# "New Street Research", "Saha Group".  Up to three capitalised words, then the
# last before the corporate word; written with the first capital taken first.
LATIN_ORG = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z]')}(?:[A-Za-z&.'-]*\s[A-Z]){{0,3}}"
    r"[A-Za-z&.'-]*\s"
    r"(?:Corporation|Corp\.?|Inc\.?|Group|Ltd\.?|Limited|Co\.|Holdings|Technologies|Technology|"
    r"Research|Semiconductors?|Electronics|Motors|Capital|Partners|Bank|University|Institute|"
    r"Foundation|Association|Laboratories|Labs|Systems|Industries|Consulting|Securities|"
    r"Automotive|Robotics|Ventures|Intelligence|Analytics)"
    r"(?:\s(?:Center|Centre|Institute|Lab))?)(?![A-Za-z])"
)
# A Latin name in parentheses right after an organisation: 安美德(Amata Corporation).
LATIN_ALIAS = re.compile(r"\s?\(\s?(?P<name>[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*){0,4})\s?\)")
# A Chinese name in parentheses after an organisation: TCC集团(泰乍仑集团).
CHINESE_ALIAS = re.compile(
    r"\s?\(\s?(?P<name>[\u4e00-\u9fff]{2,10}(?:集团|公司|银行|大学|研究院|研究所|协会))\s?\)"
)
# Latin brand names before 品牌: "通过Polestar或Zeekr品牌".
_LATIN_BRAND = r"[A-Z][A-Za-z0-9]+(?:[ -][A-Z][A-Za-z0-9]+)?"
LATIN_BRANDS = re.compile(
    rf"(?P<names>{first_not_after('A-Z', '[A-Za-z]')}{_LATIN_BRAND.removeprefix('[A-Z]')}"
    rf"(?:\s?(?:或|和|与|、|/)\s?{_LATIN_BRAND})*)\s?品牌",
)
# A list of names ending in what they are: "东风本田、广汽本田等品牌".
ENUMERATION = re.compile(
    r"(?P<items>(?:[\u4e00-\u9fffA-Za-z]{2,8}、){1,12}[\u4e00-\u9fffA-Za-z]{2,8})"
    r"(?:等|这些)(?:\d+家|几家|多家|两家|三家)?(?:企业|公司|车企|品牌|厂商|巨头|集团|机构|银行|大厂)"
)
_NOT_IN_NAME = re.compile(r"[的了和与及在是为对从向将把被或等]")
# The first item of a list ends in 、 two to eight characters into it, and from
# there the list runs on in letters and 、 to its 等 or 这些: a 、 with neither
# ahead before the clause ends (most of them) starts no list.
_LIST_COMMA = re.compile(r"、(?=[\u4e00-\u9fffA-Za-z、]*?(?:等|这些))")


def enumerated_names(text: str, known: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Items of a list of organisations, when the list already holds a known one."""
    for match in finditer_near(ENUMERATION, text, _LIST_COMMA, 8, 2):
        items, position = [], match.start("items")
        for item in match.group("items").split("、"):
            items.append((position, position + len(item)))
            position += len(item) + 1
        if not any(span in known for span in items):
            continue
        # The first item may have swallowed words before the list: "客户涵盖X".
        first_start, first_end = items[0]
        if (first_start, first_end) not in known:
            words = [s for s, e in known if first_start < s < first_end and e == first_end]
            items[0] = (words[0], first_end) if words else items[0]
        for start, end in items:
            if not _NOT_IN_NAME.search(text, start, end):
                yield start, end
