"""The three roles of a team store, granted with the README's own SQL: a reader reads, an
editor annotates, reviews, curates and teaches but imports nothing, an owner imports."""

from __future__ import annotations

import dataclasses
import re
import secrets

import psycopg
import pytest

from tests.postgres_server import fresh_database, seeded_team_database, server_url
from workbench.core.operations import entities as entity_ops
from workbench.core.operations.annotations import annotate, review_mention
from workbench.core.operations.sheets import edit_cell
from workbench.core.operations.tags import tag_documents
from workbench.core.pipeline import import_paths, recognise_again
from workbench.core.sheets import CAPACITY
from workbench.core.store import Store
from workbench.core.store.annotation_listing import annotation_rows
from workbench.core.store.checks import ReadOnlyStoreError
from workbench.core.store.entities import documents_containing
from workbench.core.store.mentions import mentions_for_document
from workbench.core.store.team_address import TeamStoreAddress

from ..conftest import ROOT

__all__ = ["seeded_team_database"]

_GROUPS = ("workbench_reader", "workbench_editor", "workbench_owner")


def _readme_grants() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- team-store-roles:[^\n]*-->\n```sql\n(.*?)```", text, re.S)
    assert found, "the README's block of grants for the team store's roles"
    return found.group(1)


@pytest.fixture
def roles(seeded_team_database):
    """A copy of the seeded team store with the README's roles granted (under names of
    this test's own: roles belong to the whole server) and a login for each."""
    suffix = secrets.token_hex(4)
    names = {group: f"{group}_{suffix}" for group in _GROUPS}
    logins = {"reader": f"rita_{suffix}", "editor": f"alice_{suffix}", "owner": f"olga_{suffix}"}
    grants = _readme_grants()
    for group, name in names.items():
        grants = re.sub(rf"\b{group}\b", name, grants)
    with fresh_database(server_url(), template=seeded_team_database) as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(grants)
            for kind, login in logins.items():
                conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE {names[f'workbench_{kind}']}")
        address = TeamStoreAddress.parse(url)
        try:
            yield {
                kind: dataclasses.replace(address, user=login).url()
                for kind, login in logins.items()
            }
        finally:
            with psycopg.connect(url, autocommit=True) as conn:
                for role in [*logins.values(), *reversed(names.values())]:
                    conn.execute(f"DROP OWNED BY {role}")
                    conn.execute(f"DROP ROLE {role}")


def test_a_reader_reads_and_changes_nothing(roles):
    with Store(roles["reader"]) as store:
        assert store.read_only and not store.can_import
        assert "may only read it" in store.read_only_reason
        assert store.document_count() == 38
        with pytest.raises(ReadOnlyStoreError):
            annotate(store, document_id=1, start=0, end=2, type_="ORG")


def test_an_editor_edits_everything_but_imports_nothing(roles, tmp_path):
    with Store(roles["editor"]) as store:
        assert not store.read_only and not store.can_import
        note = annotate(store, document_id=1, start=0, end=2, type_="ORG", note="核实").value
        review_mention(store, mentions_for_document(store.conn, 1)[0], "rejected")
        row = store.conn.execute("SELECT id FROM capacity_rows ORDER BY id LIMIT 1").fetchone()[0]
        edit_cell(store, CAPACITY, row, "site", "二期")
        tag_documents(store, [1, 2], "待核实")
        taught = entity_ops.teach_name(store, "积电南京", "ORG", "台积电")
        recognise_again(store, documents_containing(store.conn, sorted(taught.changes.names)))
        (tmp_path / "new.txt").write_text("台积电在南京扩产。", encoding="utf-8")
        with pytest.raises(ReadOnlyStoreError, match="may not import documents"):
            import_paths(store, [tmp_path / "new.txt"])
        assert store.document_count() == 38
    alice = TeamStoreAddress.parse(roles["editor"]).user
    with Store(roles["owner"]) as owner:
        # Who wrote each is recorded by the server, whoever reads it.
        made = owner.conn.execute("SELECT note, made_by FROM annotations WHERE id = ?", (note.id,))
        assert tuple(made.fetchone()) == ("核实", alice)
        edited = owner.conn.execute(
            "SELECT site, edited_by FROM capacity_rows WHERE id = ?", (row,)
        )
        assert tuple(edited.fetchone()) == ("二期", alice)
        listed = [r for r in annotation_rows(owner.conn, 1) if r.id == note.id]
        assert listed[0].made_by == alice  # as the exports list it


def test_an_owner_imports(roles, tmp_path):
    (tmp_path / "new.txt").write_text("中芯国际在北京新建十二英寸晶圆厂。", encoding="utf-8")
    with Store(roles["owner"]) as store:
        assert store.can_import
        report = import_paths(store, [tmp_path / "new.txt"])
        assert not report.failed and store.document_count() == 39
