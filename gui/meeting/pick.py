"""Picking a person or an agency by typing part of the name, without diacritics.

"phuc" finds "Nguyễn Quang Phúc", "so tt" finds "Sở Thông tin và Truyền thông" (short name
Sở TT&TT). A pick list (``PickField``) is a line edit with a popup of the matches, best first,
each line saying what it is; what is typed and not picked stays as free text, so a speaker who
is not on the list can still be recorded.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QWidget

from core.text import fold, matches, name_rank, search_words
from gui.meeting.widgets import LineEditor

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11


PERSON_KIND, AGENCY_KIND, TYPED_KIND = "person", "agency", "typed"


@dataclass(frozen=True)
class Choice:
    label: str       # what the field shows once picked
    value: Any       # what the caller stores: an id, a (kind, id) pair, a record
    detail: str = ""  # shown after the label in the popup: position, short name
    kind: str = ""   # "person" or "agency": said on the popup line


def popup_line(choice: Choice) -> str:
    """One line of a pick list: what it is, its name, and its position or short name."""
    translate = QCoreApplication.translate
    if choice.kind == TYPED_KIND:
        return translate("PickField", "Ghi đúng như đã gõ: «{text}»").format(text=choice.label)
    text = f"{choice.label} — {choice.detail}" if choice.detail else choice.label
    if choice.kind == PERSON_KIND:
        return translate("PickField", "Người: {text}").format(text=text)
    if choice.kind == AGENCY_KIND:
        return translate("PickField", "Cơ quan: {text}").format(text=text)
    return text


def choice_rank(query: str, choice: Choice, key: str) -> int:
    """How well ``query`` names ``choice`` (``key``: its folded label and detail). A name beats
    a position: "so thong tin va truyen thong" ranks the agency above its director, whose
    position only contains the words. 0 when it does not match at all."""
    if choice.kind == TYPED_KIND:
        return 1
    also = (choice.detail,) if choice.kind == AGENCY_KIND else ()  # an agency's short name
    rank = name_rank(query, choice.label, *also)
    if rank:
        return 2 + rank
    return 2 if matches(key, query) else 0


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

    def set_typed(self, text: str | None) -> None:
        """The last line, "as typed", for fields that take free text (None: no such line)."""
        has = bool(self.choices) and self.choices[-1].kind == TYPED_KIND
        if text and has:
            self.choices[-1] = Choice(text, None, kind=TYPED_KIND)
            self._keys[-1] = ""
            index = self.index(len(self.choices) - 1, 0)
            self.dataChanged.emit(index, index)
        elif text:
            self.beginInsertRows(QModelIndex(), len(self.choices), len(self.choices))
            self.choices.append(Choice(text, None, kind=TYPED_KIND))
            self._keys.append("")
            self.endInsertRows()
        elif has:
            self.beginRemoveRows(QModelIndex(), len(self.choices) - 1, len(self.choices) - 1)
            self.choices.pop()
            self._keys.pop()
            self.endRemoveRows()

    def key(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return popup_line(choice)
        if role == Qt.ItemDataRole.EditRole:
            return choice.label
        if role == CHOICE_ROLE:
            return choice
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        return None


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows where each typed word begins a word (diacritics and case ignored)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = search_words(text)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802, ANN001
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return matches(key, self._words)


class RankedFilter(QSortFilterProxyModel):
    """The choices that match what was typed, best first (:func:`choice_rank`), then in the
    order given; the "as typed" line last."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._text = ""
        self._ranks: dict[int, int] = {}
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        model: ChoiceModel = self.sourceModel()
        self._text = text
        self._ranks = {row: choice_rank(text, choice, model.key(row))
                       for row, choice in enumerate(model.choices)} if search_words(text) else {}
        self.invalidate()
        self.sort(0)

    def rank(self, proxy_row: int) -> int:
        return self._ranks.get(self.mapToSource(self.index(proxy_row, 0)).row(), 0)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802, ANN001
        return self._ranks.get(source_row, 0) > 0

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        a, b = left.row(), right.row()
        return (-self._ranks.get(a, 0), a) < (-self._ranks.get(b, 0), b)


class PickField(LineEditor):
    """A line edit with a popup of matching choices, best first. ``choice`` is what was picked,
    or None when the text is the clerk's own (free text, or nothing).

    Enter takes the highlighted line, else the one best match (an exact or whole-word name over
    a partial one, a name over a position); when several match equally well, the list opens
    instead of guessing. With ``free_text`` the last line offers the text as typed."""

    picked = Signal(object)  # Choice or None

    def __init__(self, parent: QWidget | None = None, *, free_text: bool = False) -> None:
        super().__init__(parent)
        self.free_text = free_text
        self.model_ = ChoiceModel(self)
        self.proxy = RankedFilter(self)
        self.proxy.setSourceModel(self.model_)
        self.completer_ = QCompleter(self.proxy, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setWidget(self)
        self.completer_.setMaxVisibleItems(12)
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

    def _search(self, text: str) -> None:
        self._ensure_choices()
        self.model_.set_typed(text.strip() if self.free_text else None)
        self.proxy.set_search(text)

    def matches(self, text: str) -> list[Choice]:
        """The choices ``text`` finds, best first (without the "as typed" line)."""
        self._search(text)
        found = [self.proxy.index(r, 0).data(CHOICE_ROLE) for r in range(self.proxy.rowCount())]
        return [c for c in found if c.kind != TYPED_KIND]

    def best(self, text: str) -> list[Choice]:
        """The choices that match ``text`` best (one, several equally good, or none)."""
        found = self.matches(text) if text.strip() else []
        if not found:
            return []
        top = self.proxy.rank(0)
        return [c for r, c in enumerate(found) if self.proxy.rank(r) == top]

    def _edited(self, text: str) -> None:
        self.choice = None
        best = self.best(text)
        if not best:
            self.completer_.popup().hide()
            return
        self._open_list(highlight=len(best) == 1)

    def _open_list(self, *, highlight: bool) -> None:
        """Show the matches; the one best is highlighted (Enter takes it), a tie is not."""
        self.completer_.complete()
        popup = self.completer_.popup()
        first = self.completer_.completionModel().index(0, 0)
        popup.setCurrentIndex(first if highlight else QModelIndex())
        if not highlight:
            popup.scrollToTop()

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        self._pick(None if choice is not None and choice.kind == TYPED_KIND else choice)

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

    def accept_typed(self, *, leaving: bool = False) -> None:
        """Enter: the line highlighted in the popup; else the one best match; with several
        equally good ones the list opens to choose from (``leaving`` the field: the text stays
        as typed instead); with none the text stays as typed (a guest, a free-text presenter)."""
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._activated(popup.currentIndex())
            return
        if self.choice is not None:
            self.picked.emit(self.choice)
            return
        best = self.best(self.text())
        if len(best) == 1:
            self._pick(best[0])
        elif best and not leaving:
            self._open_list(highlight=False)
        else:
            self._pick(None)
