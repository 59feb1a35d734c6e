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

Each write transaction adds a segment to the index, and FTS5 merges segments
of a size four at a time: a store filled by many imports holds a dozen or more,
and every term of a query is looked up in each.  A run that indexed a large
share of the store's documents (an import, an ingest, catching up after an
upgrade) then merges them all into one (:func:`merge_search_index`): at 38,000
documents (bench/bench_scale.py's 1000×, 16 segments) that made the eight
queries of the bench take 5–18% less CPU time, with the same hits.

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

from .errors import Cancelled, WorkbenchError
from .progress import PROGRESS_CONTEXT, Progress
from .translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .store.store import Store

TABLE = "search_bigrams"
PENDING = "search_pending"
FUNCTION = "search_bigrams"
ESCAPE = "龘"  # U+9F98: before and after the hexadecimal code of any other character
END = "龖"  # U+9F96: follows a text's last character
INDEX_BATCH = 200  # pending documents indexed per transaction
# Index pages one merge step writes, in a transaction of its own: at 38,000 documents
# a step took 0.19 s (the longest 1.6 s), the whole merge 10-12 s;
# steps of 2,000 pages, 0.12 s (the longest 1.4 s), made it 15% longer.
MERGE_STEP = 4000
# A run that indexed at least this share of the store's documents merges the index
# after it: merging rewrites the whole index (10-12 s at 38,000 documents), so the
# stores that take it on have grown by a tenth or more since.
MERGE_SHARE = 0.1
MERGING = QT_TRANSLATE_NOOP("Progress", "Merging the search index")
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


def segment_count(conn: sqlite3.Connection) -> int:
    """How many segments the index is made of (each has its pages listed in ``_idx``)."""
    return conn.execute(f"SELECT count(DISTINCT segid) FROM {TABLE}_idx").fetchone()[0]


def merge_search_index(store: Store, progress: Progress | None = None) -> bool:
    """Merge the index's segments into one, :data:`MERGE_STEP` pages a transaction
    (FTS5's ``merge`` with a negative budget takes every segment, whatever its
    level, as ``optimize`` does in one go), until a step finds nothing to do.

    Returns whether it merged to the end.  Cancelling stops between steps
    (:class:`Cancelled`); a step that fails for want of disk is rolled back.  Either
    way the index stays whole, and answers every query as before.  A team store's
    index (PostgreSQL's GIN) is not FTS5's: nothing to do there.
    """
    if store.engine != "sqlite":
        return False
    progress = progress or Progress()
    conn = store.conn
    # Each page merged is written once and its old copy deleted: about two changes.
    (pages,) = conn.execute(f"SELECT count(*) FROM {TABLE}_data").fetchone()
    expected = max(1, 2 * pages)
    message = progress.translate(PROGRESS_CONTEXT, MERGING)
    written = 0
    while True:
        progress.check()
        progress.report(min(written, expected - 1), expected, message)
        try:
            with store.transaction():
                before = conn.total_changes
                conn.execute(
                    f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('merge', ?)", (-MERGE_STEP,)
                )
                changes = conn.total_changes - before
        except (WorkbenchError, sqlite3.OperationalError):
            # A full disk, or another writer holding the store past the busy timeout:
            # the index stays as the last step left it, to be merged another time.
            return False
        written += changes
        if changes < 2:  # FTS5 writes nothing once the index is one segment
            progress.report(expected, expected, message)
            return True


def merge_after_growth(store: Store, added: int, progress: Progress | None = None) -> bool:
    """:func:`merge_search_index` when the ``added`` documents just indexed are at
    least :data:`MERGE_SHARE` of the store's; a cancel stops it (what was merged stays
    merged) and returns False, the documents' storing being done."""
    if added <= 0 or store.engine != "sqlite":
        return False
    (documents,) = store.conn.execute("SELECT count(*) FROM documents").fetchone()
    if added < MERGE_SHARE * documents:
        return False
    try:
        return merge_search_index(store, progress)
    except Cancelled:
        return False
