"""Picking a person or an agency by typing part of the name, without diacritics.

"phuc" finds "Nguyễn Quang Phúc", "so tt" finds "Sở Thông tin và Truyền thông". A pick list
(``PickField``) is a line edit with a popup of the matches; what is typed and not picked stays
as free text, so a speaker who is not on the list can still be recorded.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QWidget

from core.text import fold
from gui.meeting.widgets import LineEditor

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True)
class Choice:
    label: str       # what the field shows once picked
    value: Any       # what the caller stores: an id, a (kind, id) pair, a record
    detail: str = ""  # shown after the label in the popup: position, agency


class ChoiceModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.choices: list[Choice] = []
        self._keys: list[str] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self.choices = list(choices)
        self._keys = [fold(f"{c.label} {c.detail}") for c in self.choices]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{choice.label} — {choice.detail}" if choice.detail else choice.label
        if role == Qt.ItemDataRole.EditRole:
            return choice.label
        if role == CHOICE_ROLE:
            return choice
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        return None


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows that contain every typed word, diacritics and case ignored."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802, ANN001
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in key for word in self._words)


class PickField(LineEditor):
    """A line edit with a popup of matching choices. ``choice`` is what was picked, or None when
    the text is the clerk's own (free text, or nothing)."""

    picked = Signal(object)  # Choice or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ChoiceModel(self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model_)
        self.completer_ = QCompleter(self.proxy, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setWidget(self)
        self.completer_.popup().setMinimumWidth(460)  # names with their positions
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.choice: Choice | None = None
        self._source: Callable[[], Sequence[Choice]] | None = None
        self.textEdited.connect(self._edited)

    def set_choices(self, choices: Sequence[Choice] | Callable[[], Sequence[Choice]]) -> None:
        """The choices, or a function that gives them when the clerk first types here (2,000
        agencies need not be read for a field nobody touches)."""
        if callable(choices):
            self._source = choices
        else:
            self._source = None
            self.model_.set_choices(choices)

    def _ensure_choices(self) -> None:
        if self._source is not None:
            source, self._source = self._source, None
            self.model_.set_choices(source())

    def set_choice(self, choice: Choice | None, *, text: str | None = None) -> None:
        """Show ``choice`` (or ``text`` as free text) without emitting ``picked``."""
        self.choice = choice
        self.setText(choice.label if choice is not None else (text or ""))

    def matches(self, text: str) -> list[Choice]:
        self._ensure_choices()
        self.proxy.set_search(text)
        return [self.proxy.index(r, 0).data(CHOICE_ROLE) for r in range(self.proxy.rowCount())]

    def _edited(self, text: str) -> None:
        self.choice = None
        found = self.matches(text) if text.strip() else []
        popup = self.completer_.popup()
        if not found:
            popup.hide()
            return
        self.completer_.complete()
        if len(found) == 1:
            popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        self._pick(index.data(CHOICE_ROLE))

    def _pick(self, choice: Choice | None) -> None:
        self.completer_.popup().hide()
        self.set_choice(choice, text=self.text())
        self.picked.emit(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_typed()
            event.accept()  # handled: the completer must not complete a second time
            return
        super().keyPressEvent(event)

    def accept_typed(self) -> None:
        """Enter: the row highlighted in the popup; else the choice whose name is what was
        typed, or the only match; otherwise the text stays as typed (a guest, a free-text
        presenter)."""
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._pick(popup.currentIndex().data(CHOICE_ROLE))
            return
        if self.choice is not None:
            self.picked.emit(self.choice)
            return
        text = self.text()
        found = self.matches(text) if text.strip() else []
        exact = [c for c in found if fold(c.label) == fold(text)]
        if exact:
            self._pick(exact[0])
        elif len(found) == 1:
            self._pick(found[0])
        else:
            self._pick(None)
