"""Recognising entities and filling the sheets, document by document, in short writes.

For each document the mentions and the sheet rows are computed with no
transaction open; then the finished documents are written a batch at a time,
each batch in one short transaction (``batch``).  A cancel or a crash therefore
keeps whole documents only, and a writer on another connection (an edit in the
window) never waits for the recogniser.  Documents left undone, by a cancel or
a crash, are found again by :func:`pending_documents`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import Cancelled
from ..extraction.capacity import Span
from ..extraction.run import KnownClusters, extract_rows
from ..extraction.version import EXTRACTOR_VERSION, TABLE_MARK
from ..operations.changes import Changes, Table
from ..progress import PROGRESS_CONTEXT, Progress
from ..store import Store
from ..store.entities import load_taught_names
from ..store.mentions import mentions_for_document, rejected_spans
from ..store.pipeline_runs import (
    document_texts,
    documents_to_process,
    forget_extractions,
    is_finished,
    is_recognised,
)
from ..translatable import QT_TRANSLATE_NOOP
from .batch import Batch, Finished
from .kill_switch import armed
from .pending import pending_documents

RECOGNISING = QT_TRANSLATE_NOOP("Progress", "Recognising entities in {document}")
FILLING = QT_TRANSLATE_NOOP("Progress", "Filling the sheets from {document}")

LABEL_CHARS = 24


def recognizer_version() -> str:
    from ..nlp import RECOGNIZER_VERSION

    return RECOGNIZER_VERSION


@dataclass
class ProcessReport:
    """What recognising and extracting a set of documents did."""

    recognised: list[int] = field(default_factory=list)  # documents whose mentions were written
    extracted: list[int] = field(default_factory=list)  # documents whose sheet rows were written
    pending: list[int] = field(default_factory=list)  # left undone by a cancel, in order
    mentions: int = 0
    capacity_rows: int = 0
    cluster_rows: int = 0
    cancelled: bool = False

    @property
    def documents(self) -> int:
        return len(self.extracted)

    @property
    def changes(self) -> Changes:
        changes = Changes()
        if self.recognised:
            changes |= Changes.reloaded(Table.MENTIONS, document_ids=self.recognised)
        if self.extracted:
            changes |= Changes.reloaded(Table.CAPACITY, Table.CLUSTERS, document_ids=self.extracted)
        return changes

    def summary(self) -> str:
        text = (
            f"{self.documents} documents: {self.mentions} entity mentions, "
            f"{self.capacity_rows} capacity rows, {self.cluster_rows} cluster rows extracted"
        )
        if self.cancelled:
            text += f" (cancelled: {len(self.pending)} documents left for later)"
        return text


def _recognised(conn: sqlite3.Connection, document_id: int, version: str) -> bool:
    return is_recognised(conn, document_id, version)


def _finished(conn: sqlite3.Connection, document_id: int, version: str) -> bool:
    """Recognised by this recogniser and extracted by this extractor."""
    return is_finished(conn, document_id, version, EXTRACTOR_VERSION)


def _label(title: str, document_id: int) -> str:
    title = " ".join(title.split())
    if not title:
        return f"document {document_id}"
    return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1] + "…"


def recognizer_for(store: Store):
    """The bundled recogniser with this store's lexicon (taught names, merges, never-names)."""
    from ..nlp import default_recognizer
    from ..nlp.taught import TaughtRecognizer

    return TaughtRecognizer(default_recognizer(), load_taught_names(store.conn))


def process_documents(
    store: Store,
    document_ids: Sequence[int],
    progress: Progress | None = None,
    *,
    recognise_again: bool = False,
    labels: Mapping[int, str] | None = None,
    only_pending: bool = False,
) -> ProcessReport:
    """Recognise entities (where missing, or all with ``recognise_again``) and extract rows.

    Documents go in extraction order whatever order ``document_ids`` has; they
    are written in batches (``batch.Batch``), each in one transaction.  ``labels``
    names documents in progress messages (an import names its files).  Cancelling
    stops between documents, writes those finished and returns the report with
    ``cancelled`` set; nothing is half-written.

    With ``only_pending`` a document that another writer (a second import or
    window on the same store) finished meanwhile is skipped, so two runs
    finishing the same pending documents share the work.

    Documents already extracted that come later in extraction order and name a
    cluster the new rows hold are extracted again (their prose row gives way to
    the earlier document's), so the sheets do not depend on the order in which
    documents arrived.
    """
    progress = progress or Progress()
    conn = store.conn
    wanted = set(document_ids)
    order = sorted(
        ((not document.has_table, document.id), document.id, document.title)
        for document in documents_to_process(conn, TABLE_MARK)
        if document.id in wanted
    )
    report = ProcessReport()
    if not order:
        return report
    recognizer = recognizer_for(store)
    version = recognizer_version()
    known = KnownClusters(conn)
    batch = Batch(store, version)

    def write_batch() -> None:
        for finished in batch.write():
            known.refresh(finished.document_id, finished.key)
            if finished.mentions is not None:
                report.recognised.append(finished.document_id)
                report.mentions += finished.mention_count
            report.extracted.append(finished.document_id)
            report.capacity_rows += finished.capacity_rows
            report.cluster_rows += finished.cluster_rows

    steps = 2 * len(order)
    index = 0
    followers_added = False
    try:
        while index < len(order):
            key, document_id, title = order[index]
            index += 1
            progress.check()
            label = (labels or {}).get(document_id) or _label(title, document_id)
            texts = document_texts(conn, document_id)
            if texts is None:  # deleted meanwhile
                continue
            if only_pending and _finished(conn, document_id, version):
                known.refresh(document_id, key)  # its rows, as the other writer wrote them
                continue
            text, raw_text = texts.text, texts.raw_text
            mentions = None
            if recognise_again or not _recognised(conn, document_id, version):
                progress.report(
                    2 * index - 2,
                    steps,
                    progress.translate(PROGRESS_CONTEXT, RECOGNISING).format(document=label),
                )
                mentions = recognizer.recognise(text)
                rejected = rejected_spans(conn, document_id)
                spans = [
                    Span(m.start, m.end, m.type, m.text, canonical=m.canonical)
                    for m in mentions
                    if (m.start, m.end, m.type) not in rejected
                ]
            else:
                spans = [
                    Span(m.start, m.end, m.type, m.text, canonical=m.canonical)
                    for m in mentions_for_document(conn, document_id)
                    if m.verdict != "rejected"
                ]
            progress.check()
            progress.report(
                2 * index - 1,
                steps,
                progress.translate(PROGRESS_CONTEXT, FILLING).format(document=label),
            )
            rows = extract_rows(text, raw_text, spans, known.before(key))
            progress.check()
            entities = set()
            if mentions is not None:
                entities = {
                    (m.canonical, m.type, recognizer.source_of(m.canonical, m.type))
                    for m in mentions
                }
            batch.add(Finished(document_id, key, mentions, entities, rows))
            # The cluster names a document's rows hold are skipped by the prose of the
            # documents after it: once they may change, the batch is written and the
            # names read again before the next document is extracted.
            if batch.full or rows.clusters or known.holds(document_id) or index == len(order):
                write_batch()
            if index == len(order) and not followers_added:
                followers_added = True
                followers = known.followers(report.extracted)
                if followers:
                    # Marked stale first, so that a cancel leaves them to resume.
                    with store.transaction():
                        forget_extractions(conn, [d for _, d, _ in followers])
                    order.extend(followers)
                    steps = 2 * len(order)
        write_batch()  # when the last document was skipped, the batch before it
    except Cancelled:
        report.cancelled = True
        report.pending = [document_id for _, document_id, _ in order[index - 1 :]]
        write_batch()  # the documents finished before the cancel, whole
    progress.report(steps, steps, "")
    return report


def resume_pending(store: Store, progress: Progress | None = None) -> ProcessReport:
    """Finish what an interrupted run left undone: the :func:`pending_documents`."""
    return process_documents(
        store,
        pending_documents(store.conn),
        armed(progress or Progress(), store),
        only_pending=True,
    )


def reprocess_documents(
    store: Store, document_ids: Sequence[int], progress: Progress | None = None
) -> ProcessReport:
    """Recognise entities in ``document_ids`` again and extract their sheet rows again.

    For chosen documents after the lexicon or the recogniser changed.  Rejected
    mentions stay out, and rows the analyst confirmed, edited or rejected stay
    as they are; a cancel keeps the documents finished, the others keep their
    earlier mentions and rows.
    """
    return process_documents(
        store, document_ids, armed(progress or Progress(), store), recognise_again=True
    )


def recognise_again(
    store: Store, document_ids: Sequence[int], progress: Progress | None = None
) -> ProcessReport:
    """Recognise entities in ``document_ids`` again (a new lexicon) and extract their rows."""
    return reprocess_documents(store, document_ids, progress)


def extract_all(store: Store, progress: Progress | None = None) -> ProcessReport:
    """Extract the sheet rows of every document again (recognising those not yet done)."""
    return process_documents(store, store.document_ids(), armed(progress or Progress(), store))
