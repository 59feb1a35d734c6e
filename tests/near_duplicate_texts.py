"""The same article in the shapes it arrives in twice, made from real corpus text.

Used by the near-duplicate tests and by bench/bench_near_duplicates.py.
"""

from __future__ import annotations

import random

from workbench.core.corpus import parse_file
from workbench.core.paths import bundled_seed_files

PDF_HEADER = "华东证券研究所  行业深度报告"


def corpus_texts() -> dict[str, str]:
    """The bundled documents' texts by title, as the corpus parser reads them."""
    return {d.title: d.text for f in bundled_seed_files() for d in parse_file(f).documents}


def as_pdf_text(text: str, seed: int = 1) -> str:
    """The text as a PDF's text layer gives it: a line break every 38 characters, stray
    spaces, and a running header and page number around every 40 lines."""
    rng = random.Random(seed)
    lines = []
    for start in range(0, len(text), 38):
        line = text[start : start + 38]
        if rng.random() < 0.3:
            cut = rng.randrange(len(line) + 1)
            line = f"{line[:cut]} {line[cut:]}"
        lines.append(line)
    pages = [
        "\n".join([PDF_HEADER, *lines[start : start + 40], str(number)])
        for number, start in enumerate(range(0, len(lines), 40), 1)
    ]
    return "\n\f".join(pages)


def in_web_page(title: str, text: str) -> str:
    """The article as the whole text of a news page: navigation, breadcrumb, related links."""
    related = "\n".join(
        f"相关阅读:热门新闻标题第{i}条 {'芯片工厂出口政策'[i % 4]}行业最新动态" for i in range(8)
    )
    return (
        "首页 新闻 财经 科技 产业 集成电路 汽车 能源 材料 装备 登录 注册 订阅\n"
        f"首页 > 集成电路\n{title}\n2024-03-01 来源:产业新闻网\n{text}\n热门推荐\n{related}\n"
        "版权所有 © 产业新闻网 京ICP备00000000号 联系我们 广告服务 关于我们 网站地图"
    )
