"""What the recogniser finds: a typed span of the canonical text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """``start``/``end`` are Python ``str`` offsets into the text recognised.

    ``value`` holds a normalised number for numeric types: ``low`` and ``high`` in
    base units (equal unless a range), and ``unit`` (a currency code, ``%`` or the
    unit as written, e.g. ``片``).
    """

    start: int
    end: int
    type: str
    text: str
    canonical: str
    value: dict | None = field(default=None, compare=False)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple]) -> list[Mention]:
        """Mentions from ``(start, end, type, text, canonical, value)`` rows.

        A frozen dataclass's ``__init__`` sets each field through
        ``object.__setattr__``; filling the new instance's dictionary directly makes
        the same records in a third of the time (a long report has thousands).
        """
        new = object.__new__
        out = []
        for start, end, type_, text, canonical, value in rows:
            mention = new(cls)
            fields = mention.__dict__
            fields["start"] = start
            fields["end"] = end
            fields["type"] = type_
            fields["text"] = text
            fields["canonical"] = canonical
            fields["value"] = value
            out.append(mention)
        return out

    def to_json(self) -> dict:
        out = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "canonical": self.canonical,
        }
        if self.value is not None:
            out["value"] = self.value
        return out
