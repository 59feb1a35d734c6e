"""What the recogniser finds: a typed span of the canonical text."""

from __future__ import annotations

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
