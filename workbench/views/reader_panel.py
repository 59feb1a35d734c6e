"""The Reader panel: one document with its metadata, entity highlights and annotations.

It opens documents on ``session.open_document_requested`` (or ``open_document``),
then announces ``session.document_opened``.  Annotation edits are operations
(``core.operations.annotations``) run by the session: committed, undoable, then shown.

Run alone: ``python -m workbench.views.reader_panel STORE [DOCUMENT_ID]``.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.documents import Kind
from ..core.errors import WorkbenchError, said
from ..core.find_in_text import FindResult, find_in_text, fold
from ..core.operations.annotations import delete_annotation_op, update_annotation_op
from ..core.operations.entities import accept_name, annotate_name, never_an_entity
from ..core.store.annotations import Annotation
from ..core.store.mentions import StoredMention
from ..core.vocabulary import DOCUMENT_KINDS, ENTITY_TYPES, SCRIPTS, entity_type
from ..models.document_model import DocumentModel
from ..models.labels import qt_translate, type_label
from ..models.session import Session
from ..models.settings import ReadingPosition
from .annotation_dialogs import NoteDialog
from .edit_messages import run_edit, say_edit_problem
from .entity_colors import strong_color
from .find_bar import FindBar
from .flow_layout import FlowLayout
from .highlighter import EntityHighlighter
from .reader_text_view import TYPE_KEYS, ReaderTextView
from .sheet_actions import new_capacity_row_action


def _hint_type(code: str) -> str:
    """The type's code (ORG, GPE…) in English, as the menus show it; its name in Chinese."""
    label = type_label(code)
    return code if label == entity_type(code).label else label


def key_hint() -> str:
    """The keys of the reader, in the interface language."""
    return (
        QCoreApplication.translate("ReaderPanel", "Select text, then ")
        + " · ".join(f"<b>{key}</b> {_hint_type(type_)}" for key, type_ in TYPE_KEYS.items())
        + " &nbsp;|&nbsp; "
        + QCoreApplication.translate(
            "ReaderPanel", "on an annotation: <b>N</b> note, <b>Del</b> delete, digit retypes"
        )
        + " &nbsp;|&nbsp; "
        + QCoreApplication.translate(
            "ReaderPanel", "on an entity: <b>A</b> accept, <b>R</b> reject"
        )
        + " &nbsp;|&nbsp; "
        + QCoreApplication.translate("ReaderPanel", "<b>Ctrl+Z</b> undo")
    )


def read_only_hint() -> str:
    return QCoreApplication.translate(
        "ReaderPanel",
        "This store is read-only: reading, searching and exporting work; annotating is off.",
    )


def legend_dot(type_: str, size: int = 10) -> QIcon:
    """A filled dot in the type's strong colour (a hollow square would read as a checkbox)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(strong_color(type_))
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return QIcon(pixmap)


class TypeLegend(QWidget):
    """One checkable chip per entity type, with its colour and count; unchecked hides it.

    The chips wrap onto a second line in a narrow reader rather than elide their names.
    """

    hidden_types_changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = FlowLayout(self, spacing=3)
        self.chips: dict[str, QToolButton] = {}
        for color in ENTITY_TYPES:
            type_ = color.code
            chip = QToolButton(self)
            chip.setObjectName(f"legend_{type_}")
            chip.setCheckable(True)
            chip.setChecked(True)
            chip.setAutoRaise(True)
            chip.setIcon(legend_dot(type_))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setStyleSheet(
                "QToolButton { padding: 1px 5px; border-radius: 3px; }"
                f"QToolButton:checked {{ background: {color.background}; color: #1d1d1d; "
                f"border: 1px solid {color.strong}; }}"
                "QToolButton:!checked { color: #9a9a9a; border: 1px dashed #c8c8c8; }"
            )
            chip.toggled.connect(self._emit)
            layout.addWidget(chip)
            self.chips[type_] = chip
        self.set_counts(Counter())

    def set_counts(self, counts: Counter) -> None:
        for type_, chip in self.chips.items():
            label, count = type_label(type_), counts.get(type_, 0)
            chip.setText(f"{label} {count:,}")
            chip.setToolTip(
                (
                    self.tr("{label} ({type}): 1 mention. Click to show or hide their highlights.")
                    if count == 1
                    else self.tr(
                        "{label} ({type}): {n} mentions. Click to show or hide their highlights."
                    )
                ).format(label=label, type=type_, n=f"{count:,}")
            )

    def hidden_types(self) -> frozenset[str]:
        return frozenset(t for t, chip in self.chips.items() if not chip.isChecked())

    def _emit(self) -> None:
        self.hidden_types_changed.emit(self.hidden_types())


class ReaderPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readerPanel")
        self.session = session
        self.model = DocumentModel(session, self)
        self._raw_shown = False

        self.title = QLabel(self.tr("No document open"))
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.metadata = QLabel(self.tr("Open a document from the Library or Search panel."))
        self.metadata.setObjectName("readerMetadata")
        self.metadata.setWordWrap(True)
        self.metadata.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metadata.setStyleSheet("color: #555;")
        self.comments_toggle = QToolButton()
        self.comments_toggle.setObjectName("readerCommentsToggle")
        self.comments_toggle.setCheckable(True)
        self.comments_toggle.setAutoRaise(True)
        self.comments_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.comments_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.comments_toggle.toggled.connect(self._show_comments)
        self.comments = QLabel()
        self.comments.setObjectName("readerComments")
        self.comments.setWordWrap(True)
        self.comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comments.setStyleSheet(
            "background: #f6f6f3; border-left: 3px solid #c9c9c0; padding: 4px 8px;"
        )
        self.comments.hide()

        self.legend = TypeLegend()
        self.raw_toggle = QCheckBox(self.tr("Raw PDF text"))
        self.raw_toggle.setObjectName("readerRawToggle")
        self.raw_toggle.setToolTip(
            self.tr(
                "Show the text as extracted from the PDF, before cleaning "
                "(highlights and annotation apply to the cleaned text)"
            )
        )
        self.raw_toggle.toggled.connect(self._raw_toggled)

        self.message = QLabel()
        self.message.setObjectName("readerMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.find_bar = FindBar(self)
        self.find_result: FindResult | None = None
        self._folded_text: str | None = None  # the open text folded for finding, made once

        self.view = ReaderTextView(self.model, self)
        self.view.setPlaceholderText(self.tr("No document open."))
        self.highlighter = EntityHighlighter(self.model, self.view.document())
        self.highlighter.visible_blocks = self.view.visible_blocks
        self.view.on_visible_change = self.highlighter.ensure_formatted

        self.view.editing_allowed = not session.store.read_only
        self.key_hint = QLabel(read_only_hint() if session.store.read_only else key_hint())
        self.key_hint.setObjectName("readerKeyHint")
        self.key_hint.setToolTip(self.key_hint.text())
        # One line, the rest under the mouse and in Help → Keyboard Shortcuts: on a
        # laptop every line goes to the text.
        self.key_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.key_hint.setWordWrap(False)
        self.key_hint.setStyleSheet("color: #666;")
        hint_font = self.key_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.key_hint.setFont(hint_font)

        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.raw_toggle)
        comments_row = QHBoxLayout()
        comments_row.addWidget(self.comments_toggle)
        comments_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.metadata)
        layout.addLayout(comments_row)
        layout.addWidget(self.comments)
        layout.addLayout(legend_row)
        layout.addWidget(self.message)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.key_hint)
        self.setFocusProxy(self.view)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.legend.hidden_types_changed.connect(self.highlighter.set_hidden_types)
        self.model.annotations_changed.connect(self.view.viewport().update)
        self.model.mentions_changed.connect(self._mentions_changed)
        self.view.annotate_requested.connect(self.annotate_selection)
        self.view.retype_requested.connect(self.change_type)
        self.view.note_requested.connect(self.edit_note)
        self.view.delete_requested.connect(self.delete_annotation)
        self.view.review_requested.connect(self.review_mention)
        self.view.never_requested.connect(self.never_an_entity)
        self.view.entity_clicked.connect(self.session.entity_selected)
        self.view.undo_requested.connect(self.session.undo_stack.undo)
        self.view.redo_requested.connect(self.session.undo_stack.redo)
        session.open_document_requested.connect(self.open_document)
        self.new_capacity_row_action = new_capacity_row_action(
            session, self._selection_in_document, self, self.show_message
        )
        self.new_capacity_row_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_capacity_row_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.addAction(self.new_capacity_row_action)
        self.view.selection_actions.append(self.new_capacity_row_action)
        self._build_find_actions()
        self._set_document_controls(False)

    def _selection_in_document(self) -> tuple[int, int, int] | None:
        span = self.selected_span()
        if span is None or self.document_id is None or self._raw_shown:
            return None
        return (self.document_id, *span)

    # -- opening ---------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self.model.document_id

    def open_document(self, document_id: int, start: int = -1, end: int = -1) -> None:
        """Show a document; select and scroll to ``[start, end)`` (Python offsets) if given."""
        if document_id == self.model.document_id and not self._raw_shown:
            self.clear_message()
            self.select_span(start, end)
            self.session.document_opened.emit(document_id)
            return
        try:
            record = self.model.load(document_id)
        except WorkbenchError as error:
            self.show_message(
                self.tr("Cannot open the document: {error}").format(error=said(error, qt_translate))
            )
            return
        self.clear_message()
        self._folded_text = None
        self.find_result = None
        self._fill_header()
        self.raw_toggle.blockSignals(True)
        self.raw_toggle.setChecked(False)
        self.raw_toggle.blockSignals(False)
        self.raw_toggle.setVisible(record.kind == Kind.REPORT)
        self._show_text(start if start >= 0 else 0)
        self._set_document_controls(True)
        self.select_span(start, end)
        if self.find_bar.isVisible():
            self._find(self.find_bar.query(), move=start < 0)
        self.session.document_opened.emit(document_id)

    def _fill_header(self) -> None:
        record = self.model.document
        self.title.setText(record.title or self.tr("(untitled)"))
        parts = [DOCUMENT_KINDS.label(record.kind, qt_translate)]
        if record.publisher:
            parts.append(record.publisher)
        if record.publish_date:
            parts.append(record.publish_date)
        # An imported PDF's pages are its stored page ranges; a bundled report may only
        # state a page count in its metadata.
        pages = self.model.page_count or record.pages
        if pages:
            parts.append(self.tr("1 page") if pages == 1 else self.tr("{n} pages").format(n=pages))
        if record.tags:
            parts.append(self.tr("channel {tags}").format(tags=", ".join(record.tags)))
        parts.append(
            self.tr("{script} script").format(script=SCRIPTS.label(record.script, qt_translate))
        )
        parts.append(self.tr("{n} characters").format(n=f"{record.length:,}"))
        lines = [escape(" · ".join(parts))]
        if record.source_files:
            lines.append(
                self.tr("Source: {files}").format(files=escape(", ".join(record.source_files)))
            )
        self.metadata.setText("<br>".join(lines))
        count = len(record.comments)
        self.comments_toggle.setVisible(count > 0)
        self.comments_toggle.setText(
            self.tr("1 reader comment")
            if count == 1
            else self.tr("{n} reader comments").format(n=count)
        )
        self.comments.setText("<br>".join(f"• {escape(comment)}" for comment in record.comments))
        self._show_comments(self.comments_toggle.isChecked() and count > 0)
        self.legend.set_counts(self.model.mention_counts())

    def _show_comments(self, shown: bool) -> None:
        self.comments_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.comments.setVisible(
            shown and bool(self.model.document and self.model.document.comments)
        )

    def _show_text(self, offset: int = 0) -> None:
        record = self.model.document
        raw = self._raw_shown = self.raw_toggle.isChecked() and record.kind == Kind.REPORT
        self.highlighter.begin_load()
        self.view.annotations_shown = not raw
        self.view.setPlainText(record.raw_text if raw else record.text)
        position = 0 if raw else self.model.to_qt(min(offset, record.length))
        self.highlighter.end_load(position, active=not raw)
        self.legend.setEnabled(not raw)
        if raw:
            self.show_message(
                self.tr(
                    "Raw text as extracted from the PDF ({n} characters). "
                    "Entities and annotations belong to the cleaned text: untick "
                    "“Raw PDF text” to see them."
                ).format(n=f"{len(record.raw_text):,}"),
                error=False,
            )
        else:
            self.clear_message()

    def _raw_toggled(self) -> None:
        if self.model.document is not None:
            self._show_text()
            if self._raw_shown:
                self.find_bar.close_bar()

    # -- find in document --------------------------------------------------------

    def _build_find_actions(self) -> None:
        self.find_next_action = QAction(self.tr("Find &Next"), self)
        self.find_next_action.setObjectName("findNext")
        self.find_next_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext)
        )
        self.find_next_action.triggered.connect(lambda: self.find_step(True))
        self.find_previous_action = QAction(self.tr("Find &Previous"), self)
        self.find_previous_action.setObjectName("findPrevious")
        self.find_previous_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.FindPrevious)
        )
        self.find_previous_action.triggered.connect(lambda: self.find_step(False))
        for action in (self.find_next_action, self.find_previous_action):
            # Anywhere in the window: step through the hits a search opened from the
            # Search panel without first clicking into the reader.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.step_requested.connect(self.find_step)
        self.find_bar.closed.connect(self._find_closed)
        self.session.find_in_document_requested.connect(self.show_find)

    def open_find(self, query: str | None = None) -> bool:
        """Show the find bar with the focus in it; False when no document is open.

        With nothing given, a short selection on one line becomes the query.
        """
        if self.model.document is None:
            return False
        if self.raw_toggle.isChecked():
            self.raw_toggle.setChecked(False)
        if query is None:
            selected = self.view.textCursor().selectedText()
            if selected and len(selected) <= 80 and "\u2029" not in selected:
                query = selected
        self.find_bar.open_bar(query)
        return True

    def show_find(self, query: str) -> None:
        """Show ``query``'s hits in the open document, the one at the selection current,
        leaving the focus where it is (a hit opened from the Search panel)."""
        if self.model.document is None or not query.strip():
            return
        if self.raw_toggle.isChecked():
            self.raw_toggle.setChecked(False)
        self.find_bar.edit.setText(query)
        self.find_bar.show()
        self._find(query, move=False)

    def _folded(self) -> str:
        if self._folded_text is None:
            self._folded_text = fold(self.model.document.text, self.model.simplified_text())
        return self._folded_text

    def _find(self, query: str, move: bool = True) -> None:
        """Find ``query``; with ``move`` select the first hit after the cursor."""
        if self.model.document is None or self._raw_shown:
            return
        cursor = self.view.textCursor()
        offset = self.model.from_qt(cursor.selectionStart())
        also = self.model.other_names(query) if query.strip() else []
        result = find_in_text(self._folded(), query, offset, also) if query.strip() else None
        self.find_bar.show_other_names(also)
        self.find_result = result
        hits = result.hits if result is not None else ()
        to_qt = self.model.to_qt
        self.highlighter.set_find_hits([to_qt(a) for a, _ in hits], [to_qt(b) for _, b in hits])
        if result is not None and result.count:
            if move:
                self._select_hit(result)
            else:
                # Current only when the selection (a search hit just opened) holds it.
                span, selection = result.span(), self.selected_span()
                if span is None or selection is None or not selection[0] <= span[0] < selection[1]:
                    result = self.find_result = FindResult(result.query, result.hits)
        self.find_bar.show_result(result)

    def find_step(self, forward: bool = True) -> None:
        """Select the next (or previous) hit of the find bar's query, wrapping round."""
        if self.model.document is None:
            return
        query = self.find_bar.query()
        if not query.strip():
            self.open_find()
            return
        if self.find_result is None or self.find_result.query != query:
            self._find(query, move=False)
        if self.find_result is None or not self.find_result.count:
            self.find_bar.show()
            return
        offset = self.model.from_qt(self.view.textCursor().selectionStart())
        self.find_result = self.find_result.step(forward, offset)
        self._select_hit(self.find_result)
        self.find_bar.show()
        self.find_bar.show_result(self.find_result)

    def _select_hit(self, result: FindResult) -> None:
        span = result.span()
        if span is not None:
            self.select_span(*span)

    def _find_closed(self) -> None:
        self.find_result = None
        self.highlighter.set_find_hits([], [])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_document_controls(self, enabled: bool) -> None:
        self.legend.setEnabled(enabled)
        if not enabled:
            self.raw_toggle.hide()
            self.comments_toggle.hide()

    def select_span(self, start: int, end: int) -> None:
        """Select Python-offset span ``[start, end)`` and scroll it into the middle."""
        if self.model.document is None or self._raw_shown:
            return
        cursor = QTextCursor(self.view.document())
        if start is not None and start >= 0:
            length = self.model.document.length
            start = min(start, length)
            end = max(start, min(end if end is not None and end >= 0 else start, length))
            cursor.setPosition(self.model.to_qt(start))
            cursor.setPosition(self.model.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)
            self.view.centerCursor()
            # Again once pending layout has run: the legend may wrap onto another line when
            # the document opens, and the view's scroll range follows only after that.
            QTimer.singleShot(0, self.view.centerCursor)
        else:
            self.view.setTextCursor(cursor)
            self.view.verticalScrollBar().setValue(0)

    # -- where the analyst was ---------------------------------------------------

    def reading_position(self) -> ReadingPosition | None:
        """The open document, its first character on screen and the cursor (Python offsets)."""
        if self.model.document is None or self._raw_shown:
            return None
        cursor = self.view.textCursor()
        top = self.view.cursorForPosition(self.view.viewport().rect().topLeft()).position()
        from_qt = self.model.from_qt
        return ReadingPosition(
            self.model.document.id,
            from_qt(top),
            from_qt(cursor.selectionStart()),
            from_qt(cursor.selectionEnd()),
        )

    def restore_reading_position(self, position: ReadingPosition) -> bool:
        """Open the document with the text from ``position.top`` at the top of the view
        and the cursor (or selection) where it was; False if it cannot be opened."""
        self.open_document(position.document_id)
        if self.document_id != position.document_id:
            return False
        self._scroll_to_top(position)
        # Again once the pending layout has run (the view's height is known only then).
        QTimer.singleShot(0, lambda: self._scroll_to_top(position))
        return True

    def _scroll_to_top(self, position: ReadingPosition) -> None:
        if self.document_id != position.document_id or self._raw_shown:
            return
        length = self.model.document.length
        to_qt = self.model.to_qt
        document = self.view.document()
        block = document.findBlock(to_qt(min(position.top, length)))
        if block.isValid():
            # QPlainTextEdit scrolls by layout lines: the block's first line, then the
            # lines of the block above the place.
            line = 0
            layout = block.layout()
            if layout is not None and layout.lineCount():
                line = layout.lineForTextPosition(
                    to_qt(min(position.top, length)) - block.position()
                ).lineNumber()
            first = block.firstLineNumber() + max(0, line)
            self.view.verticalScrollBar().setValue(first)
        cursor = QTextCursor(document)
        cursor.setPosition(to_qt(min(position.start, length)))
        cursor.setPosition(to_qt(min(position.end, length)), QTextCursor.MoveMode.KeepAnchor)
        scroll = self.view.verticalScrollBar().value()
        self.view.setTextCursor(cursor)
        self.view.verticalScrollBar().setValue(scroll)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as Python offsets, without surrounding white space."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection() or self.model.document is None or self._raw_shown:
            return None
        start = self.model.from_qt(cursor.selectionStart())
        end = self.model.from_qt(cursor.selectionEnd())
        text = self.model.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    # -- messages --------------------------------------------------------------

    def show_message(self, text: str, error: bool = True) -> None:
        color = "#a1260d" if error else "#4a4a4a"
        background = "#fdecea" if error else "#f1f1ec"
        self.message.setStyleSheet(
            f"color: {color}; background: {background}; padding: 3px 6px; border-radius: 3px;"
        )
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()
        self.message.clear()

    # -- annotation actions ----------------------------------------------------

    def annotate_selection(self, type_: str) -> Annotation | None:
        span = self.selected_span()
        if span is None:
            self.show_message(self.tr("Select some text first, then press 1–8 to annotate it."))
            return None
        try:
            annotation = self.session.run(
                partial(
                    annotate_name,
                    document_id=self.model.document.id,
                    start=span[0],
                    end=span[1],
                    type_=type_,
                )
            ).value
        except WorkbenchError as error:
            say_edit_problem(
                self.session.runner,
                self.message,
                self.show_message,
                self.tr("Cannot annotate"),
                error,
            )
            return None
        self.clear_message()
        # Collapse the selection so the new underline shows.
        cursor = self.view.textCursor()
        cursor.setPosition(self.model.to_qt(annotation.end))
        self.view.setTextCursor(cursor)
        return annotation

    def change_type(self, annotation: Annotation, type_: str) -> None:
        self._run(partial(update_annotation_op, annotation_id=annotation.id, type_=type_))

    def delete_annotation(self, annotation: Annotation) -> None:
        self._run(partial(delete_annotation_op, annotation_id=annotation.id))

    def edit_note(self, annotation: Annotation) -> NoteDialog:
        text = self.model.text_of(annotation.start, annotation.end)
        dialog = NoteDialog(annotation, text, self)
        dialog.accepted.connect(
            lambda: self._run(
                partial(update_annotation_op, annotation_id=annotation.id, note=dialog.note())
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def review_mention(self, mention: StoredMention, verdict: str) -> None:
        self._run(partial(accept_name, mention=mention, verdict=verdict))

    def never_an_entity(self, name: str) -> None:
        """Reject a name everywhere: its mentions go from every document, now and later."""
        self._run(partial(never_an_entity, name=name))

    def _run(self, operation) -> None:
        changing = self.tr("Cannot change the annotation")
        if run_edit(self.session, operation, self.message, self.show_message, changing) is not None:
            self.clear_message()

    def _mentions_changed(self) -> None:
        self.legend.set_counts(self.model.mention_counts())
        self.highlighter.refresh()


def main(argv: list[str] | None = None) -> int:
    from .run_alone import run_panel_alone

    def build(session: Session, document_id: int | None) -> ReaderPanel:
        panel = ReaderPanel(session)
        panel.setWindowTitle(QCoreApplication.translate("ReaderPanel", "Reader"))
        panel.resize(1000, 800)
        ids = session.store.document_ids()
        if document_id is not None:
            panel.open_document(document_id)
        elif ids:
            panel.open_document(ids[0])
        return panel

    return run_panel_alone("workbench.views.reader_panel", argv, build)


if __name__ == "__main__":
    raise SystemExit(main())
