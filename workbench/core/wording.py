"""Counts in messages, in English that reads right: 1 document, 2 documents."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"
