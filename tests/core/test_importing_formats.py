"""Reading each importable format from real files made in the tests."""

from __future__ import annotations

import re

import pytest

from workbench.core.errors import InputFileError
from workbench.core.importing.docx import read_docx
from workbench.core.importing.formats import extract, read_bytes
from workbench.core.importing.html import read_html
from workbench.core.importing.page_text import assemble_pages, join_lines
from workbench.core.importing.pdf import read_pdf
from workbench.core.importing.radicals import replace_radicals
from workbench.core.importing.text import read_text

from ..import_files import (
    REPORT_PARAGRAPHS,
    RUNNING_HEADER,
    distinct_paragraphs,
    saved_web_page,
    write_chinese_pdf,
    write_docx,
    write_encrypted_pdf,
    write_scanned_pdf,
)

RADICALS = re.compile(r"[\u2e80-\u2fdf]")


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "长报告.pdf"
    drawn = write_chinese_pdf(path, distinct_paragraphs(3), lines_per_page=9)
    return path, drawn


def test_pdf_text_per_page_without_headers_page_numbers_or_radicals(long_pdf):
    path, drawn = long_pdf
    document = read_pdf(path, path.read_bytes())
    assert len(drawn) >= 4
    assert document.format == "pdf"
    assert document.title == "半导体产业集群发展报告"
    assert RUNNING_HEADER not in document.text and "证券研究所" not in document.text
    assert not RADICALS.search(document.text)
    assert "行业推荐评级" in document.text and "长三角" in document.text
    # Every page's range holds exactly the body text drawn on that page.
    assert len(document.pages) == len(drawn)
    for number, ((start, end), body) in enumerate(zip(document.pages, drawn, strict=True), 1):
        on_page = squeeze(document.text[start:end])
        if number == 1:
            assert on_page.startswith(document.title)
            on_page = on_page[len(document.title) :]
        assert on_page == body
    # The ranges tile the text.
    assert document.pages[0][0] == 0 and document.pages[-1][1] == len(document.text)
    assert all(a[1] == b[0] for a, b in zip(document.pages, document.pages[1:], strict=False))


def test_pdf_lines_broken_inside_sentences_are_joined_without_spaces(long_pdf):
    path, _ = long_pdf
    document = read_pdf(path, path.read_bytes())
    paragraphs = document.text.split("\n")
    assert paragraphs[0] == "半导体产业集群发展报告"
    # Each drawn paragraph comes back as one line, exactly as written.
    assert paragraphs[1:] == distinct_paragraphs(3)
    assert " " not in document.text.replace("CoWoS", "")


def test_join_lines_keeps_latin_spaces_and_paragraph_ends():
    lines = [
        "台积电表示,先进封装CoWoS的产能将在明年继续扩充,以满足人工智",
        "能芯片客户的需求,预计年底达到每月三万片的水平,同时增加测试产",
        "线。",
        "The company said capacity for advanced packaging will keep growing",
        "next year.",
    ]
    assert join_lines(lines) == (
        "台积电表示,先进封装CoWoS的产能将在明年继续扩充,以满足人工智能芯片客户的需求,"
        "预计年底达到每月三万片的水平,同时增加测试产线。\n"
        "The company said capacity for advanced packaging will keep growing next year."
    )


def test_running_headers_with_page_numbers_and_numbered_footers_are_dropped():
    bodies = [f"中芯国际第{n}座十二英寸晶圆厂月产能提升至十万片,预计明年投产。" for n in "一二三四"]
    pages = [f"行业深度报告 {n}/12\n{body}\n第 {n} 页 共 12 页" for n, body in enumerate(bodies, 1)]
    paged = assemble_pages(pages)
    assert paged.text == "\n".join(bodies)
    assert [paged.text[s:e].strip() for s, e in paged.pages] == bodies


def test_radicals_become_ordinary_characters_of_the_same_length():
    assert replace_radicals("⾏业⻓期⻛险提⽰") == "行业长期风险提示"


def test_scanned_pdf_suggests_ocr(tmp_path):
    path = tmp_path / "扫描件.pdf"
    write_scanned_pdf(path)
    with pytest.raises(InputFileError) as error:
        read_pdf(path, path.read_bytes())
    assert "no text layer" in error.value.problem and "OCR" in error.value.problem


def test_encrypted_corrupt_and_empty_pdfs_fail_with_reasons(tmp_path, long_pdf):
    encrypted = tmp_path / "加密.pdf"
    write_encrypted_pdf(long_pdf[0], encrypted)
    with pytest.raises(InputFileError, match="encrypted with a password"):
        read_pdf(encrypted, encrypted.read_bytes())
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(long_pdf[0].read_bytes()[:2000])
    with pytest.raises(InputFileError, match="damaged"):
        read_pdf(truncated, truncated.read_bytes())
    renamed = tmp_path / "notes.pdf"
    renamed.write_bytes("这其实是文本".encode())
    with pytest.raises(InputFileError, match="not a PDF"):
        read_pdf(renamed, renamed.read_bytes())
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputFileError, match="empty"):
        read_bytes(empty)


def test_size_limit_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes("产能".encode() * 1000)
    message = r"big\.txt: the file is 6,000 bytes, over the import limit of 100 bytes"
    with pytest.raises(InputFileError, match=message):
        read_bytes(big, max_bytes=100)


def test_docx_paragraphs_headings_and_tables(tmp_path):
    path = tmp_path / "同事备忘.docx"
    write_docx(
        path, "芯片产能备忘录", REPORT_PARAGRAPHS[:2], [["企业", "月产能"], ["中芯国际", "10万片"]]
    )
    document = read_docx(path, path.read_bytes())
    assert document.title == "芯片产能备忘录"
    assert document.headings == ["芯片产能备忘录"]
    assert document.text.split("\n") == [
        "芯片产能备忘录",
        *REPORT_PARAGRAPHS[:2],
        "企业\t月产能",
        "中芯国际\t10万片",
    ]


def test_old_word_and_broken_docx_fail_with_advice(tmp_path):
    old = tmp_path / "旧.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputFileError, match=r"old-format Word file \(\.doc\)"):
        read_docx(old, old.read_bytes())
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputFileError, match=r"not a Word \.docx file"):
        read_docx(broken, broken.read_bytes())
    with pytest.raises(InputFileError, match=r"save it as \.docx"):
        extract(tmp_path / "旧报告.doc", b"x", "doc")


def test_html_main_text_without_navigation(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(saved_web_page("台积电扩产CoWoS", REPORT_PARAGRAPHS[1:3]), encoding="utf-8")
    document = read_html(path, path.read_bytes())
    assert document.title == "台积电扩产CoWoS"
    for paragraph in REPORT_PARAGRAPHS[1:3]:
        assert paragraph in document.text.split("\n")
    for chrome in ("频道3", "相关阅读", "版权所有", "首页", "不应出现的脚本文字", "热门推荐"):
        assert chrome not in document.text


def test_html_in_gbk_is_detected_from_the_bytes(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(saved_web_page("华虹扩产", REPORT_PARAGRAPHS[:2], "gbk").encode("gbk"))
    document = read_html(path, path.read_bytes())
    assert document.encoding == "gb18030"
    assert REPORT_PARAGRAPHS[0] in document.text


def test_html_that_declares_utf7_is_decoded_as_it_says(tmp_path):
    path = tmp_path / "utf7.html"
    body = "台積電擴產先進封裝"
    page = f'<html><head><meta charset="UTF-7"></head><body><p>{body}</p></body></html>'
    path.write_bytes(page.encode("utf-7"))
    assert b"\xe5" not in path.read_bytes()  # plain ASCII bytes: they read as UTF-8 too
    document = read_html(path, path.read_bytes())
    assert document.text == body
    assert document.encoding == "utf-7"


def test_html_that_declares_utf7_but_is_not_is_refused(tmp_path):
    path = tmp_path / "bad7.html"
    path.write_bytes(b"<html><head><meta charset=utf-7></head><body>+\xff\xfe-</body></html>")
    with pytest.raises(InputFileError, match=r"bad7\.html.*says it is UTF-7 but is not"):
        read_html(path, path.read_bytes())


@pytest.mark.parametrize(
    ("encoding", "expected"), [("gbk", "gb18030"), ("big5", "big5"), ("utf-8", "utf-8")]
)
def test_text_files_in_each_encoding(tmp_path, encoding, expected):
    text = (
        "台積電擴產\n台積電在新竹科學園區擴建先進封裝產能,預計明年投產。"
        "日月光半導體同步增加測試產能。"
    )
    path = tmp_path / "notes.md.txt"  # the extension says nothing about the encoding
    path.write_bytes(text.encode(encoding))
    document = read_text(path, path.read_bytes())
    assert document.encoding == expected
    assert document.text == text
    assert document.title == "台積電擴產"


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# 封装产能\n\n**长电科技**扩产,详见[公告](http://example.com)。"
        "\n\n---\n\n## 小结\n需求旺盛。\n",
        encoding="utf-8",
    )
    document = read_text(path, path.read_bytes(), markdown=True)
    assert document.title == "封装产能"
    assert document.headings == ["封装产能", "小结"]
    assert document.text == "封装产能\n\n长电科技扩产,详见公告。\n\n小结\n需求旺盛。"
