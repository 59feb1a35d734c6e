"""Entity recognition over the whole bundled corpus against plain segmentation.

    .venv/bin/python bench/bench_ner.py

Builds a store with ``workbench ingest --db`` in a temporary folder, reads every
document's canonical text, and times (best of three) plain ``jieba.lcut`` (the
baseline the issue names), rjieba's ``cut`` and ``tag``, and the full recogniser,
all warmed up first, in the same run.  Dictionary loading is timed on its own:
``jieba.initialize()`` before the baseline, and building the default recogniser
(read from the cache when one is there) before recognition.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timing import best_of  # noqa: E402

from workbench.core.nlp import default_recognizer  # noqa: E402
from workbench.core.store import Store  # noqa: E402


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


# Run in a fresh interpreter, so nothing is loaded yet: what the first
# recognition in a session pays before any text is looked at.
_COLD_LOAD = """
import json, time
marks = [time.perf_counter()]
import workbench.core.nlp as nlp  # the rule patterns are compiled at import
marks.append(time.perf_counter())
import rjieba  # loads its own built-in jieba dictionary
marks.append(time.perf_counter())
nlp.default_recognizer()  # our dictionaries: read, indexed, taught to rjieba
marks.append(time.perf_counter())
nlp.default_recognizer().recognise("台積電")  # OpenCC's tables
marks.append(time.perf_counter())
print(json.dumps([(b - a) * 1000 for a, b in zip(marks, marks[1:])]))
"""
_COLD_STEPS = (
    "import workbench.core.nlp (rule patterns)",
    "import rjieba (its own dictionary)",
    "default_recognizer() (our dictionaries)",
    "first recognise() (OpenCC tables)",
)


def cold_load() -> list[float]:
    result = subprocess.run(
        [sys.executable, "-c", _COLD_LOAD], check=True, capture_output=True, cwd=ROOT, text=True
    )
    return json.loads(result.stdout)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "corpus.sqlite3"
        workbench = Path(sys.executable).with_name("workbench")
        subprocess.run([str(workbench), "ingest", "--db", str(db)], check=True, capture_output=True)
        with Store(db) as store:
            ids = [row[0] for row in store.conn.execute("SELECT id FROM documents ORDER BY id")]
            texts = [store.document_text(i) for i in ids]
    import jieba
    import rjieba

    jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
    jieba_load = timed(jieba.initialize)
    recogniser_load = timed(default_recognizer)
    recognizer = default_recognizer()
    jieba.lcut(texts[0])
    rjieba.cut(texts[0])
    recognizer.recognise(texts[0])
    characters = sum(len(t) for t in texts)
    lcut = best_of(lambda: [jieba.lcut(t) for t in texts], 3)
    segment = best_of(lambda: [rjieba.cut(t) for t in texts], 3)
    tag = best_of(lambda: [rjieba.tag(t) for t in texts], 3)
    recognise = best_of(lambda: [recognizer.recognise(t) for t in texts], 3)
    mentions = sum(len(recognizer.recognise(t)) for t in texts)
    print(f"corpus: {len(texts)} documents, {characters} characters, {mentions} mentions")
    print(f"{'':24} {'time':>10}   vs jieba.lcut   vs rjieba.cut")
    rows = [
        ("jieba.lcut (baseline)", lcut),
        ("rjieba cut", segment),
        ("rjieba tag", tag),
        ("recogniser", recognise),
    ]
    for name, seconds in rows:
        ratios = f"{seconds / lcut:10.2f}x   {seconds / segment:10.2f}x"
        print(f"{name:24} {seconds * 1000:7.1f} ms   {ratios}")
    print(f"\nloading, in this process: jieba.initialize() {jieba_load * 1000:.1f} ms, ", end="")
    print(f"default_recognizer() {recogniser_load * 1000:.1f} ms")
    print("loading, cold (best of three fresh interpreters):")
    cold = [min(step) for step in zip(*(cold_load() for _ in range(3)), strict=True)]
    for name, milliseconds in zip(_COLD_STEPS, cold, strict=True):
        print(f"  {name:44} {milliseconds:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
