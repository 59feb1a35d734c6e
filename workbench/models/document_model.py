"""The document shown in the reader: its text, mentions and annotations as Qt-side ranges.

Everything stored is indexed by Python ``str`` offsets; the reader's
``QTextDocument`` counts UTF-16 units.  This model converts once per load (through
:class:`OffsetMap`) and keeps sorted span indexes in Qt positions, so the
highlighter and the painter can find what touches a text block by bisection.
Recognition is never run here: mentions were stored at ingest.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from PySide6.QtCore import QObject, Signal

from ..core.errors import WorkbenchError
from ..core.find_in_text import fold
from ..core.importing import page_ranges
from ..core.operations import Changes, Table
from ..core.positions import OffsetMap, PageMap, SpanIndex
from ..core.search import plan_query
from ..core.sheets import BackingRow, rows_backed_by_span
from ..core.store import DocumentRecord
from ..core.store.annotations import Annotation, annotations_for_document
from ..core.store.mention_spans import mentions_by_id, shown_mention_spans
from ..core.store.mentions import StoredMention
from .session import Session

_EMPTY = SpanIndex([], [])


def nesting_levels(spans: list[tuple[int, int]]) -> list[int]:
    """A drawing level per span so that spans sharing text never share a level.

    Greedy interval colouring in start order (longer first on ties): an enclosing
    span gets the lower level, the spans nested in or overlapping it the next ones.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    level_ends: list[int] = []  # per level, where its last span ends
    levels = [0] * len(spans)
    for i in order:
        start, end = spans[i]
        for level, busy_until in enumerate(level_ends):
            if busy_until <= start:
                level_ends[level] = end
                levels[i] = level
                break
        else:
            levels[i] = len(level_ends)
            level_ends.append(end)
    return levels


class DocumentModel(QObject):
    loaded = Signal(int)  # document id
    mentions_changed = Signal()
    annotations_changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.document: DocumentRecord | None = None
        self.offsets = OffsetMap("")
        self.pages = PageMap()  # an imported PDF's page ranges; empty for other documents
        # Mentions the reader shows (rejected ones are hidden), in start order: ids,
        # types and Qt spans in parallel lists for the highlighter's hot loop.
        self.mention_ids: list[int] = []
        self.mention_types: list[str] = []
        self.mention_index = _EMPTY
        self.annotations: list[Annotation] = []
        self.annotation_levels: list[int] = []
        self.annotation_index = _EMPTY
        # Sheet rows whose source is a span of this document (for "backs: …" tooltips).
        self.backing_rows: list[BackingRow] = []
        session.hub.changed.connect(self._on_change)

    # -- loading ---------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self.document.id if self.document else None

    def load(self, document_id: int) -> DocumentRecord:
        record = self.session.store.document(document_id)
        if record is None:
            raise WorkbenchError(f"document {document_id} is not in the store")
        self.document = record
        self.offsets = OffsetMap(record.text)
        # Read once per load: hovers ask for pages far too often for a query each.
        self.pages = PageMap(page_ranges(self.session.store.conn, document_id))
        self._read_mentions()
        self._read_annotations()
        self._read_backing_rows()
        self.loaded.emit(document_id)
        return record

    def reload_mentions(self) -> None:
        if self.document is not None:
            self._read_mentions()
            self.mentions_changed.emit()

    def reload_annotations(self) -> None:
        if self.document is not None:
            self._read_annotations()
            self.annotations_changed.emit()

    def _read_mentions(self) -> None:
        spans = shown_mention_spans(self.session.store.conn, self.document.id)
        self.mention_ids = spans.ids
        self.mention_types = spans.types
        self.mention_index = SpanIndex(*self.offsets.spans_to_qt(spans.starts, spans.ends))

    def _read_annotations(self) -> None:
        annotations = annotations_for_document(self.session.store.conn, self.document.id)
        self.annotations = annotations  # sorted by start, then end
        self.annotation_levels = nesting_levels([(a.start, a.end) for a in annotations])
        starts, ends = self.offsets.spans_to_qt(
            [a.start for a in annotations], [a.end for a in annotations]
        )
        self.annotation_index = SpanIndex(starts, ends)

    def _read_backing_rows(self) -> None:
        self.backing_rows = rows_backed_by_span(self.session.store.conn, self.document.id)

    def _on_change(self, changes: Changes) -> None:
        if self.document is None:
            return
        shown = self.document.id

        def concerns(*tables: Table) -> bool:
            return any(
                changes.touches(t) and changes.of_table(t).concerns_document(shown) for t in tables
            )

        if concerns(Table.CAPACITY, Table.CLUSTERS):
            self._read_backing_rows()
        if concerns(Table.MENTIONS, Table.DOCUMENTS):
            self.reload_mentions()
        if concerns(Table.ANNOTATIONS, Table.DOCUMENTS):
            self.reload_annotations()

    # -- queries (Qt positions in, stored records out) -------------------------

    def to_qt(self, offset: int) -> int:
        return self.offsets.to_qt(offset)

    def from_qt(self, position: int) -> int:
        return self.offsets.from_qt(position)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_at(self, position: int) -> int | None:
        """The PDF page of the character at a Qt position; None for a document without pages."""
        if not self.pages:
            return None
        return self.pages.page_at(self.from_qt(position))

    def mentions_at(self, position: int) -> list[StoredMention]:
        """Shown mentions covering a Qt position, innermost (shortest) first."""
        ids = [self.mention_ids[i] for i in self.mention_index.containing(position)]
        found = mentions_by_id(self.session.store.conn, ids)
        return sorted(found, key=lambda m: m.end - m.start)

    def rows_backed_at(self, position: int) -> list[BackingRow]:
        """Sheet rows whose source span covers Qt ``position``."""
        offset = self.from_qt(position)
        return [r for r in self.backing_rows if r.start <= offset < r.end]

    def annotations_at(self, position: int) -> list[Annotation]:
        """Annotations covering a Qt position, innermost (shortest) first."""
        found = [self.annotations[i] for i in self.annotation_index.containing(position)]
        return sorted(found, key=lambda a: a.end - a.start)

    def annotations_in(self, start: int, end: int) -> list[int]:
        """Indices of annotations sharing text with Qt range ``[start, end)``."""
        return self.annotation_index.overlapping(start, end)

    def annotation_qt_span(self, index: int) -> tuple[int, int]:
        return self.annotation_index.starts[index], self.annotation_index.ends[index]

    def mention_counts(self) -> Counter:
        return Counter(self.mention_types)

    def simplified_text(self) -> str:
        """The open text's Simplified copy, as stored (same length as the text)."""
        if self.document is None:
            return ""
        return self.session.store.document_simplified_text(self.document.id)

    def other_names(self, query: str) -> list[str]:
        """What else the unquoted terms of ``query`` stand for, as search widens them:
        regional variants (芯片: 晶片) and the entity's other names (台积电: TSMC).

        Find in the document uses them so that a document search found through an
        alias opens with those hits, not with "No hits".
        """
        try:
            plan = plan_query(self.session.store.conn, query)
        except (WorkbenchError, sqlite3.Error):
            return []  # an over-long query or a busy store: find the query as typed
        names: list[str] = []
        for term in plan:
            if term.literal:
                continue
            typed = fold(term.text)
            for name in term.variants:
                if fold(name) != typed and name not in names:
                    names.append(name)
        return names

    def text_of(self, start: int, end: int) -> str:
        return self.document.text[start:end] if self.document else ""
