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
    SET_ASIDE_ROWS,
    EntityQuery,
    entity_index,
    entity_page,
    entity_rank,
    mentions_for_document,
    replace_mentions,
    replace_mentions_of,
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


class _Made:
    """A mention as the recogniser hands it over, made up for a test."""

    def __init__(self, start, end, type_, text, canonical, value=None):
        self.start, self.end, self.type = start, end, type_
        self.text, self.canonical, self.value = text, canonical, value


def _batch_of(conn, document_ids, rng):
    """For each document, mentions as a new recogniser might find them: some of the
    stored ones dropped, some renamed to another document's entity or to a new one,
    one found twice over, and a new entity of the batch's own."""
    pool = [
        (m.canonical, m.type)
        for d in document_ids
        for m in mentions_for_document(conn, d)
        if m.type in ("ORG", "GPE")
    ]
    batch = []
    for document_id in document_ids:
        found = []
        for m in mentions_for_document(conn, document_id):
            roll = rng.random()
            if roll < 0.2:
                continue
            found.append(_Found(m))
            if roll < 0.3 and pool:
                found[-1].canonical, found[-1].type = rng.choice(pool)
            elif roll < 0.35:
                found[-1].canonical = f"{m.canonical}集团{document_id}"
        if found:
            found.append(found[0])
        found.append(_Made(0, 2, "ORG", "新名", "批次新企业"))
        batch.append((document_id, found))
    return batch


def test_a_batch_of_documents_keeps_the_counts_exact(seeded_store):
    """Mentions written a batch at a time (as the pipeline writes them) leave the entity
    index and the Library as a count from scratch does: with rejected spans inside and
    outside the batch, documents recognised again, emptied, new to the index, and
    documents and mentions deleted afterwards."""
    conn = seeded_store.conn
    rng = random.Random(11)
    documents = seeded_store.document_ids()
    spans = conn.execute('SELECT document_id, start, "end", type FROM mentions').fetchall()
    with seeded_store.transaction():
        for span in rng.sample(spans, 200):
            set_review(conn, *span, rng.choice(["rejected", "rejected", "accepted"]))
    assert_counts_exact(conn)
    batch = _batch_of(conn, rng.sample(documents, 12), rng)
    with seeded_store.transaction():
        counts = replace_mentions_of(conn, batch, "test")
    assert counts == [len(found) for _, found in batch]
    assert stored_entity_counts(conn)[("批次新企业", "ORG")] == (12, 12)
    assert_counts_exact(conn)

    # Recognised again with nothing found, beside documents never recognised before.
    emptied = rng.sample([d for d, _ in batch], 3)
    fresh = rng.sample([d for d in documents if d not in emptied], 4)  # one batch names each once
    with seeded_store.transaction():
        conn.execute(
            f"DELETE FROM mentions WHERE document_id IN ({', '.join('?' * len(fresh))})", fresh
        )
    assert_counts_exact(conn)
    with seeded_store.transaction():
        replace_mentions_of(
            conn, [(d, []) for d in emptied] + _batch_of(seeded_store.conn, fresh, rng), "test"
        )
    assert all(stored_library(conn)[d][2] == 0 for d in emptied)
    assert_counts_exact(conn)

    # Spans rejected after the batch, then the whole corpus in batches, rejected spans
    # found twice over in their documents.
    with seeded_store.transaction():
        for span in rng.sample(spans, 100):
            set_review(conn, *span, "rejected")
    rejected = conn.execute(
        'SELECT m.document_id, m.start, m."end", m.type, m.text, m.canonical FROM mentions m '
        'JOIN mention_reviews r USING (document_id, start, "end", type) '
        "WHERE r.verdict = 'rejected'"
    ).fetchall()
    for at in range(0, len(documents), 10):
        batch = _batch_of(conn, documents[at : at + 10], rng)
        for document_id, found in batch:
            found += [_Made(*r[1:]) for r in rejected if r[0] == document_id]
        with seeded_store.transaction():
            replace_mentions_of(conn, batch, "test")
        assert_counts_exact(conn)

    with seeded_store.transaction():  # deletes: documents, mentions, a verdict withdrawn
        conn.execute("DELETE FROM documents WHERE id IN (?, ?)", tuple(documents[:2]))
        conn.execute("DELETE FROM mentions WHERE id % 9 = 0")
        conn.execute("DELETE FROM mention_reviews WHERE start % 3 = 0")
    assert_counts_exact(conn)


def _triggers(conn) -> set[tuple[str, str]]:
    return {
        tuple(r) for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }


@pytest.mark.sqlite_only("SQLite's row triggers, dropped for a large batch")
def test_a_large_batch_sets_the_row_triggers_aside_for_its_transaction_only(seeded_store):
    """A batch big enough drops the counting triggers and makes them again in its own
    transaction: after it, and after one that fails part way, the store has its
    triggers as they were, and a write straight in SQL is counted again."""
    conn = seeded_store.conn
    triggers = _triggers(conn)
    documents = [
        row[0]
        for row in conn.execute(
            "SELECT document_id FROM mentions GROUP BY document_id ORDER BY count(*) DESC LIMIT 3"
        )
    ]
    batch = [(d, [_Found(m) for m in mentions_for_document(conn, d)][::-2]) for d in documents]
    assert sum(len(found) for _, found in batch) >= SET_ASIDE_ROWS
    broken = [*batch[:-1], (batch[-1][0], [*batch[-1][1], _Made(5, 5, "ORG", "", "空")])]
    before = stored_entity_counts(conn)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), seeded_store.transaction():
        replace_mentions_of(conn, broken, "test")
    assert _triggers(conn) == triggers and stored_entity_counts(conn) == before
    with seeded_store.transaction():
        replace_mentions_of(conn, batch, "test")
    assert _triggers(conn) == triggers
    assert_counts_exact(conn)
    with seeded_store.transaction():
        conn.execute(
            'INSERT INTO mentions (document_id, start, "end", type, text, canonical) '
            "SELECT document_id, start, \"end\", type, text, canonical || '甲' FROM mentions "
            "WHERE id % 7 = 0"
        )
        conn.execute("DELETE FROM mentions WHERE id % 10 = 0")
    assert_counts_exact(conn)


def test_a_batch_names_each_document_once(seeded_store):
    conn = seeded_store.conn
    found = [_Found(m) for m in mentions_for_document(conn, 1)]
    before = stored_entity_counts(conn)
    with pytest.raises(ValueError, match="named twice"), seeded_store.transaction():
        replace_mentions_of(conn, [(1, found), (2, []), (1, found)], "test")
    assert stored_entity_counts(conn) == before
    assert_counts_exact(conn)


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
