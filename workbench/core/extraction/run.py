"""Extracting a document's sheet rows, and writing them to the sheets.

Computing the rows reads nothing from the store and writes nothing, so it runs
with no transaction open; :func:`write_rows` then replaces only the document's
``auto`` rows (rows the analyst confirmed, edited or rejected survive
re-extraction) and records the run.  The pipeline (``core.pipeline``) drives both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..sheets.rows import replace_auto_rows
from ..sheets.schema import CAPACITY, CLUSTERS
from ..store.pipeline_runs import cluster_names, document_cluster_names, record_extraction
from .capacity import Span, extract_capacity
from .clusters import ClusterRecord, cluster_table_rows, named_clusters
from .facts import document_fact_keys, key_document_rows, merge_facts, merge_near_duplicates
from .version import EXTRACTOR_VERSION, TABLE_MARK

SourcedValues = tuple[Mapping, tuple[int, int]]  # a row's values and its [start, end) source


@dataclass
class ExtractedRows:
    capacity: list[SourcedValues] = field(default_factory=list)
    clusters: list[SourcedValues] = field(default_factory=list)

    @property
    def cluster_names(self) -> set[str]:
        return {str(values["name"]) for values, _ in self.clusters}


def _region(record: ClusterRecord, spans: list[Span]) -> str:
    """The region a cluster's name states: its leading places, else a place named in it."""
    if record.region:
        return record.region
    name_start = record.start + len(str(record.rank or ""))
    # a place heading the name (after the country, as in 日本福岛…) is the region
    heads = {name_start}
    if record.country and record.name.startswith(record.country):
        heads.add(name_start + len(record.country))
    for span in spans:
        if span.type == "GPE" and span.start in heads and span.text != record.country:
            return span.text
    return ""


def extract_rows(
    text: str, raw_text: str, spans: list[Span], known_clusters: Iterable[str] = ()
) -> ExtractedRows:
    """The capacity and cluster rows a document states (``spans``: its accepted mentions).

    A cluster named in prose whose name is in ``known_clusters`` (or in this
    document's own cluster table) adds no row.
    """
    capacity = [(r.values(), (r.start, r.end)) for r in extract_capacity(text, spans)]
    table = cluster_table_rows(text, raw_text)
    named = named_clusters(text, known={*known_clusters, *(r.name for r in table)})
    clusters = []
    for record in [*table, *named]:
        values = record.values()
        values["region"] = _region(record, spans)
        clusters.append((values, (record.start, record.end)))
    return ExtractedRows(capacity, clusters)


def write_rows(conn: sqlite3.Connection, document_id: int, rows: ExtractedRows) -> tuple[int, int]:
    """Replace the document's ``auto`` rows and record the run; call inside a transaction.

    Returns the capacity and cluster rows added.
    """
    earlier_facts = document_fact_keys(conn, document_id)
    capacity = replace_auto_rows(conn, CAPACITY, document_id, rows.capacity)
    merge_facts(conn, earlier_facts | key_document_rows(conn, document_id))
    merge_near_duplicates(conn, document_id)
    clusters = replace_auto_rows(conn, CLUSTERS, document_id, rows.clusters)
    record_extraction(conn, document_id, EXTRACTOR_VERSION, capacity, clusters)
    return capacity, clusters


class KnownClusters:
    """Cluster names already in the sheet, by the document they come from.

    A document's prose skips the names of rows of documents before it in
    extraction order and of rows with no source document; names of documents
    after it do not count.  So a document's rows never depend on which run
    extracted the others: extracting all documents again, or resuming a
    cancelled run, gives the rows an uninterrupted run gives.
    """

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._sourceless: set[str] = set()
        self._by_document: dict[int, tuple[tuple[bool, int], set[str]]] = {}
        for row in cluster_names(conn, TABLE_MARK):
            if row.orphan:
                self._sourceless.add(row.name)
            else:
                key = (row.no_table, row.document_id)
                self._by_document.setdefault(row.document_id, (key, set()))[1].add(row.name)

    def before(self, key: tuple[bool, int]) -> set[str]:
        names = set(self._sourceless)
        for other_key, other_names in self._by_document.values():
            if other_key < key:
                names |= other_names
        return names

    def followers(self, document_ids: list[int]) -> list[tuple[tuple[bool, int], int, str]]:
        """Other documents later in order naming a cluster that ``document_ids`` hold.

        Their rows were extracted before these names were known, so they are
        extracted again; as ``(key, id, "")``, in extraction order.
        """
        written = {d: self._by_document[d] for d in document_ids if d in self._by_document}
        out = []
        for other, (key, names) in self._by_document.items():
            if other in written:
                continue
            if any(k < key and names & n for k, n in written.values()):
                out.append((key, other, ""))
        return sorted(out)

    def holds(self, document_id: int) -> bool:
        """Whether the document has named cluster rows (as last read)."""
        return document_id in self._by_document

    def refresh(self, document_id: int, key: tuple[bool, int]) -> None:
        """Read the document's names again, after its rows were written."""
        names = document_cluster_names(self._conn, document_id)
        if names:
            self._by_document[document_id] = (key, names)
        else:
            self._by_document.pop(document_id, None)
