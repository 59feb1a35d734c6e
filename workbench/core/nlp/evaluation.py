"""Precision, recall and F1 of the recogniser against hand-labelled passages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..vocabulary import ENTITY_TYPE_CODES
from .devset import Passage


@dataclass
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _per_type() -> dict[str, Counts]:
    return {type_: Counts() for type_ in ENTITY_TYPE_CODES}


@dataclass
class Score:
    """Per-type counts: ``exact`` needs the same span and type; ``lenient`` any overlap."""

    exact: dict[str, Counts] = field(default_factory=_per_type)
    lenient: dict[str, Counts] = field(default_factory=_per_type)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def total(self, lenient: bool = False) -> Counts:
        out = Counts()
        for counts in (self.lenient if lenient else self.exact).values():
            out.true_positive += counts.true_positive
            out.false_positive += counts.false_positive
            out.false_negative += counts.false_negative
        return out


Span = tuple[int, int, str]


def score_passages(
    passages: Iterable[Passage], recognise: Callable[[str], Iterable[Span]]
) -> Score:
    """Compare ``recognise(text)`` with the gold spans of each passage.

    ``errors`` lists (passage id, "missed"/"spurious", type, surface) for the exact match.
    """
    score = Score()
    for passage in passages:
        gold = set(passage.spans)
        found = set(recognise(passage.text))
        for start, end, type_ in found:
            if (start, end, type_) in gold:
                score.exact[type_].true_positive += 1
            else:
                score.exact[type_].false_positive += 1
                score.errors.append((passage.id, "spurious", type_, passage.text[start:end]))
            if any(t == type_ and s < end and start < e for s, e, t in gold):
                score.lenient[type_].true_positive += 1
            else:
                score.lenient[type_].false_positive += 1
        for start, end, type_ in gold:
            if (start, end, type_) not in found:
                score.exact[type_].false_negative += 1
                score.errors.append((passage.id, "missed", type_, passage.text[start:end]))
            if not any(t == type_ and s < end and start < e for s, e, t in found):
                score.lenient[type_].false_negative += 1
    return score


def recogniser_spans(recognizer) -> Callable[[str], list[Span]]:
    return lambda text: [(m.start, m.end, m.type) for m in recognizer.recognise(text)]
