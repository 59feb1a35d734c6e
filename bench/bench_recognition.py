"""Recognition of the bundled corpus against ``rjieba.tag``, alone: the last line of
bench_scale.py without the stores, searches and window starts around it.

The corpus is ingested by the workbench's own pipeline into a temporary folder
(or into ``--keep``, reused when already there); both sides then run over every
document's Simplified text in the same process, warmed up, best of ``--repeat``:
by the wall clock, as bench_scale.py times them, and by the process's CPU time,
which other work on a shared machine disturbs less.

``--steps`` then gives each step of recognition its CPU time over the corpus, in
units of one ``rjieba.tag`` of the corpus (the mean of ``--repeat`` passes, each
step timed where the recogniser calls it; what no step holds is the glue between).

``--against CHECKOUT`` then runs the recogniser of another checkout (a worktree of
main, say) and this one alternately in the same process, after checking that both
find the same mentions in every document: each one's ratio to ``rjieba.tag`` and
this one's time over the other's, the least and the median of ``--repeat`` rounds.
A change of a few per cent shows there, where separate runs on a shared machine
differ by more.

    .venv/bin/python bench/bench_recognition.py [--repeat 3] [--keep /tmp/recog] [--steps]
        [--against ../main]
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
from timing import best_of  # noqa: E402


def timed_steps(corpus: Path, repeat: int) -> None:
    """Each step's CPU time, the recogniser's functions wrapped where it calls them."""
    import rjieba

    import workbench.core.nlp.recognizer as recognizer
    from workbench.core.store import Store

    with Store(corpus) as store:
        texts = [r[0] for r in store.conn.execute("SELECT text_simplified FROM documents")]
    clock = time.process_time
    spent: dict[str, float] = {}

    def timed(name, function, consume=True):
        def wrapper(*args):
            start = clock()
            result = function(*args)
            if consume:  # a generator's work is done as it is consumed
                result = list(result)
            spent[name] = spent.get(name, 0.0) + clock() - start
            return result

        return wrapper

    steps = [
        (recognizer, "find_numeric", "number rules (money, percent, dates, quantities)", True),
        (recognizer, "tagged_words", "segmenter (rjieba.tag and its lists)", False),
        (recognizer, "_organisations", "government bodies, Latin organisations", True),
        (recognizer, "_short_company_names", "short company names", True),
        (recognizer, "_repeated_trade_names", "repeated trade names", True),
        (recognizer.rules, "company_names", "registered company names", True),
        (recognizer.Recognizer, "_from_dictionary", "dictionary scan and its extensions", True),
        (recognizer.Recognizer, "_from_tags", "names by part-of-speech tag", True),
        (recognizer.Recognizer, "_from_patterns", "people and product rules", True),
        (recognizer.Recognizer, "_shaped_organisations", "company shapes, short forms", True),
    ]
    recognise = recognizer.default_recognizer().recognise
    for text in texts:
        recognise(text)
    tag = best_of(lambda: [rjieba.tag(t) for t in texts], repeat, clock)
    originals = [(owner, name, owner.__dict__[name]) for owner, name, _label, _c in steps]
    try:
        for owner, name, label, consume in steps:
            setattr(owner, name, timed(label, getattr(owner, name), consume))
        resolve = recognizer.Recognizer._resolve
        recognizer.Recognizer._resolve = staticmethod(timed("choosing among spans", resolve, False))
        total = 0.0
        for _ in range(repeat):
            start = clock()
            for text in texts:
                recognise(text)
            total += clock() - start
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
        recognizer.Recognizer._resolve = staticmethod(resolve)
    print(f"per step, in units of one rjieba.tag of the corpus ({tag * 1000:.0f} ms):")
    print(f"  {'recognition':52s} {total / repeat / tag:5.2f}")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:52s} {seconds / repeat / tag:5.2f}")
    rest = total - sum(spent.values())
    print(f"  {'the rest (script conversion, sets, glue)':52s} {rest / repeat / tag:5.2f}")


def _recogniser_of(checkout: Path, scratch: Path):
    """The default recogniser of ``checkout``'s workbench, imported as a package of
    another name (its modules import one another relatively) beside a link to its
    resources."""
    import importlib
    import shutil

    name = "workbench_against"
    shutil.copytree(checkout / "workbench", scratch / name)
    (scratch / "resources").symlink_to((checkout / "resources").resolve())
    sys.path.insert(0, str(scratch))
    return importlib.import_module(f"{name}.core.nlp").default_recognizer()


def compare(corpus: Path, checkout: Path, scratch: Path, repeat: int) -> None:
    import rjieba

    from workbench.core.nlp import default_recognizer
    from workbench.core.store import Store

    with Store(corpus) as store:
        texts = [r[0] for r in store.conn.execute("SELECT text_simplified FROM documents")]
    other, this = _recogniser_of(checkout, scratch), default_recognizer()
    for text in texts:
        mine, theirs = this.recognise(text), other.recognise(text)
        if [m.to_json() for m in mine] != [m.to_json() for m in theirs]:
            raise SystemExit(f"the mentions differ from {checkout}'s")
    clock = time.process_time
    times: dict[str, list[float]] = {"tag": [], "other": [], "this": []}
    runs = {
        "tag": lambda: [rjieba.tag(t) for t in texts],
        "other": lambda: [other.recognise(t) for t in texts],
        "this": lambda: [this.recognise(t) for t in texts],
    }
    for round_ in range(repeat):
        # Every other round runs this recogniser first: the one run second was
        # measured 5% faster with both the same, the caches warmed for it.
        order = ("tag", "other", "this") if round_ % 2 == 0 else ("tag", "this", "other")
        for key in order:
            run = runs[key]
            start = clock()
            run()
            times[key].append(clock() - start)
    tag = min(times["tag"])
    shares = sorted(b / a for a, b in zip(times["other"], times["this"], strict=True))
    print(
        f"against {checkout} (the same mentions), CPU time: its recognition "
        f"{min(times['other']) / tag:.2f}x rjieba.tag, this one's {min(times['this']) / tag:.2f}x; "
        f"this over it {min(times['this']) / min(times['other']):.3f} (best), "
        f"{shares[len(shares) // 2]:.3f} (median of {repeat})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder for the corpus store (kept, reused)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best counts")
    parser.add_argument("--steps", action="store_true", help="then time each step of recognition")
    parser.add_argument(
        "--against", type=Path, help="a checkout whose recogniser to compare, alternately"
    )
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
        if args.steps:
            timed_steps(corpus, args.repeat)
        if args.against:
            compare(corpus, args.against, Path(scratch), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
