"""Real files of every importable format, made the way their usual producers make them.

PDFs are drawn with Qt's ``QPdfWriter`` in a CJK font (embedded as a subset CID
font, as office suites do), over several pages with a running header and page
numbers; Word files come from python-docx; legacy-encoded text files are
encoded with Python's codecs. Used by the import tests and by bench/bench_import.py.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CJK_FAMILY = "Noto Sans CJK SC"
RUNNING_HEADER = "华东证券研究所 行业深度报告"

# Paragraphs of industry prose; long enough to wrap over several lines each.
REPORT_PARAGRAPHS = [
    "长三角先进制造业集群持续扩张,2023年苏州工业园区集成电路产业产值突破一千二百亿元,"
    "同比增长百分之十五。中芯国际在上海临港新建的十二英寸晶圆厂月产能达到十万片,"
    "华虹半导体无锡基地二期项目同步投产。",
    "在先进封装领域,长电科技与通富微电加快布局,台积电CoWoS产能继续紧张,"
    "预计2024年封装产能缺口仍将维持在百分之二十左右。地方政府通过产业基金、"
    "土地和人才政策支持产业链上下游企业集聚发展。",
    "珠三角方面,深圳宝安区电子信息产业带聚集了超过三千家配套企业,东莞松山湖"
    "材料实验室与比亚迪、华为等龙头企业共建联合研发平台,推动新型显示与动力电池"
    "产业协同升级。",
    "成渝地区双城经济圈的笔记本电脑产量占全球三分之一,重庆西永微电子产业园引进"
    "封装测试企业十二家,成都高新区功率半导体产业规模达到四百亿元。",
    "综合来看,我们维持行业推荐评级。风险提示:下游需求不及预期、国际贸易摩擦加剧、"
    "产能释放节奏慢于预期、行业竞争加剧导致价格下行。",
]


def distinct_paragraphs(copies: int) -> list[str]:
    """``copies`` rounds of the report paragraphs, each round wrapping differently, so
    no line repeats at the same place on several pages as a running header would."""
    return [("补充" * k) + p for k in range(copies) for p in REPORT_PARAGRAPHS]


def _application():
    # A QApplication, not a QGuiApplication: widget tests later in the same process
    # need the widgets kind, and Qt allows one application object per process.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def write_chinese_pdf(
    path: Path,
    paragraphs: list[str] = REPORT_PARAGRAPHS,
    title: str = "半导体产业集群发展报告",
    header: str = RUNNING_HEADER,
    lines_per_page: int = 14,
    font_family: str = CJK_FAMILY,
) -> list[str]:
    """Draw a multi-page report; returns the body text drawn on each page, lines joined."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

    _application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    painter = QPainter(writer)
    body_font = QFont(font_family, 11)
    small_font = QFont(font_family, 8)
    title_font = QFont(font_family, 18, QFont.Weight.Bold)
    width = painter.viewport().width()
    height = painter.viewport().height()
    metrics = QFontMetricsF(body_font, writer)
    line_height = metrics.height() * 1.6

    lines: list[str] = []  # "" marks a paragraph break
    for paragraph in paragraphs:
        current = ""
        for char in paragraph:
            if metrics.horizontalAdvance(current + char) > width and current:
                lines.append(current)
                current = char
            else:
                current += char
        lines.append(current)
        lines.append("")
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    drawn: list[str] = []
    for number, page_lines in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.setFont(small_font)
        painter.drawText(QRectF(0, 0, width, line_height), Qt.AlignmentFlag.AlignLeft, header)
        painter.drawText(
            QRectF(0, height - line_height, width, line_height),
            Qt.AlignmentFlag.AlignHCenter,
            str(number),
        )
        y = line_height * 2
        if number == 1:
            painter.setFont(title_font)
            painter.drawText(
                QRectF(0, y, width, line_height * 2), Qt.AlignmentFlag.AlignLeft, title
            )
            y += line_height * 2
        painter.setFont(body_font)
        for line in page_lines:
            if line:
                painter.drawText(QRectF(0, y, width, line_height), Qt.AlignmentFlag.AlignLeft, line)
            y += line_height
        drawn.append("".join(page_lines))
    painter.end()
    return drawn


def write_scanned_pdf(path: Path, pages: int = 2) -> None:
    """A PDF of page images only, as a scanner makes it: no text layer."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter

    _application()
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image_painter = QPainter(image)
    image_painter.setFont(QFont(CJK_FAMILY, 28))
    image_painter.drawText(QRectF(40, 40, 720, 200), Qt.AlignmentFlag.AlignLeft, "扫描件:产能报告")
    image_painter.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.drawImage(painter.viewport(), image)
    painter.end()


def write_encrypted_pdf(source: Path, path: Path, password: str = "secret") -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with open(path, "wb") as out:
        writer.write(out)


def write_docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]] = ()) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))


def saved_web_page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    """A news page as a browser saves it: navigation, sidebar, article, footer, scripts."""
    nav = "".join(f'<li><a href="/c{i}">频道{i}</a></li>' for i in range(12))
    related = "".join(
        f'<li><a href="/n{i}">相关阅读:热门新闻标题第{i}条</a></li>' for i in range(8)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_产业新闻网</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>var tracking = "不应出现的脚本文字";</script></head>
<body>
<header><div class="logo">产业新闻网</div><nav><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/ic">集成电路</a></div>
<div class="main">
  <article><h1>{title}</h1><div class="meta">2024-03-01 来源:产业新闻网</div>
  {body}</article>
  <aside><h3>热门推荐</h3><ul>{related}</ul></aside>
</div>
<footer>版权所有 &copy; 产业新闻网 京ICP备00000000号 联系我们 广告服务</footer>
</body></html>"""
