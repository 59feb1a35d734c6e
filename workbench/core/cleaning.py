"""Repair the artefacts PDF text extraction leaves in report text.

Three artefacts occur in the bundled reports and in PDFs analysts import:

* running headers repeated several times, with the page number glued into the
  sentence that crosses the page break (``…八大趋工业和信息化部工业文化发展中心×6 2势”``);
* doubled runs from bold text drawn twice (``发展趋势报告发展趋势报告``,
  ``2023 年年 12 月月``, whole lines doubled);
* letter-spaced headings (``中 泰 证 券``).

Every rule is anchored on a shape legitimate Chinese prose does not have, so that
reduplicated words (``年年增长``, ``研究研究``, ``一步一步``) survive untouched.
"""

from __future__ import annotations

import re

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")

# A header is a phrase of 6–40 characters that occurs three or more times in a row
# somewhere in the text; legitimate prose never repeats a phrase three times running.
_HEADER_CANDIDATE = re.compile(rf"([{_CJK}][^\n]{{5,39}}?)\1\1")
# A page number glued after a header run: one to three digits not starting a
# quantity, date or decimal of the following text.
_PAGE_NUMBER = r"(?:\s*\d{1,3}(?![\d.,%年月日号万亿千百个家项]))?"

# Two runs of at least three characters, identical and adjacent (a bold run or a
# whole line drawn twice); kept only when the run holds two CJK characters.
_DOUBLED_RUN = re.compile(r"([^\n]{3,120}?)\1")
# Single doubled characters only where they follow a spaced number: ``2023 年年 12``
# → ``2023 年 12``; ``2022年年末`` (the end of 2022) is prose.
_DOUBLED_UNIT = re.compile(r"(?<=\d)( )([年月日])\2(?![年月日])")
# A CJK character with closing punctuation drawn twice: ``(2023 年)年)``.
_DOUBLED_CLOSING = re.compile(rf"([{_CJK}][)）》」』”])\1")
# Single CJK characters separated by single spaces, not touching other CJK text.
_LETTER_SPACED = re.compile(rf"(?<![{_CJK}])[{_CJK}](?: [{_CJK}]){{2,}}(?![{_CJK}])")
_SHORT_LETTER_SPACED = re.compile(rf"(?<=[、,,(（\s])[{_CJK}] [{_CJK}](?=[(（、,,。])")


def running_headers(text: str) -> list[str]:
    """Phrases repeated three or more times in a row: the report's running headers."""
    found: dict[str, None] = {}
    for match in _HEADER_CANDIDATE.finditer(text):
        phrase = match.group(1)
        if len(_CJK_CHAR.findall(phrase)) >= 4:
            found[_smallest_period(phrase)] = None
    return sorted(found, key=len, reverse=True)


def clean_pdf_text(raw: str) -> str:
    """The canonical text of a PDF-extracted report: artefacts removed, prose intact."""
    text = raw
    for header in running_headers(text):
        run = re.compile(f"(?:{re.escape(header)}){{3,}}{_PAGE_NUMBER}")
        text = run.sub("", text)
    text = _DOUBLED_UNIT.sub(r"\1\2", text)
    text = _DOUBLED_CLOSING.sub(r"\1", text)
    text = _DOUBLED_RUN.sub(_keep_one, text)
    text = _LETTER_SPACED.sub(_join_letters, text)
    text = _SHORT_LETTER_SPACED.sub(_join_letters, text)
    return text


def _keep_one(match: re.Match[str]) -> str:
    run = match.group(1)
    # Number series ("2020202120222023") and Latin labels repeat legitimately; a
    # doubled run of Chinese text does not.
    return run if len(_CJK_CHAR.findall(run)) >= 2 else match.group(0)


def _join_letters(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def _smallest_period(phrase: str) -> str:
    """``abab`` → ``ab``: a header phrase matched as two copies of itself."""
    for size in range(1, len(phrase) // 2 + 1):
        if len(phrase) % size == 0 and phrase[:size] * (len(phrase) // size) == phrase:
            return phrase[:size]
    return phrase
