"""Search on a team store against search on the store file it was copied from, in the
same run.

The documents of a store file (a scaled one: ``bench/scale_store.py``) are copied
into a fresh database on the server ``WORKBENCH_TEST_POSTGRES`` names (or into the
one named ``--database``, kept for later runs and reused when it exists); then each
query is run ``--runs`` times on both, alternately, and the medians, their ratio
(team over file) and whether both returned the same hits (ids, order, scores,
snippets) are printed.  Exits 1 if any query's hits differ.

    .venv/bin/python bench/scale_store.py /tmp/100x.sqlite3 100
    .venv/bin/python bench/bench_team_search.py /tmp/100x.sqlite3 [--runs 7]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.search import plan_query, search_planned
from workbench.core.store import Store

QUERIES = ["产能", "芯片", "台积电", "CoWoS", "先进制造业集群", "芯片 出口", '"先进封装"', "镍"]
COLUMNS = (
    "content_hash, kind, title, title_simplified, text, text_simplified, raw_text, "
    "script, publisher, publish_date, pages, headings"
)
BATCH = 200


def copy_documents(source: Path, team: Store) -> int:
    """The documents of the store file ``source`` written into ``team``, in id order."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        rows = src.execute(f"SELECT {COLUMNS} FROM documents ORDER BY id").fetchall()
    finally:
        src.close()
    marks = ",".join("?" * len(COLUMNS.split(",")))
    for start in range(0, len(rows), BATCH):
        with team.transaction():
            team.conn.executemany(
                f"INSERT INTO documents ({COLUMNS}) VALUES ({marks})", rows[start : start + BATCH]
            )
    team.conn.execute("ANALYZE")
    return len(rows)


@contextlib.contextmanager
def team_database(server: str, name: str | None):
    """The address of the database to search: ``name`` kept (made when missing), or a
    fresh one dropped afterwards; and whether it was made empty now."""
    import dataclasses

    import psycopg
    from psycopg import sql

    from workbench.core.store.team_address import TeamStoreAddress

    if name is None:
        from tests.postgres_server import fresh_database

        with fresh_database(server) as url:
            yield url, True
        return
    with psycopg.connect(server, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists is None:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield dataclasses.replace(TeamStoreAddress.parse(server), database=name).url(), exists is None


def _hits(store: Store, query: str, limit: int):
    plan = plan_query(store.conn, query, aliases=False)
    began = time.perf_counter()
    hits = search_planned(store.conn, plan, limit)
    return time.perf_counter() - began, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the store file to copy and search")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--database", help="a database to keep (and reuse) on the server")
    parser.add_argument("--query", action="append", help="a query (default: the bench's 8)")
    args = parser.parse_args()
    server = os.environ.get("WORKBENCH_TEST_POSTGRES")
    if not server:
        print("set WORKBENCH_TEST_POSTGRES (scripts/postgres.sh start DIR; … url DIR)")
        return 2
    queries = args.query or QUERIES
    with team_database(server, args.database) as (url, empty), Store(url) as team:
        if empty:
            began = time.perf_counter()
            count = copy_documents(args.source, team)
            print(f"copied {count:,} documents in {time.perf_counter() - began:.1f} s")
        with Store(args.source) as local:
            times: dict[tuple[str, str], list[float]] = {}
            same: dict[str, bool] = {}
            for _ in range(args.runs):
                for query in queries:
                    found = {}
                    for name, store in (("file", local), ("team", team)):
                        seconds, found[name] = _hits(store, query, args.limit)
                        times.setdefault((name, query), []).append(seconds)
                    same[query] = same.get(query, True) and found["file"] == found["team"]
    print(f"{'query':16} {'file ms':>8} {'team ms':>8} {'team/file':>9}  same hits")
    ratios = []
    for query in queries:
        file_ms, team_ms = (statistics.median(times[(n, query)]) * 1000 for n in ("file", "team"))
        ratios.append(team_ms / file_ms)
        print(f"{query:16} {file_ms:8.1f} {team_ms:8.1f} {team_ms / file_ms:8.2f}×  {same[query]}")
    print(f"worst ratio {max(ratios):.2f}×, median {statistics.median(ratios):.2f}×")
    return 0 if all(same.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
