"""Capacity units: one canonical unit per kind, and the figure converted to it.

Sources write the same unit many ways (萬片/月, 万片/月, kwpm, 千片/月; 公噸,
万吨; MWh, GWh).  Every capacity figure is kept as written and, beside it, in
the canonical unit of its kind, the scale analysts use: wafers in 万片 (per
month, per year or unstated), vehicles in 万辆/年, energy in GWh, power in GW,
mass in 万吨/年 (吨/日 for daily figures), other counters in 万<counter>.  A
wafer-size equivalence (12吋約當, 等效8英寸) is a qualifier of the unit, so
"12英寸当量" figures chart apart from plain wafer counts.

This module is the one definition of those units; extraction, the sheets and
the charts all call :func:`normalise`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp.width import fold_width
from .script import to_simplified

PER_MONTH, PER_YEAR, PER_DAY = "/月", "/年", "/日"


@dataclass(frozen=True)
class UnitKind:
    code: str
    label: str
    label_zh: str


# What a capacity figure measures; the canonical unit follows from the kind.
UNIT_KINDS = {
    kind.code: kind
    for kind in (
        UnitKind("wafers", "wafers", "晶圆"),
        UnitKind("vehicles", "vehicles", "整车"),
        UnitKind("energy", "energy (GWh)", "电量"),
        UnitKind("power", "power (GW)", "功率"),
        UnitKind("mass", "mass", "重量"),
        UnitKind("count", "units", "件数"),
        UnitKind("area", "area", "面积"),
        UnitKind("volume", "volume", "体积"),
    )
}


@dataclass(frozen=True)
class StandardFigure:
    """A figure in its kind's canonical unit."""

    low: float
    high: float | None  # None: open-ended ("超过 5 万吨")
    unit: str  # canonical unit, e.g. 万片/月, GWh, 万吨/年
    qualifier: str  # e.g. 12英寸当量, or ""
    kind: str  # a key of UNIT_KINDS


# Scale prefixes as written before a counter or an SI unit.
_SCALE = {"": 1.0, "十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6}
_SCALE.update({"千万": 1e7, "亿": 1e8, "万亿": 1e12, "k": 1e3, "m": 1e6})

# Counters and what they count; the canonical scale is 万 (ten thousand).
_COUNTERS = {
    "片": "wafers",
    "片晶圆": "wafers",
    "辆": "vehicles",
    "台": "count",
    "套": "count",
    "块": "count",
    "颗": "count",
    "只": "count",
    "件": "count",
    "枚": "count",
    "个": "count",
    "支": "count",
    "组": "count",
    "部": "count",
    "罐": "count",
}
_MASS = {"吨": 1.0, "公吨": 1.0, "t": 1.0, "kt": 1e3, "mt": 1e6, "万t": 1e4}
_ENERGY = {"wh": 1e-9, "kwh": 1e-6, "千瓦时": 1e-6, "度": 1e-6}  # in GWh
_ENERGY.update({"mwh": 1e-3, "兆瓦时": 1e-3, "gwh": 1.0, "吉瓦时": 1.0, "千兆瓦时": 1.0})
_ENERGY.update({"twh": 1e3})
_POWER = {"w": 1e-9, "瓦": 1e-9, "kw": 1e-6, "千瓦": 1e-6, "瓩": 1e-6}  # in GW
_POWER.update({"mw": 1e-3, "mwp": 1e-3, "兆瓦": 1e-3, "gw": 1.0, "gwp": 1.0, "吉瓦": 1.0})
_AREA = {"平方米": 1.0, "㎡": 1.0, "m²": 1.0}
_VOLUME = {"立方米": 1.0, "升": 1e-3}
# Wafer-start rates written in English: thousands (k) or units of wafers per month.
_WAFER_RATES = {"kwpm": 1e3, "kwspm": 1e3, "wpm": 1.0, "wspm": 1.0}

_QUALIFIER = re.compile(
    r"[(（]?\s?(?:等效|约当|当量)?\s?(?P<inch>\d{1,2})\s?(?:英寸|英吋|吋|寸)"
    r"(?:晶圆|晶片)?\s?(?:等效|约当|当量|约当量)?(?:晶圆|晶片)?\s?[)）]?"
)
_PERIOD = re.compile(r"\s?(?:/|每)\s?(?P<p>月|年|日|天|a)$|(?P<pre>^(?:年|月|日))")
_SCALED = re.compile(r"^(?P<scale>万亿|十万|百万|千万|十|百|千|万|亿)?(?P<base>.+)$")
_SI = re.compile(r"^(?P<scale>万亿|亿|万|千)?(?P<base>[kmgt]?w(?:h|p)?|.+)$")

_PERIOD_WORDS = {"月": PER_MONTH, "年": PER_YEAR, "日": PER_DAY, "天": PER_DAY, "a": PER_YEAR}
_PERIOD_NAMES = {"per month": PER_MONTH, "per year": PER_YEAR, "per day": PER_DAY}


def _fold(unit: str) -> str:
    return re.sub(r"\s+", "", fold_width(to_simplified(unit or ""))).lower()


def split_qualifier(unit: str) -> tuple[str, str]:
    """``万片/月 12英寸当量`` → (``万片/月``, ``12英寸当量``)."""
    folded = _fold(unit)
    match = _QUALIFIER.search(folded)
    if not match:
        return folded, ""
    rest = (folded[: match.start()] + folded[match.end() :]).strip()
    return rest, f"{int(match['inch'])}英寸当量"


def _split_period(unit: str, period: str) -> tuple[str, str]:
    match = _PERIOD.search(unit)
    stated = _PERIOD_NAMES.get(period, "")
    if match is None:
        return unit, stated
    word = match["p"] or match["pre"]
    rest = unit[: match.start()] + unit[match.end() :]
    return rest, _PERIOD_WORDS[word]


def _factor(base: str) -> tuple[str, float, str] | None:
    """(kind, factor to the canonical scale, counter) of a unit without period or qualifier."""
    if base in _WAFER_RATES:
        return "wafers", _WAFER_RATES[base] / 1e4, "片"
    scaled = _SCALED.match(base)
    scale, rest = (scaled["scale"] or "", scaled["base"]) if scaled else ("", base)
    multiplier = _SCALE.get(scale, 1.0)
    if rest in _COUNTERS:
        return _COUNTERS[rest], multiplier / 1e4, "片" if rest == "片晶圆" else rest
    if rest in _MASS:
        return "mass", multiplier * _MASS[rest], "吨"
    for table, kind in ((_ENERGY, "energy"), (_POWER, "power")):
        if rest in table:
            return kind, multiplier * table[rest], ""
    if rest in _AREA:
        return "area", multiplier * _AREA[rest] / 1e4, "平方米"
    if rest in _VOLUME:
        return "volume", multiplier * _VOLUME[rest] / 1e4, "立方米"
    return None


def normalise(
    low: float | None, high: float | None, unit: str, period: str = ""
) -> StandardFigure | None:
    """``low``–``high`` in ``unit`` (as written) in its kind's canonical unit, or None.

    ``period`` is the row's period code (``per month``…) for units that do not
    carry one; wafer rates (kwpm) are per month.  Vehicles and mass with no
    period are annual capacity, as sources mean them.
    """
    if low is None:
        return None
    without_qualifier, qualifier = split_qualifier(unit)
    base, rate = _split_period(without_qualifier, period)
    found = _factor(base.strip("/"))
    if found is None:
        return None
    kind, factor, counter = found
    if base in _WAFER_RATES:
        rate = PER_MONTH
    if kind == "mass":
        if rate == PER_DAY:
            unit_out = "吨/日"
        else:
            unit_out, factor = "万吨/年", factor / 1e4
    elif kind == "vehicles":
        unit_out = "万辆" + (rate or PER_YEAR)
    elif kind in ("energy", "power"):
        unit_out = "GWh" if kind == "energy" else "GW"
    else:
        unit_out = f"万{counter}{rate}"
    if kind != "wafers":
        qualifier = ""

    def scaled(value: float) -> float:
        return round(value * factor, 9)

    return StandardFigure(
        scaled(low), scaled(high) if high is not None else None, unit_out, qualifier, kind
    )


def unit_label(unit: str, qualifier: str) -> str:
    """How a canonical unit is shown: ``万片/月 (12英寸当量)``."""
    return f"{unit} ({qualifier})" if qualifier else unit
