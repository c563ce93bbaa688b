"""Small editing widgets the tabs share: a text box that cleans what is pasted and can treat
Enter as "done, next", and a line under a field that says what is wrong with it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from core.text import tidy


class TextEditor(QPlainTextEdit):
    """Plain text, cleaned as it is pasted (NFC, no zero-width or non-breaking spaces, no Word
    formatting). With ``submit_on_enter`` Enter emits ``submitted`` and Shift+Enter breaks the
    line, so live typing runs opinion after opinion without the mouse."""

    submitted = Signal()
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None, *, submit_on_enter: bool = False) -> None:
        super().__init__(parent)
        self.submit_on_enter = submit_on_enter
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(tidy(source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.submit_on_enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")  # a plain line break, not Qt's paragraph separator
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.style().unpolish(self)  # the stylesheet greys a read-only editor
        self.style().polish(self)

    def set_text_keeping_undo(self, text: str) -> None:
        """Show ``text`` unless it is already shown (setPlainText would empty the undo stack)."""
        if self.toPlainText() != text:
            self.setPlainText(text)


class LineEditor(QLineEdit):
    """A one-line field that says when it loses focus (a moment to save)."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" when space is short (a long meeting title); the
    whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class FieldMessage(QLabel):
    """The sentence under a field when what was typed cannot be stored; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class WrappingTree(QTreeView):
    """A tree whose rows wrap their text to the width of the view (a conclusion point is a long
    sentence), taller rows where needed, laid out again when the view is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrapDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _WrapDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeView)  # the delegate of one tree
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        # The room the text really has: each level's indent, the root's only when it shows
        # branch marks, and the item's own margins. A narrower guess leaves an empty line under
        # some points and not others.
        indents = depth + (1 if view.rootIsDecorated() else 0)
        width = max(80, view.viewport().width() - view.indentation() * indents - 8)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 8)


def record_table(model: QAbstractItemModel, *, name: str, reorderable: bool = False) -> QTableView:
    """A table of records: whole rows selected one at a time, last column stretched, and (with
    ``reorderable``) rows dragged into a new order."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    if reorderable:
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
    return table


def fit_columns(table: QTableView, *, widest: int = 260) -> None:
    """Columns as wide as what they show (judged on the first rows), none wider than ``widest``;
    the last one takes the rest."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(50)
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)
        header.resizeSection(column, max(min(header.sectionSize(column), widest),
                                         header.sectionSizeHint(column)))


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def select_row(table: QTableView, row: int | None) -> None:
    if row is None or not 0 <= row < table.model().rowCount():
        table.clearSelection()
        return
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0))


def wire_reordering(table: QTableView, move: Callable[[int, int], None], *buttons: QAbstractButton,
                    ) -> Callable[[int], None]:
    """Alt+↑/Alt+↓ on the table, the ↑/↓ buttons (``buttons`` = up, down) and drag and drop
    all end in ``move(row, new_row)``; returns the "move the selected row by n" function."""
    def step(by: int) -> None:
        row = selected_row(table)
        if row is not None and 0 <= row + by < table.model().rowCount():
            move(row, row + by)

    on_keys(table, "Alt+Up", lambda: step(-1))
    on_keys(table, "Alt+Down", lambda: step(1))
    for button, by in zip(buttons, (-1, 1), strict=False):
        button.clicked.connect(lambda _c=False, b=by: step(b))
    table.model().move_requested.connect(move)  # type: ignore[attr-defined]  # each reorderable list's model has it
    return step


def on_keys(widget: QWidget, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QShortcut:
    """A shortcut that works while the focus is in ``widget`` (a table, an editor)."""
    shortcut = QShortcut(QKeySequence(keys), widget, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut
