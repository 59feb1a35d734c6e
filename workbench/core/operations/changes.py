"""What an operation changed, typed: the one broadcast every panel refreshes from.

An operation returns :class:`Changes`; the runner in ``workbench.models`` emits it
once, after the commit.  Each model asks only about the tables it shows and turns
the row ids into targeted ``dataChanged`` / row inserts and removes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Table(StrEnum):
    """The stored things a change can concern (names of the store's tables)."""

    DOCUMENTS = "documents"
    MENTIONS = "mentions"
    ANNOTATIONS = "annotations"
    CAPACITY = "capacity_rows"
    CLUSTERS = "cluster_rows"
    ENTITIES = "entities"  # entity records, the analyst's lexicon and never-names
    TAGS = "document_tags"  # the analyst's own tags on documents


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(v) for v in values)


@dataclass(frozen=True)
class TableChanges:
    """Row ids created, updated and deleted in one table, and the documents concerned.

    ``reloaded`` says the table changed in ways not listed row by row (a worker
    wrote it through its own connection): a model re-reads what it shows.
    """

    created: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    document_ids: frozenset[int] = frozenset()
    reloaded: bool = False

    def merged(self, other: TableChanges) -> TableChanges:
        return TableChanges(
            self.created | other.created,
            self.updated | other.updated,
            self.deleted | other.deleted,
            self.document_ids | other.document_ids,
            self.reloaded or other.reloaded,
        )

    def concerns_document(self, document_id: int | None) -> bool:
        """Whether a view of ``document_id`` (None: of every document) may have changed."""
        return document_id is None or self.reloaded or document_id in self.document_ids


_NONE = TableChanges()


@dataclass(frozen=True)
class Changes:
    tables: Mapping[Table, TableChanges] = field(default_factory=dict)
    # Names the analyst's lexicon gained or lost: the documents holding them are
    # recognised again (in a worker) so that every document agrees with the lexicon.
    names: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        table: Table,
        *,
        created: Iterable[int] = (),
        updated: Iterable[int] = (),
        deleted: Iterable[int] = (),
        document_ids: Iterable[int] = (),
    ) -> Changes:
        return cls(
            {table: TableChanges(_ids(created), _ids(updated), _ids(deleted), _ids(document_ids))}
        )

    @classmethod
    def reloaded(cls, *tables: Table, document_ids: Iterable[int] = ()) -> Changes:
        """Tables written wholesale (by a worker, an import): re-read them."""
        docs = _ids(document_ids)
        return cls({t: TableChanges(document_ids=docs, reloaded=True) for t in tables})

    def __or__(self, other: Changes) -> Changes:
        tables = dict(self.tables)
        for table, change in other.tables.items():
            tables[table] = tables[table].merged(change) if table in tables else change
        return Changes(tables, self.names | other.names)

    def with_names(self, names: Iterable[str]) -> Changes:
        return Changes(self.tables, self.names | frozenset(names))

    def __bool__(self) -> bool:
        return bool(self.tables or self.names)

    def touches(self, *tables: Table) -> bool:
        return any(t in self.tables for t in tables)

    def of_table(self, table: Table) -> TableChanges:
        return self.tables.get(table, _NONE)

    def document_ids(self) -> frozenset[int]:
        out: frozenset[int] = frozenset()
        for change in self.tables.values():
            out |= change.document_ids
        return out

    def describe(self) -> str:
        """A short account for logs and the command line, e.g. ``capacity_rows +1 ~2``."""
        parts = []
        for table, c in self.tables.items():
            marks = [
                f"+{len(c.created)}" if c.created else "",
                f"~{len(c.updated)}" if c.updated else "",
                f"-{len(c.deleted)}" if c.deleted else "",
                "reloaded" if c.reloaded else "",
            ]
            parts.append(" ".join([table.value, *(m for m in marks if m)]))
        if self.names:
            parts.append(f"names to apply {len(self.names)}")
        return "; ".join(parts) or "nothing"
