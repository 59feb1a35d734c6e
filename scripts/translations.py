"""Keep the interface translations in step with the sources.

    .venv/bin/python scripts/translations.py update   # re-read every string into the .ts files
    .venv/bin/python scripts/translations.py build    # compile the .ts files into the .qm files

``update`` runs ``pyside6-lupdate`` over the workbench's Python files: new strings
appear in ``resources/translations/workbench_*.ts`` as unfinished, strings no
longer in the sources are dropped, translations already written are kept.  Write
the new translations (Qt Linguist: ``.venv/bin/pyside6-linguist``, or any text
editor), then ``build``.  The ``.qm`` files are committed, so a checkout runs
translated without a build step; ``tests/views/test_translations.py`` fails when
they or the ``.ts`` files lag behind the sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"workbench_{language}.ts"


def sources() -> list[Path]:
    """Every Python file of the workbench: views and models, and core for its marked labels."""
    return sorted((ROOT / "workbench").rglob("*.py"))


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the virtual environment's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install PySide6 into this Python)")
    return found


def update(folder: Path = TRANSLATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        target = ts_path(language, folder)
        command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
        command += ["-target-language", language, *files, "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def build(source: Path = TRANSLATIONS, target: Path = TRANSLATIONS) -> list[Path]:
    built = []
    for language in LANGUAGES:
        qm = target / f"workbench_{language}.qm"
        command = [tool("pyside6-lrelease"), "-silent", str(ts_path(language, source))]
        subprocess.run([*command, "-qm", str(qm)], check=True, capture_output=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["build"]):
        print("usage: translations.py update|build", file=sys.stderr)
        return 2
    try:
        update() if argv == ["update"] else build()
    except subprocess.CalledProcessError as error:
        tool_output = (error.stderr or b"").decode(errors="replace").strip()
        print(f"translations: {Path(error.cmd[0]).name} failed: {tool_output}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
