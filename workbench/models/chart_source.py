"""What the charts draw from, computed on a worker: sheet rows as the sheet shows them,
entities, documents.

The Charts panel asks for the chart on screen (:meth:`ChartSource.request_chart`);
a worker reads the store on its own connection and computes the chart's numbers
(``core.charts.compute``), and :attr:`ChartSource.chart_computed` hands them back
on the UI thread.  Every request gets a generation number: a result for anything
but the newest request is dropped, and a computation still reading rows that a
newer request no longer counts is cancelled.  What a computation read is kept
(per data kind) until a committed change or a new set of rows makes it stale, so
another view of the same rows (a capacity group, a company, stacking) does not
read the store again.

The rows a sheet chart counts are a set: the sheet passes its visible ids on after
every change, and a new *order* of the same ids (a sort) changes nothing here.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, Signal

from ..core.charts.compute import (
    DEFAULT_OPTIONS,
    ChartInputs,
    ChartOptions,
    ChartRequest,
    ChartResult,
    RowSelection,
    compute_chart,
)
from ..core.operations import Changes, Table
from ..core.sheets.rows import get_row
from ..core.sheets.schema import sheet
from ..core.store.mentions import mentions_of_entity
from ..core.vocabulary import (
    CAPACITY_SHEET,
    CHARTS,
    CLUSTERS_SHEET,
    DOCUMENTS_DATA,
    ENTITIES_DATA,
    SHEET_NAMES,
)
from .labels import qt_translate
from .session import Session
from .worker import SingleTask

SHEET_KINDS = SHEET_NAMES.codes
DATA_KINDS = (*SHEET_KINDS, ENTITIES_DATA, DOCUMENTS_DATA)
# Which data each kind of committed change can make stale.
_STALE_AFTER = {
    Table.CAPACITY: {CAPACITY_SHEET.code},
    Table.CLUSTERS: {CLUSTERS_SHEET.code},
    Table.MENTIONS: {ENTITIES_DATA},
    # Merges and renames join companies in the capacity chart.
    Table.ENTITIES: {CAPACITY_SHEET.code},
    Table.DOCUMENTS: {*SHEET_KINDS, ENTITIES_DATA, DOCUMENTS_DATA},
}


def _compute_without_collector_pauses(*args, progress=None):
    """``compute_chart`` with Python's cyclic garbage collector paused while it runs.

    Reading 100,000 rows makes as many dicts, and each full collection they trigger
    walks every object of the process holding the interpreter lock: the UI thread
    then waits 100–200 ms at a time (bench/bench_charts.py).  The rows hold no
    cycles; what they leave is collected once the computation ends.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return compute_chart(*args, progress=progress, translate=qt_translate)
    finally:
        if paused:
            gc.enable()


class ChartSource(QObject):
    # the data kinds ("capacity", "clusters", "entities", "documents") that changed
    stale = Signal(set)
    computation_started = Signal(str)  # the chart code a worker now computes
    # the generation of the newest request and its ChartResult (older results are dropped)
    chart_computed = Signal(int, object)
    computation_failed = Signal(int, str)  # generation, a message fit to show
    idle = Signal()  # no computation runs or waits

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._filters: dict[str, RowSelection] = {kind: RowSelection() for kind in SHEET_KINDS}
        # The exact rows a sheet panel shows, when it passes them on; None: use the filter.
        self._visible: dict[str, frozenset[int] | None] = dict.fromkeys(SHEET_KINDS)
        self._inputs: dict[str, ChartInputs] = {}  # fresh data, per kind
        self._versions: Counter = Counter()  # per kind: how often it went stale
        self._generation = 0
        self._pending: tuple[int, ChartRequest] | None = None
        self._running: tuple[int, ChartRequest, int] | None = None  # generation, request, version
        self._slot = SingleTask(self)
        self._slot.ended.connect(self._on_ended)
        self.computations: Counter = Counter()  # chart code → computations started
        self.reads: Counter = Counter()  # data kind → times the store was read for it
        session.hub.changed.connect(self._on_change)

    @property
    def _conn(self):
        return self._session.store.conn

    # -- what the sheet charts count -------------------------------------------------

    def set_sheet_filter(
        self,
        kind: str,
        search: str = "",
        filters: Mapping[str, str] | None = None,
        reviews: Iterable[str] | None = None,
    ) -> None:
        sheet(kind)  # an unknown sheet name fails here, with the known names
        new = RowSelection.of(None, search, filters, reviews)
        if new != self._filters[kind]:
            self._filters[kind] = new
            if self._visible[kind] is None:
                self._went_stale({kind})

    def set_visible_rows(self, kind: str, row_ids: Iterable[int] | None) -> None:
        """Count exactly these rows of the ``kind`` sheet (None: every row the filter
        passes).  Only the set counts: the same rows in another order change nothing."""
        sheet(kind)
        new = None if row_ids is None else frozenset(row_ids)
        if new != self._visible[kind]:
            self._visible[kind] = new
            self._went_stale({kind})

    def selection(self, kind: str) -> RowSelection:
        """The rows the ``kind`` sheet's charts count now."""
        visible = self._visible[kind]
        return RowSelection(visible) if visible is not None else self._filters[kind]

    def sheet_filter(self, kind: str) -> RowSelection:
        return self._filters[kind]

    # -- computing -------------------------------------------------------------------

    @property
    def generation(self) -> int:
        """The generation of the newest request (or computation on this thread)."""
        return self._generation

    @property
    def busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def request_chart(self, chart: str, options: ChartOptions = DEFAULT_OPTIONS) -> int:
        """Compute ``chart`` on a worker; its result comes with the generation returned.

        A computation of an older request that still reads rows this one does not
        count is cancelled; its result, and any older one, is dropped.
        """
        request = self._request(chart, options)
        self._generation += 1
        self._pending = (self._generation, request)
        if self._running is None:
            self._start_pending()
        elif not self._reads_what(self._running, request):
            self._slot.cancel()
        return self._generation

    def compute_now(self, chart: str, options: ChartOptions = DEFAULT_OPTIONS) -> ChartResult:
        """Compute ``chart`` on this thread (for drawing without a window: the command line)."""
        request = self._request(chart, options)
        self._generation += 1  # results of earlier requests are older than this one
        self._pending = None
        self.computations[chart] += 1
        self.computation_started.emit(chart)
        inputs = self._fresh_inputs(request)
        if inputs is None:
            self.reads[request.data] += 1
        result = compute_chart(
            self._session.store.location, request, inputs, translate=qt_translate
        )
        self._inputs[request.data] = result.inputs
        return result

    def forget_read(self) -> None:
        """Drop what was read: the next computation reads the store again."""
        self._inputs.clear()

    def stop(self) -> None:
        """Cancel what runs and waits, and wait for the worker to stop (before closing)."""
        self._pending = None
        self._slot.cancel()
        self._slot.wait()

    def _request(self, chart: str, options: ChartOptions) -> ChartRequest:
        data = CHARTS[chart].data
        selection = self.selection(data) if data in SHEET_KINDS else None
        return ChartRequest(chart, options, selection)

    def _fresh_inputs(self, request: ChartRequest) -> ChartInputs | None:
        inputs = self._inputs.get(request.data)
        if inputs is not None and inputs.selection == request.selection:
            return inputs
        return None

    def _reads_what(self, running: tuple[int, ChartRequest, int], request: ChartRequest) -> bool:
        """Whether the running computation reads (or has) the data ``request`` needs, fresh."""
        _generation, current, version = running
        return (
            current.data == request.data
            and current.selection == request.selection
            and version == self._versions[request.data]
        )

    def _start_pending(self) -> None:
        if self._pending is None or self._running is not None:
            return
        generation, request = self._pending
        self._pending = None
        inputs = self._fresh_inputs(request)
        if inputs is None:
            self.reads[request.data] += 1
        self._running = (generation, request, self._versions[request.data])
        self.computations[request.chart] += 1
        self.computation_started.emit(request.chart)
        self._slot.start_new(
            _compute_without_collector_pauses,
            self._session.store.location,
            request,
            inputs,
            succeeded=self._on_computed,
            failed=self._on_failed,
            announce=lambda _task: None,
        )

    def _on_computed(self, result: ChartResult) -> None:
        if self._running is None:
            return
        generation, request, version = self._running
        if version == self._versions[request.data]:
            self._inputs[request.data] = result.inputs  # still fresh: others reuse it
        if generation == self._generation:
            self.chart_computed.emit(generation, result)

    def _on_failed(self, message: str) -> None:
        if self._running is not None and self._running[0] == self._generation:
            self.computation_failed.emit(self._generation, message)

    def _on_ended(self) -> None:
        self._running = None
        self._start_pending()
        if not self.busy:
            self.idle.emit()

    # -- links from a chart back to rows and quotes ----------------------------------

    def source_of_row(self, kind: str, row_id: int) -> tuple[int, int, int] | None:
        """(document, start, end) of a sheet row's quote, if it has one."""
        row = get_row(self._conn, sheet(kind), row_id)
        if row is None or row.get("document_id") is None:
            return None
        start, end = row.get("start"), row.get("end")
        if start is None or end is None:
            return row["document_id"], -1, -1
        return row["document_id"], start, end

    def first_mention(self, canonical: str, type_: str) -> tuple[int, int, int] | None:
        found = mentions_of_entity(self._conn, canonical, type_, limit=1)
        return (found[0].document_id, found[0].start, found[0].end) if found else None

    # -- staleness -------------------------------------------------------------------

    def _went_stale(self, kinds: set[str]) -> None:
        for kind in kinds:
            self._inputs.pop(kind, None)
            self._versions[kind] += 1
        self.stale.emit(set(kinds))

    def _on_change(self, changes: Changes) -> None:
        kinds = set().union(*(_STALE_AFTER.get(t, set()) for t in changes.tables))
        if kinds:
            self._went_stale(kinds)
