"""The store's SQLite-style parameters (``?`` and ``:name``) rewritten for psycopg.

psycopg reads ``%s`` and ``%(name)s`` and treats every other ``%`` as its own, even
inside a string literal, so each literal ``%`` is doubled.  ``?`` and ``:name`` are
parameters only outside string literals, quoted identifiers and comments, as SQLite
reads them; ``::`` (PostgreSQL's cast) is never a parameter.  ``?`` is therefore not
usable as an operator (PostgreSQL's ``jsonb ? key``): the store does not use it.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import NamedTuple

# What the rewrite passes over untouched, then what it rewrites.  A quote left open
# runs to the end, so that nothing after it is taken for a parameter.
_PIECES = re.compile(
    r"""
      (?P<skip>
          (?<![\w$])[Ee]'(?:[^'\\]|\\.|'')*'?     # E'…' escape string: \' does not close it
        | '[^']*'?                                # '…' ('' inside is two literals side by side)
        | "[^"]*"?                                # "…" a quoted identifier
        | --[^\n]*                                # a comment to the end of the line
        | /\*.*?(?:\*/|\Z)                        # /* … */
        | (?<![\w$])\$(?P<tag>(?:[A-Za-z_]\w*)?)\$.*?(?:\$(?P=tag)\$|\Z)  # $tag$ … $tag$
      )
    | (?P<positional>\?)
    | (?<![:\w]):(?P<named>[A-Za-z_]\w*)
    | (?P<percent>%)
    """,
    re.DOTALL | re.VERBOSE,
)


class Statement(NamedTuple):
    sql: str  # for psycopg
    named: bool  # True when it takes a mapping (``:name``), False for a sequence (``?``)


@lru_cache(maxsize=1024)
def for_psycopg(sql: str) -> Statement:
    """``sql`` with its parameters in psycopg's spelling; the store repeats its
    statements, hence the cache.  Raises ``sqlite3.ProgrammingError`` for a
    statement mixing ``?`` and ``:name``, which SQLite refuses too."""
    kinds: set[str] = set()

    def rewrite(match: re.Match[str]) -> str:
        if match["skip"] is not None:
            return match["skip"].replace("%", "%%")
        if match["positional"] is not None:
            kinds.add("positional")
            return "%s"
        if match["named"] is not None:
            kinds.add("named")
            return f"%({match['named']})s"
        return "%%"

    translated = _PIECES.sub(rewrite, sql)
    if len(kinds) > 1:
        raise sqlite3.ProgrammingError("a statement takes either ? or :name parameters, not both")
    return Statement(translated, "named" in kinds)
