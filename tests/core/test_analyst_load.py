"""Eight analysts at once on one store, for a few seconds: every edit the store
acknowledged is in it afterwards, every cell two of them edited at once was a reported
conflict, and nothing failed (bench/bench_team_load.py runs the same for a minute)."""

from __future__ import annotations

import pytest

from tests.analyst_load import check, notes_of_rows, run_analysts

PROCESSES = 8
SECONDS = 6.0


@pytest.mark.slow
def test_eight_analysts_on_one_store_lose_nothing_they_were_told_was_saved(seeded_store, tmp_path):
    location = str(seeded_store.location)
    seeded_store.close()  # the analysts' processes are the only writers
    before = notes_of_rows(location)
    reports = run_analysts(location, PROCESSES, SECONDS, tmp_path)
    assert check(location, before, reports) == []
    assert sum(len(r["annotations"]) for r in reports) > PROCESSES
    assert sum(len(r["cells"]) for r in reports) > PROCESSES
    # Eight analysts on six cells meet: conflicts happen, and were told.
    assert sum(r["conflicts"] for r in reports) > 0
