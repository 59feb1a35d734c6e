"""Expanding the paths an analyst chose (files and folders) into the files to import."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .formats import format_of


@dataclass
class ImportPlan:
    files: list[Path] = field(default_factory=list)  # in the order they will be imported
    # Files found inside folders that are not importable: listed, not failed.
    ignored: list[Path] = field(default_factory=list)
    # Folders (or entries) that could not be read, with why: each is one failure of
    # the import, and the rest of it goes on.
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


def _hidden(name: str) -> bool:
    # Dot files, and the lock files Office leaves beside an open document (~$报告.docx).
    return name.startswith((".", "~$"))


def _why(error: OSError, what: str) -> str:
    problem = (error.strerror or type(error).__name__).lower()
    if what == "folder":
        return f"the folder cannot be read ({problem}); the files in it were not imported"
    return f"cannot be read ({problem})"


def _broken_link(path: Path) -> str | None:
    """Why a link that is not a file cannot be imported; None for anything else (a
    folder, or a link to one, named like a file)."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except FileNotFoundError:
        return f"a link to {os.path.realpath(path)}, which does not exist"
    except OSError as error:  # a loop of links
        return _why(error, "file")
    return None


def _folder_files(folder: Path, plan: ImportPlan) -> None:
    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        plan.unreadable.append((where, _why(error, "folder")))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(f for f in folders if not _hidden(f))
        for name in sorted(names):
            path = Path(root) / name
            if _hidden(name):
                continue
            try:
                if not path.is_file():
                    broken = _broken_link(path) if format_of(path) else None
                    if broken:  # a link to nothing, or a loop of links
                        plan.unreadable.append((path, broken))
                    continue
            except OSError as error:  # a folder that can be listed but not entered
                plan.unreadable.append((path, _why(error, "file")))
                continue
            (plan.files if format_of(path) else plan.ignored).append(path)


def plan_import(paths: Iterable[Path | str]) -> ImportPlan:
    """Files named directly are always tried (and fail with a reason if unreadable);
    folders contribute every importable file in them, recursively, in name order.
    A folder that cannot be read is listed in ``unreadable``, and the walk goes on."""
    plan = ImportPlan()
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if _is_folder(path):
            found = ImportPlan()
            _folder_files(path, found)
            plan.files += [f for f in found.files if f not in seen]
            plan.ignored += found.ignored
            plan.unreadable += found.unreadable
            seen.update(found.files)
        elif path not in seen:
            plan.files.append(path)
            seen.add(path)
    return plan


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # cannot even be looked at: tried as a file, which fails with a reason
        return False
