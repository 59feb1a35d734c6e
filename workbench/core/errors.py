"""Errors the core reports to people: each names the file and the problem."""

from __future__ import annotations

from pathlib import Path

from .translatable import Translate, Wording, in_language


class WorkbenchError(Exception):
    """An error with a message fit to show a user as it is.

    Raised with a :class:`~workbench.core.translatable.Wording`, its message can be
    shown in the analyst's language (:func:`said`); ``str()`` is the English.
    """

    def __init__(self, *args) -> None:
        self.wording = args[0] if len(args) == 1 and isinstance(args[0], Wording) else None
        super().__init__(*((str(self.wording),) if self.wording else args))


def said(error: BaseException, translate: Translate) -> str:
    """The error's message in the language of ``translate``: English when not worded."""
    return in_language(getattr(error, "wording", None) or str(error), translate)


class InputFileError(WorkbenchError):
    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class Cancelled(WorkbenchError):
    def __init__(self) -> None:
        super().__init__("cancelled")
