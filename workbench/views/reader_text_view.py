"""The reader's text: read-only, selectable, with annotation underlines and entity hovers.

Mentions are coloured by :class:`EntityHighlighter`; annotations are drawn here,
after the text, as underlines in their type's strong colour.  Each annotation
gets a nesting level (see ``nesting_levels``) and each level sits a little higher,
so nested and overlapping annotations stay distinguishable.  Only the annotations
touching the visible part of the text are looked up and drawn.

The view turns keys, clicks and its context menu into requests (signals); the
reader panel carries them out through undoable commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from ..core.store.annotations import Annotation
from ..core.store.mentions import StoredMention
from ..core.vocabulary import ENTITY_TYPE_CODES, ENTITY_TYPES
from ..models.document_model import DocumentModel
from ..models.labels import type_label
from ..models.sheet_model import shown_code
from .entity_colors import entity_color, strong_color, swatch_icon

UNDERLINE_WIDTH = 2.0
# CJK glyphs fill the middle of a line box, leaving a few pixels free above and
# below (QPlainTextEdit has no extra line spacing to offer).  Nesting levels take
# turns between the two gaps, outermost at the bottom: level 0 underlines, level
# 1 overlines, levels 2 and 3 sit a step further in.
LEVEL_PLACES = ((False, 0.0), (True, 0.0), (False, 2.5), (True, 2.5))  # (at top, inset)
NOTE_MARK_RADIUS = 2.5
READER_FONT_SCALE = 1.25  # long reading: a little larger than the interface font

# The digit that annotates a selection (or retypes an annotation) with each type.
TYPE_KEYS = {type_.key: type_.code for type_ in ENTITY_TYPES}


class ReaderTextView(QPlainTextEdit):
    annotate_requested = Signal(str)  # annotation type for the current selection
    retype_requested = Signal(object, str)  # Annotation, new type
    note_requested = Signal(object)  # Annotation
    delete_requested = Signal(object)  # Annotation
    review_requested = Signal(object, str)  # StoredMention, "accepted" / "rejected"
    never_requested = Signal(str)  # a name that is never an entity, in any document
    entity_clicked = Signal(str, str)  # canonical, type
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, model: DocumentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        # Actions on the selected text that other parts of the window contribute
        # (e.g. "New capacity row from selection"), shown in the context menu.
        self.selection_actions: list[QAction] = []
        self.setObjectName("readerText")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * READER_FONT_SCALE)
        self.setFont(font)
        self.annotations_shown = True  # False while raw text (other offsets) is shown
        self.editing_allowed = True  # False on a read-only store: no annotating entries
        self._press_position: QPoint | None = None
        self._visible_check = QTimer(self)
        self._visible_check.setSingleShot(True)
        self._visible_check.setInterval(0)
        self._visible_check.timeout.connect(self.check_visible)
        self.updateRequest.connect(lambda *_: self._visible_check.start())
        self.on_visible_change = None  # called (first, last block) after scrolling or resizing

    # -- geometry --------------------------------------------------------------

    def visible_blocks(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().blockNumber()
        corner = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        last = self.cursorForPosition(corner).blockNumber()
        return max(0, first), max(first, last)

    def visible_line_count(self) -> int:
        """How many lines of text are wholly on screen (wrapped lines counted apart)."""
        height = self.viewport().height()
        offset = self.contentOffset()
        count = 0
        block = self.firstVisibleBlock()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top >= height:
                break
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                line_top = top + line.y()
                if line_top >= 0 and line_top + line.height() <= height:
                    count += 1
            block = block.next()
        return count

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and just past the last character on screen."""
        start = self.firstVisibleBlock().position()
        corner = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        bottom = self.cursorForPosition(corner).block()
        return max(0, start), bottom.position() + bottom.length()

    def position_at(self, point: QPoint) -> int | None:
        """Qt position of the character under a viewport point, or None off the text."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        rect = self.cursorRect(cursor)
        # cursorForPosition answers the nearest gap between characters; the
        # character under the point is the one before the gap when the point lies left
        # of it on the same line.
        if point.x() < rect.x() and position > 0:
            position -= 1
        block = cursor.block()
        if position >= block.position() + block.length() - 1:
            return None  # past the end of a line's text
        return position

    # -- painting annotations --------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.annotations_shown or not self.model.annotations:
            return
        start, end = self.visible_range()
        indices = self.model.annotations_in(start, end)
        if not indices:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for index in indices:
            annotation = self.model.annotations[index]
            level = self.model.annotation_levels[index]
            at_top, inset = LEVEL_PLACES[min(level, len(LEVEL_PLACES) - 1)]
            color = strong_color(annotation.type)
            pen = QPen(color, UNDERLINE_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = 0.0
            segments = self.annotation_segments(index)
            for x1, x2, top, bottom in segments:
                if at_top:
                    y = top + UNDERLINE_WIDTH / 2 + inset
                else:
                    y = bottom - UNDERLINE_WIDTH / 2 - inset
                painter.drawLine(QPointF(x1, y), QPointF(x2, y))
            if annotation.note and segments:
                # A dot at the end of the line marks an annotation with a note.
                painter.setBrush(color)
                painter.drawEllipse(QPointF(segments[-1][1], y), NOTE_MARK_RADIUS, NOTE_MARK_RADIUS)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()

    def annotation_segments(self, index: int) -> list[tuple[float, float, float, float]]:
        """Per line the annotation covers on screen: (left x, right x, line top, bottom)."""
        start, end = self.model.annotation_qt_span(index)
        height = self.viewport().height()
        offset = self.contentOffset()
        out = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if geometry.bottom() >= 0 and block.isVisible():
                layout = block.layout()
                origin = layout.position()
                first = max(start, block.position()) - block.position()
                last = min(end, block.position() + block.length() - 1) - block.position()
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    line_start = line.textStart()
                    a = max(first, line_start)
                    b = min(last, line_start + line.textLength())
                    if a >= b:
                        continue
                    x1 = line.cursorToX(a)[0] + origin.x()
                    x2 = line.cursorToX(b)[0] + origin.x()
                    top = geometry.top() + origin.y() + line.y()
                    if -line.height() <= top <= height:
                        out.append((min(x1, x2), max(x1, x2), top, top + line.height()))
            block = block.next()
        return out

    # -- hover and click -------------------------------------------------------

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        position = self.position_at(point)
        if position is None or not self.annotations_shown:
            return ""
        lines = []
        page = self.model.page_at(position)
        if page is not None:
            lines.append(f"<span style='color:#666'>{self.tr('page {n}').format(n=page)}</span>")
        for mention in self.model.mentions_at(position):
            color = entity_color(mention.type)
            parts = [
                f"<b style='color:{color.strong}'>{escape(type_label(mention.type))}</b> "
                f"({mention.type})",
                escape(mention.canonical),
            ]
            if mention.value_display():
                parts.append(escape(mention.value_display()))
            if mention.verdict == "accepted":
                parts.append(
                    self.tr("accepted by {role}").format(role=escape(mention.reviewed_by))
                    if mention.reviewed_by
                    else self.tr("accepted")
                )
            lines.append(" · ".join(parts))
        for row in self.model.rows_backed_at(position):
            review = escape(shown_code(row.review))
            lines.append(
                self.tr("▤ backs {row} <i>({review})</i>").format(
                    row=escape(row.label), review=review
                )
            )
        for annotation in self.model.annotations_at(position):
            color = entity_color(annotation.type)
            note = f": {escape(annotation.note)}" if annotation.note else ""
            lines.append(
                f"<span style='color:{color.strong}'>▁</span> "
                + self.tr("annotation <b>{type}</b>").format(type=annotation.type)
                + note
            )
        return "<br>".join(lines)

    def mousePressEvent(self, event) -> None:
        self._press_position = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._press_position = self._press_position, None
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (point - pressed).manhattanLength() < 4
            and not self.textCursor().hasSelection()
            and self.annotations_shown
        ):
            position = self.position_at(point)
            mentions = self.model.mentions_at(position) if position is not None else []
            if mentions:
                self.entity_clicked.emit(mentions[0].canonical, mentions[0].type)

    # -- keys ------------------------------------------------------------------

    def event(self, event) -> bool:
        # Claim undo/redo while the reader has focus, so they reach keyPressEvent
        # even when the window binds the same keys to its Edit menu.
        if event.type() == QEvent.Type.ShortcutOverride and self._is_undo_or_redo(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _is_undo(event) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo)

    @staticmethod
    def _is_redo(event) -> bool:
        combo = event.keyCombination()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        return event.matches(QKeySequence.StandardKey.Redo) or (
            combo.key() == Qt.Key.Key_Z and combo.keyboardModifiers() == ctrl | shift
        )

    def _is_undo_or_redo(self, event) -> bool:
        return self._is_undo(event) or self._is_redo(event)

    def keyPressEvent(self, event) -> None:
        if self._is_undo(event):
            self.undo_requested.emit()
            return
        if self._is_redo(event):
            self.redo_requested.emit()
            return
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and self.annotations_shown and self._annotation_key(event):
            return
        super().keyPressEvent(event)

    def _annotation_key(self, event) -> bool:
        """Carry out a one-key annotation action; False when the key is not one."""
        key, text = event.key(), event.text()
        has_selection = self.textCursor().hasSelection()
        if text in TYPE_KEYS:
            if has_selection:
                self.annotate_requested.emit(TYPE_KEYS[text])
                return True
            annotation = self.annotation_at_cursor()
            if annotation is not None:
                self.retype_requested.emit(annotation, TYPE_KEYS[text])
                return True
            # Nothing selected and no annotation here: the panel says what to do.
            self.annotate_requested.emit(TYPE_KEYS[text])
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            annotation = self.annotation_at_cursor()
            if annotation is not None:
                self.delete_requested.emit(annotation)
                return True
        elif key == Qt.Key.Key_N:
            annotation = self.annotation_at_cursor()
            if annotation is not None:
                self.note_requested.emit(annotation)
                return True
        elif key in (Qt.Key.Key_A, Qt.Key.Key_R):
            mention = self.mention_at_cursor()
            if mention is not None:
                verdict = "accepted" if key == Qt.Key.Key_A else "rejected"
                self.review_requested.emit(mention, verdict)
                return True
        return False

    def _cursor_positions(self) -> list[int]:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return [cursor.selectionStart()]
        position = cursor.position()
        return [position, position - 1] if position > 0 else [position]

    def annotation_at_cursor(self) -> Annotation | None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            # A selection that is exactly an annotation's span means that annotation.
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            for index in self.model.annotations_in(start, end):
                if self.model.annotation_qt_span(index) == (start, end):
                    return self.model.annotations[index]
        for position in self._cursor_positions():
            found = self.model.annotations_at(position)
            if found:
                return found[0]
        return None

    def mention_at_cursor(self) -> StoredMention | None:
        for position in self._cursor_positions():
            found = self.model.mentions_at(position)
            if found:
                return found[0]
        return None

    # -- context menu ----------------------------------------------------------

    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, point: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(point)
        if not self.annotations_shown or not self.editing_allowed:
            return menu
        position = self.position_at(point)
        cursor = self.textCursor()
        if not cursor.hasSelection() and position is not None:
            # Right-clicking elsewhere acts on what is under the mouse.
            moved = QTextCursor(self.document())
            moved.setPosition(position)
            self.setTextCursor(moved)
        first = menu.actions()[0] if menu.actions() else None

        def insert(action_or_menu) -> None:
            if first is not None:
                menu.insertAction(first, action_or_menu)
            else:
                menu.addAction(action_or_menu)

        if cursor.hasSelection():
            annotate = QMenu(self.tr("Annotate selection as"), menu)
            for key, type_ in TYPE_KEYS.items():
                action = annotate.addAction(
                    swatch_icon(type_), f"&{key}  {type_} · {type_label(type_)}"
                )
                action.triggered.connect(lambda _=False, t=type_: self.annotate_requested.emit(t))
            insert(annotate.menuAction())
            for action in self.selection_actions:
                insert(action)
        annotations = self.model.annotations_at(position) if position is not None else []
        for annotation in annotations:
            quoted = self.model.text_of(annotation.start, annotation.end)[:12]
            sub = QMenu(
                self.tr("Annotation {type} “{quote}”").format(type=annotation.type, quote=quoted),
                menu,
            )
            sub.setIcon(swatch_icon(annotation.type))
            sub.addAction(self.tr("Edit note…")).triggered.connect(
                lambda _=False, a=annotation: self.note_requested.emit(a)
            )
            retype = sub.addMenu(self.tr("Change type"))
            for type_ in ENTITY_TYPE_CODES:
                action = retype.addAction(swatch_icon(type_), f"{type_} · {type_label(type_)}")
                action.setEnabled(type_ != annotation.type)
                action.triggered.connect(
                    lambda _=False, a=annotation, t=type_: self.retype_requested.emit(a, t)
                )
            sub.addAction(self.tr("Delete")).triggered.connect(
                lambda _=False, a=annotation: self.delete_requested.emit(a)
            )
            insert(sub.menuAction())
        mentions = self.model.mentions_at(position) if position is not None else []
        if mentions:
            mention = mentions[0]
            accept = menu.addAction(
                self.tr("Accept {type} “{text}” as annotation (A)").format(
                    type=mention.type, text=mention.text
                )
            )
            accept.triggered.connect(lambda: self.review_requested.emit(mention, "accepted"))
            reject = menu.addAction(
                self.tr("Reject {type} “{text}” (R)").format(type=mention.type, text=mention.text)
            )
            reject.triggered.connect(lambda: self.review_requested.emit(mention, "rejected"))
            never = menu.addAction(
                self.tr("“{text}” Is Never an Entity (All Documents)").format(text=mention.text)
            )
            never.setObjectName("neverAnEntity")
            never.triggered.connect(lambda: self.never_requested.emit(mention.text))
            insert(accept)
            insert(reject)
            insert(never)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    # -- scrolling -------------------------------------------------------------

    def check_visible(self) -> None:
        if self.on_visible_change is not None:
            self.on_visible_change(*self.visible_blocks())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._visible_check.start()
