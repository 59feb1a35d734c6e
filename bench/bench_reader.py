"""Reader speed, as ratios to loading the plain text alone in the same run.

Baseline: a bare ``QPlainTextEdit`` of the same size given the same text, then
painted once (which lays out what is on screen).  Measured against it:

1. the longest seed document (the cluster report) opened in the Reader panel
   with every highlight formatted, painted;
2. a synthetic 1,000,000-character document with 50,000 stored mentions: the
   time ``open_document`` holds the UI thread, the longest single event-loop
   turn while the remaining highlights are formatted in the background, the time
   until every block is formatted, and the longest turn while jumping through
   the document (scrolling to ten places, each painted).

Runs on the offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from workbench.core.documents import Kind, ParsedDocument, ParsedFile
from workbench.core.pipeline import ingest_files
from workbench.core.store import Store
from workbench.core.store.mentions import replace_mentions
from workbench.models.session import Session
from workbench.views.reader_panel import ReaderPanel

SIZE = (1000, 800)
BIG_LENGTH = 1_000_000
BIG_MENTIONS = 50_000
REPEAT = 5
TYPES = ("ORG", "GPE", "PERSON", "MONEY", "PERCENT", "DATE", "QUANTITY", "PRODUCT")


@dataclass
class SyntheticMention:
    start: int
    end: int
    type: str
    text: str
    canonical: str
    value: dict | None = None


def synthetic_text(length: int, rng: random.Random) -> str:
    """Chinese-like paragraphs of 200–1,500 characters, as reports have."""
    alphabet = "产业集群制造业发展报告台积电产能芯片封装先进工厂投资政策上海深圳广东省年月亿元"
    paragraphs, total = [], 0
    while total < length:
        size = rng.randint(200, 1500)
        paragraphs.append("".join(rng.choices(alphabet, k=size)))
        total += size + 1
    return "\n".join(paragraphs)[:length]


def add_big_document(store: Store, rng: random.Random) -> int:
    text = synthetic_text(BIG_LENGTH, rng)
    document = ParsedDocument(
        kind=Kind.REPORT, title="合成长文档", text=text, raw_text=text, line=1, pages=500
    )
    parsed = ParsedFile("synthetic.txt", "utf-8", "report-listing", [document], "synthetic")
    [document_id] = store.store_parsed_file(parsed).new_document_ids
    step = BIG_LENGTH // BIG_MENTIONS
    mentions = []
    for i in range(BIG_MENTIONS):
        start = i * step + rng.randint(0, step - 5)
        end = start + rng.randint(2, 4)
        mentions.append(
            SyntheticMention(start, end, rng.choice(TYPES), text[start:end], text[start:end])
        )
    with store.transaction():
        replace_mentions(store.conn, document_id, mentions, "bench")
    return document_id


def baseline_ms(app: QApplication, text: str) -> float:
    """Best time for a bare QPlainTextEdit to take the text and paint its first screen."""
    best = float("inf")
    for _ in range(REPEAT):
        edit = QPlainTextEdit()
        edit.setReadOnly(True)
        edit.resize(*SIZE)
        edit.show()
        app.processEvents()
        began = time.perf_counter()
        edit.setPlainText(text)
        edit.viewport().repaint()
        best = min(best, time.perf_counter() - began)
        edit.close()
        edit.deleteLater()
        app.processEvents()
    return best * 1000


def open_fully_ms(app: QApplication, panel: ReaderPanel, document_id: int, other: int) -> float:
    """Best time to open a document with every highlight formatted, painted."""
    best = float("inf")
    for _ in range(REPEAT):
        panel.open_document(other)  # so the next open is a real load
        while not panel.highlighter.is_complete:
            app.processEvents()
        began = time.perf_counter()
        panel.open_document(document_id)
        while not panel.highlighter.is_complete:
            app.processEvents()
        panel.view.viewport().repaint()
        best = min(best, time.perf_counter() - began)
    return best * 1000


def turn_ms(app: QApplication) -> float:
    began = time.perf_counter()
    app.processEvents()
    return (time.perf_counter() - began) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3")
        ingest_files(store)
        session = Session(store)
        panel = ReaderPanel(session)
        panel.resize(*SIZE)
        panel.show()
        app.processEvents()

        longest = store.conn.execute(
            "SELECT id, title, length(text), "
            "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id) "
            "FROM documents d ORDER BY length(text) DESC LIMIT 1"
        ).fetchone()
        shortest = store.conn.execute(
            "SELECT id FROM documents ORDER BY length(text) LIMIT 1"
        ).fetchone()[0]
        document_id, title, length, mentions = longest
        base = baseline_ms(app, store.document_text(document_id))
        reader = open_fully_ms(app, panel, document_id, shortest)
        print(f"longest seed document: {title} ({length:,} characters, {mentions:,} mentions)")
        print(
            f"  plain text alone {base:.1f} ms; reader with all highlights {reader:.1f} ms; "
            f"ratio {reader / base:.2f}"
        )

        big = add_big_document(store, rng)
        base = baseline_ms(app, store.document_text(big))
        panel.open_document(shortest)
        app.processEvents()
        began = time.perf_counter()
        panel.open_document(big)
        panel.view.viewport().repaint()
        opened = (time.perf_counter() - began) * 1000
        fill_began = time.perf_counter()
        fill_turns = []
        while not panel.highlighter.is_complete:
            fill_turns.append(turn_ms(app))
        filled = (time.perf_counter() - fill_began) * 1000
        scroll_turns = []
        bar = panel.view.verticalScrollBar()
        for step in range(1, 11):
            began = time.perf_counter()
            bar.setValue(bar.maximum() * step // 10)
            app.processEvents()
            panel.view.viewport().repaint()
            scroll_turns.append((time.perf_counter() - began) * 1000)
        shown = panel.view.document().characterCount() - 1
        print(
            f"synthetic document: {BIG_LENGTH:,} characters in "
            f"{panel.view.document().blockCount():,} paragraphs, {BIG_MENTIONS:,} mentions; "
            f"{shown:,} characters in the reader (no paging)"
        )
        print(
            f"  plain text alone {base:.1f} ms; open (UI blocked once) {opened:.1f} ms, "
            f"ratio {opened / base:.2f}"
        )
        print(
            f"  background highlighting: {len(fill_turns)} event-loop turns over {filled:.0f} ms, "
            f"longest turn {max(fill_turns, default=0):.1f} ms "
            f"(ratio {max(fill_turns, default=0) / base:.2f})"
        )
        print(
            f"  jumping through the document: longest step {max(scroll_turns):.1f} ms "
            f"(ratio {max(scroll_turns) / base:.2f})"
        )
        panel.close()
        store.close()


if __name__ == "__main__":
    main()
