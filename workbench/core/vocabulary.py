"""The workbench's fixed vocabularies, each defined once.

Entity types, sheet review states, document kinds, scripts, sheets and charts:
their stable codes (the values stored and typed on the command line), their
English labels (a translation pass wraps them at display), a Chinese label kept
for that pass, and for some a keyboard digit or colours as ``#rrggbb`` strings
(the Qt layers turn them into ``QColor``).

Every other module imports from here; ``tests/core/test_vocabulary.py`` checks the
codes against the store's constraints and that no module spells a list of them out
again.  Codes never change (they are stored); labels and colours may.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Generic, Protocol, TypeVar

from .translatable import QT_TRANSLATE_NOOP, Translate, untranslated

# The context of every label below in the translation files.
VOCABULARY_CONTEXT = "Vocabulary"


class _Term(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def label(self) -> str: ...


T = TypeVar("T", bound=_Term)


class Vocabulary(Generic[T]):
    """An ordered set of terms, iterated in display order, looked up by code."""

    def __init__(self, *terms: T):
        self._terms = terms
        self._by_code = {term.code: term for term in terms}
        if len(self._by_code) != len(terms):
            raise ValueError("two terms share a code")

    def __iter__(self) -> Iterator[T]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> T:
        return self._by_code[code]

    def __repr__(self) -> str:
        return f"Vocabulary{self.codes!r}"

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def get(self, code: str | None) -> T | None:
        return self._by_code.get(code) if code is not None else None

    def label(self, code: str, translate: Translate = untranslated) -> str:
        """The term's label (in the language ``translate`` gives), or the code itself for a
        value this vocabulary does not know."""
        term = self._by_code.get(code)
        return translate(VOCABULARY_CONTEXT, term.label) if term else code

    def labels(self) -> dict[str, str]:
        return {term.code: term.label for term in self._terms}


# -- entity types -------------------------------------------------------------------


@dataclass(frozen=True)
class EntityType:
    code: str  # stored in mentions, annotations, reviews and the lexicon
    label: str
    label_zh: str
    key: str  # the digit that annotates a selection with this type in the Reader
    background: str  # behind running text: light enough to keep black text legible
    strong: str  # annotation underlines, legend swatches, chart series
    numeric: bool = False  # carries a normalised number (value, unit)


ENTITY_TYPES: Vocabulary[EntityType] = Vocabulary(
    EntityType(
        "ORG", QT_TRANSLATE_NOOP("Vocabulary", "Organisation"), "机构", "1", "#d7e6ff", "#2f6bd8"
    ),
    EntityType("GPE", QT_TRANSLATE_NOOP("Vocabulary", "Place"), "地点", "2", "#d3f1da", "#2a9148"),
    EntityType(
        "PERSON", QT_TRANSLATE_NOOP("Vocabulary", "Person"), "人物", "3", "#fad9e7", "#c23d78"
    ),
    EntityType(
        "MONEY",
        QT_TRANSLATE_NOOP("Vocabulary", "Money"),
        "金额",
        "4",
        "#ffe8b3",
        "#b97f00",
        numeric=True,
    ),
    EntityType(
        "PERCENT",
        QT_TRANSLATE_NOOP("Vocabulary", "Percent"),
        "百分比",
        "5",
        "#ffdcc8",
        "#d2602a",
        numeric=True,
    ),
    EntityType("DATE", QT_TRANSLATE_NOOP("Vocabulary", "Date"), "日期", "6", "#e7ddfa", "#7a4fcf"),
    EntityType(
        "QUANTITY",
        QT_TRANSLATE_NOOP("Vocabulary", "Quantity"),
        "数量",
        "7",
        "#cdeef0",
        "#1b8a91",
        numeric=True,
    ),
    EntityType(
        "PRODUCT", QT_TRANSLATE_NOOP("Vocabulary", "Product"), "产品", "8", "#e9f1c3", "#6f8614"
    ),
)
ENTITY_TYPE_CODES = ENTITY_TYPES.codes
NUMERIC_TYPE_CODES = frozenset(t.code for t in ENTITY_TYPES if t.numeric)
# How a type the vocabulary does not know (an old store, a bad import) is shown.
OTHER_ENTITY_TYPE = EntityType(
    "", QT_TRANSLATE_NOOP("Vocabulary", "Other"), "其他", "", "#e6e6e6", "#6b6b6b"
)


# Types whose mentions name something (a company, a place…) and so make entity
# records the analyst can rename, merge and teach; figures and dates do not.
NAME_TYPE_CODES = ("ORG", "GPE", "PERSON", "PRODUCT")


@dataclass(frozen=True)
class EntitySource:
    code: str  # stored in entities.source
    label: str
    label_zh: str


# Where an entity record came from: the bundled dictionaries, a name rule, a
# learned model, or the analyst (added, renamed or merged by hand).
ENTITY_SOURCES: Vocabulary[EntitySource] = Vocabulary(
    EntitySource("dictionary", QT_TRANSLATE_NOOP("Vocabulary", "Dictionary"), "词典"),
    EntitySource("rule", QT_TRANSLATE_NOOP("Vocabulary", "Rule"), "规则"),
    EntitySource("model", QT_TRANSLATE_NOOP("Vocabulary", "Model"), "模型"),
    EntitySource("analyst", QT_TRANSLATE_NOOP("Vocabulary", "Analyst"), "分析师"),
)
ENTITY_SOURCE_CODES = ENTITY_SOURCES.codes


def entity_type(code: str) -> EntityType:
    """The type with this code, or :data:`OTHER_ENTITY_TYPE` under the code given."""
    found = ENTITY_TYPES.get(code)
    if found is not None:
        return found
    return replace(OTHER_ENTITY_TYPE, code=code)


def entity_type_for_key(key: str) -> EntityType | None:
    """The type a keyboard digit stands for, if any."""
    return next((t for t in ENTITY_TYPES if t.key == key), None)


# -- review states of sheet rows ---------------------------------------------------------


@dataclass(frozen=True)
class ReviewState:
    code: str  # stored in the ``review`` column of every sheet table
    label: str
    label_zh: str
    colour: str  # row background in a sheet
    source_values: bool  # the values are the source's as found: changing one makes it edited
    vouched: bool  # the analyst stands by the row (what "confirmed only" exports)


REVIEW_STATES: Vocabulary[ReviewState] = Vocabulary(
    ReviewState(
        "auto",
        QT_TRANSLATE_NOOP("Vocabulary", "Automatic"),
        "自动",
        "#fff7d6",
        source_values=True,
        vouched=False,
    ),
    ReviewState(
        "confirmed",
        QT_TRANSLATE_NOOP("Vocabulary", "Confirmed"),
        "已确认",
        "#e3f4e1",
        source_values=True,
        vouched=True,
    ),
    ReviewState(
        "edited",
        QT_TRANSLATE_NOOP("Vocabulary", "Edited"),
        "已编辑",
        "#e2ecfb",
        source_values=False,
        vouched=True,
    ),
    ReviewState(
        "rejected",
        QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
        "已拒绝",
        "#eeeeee",
        source_values=False,
        vouched=False,
    ),
)
REVIEW_CODES = REVIEW_STATES.codes
AUTO, CONFIRMED, EDITED, REJECTED = REVIEW_CODES


# -- values of capacity rows ------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A stored code with its labels, for vocabularies that need nothing more."""

    code: str
    label: str
    label_zh: str


# ``capacity_rows.status``; "" when the source does not say. Labels are lower case:
# they are read inside a sentence ("TSMC · planned").
CAPACITY_STATUSES: Vocabulary[Term] = Vocabulary(
    Term("", QT_TRANSLATE_NOOP("Vocabulary", "status not stated"), "未说明"),
    Term("actual", QT_TRANSLATE_NOOP("Vocabulary", "actual"), "实际"),
    Term("planned", QT_TRANSLATE_NOOP("Vocabulary", "planned"), "计划"),
    Term("forecast", QT_TRANSLATE_NOOP("Vocabulary", "forecast"), "预测"),
)
STATUS_NOT_STATED, ACTUAL, PLANNED, FORECAST = CAPACITY_STATUSES.codes


# ``capacity_rows.period``; "" when the figure has no period.
CAPACITY_PERIODS: Vocabulary[Term] = Vocabulary(
    Term("", QT_TRANSLATE_NOOP("Vocabulary", "no period"), "未说明"),
    Term("per month", QT_TRANSLATE_NOOP("Vocabulary", "per month"), "每月"),
    Term("per year", QT_TRANSLATE_NOOP("Vocabulary", "per year"), "每年"),
    Term("total", QT_TRANSLATE_NOOP("Vocabulary", "total"), "合计"),
)


# ``capacity_rows.measure``: a level of capacity, or capacity added to a base.
CAPACITY_MEASURES: Vocabulary[Term] = Vocabulary(
    Term("level", QT_TRANSLATE_NOOP("Vocabulary", "level"), "产能水平"),
    Term("addition", QT_TRANSLATE_NOOP("Vocabulary", "addition"), "新增"),
)
LEVEL, ADDITION = CAPACITY_MEASURES.codes


# ``capacity_rows.scope``: whose capacity a figure is.  Totals of a table or list and
# market-wide figures (a country's, the world's) never chart beside a company's.
CAPACITY_SCOPES: Vocabulary[Term] = Vocabulary(
    Term("company", QT_TRANSLATE_NOOP("Vocabulary", "company"), "企业"),
    Term("total", QT_TRANSLATE_NOOP("Vocabulary", "total"), "合计"),
    Term("market", QT_TRANSLATE_NOOP("Vocabulary", "market"), "市场"),
)
COMPANY_SCOPE, TOTAL_SCOPE, MARKET_SCOPE = CAPACITY_SCOPES.codes


# -- documents ---------------------------------------------------------------------------


# ``documents.kind``.
DOCUMENT_KINDS: Vocabulary[Term] = Vocabulary(
    # a titled article from an article digest
    Term("article", QT_TRANSLATE_NOOP("Vocabulary", "Article"), "文章"),
    # a research report (PDF-extracted or imported)
    Term("report", QT_TRANSLATE_NOOP("Vocabulary", "Report"), "报告"),
    # untitled paragraphs under headings
    Term("digest", QT_TRANSLATE_NOOP("Vocabulary", "News digest"), "新闻摘要"),
)


# ``documents.script``.
SCRIPTS: Vocabulary[Term] = Vocabulary(
    Term("traditional", QT_TRANSLATE_NOOP("Vocabulary", "Traditional"), "繁体"),
    Term("simplified", QT_TRANSLATE_NOOP("Vocabulary", "Simplified"), "简体"),
    Term("mixed", QT_TRANSLATE_NOOP("Vocabulary", "Mixed"), "繁简混合"),
    # no Chinese characters at all
    Term("none", QT_TRANSLATE_NOOP("Vocabulary", "No Chinese"), "无中文"),
)


# -- sheets and charts ------------------------------------------------------------------


@dataclass(frozen=True)
class SheetName:
    code: str  # the sheet's stable name, also the CLI's
    label: str
    label_zh: str
    table: str  # the store table holding its rows
    row_noun: str  # one row, as counted in messages: "3 capacity rows"


SHEET_NAMES: Vocabulary[SheetName] = Vocabulary(
    SheetName(
        "capacity", QT_TRANSLATE_NOOP("Vocabulary", "Capacity"), "产能", "capacity_rows", "capacity"
    ),
    SheetName(
        "clusters",
        QT_TRANSLATE_NOOP("Vocabulary", "Clusters"),
        "产业集群",
        "cluster_rows",
        "cluster",
    ),
)
CAPACITY_SHEET, CLUSTERS_SHEET = SHEET_NAMES


@dataclass(frozen=True)
class ChartName:
    code: str  # stable identifier, also the name ``workbench chart`` takes
    label: str
    label_zh: str
    # which data it draws: a sheet's code, "entities" (mentions) or "documents"
    data: str


ENTITIES_DATA = "entities"
DOCUMENTS_DATA = "documents"

CHARTS: Vocabulary[ChartName] = Vocabulary(
    # The analyst's usual first look: who is largest now; a bar leads to its company over time.
    ChartName(
        "capacity-latest",
        QT_TRANSLATE_NOOP("Vocabulary", "Latest capacity per company"),
        "各企业最新产能",
        CAPACITY_SHEET.code,
    ),
    ChartName(
        "capacity",
        QT_TRANSLATE_NOOP("Vocabulary", "Capacity over time"),
        "产能随时间变化",
        CAPACITY_SHEET.code,
    ),
    ChartName(
        "clusters-by-country",
        QT_TRANSLATE_NOOP("Vocabulary", "Clusters by country"),
        "各国产业集群",
        CLUSTERS_SHEET.code,
    ),
    ChartName(
        "clusters-by-domain",
        QT_TRANSLATE_NOOP("Vocabulary", "Clusters by domain"),
        "各领域产业集群",
        CLUSTERS_SHEET.code,
    ),
    ChartName(
        "entities",
        QT_TRANSLATE_NOOP("Vocabulary", "Most mentioned entities"),
        "提及最多的实体",
        ENTITIES_DATA,
    ),
    ChartName(
        "documents-by-date",
        QT_TRANSLATE_NOOP("Vocabulary", "Documents by publish date"),
        "按发布日期的文档",
        DOCUMENTS_DATA,
    ),
)
CHART_CODES = CHARTS.codes
(
    LATEST_CAPACITY_CHART,
    CAPACITY_CHART,
    CLUSTERS_BY_COUNTRY_CHART,
    CLUSTERS_BY_DOMAIN_CHART,
    ENTITIES_CHART,
    DOCUMENTS_BY_DATE_CHART,
) = CHARTS
