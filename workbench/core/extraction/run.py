"""Running extraction over stored documents and keeping the rows in the sheets.

Each document is written in its own transaction; only its ``auto`` rows are
replaced, so rows the analyst confirmed, edited or rejected survive re-extraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..progress import Progress
from ..sheets.rows import replace_auto_rows
from ..sheets.schema import CAPACITY, CLUSTERS
from ..store import Store
from ..store.mentions import mentions_for_document
from .capacity import Span, extract_capacity
from .clusters import ClusterRecord, cluster_table_rows, named_clusters

EXTRACTOR_VERSION = "1"


@dataclass
class ExtractionReport:
    documents: int = 0
    capacity_rows: int = 0
    cluster_rows: int = 0

    def summary(self) -> str:
        return (
            f"{self.documents} documents: {self.capacity_rows} capacity rows, "
            f"{self.cluster_rows} cluster rows extracted"
        )


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


def extract_documents(
    store: Store, document_ids: Sequence[int], progress: Progress | None = None
) -> ExtractionReport:
    progress = progress or Progress()
    report = ExtractionReport()
    table_names: set[str] = set()
    # Tables first, so that prose naming a cluster of a table adds no second row.
    ordered = sorted(document_ids, key=lambda i: "序号" not in store.document_text(i))
    for index, document_id in enumerate(ordered):
        progress.check()
        progress.report(index, len(ordered), f"sheets from document {document_id}")
        row = store.conn.execute(
            "SELECT text, raw_text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            continue
        text, raw_text = row[0], row[1]
        spans = [
            Span(m.start, m.end, m.type, m.text)
            for m in mentions_for_document(store.conn, document_id)
            if m.verdict != "rejected"
        ]
        capacity = [(r.values(), (r.start, r.end)) for r in extract_capacity(text, spans)]
        table = cluster_table_rows(text, raw_text)
        table_names.update(r.name for r in table)
        named = named_clusters(text, known=table_names)
        table_names.update(r.name for r in named)
        clusters = []
        for record in [*table, *named]:
            values = record.values()
            values["region"] = _region(record, spans)
            clusters.append((values, (record.start, record.end)))
        with store.transaction():
            report.capacity_rows += replace_auto_rows(store.conn, CAPACITY, document_id, capacity)
            report.cluster_rows += replace_auto_rows(store.conn, CLUSTERS, document_id, clusters)
        report.documents += 1
    progress.report(len(ordered), len(ordered), "")
    return report


def extract_all(store: Store, progress: Progress | None = None) -> ExtractionReport:
    """Extract capacity and cluster rows from every stored document (after ingest)."""
    return extract_documents(store, store.document_ids(), progress)
