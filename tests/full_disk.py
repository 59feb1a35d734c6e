"""A tiny file system that fills up, for tests of writes a full disk refuses.

A tmpfs of a few megabytes mounted on a test's folder; where mounting is not
allowed the test is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from .read_only import _run


@contextlib.contextmanager
def tiny_file_system(folder: Path, megabytes: int) -> Iterator[Path]:
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)):
        pytest.skip("a full disk is made with a small tmpfs, which needs mount rights")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path, name: str = "filler.bin") -> Path:
    """Take every free byte of ``folder``'s file system; returns the filler to remove."""
    filler = folder / name
    with filler.open("wb", buffering=0) as out:  # unbuffered: closing has nothing to flush
        for size in (64 * 1024, 4096, 512):
            block = b"\0" * size
            try:
                while True:
                    out.write(block)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
    return filler
