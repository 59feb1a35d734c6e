"""Rules for products and technologies the dictionaries cannot list: versioned
Latin names (Full-Domain AI 2.0, Mate 60), model numbers next to their maker or
product noun (海德堡CX92, H20芯片), named chips (Thor晶片) and technology names
written in mixed-case Latin before 技术/封装/工艺 (FOCoS技术).

Every rule runs on the Simplified, width-folded copy and returns spans into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .anchors import Anchored
from .patterns import first_not_after, latin_matches


# Acronyms and words for classes of things, not named products: "AI芯片", "TSV技术".
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


GENERIC_TERMS = _word_set(
    """
    AI AIGC AGI GPU CPU NPU DPU XPU APU MCU MPU DSP FPGA ASIC SoC SOC SiP IC LSI PMIC CIS
    RF IGBT MOSFET SiC GaN LED LCD TSV RDL AOI SPI CMP CVD PVD ALD EDA IP IoT IIoT AIoT
    5G 6G 4G 3D 2D 2.5D VR AR XR MR EV BEV PHEV HEV ADAS L2 L3 L4 OTA ERP MES PLM PLC SCADA
    CRM SCM WMS APS BI API SDK SaaS PaaS IaaS HPC CAE CAD CAM CNC AGV AMR SMT PCB FPC BMS
    DFE OEM ODM EMS OSAT IDM CEO CTO CFO IPO PPT PDF USB WiFi Wi-Fi CMOS CCD ML DL LLM GAN
    CNN RNN NLP OCR SLAM RFID NFC GPS ESG CBAM ETF GDP CPI PMI PPI EBITDA ROE KPI OKR R&D
    B2B B2C C2M MVP VUCA GLN WEF ATM FinFET GAA NAND DRAM SRAM ROM HBM VLA ASP ARM PC
    """
)

# A Latin name with a version number: "Full-Domain AI 2.0", "Kosmera Nebula 1".
VERSIONED = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z0-9.-]')}[A-Za-z-]*(?: [A-Z][A-Za-z-]*){{0,3}}"
    r" \d{1,4}(?:\.\d{1,2})?[A-Za-z]{0,3})(?![A-Za-z0-9%]|\.\d)",
)
# Words that head a numbered thing that is not a product.
_NOT_VERSION_HEADS = _word_set(
    "Part Top No Vol Page Fig Figure Table Chapter Section Step Stage Round Phase Level Tier "
    "Class Type Grade Region Zone Area Unit Line Group Gen Series Q H FY CES MWC COVID PM CO "
    "Industry Web Lighthouse Fortune Global Forbes Nasdaq Day Week Year Scope"
)

# A model number: letters then digits (H20, B200, CX92, SX102, A2000, MI300X).
# A stock code (A20224.SH) is not a model.
MODEL = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z0-9.-]')}[A-Z]{{0,2}}\d{{2,5}}[A-Z]{{0,2}})"
    r"(?![A-Za-z0-9]|\.[A-Z])"
)
# What follows a model number that is a product, and what follows one that is not.
_PRODUCT_NEXT = re.compile(
    r"\s?(?:芯片|晶片|处理器|系列|手机|车型|机型|光刻机|显卡|加速卡|GPU|加速器|平台|模组|机器人|"
    r"服务器|笔记本|电脑|电池|发动机|电机|传感器|相机)"
)
_SITE_NEXT = re.compile(
    r"\s?(?:厂|工厂|新厂|厂房|厂区|号|园区|基地|项目|产线|线|栋|楼|地块|标准|协议)"
)
# A list continues with another model: "CX92、SX102及CX104".
_LIST_LINK = re.compile(r"\s?(?:、|及|和|与|/|,)\s?")

# A named chip: "Thor晶片", "H20芯片"; all-capital acronyms before 芯片 are classes.
NAMED_CHIP = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z0-9.-]')}[A-Za-z0-9-]{{1,15}}\s?(?:芯片|晶片))"
)

# A technology written in Latin before what it is: "FOCoS技术", "EMIB封装".
TECHNOLOGY = re.compile(
    rf"(?P<name>{first_not_after('A-Za-z', '[A-Za-z0-9.-]')}[A-Za-z0-9-]{{2,11}})(?<!-)\s?"
    r"(?=技术|封装|工艺|架构|制程)",
)


def is_generic(word: str) -> bool:
    return word in GENERIC_TERMS or word.upper() in GENERIC_TERMS


def versioned_names(text: str) -> Iterator[tuple[int, int]]:
    for match in latin_matches(VERSIONED, text):
        name = match.group("name")
        words = name.split(" ")
        number = words[-1]
        if words[0] in _NOT_VERSION_HEADS or (is_generic(words[0]) and len(words) == 2):
            continue
        # One word before the number must be a name (Mate 60, Atlas 900), not an
        # acronym or a letter (RCA 0.8, T 1).
        if len(words) == 2 and not any(ch.islower() for ch in words[0]):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", number):  # "CES 2026" is an event and a year
            continue
        yield match.span("name")


def model_numbers(text: str, name_ends: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Model numbers right after a maker or product name, before a product noun,
    or continuing a list of models; not plant names (AP6厂, K18厂房)."""
    after_name = set(name_ends)
    accepted: list[tuple[int, int]] = []
    for match in latin_matches(MODEL, text):
        start, end = match.span("name")
        if _SITE_NEXT.match(text, end) or is_generic(match.group("name")):
            continue
        previous = start - 1 if start and text[start - 1] == " " else start
        link_ok = False
        if accepted:
            link = _LIST_LINK.match(text, accepted[-1][1])
            link_ok = bool(link) and link.end() == start
        if previous in after_name or _PRODUCT_NEXT.match(text, end) or link_ok:
            accepted.append((start, end))
            yield start, end


def named_chips(text: str) -> Iterator[tuple[int, int]]:
    if "芯片" not in text and "晶片" not in text:
        return  # (the scan for a capital would find none)
    for match in latin_matches(NAMED_CHIP, text):
        word = re.sub(r"\s?(?:芯片|晶片)$", "", match.group("name"))
        has_lower = any(ch.islower() for ch in word)
        has_digit = any(ch.isdigit() for ch in word)
        if is_generic(word) or not (has_lower or has_digit):
            continue
        yield match.span("name")


def technologies(text: str) -> Iterator[tuple[int, int]]:
    """Mixed-case names (CoWoS, FOCoS, SoIC) and acronyms that are not classes."""
    for match in latin_matches(TECHNOLOGY, text):
        word = match.group("name")
        if is_generic(word) or word.isdigit():
            continue
        upper = sum(ch.isupper() for ch in word)
        lower = sum(ch.islower() for ch in word)
        if upper >= 2 and (lower == 0 or lower < len(word) - 1):
            yield match.span("name")


# A capitalised Latin name before the kind of thing it names: "Alpamayo模型",
# "Dojo超算", "Lumina平台".  Ordinary English words before 模型 are not names.
NAME_BEFORE_KIND = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z0-9.-]', '[A-Za-z] ')}[a-z]{{2,}}(?:[A-Z][a-z]+)*)"
    r"\s?(?=大模型|模型|超算|超级计算机|平台|操作系统|机器人|系列|座舱)",
)
_COMMON_WORDS = _word_set(
    "Transformer Diffusion Cloud Edge Smart Digital Data Open Deep Machine Vision Python Java "
    "Web Internet Mobile Global Industrial Industry Green Future Super Mega Micro Nano Pro Max "
    "Lite Plus Chat Agent Agents Model Models Platform System Robot Benchmark Pilot Network"
)
# "名为Kosmera Nebula 1的", "命名为Lumina": a name introduced as such.
CALLED = re.compile(
    r"(?:名为|名叫|命名为|代号为?)\s?[“\"「]?"
    r"(?P<name>[A-Z][A-Za-z0-9-]*(?: [A-Z0-9][A-Za-z0-9.-]*){0,3})"
)


_CALLED = Anchored(CALLED)


def names_before_kind(text: str) -> Iterator[tuple[int, int]]:
    for match in latin_matches(NAME_BEFORE_KIND, text):
        if match.group("name") not in _COMMON_WORDS:
            yield match.span("name")


def called_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _CALLED.finditer(text):
        if not is_generic(match.group("name")):
            yield match.span("name")


# A mixed-case acronym spelled out in parentheses: "FOCoS(Fan-Out Chip on Substrate)".
# Mixed case (CoWoS, SoIC) marks a coined technology name; all-capital acronyms
# spelled out are as often institutions (BIS).
ACRONYM_EXPANDED = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z0-9-]')}[A-Za-z]{{2,9}})\s?\(\s?"
    r"(?P<words>[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){1,6})\s?[,)]",
)
# The spelled-out name before its acronym: "Full Self-Driving(FSD)".
EXPANDED_ACRONYM = re.compile(
    rf"(?P<words>{first_not_after('A-Z', '[A-Za-z0-9-]')}[A-Za-z]*(?:[ -][A-Za-z]+){{1,6}})\s?\(\s?"
    r"(?P<name>[A-Z][A-Za-z0-9]{1,9})\s?\)",
)


def _initials(words: str) -> str:
    return "".join(word[0] for word in re.split(r"[ -]", words) if word).upper()


def acronyms_spelled_out(text: str) -> Iterator[tuple[int, int]]:
    for match in latin_matches(ACRONYM_EXPANDED, text):
        name = match.group("name")
        mixed = any(ch.islower() for ch in name) and sum(ch.isupper() for ch in name) >= 2
        if mixed and _initials(match.group("words")) == name.upper():
            yield match.span("name")


def spelled_out_before(text: str, products: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spelled-out name of a product when its acronym follows in parentheses."""
    known = set(products)
    for match in latin_matches(EXPANDED_ACRONYM, text):
        if match.span("name") in known and _initials(match.group("words")) == match.group("name"):
            yield match.span("words")


def repeated_names(text: str, products: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Every other whole-word occurrence of a Latin product name found once by a rule
    ("Alpamayo模型" … "其Alpamayo")."""
    known = set(products)
    names = {text[s:e] for s, e in known}
    for name in names:
        if len(name) < 3 or not re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", name) or is_generic(name):
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not (_word_char(before) or _word_char(after)) and (at, end) not in known:
                yield at, end
            at = text.find(name, end)


def _word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "-")


# A camel-case product name with its generation number: iPhone17, iPad10, Model3.
# (The first letter is taken first, then what follows a small or a capital one.)
_NUMBERED_CAMEL = re.compile(
    rf"(?P<name>{first_not_after('a-zA-Z', '[A-Za-z0-9]')}"
    r"(?:(?<=[a-z])[A-Z][a-z]{2,}|(?<=[A-Z])[a-z]{3,})\d{1,3}"
    r"(?:\s?(?:Pro|Max|Plus|Ultra|Mini|Air)){0,2})(?![A-Za-z0-9])",
)


def numbered_camel_names(text: str) -> Iterator[tuple[int, int]]:
    for match in latin_matches(_NUMBERED_CAMEL, text):
        if not is_generic(re.sub(r"\d.*", "", match.group("name"))):
            yield match.span("name")


# An acronym right after a plant's capacity names what the plant makes: 60万吨/年PTA.
_AFTER_CAPACITY = re.compile(r"\s?(?P<name>[A-Z]{2,5})(?![A-Za-z0-9])")


def after_capacities(text: str, capacity_ends: Iterable[int]) -> Iterator[tuple[int, int]]:
    for end in capacity_ends:
        match = _AFTER_CAPACITY.match(text, end)
        if match and not is_generic(match.group("name")):
            yield match.span("name")
