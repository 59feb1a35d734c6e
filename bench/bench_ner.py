"""Entity recognition over the whole bundled corpus against plain rjieba segmentation.

    .venv/bin/python bench/bench_ner.py

Builds a store with ``workbench ingest --db`` in a temporary folder, reads every
document's canonical text, and times (best of three) rjieba's ``cut`` alone and the
full recogniser, both warmed up first, in the same run.  Prints the ratio.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.nlp import default_recognizer  # noqa: E402
from workbench.core.store import Store  # noqa: E402


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "corpus.sqlite3"
        workbench = Path(sys.executable).with_name("workbench")
        subprocess.run([str(workbench), "ingest", "--db", str(db)], check=True, capture_output=True)
        with Store(db) as store:
            ids = [row[0] for row in store.conn.execute("SELECT id FROM documents ORDER BY id")]
            texts = [store.document_text(i) for i in ids]
    import rjieba

    recognizer = default_recognizer()
    rjieba.cut(texts[0])
    recognizer.recognise(texts[0])
    characters = sum(len(t) for t in texts)
    segment = best_of(3, lambda: [rjieba.cut(t) for t in texts])
    tag = best_of(3, lambda: [rjieba.tag(t) for t in texts])
    recognise = best_of(3, lambda: [recognizer.recognise(t) for t in texts])
    mentions = sum(len(recognizer.recognise(t)) for t in texts)
    print(f"corpus: {len(texts)} documents, {characters} characters, {mentions} mentions")
    print(f"rjieba cut (baseline)   {segment * 1000:8.1f} ms   1.00x")
    print(f"rjieba tag              {tag * 1000:8.1f} ms   {tag / segment:5.2f}x")
    print(f"recogniser              {recognise * 1000:8.1f} ms   {recognise / segment:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
