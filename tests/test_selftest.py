"""The installation self-test, run the way a user (or the bundle's CI step) runs it."""

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_self_test_passes_and_reports_each_check(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("ok", "FAIL"))]
    assert len(checks) == 13 and all(line.startswith("ok") for line in checks)
    assert "ok    export the capacity sheet to Excel: " in result.stdout
    assert "ok    import the capacity workbook back: 0 added, 0 updated, " in result.stdout
    assert "ok    interface translations: zh_CN, zh_TW" in result.stdout
    assert "38 documents" in result.stdout
    assert "ok    near duplicates: a PDF-like copy of document " in result.stdout
    assert lines[-1] == "self-test passed"


def test_self_test_fails_when_the_corpus_is_missing(tmp_path, monkeypatch):
    from workbench import selftest
    from workbench.core import paths

    monkeypatch.setattr(paths, "bundled_seed_files", lambda: [])
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path))
    out = tmp_path / "out.txt"
    with out.open("w") as stream:
        code = selftest._run(tmp_path, selftest.SelfTest(stream))
    assert code == 1
    assert "FAIL  bundled corpus present: RuntimeError: no corpus files" in out.read_text()
