"""The entity recogniser: number rules, domain dictionaries, name patterns and
the segmenter's part-of-speech tags combined.

Traditional text is handled through a Simplified copy of the same length, so every
span found in the copy is a span of the original.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count

from ..script import to_simplified
from . import companies, people, products, rules
from .anchors import Anchored
from .lexicon import Lexicon, canonical_form, default_lexicon
from .mention import Mention
from .numbers import find_numeric, fold_width
from .patterns import finditer_near, latin_matches, places_of
from .segmenter import add_words, tagged_words
from .version import recognizer_version

# Rule order when spans overlap: earlier wins, then the longer span.  Registered
# company names outrank the dictionary because they contain dictionary words
# (深圳中微电科技有限公司 holds 深圳 and 中微电科技).
_PRIORITY = {
    "MONEY": 0,
    "PERCENT": 1,
    "QUANTITY": 2,
    "DATE": 3,
    "COMPANY": 4,
    # A full transliterated name (埃隆·马斯克) outranks its listed surname (马斯克).
    "DOTTED": 4,
    "DICT": 5,
    "RULE": 6,
    "ORG_SUFFIX": 7,
    "POS": 8,
    "REPEAT": 9,
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
    "微电子",
    "光电",
    "实业",
    "智库",
    "学院",
    "联盟",
    "事务所",
    "有限公司",
    "电机",
    "实验室",
    "商会",
    "交易所",
)
_ORG_SUFFIX_WORDS = frozenset(_ORG_SUFFIXES)
_NAME_TAGS = {"ns", "nz", "nr", "nrt", "nt", "eng", "j", "nrfg"}
# The tags a place, organisation or person found by its tag can carry.
_CANDIDATE_TAGS = frozenset({"ns", "nt", "nr", "nrfg"})
_GENERIC_HEADS = {
    "该",
    "本",
    "这家",
    "那家",
    "一家",
    "多家",
    "各",
    "其",
    "国内",
    "全球",
    "我国",
    "美制",
    "国产",
    "美系",
    "日系",
    "韩系",
    "德系",
    "新一轮",
    "五大",
    "对华",
    "技改",
}
# Words starting with a surname character that the segmenter may tag as names.
_NOT_PERSONS = {
    "许可",
    "许可证",
    "高达",
    "高于",
    "高位",
    "高度",
    "高管",
    "高端",
    "任何",
    "于是",
    "方面",
    "成本",
    "向上",
    "安全",
    "常态",
    "明确",
    "龙头",
    "包括",
    "应用",
    "高新",
    "金额",
    "江湖",
    "黄金",
    "白宫",
    "司机",
    "周期",
    "项目",
    "文字",
    "马力",
}
# Words the segmenter tags as places or organisations that are neither.
_NOT_PLACES = {
    "深度",
    "周边",
    "周边地区",
    "外国",
    "重镇",
    "大关",
    "关联",
    "海外",
    "国内",
    "各地",
    "当地",
    "本地",
    "全国",
    "内地",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "东北",
    "西南",
    "华东",
    "华南",
    "华北",
    "地区",
    "中华",
    "中西部",
    "半壁江山",
    "江山",
    "东西部",
    "上海品茶",
    "城市",
    "大城市",
    "周边城市",
    "农村",
    "乡镇",
}
_ABSTRACT = re.compile(r"[度化性力率式型之起用营治换]")
_NOT_ORGS = {
    "美制",
    "国家队",
    "人民法院",
    "政府",
    "国资",
    "央企",
    "国企",
    "民企",
    "外企",
    "美企",
    "德企",
}
# A word tagged as an organisation is one only when it ends like one: the tag
# alone also marks 新兴产业, 国际化 and 联合体.  Generic heads (上市公司) are not.
_ORG_WORD_END = re.compile(
    r"(?<!上市)(?<!理工)(?<!^商)(?<!^国立)(?<!^人民)(?<!^科研)"
    r"(?:公司|大学|学院|集团|银行|研究所|研究院|实验室|交易所|委员会|协会|商会|医院|航空|证券)$"
)
# Dictionary words that are also common nouns: dropped when the next characters
# show the common reading (大众生活: "the public", not Volkswagen).
_AMBIGUOUS_NEXT = {
    "大众": re.compile(r"生活|消费|媒体|文化|化|传播|创业|需求|市场|点评|健康|心理|审美|参与"),
    "苹果": re.compile(r"树|汁|园|酱"),
    "小米": re.compile(r"粥|饭|椒"),
    "长城": re.compile(r"上|脚下|内外"),
    "中兴": re.compile(r"之"),
    "福特": re.compile(r"主义|制"),
    # 集群创新, 社群创新: 群 ends a word and 创新 begins the next.
    "群创": re.compile(r"新"),
}
_PRODUCT_NOUNS = re.compile(r"\s?(?:芯片|晶片|处理器|手机|系列芯片)")
# A variant written after a listed product: EMIB-T, CoWoS-R2.
_PRODUCT_VARIANT = re.compile(r"-[A-Z0-9][A-Za-z0-9]{0,2}(?![A-Za-z0-9-])")
# A listed organisation followed by the word for what it is is one name: 吉利集团,
# 海思半导体, 大众汽车.
# A company's Chinese arm is one name (丰田中国, 大众中国) where a clause goes on
# after it; before a noun (特斯拉中国工厂) 中国 is a place.
_CHINA_ARM = re.compile(r"中国(?=[以成是为在已将也和与及,、。])")
_ORG_TAIL = re.compile(
    r"集团|半导体|微电子|科技|电子|汽车|控股|实验室|研究院|机械|重工|股份|化学|石化|精密|动力|"
    r"资本|资管|证券|人寿|产险|金控|海运|航运|钢铁|塑胶|光电|网(?![络点站页友民购上])"
)
_CLAUSE_TAGS = frozenset({"v", "d", "p", "c", "l", "vd", "u", "uj"})
_DICT_TAGS = {"ORG": "nt", "GPE": "ns", "PERSON": "nr", "PRODUCT": "nz"}

Candidate = tuple[int, int, int, str, str, dict | None]


class Recognizer:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._places = {e.term for e in lexicon.entries.values() if e.type == "GPE"}
        self._orgs = {e.term for e in lexicon.entries.values() if e.type == "ORG"}
        add_words(
            (entry.term, _DICT_TAGS[entry.type])
            for entry in lexicon.entries.values()
            if " " not in entry.term
        )

    def recognise(self, text: str, normalised: str | None = None) -> list[Mention]:
        """The mentions in ``text``; ``normalised`` is its Simplified, width-folded
        copy when the caller has made it already."""
        if not text:
            return []
        if normalised is None:
            normalised = fold_width(to_simplified(text))
        candidates: list[Candidate] = []
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
        dictionary = list(self._from_dictionary(normalised))
        # A registered name is cut at a function character (为, 和) unless that
        # character is inside a listed name: 华为技术有限公司, not 技术有限公司.
        org_starts = {i: c[1] for c in dictionary if c[3] == "ORG" for i in range(c[1] + 1, c[2])}
        for start, end in rules.company_names(normalised):
            start = org_starts.get(start, start)
            candidates.append(_named("COMPANY", start, end, "ORG", normalised))
        for start, end in rules.court_names(normalised):
            candidates.append(_named("COMPANY", start, end, "ORG", normalised))
        candidates.extend(dictionary)
        segments = tagged_words(normalised)
        tagged = list(self._from_tags(normalised, dictionary, segments))
        candidates.extend(tagged)
        # Capacities of plants (150万吨/年): an acronym after one is what they make.
        capacities = [c[2] for c in candidates if c[3] == "QUANTITY" and "吨" in c[4]]
        candidates.extend(self._from_patterns(normalised, dictionary + tagged, capacities))
        candidates.extend(_organisations(normalised, dictionary))
        shaped = self._shaped_organisations(normalised, candidates, dictionary, segments)
        candidates.extend(list(shaped))
        candidates.extend(_short_company_names(normalised, candidates))
        candidates.extend(_repeated_trade_names(normalised))
        return self._resolve(text, candidates)

    def _from_dictionary(self, normalised: str):
        for match in self.lexicon.find(normalised):
            entry = match.entry
            start, end = match.start, match.end
            ambiguous = _AMBIGUOUS_NEXT.get(entry.term)
            if ambiguous and ambiguous.match(normalised, end):
                continue
            canonical = entry.canonical
            if entry.type == "GPE":
                suffix = rules.ADMIN_SUFFIX.match(normalised, end)
                if suffix and not entry.term.endswith(suffix.group(0)[-1]):
                    end = suffix.end()
                park = rules.PARK_SUFFIX.match(normalised, end)
                if park:
                    end = park.end()
            elif entry.type == "PRODUCT":
                noun = _PRODUCT_NOUNS.match(normalised, end)
                variant = _PRODUCT_VARIANT.match(normalised, end)
                if noun and not re.search(r"芯片|晶片", entry.term):
                    end = noun.end()
                elif variant and entry.term.isascii():
                    end = variant.end()
            elif entry.type == "ORG" and not entry.term.isascii():
                sub = (
                    rules.SUB_BODY.match(normalised, end) if entry.term[-1] in "部委会院" else None
                )
                if sub:
                    yield (_PRIORITY["DICT"], start, sub.end(), entry.type, canonical, None)
                    continue
                tail = _ORG_TAIL.match(normalised, end)
                if tail and not entry.term.endswith(tail.group(0)):
                    end = tail.end()
                elif _CHINA_ARM.match(normalised, end):
                    end += 2
            yield (_PRIORITY["DICT"], start, end, entry.type, canonical, None)

    def _from_patterns(self, normalised: str, found: list[Candidate], capacities: list[int]):
        persons: list[tuple[int, int]] = []
        for match in rules.TITLED_PERSONS.finditer(normalised):
            if rules.is_plausible_chinese_name(match.group("name")):
                persons.append(match.span("name"))
        persons.extend(m.span("name") for m in latin_matches(rules.SPEAKER, normalised))
        persons.extend(people.latin_people(normalised))
        for span in people.dotted_names(normalised):
            yield _named("DOTTED", *span, "PERSON", normalised)
        for span in rules.title_dotted_people(normalised):
            yield _named("DOTTED", *span, "PERSON", normalised)
        persons.extend((c[1], c[2]) for c in found if c[3] == "PERSON")
        for _start, end in list(persons):
            latin = rules.LATIN_NAME.match(normalised, end)
            if latin:
                persons.append(latin.span("name"))
        for span in persons:
            yield _named("RULE", *span, "PERSON", normalised)
        names = {normalised[s:e] for s, e in persons}
        for span in people.repeated_mentions(normalised, names):
            yield _named("REPEAT", *span, "PERSON", normalised)

        product_spans = [m.span("name") for m in rules.QUOTED_PRODUCTS.finditer(normalised)]
        product_spans.extend(products.versioned_names(normalised))
        product_spans.extend(products.named_chips(normalised))
        product_spans.extend(products.technologies(normalised))
        product_spans.extend(products.names_before_kind(normalised))
        product_spans.extend(products.called_names(normalised))
        product_spans.extend(products.acronyms_spelled_out(normalised))
        product_spans.extend(products.numbered_camel_names(normalised))
        product_spans.extend(products.after_capacities(normalised, capacities))
        name_ends = [c[2] for c in found if c[3] in {"ORG", "PRODUCT"}]
        product_spans.extend(products.model_numbers(normalised, name_ends))
        for _priority, _start, end, type_, _canonical, _value in found:
            if type_ == "PRODUCT":
                product_spans.append((_start, end))
        product_spans.extend(products.spelled_out_before(normalised, product_spans))
        product_spans.extend(products.repeated_names(normalised, product_spans))
        found_spans = {(c[1], c[2]) for c in found}
        for span in product_spans:
            if span not in found_spans:
                yield _named("RULE", *span, "PRODUCT", normalised)
            spelled = rules.LATIN_EXPANSION.match(normalised, span[1])
            spelled = spelled or rules.LATIN_AFTER_COMMA.match(normalised, span[1])
            if spelled:
                yield _named("RULE", *spelled.span("name"), "PRODUCT", normalised)
        for _priority, _start, end, type_, _canonical, _value in found:
            if type_ == "GPE" and end - _start >= 2 and normalised[end - 1] == "国":
                city = rules.CITY_AFTER_COUNTRY.match(normalised, end)
                if city:
                    yield _named("RULE", *city.span("name"), "GPE", normalised)

    def _from_tags(self, normalised: str, dictionary: list[Candidate], segments):
        places = {c[2] for c in dictionary if c[3] == "GPE"}
        starts, words, tags = segments
        # Only organisation suffixes and name tags can start a candidate; picking
        # them out in C skips the Python loop over every other word.
        wanted = compress(
            count(),
            map(
                operator.or_,
                map(_ORG_SUFFIX_WORDS.__contains__, words),
                map(_CANDIDATE_TAGS.__contains__, tags),
            ),
        )
        for index in wanted:
            start, word, tag = starts[index], words[index], tags[index]
            end = start + len(word)
            if word in _ORG_SUFFIX_WORDS and index > 0:
                head = index
                while head > 0 and index - head < 3:
                    if tags[head - 1] not in _NAME_TAGS or words[head - 1] in _GENERIC_HEADS:
                        break
                    head -= 1
                if head < index:
                    org_start = starts[head]
                    name = normalised[org_start:end]
                    yield (_PRIORITY["ORG_SUFFIX"], org_start, end, "ORG", name, None)
                continue
            if len(word) < 2:
                continue
            if tag == "ns" and word not in _NOT_PLACES:
                suffix = rules.ADMIN_SUFFIX.match(normalised, end)
                if suffix and not word.endswith(suffix.group(0)[-1]):
                    end = suffix.end()
                # A two-character "place" known to no dictionary is most often a
                # common word (城市, 上市, 维度) unless a suffix or a country marks it.
                if end - start <= 2 and start not in places:
                    continue
                # Longer ones with the characters of abstract nouns are words too
                # (多维度, 法治化, 非营利, 加大力度).
                if _ABSTRACT.search(normalised, start, end) and start not in places:
                    continue
                yield (_PRIORITY["POS"], start, end, "GPE", normalised[start:end], None)
            elif tag == "nt" and word not in _NOT_ORGS and _ORG_WORD_END.search(word):
                yield (_PRIORITY["POS"], start, end, "ORG", word, None)
            elif (
                tag in {"nr", "nrfg"}
                and word not in _NOT_PERSONS
                and people.tagged_name_in_context(normalised, start, end)
            ):
                yield (_PRIORITY["POS"], start, end, "PERSON", word, None)

    def _shaped_organisations(
        self,
        normalised: str,
        candidates: list[Candidate],
        dictionary: list[Candidate],
        segments: tuple[list[int], list[str], list[str]],
    ):
        """Company names by their shape (see :mod:`companies`), and their short forms."""
        word_starts, _words, tags = segments
        # Where a name may start: after what was found, or after a verb, an adverb
        # or a function word (据悉东岳塑胶, 宣布蓝湾重工) even without a break before it.
        ends = {c[2] for c in candidates if c[3] != "ORG" or c[0] <= _PRIORITY["DICT"]}
        boundaries = _AfterClauseWords(word_starts, tags, ends)
        # A name starts where a word does: 据悉东岳塑胶 is 据悉 + 东岳塑胶 (the
        # words after verbs are words already).
        starts = set(word_starts)
        starts |= ends
        starts.update(c[1] for c in dictionary)
        places, orgs = self._places, self._orgs
        # Where each listed name covering a character starts and ends (dictionary
        # matches never overlap, so one name covers a character at most).
        listed_start: dict[int, int] = {}
        listed_end: dict[int, int] = {}
        for c in dictionary:
            if c[3] in {"ORG", "PRODUCT"}:
                for i in range(c[1], c[2]):
                    listed_start[i], listed_end[i] = c[1], c[2]

        def crosses(start: int, end: int) -> bool:
            # A shape never cuts a listed name it does not hold whole.
            return listed_start.get(start, start) < start or listed_end.get(end - 1, end) > end

        shaped: list[tuple[int, int]] = []
        for span in companies.trade_names(normalised, places, orgs, boundaries, starts):
            if not crosses(*span):
                shaped.append(span)
                yield _named("COMPANY", *span, "ORG", normalised)
        vouched: list[tuple[int, int]] = []
        # A country or city before a stock-coded name is part of it (中国宏桥(1378.HK)).
        not_places = _AfterClauseWords(
            word_starts, tags, {c[2] for c in candidates if c[3] not in {"ORG", "GPE"}}
        )
        for span in companies.before_stock_codes(normalised, not_places):
            if not crosses(*span):
                vouched.append(span)
                yield _named("COMPANY", *span, "ORG", normalised)
        for span in companies.media_names(normalised, boundaries):
            if not crosses(*span):
                yield _named("COMPANY", *span, "ORG", normalised)
        for span in companies.institution_names(normalised):
            if not crosses(*span):
                yield _named("COMPANY", *span, "ORG", normalised)
        for span in companies.before_titles(normalised, places, orgs, boundaries):
            vouched.append(span)
            yield _named("RULE", *span, "ORG", normalised)
        # A Latin name in parentheses after any organisation found so far, or after
        # its legal form: 英国石油公司(BP), 东岳塑胶(Dongyue).
        org_ends = {c[2] for c in candidates if c[3] == "ORG"} | {e for _s, e in shaped + vouched}
        for end in org_ends:
            if normalised.startswith("公司", end):
                end += 2
            alias = rules.LATIN_ALIAS.match(normalised, end)
            if alias and not products.is_generic(alias.group("name")):
                yield _named("RULE", *alias.span("name"), "ORG", normalised)
        for span in companies.category_lists(normalised, places):
            yield _named("REPEAT", *span, "ORG", normalised)
        # Registered names (and government bodies) found before this step.
        registered = [(c[1], c[2]) for c in candidates if c[0] == _PRIORITY["COMPANY"]]
        forms: dict[str, str] = {}
        sources = [(span, False) for span in shaped + registered if span[1] - span[0] <= 30]
        sources.extend((span, True) for span in vouched)
        for (start, end), strong in sources:
            if strong:  # the name again, without its stock code or title
                forms[normalised[start:end]] = "COMPANY"
            for form in companies.short_forms(normalised[start:end]):
                if "(" in form or form in places or form in forms:
                    continue
                # A subsidiary's short name holds its place (万华福建): the name wins.
                if _places_in(form, places):
                    forms[form] = "COMPANY"
                elif companies.is_name_like(form, orgs, strong or len(form) > 2):
                    forms[form] = "REPEAT"
        for form, rule in forms.items():
            at = normalised.find(form)
            while at >= 0:
                yield _named(rule, at, at + len(form), "ORG", normalised)
                at = normalised.find(form, at + len(form))

    @staticmethod
    def _resolve(text: str, candidates: list[Candidate]) -> list[Mention]:
        candidates.sort(key=lambda c: (c[0], -(c[2] - c[1]), c[1]))
        taken = bytearray(len(text))
        overlaps = taken.find
        chosen = []
        for _priority, start, end, type_, canonical, value in candidates:
            if end <= start or overlaps(1, start, end) >= 0:
                continue
            # Never start or end a mention on whitespace (most have none to strip).
            surface = text[start:end]
            stripped = surface.strip()
            if len(stripped) != end - start:
                if not stripped:
                    continue
                start += len(surface) - len(surface.lstrip())
                end = start + len(stripped)
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, type_, stripped, canonical, value))
        # Chosen spans never overlap, so their starts differ and order them alone.
        chosen.sort()
        return Mention.from_rows(chosen)


class _AfterClauseWords:
    """The starts of the words after a verb, an adverb or a function word, and the
    positions in ``also``: looked up by bisection on the words' starts where a rule
    asks (a few thousand times a document) instead of built as a set of the tens
    of thousands there are."""

    __slots__ = ("also", "starts", "tags")

    def __init__(self, starts: list[int], tags: list[str], also: set[int]):
        self.starts, self.tags, self.also = starts, tags, also

    def __contains__(self, position: int) -> bool:
        if position in self.also:
            return True
        starts = self.starts
        index = bisect_left(starts, position)
        return (
            0 < index < len(starts)
            and starts[index] == position
            and self.tags[index - 1] in _CLAUSE_TAGS
        )


def _places_in(form: str, places: set[str]) -> list[str]:
    return [
        form[i:j]
        for i in range(1, len(form) - 1)
        for j in range(i + 2, len(form) + 1)
        if form[i:j] in places
    ]


def _organisations(normalised: str, dictionary: list[Candidate]):
    """Government bodies after a place, Latin company names and Latin aliases."""
    heads = [(c[1], c[2]) for c in dictionary if c[3] == "GPE"]
    # (Each institution is a bank or an exchange: most texts name neither.)
    banks = "银行" in normalised or "交易所" in normalised
    heads.extend(m.span() for m in rules.NATIONAL.finditer(normalised))
    for start, end in heads:
        body = rules.GOVERNMENT_BODY.match(normalised, end)
        if body:
            yield _named("COMPANY", start, body.end(), "ORG", normalised)
            continue
        # 江苏省委, 苏州市政府: the place's own party committee or government.
        local = rules.LOCAL_BODY.match(
            normalised, end - 1 if normalised[end - 1] in "省市县区" else end
        )
        if local and normalised[local.start()] in "省市县区":
            yield _named("COMPANY", start, local.end(), "ORG", normalised)
            continue
        # 加拿大皇家银行, 香港联合交易所: an institution named by its place.
        institution = banks and rules.PLACE_INSTITUTION.match(normalised, end)
        if institution:
            yield _named("COMPANY", start, institution.end(), "ORG", normalised)
    # A country before its own national body: 美国联准会, 日本经济产业省.
    gpe_ends = {c[2]: c[1] for c in dictionary if c[3] == "GPE"}
    for c in dictionary:
        if (
            c[3] == "ORG"
            and c[1] in gpe_ends
            and rules.NATIONAL_BODY_END.search(normalised, c[1], c[2])
        ):
            yield _named("COMPANY", gpe_ends[c[1]], c[2], "ORG", normalised)
    for match in latin_matches(rules.LATIN_ORG, normalised):
        yield _named("RULE", *match.span("name"), "ORG", normalised)
    for c in dictionary:
        if c[3] == "ORG":
            alias = rules.LATIN_ALIAS.match(normalised, c[2])
            if alias and not products.is_generic(alias.group("name")):
                yield _named("RULE", *alias.span("name"), "ORG", normalised)
            alias = rules.CHINESE_ALIAS.match(normalised, c[2])
            if alias:
                yield _named("RULE", *alias.span("name"), "ORG", normalised)
    brands = latin_matches(rules.LATIN_BRANDS, normalised) if "品牌" in normalised else ()
    for match in brands:
        names = match.group("names")
        for part in re.finditer(r"[A-Z][A-Za-z0-9]+(?:[ -][A-Z][A-Za-z0-9]+)?", names):
            if not products.is_generic(part.group(0)):
                start = match.start("names") + part.start()
                yield _named("RULE", start, start + len(part.group(0)), "ORG", normalised)
    known = {(c[1], c[2]) for c in dictionary if c[3] == "ORG"}
    place_ends = {c[1]: c[2] for c in dictionary if c[3] == "GPE"}
    for span in rules.enumerated_names(normalised, known):
        if span not in known:
            # An item of a list of companies that starts with a place is a company
            # named after it (浙江鼎力), not the place.
            held = place_ends.get(span[0], span[1]) < span[1]
            yield _named("COMPANY" if held else "REPEAT", *span, "ORG", normalised)


_LEGAL_FORM = re.compile(r"(?:\([\u4e00-\u9fff]{2,4}\))?(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司$")
_TRADE = re.compile(r"(?:科技|电子|微电子|半导体|光电|电器|电机|材料|能源|汽车|集团|实业|控股)$")


def _short_company_names(normalised: str, candidates: list[Candidate]):
    """Later mentions of a registered company by its short name: 深圳中微电科技有限公司
    … 中微电科技 … 中微电."""
    place_ends = {c[1]: c[2] for c in candidates if c[3] == "GPE"}
    shorts: set[str] = set()
    for priority, start, end, type_, _canonical, _value in candidates:
        # Only registered names: a short form of a name found by its suffix alone
        # is too often a common word (拉通集团 … 拉通).
        if type_ != "ORG" or priority != _PRIORITY["COMPANY"]:
            continue
        if place_ends.get(start, end) < end:
            start = place_ends[start]
        name = _LEGAL_FORM.sub("", normalised[start:end])
        if not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        if name != normalised[start:end] and len(name) >= 3:
            shorts.add(name)
        head = _TRADE.sub("", name)
        if head != name and len(head) >= 3:
            shorts.add(head)
    for name in shorts:
        at = normalised.find(name)
        while at >= 0:
            yield _named("REPEAT", at, at + len(name), "ORG", normalised)
            at = normalised.find(name, at + len(name))


def _named(rule: str, start: int, end: int, type_: str, normalised: str) -> Candidate:
    """A rule-found name; its canonical form is the Simplified text, one space kept
    between Latin words (Super Power Rail) and none elsewhere."""
    canonical = canonical_form(normalised[start:end])
    return (_PRIORITY[rule], start, end, type_, canonical, None)


@lru_cache(maxsize=1)
def default_recognizer() -> Recognizer:
    return Recognizer(default_lexicon())


RECOGNIZER_VERSION = recognizer_version()


# An unlisted company written by a short name and its trade: 感图科技, 蕊源科技.
# It opens a clause (or follows a place) and recurs in the text.
_TRADES = "科技|电子|微电子|半导体|集团|智能|光电"
_TRADE_NAME = re.compile(
    r"(?:(?<=^)|(?<=[\s,。;:、“”\"()《》!?]))"
    rf"(?P<head>[\u4e00-\u9fff]{{2,3}}?)(?P<trade>{_TRADES})"
)
# Where a trade begins (电子 inside 微电子 too): a name starts two or three before.
_TRADE_AHEAD = Anchored(places_of(_TRADES), _TRADES.split("|"))
_NOT_IN_HEAD = re.compile(r"[的了和与及在是为对从向将把被或等这该其各本国省市区]")
# A head the segmenter knows as one ordinary word (功率, 国产, 汽车) is a kind of
# trade, not a name; names unknown to it come out as new words or single characters.
_ORDINARY_TAGS = frozenset({"n", "vn", "a", "an", "ad", "d", "m", "b", "f", "s", "t", "r"})


def _repeated_trade_names(normalised: str):
    names: dict[str, list[int]] = {}
    for match in finditer_near(_TRADE_NAME, normalised, _TRADE_AHEAD, 3, 2):
        names.setdefault(match.group(0), []).append(match.start())
    for name, starts in names.items():
        head = name[: -len(_TRADE_NAME.match(name).group("trade"))]
        if len(starts) < 2 or _NOT_IN_HEAD.search(head) or head in _GENERIC_HEADS:
            continue
        _starts, words, tags = tagged_words(head)
        if len(words) == 1 and tags[0] in _ORDINARY_TAGS:
            continue
        for start in starts:
            yield _named("REPEAT", start, start + len(name), "ORG", normalised)
