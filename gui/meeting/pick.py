"""Picking a person or an agency by typing part of the name, without diacritics.

"phuc" finds "Nguyễn Quang Phúc", "so tt" finds "Sở Thông tin và Truyền thông" (short name
Sở TT&TT). A pick list (``PickField``) is a line edit with a popup of the matches, best first,
each line saying what it is; what is typed and not picked stays as free text, so a speaker who
is not on the list can still be recorded.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

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
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QWidget

from core.text import fold, folded_rank, matches, search_words, tidy
from gui.meeting.widgets import LineEditor

if TYPE_CHECKING:
    class _Completer(QCompleter):
        def popup(self) -> QAbstractItemView: ...  # Qt makes one when none was set


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


def choice_names(choice: Choice) -> tuple[str, ...]:
    """The folded names a choice goes by: its label, and an agency's short name."""
    if choice.kind == AGENCY_KIND and choice.detail:
        return (fold(choice.label), fold(choice.detail))
    return (fold(choice.label),)


def choice_rank(words: list[str], choice: Choice, key: str, names: tuple[str, ...]) -> int:
    """How well the typed ``words`` (folded) name ``choice`` (``key``: its folded label and
    detail; ``names``: :func:`choice_names`). A name beats a position: "so thong tin va truyen
    thong" ranks the agency above its director, whose position only contains the words. 0 when
    it does not match at all."""
    if choice.kind == TYPED_KIND:
        return 1
    if not all(word in key for word in words):
        return 0  # the quick answer for most of 2,000 agencies
    rank = max(folded_rank(words, name) for name in names)
    if rank:
        return 2 + rank
    return 2 if matches(key, words) else 0


class ChoiceModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choices: list[Choice] = []
        self._keys: list[str] = []
        self.names: list[tuple[str, ...]] = []
        self._lines: dict[int, str] = {}

    def set_choices(self, choices: Sequence[Choice], *, keys: Sequence[str] | None = None) -> None:
        """The choices (``keys``: their folded search texts, when already known)."""
        self.beginResetModel()
        self.choices = list(choices)
        self._keys = list(keys) if keys is not None else [fold(f"{c.label} {c.detail}")
                                                          for c in self.choices]
        self.names = [choice_names(c) for c in self.choices] if keys is None else []
        self._lines = {}  # popup lines, made once each (the popup asks often)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            line = self._lines.get(index.row())
            if line is None:
                line = self._lines[index.row()] = popup_line(choice)
            return line
        if role == Qt.ItemDataRole.EditRole:
            return choice.label
        if role == CHOICE_ROLE:
            return choice
        if role == SEARCH_ROLE:
            return self._keys[index.row()]
        return None


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows where each typed word begins a word (diacritics and case ignored)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = search_words(text)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return matches(key, self._words)


class PickField(LineEditor):
    """A line edit with a popup of matching choices, best first. ``choice`` is what was picked,
    or None when the text is the clerk's own (free text, or nothing).

    Enter takes the highlighted line, else the one best match (an exact or whole-word name over
    a partial one, a name over a position); when several match equally well, the list opens
    instead of guessing. With ``free_text`` the last line offers the text as typed.

    The matches are ranked in Python over all the choices (2,000 agencies) and only the first
    :data:`SHOWN` go into the popup's model, so each key stays quick."""

    picked = Signal(object)  # Choice or None
    SHOWN = 30

    def __init__(self, parent: QWidget | None = None, *, free_text: bool = False) -> None:
        super().__init__(parent)
        self.free_text = free_text
        self.model_ = ChoiceModel(self)    # every choice
        self.results = ChoiceModel(self)   # what the popup lists now
        self.completer_ = cast("_Completer", QCompleter(self.results, self))
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setWidget(self)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.popup().setMinimumWidth(460)  # names with their positions
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]  # the stubs know no overloaded signals
        self.choice: Choice | None = None
        self._source: Callable[[], Sequence[Choice]] | None = None
        self._words: list[str] = []
        self._ranked: list[tuple[int, int]] = []  # (rank, row in model_), best first
        self.model_.modelReset.connect(self._forget)
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

    def _forget(self) -> None:
        self._words, self._ranked = [], []

    def set_choice(self, choice: Choice | None, *, text: str | None = None) -> None:
        """Show ``choice`` (or ``text`` as free text) without emitting ``picked``."""
        self.choice = choice
        self.setText(choice.label if choice is not None else (text or ""))

    def _rank(self, text: str) -> None:
        """Rank every choice against ``text``; a key more of the same text only narrows."""
        self._ensure_choices()
        model = self.model_
        words = search_words(text)
        narrowing = bool(self._words) and len(words) >= len(self._words) and all(
            new.startswith(old) for old, new in zip(self._words, words, strict=False))
        rows = [row for _rank, row in self._ranked] if narrowing else range(len(model.choices))
        ranked = []
        if words:
            for row in rows:
                rank = choice_rank(words, model.choices[row], model.key(row), model.names[row])
                if rank:
                    ranked.append((rank, row))
        ranked.sort(key=lambda pair: (-pair[0], pair[1]))
        self._words, self._ranked = words, ranked

    def _show_results(self, text: str) -> None:
        model = self.model_
        rows = [row for _rank, row in self._ranked[:self.SHOWN]]
        shown = [model.choices[row] for row in rows]
        keys = [model.key(row) for row in rows]
        if self.free_text and text.strip():
            shown.append(Choice(tidy(text).strip(), None, kind=TYPED_KIND))
            keys.append("")
        self.results.set_choices(shown, keys=keys)

    def matches(self, text: str) -> list[Choice]:
        """The choices ``text`` finds, best first."""
        self._rank(text)
        return [self.model_.choices[row] for _rank, row in self._ranked]

    def best(self, text: str) -> list[Choice]:
        """The choices that match ``text`` best (one, several equally good, or none)."""
        if not text.strip():
            return []
        self._rank(text)
        if not self._ranked:
            return []
        top = self._ranked[0][0]
        return [self.model_.choices[row] for rank, row in self._ranked if rank == top]

    def _edited(self, text: str) -> None:
        self.choice = None
        best = self.best(text)
        if not best:
            self.completer_.popup().hide()
            return
        self._open_list(text, highlight=len(best) == 1)

    def _open_list(self, text: str, *, highlight: bool) -> None:
        """Show the matches; the one best is highlighted (Enter takes it), a tie is not."""
        self._show_results(text)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
            self._open_list(self.text(), highlight=False)
        else:
            self._pick(None)
