"""Folders the workbench cannot write, for tests of read-only stores.

Permission bits do not stop root, and these tests may run as root: a real
read-only place is then a read-only bind mount of a folder onto itself, which
needs mount rights.  Where neither is available the test is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = os.geteuid() == 0


def _run(*command: str) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """``folder`` mounted read-only onto itself for the block; skips the test if not possible."""
    folder = folder.resolve()
    if not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("a read-only mount needs mount rights, which this run does not have")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(folder), str(folder)):
            pytest.skip("this system does not remount a bind mount read-only")
        probe = folder / ".probe"
        with contextlib.suppress(OSError):
            probe.write_bytes(b"")
        if probe.exists():  # pragma: no cover - the mount did not take
            pytest.skip("the read-only mount still takes writes")
        yield folder
    finally:
        # Lazily, so an open file (a store a failing test did not close) cannot keep it.
        _run("umount", "-l", str(folder))


@contextlib.contextmanager
def read_only_permissions(path: Path) -> Iterator[Path]:
    """``path`` (a file or folder) without write permission for the block, as a user sets it."""
    if IS_ROOT:
        pytest.skip("running as root, whom permission bits do not stop writing")
    mode = path.stat().st_mode
    path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield path
    finally:
        path.chmod(mode)
