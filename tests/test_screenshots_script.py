"""scripts/screenshots.py refuses bad arguments in one line, before starting anything."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def _script():
    spec = importlib.util.spec_from_file_location(
        "screenshots", ROOT / "scripts" / "screenshots.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_bad_size_or_store_is_refused_in_one_line(tmp_path, capsys):
    script = _script()
    assert script.main([str(tmp_path / "out"), "--sizes", "1366by768"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("screenshots: --sizes:") and "1366by768" in err
    assert err.count("\n") == 1
    missing = tmp_path / "missing.sqlite3"
    code = script.main([str(tmp_path / "out"), "--db", str(missing)])
    err = capsys.readouterr().err
    assert code == 1 and str(missing) in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()  # nothing made before the arguments were checked
