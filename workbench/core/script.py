"""Traditional/Simplified handling: script detection and a same-length Simplified copy.

Search and entity matching treat both scripts as one language by working on a
Simplified copy of the canonical text.  The copy always has exactly the length of
the original, so an offset into the copy is the same offset into the original and
no offset map has to be stored or translated.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from .vocabulary import SCRIPTS


class Script(StrEnum):
    """The codes of :data:`~workbench.core.vocabulary.SCRIPTS` (``NONE``: no Chinese at all)."""

    TRADITIONAL, SIMPLIFIED, MIXED, NONE = SCRIPTS.codes


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc  # imported lazily: start-up of the GUI must not pay for it

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Return a Simplified copy of ``text`` with ``len(copy) == len(text)``.

    OpenCC's phrase tables can in rare cases change the length of a run; where
    that happens the run is converted character by character, keeping a
    character as it is when its own conversion is not a single character.
    """
    if not text:
        return text
    converted = _converter("t2s").convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_char_to_simplified(ch) for ch in text)


@lru_cache(maxsize=65536)
def _char_to_simplified(ch: str) -> str:
    out = _converter("t2s").convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=65536)
def _char_to_traditional(ch: str) -> str:
    out = _converter("s2t").convert(ch)
    return out if len(out) == 1 else ch


def to_traditional(text: str) -> str:
    """A Traditional copy of ``text`` (OpenCC's s2t), for matching text kept as written."""
    return _converter("s2t").convert(text) if text else text


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def detect_script(text: str, *, mixed_threshold: float = 0.2) -> Script:
    """Classify text as Traditional, Simplified or mixed.

    Only characters that differ between the scripts carry evidence: a character
    that changes under t2s is Traditional, one that changes under s2t is
    Simplified.  Text where the minority script holds at least
    ``mixed_threshold`` of the evidence is mixed.
    """
    han = "".join(ch for ch in text if is_cjk(ch))
    if not han:
        return Script.NONE
    simplified = to_simplified(han)
    traditional_chars = sum(1 for a, b in zip(han, simplified, strict=True) if a != b)
    simplified_chars = sum(1 for ch in han if _char_to_traditional(ch) != ch)
    total = traditional_chars + simplified_chars
    if total == 0:
        # Only characters shared by both scripts: it reads as either; call it Simplified.
        return Script.SIMPLIFIED
    share = traditional_chars / total
    if share >= 1 - mixed_threshold:
        return Script.TRADITIONAL
    if share <= mixed_threshold:
        return Script.SIMPLIFIED
    return Script.MIXED
