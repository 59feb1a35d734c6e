"""Map radical code points that PDF fonts put in place of ordinary Chinese characters.

CJK fonts such as Noto Sans CJK draw 行 and the Kangxi radical ⾏ with one glyph;
a PDF's ToUnicode table then often names the radical, so the extracted text reads
``⾏业`` instead of ``行业`` and search misses it. Radicals never occur in the prose
analysts import, so every one is replaced by its equivalent ideograph: Kangxi
radicals by their Unicode compatibility mapping, the CJK Radicals Supplement by
``EquivalentUnifiedIdeograph.txt`` of the Unicode Character Database. Both sides of
each mapping are single code points, so offsets do not move.
"""

from __future__ import annotations

import unicodedata

_SUPPLEMENT_FROM = (
    "⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩"
    "⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑"
    "⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳"
)
_SUPPLEMENT_TO = (
    "厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑𫜹忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王"
    "𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長"
    "镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟"
)


def _table() -> dict[int, str]:
    table = dict(zip(map(ord, _SUPPLEMENT_FROM), _SUPPLEMENT_TO, strict=True))
    kangxi = range(0x2F00, 0x2FD6)
    compatibility = range(0xF900, 0xFB00)  # CJK Compatibility Ideographs: canonical twins
    for code in (*kangxi, *compatibility):
        mapped = unicodedata.normalize("NFKC", chr(code))
        if len(mapped) == 1 and mapped != chr(code) and mapped >= "\u3400":
            table[code] = mapped
    return table


_TABLE = _table()


def replace_radicals(text: str) -> str:
    """``⾏业⻓`` → ``行业长``; the result has the same length as ``text``."""
    return text.translate(_TABLE)
