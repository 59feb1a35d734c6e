"""Plain text and Markdown in UTF-8, GB18030/GBK or Big5, the encoding detected from the bytes."""

from __future__ import annotations

import re
from pathlib import Path

from ..decoding import decode_bytes
from ..errors import InputFileError
from ..translatable import QT_TRANSLATE_NOOP
from .extracted import MARKDOWN, TEXT, ExtractedDocument

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BLANK_RUNS = re.compile(r"\n{3,}")
MAX_TITLE_CHARS = 80


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def _markdown_to_text(text: str) -> tuple[str, list[str]]:
    """Markdown markup removed (headings, emphasis, links, rules); the words stay."""
    lines, headings = [], []
    in_code = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code:
            lines.append(line)
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(2)
            headings.append(line)
        elif _MD_RULE.match(line):
            continue
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return _normalise("\n".join(lines)), headings


def _title(text: str, path: Path) -> str:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= MAX_TITLE_CHARS else path.stem


def read_text(path: Path, data: bytes, markdown: bool = False) -> ExtractedDocument:
    decoded = decode_bytes(data, path)
    raw = _normalise(decoded.text)
    if markdown:
        text, headings = _markdown_to_text(raw)
        title = headings[0] if headings else _title(text, path)
    else:
        text, headings = raw, []
        title = _title(text, path)
    if not text.strip():
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the file holds no text"))
    return ExtractedDocument(
        format=MARKDOWN if markdown else TEXT,
        title=title,
        text=text,
        raw_text=decoded.text,
        encoding=decoded.encoding,
        note=decoded.note(),
        headings=headings,
    )
