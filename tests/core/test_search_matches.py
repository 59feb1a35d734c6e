"""A term's matches found variant by variant are exactly what its ``re.I`` pattern finds."""

from __future__ import annotations

import _sre  # the regular-expression engine's own case tables
import random
import re
import sys

import pytest

from workbench.core.search_matches import LETTER_FORMS, literal, place, place_in_bytes, spans, term

EVERY_CHARACTER = "".join(
    chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF
)


def pattern_spans(text: str, variants: tuple[str, ...]) -> list[tuple[int, int]]:
    """What search matched before: the variants, longest first, under re.I."""
    ordered = sorted(variants, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(v) for v in ordered), re.I)
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyzAKS")
@pytest.mark.parametrize("shape", ["{}", "[{}]", "{}|\u4e00"])
def test_an_ascii_letter_matches_its_two_cases_and_its_letter_forms_alone(letter, shape):
    matched = set(re.compile(shape.format(letter), re.I).findall(EVERY_CHARACTER))
    matched.discard("\u4e00")
    low = letter.lower()
    assert matched == {low, low.upper(), *LETTER_FORMS.get(low, "")}


def test_a_character_without_case_is_matched_by_itself_alone():
    # A character whose lower and upper case are itself is also one the engine
    # takes as without case, and no other character lowers to it: re.I matches it
    # to itself alone, as a literal and inside a set.
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        low = _sre.unicode_tolower(code)
        if low != code:
            target = chr(low)
            assert not (target.lower() == target == target.upper()), hex(code)
        if character.lower() == character == character.upper():
            assert not _sre.unicode_iscased(code), hex(code)


ALPHABET = "台积电芯片晶产能先进集群镍" + "CoWoSTSMCabkisK" + "İıſK" + "ßẞΣσςÄä" + "01-， "


def random_variants(rng: random.Random) -> tuple[str, ...]:
    count = rng.choice([1, 1, 2, 3, 5])
    return tuple(
        "".join(rng.choice(ALPHABET) for _ in range(rng.choice([1, 2, 2, 3, 4])))
        for _ in range(count)
    )


def test_spans_are_what_the_pattern_finds_in_random_texts():
    rng = random.Random(21)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 400))) for _ in range(60)]
    checked = 0
    for _ in range(600):
        variants = random_variants(rng)
        found = term(variants)
        for text in rng.sample(texts, 8):
            expected = pattern_spans(text, variants)
            assert spans(text, found) == expected, (variants, text)
            checked += bool(expected)
    assert checked > 500


@pytest.mark.parametrize(
    "variants, text",
    [
        # a prefix of a longer variant
        (("台积电", "台积", "TSMC"), "台积电台积tsmc台积电T\u017fMC台积"),
        (("芯片", "晶片"), "芯片晶片芯片片芯"),
        (("aa", "b"), "baaab"),  # a variant that overlaps itself: the pattern's way
        (("xa", "aa"), "xaaa"),
        (("k",), "kK\u212a"),  # the Kelvin sign is a k under re.I
        (("strasse", "straße"), "STRASSE straße STRAẞE"),  # ß: the pattern's way
        (("Σ",), "σςΣ"),
    ],
)
def test_spans_of_chosen_cases(variants, text):
    assert spans(text, term(variants)) == pattern_spans(text, variants)


BYTES_ALPHABET = "产能镍先进封装" + "𠀀𝑨😀" + "é-，0 \n"  # one to four bytes in UTF-8
WIDE_ALPHABET = "𠀀𝑨😀镍"  # mostly four bytes: the most bytes for a snippet's characters


@pytest.mark.parametrize("context", [0, 1, 3, 40])
def test_placing_in_bytes_is_placing_in_the_text(context):
    rng = random.Random(22 + context)
    checked = 0
    for _ in range(400):
        alphabet = rng.choice([BYTES_ALPHABET, WIDE_ALPHABET])
        text = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 5, 60, 400])))
        strings = [
            "".join(rng.choice(alphabet[:10]) for _ in range(rng.choice([2, 3, 4])))
            for _ in range(rng.choice([1, 1, 2, 3]))
        ]
        terms = [term((s,)) for s in strings]
        literals = [literal(t) for t in terms]
        assert None not in literals
        expected = place(text, terms, context)
        assert place_in_bytes(text.encode(), literals, context) == expected, (strings, text)
        checked += expected.count > 0
    assert checked > 100


def test_only_one_string_without_case_is_a_literal():
    assert literal(term(("镍",))) is None  # one character: found faster decoded
    assert literal(term(("产能",))) == "产能".encode()
    assert literal(term(("芯片", "晶片"))) is None
    assert literal(term(("CoWoS",))) is None
    assert literal(term(("2025年",))) == "2025年".encode()
