"""Full-text search for Chinese as analysts type it.

Both scripts are searched as one: queries and documents are compared in their
Simplified copies, which have the same length as the originals, so a hit's
offsets point straight into the canonical text.  The trigram index narrows the
candidates for terms of three or more characters; shorter terms (two-character
Chinese words such as 产能) are found with ``instr``, because SQLite's trigram
tokenizer answers them with nothing.

A query is bounded (:data:`MAX_QUERY_CHARACTERS`, :data:`MAX_QUERY_TERMS`) and
cleaned of control characters before it is planned (:func:`clean_query`); what
cannot be searched raises :class:`QueryError` with a message to show as it is.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from .errors import WorkbenchError
from .regional_terms import regional_variants
from .script import to_simplified

SNIPPET_CONTEXT = 40
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
    with the text), line breaks and tabs made spaces.

    Raises :class:`QueryError` for bytes that are not text (a command-line argument
    that was not UTF-8) and for a query over :data:`MAX_QUERY_CHARACTERS` characters.
    """
    if any(unicodedata.category(c) == "Cs" for c in query):
        raise QueryError("the query is not valid text (it holds bytes that are not UTF-8)")
    if any(unicodedata.category(c) == "Cc" for c in query):
        query = "".join(" " if c.isspace() else c for c in query if not _dropped_control(c))
    length = len(query.strip())
    if length > MAX_QUERY_CHARACTERS:
        raise QueryError(
            f"the query is {length:,} characters long; "
            f"a search takes at most {MAX_QUERY_CHARACTERS:,}"
        )
    return query


def _dropped_control(character: str) -> bool:
    return unicodedata.category(character) == "Cc" and not character.isspace()


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


def _candidate_ids(conn: sqlite3.Connection, groups: list[tuple[str, ...]]) -> list[int]:
    """Documents holding, for every term, at least one of its regional variants."""
    clauses, params = [], []
    for variants in groups:
        alternatives = []
        long_terms = [t for t in variants if len(t) >= 3]
        if long_terms:
            match = " OR ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
            alternatives.append(
                "id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
            )
            params.append(match)
        for term in variants:
            if len(term) < 3:
                alternatives.append(
                    "instr(lower(text_simplified), lower(?)) > 0 "
                    "OR instr(lower(title_simplified), lower(?)) > 0"
                )
                params += [term, term]
        clauses.append("(" + " OR ".join(alternatives) + ")")
    sql = "SELECT id FROM documents WHERE " + " AND ".join(clauses)
    return [row[0] for row in conn.execute(sql, params)]


def search(
    conn: sqlite3.Connection, query: str, limit: int = 50, aliases: bool = True
) -> list[SearchHit]:
    """Documents containing every term of ``query``, best first, with a snippet.

    芯片 also finds 晶片 and 台积电 finds TSMC: each term stands for its regional
    variants and the entity's other names (see :func:`plan_query`).
    """
    return search_planned(conn, plan_query(conn, query, aliases), limit)


def search_planned(
    conn: sqlite3.Connection, plan: list[QueryTerm], limit: int = 50
) -> list[SearchHit]:
    """:func:`search` for a query already planned (a caller that also shows the plan)."""
    if not plan:
        return []
    groups = [term.variants for term in plan]
    ids = _candidate_ids(conn, groups)
    if not ids:
        return []
    average_length = conn.execute("SELECT avg(length(text)) FROM documents").fetchone()[0] or 1
    patterns = [
        re.compile("|".join(re.escape(v) for v in sorted(group, key=len, reverse=True)), re.I)
        for group in groups
    ]
    hits: list[SearchHit] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, title, title_simplified, kind, text, text_simplified "
            f"FROM documents WHERE id IN ({marks})",
            chunk,
        )
        for row in rows:
            hit = _score_document(row, patterns, average_length)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (-h.score, h.document_id))
    return hits[:limit]


def _score_document(row, patterns, average_length: float) -> SearchHit | None:
    text_s = row["text_simplified"]
    positions: list[tuple[int, int]] = []
    score = 0.0
    k1, b = 1.2, 0.75
    norm = k1 * (1 - b + b * len(text_s) / average_length)
    for pattern in patterns:
        found = [(m.start(), m.end()) for m in pattern.finditer(text_s)]
        in_title = bool(pattern.search(row["title_simplified"]))
        if not found and not in_title:
            return None
        tf = len(found)
        score += tf * (k1 + 1) / (tf + norm) + (2.0 if in_title else 0.0)
        positions += found
    positions.sort()
    # Rarity is not known per term without a second pass; a plain BM25 saturation
    # with a title bonus ranks well on a corpus of this kind.
    score = round(score + math.log1p(len(positions)) * 0.01, 6)
    text = row["text"]
    if positions:
        first_start, first_end = positions[0]
        snippet, spans = _snippet(text, positions, first_start, first_end)
    else:
        first_start = first_end = None
        snippet, spans = text[: 2 * SNIPPET_CONTEXT], ()
    return SearchHit(
        document_id=row["id"],
        title=row["title"],
        kind=row["kind"],
        score=score,
        hit_count=len(positions),
        start=first_start,
        end=first_end,
        snippet=snippet,
        snippet_spans=spans,
    )


def _snippet(text: str, positions, start: int, end: int):
    lo = max(0, start - SNIPPET_CONTEXT)
    hi = min(len(text), end + SNIPPET_CONTEXT)
    spans = tuple((max(s, lo) - lo, min(e, hi) - lo) for s, e in positions if s < hi and e > lo)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    snippet = prefix + text[lo:hi].replace("\n", " ") + suffix
    shift = len(prefix)
    return snippet, tuple((s + shift, e + shift) for s, e in spans)
