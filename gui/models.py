"""A table model over a list of service records: the one way lists are shown."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.text import fold, sort_key

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # default: Vietnamese order of the shown text
    align: Qt.AlignmentFlag | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen records from a service; columns say how to show and sort each."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(record)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(record)
            value = column.value(record)
            return sort_key("" if value is None else str(value))
        if role == SEARCH_ROLE:
            return fold(" ".join(str(c.value(record) or "") for c in self.columns))
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key (Vietnamese order) and filters by a search text typed
    without diacritics: every word must appear in the row."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []
        self._cache: dict[int, str] = {}
        self.setSortRole(SORT_ROLE)

    def setSourceModel(self, model) -> None:  # noqa: N802, ANN001
        super().setSourceModel(model)
        model.modelReset.connect(self._cache.clear)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802, ANN001
        if not self._words:
            return True
        haystack = self._cache.get(source_row)
        if haystack is None:
            index = self.sourceModel().index(source_row, 0, source_parent)
            haystack = self._cache[source_row] = self.sourceModel().data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left, right) -> bool:  # noqa: N802, ANN001
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
