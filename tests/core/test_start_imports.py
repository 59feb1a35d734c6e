"""What the start of the window and the first edits load: not sqlite-utils' pandas,
nor psycopg (the team store's driver).

Run in a fresh interpreter, since this test process has loaded everything.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_opening_a_store_and_editing_loads_no_pandas_sqlite_utils_or_psycopg(tmp_path):
    store_path = tmp_path / "store.sqlite3"
    # Made in this process: creating a store runs the migrations, with sqlite-utils.
    from workbench.core.pipeline import ingest_files
    from workbench.core.store import Store

    with Store(store_path) as store:
        ingest_files(store, [sorted((ROOT / "seeds").glob("*.txt"))[0]])
    script = textwrap.dedent(
        f"""
        import sys
        import workbench.app
        from workbench.core.store import Store
        from workbench.core.store.annotations import add_annotation, all_annotations

        with Store({str(store_path)!r}) as store:
            document_id = store.conn.execute("SELECT id FROM documents").fetchone()[0]
            add_annotation(store.conn, document_id, 0, 3, "ORG", "a fab")
            assert [a.note for a in all_annotations(store.conn)] == ["a fab"]
        print(sorted(m for m in ("pandas", "sqlite_utils", "psycopg") if m in sys.modules))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
