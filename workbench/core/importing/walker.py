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


def _hidden(name: str) -> bool:
    # Dot files, and the lock files Office leaves beside an open document (~$报告.docx).
    return name.startswith((".", "~$"))


def _folder_files(folder: Path, plan: ImportPlan) -> None:
    for root, folders, names in os.walk(folder, onerror=None):
        folders[:] = sorted(f for f in folders if not _hidden(f))
        for name in sorted(names):
            path = Path(root) / name
            if _hidden(name) or not path.is_file():
                continue
            (plan.files if format_of(path) else plan.ignored).append(path)


def plan_import(paths: Iterable[Path | str]) -> ImportPlan:
    """Files named directly are always tried (and fail with a reason if unreadable);
    folders contribute every importable file in them, recursively, in name order."""
    plan = ImportPlan()
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = ImportPlan()
            _folder_files(path, found)
            plan.files += [f for f in found.files if f not in seen]
            plan.ignored += found.ignored
            seen.update(found.files)
        elif path not in seen:
            plan.files.append(path)
            seen.add(path)
    return plan
