"""Offsets (Python ``str`` indices) against Qt positions (UTF-16 units), pages and span lookup."""

from __future__ import annotations

import random

from workbench.core.positions import OffsetMap, PageMap, SpanIndex

# CJK Extension B characters (𠀀, 𪚥) and an emoji take two UTF-16 units each.
TEXT = "台積電𠀀在高雄建廠𪚥，產能😀達每月3萬片"


def utf16_position(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def test_offsets_and_qt_positions_round_trip_around_astral_characters():
    offsets = OffsetMap(TEXT)
    assert not offsets.identity
    assert offsets.qt_length == len(TEXT.encode("utf-16-le")) // 2
    for offset in range(len(TEXT) + 1):
        qt = offsets.to_qt(offset)
        assert qt == utf16_position(TEXT, offset)
        assert offsets.from_qt(qt) == offset
    # A Qt position between the halves of a surrogate pair belongs to that character.
    astral = TEXT.index("𠀀")
    assert offsets.from_qt(offsets.to_qt(astral) + 1) == astral


def test_text_without_astral_characters_takes_the_identity_path():
    offsets = OffsetMap("全部在基本多文種平面")
    assert offsets.identity and offsets.to_qt(5) == 5 and offsets.from_qt(5) == 5
    starts, ends = [1, 3], [2, 6]
    assert offsets.spans_to_qt(starts, ends) == (starts, ends)


def test_span_index_agrees_with_a_scan_of_every_span():
    generator = random.Random(7)
    spans = sorted((s, s + generator.randint(1, 12)) for s in generator.sample(range(2000), 400))
    index = SpanIndex([s for s, _ in spans], [e for _, e in spans])
    for _ in range(300):
        start = generator.randrange(2000)
        end = start + generator.randint(1, 30)
        expected = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
        assert index.overlapping(start, end) == expected
        assert index.containing(start) == [i for i, (s, e) in enumerate(spans) if s <= start < e]


def test_pages_of_offsets_including_empty_pages_and_the_end_of_the_text():
    pages = PageMap([(1, 0, 10), (2, 10, 10), (3, 10, 25)])  # page 2 was emptied by cleaning
    assert [pages.page_at(o) for o in (0, 9, 10, 24, 25)] == [1, 1, 3, 3, 3]
    assert pages.page_at(26) is None and pages.page_at(-1) is None
    assert pages.span_label(2, 8) == "page 1"
    assert pages.span_label(8, 12) == "pages 1–3"
    assert PageMap().span_label(0, 5) == "" and len(PageMap()) == 0
