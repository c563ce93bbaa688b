"""Small widgets every register uses: the search box, the record table, a pick-list that finds
names typed without diacritics. Dates are typed into :class:`gui.date_fields.DateField`."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolTip,
)

from core.text import MAX_SEARCH_WORDS, fold, search_was_cut, tidy
from gui.date_fields import DateField  # noqa: F401  (the registers' forms import it from here)
from gui.models import SEARCH_ROLE, Column, RecordFilterProxy, RecordTableModel


def mark_data(widget) -> None:
    """Say that a widget's items are the user's data (names, roles), not words of the program:
    the language test leaves them alone."""
    widget.setProperty("dataValues", True)


def note_long_searches(box: QLineEdit) -> None:
    """When a paste holds more words than a search uses (core.text.search_words), say so beside
    the box: its tooltip and accessible description carry the note while it applies."""
    plain_tip = box.toolTip()

    def check(typed: str) -> None:
        cut = search_was_cut(typed)
        if cut == bool(box.property("searchCut")):
            return
        box.setProperty("searchCut", cut)
        if cut:
            note = QApplication.translate(
                "SearchBox", "Đoạn dán quá dài: chỉ tìm theo {count} từ đầu tiên.").format(
                count=MAX_SEARCH_WORDS)
            box.setToolTip(note)
            box.setAccessibleDescription(note)
            if box.isVisible():
                QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), note, box)
        else:
            box.setToolTip(plain_tip)
            box.setAccessibleDescription("")

    box.textChanged.connect(check)


class SearchBox(QLineEdit):
    """Search as you type. Escape clears it; Down moves into the list it filters."""

    def __init__(self, placeholder: str, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        self.target: QTableView | None = None
        note_long_searches(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down and self.target is not None:
            self.target.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.target.currentIndex().isValid() and self.target.model().rowCount():
                self.target.selectRow(0)
            return
        super().keyPressEvent(event)


class RecordTable(QTableView):
    """A read-only table over a RecordTableModel through a RecordFilterProxy. Enter or a double
    click asks to open the row (``open_requested``)."""

    open_requested = Signal(object)
    selection_changed = Signal()

    def __init__(self, columns: Sequence[Column], accessible_name: str, parent=None, *,
                 muted: Callable[[Any], bool] | None = None,
                 extra_search: Callable[[Any], str] | None = None) -> None:
        super().__init__(parent)
        self.source = RecordTableModel(columns, self, muted=muted, extra_search=extra_search)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setAccessibleName(accessible_name)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as keyboard users expect
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
        self.activated.connect(lambda index: self.open_requested.emit(self.record_at(index)))
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.proxy.modelReset.connect(lambda: self.selection_changed.emit())

    def record_at(self, index: QModelIndex) -> Any:
        return self.source.record(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def current(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.record_at(rows[0]) if rows else None

    def set_rows(self, rows: Sequence[Any], *, keep: Callable[[Any], object] = lambda r: r.id) -> None:
        """Show new rows, keeping the selected record selected (matched by ``keep``)."""
        chosen = self.current()
        self.source.set_rows(rows)
        if chosen is not None:
            self.select_where(lambda r: keep(r) == keep(chosen))

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        row = self.source.row_of(predicate)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def fit_columns(self, widths: Sequence[int] = (), stretch: Sequence[int] = ()) -> None:
        """Starting widths in characters (computing them from ten thousand rows would be slow
        and jumpy); the ``stretch`` columns share what is left, so nothing needs a scroll bar."""
        char = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            if column not in stretch:
                self.setColumnWidth(column, width * char + 18)
        if stretch:
            header.setStretchLastSection(False)
            for column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        headers_whole(self)


def headers_whole(table: QTableView) -> None:
    """Widen each column that is narrower than its header's words (Interactive ones; a
    stretched column gets its share), so no header is cut to "ắp đến hạ"."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        need = header.sectionSizeHint(column)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)


class FoldingCompleter(QCompleter):
    """Completes from a RecordTableModel whatever the user types, with or without diacritics:
    "nguyen van" finds "Nguyễn Văn Bích", every word anywhere in the row."""

    def __init__(self, model: RecordTableModel, parent=None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class RecordCombo(QComboBox):
    """Pick a record by typing part of its name; the typed text stays if nothing matches, so a
    form can offer to create it."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.source = RecordTableModel(columns, self)
        self.setModel(self.source)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Sizing to the widest of ten thousand names would measure every one of them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setCompleter(FoldingCompleter(self.source, self))
        self.lineEdit().setClearButtonEnabled(True)
        mark_data(self)

    def lineEdit(self) -> QLineEdit:
        """The text field (the combo is always editable)."""
        edit = super().lineEdit()
        assert edit is not None
        return edit

    def set_records(self, rows: Sequence[Any]) -> None:
        text = self.currentText()
        self.source.set_rows(rows)
        self.setEditText(text)

    def record(self) -> Any:
        """The chosen record: the item whose name is exactly what the box shows, else None.
        Typed in combining form (a Unikey setting), the name is composed before it is compared."""
        text = self.typed()
        if not text:
            return None
        row = self.currentIndex()
        if 0 <= row < self.source.rowCount() and self.itemText(row) == text:
            return self.source.record(row)
        row = self.findText(text, Qt.MatchFlag.MatchExactly)
        return self.source.record(row) if row >= 0 else None

    def typed(self) -> str:
        return tidy(self.currentText()).strip()

    def select_id(self, record_id: int | None) -> None:
        row = self.source.row_of(lambda r: r.id == record_id) if record_id is not None else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
