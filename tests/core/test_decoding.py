"""Bad input gets a clear message naming the file and the problem."""

from __future__ import annotations

import pytest

from workbench.core.corpus import parse_file
from workbench.core.decoding import decode_bytes
from workbench.core.errors import InputFileError

from ..conftest import SEEDS

TRADITIONAL = (SEEDS / "000_75083020ac863351.txt").read_text(encoding="utf-8")
SIMPLIFIED = (SEEDS / "002_27791692fac36390.txt").read_text(encoding="utf-8")


def test_big5_file_is_decoded_as_big5(tmp_path):
    text = "\n".join(TRADITIONAL.split("\n")[:5])
    path = tmp_path / "digest-big5.txt"
    path.write_bytes(text.encode("big5", errors="ignore"))
    parsed = parse_file(path)
    assert parsed.encoding == "big5"
    assert parsed.documents[0].title == "價格內捲成為過去式 AI正讓中國工廠靠“可靠”賺錢"


def test_gbk_file_is_decoded_as_gb18030(tmp_path):
    path = tmp_path / "digest-gbk.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    parsed = parse_file(path)
    assert parsed.encoding == "gb18030"
    assert parsed.documents[0].text.startswith("本周内,美国商务部宣布废除拜登政府")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "the file is empty"),
        (b"  \n\n ", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"hello,world\n1,2\n", "unrecognised layout"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad input.txt"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        parse_file(path)
    assert problem in str(caught.value)
    assert str(caught.value).startswith("bad input.txt: ")


def test_truncated_utf8_is_reported_as_truncated(tmp_path):
    data = SIMPLIFIED.encode("utf-8")[:1001]  # cuts a 3-byte character
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    with pytest.raises(InputFileError, match="truncated"):
        parse_file(path)


def test_truncated_report_listing_names_the_entry(tmp_path):
    text = (SEEDS / "004_8afe1cca73b0ad6c.txt").read_text(encoding="utf-8")
    cut = text[: text.index("浏览量", text.index("嘉世咨询:2023晶圆制造"))]
    path = tmp_path / "listing.txt"
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(InputFileError, match="truncated: report entry “嘉世咨询:2023晶圆制造"):
        parse_file(path)


def test_truncated_article_digest_names_the_title(tmp_path):
    lines = TRADITIONAL.split("\n")
    path = tmp_path / "digest.txt"
    # Ends on a title whose body is missing, after a comment line.
    path.write_text("\n".join([*lines[:10], "東南亞工業園建設潮"]), encoding="utf-8")
    with pytest.raises(InputFileError, match="truncated: the article titled “東南亞工業園建設潮"):
        parse_file(path)


def test_text_that_is_no_known_encoding_is_refused():
    with pytest.raises(InputFileError, match="not valid UTF-8, GB18030/GBK or Big5"):
        decode_bytes(bytes(range(0x80, 0x100)) * 4, "noise.txt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        parse_file(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="folder"):
        parse_file(tmp_path)


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path):
    from workbench.core.decoding import read_text_file

    path = tmp_path / "notepad-unicode.txt"
    text = "台積電月產能 1.5-2 萬片,南京廠擴產。"
    path.write_bytes(text.encode("utf-16"))  # BOM + UTF-16LE, as Notepad saves "Unicode"
    decoded = read_text_file(path)
    assert (decoded.text, decoded.encoding) == (text, "utf-16")


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_byte_order_mark_is_read_before_utf16s(encoding):
    text = "台積電月產能 1.5-2 萬片,南京廠擴產。"
    decoded = decode_bytes("\ufeff".encode(encoding) + text.encode(encoding), "u32.txt")
    assert (decoded.text, decoded.encoding) == (text, "utf-32")


def test_damaged_utf32_is_refused_by_name():
    data = "\ufeff台積電".encode("utf-32-le")[:-1]
    with pytest.raises(InputFileError, match=r"^u32\.txt: the UTF-32 text is damaged"):
        decode_bytes(data, "u32.txt")


@pytest.mark.parametrize("text", ["產能本土", "端的模型", "本土市場", "代工模式", "另一個問"])
def test_short_big5_reads_as_big5_not_as_the_kana_gb18030_makes_of_it(text):
    # Each of these was read as GB18030 before (產能本土 as 玻セ…): the common
    # Traditional characters win over the kana and rare characters GB18030 gives.
    decoded = decode_bytes(text.encode("big5"), "short.txt")
    assert (decoded.text, decoded.encoding) == (text, "big5")
    assert decoded.note() == ""


def test_a_choice_on_thin_evidence_says_so():
    decoded = decode_bytes("詳細闡述".encode("big5"), "short.txt")
    assert (decoded.text, decoded.encoding, decoded.thin_evidence) == ("詳細闡述", "big5", True)
    assert str(decoded.note()) == "decoded as Big5; the evidence was thin"


def test_gb18030_that_happens_to_be_valid_utf8_is_read_as_utf8_with_a_note():
    decoded = decode_bytes("系统,C".encode("gb18030"), "short.txt")
    assert decoded.encoding == "utf-8"
    assert str(decoded.note()) == "decoded as UTF-8; the evidence was thin"
