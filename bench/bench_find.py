"""Find in document speed, as ratios to a plain ``str.find`` scan of the same text.

Baseline: counting every occurrence of the query in the text as stored, with
``str.find`` (what a find that knew only one script, one case and one width would
cost).  Measured against it, on the longest seed document and on a synthetic
1,000,000-character text (the largest document an import allows):

1. folding the text once per opened document (``core.find_in_text.fold``: t2s,
   width and case), which the Reader keeps while the document stays open, from
   the text alone and from the stored Simplified copy (what the Reader does);
2. each query over the folded text (``find_all``), for a rare name, a common
   two-character word and a single very common character (thousands of hits);
3. in the Reader (offscreen Qt): the find bar's query to every hit marked and the
   count shown, and the longest event-loop turn while the marks are formatted.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.find_in_text import find_all, fold

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
QUERIES = ("台積電", "产业", "的")


def best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def plain_count(text: str, query: str) -> int:
    count, at = 0, text.find(query)
    while at >= 0:
        count += 1
        at = text.find(query, at + len(query))
    return count


def measure(name: str, text: str) -> None:
    print(f"\n{name}: {len(text):,} characters")
    baseline = best(lambda: [plain_count(text, q) for q in QUERIES])
    print(f"  baseline str.find over {len(QUERIES)} queries: {baseline * 1000:.1f} ms")
    fold_time = best(lambda: fold(text), repeat=3)
    print(f"  fold once per document: {fold_time * 1000:.1f} ms ({fold_time / baseline:.1f}×)")
    simplified = fold(text)  # stands in for the stored copy: same length, Simplified
    from_copy = best(lambda: fold(text, simplified), repeat=3)
    print(f"  fold from the stored copy: {from_copy * 1000:.1f} ms ({from_copy / baseline:.1f}×)")
    folded = fold(text)
    for query in QUERIES:
        hits = find_all(folded, query)
        took = best(lambda q=query: find_all(folded, q))
        print(f"  find_all {query!r}: {len(hits):,} hits in {took * 1000:.2f} ms")


def synthetic(length: int = 1_000_000) -> str:
    rng = random.Random(7)
    pieces = ["台積電擴產", "台积电", "产业集群", "的", "晶圓", "TSMC", "，", "。\n", "先进制造业"]
    pieces += [chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(200)]
    out, size = [], 0
    while size < length:
        piece = rng.choice(pieces)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:length]


def measure_reader(text: str) -> None:
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.core.documents import Kind, ParsedDocument, ParsedFile
    from workbench.core.store import Store
    from workbench.models.session import Session
    from workbench.views.reader_panel import ReaderPanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3")
        document = ParsedDocument(kind=Kind.REPORT, title="合成", text=text, raw_text=text, line=1)
        parsed = ParsedFile("synthetic.txt", "utf-8", "report-listing", [document], "synthetic")
        [doc] = store.store_parsed_file(parsed).new_document_ids
        panel = ReaderPanel(Session(store))
        panel.resize(900, 700)
        panel.show()
        panel.open_document(doc)
        app.processEvents()
        for query in QUERIES:
            panel.find_bar.open_bar(None)
            began = time.perf_counter()
            panel.find_bar.edit.setText(query)
            panel._find(query)
            shown = time.perf_counter() - began
            panel.highlighter.longest_slice = 0.0
            loop = QEventLoop()
            panel.highlighter.completed.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            panel.highlighter.completed.disconnect(loop.quit)
            print(
                f"  Reader {query!r}: {panel.highlighter.find_hit_count:,} hits marked and "
                f"counted in {shown * 1000:.0f} ms; longest turn while formatting "
                f"{panel.highlighter.longest_slice * 1000:.0f} ms"
            )
        panel.close()
        panel.deleteLater()
        app.processEvents()
        store.close()


def main() -> int:
    longest = max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    measure(f"longest seed file {longest.name}", longest.read_text(encoding="utf-8"))
    text = synthetic()
    measure("synthetic document", text)
    measure_reader(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
