"""Errors the core reports to people: each names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """An error with a message fit to show a user as it is."""


class InputFileError(WorkbenchError):
    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class Cancelled(WorkbenchError):
    def __init__(self) -> None:
        super().__init__("cancelled")
