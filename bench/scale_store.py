"""Stores N times the bundled corpus, with texts varied so the vocabulary grows.

``build_scaled_store(path, factor)`` copies every document of the corpus store
``factor - 1`` more times.  Copy k rotates every ASCII digit by k and renames about
two thirds of the companies, places and people it names (a different two thirds
per copy) to made-up names of the same length, in the text, its Simplified copy
and the title; the rest keep their names, so 台积电 or 产能 still occur in many
copies.  Lengths never change, so each copy's mentions, recognition and
extraction records, sheet rows and near-duplicate signature are copied by offset
(a mention's text is read again from the new text; a renamed entity gets its new
canonical name and an entity record).  Every write goes through the store's own
triggers, so the search index is built as an import would build it.

Used by bench/bench_search.py and bench/bench_scale.py::

    from scale_store import build_scaled_store
    build_scaled_store(Path("/tmp/x/100x.sqlite3"), 100)
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.store import Store

RENAMED_TYPES = ("ORG", "GPE", "PERSON")
# Characters written alike in both scripts, for made-up names.
NAME_CHARACTERS = (
    "安宝北昌成川达大德东方丰福高光广海和恒弘华佳建江金京锦晶景凯康科蓝力利联林龙美明南鹏"
    "平启庆瑞润森山上盛世顺泰天通同万旺威伟文祥新信星兴旭扬阳耀业一益英永优宇元远跃云"
    "泽正志中卓"
)
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"


def corpus_store(folder: Path) -> Path:
    """The bundled corpus ingested into ``folder/corpus-1x.sqlite3`` (made once)."""
    from workbench.core.pipeline import ingest_files

    path = folder / "corpus-1x.sqlite3"
    if not path.exists():
        partial = folder / "corpus-1x.partial.sqlite3"
        for leftover in folder.glob("corpus-1x.partial.sqlite3*"):
            leftover.unlink()
        with Store(partial) as store:
            ingest_files(store)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.replace(path)
    return path


def made_up_name(copy: int, canonical: str, written: str) -> str:
    """A name of ``written``'s length standing for ``canonical`` in copy ``copy``."""
    rng = random.Random(f"{copy}\x1f{canonical}")
    out = []
    for character in written:
        if character.isascii() and character.isalpha():
            letter = rng.choice(_LATIN)
            out.append(letter if character.isupper() else letter.lower())
        elif character.isascii() and not character.isalnum():
            out.append(character)
        else:
            out.append(rng.choice(NAME_CHARACTERS))
    return "".join(out)


def renamed(copy: int, canonical: str) -> bool:
    return random.Random(f"renamed\x1f{copy}\x1f{canonical}").random() < 2 / 3


def _vary(copy: int, text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with digits rotated by ``copy`` and the renamed spans replaced."""
    shift = copy % 10
    table = str.maketrans(_DIGITS, _DIGITS[shift:] + _DIGITS[:shift])
    out, last = [], 0
    for start, end, canonical in spans:
        out.append(text[last:start].translate(table))
        out.append(made_up_name(copy, canonical, text[start:end]))
        last = end
    out.append(text[last:].translate(table))
    return "".join(out)


def _renamed_spans(copy: int, mentions: list[sqlite3.Row]) -> list[tuple[int, int, str]]:
    spans, reach = [], 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if m["type"] in RENAMED_TYPES and m["start"] >= reach and renamed(copy, m["canonical"]):
            spans.append((m["start"], m["end"], m["canonical"]))
            reach = m["end"]
    return spans


def _vary_title(copy: int, title: str, names: dict[str, str]) -> str:
    shift = copy % 10
    for written, new in sorted(names.items(), key=lambda item: -len(item[0])):
        title = title.replace(written, new)
    return title.translate(str.maketrans(_DIGITS, _DIGITS[shift:] + _DIGITS[:shift]))


def build_scaled_store(
    path: Path | str, factor: int, source: Path | str | None = None, *, verbose: bool = False
) -> Path:
    """A store at ``path`` holding the corpus store ``source`` (the bundled corpus,
    ingested next to ``path``, when None) ``factor`` times over, each copy varied.

    ``path`` is replaced if it exists.  Returns ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    source = Path(source) if source is not None else corpus_store(path.parent)
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    shutil.copy(source, path)
    began = time.perf_counter()
    with Store(path) as store:
        conn = store.conn
        _copy(store, conn, factor, verbose)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if verbose:
        print(f"built {path.name} ({factor}×) in {time.perf_counter() - began:.1f} s")
    return path


def _copy(store: Store, conn: sqlite3.Connection, factor: int, verbose: bool) -> None:
    documents = conn.execute("SELECT * FROM documents ORDER BY id").fetchall()
    mentions: dict[int, list[sqlite3.Row]] = {}
    for m in conn.execute("SELECT * FROM mentions ORDER BY document_id, start"):
        mentions.setdefault(m["document_id"], []).append(m)
    doc_columns = [c for c in documents[0].keys() if c not in ("id", "created_at")]  # noqa: SIM118
    mention_columns = ["document_id", "start", "end", "type", "text", "canonical"]
    mention_columns += ["value_low", "value_high", "unit"]
    seen = {doc["content_hash"] for doc in documents}
    for copy in range(1, factor):
        ids: list[tuple[int, int]] = []
        with store.transaction():
            new_mentions, new_entities = [], set()
            for doc in documents:
                spans = _renamed_spans(copy, mentions.get(doc["id"], []))
                text = _vary(copy, doc["text"], spans)
                simplified = _vary(copy, doc["text_simplified"], spans)
                names = {doc["text"][s:e]: text[s:e] for s, e, _c in spans}
                names.update({doc["text_simplified"][s:e]: simplified[s:e] for s, e, _c in spans})
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if digest in seen:  # nothing to vary in this text: the same text again
                    digest = f"{digest}:{copy}"
                seen.add(digest)
                row = dict(doc)
                row.update(
                    text=text,
                    text_simplified=simplified,
                    title=_vary_title(copy, doc["title"], names),
                    title_simplified=_vary_title(copy, doc["title_simplified"], names),
                    content_hash=digest,
                )
                cursor = conn.execute(
                    f"INSERT INTO documents ({','.join(doc_columns)}) "
                    f"VALUES ({','.join('?' * len(doc_columns))})",
                    [row[c] for c in doc_columns],
                )
                new_id = cursor.lastrowid
                ids.append((doc["id"], new_id))
                renamed_here = {c for _s, _e, c in spans}
                for m in mentions.get(doc["id"], []):
                    canonical = m["canonical"]
                    if m["type"] in RENAMED_TYPES and canonical in renamed_here:
                        canonical = made_up_name(copy, canonical, canonical)
                        new_entities.add((canonical, m["type"]))
                    new_mentions.append(
                        (new_id, m["start"], m["end"], m["type"], text[m["start"] : m["end"]],
                         canonical, m["value_low"], m["value_high"], m["unit"])
                    )  # fmt: skip
            conn.executemany(
                f"INSERT INTO mentions ({','.join(f'{c!r}' for c in mention_columns)}) "
                f"VALUES ({','.join('?' * len(mention_columns))})".replace("'", '"'),
                new_mentions,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO entities (canonical, type, source) VALUES (?, ?, 'rule')",
                sorted(new_entities),
            )
            _copy_per_document_rows(conn, ids)
        if verbose and (copy % max(1, factor // 10) == 0 or copy == factor - 1):
            print(f"  copy {copy} of {factor - 1}", flush=True)


_PER_DOCUMENT = {
    "recognition_runs": "recognizer_version, mention_count",
    "extraction_runs": "extractor_version, capacity_rows, cluster_rows",
    "document_signatures": "scheme, shingles, signature",
}


def _copy_per_document_rows(conn: sqlite3.Connection, ids: list[tuple[int, int]]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS copied (old INTEGER, new INTEGER)")
    conn.execute("DELETE FROM temp.copied")
    conn.executemany("INSERT INTO temp.copied VALUES (?, ?)", ids)
    for table, columns in _PER_DOCUMENT.items():
        conn.execute(
            f"INSERT INTO {table} (document_id, {columns}) "
            f"SELECT c.new, {columns} FROM {table} t JOIN temp.copied c ON t.document_id = c.old"
        )
    conn.execute(
        "INSERT INTO occurrences (document_id, source_file, line, tag) "
        "SELECT c.new, source_file, line, tag FROM occurrences o "
        "JOIN temp.copied c ON o.document_id = c.old"
    )
    for table in ("capacity_rows", "cluster_rows"):
        columns = [
            row[1]
            for row in conn.execute(f"PRAGMA table_info({table})")
            if row[1] not in ("id", "document_id", "merged_into", "created_at", "updated_at")
        ]
        listed = ", ".join(f'"{c}"' for c in columns)
        selected = ", ".join(f't."{c}"' for c in columns)
        merged = " WHERE t.merged_into IS NULL" if table == "capacity_rows" else ""
        conn.execute(
            f"INSERT INTO {table} (document_id, {listed}) "
            f"SELECT c.new, {selected} "
            f"FROM {table} t JOIN temp.copied c ON t.document_id = c.old{merged}"
        )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("factor", type=int)
    parser.add_argument("--source", type=Path, help="corpus store to copy (default: ingest)")
    arguments = parser.parse_args()
    if arguments.factor < 1:
        parser.error("factor: must be 1 or more")
    build_scaled_store(arguments.path, arguments.factor, arguments.source, verbose=True)
