"""How often short legacy-encoded texts are decoded in the wrong encoding.

Probes are windows of 4 and 16 characters cut from real sentences of the bundled
corpus: Traditional sentences encoded as Big5, Simplified ones as GB18030.  Every
Big5 byte string is also valid GB18030 (and much GB text is valid Big5), so only
the characters each decoding yields can tell them apart; a short probe carries
little of that evidence.  For each probe the script records whether
``decode_bytes`` chose the right encoding, the wrong one, or refused the text,
how many of its choices it reported as resting on thin evidence, and how many
of the wrong choices were among those.

    .venv/bin/python bench/bench_decoding.py

To measure another checkout's decoder (for a before/after comparison), run the
script with that checkout first on the path: ``PYTHONPATH=/path/to/checkout``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

import opencc  # noqa: E402

from workbench.core import decoding  # noqa: E402
from workbench.core.errors import InputFileError  # noqa: E402

SEEDS = ROOT / "seeds"
PROBES_PER_CASE = 3000
_SENTENCE_END = re.compile(r"[。!?!?\n]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def sentences() -> tuple[list[str], list[str]]:
    """(Traditional, Simplified) sentences of the seeds, each wholly of one script."""
    to_simplified = opencc.OpenCC("t2s")
    to_traditional = opencc.OpenCC("s2t")
    traditional, simplified = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in _SENTENCE_END.split(path.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if len(_HAN.findall(sentence)) < 4:
                continue
            if to_simplified.convert(sentence) != sentence:
                traditional.append(sentence)
            elif to_traditional.convert(sentence) != sentence:
                simplified.append(sentence)
    return traditional, simplified


def probes(source: list[str], length: int, encoding: str, rng: random.Random) -> list[bytes]:
    """Windows of ``length`` characters holding Han characters, encodable in ``encoding``."""
    windows = []
    for sentence in source:
        for start in range(0, len(sentence) - length + 1):
            window = sentence[start : start + length]
            if len(_HAN.findall(window)) < length // 2:
                continue
            try:
                windows.append(window.encode(encoding))
            except UnicodeEncodeError:
                continue
    rng.shuffle(windows)
    return windows[:PROBES_PER_CASE]


def measure(data: list[bytes], expected: str) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "refused": 0, "thin": 0, "wrong and thin": 0}
    for probe in data:
        try:
            decoded = decoding.decode_bytes(probe, "probe.txt")
        except InputFileError:
            counts["refused"] += 1
            continue
        wrong = decoded.encoding != expected
        thin = bool(getattr(decoded, "thin_evidence", False))
        counts["wrong" if wrong else "right"] += 1
        counts["thin"] += thin
        counts["wrong and thin"] += wrong and thin
    return counts


def main() -> None:
    traditional, simplified = sentences()
    print(f"decoder: {Path(decoding.__file__).resolve()}")
    print(f"sentences: {len(traditional)} Traditional, {len(simplified)} Simplified")
    print(f"{'probe':<32}{'n':>6}{'wrong':>9}{'refused':>9}{'thin':>8}{'wrong, said thin':>18}")
    for length in (4, 16):
        for name, source, encoding in (
            ("Big5 (Traditional)", traditional, "big5"),
            ("GB18030 (Simplified)", simplified, "gb18030"),
        ):
            data = probes(source, length, encoding, random.Random(length))
            counts = measure(data, encoding)
            total = len(data)
            print(
                f"{name + f', {length} chars':<32}{total:>6}"
                f"{counts['wrong'] / total:>9.1%}{counts['refused'] / total:>9.1%}"
                f"{counts['thin'] / total:>8.1%}"
                f"{counts['wrong and thin']:>9} of {counts['wrong']:<6}"
            )


if __name__ == "__main__":
    main()
