"""Errors the core reports to people: each names the file and the problem."""

from __future__ import annotations

from pathlib import Path

from .translatable import QT_TRANSLATE_NOOP, Translate, Wording, in_language

# The context of the problems with input files in the translation files.
INPUT_FILE_CONTEXT = "InputFile"


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


# The context of the refusals of edits (a tag, a name, a row gone) in the translation files.
EDIT_CHECK_CONTEXT = "EditCheck"


def edit_refused(source: str, **parts: object) -> WorkbenchError:
    """A refusal of an edit worded by ``source``, marked
    ``QT_TRANSLATE_NOOP("EditCheck", …)`` where it is written, with its ``parts``."""
    return WorkbenchError(Wording(EDIT_CHECK_CONTEXT, source, parts))


def annotation_gone(annotation_id: int) -> WorkbenchError:
    """An edit of an annotation deleted meanwhile (by undo, or by a colleague)."""
    return edit_refused(
        QT_TRANSLATE_NOOP("EditCheck", "annotation {id} no longer exists"), id=annotation_id
    )


class InputFileError(WorkbenchError):
    """A file that cannot be read as what it claims to be, with the problem worded.

    ``problem`` is a ``str.format`` template marked ``QT_TRANSLATE_NOOP("InputFile", …)``
    where it is written, filled in with ``parts``, or a :class:`Wording` made
    elsewhere; ``worded_problem`` keeps it for the analyst's language, ``problem``
    is its English.
    """

    def __init__(self, path: Path | str, problem: str | Wording, **parts: object):
        self.path = Path(path)
        self.worded_problem = (
            problem if isinstance(problem, Wording) else Wording(INPUT_FILE_CONTEXT, problem, parts)
        )
        self.problem = str(self.worded_problem)
        super().__init__(
            Wording(
                INPUT_FILE_CONTEXT,
                QT_TRANSLATE_NOOP("InputFile", "{file}: {problem}"),
                {"file": self.path.name, "problem": self.worded_problem},
            )
        )


class Cancelled(WorkbenchError):
    def __init__(self) -> None:
        super().__init__("cancelled")
