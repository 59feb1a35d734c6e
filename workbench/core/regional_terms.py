"""Words that differ between mainland and Taiwanese usage, beyond the script.

OpenCC's character conversion makes 晶圓 and 晶圆 one word, but 晶片 (Taiwan) and
芯片 (mainland) are different words for a chip.  Search expands a query term to
its regional variants so that either finds both.  Pairs are written in Simplified
characters (the form search compares in), mainland first.
"""

from __future__ import annotations

from functools import lru_cache

REGIONAL_PAIRS: tuple[tuple[str, str], ...] = (
    ("芯片", "晶片"),
    ("集成电路", "积体电路"),
    ("纳米", "奈米"),
    ("软件", "软体"),
    ("硬件", "硬体"),
    ("内存", "记忆体"),
    ("服务器", "伺服器"),
    ("人工智能", "人工智慧"),
    ("智能手机", "智慧型手机"),
    ("网络", "网路"),
    ("信息", "资讯"),
    ("激光", "雷射"),
    ("视频", "影片"),
    ("打印", "列印"),
    ("硬盘", "硬碟"),
    ("显卡", "显示卡"),
    ("数据库", "资料库"),
    ("初创", "新创"),
    ("光刻", "微影"),
    ("光刻机", "曝光机"),
    ("封测", "封装测试"),
    ("新能源汽车", "新能源车"),
)


@lru_cache(maxsize=4096)
def regional_variants(term: str) -> tuple[str, ...]:
    """``term`` and its spellings with each regional word swapped (term first)."""
    variants = [term]
    for mainland, taiwan in REGIONAL_PAIRS:
        for source, target in ((mainland, taiwan), (taiwan, mainland)):
            for known in list(variants):
                if source in known:
                    swapped = known.replace(source, target)
                    if swapped not in variants:
                        variants.append(swapped)
    return tuple(variants)
