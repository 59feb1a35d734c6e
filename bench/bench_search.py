"""Search on stores 1×, 10×, 100× the corpus: the bigram index against the old scan.

For each store (built by ``scale_store.build_scaled_store``, or given with
``--db``) every query is timed, median and worst of ``--repeat`` runs at a limit
of 50, with today's search and with the search of schema 0009 (the trigram
table for terms of three or more characters, ``instr`` over every document for
shorter ones, ``avg(length(text))`` and regex scoring of every candidate), in
the same run.  Both must find the same documents as a brute-force scan; the
script says so per query and exits 1 if not.

The old search needs the trigram table, which schema 0010 dropped: it is built
into the store under another name for the run (its build time and size are
printed beside those of the bigram index, built again into a scratch table) and
dropped at the end: a store given with ``--db`` keeps only what opening it does
(an upgrade) and the indexing of documents an upgrade left waiting.

    .venv/bin/python bench/bench_search.py --factors 1,10,100
    .venv/bin/python bench/bench_search.py --db /tmp/x/1000x.sqlite3
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scale_store import build_scaled_store, corpus_store

from workbench.core.errors import WorkbenchError
from workbench.core.search import plan_query, search, search_planned
from workbench.core.search_index import update_search_index
from workbench.core.store import Store

QUERIES = [
    "产能",
    "芯片",
    "台积电",
    "CoWoS",
    "先进制造业集群",
    "芯片 出口",
    '"先进封装"',  # a phrase
    "镍",  # one character
    "的",  # one character in nearly every document
    "台積電 產能",  # Traditional
]
LIMIT = 50
EVERYTHING = 10_000_000
OLD = "bench_trigram"


# -- the search of schema 0009, as it was ----------------------------------------


def old_search(conn: sqlite3.Connection, query: str, limit: int = LIMIT) -> list[int]:
    plan = plan_query(conn, query)
    if not plan:
        return []
    groups = [term.variants for term in plan]
    clauses, params = [], []
    for variants in groups:
        alternatives = []
        long_terms = [t for t in variants if len(t) >= 3]
        if long_terms:
            match = " OR ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
            alternatives.append(f"id IN (SELECT rowid FROM {OLD} WHERE {OLD} MATCH ?)")
            params.append(match)
        for term in variants:
            if len(term) < 3:
                alternatives.append(
                    "instr(lower(text_simplified), lower(?)) > 0 "
                    "OR instr(lower(title_simplified), lower(?)) > 0"
                )
                params += [term, term]
        clauses.append("(" + " OR ".join(alternatives) + ")")
    ids = [
        r[0]
        for r in conn.execute("SELECT id FROM documents WHERE " + " AND ".join(clauses), params)
    ]
    if not ids:
        return []
    average = conn.execute("SELECT avg(length(text)) FROM documents").fetchone()[0] or 1
    patterns = [
        re.compile("|".join(re.escape(v) for v in sorted(g, key=len, reverse=True)), re.I)
        for g in groups
    ]
    scored = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            "SELECT id, title, title_simplified, kind, text, text_simplified FROM documents "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for row in rows:
            score = _old_score(row, patterns, average)
            if score is not None:
                scored.append((-score, row[0]))
    scored.sort()
    return [document_id for _score, document_id in scored[:limit]]


def _old_score(row, patterns, average: float) -> float | None:
    text_s = row[5]
    k1, b = 1.2, 0.75
    norm = k1 * (1 - b + b * len(text_s) / average)
    score, positions = 0.0, []
    for pattern in patterns:
        found = [(m.start(), m.end()) for m in pattern.finditer(text_s)]
        in_title = bool(pattern.search(row[2]))
        if not found and not in_title:
            return None
        score += len(found) * (k1 + 1) / (len(found) + norm) + (2.0 if in_title else 0.0)
        positions += found
    positions.sort()
    if positions:  # the snippet was cut for every candidate
        start, end = positions[0]
        row[4][max(0, start - 40) : end + 40].replace("\n", " ")
    return score + math.log1p(len(positions)) * 0.01


def brute_force(conn: sqlite3.Connection, query: str) -> set[int]:
    plan = plan_query(conn, query)
    patterns = [re.compile("|".join(re.escape(v) for v in t.variants), re.I) for t in plan]
    return {
        document_id
        for document_id, title, text in conn.execute(
            "SELECT id, title_simplified, text_simplified FROM documents"
        )
        if all(p.search(text) or p.search(title) for p in patterns)
    }


# -- measuring -------------------------------------------------------------------


def timed(function, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def table_bytes(conn: sqlite3.Connection, prefix: str) -> int:
    return conn.execute(
        "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?", (prefix + "%",)
    ).fetchone()[0]


def build_old_index(conn: sqlite3.Connection) -> float:
    conn.execute(f"DROP TABLE IF EXISTS {OLD}")
    start = time.perf_counter()
    conn.execute(
        f"CREATE VIRTUAL TABLE {OLD} USING fts5(title_simplified, text_simplified, "
        "content='documents', content_rowid='id', tokenize='trigram case_sensitive 0')"
    )
    conn.execute(f"INSERT INTO {OLD}({OLD}) VALUES ('rebuild')")
    return time.perf_counter() - start


def time_bigram_build(conn: sqlite3.Connection) -> float:
    """Build the bigram index again into a scratch table, as migration and import do."""
    conn.execute("DROP TABLE IF EXISTS bench_bigram")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "CREATE VIRTUAL TABLE bench_bigram USING fts5(title, text, content='', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    conn.execute(
        "INSERT INTO bench_bigram(rowid, title, text) SELECT id, "
        "search_bigrams(title_simplified), search_bigrams(text_simplified) FROM documents"
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.execute("DROP TABLE bench_bigram")
    return elapsed


def bench_store(path: Path, label: str, repeat: int) -> bool:
    with Store(path) as store:
        conn = store.conn
        update_search_index(store)
        documents, characters = conn.execute(
            "SELECT count(*), sum(length(text)) FROM documents"
        ).fetchone()
        print(f"\n== {label}: {documents:,} documents, {characters / 1e6:.1f} M characters")
        old_build = build_old_index(conn)
        new_build = time_bigram_build(conn)
        old_size, new_size = table_bytes(conn, OLD), table_bytes(conn, "search_bigrams")
        print(
            f"index: bigram {new_size / 1e6:.1f} MB built in {new_build:.2f} s; "
            f"trigram {old_size / 1e6:.1f} MB built in {old_build:.2f} s "
            f"(bigram/trigram size {new_size / old_size:.2f}, build {new_build / old_build:.2f})"
        )
        print(
            f"{'query':<16} {'docs':>6} {'new median':>11} {'new worst':>10} "
            f"{'old median':>11} {'old worst':>10} {'old/new':>8}  same documents"
        )
        all_same = True
        try:
            for query in QUERIES:
                plan = plan_query(conn, query)
                expected = brute_force(conn, query)
                new_docs = {h.document_id for h in search_planned(conn, plan, EVERYTHING)}
                old_docs = set(old_search(conn, query, EVERYTHING))
                same = new_docs == expected == old_docs
                all_same &= same
                new_median, new_worst = timed(lambda q=query: search(conn, q, LIMIT), repeat)
                old_median, old_worst = timed(lambda q=query: old_search(conn, q), repeat)
                print(
                    f"{query:<16} {len(expected):>6} {new_median * 1e3:>9.1f}ms "
                    f"{new_worst * 1e3:>8.1f}ms {old_median * 1e3:>9.1f}ms "
                    f"{old_worst * 1e3:>8.1f}ms {old_median / new_median:>7.0f}×  "
                    f"{'yes' if same else 'NO'}"
                )
        finally:
            conn.execute(f"DROP TABLE IF EXISTS {OLD}")
    return all_same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, action="append", help="a store to measure (repeatable)")
    parser.add_argument("--factors", default="1,10,100", help="store sizes to build (1,10,100)")
    parser.add_argument("--folder", type=Path, help="where built stores go (kept; reused)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query (7)")
    arguments = parser.parse_args(argv)
    try:
        factors = [int(f) for f in arguments.factors.split(",") if f.strip()]
    except ValueError:
        parser.error(f"--factors: not a list of whole numbers: {arguments.factors!r}")
    if arguments.repeat < 1 or any(f < 1 for f in factors):
        parser.error("--repeat and --factors: must be 1 or more")
    stores: list[tuple[Path, str]] = []
    try:
        if arguments.db:
            for db in arguments.db:
                if not db.is_file():
                    parser.error(f"--db: {db}: no such store")
                stores.append((db, db.name))
        else:
            folder = arguments.folder or Path(tempfile.mkdtemp(prefix="bench-search-"))
            corpus = corpus_store(folder)
            for factor in factors:
                path = folder / f"scaled-{factor}x.sqlite3"
                if factor == 1:
                    path = corpus
                elif not path.exists():
                    build_scaled_store(path, factor, corpus, verbose=True)
                stores.append((path, f"{factor}×"))
        ok = all([bench_store(path, label, arguments.repeat) for path, label in stores])
    except WorkbenchError as error:
        print(f"bench_search: {error}", file=sys.stderr)
        return 1
    print("\nsame documents as a brute-force scan for every query" if ok else "\nDIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
