"""Finding and ranking a query's documents on a team store (PostgreSQL).

SQLite's bigram index is an FTS5 table; a team store keeps, per document, the
*set* of its character bigrams (lower-cased Simplified title and text) as a
GIN-indexed ``tsvector`` (store/postgres_schema.py) and, since migration 0015,
those lower-cased texts themselves, uncompressed (``search_texts``).  A term of one
character is the bigrams that start with it (a prefix lexeme), of two characters its
bigram: both exact, as in SQLite, and answered by the index alone.  A longer term is
every one of its bigrams, which a document may hold apart: those candidates are
checked, and the term counted, in the texts once per search, and what is found
serves the match, the term's document frequency and its frequency in each match, so
the documents found are the ones SQLite's phrase query finds.

The ranking is FTS5's ``bm25`` computed here over the same inputs: the newest
:data:`~core.search.RANKED_MATCHES` matches are ranked, the title weighing
``TITLE_WEIGHT`` times the text, with each row's size and the store's average
in bigrams (one per character; the totals kept by triggers in ``search_totals``),
a phrase's frequency counted in the row's texts and its document frequency in the
store.  Case is folded by the store's ``wb_search_fold()`` (migration 0017), as a store file's
index folds it (``search_index.fold``): every cased letter, character for character.

Why not positions in the tsvector, so that ``<->`` phrase queries answer a long term
and positions give a phrase's frequency: measured on the 500 newest 产能 matches at
3,800 documents, their positional tsvectors are 48 KB each against 13 KB of text;
counting 产能 in them took 31 ms against 20 ms for ``replace`` over their texts, a
phrase query's recheck of each one cost what ``strpos`` over the text costs, and the
count came out 4,559 instead of 4,631 (positions stop at 16,383 and at 256 a lexeme,
so a long document would still be counted in its text).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

K1, B = 1.2, 0.75  # FTS5's bm25 constants
MIN_IDF = 1e-6  # FTS5 floors an idf that would be zero or less to this
# The documents whose bigrams a tsquery (the parameter) matches, asked of the GIN index
# (migration 0015's function; the planner, blind to the cost of reading each row's
# tsvector, would scan them all for a frequent term: 400 ms for the 500 newest matches
# of 产能 at 38,000 documents, against 6 ms through the index).
MATCHING = "search_bigrams_matching(?::tsquery)"


def _lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _term_query(term: str) -> str:
    """The tsquery of the bigrams a (lower-cased) term is found by."""
    if len(term) == 1:
        return f"{_lexeme(term)}:*"
    return " & ".join(_lexeme(term[i : i + 2]) for i in range(len(term) - 1))


def _lowered(conn, groups: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each group's variants case-folded as the server folds the indexed texts."""
    flat = [v for group in groups for v in group]
    lowered = [
        row[0] for row in conn.execute("SELECT wb_search_fold(v) FROM unnest(?::text[]) v", (flat,))
    ]
    out, at = [], 0
    for group in groups:
        out.append(lowered[at : at + len(group)])
        at += len(group)
    return out


# The documents holding a term, each with its size and its (title, text) count of the
# term where counted.
Holders = dict[int, tuple[int, int, int] | None]


def _count(column: str) -> str:
    """SQL counting a phrase (parameters: it and its length in bytes) in ``column``:
    each occurrence takes its length out of the text once ``replace`` has removed
    them all, which is every occurrence when two cannot overlap."""
    return f"(octet_length({column}) - octet_length(replace({column}, ?, ''))) / ?::int"


def _holding(conn, variant: str) -> Holders:
    """Every document holding ``variant`` (lower-cased, of three or more characters):
    the documents with all its bigrams, checked in their texts.  Where no two
    occurrences can overlap the check counts them, for the ranking (a second pass
    over the matches' texts cost 10–13 ms for 先进封装 at 3,800 documents)."""
    query = _term_query(variant)
    # OFFSET 0: the texts are checked once, and only the candidates' (merged into one
    # query, the check was made of every text: 510 ms for 先进封装 at 38,000 documents,
    # against 92 ms for counting it in its candidates).  The candidates are looked up
    # by key: joined to the function, whose row count the planner cannot know, they
    # were hashed against a scan of every search text (13 ms of 76 for 台积电 at 38,000
    # documents, and growing with the store).
    candidates = f"FROM search_texts t WHERE t.document_id = ANY(ARRAY(SELECT * FROM {MATCHING}))"
    if _overlaps_itself(variant):
        rows = conn.execute(
            f"SELECT document_id FROM (SELECT t.document_id, t.title, t.body {candidates} "
            "OFFSET 0) c WHERE strpos(body, ?) > 0 OR strpos(title, ?) > 0",
            (query, variant, variant),
        )
        return {row[0]: None for row in rows}
    width = len(variant.encode())
    rows = conn.execute(
        f"SELECT document_id, size, in_title, in_text FROM (SELECT t.document_id, t.size, "
        f"{_count('t.title')} AS in_title, {_count('t.body')} AS in_text {candidates} "
        "OFFSET 0) c WHERE in_title > 0 OR in_text > 0",
        (variant, width, variant, width, query),
    )
    return {document_id: (size, in_title, in_text) for document_id, size, in_title, in_text in rows}


def _checked(conn, groups: list[list[str]]) -> dict[str, Holders]:
    """The documents holding each variant of more than two characters (whose bigrams
    may lie apart in a document), each checked in the texts once for the whole search."""
    return {
        variant: _holding(conn, variant)
        for group in groups
        for variant in dict.fromkeys(group)
        if len(variant) > 2
    }


def _condition(groups: list[list[str]], checked: dict[str, Holders]) -> tuple[str, list]:
    """SQL over ``s`` (:data:`MATCHING` of the whole query's bigrams): rows holding, for
    every group, one of its variants, and its parameters.  The index answers a variant
    of one or two characters exactly; a longer one is the documents ``checked`` found.
    (A second test of the bigrams on a row reads its whole tsvector: 13 ms for 芯片 出口
    at 3,800 documents.)"""
    clauses, params = ["true"], []
    for group in groups:
        long = sorted({d for v in group if len(v) > 2 for d in checked[v]})
        if len(long) == 0 and all(len(v) > 2 for v in group):
            return "false", []
        if any(len(v) > 2 for v in group):
            short = [_term_query(v) for v in group if len(v) <= 2]
            clauses.append(
                "(s.document_id = ANY(?::bigint[])"
                + (f" OR s.document_id IN (SELECT * FROM {MATCHING}))" if short else ")")
            )
            params += [long, *([" | ".join(short)] if short else [])]
    return " AND ".join(clauses), params


def _matches(
    conn, groups: list[list[str]], checked: dict[str, Holders], below: int | None, count: int
) -> list[int]:
    """Up to ``count`` matching document ids, newest first (under ``below`` if given)."""
    if all(len(v) > 2 for group in groups for v in group):  # found already
        found = set.intersection(*({d for v in group for d in checked[v]} for group in groups))
        newest = sorted((d for d in found if below is None or d < below), reverse=True)
        return newest[:count]
    index = " & ".join("(" + " | ".join(_term_query(v) for v in group) + ")" for group in groups)
    condition, params = _condition(groups, checked)
    older = " AND s.document_id < ?" if below is not None else ""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT s.document_id FROM {MATCHING} s "
            f"WHERE {condition}{older} ORDER BY s.document_id DESC LIMIT ?",
            [index, *params, *([below] if below is not None else []), count],
        )
    ]


def _occurrences(text: str, term: str) -> int:
    """How many times ``term`` occurs in ``text``, overlaps counted (FTS5's instances)."""
    count, at = 0, text.find(term)
    while at >= 0:
        count += 1
        at = text.find(term, at + 1)
    return count


def _overlaps_itself(term: str) -> bool:
    """Whether two occurrences of ``term`` can overlap (哈哈 in 哈哈哈): it begins with
    what it ends with."""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))


def _statistics(conn, phrases: list[str], checked: dict[str, Holders]):
    """The store's documents and characters (search_totals, kept by triggers) and how
    many documents hold each phrase, as FTS5 counts a phrase's rows: one statement."""
    short = [p for p in phrases if p not in checked]
    counts = "".join(f", (SELECT count(*) FROM {MATCHING})" for _ in short)
    rows, size, *found = conn.execute(
        f"SELECT coalesce(sum(documents), 0)::bigint, coalesce(sum(size), 0)::bigint{counts} "
        "FROM search_totals",
        [_term_query(p) for p in short],
    ).fetchone()
    frequency = dict(zip(short, found, strict=True))
    return rows, size, {p: frequency[p] if p in frequency else len(checked[p]) for p in phrases}


def _holders(
    conn, ids: list[int], groups: list[list[str]], checked: dict[str, Holders]
) -> dict[str, list[int]]:
    """Of the documents ``ids`` (matches), those holding each variant that a match may
    lack (one of a group's several variants): every match holds a group's only one."""
    among, out = set(ids), {}
    for group in groups:
        for variant in group if len(set(group)) > 1 else ():
            if variant in out:
                continue
            if variant in checked:
                out[variant] = [d for d in checked[variant] if d in among]
            else:
                out[variant] = [
                    row[0]
                    for row in conn.execute(
                        f"SELECT s.document_id FROM {MATCHING} s WHERE s.document_id = ANY(?)",
                        (_term_query(variant), ids),
                    )
                ]
    return out


def _frequencies(conn, ids: list[int], groups: list[list[str]], checked: dict[str, Holders]):
    """(id, size, {phrase: (title count, text count)}) of each document, over its
    lower-cased texts (search_texts).

    The server counts when no phrase can overlap itself (each occurrence then takes
    its length out of the text once ``replace`` has removed them all), and only in the
    documents holding the phrase: 11 ms for 500 texts of 5,000 characters, against
    20 ms to read them here.  A term of three or more characters was counted when its
    candidates were checked (:func:`_holding`).  Otherwise the texts are read and
    counted here, overlaps included.
    """
    distinct = list(dict.fromkeys(v for group in groups for v in group))
    if any(_overlaps_itself(p) for p in distinct):
        rows = conn.execute(
            "SELECT document_id, size, title, body FROM search_texts WHERE document_id = ANY(?)",
            (ids,),
        )
        for document_id, size, title, body in rows:
            yield (
                document_id,
                size,
                {p: (_occurrences(title, p), _occurrences(body, p)) for p in distinct},
            )
        return
    counted = [p for p in distinct if p not in checked]  # the long ones were counted
    if not counted:  # and their holders' sizes read with them
        sizes = {d: found[0] for holders in checked.values() for d, found in holders.items()}
        for document_id in ids:
            yield (
                document_id,
                sizes[document_id],
                {p: _counts(checked[p], document_id) for p in distinct},
            )
        return
    holders = _holders(conn, ids, groups, checked)
    columns, params = [], []
    for phrase in counted:
        width = len(phrase.encode())
        for column in ("title", "body"):
            if phrase in holders:
                columns.append(f"CASE WHEN document_id = ANY(?) THEN {_count(column)} ELSE 0 END")
                params += [holders[phrase], phrase, width]
            else:
                columns.append(_count(column))
                params += [phrase, width]
    rows = conn.execute(
        f"SELECT {', '.join(['document_id', 'size', *columns])} FROM search_texts "
        "WHERE document_id = ANY(?)",
        [*params, ids],
    )
    for document_id, size, *counts in rows:
        found = {p: (counts[2 * i], counts[2 * i + 1]) for i, p in enumerate(counted)}
        for phrase in distinct:
            if phrase in checked:
                found[phrase] = _counts(checked[phrase], document_id)
        yield document_id, size, found


def _counts(holders: Holders, document_id: int) -> tuple[int, int]:
    """The (title, text) count of a counted term in ``document_id``: (0, 0) if it lacks it."""
    found = holders.get(document_id)
    return (found[1], found[2]) if found else (0, 0)


def ranked_matches(
    conn, groups: Sequence[Sequence[str]], limit: int, ranked: int, title_weight: float
) -> tuple[dict[int, float], int | None]:
    """As ``core.search._ranked`` on SQLite: the best ``limit`` of the newest ``ranked``
    matches with their scores (higher is better), and the oldest of those ranked
    when older matches may follow (else None)."""
    lowered = _lowered(conn, groups)
    checked = _checked(conn, lowered)
    newest = _matches(conn, lowered, checked, None, ranked)
    if not newest:
        return {}, None
    # Every variant is a phrase of the FTS5 query, even two that fold alike (tsmc and
    # its alias TSMC): each counts in the score.
    phrases = [v for group in lowered for v in group]
    rows, total_tokens, found = _statistics(conn, list(dict.fromkeys(phrases)), checked)
    average = float(total_tokens) / rows if rows and total_tokens else 1.0
    idf = {
        phrase: max(math.log((rows - count + 0.5) / (count + 0.5)), MIN_IDF)
        for phrase, count in found.items()
    }
    scores = {}
    for document_id, size, counts in _frequencies(conn, newest, lowered, checked):
        score = 0.0
        for phrase in phrases:
            in_title, in_text = counts[phrase]
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
    lowered = _lowered(conn, groups)
    return _matches(conn, lowered, _checked(conn, lowered), below, count)


def search_texts(conn, ids: list[int]) -> dict[int, dict]:
    """The rows core.search places its hits in: each document's id, title and kind with
    its lower-cased Simplified text as ``text_simplified`` (of the same length, holding
    the same hits for a case-blind pattern)."""
    rows = conn.execute(
        "SELECT d.id, d.title, d.kind, t.body FROM documents d "
        "JOIN search_texts t ON t.document_id = d.id WHERE d.id = ANY(?)",
        (ids,),
    )
    return {
        document_id: {"id": document_id, "title": title, "kind": kind, "text_simplified": body}
        for document_id, title, kind, body in rows
    }


def windows(conn, cuts: list[tuple[int, int, int]]) -> dict[int, str]:
    """The original text of each (document id, start, end) cut, in one statement
    (offsets in characters, as Python's)."""
    if not cuts:
        return {}
    ids, starts, counts = zip(*((d, lo + 1, hi - lo) for d, lo, hi in cuts), strict=True)
    return dict(
        conn.execute(
            "SELECT d.id, substr(d.text, w.start::int, w.count::int) "
            "FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS w(id, start, count) "
            "JOIN documents d ON d.id = w.id",
            (list(ids), list(starts), list(counts)),
        )
    )
