"""The entity recogniser: number rules, domain dictionaries and jieba's tags combined.

Traditional text is handled through a Simplified copy of the same length, so every
span found in the copy is a span of the original.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..script import to_simplified
from .lexicon import Lexicon, default_lexicon, dictionaries_digest
from .mention import Mention
from .numbers import find_numeric, fold_width
from .segmenter import add_words, tag_spans

_ENGINE_VERSION = "1"

# Rule order when spans overlap: earlier wins, then the longer span.
_PRIORITY = {
    "MONEY": 0,
    "PERCENT": 1,
    "QUANTITY": 2,
    "DATE": 3,
    "DICT": 4,
    "ORG_SUFFIX": 5,
    "POS": 6,
}

_ORG_SUFFIXES = (
    "公司",
    "集团",
    "股份",
    "控股",
    "科技",
    "电子",
    "半导体",
    "银行",
    "研究院",
    "研究所",
    "大学",
    "协会",
    "委员会",
    "证券",
    "资本",
    "基金",
    "汽车",
    "电器",
    "能源",
    "材料",
    "微电子",
    "光电",
    "实业",
    "投资",
    "智库",
    "学院",
    "联盟",
    "事务所",
    "有限公司",
    "晶圆",
    "电机",
)
_NAME_TAGS = {"ns", "nz", "nr", "nrt", "nt", "eng", "j", "nrfg"}
_GENERIC_HEADS = {"该", "本", "这家", "那家", "一家", "多家", "各", "其", "中国", "国内", "全球"}
_PERSON_STOP = {"周", "于", "新", "高", "马", "金", "万", "向", "方", "任", "车", "文", "华", "台"}
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")


class Recognizer:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        add_words(
            (entry.term, {"ORG": "nt", "GPE": "ns", "PERSON": "nr", "PRODUCT": "nz"}[entry.type])
            for entry in lexicon.entries.values()
            if " " not in entry.term
        )

    def recognise(self, text: str) -> list[Mention]:
        if not text:
            return []
        normalised = fold_width(to_simplified(text))
        candidates: list[tuple[int, int, int, str, str, dict | None]] = []
        for match in find_numeric(normalised):
            candidates.append(
                (
                    _PRIORITY[match.type],
                    match.start,
                    match.end,
                    match.type,
                    match.canonical,
                    match.value,
                )
            )
        for match in self.lexicon.find(normalised):
            candidates.append(
                (
                    _PRIORITY["DICT"],
                    match.start,
                    match.end,
                    match.entry.type,
                    match.entry.canonical,
                    None,
                )
            )
        candidates.extend(self._from_tags(normalised))
        return self._resolve(text, candidates)

    def _from_tags(self, normalised: str):
        spans = tag_spans(normalised)
        for index, (start, end, word, tag) in enumerate(spans):
            if word in _ORG_SUFFIXES and index > 0:
                head = index
                while head > 0 and index - head < 3:
                    prev = spans[head - 1]
                    if prev[3] not in _NAME_TAGS or prev[2] in _GENERIC_HEADS:
                        break
                    head -= 1
                if head < index:
                    org_start = spans[head][0]
                    name = normalised[org_start:end]
                    yield (_PRIORITY["ORG_SUFFIX"], org_start, end, "ORG", name, None)
                continue
            if len(word) < 2:
                continue
            if tag == "ns":
                yield (_PRIORITY["POS"], start, end, "GPE", word, None)
            elif tag == "nt":
                yield (_PRIORITY["POS"], start, end, "ORG", word, None)
            elif (
                tag in {"nr", "nrfg"}
                and _CJK_NAME.match(word)
                and word[0] not in _PERSON_STOP
                and (len(word) <= 4 or "·" in word)
            ):
                yield (_PRIORITY["POS"], start, end, "PERSON", word, None)

    @staticmethod
    def _resolve(text: str, candidates) -> list[Mention]:
        candidates.sort(key=lambda c: (c[0], -(c[2] - c[1]), c[1]))
        taken = bytearray(len(text))
        chosen = []
        for _priority, start, end, type_, canonical, value in candidates:
            if end <= start or any(taken[start:end]):
                continue
            # Never start or end a mention on whitespace.
            surface = text[start:end]
            stripped = surface.strip()
            if not stripped:
                continue
            start += len(surface) - len(surface.lstrip())
            end = start + len(stripped)
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Mention(start, end, type_, text[start:end], canonical, value))
        chosen.sort(key=lambda m: (m.start, m.end))
        return chosen


@lru_cache(maxsize=1)
def default_recognizer() -> Recognizer:
    return Recognizer(default_lexicon())


@lru_cache(maxsize=1)
def _version() -> str:
    return f"{_ENGINE_VERSION}-{dictionaries_digest()}"


RECOGNIZER_VERSION = _version()
