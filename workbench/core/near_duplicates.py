"""Near-duplicate documents: one article arriving twice, from two outlets or as a PDF and a page.

Exact copies are caught by the content hash; these are the copies that differ a
little: line breaks, page headers and page numbers of a PDF, spaces, a web
page's navigation and footer around the article, a Traditional and a Simplified
edition.  Two texts are compared as sets of character 5-grams ("shingles") of
their Simplified, width-folded text with everything but Chinese characters,
digits and Latin letters removed, so layout and punctuation do not count.

Each stored document keeps a MinHash signature of its shingles (rensa's
R-MinHash: 128 32-bit slots, 512 bytes), so checking a new document scans the
signatures instead of every stored text.  The estimate only picks candidates;
the candidates' texts are then compared exactly, so the decision and the
percentage shown to the analyst do not depend on the estimate's noise.

The thresholds were measured on the bundled corpus (``bench/bench_near_duplicates.py``
prints the figures).  No two distinct documents of the corpus (703 pairs) share
more than 9.3 % of their shingles or hold more than 19 % of each other's (the
closest are two one-paragraph listings of 3D-printing reports; the two 嘉世咨询
reports written from one template share 3.1 %).  Of 20 corpus articles (median
and lowest Jaccard), the PDF-like copy (line breaks, page headers and numbers,
stray spaces) shares 0.99 and 0.98, the article inside web-page chrome 0.92 and
0.83, the Taiwan-to-mainland rewording (OpenCC tw2sp) 0.88 and 0.72 (15 of 20
reach 0.8); with one sentence in twenty replaced the median is 0.88, one in ten
0.78, one in five 0.61.  Jaccard 0.8 keeps far from every distinct pair and
takes an article with a few sentences edited, not a rewritten one.  An
article inside a page whose chrome is half as long as the article has Jaccard
0.69 but is wholly contained: containment of the shorter text in the longer of
at least 0.9 also matches, as long as the shorter holds at least two thirds of
the longer's shingles.  A follow-up story that quotes the whole earlier one and
adds as much again is thus a document of its own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .script import to_simplified

if TYPE_CHECKING:
    import numpy as np

SHINGLE = 5
NUM_PERM = 128
SEED = 20240301
# A stored signature is comparable only with one made the same way; a signature
# of another scheme (a new rensa algorithm, other shingles) is made again.
SHINGLING_VERSION = 1

JACCARD_THRESHOLD = 0.8
CONTAINMENT_THRESHOLD = 0.9
MIN_SIZE_RATIO = 2 / 3
# Fewer shingles than this (about 55 characters of text) is too little to tell
# two documents apart; such documents are never matched.
MIN_SHINGLES = 50
# The 128-slot estimate of Jaccard has a standard error of 0.036 on the corpus
# (largest error 0.116 in 80 measured pairs): candidates are screened 0.15 (four
# standard errors) below the thresholds, then compared exactly.
SCREEN_MARGIN = 0.15
MAX_CANDIDATES = 8

JACCARD = "jaccard"
CONTAINMENT = "containment"

_KEPT = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@cache
def scheme() -> str:
    """How signatures are made now; stored with each one."""
    from rensa import RMinHash

    return (
        f"rensa-rminhash-v{RMinHash.ALGORITHM_VERSION}/{NUM_PERM}/{SEED}/"
        f"shingles-{SHINGLE}-v{SHINGLING_VERSION}"
    )


def comparable_text(simplified: str) -> str:
    """The Simplified text width-folded and lower-cased, only Chinese, digits and letters kept."""
    # Imported here: the number rules compile at import, which opening a store
    # (every command line call) should not pay for.
    from .nlp.numbers import fold_width

    return "".join(_KEPT.findall(fold_width(simplified).lower()))


def shingles_of_simplified(simplified: str) -> frozenset[str]:
    """The character 5-grams of a Simplified text (as stored in ``text_simplified``)."""
    text = comparable_text(simplified)
    return frozenset(text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1))


def shingles(text: str) -> frozenset[str]:
    """The character 5-grams of any text, Traditional or Simplified."""
    return shingles_of_simplified(to_simplified(text))


@dataclass(frozen=True)
class Signature:
    shingles: int  # how many distinct shingles the text has
    digest: bytes  # NUM_PERM little-endian uint32 minimums


def signature(shingle_set: frozenset[str]) -> Signature:
    import numpy as np
    from rensa import RMinHash

    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    if shingle_set:
        minhash.update(list(shingle_set))
    return Signature(len(shingle_set), np.asarray(minhash.digest(), dtype="<u4").tobytes())


@dataclass(frozen=True)
class Resemblance:
    """How much of two texts' shingles they share."""

    jaccard: float  # shared / all
    containment: float  # shared / the shorter text's
    size_ratio: float  # the shorter text's shingles / the longer's

    @property
    def is_near_duplicate(self) -> bool:
        return self.jaccard >= JACCARD_THRESHOLD or (
            self.containment >= CONTAINMENT_THRESHOLD and self.size_ratio >= MIN_SIZE_RATIO
        )

    @property
    def measure(self) -> str:
        """Which figure made them near duplicates: Jaccard when it does, else containment."""
        return JACCARD if self.jaccard >= JACCARD_THRESHOLD else CONTAINMENT

    @property
    def similarity(self) -> float:
        return self.jaccard if self.measure == JACCARD else self.containment


def resemblance(first: frozenset[str], second: frozenset[str]) -> Resemblance:
    """The exact figures of two shingle sets; two texts too short to compare share nothing."""
    if len(first) < MIN_SHINGLES or len(second) < MIN_SHINGLES:
        return Resemblance(0.0, 0.0, 0.0)
    shared = len(first & second)
    smaller, larger = sorted((len(first), len(second)))
    return Resemblance(
        jaccard=shared / (len(first) + len(second) - shared),
        containment=shared / smaller,
        size_ratio=smaller / larger,
    )


def size_bounds(shingles: int) -> tuple[int, int]:
    """The shingle counts a near duplicate of a text with ``shingles`` of them can have.

    Exact, not estimated: Jaccard is at most the smaller count over the larger,
    and a containment match needs that ratio to be MIN_SIZE_RATIO, so nothing
    outside these bounds can match; the store reads only the signatures inside.
    """
    smallest = min(JACCARD_THRESHOLD, MIN_SIZE_RATIO)
    return max(MIN_SHINGLES, math.ceil(shingles * smallest)), math.floor(shingles / smallest)


def screen(new: Signature, digests: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Indices of the stored signatures that may be near duplicates of ``new``, likeliest first.

    ``digests`` is one row of NUM_PERM uint32 slots per stored document and
    ``counts`` their shingle counts.  The share of equal slots estimates
    Jaccard; with both sizes known it also estimates containment.
    """
    import numpy as np

    if new.shingles < MIN_SHINGLES or not len(counts):
        return np.zeros(0, dtype=np.intp)
    slots = np.frombuffer(new.digest, dtype="<u4")
    jaccard = (digests == slots).mean(axis=1)
    smaller = np.minimum(counts, new.shingles).astype(float)
    ratio = smaller / np.maximum(counts, new.shingles)
    shared = jaccard * (counts + new.shingles) / (1.0 + jaccard)
    containment = shared / np.maximum(smaller, 1.0)
    possible = (counts >= MIN_SHINGLES) & (
        ((jaccard >= JACCARD_THRESHOLD - SCREEN_MARGIN) & (ratio >= JACCARD_THRESHOLD))
        | ((containment >= CONTAINMENT_THRESHOLD - SCREEN_MARGIN) & (ratio >= MIN_SIZE_RATIO))
    )
    found = np.flatnonzero(possible)
    likeliest = found[np.argsort(-np.maximum(jaccard[found], containment[found]), kind="stable")]
    return likeliest[:MAX_CANDIDATES]


def digest_matrix(digests: list[bytes]) -> np.ndarray:
    import numpy as np

    if not digests:
        return np.zeros((0, NUM_PERM), dtype="<u4")
    return np.frombuffer(b"".join(digests), dtype="<u4").reshape(len(digests), NUM_PERM)
