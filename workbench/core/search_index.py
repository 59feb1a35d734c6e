"""The bigram search index: every query term of any length answered by FTS5.

The table ``search_bigrams`` is an FTS5 table over each document's Simplified
title and text, written as overlapping character bigrams.  Every character
counts (CJK, Latin, digits, punctuation, spaces), so a query term is a
substring of a text exactly when the phrase of the term's bigrams occurs in it:
产能力 is the phrase ``产能 能力``; CoWoS the phrase ``co ow wo os``.  A
one-character term is a prefix query (the bigrams that start with it); the
last character of a text is followed by an end mark so that it has a bigram too.
Case is folded here, character by character, as the scan's ``re.I`` folds it
(:func:`fold`);
the ``unicode61`` tokenizer then sees nothing it would fold or split.

How a character becomes part of a token (:func:`_unit`): a CJK ideograph of the
Unified block (the ones SQLite's Unicode tables have always had) and an ASCII
letter or digit stand for themselves; any other character is written as its code
point in hexadecimal between two :data:`ESCAPE` marks (``龘ff0c龘`` for ，).  The
code is prefix-free, so two different bigrams never make one token and the
bigrams that start with a character are exactly the tokens with its prefix.

Why this shape (measured on the bundled corpus copied 100×, bench/bench_search.py):

- *contentless* (``content=''``): the bigrams are computed when a row is written
  and never stored as text; the index alone is smaller than today's trigram
  table, and nothing else is stored.  Snippets come from the documents' own text
  for the page of hits shown, so FTS5's ``snippet()`` (which needs stored
  content) is not wanted.
- kept by triggers on ``documents`` like the trigram table was, calling the SQL
  function ``search_bigrams`` (:func:`register`, on every connection
  ``store.database`` opens): every write path (store, import, delete,
  re-processing, near duplicates) keeps it in step because all of them write
  ``documents``.  A contentless table forgets nothing by itself: its delete is
  given the same bigrams again, which the function makes from the old text.
- ranked by FTS5's own ``bm25()``, whose statistics (row count, column sizes)
  FTS5 keeps at write time.

A store upgraded from schema 0009 has its documents listed in ``search_pending``
until :func:`update_search_index` (run on the worker before an import or ingest,
with progress) has indexed them; search scans just those meanwhile
(core/search.py), so its answers are the same before and after.

Changing how bigrams are made is a migration that empties the table
(``'delete-all'``) and lists every document as pending again.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .progress import Progress

if TYPE_CHECKING:
    from .store.store import Store

TABLE = "search_bigrams"
PENDING = "search_pending"
FUNCTION = "search_bigrams"
ESCAPE = "龘"  # U+9F98: before and after the hexadecimal code of any other character
END = "龖"  # U+9F96: follows a text's last character
INDEX_BATCH = 200  # pending documents indexed per transaction
_LITERAL_FIRST, _LITERAL_LAST = 0x4E00, 0x9FA5  # CJK Unified Ideographs of Unicode 1.1
_ASCII_LITERALS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

_units: dict[str, str] = {}


def _unit(character: str) -> str:
    """What ``character`` (already case-folded) is written as inside a token."""
    unit = _units.get(character)
    if unit is None:
        code = ord(character)
        literal = character in _ASCII_LITERALS or (
            _LITERAL_FIRST <= code <= _LITERAL_LAST and character not in (ESCAPE, END)
        )
        unit = character if literal else f"{ESCAPE}{code:x}{ESCAPE}"
        if len(_units) < 100_000:
            _units[character] = unit
    return unit


def _equivalent_letters() -> dict[int, int]:
    """Lower-case letters ``re.I`` also takes for one another (ς σ, ſ s, µ μ…), each
    mapped to the smallest of its kind."""
    try:
        from re._casefix import _EXTRA_CASES  # the table re.I itself uses (3.11+)
    except ImportError:  # pragma: no cover - older Pythons fold these like str.lower
        return {}
    table = {}
    for code, others in _EXTRA_CASES.items():
        table[code] = min(code, *others)
    return {code: low for code, low in table.items() if code != low}


_EQUIVALENT = _equivalent_letters()


def fold(text: str) -> str:
    """``text`` case-folded character by character as ``re.I`` compares it, its length
    kept (offsets depend on it)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # İ lowers to two characters: keep it as it is
        lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
    return lowered.translate(_EQUIVALENT)


def bigrams(text: str | None) -> str:
    """The tokens ``text`` is indexed as: one per character, space-separated.

    Each is the character and the next one; the last character is paired with
    :data:`END`.  The empty text has none.
    """
    if not text:
        return ""
    units = [_unit(c) for c in fold(text)]
    units.append(END)
    return " ".join(map(str.__add__, units[:-1], units[1:]))


def term_query(term: str) -> str:
    """The FTS5 expression for documents whose title or text contains ``term``."""
    folded = fold(term)
    units = [_unit(c) for c in folded]
    if len(units) == 1:
        return f'"{units[0]}" *'
    return '"' + " ".join(map(str.__add__, units[:-1], units[1:])) + '"'


def register(conn: sqlite3.Connection) -> None:
    """Make the SQL function the index's triggers call available on ``conn``."""
    conn.create_function(FUNCTION, 1, bigrams, deterministic=True)


# The index and what keeps it: created by migration 0010 (store/migrations.py).
SCHEMA = f"""
        CREATE VIRTUAL TABLE {TABLE} USING fts5(
            title, text, content='', tokenize='unicode61 remove_diacritics 0'
        )
;;
        -- Documents stored before the index existed, until update_search_index
        -- has indexed them; search scans these instead.
        CREATE TABLE {PENDING} (document_id INTEGER PRIMARY KEY)
;;
        CREATE TRIGGER {TABLE}_insert AFTER INSERT ON documents BEGIN
            INSERT INTO {TABLE}(rowid, title, text)
            VALUES (new.id, {FUNCTION}(new.title_simplified), {FUNCTION}(new.text_simplified));
        END
;;
        CREATE TRIGGER {TABLE}_delete AFTER DELETE ON documents BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, title, text)
            SELECT 'delete', old.id, {FUNCTION}(old.title_simplified),
                   {FUNCTION}(old.text_simplified)
            WHERE NOT EXISTS (SELECT 1 FROM {PENDING} WHERE document_id = old.id);
            DELETE FROM {PENDING} WHERE document_id = old.id;
        END
;;
        CREATE TRIGGER {TABLE}_update
        AFTER UPDATE OF id, title_simplified, text_simplified ON documents BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, title, text)
            SELECT 'delete', old.id, {FUNCTION}(old.title_simplified),
                   {FUNCTION}(old.text_simplified)
            WHERE NOT EXISTS (SELECT 1 FROM {PENDING} WHERE document_id = old.id);
            DELETE FROM {PENDING} WHERE document_id = old.id;
            INSERT INTO {TABLE}(rowid, title, text)
            VALUES (new.id, {FUNCTION}(new.title_simplified), {FUNCTION}(new.text_simplified));
        END
"""


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT count(*) FROM {PENDING}").fetchone()[0]


def update_search_index(store: Store, progress: Progress | None = None) -> int:
    """Index every document listed as pending, a batch per transaction.

    Returns how many were indexed.  Cancelling stops between batches; what was
    indexed stays indexed, and search scans the rest meanwhile.
    """
    progress = progress or Progress()
    conn = store.conn
    pending = [row[0] for row in conn.execute(f"SELECT document_id FROM {PENDING} ORDER BY 1")]
    for start in range(0, len(pending), INDEX_BATCH):
        progress.check()
        progress.report(
            start,
            len(pending),
            f"Indexing stored documents for search ({start} of {len(pending)})",
        )
        batch = pending[start : start + INDEX_BATCH]
        marks = ",".join("?" * len(batch))
        with store.transaction():
            conn.execute(
                f"INSERT INTO {TABLE}(rowid, title, text) "
                f"SELECT d.id, {FUNCTION}(d.title_simplified), {FUNCTION}(d.text_simplified) "
                f"FROM documents d JOIN {PENDING} p ON p.document_id = d.id "
                f"WHERE d.id IN ({marks})",
                batch,
            )
            conn.execute(f"DELETE FROM {PENDING} WHERE document_id IN ({marks})", batch)
    if pending:
        progress.report(len(pending), len(pending), "")
    return len(pending)
