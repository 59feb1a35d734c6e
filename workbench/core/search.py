"""Full-text search for Chinese as analysts type it.

Both scripts are searched as one: queries and documents are compared in their
Simplified copies, which have the same length as the originals, so a hit's
offsets point straight into the canonical text.  Every term, of any length, is
answered by the bigram index (core/search_index.py), which also ranks the newest
hits (``bm25``); the texts of the page of hits returned are read to place the hits and
cut the snippets, no others.

A query is bounded (:data:`MAX_QUERY_CHARACTERS`, :data:`MAX_QUERY_TERMS`) and
cleaned of control characters before it is planned (:func:`clean_query`); what
cannot be searched raises :class:`QueryError` with a message to show as it is.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from . import search_matches
from .errors import Cancelled, WorkbenchError
from .progress import Progress
from .regional_terms import regional_variants
from .script import to_simplified
from .search_index import PENDING, TABLE, pending_count, term_query
from .store.transactions import engine_of

SNIPPET_CONTEXT = 40
TITLE_WEIGHT = 4.0  # bm25 weight of a title hit against one in the text
# Only the newest matches are ranked: an analyst reads the recent documents first,
# and ranking all of them costs time in proportion to the matches.
RANKED_MATCHES = 500
UNRANKED_SCORE = 0.0  # the score of an older match listed after the ranked ones
CANCEL_CHECK_STEPS = 10_000  # SQLite steps between two looks at a cancel request
# An analyst's query is a few words; these bounds keep a pasted page from becoming
# an SQL expression deeper than SQLite allows (it stops at a depth of 1,000).
MAX_QUERY_CHARACTERS = 500
MAX_QUERY_TERMS = 20


class QueryError(WorkbenchError):
    """A query that cannot be searched as given: too long, too many terms, not text."""


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str
    kind: str
    score: float
    hit_count: int
    start: int | None  # first hit in the canonical text; None when only the title matched
    end: int | None
    snippet: str
    snippet_spans: tuple[tuple[int, int], ...]  # hit ranges within ``snippet``

    def marked_snippet(self, before: str = "【", after: str = "】") -> str:
        out, last = [], 0
        for start, end in self.snippet_spans:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


# A term in straight or curly quotes is searched as written: no regional variants,
# no other names of the entity.
_QUERY_PART = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')


@dataclass(frozen=True)
class QueryTerm:
    text: str  # as typed
    literal: bool  # quoted: only this string
    variants: tuple[str, ...]  # the Simplified strings any of which satisfies the term
    aliases: tuple[str, ...] = ()  # other names of the same entity among the variants


def clean_query(query: str) -> str:
    """``query`` as it is searched: control characters dropped (a NUL or an escape pasted
    with the text), line breaks and tabs made spaces, and invisible format characters
    dropped (a zero-width space or joiner, a byte-order mark, a soft hyphen copied from
    a web page), which would otherwise make a term that matches nothing.

    Raises :class:`QueryError` for bytes that are not text (a command-line argument
    that was not UTF-8) and for a query over :data:`MAX_QUERY_CHARACTERS` characters.
    """
    if any(unicodedata.category(c) == "Cs" for c in query):
        raise QueryError("the query is not valid text (it holds bytes that are not UTF-8)")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in query):
        query = "".join(" " if c.isspace() else c for c in query if not _dropped_control(c))
    length = len(query.strip())
    if length > MAX_QUERY_CHARACTERS:
        raise QueryError(
            f"the query is {length:,} characters long; "
            f"a search takes at most {MAX_QUERY_CHARACTERS:,}"
        )
    return query


def _dropped_control(character: str) -> bool:
    category = unicodedata.category(character)
    return category == "Cf" or (category == "Cc" and not character.isspace())


def parse_query(query: str) -> list[tuple[str, bool]]:
    """(term, quoted) for each term of ``query``, cleaned by :func:`clean_query`.

    Raises :class:`QueryError` for more than :data:`MAX_QUERY_TERMS` terms.
    """
    out = []
    for match in _QUERY_PART.finditer(clean_query(query)):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        if quoted is not None:
            if quoted.strip():
                out.append((" ".join(quoted.split()), True))
        elif match.group(3):
            out.append((match.group(3), False))
    if len(out) > MAX_QUERY_TERMS:
        raise QueryError(
            f"the query has {len(out):,} terms; a search takes at most {MAX_QUERY_TERMS}"
        )
    return out


def query_terms(query: str) -> list[str]:
    return [to_simplified(term) for term, _quoted in parse_query(query)]


def plan_query(conn: sqlite3.Connection, query: str, aliases: bool = True) -> list[QueryTerm]:
    """What each term of ``query`` will match: its regional variants and, unless quoted
    or ``aliases`` is off, every other name of the entity it names (台积电: TSMC, 台積電)."""
    from .store.entities import other_names

    plan = []
    for term, quoted in parse_query(query):
        simplified = to_simplified(term)
        if quoted:
            plan.append(QueryTerm(term, True, (simplified,)))
            continue
        variants = list(regional_variants(simplified))
        names = [n for n in other_names(conn, term) if n not in variants] if aliases else []
        plan.append(QueryTerm(term, False, tuple(variants + names), tuple(names)))
    return plan


def search(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 50,
    aliases: bool = True,
    progress: Progress | None = None,
) -> list[SearchHit]:
    """Documents containing every term of ``query``, best first, with a snippet.

    芯片 also finds 晶片 and 台积电 finds TSMC: each term stands for its regional
    variants and the entity's other names (see :func:`plan_query`).
    """
    return search_planned(conn, plan_query(conn, query, aliases), limit, progress)


def index_expression(groups: list[tuple[str, ...]]) -> str:
    """The FTS5 query for documents holding, for every group, one of its strings."""
    return " AND ".join("(" + " OR ".join(term_query(v) for v in group) + ")" for group in groups)


def search_planned(
    conn: sqlite3.Connection,
    plan: list[QueryTerm],
    limit: int = 50,
    progress: Progress | None = None,
) -> list[SearchHit]:
    """:func:`search` for a query already planned (a caller that also shows the plan).

    The bigram index (core/search_index.py) finds the documents and ranks the
    newest :data:`RANKED_MATCHES` of them (``bm25``, the title weighing
    :data:`TITLE_WEIGHT` times the text); older matches follow, newest first,
    with :data:`UNRANKED_SCORE`.  Only the ``limit`` listed are read to place
    their hits and cut their snippets.  Documents stored before the index
    existed and not indexed yet are scanned and listed after the indexed ones.
    With ``progress``, a cancel stops the search within :data:`CANCEL_CHECK_STEPS`
    SQLite steps and raises :class:`Cancelled`.
    """
    if not plan or limit <= 0:
        return []
    groups = [term.variants for term in plan]
    if engine_of(conn) == "postgresql":
        return _search_team_store(conn, groups, limit, progress)
    expression = index_expression(groups)
    with _cancellable(conn, progress):
        scores, oldest_ranked = _ranked(conn, expression, limit)
        if len(scores) < limit and oldest_ranked is not None:
            for document_id in _older_matches(conn, expression, oldest_ranked, limit - len(scores)):
                scores[document_id] = UNRANKED_SCORE
        if len(scores) < limit and pending_count(conn):
            for document_id in _scan_pending(conn, groups, limit - len(scores)):
                scores.setdefault(document_id, 0.0)
    return _hits(conn, groups, scores)


def _search_team_store(
    conn, groups: list[tuple[str, ...]], limit: int, progress: Progress | None
) -> list[SearchHit]:
    """:func:`search_planned` on PostgreSQL (core/search_postgres.py), cancelled
    between its statements."""
    from . import search_postgres

    progress = progress or Progress()
    scores, oldest_ranked = search_postgres.ranked_matches(
        conn, groups, limit, RANKED_MATCHES, TITLE_WEIGHT
    )
    progress.check()
    if len(scores) < limit and oldest_ranked is not None:
        older = search_postgres.older_matches(conn, groups, oldest_ranked, limit - len(scores))
        for document_id in older:
            scores[document_id] = UNRANKED_SCORE
    progress.check()
    return _hits(conn, groups, scores)


def _ranked(
    conn: sqlite3.Connection, expression: str, limit: int
) -> tuple[dict[int, float], int | None]:
    """The best ``limit`` of the newest :data:`RANKED_MATCHES` matches, by ``bm25``,
    and the oldest of those ranked when older matches may follow (else None).

    Ranking every match made a query's time grow with its matches (芯片: 17 ms over
    13,000 matches at 38,000 documents, against 1.4 ms over the newest 400).
    """
    newest = conn.execute(
        f"SELECT rowid, bm25({TABLE}, ?, 1.0) FROM {TABLE} WHERE {TABLE} MATCH ? "
        f"ORDER BY rowid DESC LIMIT ?",
        (TITLE_WEIGHT, expression, RANKED_MATCHES),
    ).fetchall()
    best = sorted(newest, key=lambda row: (row[1], row[0]))[:limit]
    oldest = newest[-1][0] if len(newest) == RANKED_MATCHES else None
    return {row[0]: round(-row[1], 6) for row in best}, oldest


def _older_matches(conn: sqlite3.Connection, expression: str, below: int, count: int) -> list[int]:
    """``count`` matches older than the ranked ones (ids under ``below``), newest first."""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid < ? "
            f"ORDER BY rowid DESC LIMIT ?",
            (expression, below, count),
        )
    ]


def _cancellable(conn: sqlite3.Connection, progress: Progress | None):
    """A context in which SQLite stops when ``progress`` is cancelled (Cancelled raised)."""
    return _Cancellable(conn, progress)


class _Cancellable:
    def __init__(self, conn: sqlite3.Connection, progress: Progress | None):
        self._conn, self._progress = conn, progress

    def __enter__(self) -> None:
        if self._progress is not None:
            progress = self._progress
            self._conn.set_progress_handler(lambda: progress.cancelled(), CANCEL_CHECK_STEPS)

    def __exit__(self, kind, error, trace) -> bool:
        if self._progress is None:
            return False
        self._conn.set_progress_handler(None, 0)
        if isinstance(error, sqlite3.OperationalError) and self._progress.cancelled():
            raise Cancelled() from None
        self._progress.check()
        return False


def _patterns(groups: list[tuple[str, ...]]) -> list[re.Pattern]:
    return [
        re.compile("|".join(re.escape(v) for v in sorted(group, key=len, reverse=True)), re.I)
        for group in groups
    ]


def _scan_pending(conn: sqlite3.Connection, groups: list[tuple[str, ...]], limit: int) -> list[int]:
    """Documents not indexed yet (an upgraded store) holding every group, in id order."""
    clauses, params = [], []
    for variants in groups:
        alternatives = []
        for term in variants:
            alternatives.append(
                "instr(lower(text_simplified), lower(?)) > 0 "
                "OR instr(lower(title_simplified), lower(?)) > 0"
            )
            params += [term, term]
        clauses.append("(" + " OR ".join(alternatives) + ")")
    candidates = [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM documents WHERE id IN (SELECT document_id FROM {PENDING}) "
            f"AND {' AND '.join(clauses)} ORDER BY id",
            params,
        )
    ]
    # lower() folds ASCII only; the patterns fold case as the index does.
    patterns = _patterns(groups)
    found = []
    for start in range(0, len(candidates), 500):
        chunk = candidates[start : start + 500]
        for document_id, row in _documents(conn, chunk).items():
            texts = (row["text_simplified"], row["title_simplified"])
            if all(any(p.search(t) for t in texts) for p in patterns):
                found.append(document_id)
                if len(found) == limit:
                    return found
    return found


def _documents(conn: sqlite3.Connection, ids: list[int]) -> dict[int, sqlite3.Row]:
    return {row["id"]: row for row in _document_rows(conn, ids)}


def _document_rows(
    conn: sqlite3.Connection, ids: list[int], as_bytes: bool = False
) -> Iterator[sqlite3.Row]:
    """The documents ``ids``, in id order, read as they are iterated over; with
    ``as_bytes``, their Simplified texts as UTF-8 bytes (not decoded)."""
    text = "CAST(text_simplified AS BLOB) AS text_simplified" if as_bytes else "text_simplified"
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        yield from cursor.execute(
            f"SELECT id, title, title_simplified, kind, {text} "
            f"FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )


def _hits(
    conn: sqlite3.Connection, groups: list[tuple[str, ...]], scores: dict[int, float]
) -> list[SearchHit]:
    """The hits of the documents ``scores`` ranks, placed and counted in Python over
    each document's Simplified copy (core/search_matches.py finds what the terms'
    ``re.I`` patterns find); of the original text only the snippet's window is read.

    Measured on a store of 38,000 documents (bench/bench_scale.py's 1000×), reading
    the page's 50 texts and matching them here takes 9–21 ms, against 11–45 ms for
    placing and counting in SQL (``instr`` and ``length(replace(...))``), with the
    same hits.  Reading the whole original text as well doubled the reading on a
    page of long documents (29 against 17 ms for 50 of 38,807 characters); reading
    each snippet right after its document, while the pages of its text are still in
    SQLite's cache, took 7.2 ms for the reading and the snippets of such a page,
    against 10.5 ms reading the snippets after all the texts.  Terms that are each
    one string without case are found in the texts' UTF-8 bytes, which are then
    decoded only up to the snippet (:func:`~.search_matches.place_in_bytes`).
    """
    terms = [search_matches.term(group) for group in groups]
    if engine_of(conn) == "postgresql":
        return _team_hits(conn, terms, scores)
    found = [search_matches.literal(t) for t in terms]
    literals = [s for s in found if s is not None]
    in_bytes = len(literals) == len(terms)
    hits = {}
    # Each snippet is read while the pages of its text are still in SQLite's cache.
    for row in _document_rows(conn, list(scores), as_bytes=in_bytes):
        text_s = row["text_simplified"]
        placed = (
            search_matches.place_in_bytes(text_s, literals, SNIPPET_CONTEXT)
            if in_bytes
            else search_matches.place(text_s, terms, SNIPPET_CONTEXT)
        )
        hits[row["id"]] = _hit(row, placed, scores[row["id"]], _window(conn, row["id"], placed))
    return [hits[d] for d in scores if d in hits]


def _team_hits(conn, terms: list[search_matches.Term], scores: dict[int, float]) -> list[SearchHit]:
    """:func:`_hits` on a team store: placed in its search texts (lower-cased,
    uncompressed: the same hits, ``re.I`` folding case as it does) and every window cut
    in one statement, where reading 50 compressed texts and a window at a time took
    9–30 ms at 3,800 documents."""
    from . import search_postgres

    rows = search_postgres.search_texts(conn, list(scores))
    placed = {
        document_id: search_matches.place(row["text_simplified"], terms, SNIPPET_CONTEXT)
        for document_id, row in rows.items()
    }
    windows = search_postgres.windows(conn, [(d, p.lo, p.hi) for d, p in placed.items()])
    return [_hit(rows[d], placed[d], scores[d], windows[d]) for d in scores if d in rows]


def _window(conn: sqlite3.Connection, document_id: int, placed: search_matches.Placed) -> str:
    # substr counts code points, as Python's str indices do; the Simplified copy has
    # the original's length, so the window is the same in both.
    (window,) = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
        (placed.lo + 1, placed.hi - placed.lo, document_id),
    ).fetchone()
    return window


def _hit(row, placed: search_matches.Placed, score: float, window: str) -> SearchHit:
    snippet, spans = _snippet(window, placed)
    first_start, first_end = placed.first or (None, None)
    return SearchHit(
        document_id=row["id"],
        title=row["title"],
        kind=row["kind"],
        score=score,
        hit_count=placed.count,
        start=first_start,
        end=first_end,
        snippet=snippet,
        snippet_spans=spans,
    )


def _snippet(window: str, placed: search_matches.Placed):
    """The snippet shown for ``window`` (the text of ``placed``'s window), and the
    hits within it."""
    lo = placed.lo
    spans = tuple((s - lo, e - lo) for s, e in placed.shown)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if placed.more else ""
    snippet = prefix + window.replace("\n", " ") + suffix
    shift = len(prefix)
    return snippet, tuple((s + shift, e + shift) for s, e in spans)
