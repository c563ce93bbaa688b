"""A table model over a list of service records: the one way lists are shown.

Lists hold up to ten thousand people, so sorting and searching never call Python per comparison:
the model sorts its own rows with precomputed keys (Vietnamese order) and keeps the folded search
text of each row; the proxy only filters, with one cheap Python call per row.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from core.text import fold, marked_words, marks_agree, matches, search_words, sort_key

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
MUTED = QColor("#6b7280")


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # default: Vietnamese order of the shown text
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None  # default: the text shown


def _none_last(value: Any) -> tuple:
    return (1,) if value is None else (0, value)


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen records from a service; columns say how to show and sort each.

    ``muted`` greys out rows (an inactive agency, a past member); ``extra_search`` adds text a
    search should find that no column shows (an agency's old names).
    """

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 muted: Callable[[Any], bool] | None = None,
                 extra_search: Callable[[Any], str] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.muted = muted
        self.extra_search = extra_search
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._keys: dict[int, list] = {}
        self._search: list[str] | None = None

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._keys.clear()
        self._search = None
        column, order = self._sort
        if column >= 0:
            self._reorder(self._order(column, order))
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The first row whose record matches, or -1."""
        return next((i for i, r in enumerate(self.rows) if predicate(r)), -1)

    def search_text(self, row: int) -> str:
        if self._search is None:
            self._search = [self._fold_row(r) for r in self.rows]
        return self._search[row]

    def _fold_row(self, record: Any) -> str:
        return fold(self.row_text(record))

    def row_text(self, record: Any) -> str:
        """What a search looks in: every column's text (and the extra search text)."""
        parts = [str(c.value(record) or "") for c in self.columns]
        if self.extra_search is not None:
            parts.append(self.extra_search(record) or "")
        return " ".join(parts)

    # -- sorting -------------------------------------------------------------------------------
    def _key_list(self, column: int) -> list:
        keys = self._keys.get(column)
        if keys is None:
            col = self.columns[column]
            if col.sort is not None:
                keys = [_none_last(col.sort(r)) for r in self.rows]
            else:
                keys = [sort_key("" if (v := col.value(r)) is None else str(v)) for r in self.rows]
            self._keys[column] = keys
        return keys

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._key_list(column)
        return sorted(range(len(self.rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, permutation: list[int]) -> None:
        self.rows = [self.rows[i] for i in permutation]
        self._keys = {c: [k[i] for i in permutation] for c, k in self._keys.items()}
        if self._search is not None:
            self._search = [self._search[i] for i in permutation]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if column < 0 or column >= len(self.columns) or not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._order(column, order)
        new_row = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_row[old] = new
        persistent = self.persistentIndexList()
        self._reorder(permutation)
        self.changePersistentIndexList(
            persistent, [self.index(new_row[p.row()], p.column()) for p in persistent])
        self.layoutChanged.emit()

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and self.muted is not None and self.muted(record):
            return MUTED
        if role == Qt.ItemDataRole.FontRole and self.muted is not None and self.muted(record):
            font = QFont()
            font.setItalic(True)
            return font
        if role == SORT_ROLE:
            return self._key_list(index.column())[index.row()]
        if role == SEARCH_ROLE:
            return self.search_text(index.row())
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters by a search text typed without diacritics (each typed word begins a word of the
    row: the task register's rule, :func:`core.text.matches`);
    sorting is passed to the source model, which does it with precomputed keys."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._marked: list[tuple[str, int]] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words, marked = search_words(text), marked_words(text)
        if (words, marked) == (self._words, self._marked):
            return
        self.beginFilterChange()
        self._words, self._marked = words, marked
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        source = cast(RecordTableModel, self.sourceModel())
        if not matches(source.search_text(source_row), self._words):
            return False
        return not self._marked or marks_agree(source.row_text(source.record(source_row)), self._marked)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def record(self, row: int) -> Any:
        """The record shown on the proxy's ``row``."""
        return cast(RecordTableModel, self.sourceModel()).record(self.mapToSource(self.index(row, 0)).row())
