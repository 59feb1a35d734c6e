"""Marks words of the domain core that the interface shows in the analyst's language.

The core has no Qt, yet its labels (entity type names, sheet statuses, export
headers) must reach Qt's translation files.  ``pyside6-lupdate`` finds calls named
``QT_TRANSLATE_NOOP`` by their text, so this Qt-free marker puts a label into the
``.ts`` files under its context while returning the English source unchanged; the
edge that shows or writes the label (a model, a view, the command line) looks it
up with a :data:`Translate` function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# (context, English source) -> the text in the interface language.
Translate = Callable[[str, str], str]


# Named as lupdate expects, so the label is found in the source text.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


def untranslated(context: str, source: str) -> str:
    """The English source itself: the :data:`Translate` of scripts and tests."""
    return source


@dataclass(frozen=True)
class Label:
    """A word of a vocabulary inside a :class:`Wording` (a column's name, say),
    shown in the analyst's language with the message around it."""

    context: str
    source: str


@dataclass(frozen=True)
class Wording:
    """A message of the core with its parts kept apart, so the edge that shows it can
    put it in the analyst's language: ``str()`` gives the English, :meth:`said` the
    message in any language.  ``source`` is a ``str.format`` template marked where it
    is written (``QT_TRANSLATE_NOOP``); a :class:`Label` part is translated too, and
    a part that is itself a :class:`Wording` is said in the same language."""

    context: str
    source: str
    parts: dict[str, object] = field(default_factory=dict)

    def said(self, translate: Translate) -> str:
        values = {name: _part_said(part, translate) for name, part in self.parts.items()}
        try:
            return translate(self.context, self.source).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation's broken placeholder
            try:
                return self.source.format(**values)
            except (KeyError, IndexError, ValueError):  # braces in a text that is no template
                return self.source

    def __str__(self) -> str:
        return self.said(untranslated)


def _part_said(part: object, translate: Translate) -> object:
    if isinstance(part, Label):
        return translate(part.context, part.source)
    if isinstance(part, Wording):
        return part.said(translate)
    return part


def in_language(message: Wording | str, translate: Translate) -> str:
    """``message`` in the language of ``translate``: a plain string is shown as it is."""
    return message.said(translate) if isinstance(message, Wording) else message
