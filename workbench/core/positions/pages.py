"""Which PDF page a text offset is on, answered from page ranges held in memory.

A paged document's ranges are read from the store once (``core.importing.page_ranges``)
and kept here, so hovers and tooltips find a page by bisection, never by a query.
"""

from __future__ import annotations

from bisect import bisect_right


class PageMap:
    """Page ranges ``(page, start, end)`` tiling a text; empty for a document without pages."""

    def __init__(self, ranges: list[tuple[int, int, int]] | tuple = ()):
        ordered = sorted(ranges)
        self.numbers = [page for page, _, _ in ordered]
        self.starts = [start for _, start, _ in ordered]
        self.ends = [end for _, _, end in ordered]

    def __len__(self) -> int:
        return len(self.numbers)

    def page_at(self, offset: int) -> int | None:
        """The page holding text offset ``offset``; None without pages or outside the text.

        Pages left empty by cleaning share their start with the next page, so the
        last range starting at or before the offset is the one holding it.  The end
        of the text counts as on the last page, as in ``core.importing.page_of``.
        """
        if not self.numbers or not 0 <= offset <= self.ends[-1]:
            return None
        if offset == self.ends[-1]:
            return self.numbers[-1]
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and not self.starts[i] <= offset < self.ends[i]:
            i -= 1  # an empty page at the very end of the text
        return self.numbers[i] if i >= 0 else None

    def span_label(self, start: int, end: int) -> str:
        """ "page 3" or "pages 3–4" for the text span ``[start, end)``; "" without pages."""
        first = self.page_at(start)
        if first is None:
            return ""
        last = self.page_at(max(start, end - 1)) or first
        return f"page {first}" if last == first else f"pages {first}–{last}"
