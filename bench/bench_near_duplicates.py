"""Near duplicates: what the check costs beside recognition, and the figures behind the thresholds.

    .venv/bin/python bench/bench_near_duplicates.py

1. Per document, in the same run: shingling and signing the text plus checking it
   against every stored signature (``find_near_duplicate``), against recognising its
   entities (the step every imported document goes through next).  Measured on a
   store of the bundled corpus and on one of 3,800 documents (the corpus 100 times,
   each copy's Chinese characters shifted by its own code-point offset, so no two
   copies share a shingle and the sizes stay those of real documents).
2. Catching up: signing the 3,800 documents of a store from before signatures
   (what the first import after the upgrade does), and opening a 100-document
   store from before migration 0009.
3. The similarities the thresholds were set from: every pair of distinct corpus
   documents, and corpus articles as a PDF's text, inside a web page's chrome, in
   mainland wording, and with sentences replaced.
"""

from __future__ import annotations

import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import best_of  # noqa: E402

from tests.near_duplicate_texts import as_pdf_text, corpus_texts, in_web_page  # noqa: E402
from workbench.core import near_duplicates as nd  # noqa: E402
from workbench.core.ingest import store_corpus_files  # noqa: E402
from workbench.core.nlp import default_recognizer  # noqa: E402
from workbench.core.script import to_simplified  # noqa: E402
from workbench.core.store import Store  # noqa: E402
from workbench.core.store.near_duplicates import (  # noqa: E402
    find_near_duplicate,
    save_signature,
    update_signatures,
)

COPIES = 100


def shifted(text: str, offset: int) -> str:
    """The text with every CJK Unified Ideograph moved ``offset`` code points (wrapping)."""
    low, size = 0x4E00, 0x9FFF - 0x4E00 + 1
    return "".join(
        chr(low + (ord(c) - low + offset) % size) if low <= ord(c) <= 0x9FFF else c for c in text
    )


def big_store(seeds: Path, target: Path) -> None:
    """COPIES shifted copies of every seed document, without signatures."""
    with Store(seeds) as small, Store(target) as big:
        rows = small.conn.execute("SELECT * FROM documents ORDER BY id").fetchall()
        columns = [c for c in rows[0].keys() if c != "id"]  # noqa: SIM118 (sqlite3.Row)
        marks = ",".join("?" * len(columns))
        with big.transaction():
            for copy in range(1, COPIES + 1):
                offset = copy * 211
                big.conn.executemany(
                    f"INSERT INTO documents ({','.join(columns)}) VALUES ({marks})",
                    [
                        tuple(
                            f"{r[c]}-{copy}"
                            if c == "content_hash"
                            else shifted(r[c], offset)
                            if c in ("text", "text_simplified")
                            else r[c]
                            for c in columns
                        )
                        for r in rows
                    ],
                )


def per_document(store: Store, label: str, recognizer) -> None:
    """Sign and check each corpus document as the newest in ``store``; recognise it."""
    conn = store.conn
    texts = list(corpus_texts().values())
    texts = list(dict.fromkeys(texts))  # five articles appear in two files
    first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
    with store.transaction():
        for offset, text in enumerate(texts):
            conn.execute(
                "INSERT INTO documents (id, content_hash, kind, title, title_simplified, text, "
                "text_simplified, raw_text, script) VALUES (?, ?, 'article', '', '', ?, ?, ?, '')",
                (first_id + offset, f"bench-{offset}", text, to_simplified(text), text),
            )
    ids = list(range(first_id, first_id + len(texts)))
    simplified = [to_simplified(t) for t in texts]

    def sign_and_check():
        for document_id, text in zip(ids, simplified, strict=True):
            save_signature(conn, document_id, text)
            find_near_duplicate(conn, document_id)

    def sign_only():
        for text in simplified:
            nd.signature(nd.shingles_of_simplified(text))

    def recognise():
        for text in texts:
            recognizer.recognise(text)

    with store.transaction():
        sign_and_check()  # warm: the first check signs nothing else; compiled regexes
    signing = best_of(sign_only, 3)
    with store.transaction():
        checking = best_of(sign_and_check, 3)
    recognising = best_of(recognise, 3)
    count = len(texts)
    stored = store.document_count()
    print(
        f"per document, {label} ({stored} stored): signature {signing / count * 1000:.2f} ms, "
        f"signature + check {checking / count * 1000:.2f} ms; recognising "
        f"{recognising / count * 1000:.1f} ms; ratio {checking / recognising:.3f}"
    )


def catching_up(seeds: Path, folder: Path) -> Path:
    big = folder / "big.sqlite3"
    big_store(seeds, big)
    with Store(big) as store:
        started = time.perf_counter()
        signed = update_signatures(store)
        took = time.perf_counter() - started
    print(
        f"signing a store from before signatures: {signed} documents in {took:.2f} s "
        f"({took / signed * 1000:.2f} ms each)"
    )
    # A 100-document store from before migration 0009: drop its tables and record.
    hundred = folder / "hundred.sqlite3"
    shutil.copy(big, hundred)
    with Store(hundred) as store, store.transaction():
        store.conn.execute("DELETE FROM documents WHERE id > 100")
        store.conn.execute("DROP TABLE near_duplicates")
        store.conn.execute("DROP TABLE document_signatures")
        store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_near_duplicates'")
    started = time.perf_counter()
    with Store(hundred):
        took = time.perf_counter() - started
    print(f"opening a 100-document store from before migration 0009: {took * 1000:.0f} ms")
    return big


def figures() -> None:
    corpus = corpus_texts()
    texts = {t: x for t, x in corpus.items() if len(nd.shingles(x)) >= nd.MIN_SHINGLES}
    sets = {t: nd.shingles(x) for t, x in texts.items()}
    pairs = [
        (nd.resemblance(sets[a], sets[b]), a, b)
        for a, b in itertools.combinations(sorted(set(sets)), 2)
        if texts[a] != texts[b]
    ]
    worst_j = max(pairs, key=lambda p: p[0].jaccard)
    worst_c = max(pairs, key=lambda p: p[0].containment)
    print(
        f"distinct corpus documents ({len(pairs)} pairs): largest Jaccard "
        f"{worst_j[0].jaccard:.3f} ({worst_j[1]} / {worst_j[2]}), largest containment "
        f"{worst_c[0].containment:.3f} ({worst_c[1]} / {worst_c[2]})"
    )
    articles = {t: x for t, x in texts.items() if len(x) > 900 and not t.startswith("20")}
    import opencc

    mainland = opencc.OpenCC("tw2sp")
    rows = {
        "as a PDF's text": [
            nd.resemblance(sets[t], nd.shingles(as_pdf_text(x))) for t, x in articles.items()
        ],
        "inside web-page chrome": [
            nd.resemblance(sets[t], nd.shingles(in_web_page(t, x))) for t, x in articles.items()
        ],
        "in mainland wording (tw2sp)": [
            nd.resemblance(sets[t], nd.shingles(mainland.convert(x)))
            for t, x in articles.items()
            if mainland.convert(x) != x
        ],
    }
    rng = random.Random(5)
    pool = [s for x in texts.values() for s in x.split("。") if len(s) > 15]
    for share in (0.05, 0.1, 0.2):

        def replaced(text, share=share):
            sentences = text.split("。")
            chosen = set(rng.sample(range(len(sentences)), round(len(sentences) * share)))
            return "。".join(
                rng.choice(pool) if i in chosen else s for i, s in enumerate(sentences)
            )

        rows[f"{share:.0%} of sentences replaced"] = [
            nd.resemblance(sets[t], nd.shingles(replaced(x))) for t, x in articles.items()
        ]
    for label, measured in rows.items():
        values = [m.jaccard for m in measured]
        caught = sum(m.is_near_duplicate for m in measured)
        print(
            f"corpus articles {label}: Jaccard median {statistics.median(values):.3f}, "
            f"lowest {min(values):.3f}; near duplicates: {caught} of {len(measured)}"
        )


def main() -> None:
    recognizer = default_recognizer()
    recognizer.recognise("台積電在新竹擴產")  # dictionaries and OpenCC loaded before timing
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = folder / "seeds.sqlite3"
        with Store(seeds) as store:
            store_corpus_files(store)
        copy = folder / "seeds-copy.sqlite3"
        shutil.copy(seeds, copy)
        with Store(copy) as store:
            per_document(store, "corpus store, each with its stored copy", recognizer)
        big = catching_up(seeds, folder)
        with Store(big) as store:
            per_document(store, "large store, no copies", recognizer)
    figures()


if __name__ == "__main__":
    main()
