"""A small store of three news items, for the entity layer: teach, never, merge, rename."""

from __future__ import annotations

from pathlib import Path

import pytest

# 北极光芯 is a company the bundled recogniser does not know (it finds 北极光 as a
# place); 新建 is a verb it takes for a place.
TEXTS = {
    "a.txt": "北极光芯宣布在合肥新建一座十二英寸晶圆厂，华芯微电子董事长表示，台积电和"
    "中芯国际仍是主要竞争对手。",
    "b.txt": "據報導，北極光芯將在無錫擴產，華芯微電子月產能提升至五萬片。台積電在南京的"
    "工廠也在擴產。",
    "c.txt": "宁德时代在四川宜宾的电池工厂投产，比亚迪也宣布扩产计划。",
}

TABLES = {
    "entities": "SELECT id, canonical, type, source, created_at FROM entities ORDER BY id",
    "entity_aliases": "SELECT * FROM entity_aliases ORDER BY name, type",
    "never_names": "SELECT * FROM never_names ORDER BY name",
    "mentions": "SELECT * FROM mentions ORDER BY id",
    "capacity_rows": "SELECT id, company, company_written FROM capacity_rows ORDER BY id",
}


def write_texts(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def dump(store) -> dict[str, list[tuple]]:
    """Every row the entity operations may touch, exactly."""
    return {table: [tuple(r) for r in store.conn.execute(sql)] for table, sql in TABLES.items()}


def mentions_of(store, canonical: str, type_: str | None = None) -> list[tuple]:
    sql = 'SELECT document_id, start, "end", type, text FROM mentions WHERE canonical = ?'
    params: list = [canonical]
    if type_:
        sql += " AND type = ?"
        params.append(type_)
    return [tuple(r) for r in store.conn.execute(sql + " ORDER BY document_id, start", params)]


@pytest.fixture(scope="session")
def news_store_path(tmp_path_factory) -> Path:
    from workbench.core.pipeline import import_paths
    from workbench.core.store import Store

    root = tmp_path_factory.mktemp("news")
    path = root / "news.sqlite3"
    with Store(path) as store:
        report = import_paths(store, [write_texts(root / "texts")])
        assert not report.failed
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def news_store(request, tmp_path):
    """The three news items in a store of each engine: a copy of one file, or a fresh
    team store on the test server (made the same way, by importing the texts)."""
    from workbench.core.store import Store

    if request.param == "sqlite":
        source = request.getfixturevalue("news_store_path")
        path = tmp_path / "news.sqlite3"
        path.write_bytes(source.read_bytes())
        store = Store(path)
        yield store
        store.close()
        return
    from workbench.core.pipeline import import_paths

    from .postgres_server import fresh_database, server_url

    with fresh_database(server_url()) as url:
        store = Store(url)
        try:
            report = import_paths(store, [write_texts(tmp_path / "texts")])
            assert not report.failed
            yield store
        finally:
            store.close()
