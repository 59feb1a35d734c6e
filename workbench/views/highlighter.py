"""Entity highlighting for the reader: per-block formats, computed lazily.

``QSyntaxHighlighter`` formats one text block at a time and Qt only needs a
block's formats once the block is laid out, so a document of any length opens in
the time of its text alone: while the text is set every block is skipped, then
the blocks around the place being shown are formatted at once and the rest in
short slices from a timer (each slice stays far below a frame budget), so the
window never blocks for long and, soon after opening, every block is formatted.

A block finds its mentions by bisection in the model's sorted span index;
``ExtraSelections`` would re-lay out the whole document on every change.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from ..core.positions import SpanIndex
from ..core.vocabulary import ENTITY_TYPE_CODES
from ..models.document_model import DocumentModel
from .entity_colors import background_color, strong_color

SLICE_SECONDS = 0.02  # one background slice: well under a 60 Hz frame on a slow laptop
AROUND_AFTER = 12_000  # characters formatted at once after the place shown (a tall screen)
AROUND_BEFORE = 4_000  # and before it, for a selection centred in the view


# Find-in-document hits: a saturated amber no entity tint comes near, black text.
FIND_HIT_BACKGROUND = "#ffb000"
FIND_HIT_FOREGROUND = "#000000"


def mention_format(type_: str) -> QTextCharFormat:
    """A light tint of the type's colour and a dashed underline in the colour itself.

    The two together keep types apart for readers who confuse some hues (see the
    vocabulary's palette); the dashes tell a recognised mention from an annotation,
    which the reader draws as a solid line.
    """
    text_format = QTextCharFormat()
    text_format.setBackground(background_color(type_))
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    text_format.setUnderlineColor(strong_color(type_))
    return text_format


def find_hit_format() -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setBackground(QColor(FIND_HIT_BACKGROUND))
    text_format.setForeground(QColor(FIND_HIT_FOREGROUND))
    return text_format


class EntityHighlighter(QSyntaxHighlighter):
    completed = Signal()  # every block of the current text carries its highlights

    def __init__(self, model: DocumentModel, document: QTextDocument):
        super().__init__(document)
        self._model = model
        self._hidden: set[str] = set()
        self._formats = {type_: mention_format(type_) for type_ in ENTITY_TYPE_CODES}
        self._find_format = find_hit_format()
        self._find_hits = SpanIndex([], [])  # Qt spans of find-in-document hits
        self._active = False  # False while text is being set, and for raw text
        self._done = bytearray()  # per block number: formatted for the current spans
        self._complete = True
        self._fill_block = QTextBlock()
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_slice)
        self.visible_blocks: Callable[[], tuple[int, int]] | None = None
        self.longest_slice = 0.0  # seconds: the longest the fill kept the event loop

    # -- what to show ----------------------------------------------------------

    @property
    def hidden_types(self) -> frozenset[str]:
        return frozenset(self._hidden)

    def set_hidden_types(self, types) -> None:
        types = set(types)
        if types != self._hidden:
            self._hidden = types
            self.refresh()

    @property
    def is_complete(self) -> bool:
        return self._complete

    def set_find_hits(self, starts: list[int], ends: list[int]) -> None:
        """Mark find hits (Qt positions, sorted by start); empty lists clear them."""
        if not starts and not len(self._find_hits):
            return
        self._find_hits = SpanIndex(starts, ends)
        self.refresh()

    @property
    def find_hit_count(self) -> int:
        return len(self._find_hits)

    # -- loading ---------------------------------------------------------------

    def begin_load(self) -> None:
        """Call before replacing the text: blocks are left unformatted while it is set."""
        self._fill_timer.stop()
        self._active = False

    def end_load(self, position: int = 0, active: bool = True) -> None:
        """Call after the text is set: formats the blocks around Qt ``position`` now (so
        the first paint is highlighted) and the rest in the background."""
        self._active = active
        self._done = bytearray(self.document().blockCount())
        self._complete = not active
        if active:
            document = self.document()
            first = document.findBlock(max(0, position - AROUND_BEFORE)).blockNumber()
            last_block = document.findBlock(position + AROUND_AFTER)
            last = last_block.blockNumber() if last_block.isValid() else document.blockCount() - 1
            self.ensure_formatted(first, last)
            self._start_fill()

    def refresh(self) -> None:
        """Re-format every block for changed spans or hidden types: visible ones first."""
        if not self._active:
            return
        self._done = bytearray(self.document().blockCount())
        if self.visible_blocks is not None:
            first, last = self.visible_blocks()
            self.ensure_formatted(first, last)
        self._start_fill()

    def refresh_span(self, start: int, end: int) -> None:
        """Re-format the blocks holding Qt range ``[start, end)`` (one mention changed)."""
        if not self._active:
            return
        document = self.document()
        block = document.findBlock(start)
        while block.isValid() and block.position() < max(end, start + 1):
            self.rehighlightBlock(block)
            block = block.next()

    def ensure_formatted(self, first: int, last: int) -> None:
        """Format blocks ``first..last`` (block numbers) that are not yet formatted."""
        if not self._active:
            return
        document = self.document()
        block = document.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            if not self._done[block.blockNumber()]:
                self.rehighlightBlock(block)
            block = block.next()

    def _start_fill(self) -> None:
        self._complete = False
        self._fill_block = self.document().firstBlock()
        self._fill_timer.start()

    def _fill_slice(self) -> None:
        began = time.perf_counter()
        block = self._fill_block
        done = self._done
        while block.isValid():
            if not done[block.blockNumber()]:
                self.rehighlightBlock(block)
            block = block.next()
            if time.perf_counter() - began > SLICE_SECONDS:
                break
        self._fill_block = block
        self.longest_slice = max(self.longest_slice, time.perf_counter() - began)
        if not block.isValid():
            self._fill_timer.stop()
            self._complete = True
            self.completed.emit()

    # -- QSyntaxHighlighter ----------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        if not self._active:
            return
        block = self.currentBlock()
        self._done[block.blockNumber()] = 1
        start = block.position()
        end = start + block.length() - 1  # UTF-16 units, as setFormat counts
        index = self._model.mention_index
        starts, ends = index.starts, index.ends
        types = self._model.mention_types
        hidden = self._hidden
        formats = self._formats
        for i in index.overlapping(start, end):
            type_ = types[i]
            if type_ in hidden:
                continue
            text_format = formats.get(type_)
            if text_format is None:
                text_format = formats[type_] = mention_format(type_)
            span_start = max(starts[i], start)
            self.setFormat(span_start - start, min(ends[i], end) - span_start, text_format)
        hits = self._find_hits
        if len(hits):
            hit_format = self._find_format
            for i in hits.overlapping(start, end):
                span_start = max(hits.starts[i], start)
                self.setFormat(span_start - start, min(hits.ends[i], end) - span_start, hit_format)
