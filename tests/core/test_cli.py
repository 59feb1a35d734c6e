"""The headless command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from ..conftest import ROOT, SEEDS


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )


def test_ingest_stats_search(tmp_path):
    db = str(tmp_path / "cli.sqlite3")
    result = run("ingest", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "004_8afe1cca73b0ad6c.txt: 20 new documents" in result.stdout

    stats = run("stats", "--json", "--db", db)
    assert stats.returncode == 0
    counts = json.loads(stats.stdout)
    assert counts["documents"] == 38
    assert counts["reports"] == 20
    assert counts["articles"] == 17
    assert counts["occurrences"] == 43
    assert counts["comments"] == 1

    found = run("search", "产能", "--json", "--db", db)
    assert found.returncode == 0
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert hits and all({"document_id", "title", "snippet", "start"} <= set(h) for h in hits)

    again = run("ingest", "--db", db)
    assert "0 new documents" in again.stdout
    assert json.loads(run("stats", "--json", "--db", db).stdout) == counts


def test_bad_file_exits_non_zero_with_a_one_line_reason(tmp_path):
    db = str(tmp_path / "cli.sqlite3")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run("ingest", str(bad), str(SEEDS / "002_27791692fac36390.txt"), "--db", db)
    assert result.returncode == 1
    assert result.stderr.strip() == "workbench: empty.txt: the file is empty"
    assert json.loads(run("stats", "--json", "--db", db).stdout)["documents"] == 1


def test_stats_without_a_store_fails_clearly(tmp_path):
    result = run("stats", "--db", str(tmp_path / "none.sqlite3"))
    assert result.returncode == 1
    assert "no store here yet" in result.stderr


def test_not_a_store(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    result = run("stats", "--db", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith("workbench: junk.sqlite3: ")


def test_output_piped_into_head_exits_quietly(seeded_store_path):
    import sqlite3
    import subprocess
    import sys

    with sqlite3.connect(seeded_store_path) as conn:
        longest = conn.execute("SELECT id FROM documents ORDER BY length(text) DESC").fetchone()[0]
    # Thousands of JSON lines: far more than a pipe holds once head has gone.
    command = f"{sys.executable} -m workbench entities --doc {longest} --db {seeded_store_path}"
    command += " | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
