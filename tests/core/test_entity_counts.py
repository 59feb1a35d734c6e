"""The entity index and the Library's figures, kept by the store at write time, always
equal a count from scratch: after recognition, verdicts, entity edits and their undo,
writes made straight in SQL, a document deleted, and an upgrade of an older store."""

from __future__ import annotations

import random
import shutil
import sqlite3
from functools import partial

import pytest

from workbench.core.nlp.taught import name_key
from workbench.core.operations.entities import (
    change_entity_type,
    merge_entities,
    never_an_entity,
    rename_entity,
    split_alias,
)
from workbench.core.store import Store
from workbench.core.store.entities import written_forms
from workbench.core.store.mentions import (
    EntityQuery,
    entity_index,
    entity_page,
    entity_rank,
    mentions_for_document,
    replace_mentions,
    set_review,
)

from ..list_counts import (
    as_schema_before_0011,
    entity_recount,
    library_recount,
    stored_entity_counts,
    stored_library,
)


def assert_counts_exact(conn: sqlite3.Connection) -> None:
    assert stored_entity_counts(conn) == entity_recount(conn)
    assert stored_library(conn) == library_recount(conn)


def test_a_seeded_store_holds_exact_counts(seeded_store):
    conn = seeded_store.conn
    assert len(entity_recount(conn)) > 1000
    assert_counts_exact(conn)


def test_verdicts_on_mentions_change_the_counts_of_their_entity(seeded_store):
    conn = seeded_store.conn
    spans = conn.execute(
        'SELECT document_id, start, "end", type FROM mentions WHERE canonical = ? AND type = ?',
        ("台积电", "ORG"),
    ).fetchall()
    before = stored_entity_counts(conn)[("台积电", "ORG")]
    with seeded_store.transaction():
        for span in spans[:3]:
            set_review(conn, *span, "rejected")
    assert stored_entity_counts(conn)[("台积电", "ORG")][0] == before[0] - 3
    assert_counts_exact(conn)
    with seeded_store.transaction():
        set_review(conn, *spans[0], "accepted")  # rejected → accepted
        set_review(conn, *spans[1], None)  # rejected → no verdict
        set_review(conn, *spans[4], "accepted")  # no verdict → accepted: no change
    assert stored_entity_counts(conn)[("台积电", "ORG")][0] == before[0] - 1
    assert_counts_exact(conn)
    with seeded_store.transaction():
        for span in spans:
            set_review(conn, *span, "rejected")
    assert ("台积电", "ORG") not in stored_entity_counts(conn)
    assert_counts_exact(conn)


def test_recognising_a_document_again_replaces_its_counts(seeded_store):
    conn = seeded_store.conn
    document_id = conn.execute(
        "SELECT document_id FROM mentions GROUP BY document_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    mentions = mentions_for_document(conn, document_id)
    with seeded_store.transaction():
        set_review(conn, document_id, mentions[0].start, mentions[0].end, mentions[0].type,
                   "rejected")  # fmt: skip
        # Fewer mentions this time, one of them twice over (the index counts rows).
        kept = [_Found(m) for m in mentions[::2]] + [_Found(mentions[0])]
        replace_mentions(conn, document_id, kept, "test")
    assert_counts_exact(conn)
    with seeded_store.transaction():
        replace_mentions(conn, document_id, [], "test")
    assert stored_library(conn)[document_id][2] == 0
    assert_counts_exact(conn)


class _Found:
    """A recognised mention as the recogniser hands it to the store."""

    def __init__(self, stored):
        self.start, self.end, self.type = stored.start, stored.end, stored.type
        self.text, self.canonical = stored.text, stored.canonical
        self.value = (
            None
            if stored.value_low is None
            else {"low": stored.value_low, "high": stored.value_high, "unit": stored.unit}
        )


def test_entity_edits_and_their_undo_keep_the_counts_exact(seeded_store):
    conn = seeded_store.conn
    written = [w for w, _n in written_forms(conn, "英特尔", "ORG") if name_key(w) != "英特尔"]
    assert written
    edits = [
        partial(rename_entity, canonical="三星", type_="ORG", new_name="三星电子集团"),
        partial(merge_entities, target=("台积电", "ORG"), others=[("中芯国际", "ORG")]),
        partial(change_entity_type, entity=("美国", "GPE"), new_type="ORG"),
        partial(never_an_entity, name="东盟"),
        partial(split_alias, entity=("英特尔", "ORG"), written=written[0]),
    ]
    original = stored_entity_counts(conn)
    undos = []
    for edit in edits:
        outcome = edit(seeded_store)
        assert outcome.changed
        assert_counts_exact(conn)
        undos.append(outcome.inverse)
    assert stored_entity_counts(conn) != original
    redos = []
    for undo in reversed(undos):
        redos.append(undo(seeded_store).inverse)
        assert_counts_exact(conn)
    assert stored_entity_counts(conn) == original
    for redo in reversed(redos):
        redo(seeded_store)
        assert_counts_exact(conn)


def test_writes_made_straight_in_sql_keep_the_counts_exact(seeded_store):
    """Whatever writes the mentions (a script, a copy at SQL level), the triggers count."""
    conn = seeded_store.conn
    rng = random.Random(16)
    mentions = conn.execute('SELECT id, document_id, start, "end", type, canonical FROM mentions')
    mentions = mentions.fetchall()
    with seeded_store.transaction():
        for _ in range(300):
            m = rng.choice(mentions)
            verdict = rng.choice(["rejected", "accepted", None])
            set_review(conn, m[1], m[2], m[3], m[4], verdict)
    assert_counts_exact(conn)
    with seeded_store.transaction():
        for _ in range(40):
            m, other = rng.choice(mentions), rng.choice(mentions)
            conn.execute(
                "UPDATE mentions SET canonical = ? WHERE canonical = ? AND type = ?",
                (other[5], m[5], m[4]),
            )
        conn.execute("UPDATE mentions SET canonical = canonical")  # changes nothing
        conn.execute("UPDATE mentions SET type = 'ORG' WHERE id % 7 = 0")
        conn.execute("UPDATE mentions SET document_id = 1 WHERE id % 11 = 0")
    assert_counts_exact(conn)
    with seeded_store.transaction():
        conn.execute("DELETE FROM mentions WHERE id % 5 = 0")
        conn.execute(
            'INSERT INTO mentions (document_id, start, "end", type, text, canonical) '
            'SELECT document_id, start, "end", type, text, canonical FROM mentions '
            "WHERE id % 3 = 0"
        )
        conn.execute(
            "INSERT INTO annotations (document_id, start, \"end\", type) VALUES (2, 0, 2, 'ORG')"
        )
        conn.execute(
            "INSERT INTO occurrences (document_id, source_file, line, tag) "
            "VALUES (2, 'extra.txt', 1, '新标签')"
        )
    assert_counts_exact(conn)
    with seeded_store.transaction():  # documents deleted with their mentions and reviews
        conn.execute("DELETE FROM documents WHERE id % 4 = 0")
        conn.execute("DELETE FROM occurrences WHERE source_file = 'extra.txt'")
    assert_counts_exact(conn)


def test_a_review_keeps_its_span(seeded_store):
    conn = seeded_store.conn
    span = conn.execute('SELECT document_id, start, "end", type FROM mentions LIMIT 1').fetchone()
    with seeded_store.transaction():
        set_review(conn, *span, "rejected")
    with (
        pytest.raises(sqlite3.IntegrityError, match="keeps its span"),
        seeded_store.transaction(),
    ):
        conn.execute('UPDATE mention_reviews SET "end" = "end" + 1')
    assert_counts_exact(conn)


def test_pages_ranks_and_the_whole_index_agree_in_every_order(seeded_store):
    conn = seeded_store.conn
    counts = entity_recount(conn)
    for sort in ("canonical", "type", "mentions", "documents"):
        for descending in (False, True):
            for type_ in (None, "ORG"):
                query = EntityQuery(type_, None, sort, descending)
                whole = entity_page(conn, query, 0, 100_000)
                assert [(e.canonical, e.type) for e in whole] == _expected_order(counts, query), (
                    query
                )
                pages = [
                    e for at in range(0, len(whole), 97) for e in entity_page(conn, query, at, 97)
                ]
                assert pages == whole
                for row in (0, len(whole) // 2, len(whole) - 1):
                    entry = whole[row]
                    assert entity_rank(conn, query, entry.canonical, entry.type) == row
    assert entity_rank(conn, EntityQuery("GPE"), "台积电", "ORG") is None
    assert [(e.canonical, e.type) for e in entity_index(conn, None, "台")] == _expected_order(
        counts, EntityQuery(None, "台")
    )


def _expected_order(counts, query: EntityQuery) -> list[tuple[str, str]]:
    keys = [
        k
        for k in counts
        if (query.type is None or k[1] == query.type)
        and (not query.contains or query.contains in k[0])
    ]
    by_name = sorted(keys)
    if query.sort == "canonical":
        return by_name[::-1] if query.descending else by_name
    if query.sort == "type":
        ordered = sorted(keys, key=lambda k: (k[1], k[0]))
        return ordered[::-1] if query.descending else ordered
    at = 0 if query.sort == "mentions" else 1
    if query.descending:  # most first, ties by name
        return sorted(by_name, key=lambda k: -counts[k][at])
    return sorted(by_name[::-1], key=lambda k: counts[k][at])  # fewest first, ties backwards


def test_a_store_from_before_the_kept_counts_upgrades_to_exact_counts(seeded_store_path, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(seeded_store_path, path)
    as_schema_before_0011(path)
    # Edits the older version made: verdicts, annotations, mentions gone.
    conn = sqlite3.connect(path)
    with conn:
        spans = conn.execute(
            'SELECT document_id, start, "end", type FROM mentions WHERE id % 9 = 0'
        ).fetchall()
        conn.executemany(
            'INSERT INTO mention_reviews (document_id, start, "end", type, verdict) '
            "VALUES (?, ?, ?, ?, 'rejected')",
            spans,
        )
        conn.execute(
            'INSERT INTO annotations (document_id, start, "end", type) VALUES (3, 0, 4, "ORG")'
        )
        conn.execute("DELETE FROM mentions WHERE id % 13 = 0")
    conn.close()
    with Store(path) as store:
        assert store.upgrade is not None
        assert_counts_exact(store.conn)
        indexes = {
            row[0]
            for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "mentions_entity" in indexes and "mentions_canonical" not in indexes
        # and kept from then on
        with store.transaction():
            store.conn.execute("DELETE FROM mention_reviews WHERE document_id = 2")
        assert_counts_exact(store.conn)
