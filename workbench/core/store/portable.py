"""The few pieces of SQL that SQLite and PostgreSQL spell differently, each in one place.

Every other statement of the store is written in the subset both engines run:
``?`` placeholders, ``ON CONFLICT`` instead of ``INSERT OR``, ``RETURNING id``
instead of ``lastrowid``, ``coalesce``, times passed from Python.  What cannot be
written so is here, in its SQLite form, so that an engine for PostgreSQL has
one module to answer.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

FOLD_FUNCTION = "wb_fold"


def now_text() -> str:
    """The current UTC time as the store keeps it: ``2025-03-01T08:15:02.123Z``."""
    stamp = datetime.now(UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def contains(haystack: str, needle: str) -> str:
    """A condition: the text ``haystack`` holds ``needle`` (both SQL expressions), as is.

    SQLite's ``instr``; PostgreSQL spells it ``strpos(haystack, needle) > 0``.
    """
    return f"instr({haystack}, {needle}) > 0"


def joined(expression: str, separator: str) -> str:
    """An aggregate: the values of ``expression`` joined by the literal ``separator``.

    SQLite's ``group_concat``; PostgreSQL spells it ``string_agg``.
    """
    quoted = separator.replace("'", "''")
    return f"group_concat({expression}, '{quoted}')"


def register_fold(conn: sqlite3.Connection) -> None:
    """``wb_fold(x)``: Simplified, lower case, so that filters match either script.

    A Python function called by SQLite; PostgreSQL needs its own (a server-side
    function over a folded copy of the columns).
    """
    from ..script import to_simplified

    def fold(value):
        if value is None:
            return ""
        return to_simplified(str(value)).lower()

    conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)


def folded(expression: str) -> str:
    """``expression`` folded by :func:`register_fold`'s function."""
    return f"{FOLD_FUNCTION}({expression})"


def folded_match(conn, expression: str, text: str) -> tuple[str, list]:
    """A condition: ``expression`` holds ``text`` whatever the script and case of
    either, with its parameters.

    SQLite folds both sides with :func:`register_fold`'s Python function.  A team
    store's server cannot convert scripts, so the text is looked for as written, in
    Simplified and in Traditional (OpenCC, which converts words as well as
    characters), case folded by ``wb_lower()``; and, for a value written half in one
    script and half in the other (台積电), as a pattern that takes each character in
    either script (``台[积積][电電]``).
    """
    from .transactions import engine_of

    if engine_of(conn) == "sqlite":
        register_fold(conn)
        return contains(folded(expression), folded("?")), [text]
    from ..script import to_simplified, to_traditional

    forms = list(dict.fromkeys([text, to_simplified(text), to_traditional(text)]))
    # The store's columns sort by code point (migration 0016); case folds on both sides
    # as Python's str.lower folds a store file's, whatever the database's locale (0017).
    value = f'({expression}) COLLATE "default"'
    found = [f"instr(wb_lower({expression}), wb_lower(?)) > 0" for _ in forms]
    pattern = either_script_pattern(text)
    if pattern is not None:
        found.append(f"{value} ~* ?")
        forms.append(pattern)
    return f"({' OR '.join(found)})", forms


def either_script_pattern(text: str) -> str | None:
    """A PostgreSQL regular expression matching ``text`` with each character in either
    script, or None when no character of it has two forms."""
    from ..script import to_simplified, to_traditional

    parts, mixed = [], False
    for character in text:
        simplified = to_simplified(character)
        forms = dict.fromkeys(
            f
            for f in (character, simplified, to_traditional(character), to_traditional(simplified))
            if len(f) == 1
        )
        mixed |= len(forms) > 1
        if len(forms) == 1:
            parts.append(_regex_literal(character))
        else:
            parts.append("[" + "".join(_bracketed(f) for f in forms) + "]")
    return "".join(parts) if mixed else None


def _regex_literal(character: str) -> str:
    return "\\" + character if not character.isalnum() and ord(character) < 128 else character


def _bracketed(character: str) -> str:
    return "\\" + character if character in "]\\^-[" else character
