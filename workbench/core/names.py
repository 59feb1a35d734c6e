"""File names and other outside text made safe to show on a terminal or in one line.

A file name may hold anything but ``/`` and NUL: a newline that splits a report
line in two, an escape sequence that recolours or rewrites the terminal, a
right-to-left override that shows ``gpj.exe`` as ``exe.jpg``, or bytes that are
not UTF-8 (Python carries them as surrogate escapes, ``os.fsdecode(b"\\xff")``).
:func:`printable_name` spells each of these out as a backslash escape, so what
is printed is one line of plain text that still tells the names apart.
"""

from __future__ import annotations

import os
import unicodedata

# Shown by name: the control characters people know.
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# Not control characters to Unicode, but they break lines or reorder what follows.
_LAYOUT = frozenset("\u2028\u2029\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")
_LAYOUT |= frozenset("\u2066\u2067\u2068\u2069")


def _escape(character: str) -> str:
    code = ord(character)
    if character in _NAMED:
        return _NAMED[character]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as Python decoded it
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _unsafe(character: str) -> bool:
    return character in _LAYOUT or unicodedata.category(character) in ("Cc", "Cs")


def printable_name(name: str | os.PathLike[str]) -> str:
    """``name`` (a file name, a path, a title) with control characters, layout controls
    and undecodable bytes written as backslash escapes: ``报告\\n.txt``, ``\\x1b[31m``,
    ``\\xff``.  Text without them comes back unchanged."""
    text = os.fspath(name)
    if not any(_unsafe(c) for c in text):
        return text
    return "".join(_escape(c) if _unsafe(c) else c for c in text)


def printable_lines(text: str) -> str:
    """Lines of text for a terminal: each line made printable, the line breaks kept."""
    return "\n".join(printable_name(line) for line in text.split("\n"))


def first_control_character(text: str) -> str | None:
    """The first control, layout-control or undecodable character of ``text``, if any:
    what no name an analyst teaches can hold (a NUL pasted with it, an escape)."""
    return next((character for character in text if _unsafe(character)), None)
