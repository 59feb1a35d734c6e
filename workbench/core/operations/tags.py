"""Tag operations: add a tag to documents, take it off; each one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from ..store import Store
from ..store.tags import add_tag, clean_tag, remove_tag
from .changes import Changes, Table
from .outcome import Outcome, unchanged


def _documents(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documents"


def _changes(document_ids: Sequence[int]) -> Changes:
    return Changes.of(Table.TAGS, updated=document_ids, document_ids=document_ids)


def tag_documents(store: Store, document_ids: Sequence[int], tag: str) -> Outcome:
    """Add ``tag`` to the documents that lack it; the inverse takes it off those only."""
    tag = clean_tag(tag)
    with store.transaction():
        added = add_tag(store.conn, document_ids, tag)
    label = f"Tag {_documents(len(added))} “{tag}”"
    if not added:
        return unchanged(label, [])
    return Outcome(
        label, _changes(added), partial(untag_documents, document_ids=added, tag=tag), added
    )


def untag_documents(store: Store, document_ids: Sequence[int], tag: str) -> Outcome:
    """Take ``tag`` off the documents that have it; the inverse puts it back on those."""
    with store.transaction():
        removed = remove_tag(store.conn, document_ids, tag)
    label = f"Remove tag “{tag}” from {_documents(len(removed))}"
    if not removed:
        return unchanged(label, [])
    return Outcome(
        label, _changes(removed), partial(tag_documents, document_ids=removed, tag=tag), removed
    )
