"""The other names a search or a find widens a term to, whatever case it is typed in."""

from __future__ import annotations

import pytest

from workbench.core.search import plan_query, search
from workbench.core.store.entities import other_names


@pytest.mark.parametrize("typed", ["TSMC", "tsmc", "Tsmc"])
def test_a_latin_name_widens_in_any_case(seeded_store, typed):
    names = other_names(seeded_store.conn, typed)
    assert "台积电" in names
    (term,) = plan_query(seeded_store.conn, typed)
    assert "台积电" in term.aliases


def test_lower_case_finds_the_documents_that_write_only_the_chinese_name(seeded_store):
    upper = {hit.document_id for hit in search(seeded_store.conn, "TSMC", limit=500)}
    lower = {hit.document_id for hit in search(seeded_store.conn, "tsmc", limit=500)}
    literal = {hit.document_id for hit in search(seeded_store.conn, '"tsmc"', limit=500)}
    assert lower == upper
    assert literal < lower  # some documents write only 台积电 / 台積電
