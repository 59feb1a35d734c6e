"""Two analysts (or two windows) editing one sheet cell: the second write is checked
against the value its analyst was shown, and nothing is overwritten silently."""

from __future__ import annotations

import pytest

from workbench.core.operations.sheets import edit_cell
from workbench.core.sheets import CAPACITY
from workbench.core.sheets.rows import EditConflict, get_row
from workbench.core.store import Store


def test_a_cell_changed_since_it_was_shown_is_a_conflict_and_keeps_the_colleagues_value(
    seeded_store,
):
    row_id = seeded_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
    shown = get_row(seeded_store.conn, CAPACITY, row_id)
    with Store(seeded_store.location) as colleague:
        edit_cell(colleague, CAPACITY, row_id, "site", "三期工厂", seen=shown["site"])

    with pytest.raises(EditConflict) as raised:
        edit_cell(seeded_store, CAPACITY, row_id, "site", "二期工厂", seen=shown["site"])
    conflict = raised.value
    assert (conflict.seen, conflict.theirs, conflict.mine) == (
        shown["site"],
        "三期工厂",
        "二期工厂",
    )
    # A team store says whose value it is; a store file has one analyst.
    assert conflict.by == ("workbench" if seeded_store.is_team_store else "")
    assert "“三期工厂” while it was being edited; nothing was saved" in str(conflict)
    assert get_row(seeded_store.conn, CAPACITY, row_id)["site"] == "三期工厂"

    # Another cell of the same row is no conflict: the colleague's site stays.
    edit_cell(seeded_store, CAPACITY, row_id, "note", "待核实", seen=shown["note"])
    stored = get_row(seeded_store.conn, CAPACITY, row_id)
    assert (stored["site"], stored["note"]) == ("三期工厂", "待核实")
    # The same value typed by both is no conflict either.
    edit_cell(seeded_store, CAPACITY, row_id, "site", "三期工厂", seen=shown["site"])

    # Mine, chosen over theirs once seen.
    edit_cell(seeded_store, CAPACITY, row_id, "site", "二期工厂", seen="三期工厂")
    assert get_row(seeded_store.conn, CAPACITY, row_id)["site"] == "二期工厂"


def test_undoing_an_edit_a_colleague_changed_since_refuses_and_keeps_their_value(seeded_store):
    row_id = seeded_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
    shown = get_row(seeded_store.conn, CAPACITY, row_id)
    mine = edit_cell(seeded_store, CAPACITY, row_id, "site", "二期工厂", seen=shown["site"])
    with Store(seeded_store.location) as colleague:
        edit_cell(colleague, CAPACITY, row_id, "site", "三期工厂", seen="二期工厂")
    with pytest.raises(EditConflict) as raised:
        mine.inverse(seeded_store)  # Edit > Undo
    assert (raised.value.theirs, raised.value.mine) == ("三期工厂", shown["site"])
    assert get_row(seeded_store.conn, CAPACITY, row_id)["site"] == "三期工厂"


def test_undo_and_redo_of_an_edit_nobody_else_touched_restore_the_row_exactly(seeded_store):
    row_id = seeded_store.conn.execute("SELECT min(id) FROM capacity_rows").fetchone()[0]
    before = get_row(seeded_store.conn, CAPACITY, row_id)
    edited = edit_cell(
        seeded_store, CAPACITY, row_id, "value_low", "1200", seen=before["value_low"]
    )
    after = get_row(seeded_store.conn, CAPACITY, row_id)
    undone = edited.inverse(seeded_store)
    assert get_row(seeded_store.conn, CAPACITY, row_id) == before
    undone.inverse(seeded_store)
    assert get_row(seeded_store.conn, CAPACITY, row_id) == after
