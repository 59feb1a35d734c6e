"""Every command of the command line on a team store: ``--db postgresql://…``, as an
analyst types it, against the test PostgreSQL server; the same answers as a file."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from tests.postgres_server import fresh_database, server_url

from ..conftest import ROOT


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.fixture
def team_store() -> str:
    with fresh_database(server_url()) as url:
        yield url


def test_ingest_search_export_and_the_lexicon_on_a_team_store(team_store, tmp_path):
    file_store = str(tmp_path / "file.sqlite3")
    outputs = {}
    for name, db in (("file", file_store), ("team", team_store)):
        ingest = run("ingest", "--db", db)
        assert ingest.returncode == 0, ingest.stderr
        assert "004_8afe1cca73b0ad6c.txt: 20 new documents" in ingest.stdout
        taught = run("lexicon", "add", "北极光芯", "--type", "ORG", "--db", db)
        assert taught.returncode == 0, taught.stderr
        stats = run("stats", "--json", "--db", db)
        found = run("search", "先进封装", "--json", "--db", db)
        out = tmp_path / f"{name}.csv"
        exported = run("export", "capacity", "--keys", "--out", str(out), "--db", db)
        assert exported.returncode == 0, exported.stderr
        lexicon = run("lexicon", "list", "--db", db)
        outputs[name] = (
            json.loads(stats.stdout),
            [json.loads(line) for line in found.stdout.splitlines()],
            list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines())),
            lexicon.stdout,
        )
    file_stats, file_hits, file_rows, file_lexicon = outputs["file"]
    team_stats, team_hits, team_rows, team_lexicon = outputs["team"]
    assert team_stats == file_stats and team_stats["documents"] == 38
    assert team_hits == file_hits and team_hits
    # The same rows, but a team store records who wrote each (the role that ingested).
    writer = file_rows[0].index("edited_by")
    assert {row[writer] for row in file_rows[1:]} == {""}
    assert {row[writer] for row in team_rows[1:]} == {"workbench"}
    for row in (*file_rows[1:], *team_rows[1:]):
        del row[writer]
    assert team_rows == file_rows and len(team_rows) > 10
    assert "北极光芯" in team_lexicon and team_lexicon == file_lexicon

    chart = tmp_path / "domains.png"
    drawn = run("chart", "clusters-by-domain", "--out", str(chart), "--db", team_store)
    assert drawn.returncode == 0, drawn.stderr
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_a_team_store_is_named_without_its_password(tmp_path):
    url = f"postgresql://analyst:s3cret@/industry?host={tmp_path}"
    result = run("stats", "--db", url)
    assert result.returncode == 1
    assert result.stderr.startswith(f"workbench: analyst@{tmp_path}/industry: cannot connect")
    assert "s3cret" not in result.stderr


def test_an_address_without_a_database_is_refused_before_connecting():
    result = run("stats", "--db", "postgresql://analyst@db.example.org")
    assert result.returncode == 2
    assert "the address names no database" in result.stderr
