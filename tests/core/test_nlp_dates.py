"""Dates written the Taiwanese way and in Chinese numerals."""

import pytest

from workbench.core.nlp import default_recognizer


def dates(text: str) -> list[str]:
    return [m.text for m in default_recognizer().recognise(text) if m.type == "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台積電2025年第三季營收創新高", ["2025年第三季"]),
        ("二〇二五年第三季出貨", ["二〇二五年第三季"]),
        ("二〇二四年十二月投產", ["二〇二四年十二月"]),
        ("一九九八年成立", ["一九九八年"]),
        ("第一二三四年級", []),  # not a year: digits that are no 19xx/20xx
    ],
)
def test_quarter_and_chinese_numeral_years(text, expected):
    assert dates(text) == expected
