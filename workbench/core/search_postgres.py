"""Finding and ranking a query's documents on a team store (PostgreSQL).

SQLite's bigram index is an FTS5 table; a team store keeps, per document, the
*set* of its character bigrams (lower-cased Simplified title and text) as a
GIN-indexed ``tsvector`` (store/postgres_schema.py).  A term of one character is
the bigrams that start with it (a prefix lexeme), of two characters its bigram:
both exact, as in SQLite.  A longer term is every one of its bigrams, which a
document may hold apart: those candidates are checked in the text
(``strpos``), so the documents found are the ones SQLite's phrase query finds.

The ranking is FTS5's ``bm25`` computed here over the same inputs: the newest
:data:`~core.search.RANKED_MATCHES` matches are ranked, the title weighing
``TITLE_WEIGHT`` times the text, with each row's size and the store's average
in bigrams (one per character), a phrase's frequency counted in the row's texts
and its document frequency in the store.  Case is folded by the server's
``lower()``, which in a database of the ``C`` locale folds ASCII letters only
(SQLite's index folds every cased letter).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

K1, B = 1.2, 0.75  # FTS5's bm25 constants
MIN_IDF = 1e-6  # FTS5 floors an idf that would be zero or less to this
READ_BATCH = 200  # texts read per statement when ranking


def _lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _term_query(term: str) -> str:
    """The tsquery of the bigrams a (lower-cased) term is found by."""
    if len(term) == 1:
        return f"{_lexeme(term)}:*"
    return " & ".join(_lexeme(term[i : i + 2]) for i in range(len(term) - 1))


def _lowered(conn, groups: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each group's variants lower-cased as the server lowers the indexed texts."""
    flat = [v for group in groups for v in group]
    lowered = [row[0] for row in conn.execute("SELECT lower(v) FROM unnest(?::text[]) v", (flat,))]
    out, at = [], 0
    for group in groups:
        out.append(lowered[at : at + len(group)])
        at += len(group)
    return out


def _condition(groups: list[list[str]]) -> tuple[str, list]:
    """SQL over ``s`` (search_bigrams) and, when a variant is longer than two characters
    (see :func:`_sources`), ``d`` (documents): rows holding, for every group, one of its
    variants; and its parameters."""
    index = " & ".join("(" + " | ".join(_term_query(v) for v in group) + ")" for group in groups)
    clauses, params = ["s.bigrams @@ ?::tsquery"], [index]
    for group in groups:
        alternatives = []
        for variant in group:
            if len(variant) <= 2:
                alternatives.append("s.bigrams @@ ?::tsquery")
                params.append(_term_query(variant))
            else:
                # A term with no letter that has a case (台积电) is looked for in the texts
                # as they are: lower-casing a long text first costs as much as the search.
                text, title = (
                    ("d.text_simplified", "d.title_simplified")
                    if variant.lower() == variant.upper()
                    else ("lower(d.text_simplified)", "lower(d.title_simplified)")
                )
                alternatives.append(
                    f"(s.bigrams @@ ?::tsquery AND (strpos({text}, ?) > 0 "
                    f"OR strpos({title}, ?) > 0))"
                )
                params += [_term_query(variant), variant, variant]
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(clauses), params


def _sources(groups: list[list[str]]) -> str:
    """What :func:`_condition`'s SQL reads: the index alone when every variant has at
    most two characters (its bigrams then say exactly where it is), else the texts too."""
    if all(len(v) <= 2 for group in groups for v in group):
        return "search_bigrams s"
    return "search_bigrams s JOIN documents d ON d.id = s.document_id"


def _matches(conn, groups: list[list[str]], below: int | None, count: int) -> list[int]:
    """Up to ``count`` matching document ids, newest first (under ``below`` if given)."""
    condition, params = _condition(groups)
    older = " AND s.document_id < ?" if below is not None else ""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT s.document_id FROM {_sources(groups)} "
            f"WHERE {condition}{older} ORDER BY s.document_id DESC LIMIT ?",
            [*params, *([below] if below is not None else []), count],
        )
    ]


def _occurrences(text: str, term: str) -> int:
    """How many times ``term`` occurs in ``text``, overlaps counted (FTS5's instances)."""
    count, at = 0, text.find(term)
    while at >= 0:
        count += 1
        at = text.find(term, at + 1)
    return count


def _document_frequency(conn, variant: str) -> int:
    """How many documents hold ``variant`` (lower-cased), as FTS5 counts a phrase's rows."""
    condition, params = _condition([[variant]])
    (count,) = conn.execute(
        f"SELECT count(*) FROM {_sources([[variant]])} WHERE {condition}", params
    ).fetchone()
    return count


def _frequencies(conn, ids: list[int], phrases: list[str]):
    """(id, title size, text size, [(title count, text count) per phrase]) of each
    document, counted here over its lower-cased texts (the server's ``replace`` took
    2–4 times as long as reading them)."""
    marks = ",".join("?" * len(ids))
    cased = any(p.lower() != p.upper() for p in phrases)  # else lower-casing changes no count
    title_sql, text_sql = (
        ("lower(title_simplified)", "lower(text_simplified)")
        if cased
        else ("title_simplified", "text_simplified")
    )
    for document_id, title, text in conn.execute(
        f"SELECT id, {title_sql}, {text_sql} FROM documents WHERE id IN ({marks})", ids
    ):
        counts = [(_occurrences(title, p), _occurrences(text, p)) for p in phrases]
        yield document_id, len(title), len(text), counts


def ranked_matches(
    conn, groups: Sequence[Sequence[str]], limit: int, ranked: int, title_weight: float
) -> tuple[dict[int, float], int | None]:
    """As ``core.search._ranked`` on SQLite: the best ``limit`` of the newest ``ranked``
    matches with their scores (higher is better), and the oldest of those ranked
    when older matches may follow (else None)."""
    lowered = _lowered(conn, groups)
    newest = _matches(conn, lowered, None, ranked)
    if not newest:
        return {}, None
    rows, total_tokens = conn.execute(
        "SELECT count(*), coalesce(sum(length + length(title_simplified)), 0) FROM library_entries"
    ).fetchone()
    average = float(total_tokens) / rows if rows and total_tokens else 1.0
    # Every variant is a phrase of the FTS5 query, even two that fold alike (tsmc and
    # its alias TSMC): each counts in the score.
    phrases = [v for group in lowered for v in group]
    idf = {}
    for phrase in dict.fromkeys(phrases):
        found = _document_frequency(conn, phrase)
        idf[phrase] = max(math.log((rows - found + 0.5) / (found + 0.5)), MIN_IDF)
    scores = {}
    for start in range(0, len(newest), READ_BATCH):
        batch = newest[start : start + READ_BATCH]
        for document_id, title_size, text_size, counts in _frequencies(conn, batch, phrases):
            size = title_size + text_size
            score = 0.0
            for phrase, (in_title, in_text) in zip(phrases, counts, strict=True):
                frequency = title_weight * in_title + in_text
                if frequency:
                    score += (idf[phrase] * frequency * (K1 + 1)) / (
                        frequency + K1 * (1 - B + B * size / average)
                    )
            scores[document_id] = -score  # FTS5's sign: lower is better
    best = sorted(scores.items(), key=lambda item: (item[1], item[0]))[:limit]
    oldest = newest[-1] if len(newest) == ranked else None
    return {document_id: round(-score, 6) for document_id, score in best}, oldest


def older_matches(conn, groups: Sequence[Sequence[str]], below: int, count: int) -> list[int]:
    """``count`` matches older than the ranked ones (ids under ``below``), newest first."""
    return _matches(conn, _lowered(conn, groups), below, count)
