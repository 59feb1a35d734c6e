"""Capacity extraction against the hand-checked list (tests/data/capacity_gold.jsonl).

Ingests the bundled seeds into a temporary store, runs extraction, and reports
precision and recall of capacity rows (a row matches a gold entry when it comes
from the same document, has the same low/high values and its quote overlaps the
gold quote), field accuracy on matched rows, the cluster row count, and the
extraction time as a ratio to ingest time measured in the same run.

    .venv/bin/python bench/bench_extraction.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.pipeline import extract_all, ingest_files  # noqa: E402
from workbench.core.script import to_simplified  # noqa: E402
from workbench.core.store import Store  # noqa: E402

GOLD = ROOT / "tests" / "data" / "capacity_gold.jsonl"


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 1e-9


def match(store: Store, gold: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    conn = store.conn
    titles = dict(conn.execute("SELECT id, title FROM documents").fetchall())
    rows = [dict(r) for r in conn.execute("SELECT * FROM capacity_rows WHERE review = 'auto'")]
    texts = dict(conn.execute("SELECT id, text FROM documents").fetchall())
    unmatched_rows = list(rows)
    pairs, missed = [], []
    for entry in gold:
        doc_ids = [i for i, t in titles.items() if entry["doc"] in t]
        found = None
        for row in unmatched_rows:
            if row["document_id"] not in doc_ids:
                continue
            if not (
                _same(row["value_low"], entry["low"]) and _same(row["value_high"], entry["high"])
            ):
                continue
            text = texts[row["document_id"]]
            at = text.find(entry["quote"], max(0, row["start"] - 200))
            if at == -1 or at > row["end"] + 5 or at + len(entry["quote"]) < row["start"] - 5:
                continue
            found = row
            break
        if found is None:
            missed.append(entry)
        else:
            unmatched_rows.remove(found)
            pairs.append((entry, found))
    return pairs, missed, unmatched_rows


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        ingest_files(store)
        ingest_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = extract_all(store)
        extract_seconds = time.perf_counter() - started
        gold = load_gold()
        pairs, missed, extra = match(store, gold)
        precision = len(pairs) / (len(pairs) + len(extra)) if pairs or extra else 0.0
        recall = len(pairs) / len(gold)
        print(report.summary())
        print(
            f"capacity: gold {len(gold)}, extracted {len(pairs) + len(extra)}, matched {len(pairs)}"
        )
        print(f"precision {precision:.3f}  recall {recall:.3f}")
        for field in ("company", "year", "unit"):
            right = 0
            for entry, row in pairs:
                if field == "unit":
                    right += to_simplified(entry["unit"]) in to_simplified(row["unit"])
                elif field == "company":
                    right += to_simplified(entry["company"]) == to_simplified(row["company"])
                else:
                    right += entry["year"] == row["year"]
            print(f"  {field:8} right on {right}/{len(pairs)} matched rows")
        for entry in missed:
            print(f"  missed: {entry['doc']} {entry['quote']}")
        for row in extra:
            print(f"  extra: document {row['document_id']} {row['quote'][-40:]}")
        clusters = store.conn.execute(
            "SELECT count(*) FROM cluster_rows r JOIN documents d ON d.id = r.document_id "
            "WHERE d.title LIKE '全球先进制造业集群发展趋势报告%'"
        ).fetchone()[0]
        total = store.conn.execute("SELECT count(*) FROM cluster_rows").fetchone()[0]
        print(f"clusters: {clusters} rows from the cluster report's table, {total} in all")
        print(f"extraction took {extract_seconds / ingest_seconds:.2f}× the time of ingest")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
