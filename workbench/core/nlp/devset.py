"""Hand-labelled passages for measuring the recogniser.

Labels are written inline, ``⟦台積電|ORG⟧``, so a label can never point at the
wrong characters: the offsets are computed from the markup, not typed by hand.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..vocabulary import ENTITY_TYPES

OPEN, SEP, CLOSE = "⟦", "|", "⟧"
# "dev" is tuned on; so, since tuning round 3, are "heldout" and "heldout2" (their
# errors were read then).  "heldout3" never is: it was labelled before the recogniser
# was ever run on it, and only its scores are read, so it alone estimates unseen text.
#
# "unseen_tune" and "unseen_test" are excerpts of articles from outside the corpus
# (other outlets and industries, see ``tests/data/ner_unseen_*_markup.txt``), labelled
# before the recogniser first ran on them.  The tuning part's errors may be read;
# the test part's never are.
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "unseen_tune", "unseen_test")
UNSEEN_SPLITS = ("unseen_tune", "unseen_test")
CORPUS_SPLITS = tuple(s for s in SPLITS if s not in UNSEEN_SPLITS)
# How reports name each part, saying which ones have been tuned on.
SPLIT_TITLES = {
    "dev": "dev (tuned on)",
    "heldout": "held-out (used for tuning since round 3)",
    "heldout2": "held-out-2 (used for tuning since round 3)",
    "heldout3": "held-out-3 (never tuned on: the honest figure)",
    "unseen_tune": "unseen articles, tuning part (tuned on)",
    "unseen_test": "unseen articles, test part (never tuned on: the honest figure off the corpus)",
}
# Parts whose errors may be listed: all but the one still unseen.
TUNING_SPLITS = ("dev", "heldout", "heldout2", "unseen_tune")
_LABEL = re.compile(rf"{OPEN}([^{OPEN}{CLOSE}]+?)\{SEP}([A-Z]+){CLOSE}")


@dataclass(frozen=True)
class Passage:
    id: str
    split: str  # one of SPLITS
    source: str
    text: str
    spans: tuple[tuple[int, int, str], ...]

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "split": self.split,
            "source": self.source,
            "text": self.text,
            "spans": [
                {"start": s, "end": e, "type": t, "text": self.text[s:e]} for s, e, t in self.spans
            ],
        }


def parse_markup(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and its (start, end, type) spans from ``⟦surface|TYPE⟧`` markup."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    position = 0
    for match in _LABEL.finditer(marked):
        plain = marked[position : match.start()]
        parts.append(plain)
        length += len(plain)
        surface, type_ = match.groups()
        if type_ not in ENTITY_TYPES:
            raise ValueError(f"unknown type {type_!r} at markup offset {match.start()}")
        if surface != surface.strip():
            raise ValueError(f"label {surface!r} starts or ends with a space")
        spans.append((length, length + len(surface), type_))
        parts.append(surface)
        length += len(surface)
        position = match.end()
    rest = marked[position:]
    if OPEN in rest or CLOSE in rest or any(OPEN in p or CLOSE in p for p in parts):
        raise ValueError("unbalanced label markers")
    parts.append(rest)
    return "".join(parts), spans


def to_markup(text: str, spans) -> str:
    """The inverse of :func:`parse_markup`, for pre-labelling a passage to correct by hand."""
    out, position = [], 0
    for start, end, type_ in sorted(spans):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(f"{OPEN}{text[start:end]}{SEP}{type_}{CLOSE}")
        position = end
    out.append(text[position:])
    return "".join(out)


_HEADER = re.compile(rf"^## id=(\S+) split=({'|'.join(SPLITS)}) source=(.+)$")


def read_markup_file(path: Path) -> list[Passage]:
    """Blocks of a ``## id=… split=… source=…`` line, then marked-up lines up to a blank line."""
    passages: list[Passage] = []
    header: tuple[str, ...] | None = None
    lines: list[str] = []
    first_line = 0

    def finish() -> None:
        if header is None:
            return
        try:
            text, spans = parse_markup("\n".join(lines))
        except ValueError as error:
            raise ValueError(f"{path}:{first_line}: {error}") from None
        passages.append(Passage(header[0], header[1], header[2], text, tuple(spans)))

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        found = _HEADER.match(line)
        if found:
            finish()
            header, lines, first_line = found.groups(), [], number + 1
        elif not line.strip():
            finish()
            header, lines = None, []
        elif header is not None:
            lines.append(line)
        elif not line.startswith("#"):
            raise ValueError(f"{path}:{number}: text before any '## id=' header")
    finish()
    return passages


def write_jsonl(passages: list[Passage], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for passage in passages:
            out.write(json.dumps(passage.to_json(), ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Passage]:
    passages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        spans = []
        for span in record["spans"]:
            if text[span["start"] : span["end"]] != span["text"]:
                raise ValueError(f"{path}: passage {record['id']}: span {span} does not match")
            spans.append((span["start"], span["end"], span["type"]))
        passages.append(
            Passage(record["id"], record["split"], record["source"], text, tuple(spans))
        )
    return passages
