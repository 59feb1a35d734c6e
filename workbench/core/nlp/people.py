"""Rules for people the dictionaries cannot list: Latin names introduced by a
title or a speech verb, transliterated names joined by a middle dot, and later
mentions of a name already found in the same text.

Every rule runs on the Simplified, width-folded copy and returns spans into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .anchors import Anchored
from .patterns import finditer_near, first_not_after, latin_matches
from .rules import LATIN_ORG, TITLE_WORDS, TITLES, is_plausible_chinese_name

# A Latin personal name: two or three capitalised words (accented letters too:
# Ferdinand Dudenhöffer).
_LATIN_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_LATIN_PERSON = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{1,2}}"

_ROLES = TITLES
# "WEF执行董事Kiva Allgood", "首席执行官(CEO)Jareeporn Jarukornsakul".
LATIN_AFTER_ROLE = re.compile(
    rf"(?:{TITLE_WORDS})(?:\s?\((?:CEO|CTO|CFO|COO)\))?\s?(?P<name>{_LATIN_PERSON})(?![A-Za-z])"
)
# (Tried where a title stands.)
_AFTER_ROLE = Anchored(LATIN_AFTER_ROLE)
# "Philippe Ferragu指出", "Michael Nilges表示".
_SPEECH = r"表示|指出|认为|强调|称|说|介绍|透露|坦言|提到|预言|预计|回应|补充|解释|写道"
LATIN_BEFORE_SPEECH = re.compile(
    rf"(?P<name>{first_not_after('A-Z', '[A-Za-z] ', '[A-Za-z]')}"
    rf"{_LATIN_PERSON.removeprefix('[A-Z]')})\s?(?:{_SPEECH})"
)

# Characters that transliterate foreign names (马斯克, 莫拉维克, 凯斯勒): a dotted
# name only counts when both sides are written in them, so "中国·上海" does not.
_TRANSLITERATION = set(
    "阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕宾波伯博布査查达戴丹道德登迪蒂丁东杜多厄恩尔法凡范菲费芬"
    "佛弗福富盖甘冈高戈哥格葛根古瓜哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱隆"
    "兰朗劳勒雷蕾黎里理利莉丽连林琳留隆卢鲁路伦罗洛马玛迈麦曼梅蒙米密明莫默姆穆纳娜奈南内尼涅宁"
    "纽努诺欧帕潘佩彭皮珀普齐奇恰乔琴丘萨塞赛桑瑟森沙莎尚舍施什史斯松苏索塔泰坦汤唐特汀图托瓦"
    "万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐祖荷琼薇芙露茨茜翰"
)
_DOT = "·•・‧"
DOTTED_NAME = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,6}}[{_DOT}][\u4e00-\u9fff]{{2,8}})")
# Its dot, one to six characters into a match: names are looked for only there.
_A_DOT = Anchored(re.compile(f"[{_DOT}]"))

# What follows a person named only by the segmenter's tag: speech, an honorific,
# or the full stop of a citation ("陈世炜.基于明暗场…").
_PERSON_NEXT = re.compile(
    rf"\s?(?:{_SPEECH}|博士|先生|女士|教授|院士|等人|在接受|接受.{{0,6}}采访|告诉|\.(?=[\u4e00-\u9fff]))"
)
_PERSON_BEFORE = re.compile(rf"(?:{_ROLES})\s?$")


def _transliterated_run(text: str, start: int, end: int, step: int) -> int:
    """How many characters from ``start`` (forwards) or ``end`` (backwards) are
    transliteration characters."""
    count = 0
    if step > 0:
        while start + count < end and text[start + count] in _TRANSLITERATION:
            count += 1
    else:
        while end - count > start and text[end - count - 1] in _TRANSLITERATION:
            count += 1
    return count


def dotted_names(text: str) -> Iterator[tuple[int, int]]:
    """Transliterated names with a middle dot: 杰弗里·凯斯勒, 埃隆•马斯克.

    The pattern may take in words on either side; the name is the run of
    transliteration characters around the dot.
    """
    for match in finditer_near(DOTTED_NAME, text, _A_DOT, 6, 1):
        start, end = match.span("name")
        dot = next(i for i in range(start, end) if text[i] in _DOT)
        before = _transliterated_run(text, start, dot, -1)
        after = _transliterated_run(text, dot + 1, end, 1)
        if before >= 2 and after >= 2:
            yield dot - before, dot + 1 + after


def latin_people(text: str) -> Iterator[tuple[int, int]]:
    for matches in (_AFTER_ROLE.finditer(text), latin_matches(LATIN_BEFORE_SPEECH, text)):
        for match in matches:
            if not LATIN_ORG.fullmatch(match.group("name")):  # "Bernstein Research指出"
                yield match.span("name")


def tagged_name_in_context(text: str, start: int, end: int) -> bool:
    """A segmenter-tagged name is taken only where people are spoken of: the tag
    alone marks common words (卓越, 高昂, 顾问) as names far too often."""
    if not is_plausible_chinese_name(text[start:end]):
        return False
    if _PERSON_NEXT.match(text, end):
        return True
    return bool(_PERSON_BEFORE.search(text, max(0, start - 8), start))


def repeated_mentions(text: str, names: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Every other occurrence of a name found once by a rule, and the surname of a
    Latin full name on its own ("Elon Musk" … "Musk")."""
    wanted: set[str] = set()
    for name in names:
        if len(name) >= 2:
            wanted.add(name)
        parts = name.split(" ")
        if len(parts) >= 2 and len(parts[-1]) >= 3:
            wanted.add(parts[-1])
    for name in sorted(wanted, key=len, reverse=True):
        latin = name[0].isascii()
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not latin or (
                (at == 0 or not _is_latin(text[at - 1]))
                and (end == len(text) or not _is_latin(text[end]))
            ):
                yield at, end
            at = text.find(name, end)


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
