"""Search on a team store finds, ranks and cuts exactly what search on a store file of
the same documents does: after edits that change the store's totals and its texts,
with phrases whose occurrences overlap and texts longer than a tsvector's positions
reach, and after the upgrade (migration 0015) that gave the team store its texts."""

from __future__ import annotations

import shutil

import psycopg
import pytest

from tests.old_stores import team_store_as_schema_0014
from tests.postgres_server import fresh_database, server_url
from workbench.core.search import search
from workbench.core.store import Store

from .test_search_index import QUERIES

# 哈哈 overlaps itself (哈哈哈 holds it twice); the others are the parity queries of
# several variants, of one character, of letters.
MORE = ["哈哈", "哈哈哈", "哈", "的", "芯片 出口", "tsmc", "電池", "产业集群 浙江", "GW"]
# letters beyond ASCII folded as a store file's index folds them (migration 0017)
MORE += ["ｌｇ化学", "électricité", "ÉLECTRICITÉ", "αβγ", "σίσυφος", "ΣΊΣΥΦΟΣ"]
LIMITS = (1000, 10)
LONG = 40_000  # characters: beyond the 16,383 positions a tsvector keeps


@pytest.fixture
def stores(seeded_store_path, seeded_team_database, tmp_path):
    """A store file and the address of a team store holding the same documents."""
    path = tmp_path / "store.sqlite3"
    shutil.copy(seeded_store_path, path)
    with fresh_database(server_url(), template=seeded_team_database) as url:
        yield path, url


def assert_same_hits(file: Store, team: Store, queries) -> None:
    for query in queries:
        for limit in LIMITS:
            expected = search(file.conn, query, limit=limit)
            assert search(team.conn, query, limit=limit) == expected, (query, limit)


def assert_totals_kept(team: Store) -> None:
    totals = team.conn.execute(
        "SELECT sum(documents)::bigint, sum(size)::bigint FROM search_totals"
    ).fetchone()
    actual = team.conn.execute(
        "SELECT count(*), sum(length(title_simplified) + length(text_simplified))::bigint "
        "FROM documents"
    ).fetchone()
    assert tuple(totals) == tuple(actual)


def edit(store: Store) -> int:
    """The same edits on either engine: a document deleted, one text made long with a
    phrase that overlaps itself far into it (its id returned), another title changed."""
    conn = store.conn
    ids = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]
    text = "哈哈哈，产能" + "的" * (LONG - 20) + "TSMC 哈哈哈哈 CoWoS 先进封装"
    text += " ＬＧ化学与 Électricité de France，ΑΒΓ 与 Σίσυφος"
    with store.transaction():
        conn.execute("DELETE FROM documents WHERE id = ?", (ids[3],))
        conn.execute(
            "UPDATE documents SET text = ?, text_simplified = ? WHERE id = ?",
            (text, text, ids[5]),
        )
        conn.execute(
            "UPDATE documents SET title = title || ' 哈哈', "
            "title_simplified = title_simplified || ' 哈哈' WHERE id = ?",
            (ids[7],),
        )
    return ids[5]


def test_a_team_store_searches_as_a_store_file_before_and_after_edits(stores):
    path, url = stores
    with Store(path) as file, Store(url) as team:
        assert_same_hits(file, team, QUERIES + MORE)
        assert_totals_kept(team)
        edit(file)
        long = edit(team)
        assert_totals_kept(team)
        hits = {hit.document_id: hit for hit in search(team.conn, "先进封装", limit=1000)}
        assert hits[long].start > 16_383  # found past the positions a tsvector keeps
        assert_same_hits(file, team, QUERIES + MORE)


def test_a_team_store_folds_every_character_as_a_store_file_does(seeded_team_database):
    from workbench.core.search_index import fold
    from workbench.core.store.migrations import _KEPT_AS_IT_IS

    every = "".join(
        chr(code)
        for code in range(0x20, 0x30000)
        if not 0xD800 <= code < 0xE000 and chr(code) != _KEPT_AS_IT_IS
    )
    with fresh_database(server_url(), template=seeded_team_database) as url, Store(url) as team:
        (folded,) = team.conn.execute("SELECT wb_search_fold(?)", (every,)).fetchone()
        # the sheets' filters fold as Python's str.lower folds them in a store file
        (lowered,) = team.conn.execute("SELECT wb_lower(?)", (every,)).fetchone()
    assert lowered == every.lower()
    assert len(folded) == len(every)
    differing = [hex(ord(c)) for c, ours in zip(every, folded, strict=True) if fold(c) != ours]
    assert folded == fold(every), differing[:20]


def test_a_team_store_upgraded_to_schema_0015_searches_as_a_store_file(stores):
    path, url = stores
    with psycopg.connect(url, autocommit=True) as conn:
        team_store_as_schema_0014(conn)
    with Store(path) as file, Store(url) as team:
        assert team.upgrade is not None
        assert_totals_kept(team)
        assert_same_hits(file, team, QUERIES + MORE)
        edit(file)
        edit(team)  # the upgraded triggers keep the texts and the totals
        assert_totals_kept(team)
        assert_same_hits(file, team, QUERIES + MORE)
