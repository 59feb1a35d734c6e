"""Entity colours stay apart for people with common colour-vision deficiencies.

Each colour is passed through the Machado, Oliveira & Fernandes (2009) simulation of
protanopia, deuteranopia and tritanopia (severity 1.0, applied in linear RGB), then
compared in CIELAB (CIE76 ΔE).  The strong colour is the mention's underline, the
annotation's line and the legend's dot; the background is its tint behind the text.
"""

from __future__ import annotations

import itertools
import math

import pytest

from workbench.core.vocabulary import ENTITY_TYPES

# Machado et al. 2009, "A Physiologically-based Model for Simulation of Color Vision
# Deficiency", IEEE TVCG 15(6), table of matrices at severity 1.0.
SIMULATIONS = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}
# ΔE 10 between lines and dots is an obvious difference; between pale tints behind text
# 4 is a difference one sees side by side (the tints before the Okabe–Ito palette came to
# 1.9 for Organisation and Date under deuteranopia, 2.3 under protanopia).
STRONG_MIN_DISTANCE = 10.0
TINT_MIN_DISTANCE = 4.0


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _simulated_lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    rgb = [_linear(int(hex_colour.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4)]
    simulated = [sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix]
    r, g, b = (min(1.0, max(0.0, value)) for value in simulated)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def closest_pair(colours: dict[str, str], matrix) -> tuple[float, str, str]:
    lab = {code: _simulated_lab(colour, matrix) for code, colour in colours.items()}
    return min((math.dist(lab[a], lab[b]), a, b) for a, b in itertools.combinations(colours, 2))


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_underline_colours_stay_apart(vision):
    colours = {t.code: t.strong for t in ENTITY_TYPES}
    distance, a, b = closest_pair(colours, SIMULATIONS[vision])
    assert distance >= STRONG_MIN_DISTANCE, f"{a}, {b} alike with {vision}: ΔE {distance:.1f}"


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_text_tints_stay_apart(vision):
    colours = {t.code: t.background for t in ENTITY_TYPES}
    distance, a, b = closest_pair(colours, SIMULATIONS[vision])
    assert distance >= TINT_MIN_DISTANCE, f"{a}, {b} alike with {vision}: ΔE {distance:.1f}"


def test_the_simulation_brings_a_known_confusion_pair_together():
    # A check of the check: the Organisation and Date tints used before this palette
    # differ plainly with normal vision and nearly vanish with deuteranopia, and the
    # thresholds above fail them; the simulation keeps white white.
    earlier = {"ORG": "#d7e6ff", "DATE": "#e7ddfa"}
    assert closest_pair(earlier, SIMULATIONS["normal vision"])[0] > 8
    assert closest_pair(earlier, SIMULATIONS["deuteranopia"])[0] < TINT_MIN_DISTANCE
    earlier_lines = {"MONEY": "#b97f00", "PRODUCT": "#6f8614"}
    assert closest_pair(earlier_lines, SIMULATIONS["protanopia"])[0] < STRONG_MIN_DISTANCE
    white = _simulated_lab("#ffffff", SIMULATIONS["deuteranopia"])
    assert white[0] == pytest.approx(100, abs=0.5)


def test_black_text_stays_legible_on_every_tint():
    for entity in ENTITY_TYPES:
        rgb = [_linear(int(entity.background.lstrip("#")[i : i + 2], 16)) for i in (0, 2, 4)]
        luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        assert (luminance + 0.05) / 0.05 >= 7.0, entity.code  # WCAG AAA for body text
