"""Capacity extraction against hand-labelled statements, on three sets.

- ``corpus``: tests/data/capacity_corpus_independent.jsonl, every capacity
  statement of the bundled corpus, labelled by reading the documents (not the
  output).  The seeds are ingested into a temporary store as on first run.
- ``unseen_tune``: tests/data/capacity_unseen_tune.jsonl, excerpts of articles
  from outside the corpus (other outlets and industries), labelled before the
  extractor first ran on them; tuned on.
- ``unseen_test``: tests/data/capacity_unseen_test.jsonl, the same kind of
  excerpts, never tuned on: only its scores are printed, never its errors.

Unseen excerpts are imported as text files into a temporary store, so they go
through the pipeline an analyst's files go through (store, recognise, extract).

A labelled statement is found when an extracted row of its document overlaps
its quote (preferring a row with the same figure).  Precision counts every
extracted row of the labelled documents; field accuracy is over found
statements: company (as written or canonical), unit (canonical unit and
qualifier), value (canonical low and high), year, status, measure, scope.

    .venv/bin/python bench/bench_extraction.py [--only SET] [--errors]

Also prints extraction time as a ratio to ingest time measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extraction.capacity import canonical_company  # noqa: E402
from workbench.core.pipeline import extract_all, import_paths, ingest_files  # noqa: E402
from workbench.core.script import to_simplified  # noqa: E402
from workbench.core.store import Store  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {
    "corpus": DATA / "capacity_corpus_independent.jsonl",
    "unseen_tune": DATA / "capacity_unseen_tune.jsonl",
    "unseen_test": DATA / "capacity_unseen_test.jsonl",
}
# Errors of these are never printed: they measure, they are not tuned on.
NEVER_SHOW_ERRORS = {"unseen_test"}
FIELDS = ("company", "unit", "value", "year", "status", "measure", "scope")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _fold(text) -> str:
    return "".join(to_simplified(str(text or "")).casefold().split())


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


@dataclass
class Score:
    gold: int = 0
    rows: int = 0
    found: int = 0
    right: dict = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.rows += other.rows
        self.found += other.found
        for key in FIELDS:
            self.right[key] += other.right[key]
        self.errors.extend(other.errors)

    def lines(self, name: str) -> list[str]:
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.found / self.rows if self.rows else 0.0
        out = [
            f"{name}: {self.gold} statements, {self.rows} rows extracted, {self.found} found: "
            f"recall {recall:.3f}  precision {precision:.3f}"
        ]
        fields = "  ".join(
            f"{key} {self.right[key] / self.found:.3f}" if self.found else f"{key} -"
            for key in FIELDS
        )
        out.append(f"  right among found: {fields}")
        return out


def _company_right(entry: dict, row: dict) -> bool:
    """The same company: the same name in either script, the dictionaries' canonical
    name of the labelled one, or one name holding the other (宁德时代 / 宁德时代新能源)."""
    gold = _fold(entry["company"])
    if not gold:
        return not _fold(row["company"])
    names = {_fold(row["company"]), _fold(row["company_written"])} - {""}
    if gold in names or _fold(canonical_company(entry["company"])) in names:
        return True
    return any(len(name) >= 2 and (gold in name or name in gold) for name in names)


def _unit_right(entry: dict, row: dict) -> bool:
    return _fold(entry["unit"]) == _fold(row["std_unit"]) and _fold(
        entry.get("qualifier")
    ) == _fold(row["unit_qualifier"])


def score_document(entries: list[dict], rows: list[dict], text: str, label: str) -> Score:
    score = Score(gold=len(entries), rows=len(rows))
    left = list(rows)
    for entry in entries:
        at = text.find(entry["quote"])
        lo, hi = at, at + len(entry["quote"])
        overlapping = [r for r in left if r["start"] < hi and r["end"] > lo]
        if at < 0 or not overlapping:
            score.errors.append(f"missed [{label}] {entry['quote']}")
            continue
        # the row stating this figure: the same value, its figure inside the quote
        row = min(
            overlapping,
            key=lambda r: (
                not _close(r["std_low"], entry["value_low"]),
                not (lo < r["end"] <= hi),
                abs(r["end"] - hi),
            ),
        )
        left.remove(row)
        score.found += 1
        checks = {
            "company": _company_right(entry, row),
            "unit": _unit_right(entry, row),
            "value": _close(row["std_low"], entry["value_low"])
            and _close(row["std_high"], entry["value_high"]),
            "year": row["year"] == entry["year"],
            "status": (row["status"] or "") == (entry["status"] or ""),
            "measure": row["measure"] == entry["measure"],
            "scope": row["scope"] == entry["scope"],
        }
        for key, ok in checks.items():
            score.right[key] += bool(ok)
            if not ok:
                got = {
                    "company": f"{row['company']} / {row['company_written']}",
                    "unit": f"{row['std_unit']} {row['unit_qualifier']}",
                    "value": f"{row['std_low']}–{row['std_high']}",
                    "year": row["year"],
                    "status": row["status"],
                    "measure": row["measure"],
                    "scope": row["scope"],
                }[key]
                want = {
                    "company": entry["company"],
                    "unit": f"{entry['unit']} {entry.get('qualifier', '')}",
                    "value": f"{entry['value_low']}–{entry['value_high']}",
                }.get(key, entry.get(key))
                score.errors.append(
                    f"{key:8} [{label}] {entry['quote']}: want {want!r}, got {got!r}"
                )
    for row in left:
        score.errors.append(f"extra   [{label}] {row['quote'][-50:]}")
    return score


def _rows(conn, document_ids) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {d: [] for d in document_ids}
    cursor = conn.execute("SELECT * FROM capacity_rows WHERE review = 'auto' ORDER BY id")
    names = [column[0] for column in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        if row["document_id"] in out:
            out[row["document_id"]].append(row)
    return out


def score_corpus(folder: Path) -> tuple[Score, float]:
    store = Store(folder / "corpus.sqlite3")
    started = time.perf_counter()
    ingest_files(store)
    ingest_seconds = time.perf_counter() - started
    started = time.perf_counter()
    extract_all(store)
    extract_seconds = time.perf_counter() - started
    conn = store.conn
    documents = conn.execute("SELECT id, title, text FROM documents").fetchall()
    entries = load(SETS["corpus"])
    by_document: dict[int, list[dict]] = {}
    for entry in entries:
        ids = [d for d, title, _ in documents if entry["doc"] in title]
        by_document.setdefault(ids[0], []).append(entry)
    texts = {d: text for d, _, text in documents}
    titles = {d: title for d, title, _ in documents}
    rows = _rows(conn, texts)
    score = Score()
    for document_id, text in texts.items():
        score.add(
            score_document(
                by_document.get(document_id, []),
                rows[document_id],
                text,
                titles[document_id][:16],
            )
        )
    store.close()
    return score, extract_seconds / ingest_seconds


def score_unseen(path: Path, folder: Path) -> Score:
    articles = load(path)
    files = folder / path.stem
    files.mkdir()
    for article in articles:
        (files / f"{article['id']}.txt").write_text(article["text"], "utf-8")
    store = Store(folder / f"{path.stem}.sqlite3")
    report = import_paths(store, sorted(files.iterdir()))
    ids = {r.path.stem: r.document_id for r in report.results}
    conn = store.conn
    rows = _rows(conn, set(ids.values()))
    score = Score()
    for article in articles:
        document_id = ids[article["id"]]
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
        score.add(score_document(article["statements"], rows[document_id], text, article["id"]))
    store.close()
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SETS))
    parser.add_argument(
        "--errors", action="store_true", help="list errors (never of the test part)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for set_name, path in SETS.items():
            if args.only and set_name != args.only:
                continue
            if not path.exists():
                print(f"{set_name}: {path.name} not found")
                continue
            if set_name == "corpus":
                score, ratio = score_corpus(folder)
            else:
                score, ratio = score_unseen(path, folder), None
            for line in score.lines(set_name):
                print(line)
            if ratio is not None:
                print(f"  extraction took {ratio:.2f}× the time of ingest")
            if args.errors and set_name not in NEVER_SHOW_ERRORS:
                for error in sorted(score.errors):
                    print("   ", error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
