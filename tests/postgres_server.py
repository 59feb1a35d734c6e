"""The PostgreSQL server the team store's tests run against, and a fresh database on it.

``WORKBENCH_TEST_POSTGRES`` names the server (a libpq URL of a role that may create
databases); ``scripts/test.sh`` starts one with ``scripts/postgres.sh`` and sets it.
Without it the tests are skipped, saying how to start one, except under CI (``CI``
set), where they fail: CI must never pass without them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator

import pytest

VARIABLE = "WORKBENCH_TEST_POSTGRES"
HOW = (
    "bash scripts/postgres.sh start /tmp/pg && "
    "export WORKBENCH_TEST_POSTGRES=$(bash scripts/postgres.sh url /tmp/pg)"
)


def server_url() -> str:
    url = os.environ.get(VARIABLE, "")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"{VARIABLE} is not set under CI: the PostgreSQL tests must run ({HOW})")
    pytest.skip(f"no PostgreSQL server for the tests: {VARIABLE} is not set ({HOW})")


def _locale(admin):
    """A database in an ICU English locale when the server has ICU (Debian's has): a
    team's server is seldom in the C locale the test server is made with, and the store
    must sort and compare as a store file does in any."""
    from psycopg import sql

    found = admin.execute(
        "SELECT 1 FROM pg_collation WHERE collprovider = 'i' AND collname = 'en-x-icu'"
    ).fetchone()
    if found is None:
        return sql.SQL("")
    return sql.SQL(" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'")


@contextlib.contextmanager
def fresh_database(server: str, template: str | None = None) -> Iterator[str]:
    """A new database on ``server``, dropped afterwards; yields its ``postgresql://``
    address.  Empty, or a copy of the database ``template`` (which nobody may be
    connected to meanwhile).

    Fails the test that left a connection to it open.
    """
    import dataclasses

    import psycopg
    from psycopg import sql

    from workbench.core.store.team_address import TeamStoreAddress

    name = f"workbench_test_{secrets.token_hex(6)}"
    ident = sql.Identifier(name)
    with psycopg.connect(server, autocommit=True) as admin:
        if template is None:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(ident) + _locale(admin))
        else:
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(ident, sql.Identifier(template))
            )
        try:
            yield dataclasses.replace(TeamStoreAddress.parse(server), database=name).url()
        finally:
            # Without FORCE the server refuses while a connection is open (having
            # waited 5 s for closed ones to end): that is the test's leak.
            try:
                admin.execute(sql.SQL("DROP DATABASE {}").format(ident))
                leaked = False
            except psycopg.errors.ObjectInUse:
                admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(ident))
                leaked = True
    if leaked:
        pytest.fail("the test left a connection to its database open", pytrace=False)


@pytest.fixture(scope="session")
def seeded_team_database() -> Iterator[str]:
    """The name of a database on the test server holding the bundled corpus ingested
    once per session, to copy (``fresh_database(server, template=…)``), never to use."""
    from workbench.core.pipeline import ingest_files
    from workbench.core.store import Store
    from workbench.core.store.team_address import TeamStoreAddress

    with fresh_database(server_url()) as url:
        with Store(url) as store:
            report = ingest_files(store)
            assert not report.failed, report.summary()
        yield TeamStoreAddress.parse(url).database
