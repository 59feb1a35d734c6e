"""Recognition of the bundled corpus against ``rjieba.tag``, alone: the last line of
bench_scale.py without the stores, searches and window starts around it.

The corpus is ingested by the workbench's own pipeline into a temporary folder
(or into ``--keep``, reused when already there); both sides then run over every
document's Simplified text in the same process, warmed up, best of ``--repeat``:
by the wall clock, as bench_scale.py times them, and by the process's CPU time,
which other work on a shared machine disturbs less.

    .venv/bin/python bench/bench_recognition.py [--repeat 3] [--keep /tmp/recog]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from bench_scale import measure_recognition  # noqa: E402
from scale_store import corpus_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder for the corpus store (kept, reused)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = corpus_store(folder)
        for name, clock in (("wall clock", time.perf_counter), ("CPU time", time.process_time)):
            recognise, tag, characters = measure_recognition(corpus, args.repeat, clock)
            print(
                f"recognition of the corpus ({characters:,} characters), {name}: "
                f"{recognise * 1000:.0f} ms, rjieba.tag {tag * 1000:.0f} ms, "
                f"ratio {recognise / tag:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
