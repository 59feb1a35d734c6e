"""What the analyst's lexicon costs, as ratios to baselines measured in the same run.

1. Recognising the whole corpus through the store's lexicon (200 taught names, a
   merge, never-names) against plain ``jieba.lcut`` over the same texts.
2. Applying one taught name to a store 100× the corpus: finding the documents that
   hold it and recognising only those, against recognising the same documents
   from scratch (what applying costs beyond the recognition it cannot avoid),
   and against recognising every document (what it saves).

    .venv/bin/python bench/bench_lexicon.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import jieba
from bench_store import multiply_store
from timing import best_of

from workbench.core.operations.entities import (
    merge_entities,
    never_an_entity,
    teach_name,
)
from workbench.core.pipeline import (
    apply_names_at,
    ingest_files,
    recognise_again,
    recognizer_for,
)
from workbench.core.progress import Progress
from workbench.core.store import Store
from workbench.core.store.entities import documents_containing

NAME = "北大汇丰智库"  # in one corpus document, so in 1 of 38 documents of each copy


def teach_a_lexicon(store: Store) -> None:
    """200 taught names (made up, so they cost a look-up and never match), a merge and
    two never-names: the size of a lexicon after some weeks of use."""
    for number in range(200):
        teach_name(store, f"测试企业{number:03d}号", "ORG")
    merge_entities(store, ("台积电", "ORG"), [("三星", "ORG")])
    never_an_entity(store, "一家")
    never_an_entity(store, "该公司")


def bench_recognition(store: Store) -> None:
    texts = [row[0] for row in store.conn.execute("SELECT text FROM documents")]
    jieba.lcut("预热")  # the dictionary loads once, outside the timing
    recognizer = recognizer_for(store)
    recognizer.recognise("预热")
    baseline = best_of(lambda: [jieba.lcut(t) for t in texts], 3)
    taught = best_of(lambda: [recognizer.recognise(t) for t in texts], 3)
    print(
        f"recognise corpus with the store's lexicon: {taught * 1000:.0f} ms; "
        f"jieba.lcut {baseline * 1000:.0f} ms; ratio {taught / baseline:.2f}"
    )


def bench_apply(folder: Path, seeds: Path) -> None:
    big = folder / "big.sqlite3"
    multiply_store(seeds, big, 100)
    with Store(big) as store:
        total = store.document_count()
        teach_name(store, NAME, "ORG")
        holders = documents_containing(store.conn, [NAME])
        start = time.perf_counter()
        applied = apply_names_at(big, [NAME], Progress())
        apply_time = time.perf_counter() - start
        start = time.perf_counter()
        recognise_again(store, holders)
        scratch = time.perf_counter() - start
        sample = store.document_ids()[:200]
        start = time.perf_counter()
        recognise_again(store, sample)
        every = (time.perf_counter() - start) * total / len(sample)
    print(
        f"apply one name on {total:,} documents: {len(applied.recognised)} recognised again "
        f"in {apply_time:.2f} s; the same documents from scratch {scratch:.2f} s; "
        f"ratio {apply_time / scratch:.2f}; every document (estimated from 200) "
        f"{every:.0f} s, ratio {apply_time / every:.3f}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = folder / "seeds.sqlite3"
        with Store(seeds) as store:
            ingest_files(store, None, Progress())
            teach_a_lexicon(store)
            bench_recognition(store)
        bench_apply(folder, seeds)


if __name__ == "__main__":
    main()
