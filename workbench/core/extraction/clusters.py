"""Industrial clusters: the numbered cluster table of a report, and clusters named in prose.

A PDF table reaches us as one run of text: ``1魁北克省蒙特利尔航空产业集群北美洲加拿大
航空航天高端装备领域2…``, with page numbers glued in (``…新材料领域5770葡萄牙…`` is
page 57, then row 70) and, in the raw text, running headers between pages.  Rows
are numbered 1, 2, 3, …, so the parser walks them in order: each row is its number,
the name, a continent, a country, the industries and the domain (``…领域``).

Cleaning removes doubled runs, which a table can legitimately have (industries
``生物医药`` followed by domain ``生物医药及高端医疗器械领域``); the values are therefore
read from the raw text where it parses, and the offsets from the canonical text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..cleaning import running_headers
from .places import CONTINENT_PATTERN, COUNTRY_PATTERN, leading_places

# The domains (所属行业领域) used by Chinese cluster reports; any other "…领域" tail
# is accepted when none of these fits.
KNOWN_DOMAINS = (
    "生物医药及高端医疗器械领域",
    "新能源及智能网联汽车领域",
    "新一代信息技术领域",
    "高端装备领域",
    "电子信息领域",
    "新材料领域",
    "消费品领域",
    "新能源领域",
)
_KNOWN_DOMAIN = "|".join(re.escape(d) for d in KNOWN_DOMAINS)
_ANY_DOMAIN = r"[\u4e00-\u9fff]{2,12}?领域"

_TABLE_HEADER = re.compile(r"序号\s*集群名称.{0,40}?领域")
_ROW_BODIES = tuple(
    re.compile(
        rf"(?P<name>\S.{{0,60}}?)(?P<continent>{CONTINENT_PATTERN})(?P<country>{COUNTRY_PATTERN})"
        rf"(?P<industries>.{{0,80}}?)(?P<domain>{domain})(?=\s*\d|\s*$)",
        re.S,
    )
    for domain in (_KNOWN_DOMAIN, _ANY_DOMAIN)  # a known domain wherever one fits
)


@dataclass(frozen=True)
class ClusterRecord:
    name: str
    continent: str = ""
    country: str = ""
    region: str = ""
    industries: str = ""
    domain: str = ""
    rank: int | None = None  # the row number in the source table
    start: int = 0  # the row's span in the text parsed
    end: int = 0

    def values(self) -> dict:
        return {
            "name": self.name,
            "continent": self.continent,
            "country": self.country,
            "region": self.region,
            "industries": self.industries,
            "domain": self.domain,
        }


def parse_cluster_table(text: str) -> list[ClusterRecord]:
    """Every row of each numbered cluster table in ``text``, spans into ``text``."""
    out: list[ClusterRecord] = []
    for header in _TABLE_HEADER.finditer(text):
        out.extend(_rows_after(text, header.end()))
    return out


def _rows_after(text: str, pos: int) -> Iterable[ClusterRecord]:
    number = 1
    while True:
        # optional page number glued before the row number: "5416南加州…" is page 54, row 16
        head = re.compile(rf"\s*\d{{0,3}}?{number}(?!\d)").match(text, pos)
        if head is None:
            return
        body = next((m for p in _ROW_BODIES if (m := p.match(text, head.end()))), None)
        if body is None:
            return
        name = body["name"].strip()
        yield ClusterRecord(
            name=name,
            continent=body["continent"],
            country=body["country"],
            region=leading_places(name),
            industries=body["industries"].strip(),
            domain=body["domain"],
            rank=number,
            start=head.end() - len(str(number)),
            end=body.end(),
        )
        pos = body.end()
        number += 1


def _without_headers(raw: str) -> str:
    for header in running_headers(raw):
        raw = re.sub(f"(?:{re.escape(header)}){{2,}}", "", raw)
    return raw


def cluster_table_rows(text: str, raw_text: str | None = None) -> list[ClusterRecord]:
    """The cluster table rows with offsets into ``text`` and values from ``raw_text`` if given.

    A raw row replaces the canonical row's values only when it is the same row
    (same number and name): then it carries what cleaning took out.
    """
    rows = parse_cluster_table(text)
    if not raw_text or not rows:
        return rows
    raw_rows = {(r.rank, r.name): r for r in parse_cluster_table(_without_headers(raw_text))}
    merged = []
    for row in rows:
        raw = raw_rows.get((row.rank, row.name))
        if raw is not None and raw.domain == row.domain and raw.country == row.country:
            row = replace(row, industries=raw.industries)
        merged.append(row)
    return merged


# -- clusters named in prose and in other tables -------------------------------

_PLACE = r"[\u4e00-\u9fff]{2,4}?(?:市|省|区|县)"
_DOMAIN_STEMS = "|".join(re.escape(d.removesuffix("领域")) for d in KNOWN_DOMAINS)
# A name starts after a non-Chinese character, a conjunction, or a table cell's domain.
_NAME_START = (
    r"(?:(?<![\u4e00-\u9fff、\-])|(?<=[和与及,])|"
    + "|".join(f"(?<={re.escape(d.removesuffix('领域'))})" for d in KNOWN_DOMAINS)
    + ")"
)
_NAMED_CLUSTER = re.compile(
    _NAME_START + rf"(?P<name>(?P<places>(?:{_PLACE}、)*{_PLACE})[\u4e00-\u9fff]{{2,14}}?集群)"
    rf"(?P<domain>{_DOMAIN_STEMS})?"
)
# Names that are categories, not a particular cluster.
_GENERIC = re.compile(
    r"(?:先进制造业?|产业|特色产业|制造业|数据中心|中小企业特色产业|国家级先进制造业)集群"
)
_GENERIC_TAIL = re.compile(r"(?:先进制造业?|特色产业|数据中心)集群$")
_EVIDENCE = re.compile(r"入选|名单|拥有|获批|集群名称|打造|培育")


def named_clusters(text: str, known: Iterable[str] = ()) -> list[ClusterRecord]:
    """Clusters a text names explicitly: a place, a specialism, ``集群``.

    ``XX市YY集群`` in a sentence that says it was selected, is held or listed
    (入选, 拥有, 名单, …).  Names in ``known`` are skipped; each name is kept once.
    """
    seen = set(known)
    out = []
    for match in _NAMED_CLUSTER.finditer(text):
        name = match["name"]
        core = name[len(match["places"]) :]
        if name in seen or len(core) < 4 or _GENERIC.fullmatch(core) or _GENERIC_TAIL.search(core):
            continue
        if re.search(r"[市省县院所司]", core[:-2]):  # two names run together
            continue
        context = text[max(0, match.start() - 60) : match.end() + 30]
        in_table = "集群名称" in text[max(0, match.start() - 1500) : match.start()]
        if not (in_table or _EVIDENCE.search(context)):
            continue
        seen.add(name)
        domain = match["domain"] + "领域" if match["domain"] else ""
        out.append(
            ClusterRecord(
                name=name,
                country="中国",
                continent="亚洲",
                region=leading_places(name),
                domain=domain,
                start=match.start(),
                end=match.end("name"),
            )
        )
    return out
