"""Several analysts at once on one store: processes annotating and editing the same sheet
cells for a while, and a check that every acknowledged edit is in the store afterwards.

Each analyst (``python -m tests.analyst_load LOCATION SECONDS SEED OUT``, a process of
its own) annotates documents and edits the notes of the same few capacity rows as
the others, each edit checked against the value it was shown (so two analysts on one
cell make a conflict, reported, never an overwrite).  It writes what the store
acknowledged, the conflicts it was told of, any other failure and each operation's
latency to OUT as JSON.  ``run_analysts`` starts them and :func:`check` reads the
store afterwards.  Used by tests/core/test_analyst_load.py (briefly) and by
bench/bench_team_load.py (60 s, with operations per second and latencies).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROWS = 6  # capacity rows every analyst edits: few, so that edits meet
DOCUMENTS = 10


def _analyst(location: str, seconds: float, seed: int, out: Path) -> None:
    from workbench.core.operations.annotations import annotate
    from workbench.core.operations.sheets import edit_cell
    from workbench.core.sheets import CAPACITY
    from workbench.core.sheets.rows import EditConflict, get_row
    from workbench.core.store import Store

    rng = random.Random(seed)
    report = {"annotations": [], "cells": [], "conflicts": 0, "errors": [], "latency": {}}
    latency = report["latency"]
    with Store(location) as store:
        rows = [
            r[0]
            for r in store.conn.execute("SELECT id FROM capacity_rows ORDER BY id LIMIT ?", (ROWS,))
        ]
        documents = store.document_ids()[:DOCUMENTS]
        deadline = time.monotonic() + seconds
        count = 0
        while time.monotonic() < deadline:
            count += 1
            label = f"analyst {seed} #{count}"
            began = time.perf_counter()
            try:
                if rng.random() < 0.5:
                    kind = "annotate"
                    document = rng.choice(documents)
                    start = rng.randrange(0, 50)
                    made = annotate(
                        store,
                        document_id=document,
                        start=start,
                        end=start + 2,
                        type_="ORG",
                        note=label,
                    ).value
                    report["annotations"].append([made.id, label])
                else:
                    kind = "edit cell"
                    row = rng.choice(rows)
                    shown = get_row(store.conn, CAPACITY, row)["note"]
                    try:
                        edit_cell(store, CAPACITY, row, "note", label, seen=shown)
                        report["cells"].append([row, shown, label])
                    except EditConflict:
                        report["conflicts"] += 1
            except Exception as error:  # reported to the parent, which fails on any
                report["errors"].append(f"{type(error).__name__}: {error}")
                kind = "failed"
            latency.setdefault(kind, []).append(time.perf_counter() - began)
    out.write_text(json.dumps(report), encoding="utf-8")


def run_analysts(location: str, processes: int, seconds: float, folder: Path) -> list[dict]:
    """Run ``processes`` analysts at once on the store for ``seconds``; their reports."""
    outs = [folder / f"analyst-{i}.json" for i in range(processes)]
    root = Path(__file__).resolve().parents[1]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.analyst_load",
                str(location),
                str(seconds),
                str(i),
                str(out),
            ],
            cwd=root,
        )
        for i, out in enumerate(outs)
    ]
    for child in children:
        child.wait(timeout=seconds + 120)
        if child.returncode != 0:
            raise RuntimeError(f"an analyst process ended with {child.returncode}")
    return [json.loads(out.read_text(encoding="utf-8")) for out in outs]


def notes_of_rows(location: str) -> dict[int, str]:
    """The notes of the rows the analysts edit, as they are now (read before a run)."""
    from workbench.core.store import Store

    with Store(location) as store:
        return dict(
            tuple(r)
            for r in store.conn.execute(
                "SELECT id, note FROM capacity_rows ORDER BY id LIMIT ?", (ROWS,)
            )
        )


def check(location: str, before: dict[int, str], reports: list[dict]) -> list[str]:
    """What the store lost of what it acknowledged (nothing, when all is well).

    Each acknowledged cell edit replaced the value its analyst was shown, so a row's
    edits form one chain from its note ``before`` the run to the note it holds now,
    every acknowledged edit on it: two edits made over the same value (one of them
    overwriting the other unseen) break the chain.
    """
    from workbench.core.store import Store

    problems = []
    with Store(location) as store:
        notes = dict(tuple(r) for r in store.conn.execute("SELECT id, note FROM annotations"))
        cells = dict(tuple(r) for r in store.conn.execute("SELECT id, note FROM capacity_rows"))
    after: dict[int, dict[str, str]] = {row: {} for row in before}
    edits = dict.fromkeys(before, 0)
    for report in reports:
        problems += report["errors"]
        for annotation_id, label in report["annotations"]:
            if notes.get(annotation_id) != label:
                problems.append(f"annotation {annotation_id} ({label}) is not stored")
        for row, shown, label in report["cells"]:
            if shown in after[row]:
                problems.append(f"row {row}: two edits were saved over {shown!r}")
            after[row][shown] = label
            edits[row] += 1
    for row, start in before.items():
        value, steps = start, 0
        while value in after[row] and steps <= edits[row]:
            value, steps = after[row][value], steps + 1
        if (steps, value) != (edits[row], cells.get(row)):
            problems.append(
                f"row {row}: holds {cells.get(row)!r} after {steps} of its {edits[row]} "
                "acknowledged edits"
            )
    return problems


if __name__ == "__main__":
    _analyst(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
