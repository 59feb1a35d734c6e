"""Find in one document: both scripts, widths and case, several terms, stepping."""

from __future__ import annotations

from workbench.core.find_in_text import FindResult, find_all, find_in_text, find_terms, fold

TEXT = "台積電擴產，台积电亦然。ＴＳＭＣ與tsmc同為TSMC。"


def hits_of(query: str) -> list[str]:
    return [TEXT[a:b] for a, b in find_all(fold(TEXT), query)]


def test_fold_keeps_the_length_and_so_every_offset():
    text = TEXT + "İstanbul ß 𠀋"
    assert len(fold(text)) == len(text)


def test_either_script_finds_both_scripts():
    assert hits_of("台積電") == ["台積電", "台积电"]
    assert hits_of("台积电") == ["台積電", "台积电"]


def test_latin_terms_ignore_case_and_width():
    assert hits_of("tsmc") == ["ＴＳＭＣ", "tsmc", "TSMC"]


def test_several_terms_and_quoted_phrases():
    assert hits_of("擴產 亦然") == ["擴產", "亦然"]
    assert hits_of('"电亦"') == ["电亦"]
    assert find_terms('a "b  c" a') == ["a", "b c"]
    assert hits_of("") == [] and hits_of("   ") == []


def test_overlapping_terms_keep_the_earlier_and_longer_hit():
    assert hits_of("台積 積電 台積電") == ["台積電", "台积电"]


def test_offsets_point_into_the_text_as_shown():
    for start, end in find_all(fold(TEXT), "台积电 tsmc"):
        assert fold(TEXT[start:end]) in {"台积电", "tsmc"}


def test_stepping_wraps_round_and_counts():
    result = find_in_text(fold(TEXT), "tsmc", offset=15)
    assert result.count == 3
    assert TEXT[slice(*result.span())] == "tsmc"  # the first at or after the offset
    assert result.step().step().current == 0  # past the last: back to the first
    assert result.step(forward=False).current == 0
    assert FindResult("tsmc", result.hits).step(False, offset=100).current == 2
    assert find_in_text(fold(TEXT), "没有").count == 0
    assert find_in_text(fold(TEXT), "没有").step().span() is None
