"""The PostgreSQL adapter against a real server: the store's sqlite3-style statements,
rows, transactions and errors hold on it (see ``tests/postgres_server.py``)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.postgres_server import fresh_database, server_url
from workbench.core.store.postgres import PostgresConnection, connect
from workbench.core.store.postgres_sql import for_psycopg
from workbench.core.store.transactions import atomic


@pytest.fixture
def database() -> str:
    with fresh_database(server_url()) as url:
        yield url


@pytest.fixture
def conn(database):
    connection = connect(database)
    yield connection
    connection.close()


@pytest.fixture
def names(conn) -> PostgresConnection:
    conn.execute("CREATE TABLE names (id serial PRIMARY KEY, name text NOT NULL UNIQUE)")
    return conn


def _names(url: str) -> list[str]:
    """The names another connection sees: what was committed."""
    other = connect(url)
    try:
        return [row[0] for row in other.execute("SELECT name FROM names ORDER BY id")]
    finally:
        other.close()


# The rewrite alone, no server needed.


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT ?, ?", "SELECT %s, %s"),
        ("SELECT '?', ?", "SELECT '?', %s"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
        (r"SELECT E'it\'s ?', ?", r"SELECT E'it\'s ?', %s"),
        ('SELECT "what?" FROM t WHERE a = ?', 'SELECT "what?" FROM t WHERE a = %s'),
        ("SELECT ? -- why?\n, ?", "SELECT %s -- why?\n, %s"),
        ("SELECT /* ? */ ?", "SELECT /* ? */ %s"),
        ("SELECT $$ ? $$, $f$ ? $f$, ?", "SELECT $$ ? $$, $f$ ? $f$, %s"),
        ("SELECT 'a%b', ? || '%'", "SELECT 'a%%b', %s || '%%'"),
        ("SELECT 5 % 3", "SELECT 5 %% 3"),
        ("SELECT :v::text, (:c, :t)", "SELECT %(v)s::text, (%(c)s, %(t)s)"),
        ("SELECT '?", "SELECT '?"),
    ],
)
def test_placeholders_are_rewritten_outside_quotes_and_comments(sql, expected):
    assert for_psycopg(sql).sql == expected


def test_a_statement_mixing_both_kinds_of_placeholder_is_refused():
    with pytest.raises(sqlite3.ProgrammingError, match="either"):
        for_psycopg("SELECT ?, :name")


def test_importing_the_adapter_does_not_import_psycopg():
    code = (
        "import sys, workbench.core.store.postgres; "
        "sys.exit('psycopg' in sys.modules or 'psycopg' in str(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# On the server.


def test_placeholders_literals_and_percent_signs(conn):
    row = conn.execute(
        "SELECT ? AS a, '?' AS question, 'a%b' AS percent, ? || '%' AS joined, 7 % 4 AS rest",
        (1, "x"),
    ).fetchone()
    assert tuple(row) == (1, "?", "a%b", "x%", 3)
    named = conn.execute("SELECT :v AS v, :v || ':v' AS w", {"v": "名"}).fetchone()
    assert tuple(named) == ("名", "名:v")


def test_rows_by_position_and_by_name(conn):
    rows = conn.execute(
        "SELECT 1 AS id, 'TSMC' AS \"Name\", NULL AS note UNION ALL SELECT 2, 'SMIC', 'x' "
        "ORDER BY id"
    ).fetchall()
    first = rows[0]
    assert first[0] == first["id"] == 1
    assert first["Name"] == first["name"] == first[1] == "TSMC"
    assert first["note"] is None
    assert first.keys() == ["id", "Name", "note"]
    assert len(first) == 3 and first[-1] is None and first[1:] == ("TSMC", None)
    assert dict(zip(first.keys(), first, strict=True)) == {"id": 1, "Name": "TSMC", "note": None}
    assert rows[1]["name"] == "SMIC"
    with pytest.raises(IndexError):
        first["missing"]


def test_a_cursor_gives_plain_tuples_when_asked(conn):
    cursor = conn.cursor()
    cursor.row_factory = None
    assert cursor.execute("SELECT 1, 'a'").fetchall() == [(1, "a")]
    cursor.row_factory = sqlite3.Row
    assert cursor.execute("SELECT 2 AS n").fetchone()["n"] == 2
    cursor.close()


def test_a_unique_violation_is_an_integrity_error_and_the_connection_goes_on(names, database):
    names.execute("INSERT INTO names (name) VALUES (?)", ("台积电",))
    names.execute("BEGIN")
    names.execute("INSERT INTO names (name) VALUES (?)", ("中芯国际",))
    with pytest.raises(sqlite3.IntegrityError, match="unique") as raised:
        names.execute("INSERT INTO names (name) VALUES (?)", ("台积电",))
    import psycopg.errors

    assert isinstance(raised.value.__cause__, psycopg.errors.UniqueViolation)
    assert raised.value.sqlstate == "23505"
    assert names.in_transaction  # aborted, not ended: PostgreSQL waits for the rollback
    names.rollback()
    assert not names.in_transaction
    names.execute("INSERT INTO names (name) VALUES (?)", ("华虹",))
    assert _names(database) == ["台积电", "华虹"]


def test_foreign_key_and_check_violations_are_integrity_errors(conn):
    conn.execute("CREATE TABLE parents (id integer PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE children (parent integer REFERENCES parents (id), "
        "size integer CHECK (size > 0))"
    )
    with pytest.raises(sqlite3.IntegrityError, match="foreign key"):
        conn.execute("INSERT INTO children VALUES (?, ?)", (1, 1))
    conn.execute("INSERT INTO parents VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError, match="check"):
        conn.execute("INSERT INTO children VALUES (?, ?)", (1, 0))


def test_committing_a_failed_transaction_raises_instead_of_losing_it(names, database):
    names.execute("BEGIN")
    names.execute("INSERT INTO names (name) VALUES ('a')")
    with pytest.raises(sqlite3.IntegrityError):
        names.execute("INSERT INTO names (name) VALUES ('a')")
    with pytest.raises(sqlite3.OperationalError, match="rolled back, not committed"):
        names.commit()
    assert not names.in_transaction
    assert _names(database) == []


def test_the_context_manager_commits_or_rolls_back(names, database):
    with names:
        names.execute("INSERT INTO names (name) VALUES (?)", ("kept",))
        names.execute("INSERT INTO names (name) VALUES (?)", ("kept too",))
        assert names.in_transaction
    assert not names.in_transaction
    assert _names(database) == ["kept", "kept too"]

    with pytest.raises(ZeroDivisionError), names:
        names.execute("INSERT INTO names (name) VALUES (?)", ("dropped",))
        1 / 0  # noqa: B018
    assert not names.in_transaction
    assert _names(database) == ["kept", "kept too"]


def test_the_stores_atomic_blocks_and_savepoints_run_unchanged(names, database):
    with atomic(names):
        names.execute("INSERT INTO names (name) VALUES ('outer')")
        with pytest.raises(sqlite3.IntegrityError), atomic(names):
            names.execute("INSERT INTO names (name) VALUES ('inner')")
            names.execute("INSERT INTO names (name) VALUES ('outer')")
        names.execute("INSERT INTO names (name) VALUES ('after')")
    assert _names(database) == ["outer", "after"]


def test_returning_id(names):
    cursor = names.execute("INSERT INTO names (name) VALUES (?) RETURNING id", ("a",))
    assert cursor.fetchone()[0] == 1
    assert cursor.lastrowid is None
    assert (
        names.execute("INSERT INTO names (name) VALUES (?) RETURNING id", ("b",)).fetchone()["id"]
        == 2
    )
    plain = names.execute("INSERT INTO names (name) VALUES ('c')")
    assert (plain.fetchone(), plain.fetchall(), plain.rowcount) == (None, [], 1)


def test_executemany(names, database):
    cursor = names.executemany(
        "INSERT INTO names (name) VALUES (?)", [("台積電",), ("台积电",), ("TSMC",)]
    )
    assert cursor.rowcount == 3
    names.executemany(
        "UPDATE names SET name = :new WHERE name = :old", [{"old": "TSMC", "new": "台湾积体电路"}]
    )
    assert _names(database) == ["台積電", "台积电", "台湾积体电路"]


def test_a_syntax_error_is_a_programming_error_with_its_message(conn):
    with pytest.raises(sqlite3.ProgrammingError, match='syntax error at or near "SELEC"'):
        conn.execute("SELEC 1")
    with pytest.raises(sqlite3.ProgrammingError, match='relation "nowhere" does not exist'):
        conn.execute("SELECT * FROM nowhere")
    assert conn.execute("SELECT 1").fetchone()[0] == 1


def test_a_lock_not_granted_is_an_operational_error(names, database):
    names.execute("INSERT INTO names (name) VALUES ('held')")
    other = connect(database)
    try:
        names.execute("BEGIN")
        names.execute("SELECT * FROM names FOR UPDATE")
        with pytest.raises(sqlite3.OperationalError, match="could not obtain lock"):
            other.execute("SELECT * FROM names FOR UPDATE NOWAIT")
        assert not other.in_transaction
    finally:
        names.rollback()
        other.close()


def test_no_server_there_is_an_operational_error(tmp_path):
    with pytest.raises(sqlite3.OperationalError, match=r"connection to server .* failed"):
        connect(f"postgresql://workbench@/workbench?host={tmp_path}")


@pytest.mark.parametrize(
    "text",
    [
        "台灣積體電路製造股份有限公司在臺南科學園區擴建先進封裝廠",  # Traditional
        "台湾积体电路制造股份有限公司在台南科学园区扩建先进封装厂",  # Simplified
        "𠮷野家 (U+20BB7), 𡘙 and 🏭: beyond the BMP",
        "百分比 50% 与问号？? 和引号 ' \"",
    ],
)
def test_chinese_text_round_trips_unchanged(conn, text):
    conn.execute("CREATE TABLE texts (body text)")
    conn.execute("INSERT INTO texts VALUES (?)", (text,))
    row = conn.execute(
        "SELECT body, length(body) AS characters FROM texts WHERE body = ?", (text,)
    ).fetchone()
    assert row["body"] == text
    assert row["characters"] == len(text)  # code points, as Python counts them
    assert (
        conn.execute(
            "SELECT count(*) FROM texts WHERE strpos(body, ?) > 0", (text[1:4],)
        ).fetchone()[0]
        == 1
    )
