"""A preview table whose first column is a tick box: what the user accepts from an import.

Rows that cannot be accepted (an error, an unknown task) have no tick box and a tinted
background, so the user sees at once what will not be written and why.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Light fills that stay legible in black and white: refused, to look at, fine.
TONES = {"error": QColor("#fde2e1"), "warning": QColor("#fff4ce"), "legacy": QColor("#e8e1f5")}

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PreviewColumn:
    title: str
    value: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None


class CheckableRowsModel(QAbstractTableModel):
    """Column 0 is the tick box (``check_title``); the other columns come from ``columns``."""

    checked_changed = Signal()

    def __init__(self, check_title: str, columns: Sequence[PreviewColumn], parent=None, *,
                 checkable: Callable[[Any], bool] = lambda row: True,
                 tone: Callable[[Any], str | None] = lambda row: None) -> None:
        super().__init__(parent)
        self.check_title = check_title
        self.columns = list(columns)
        self.checkable = checkable
        self.tone = tone
        self.rows: list[Any] = []
        self._checked: list[bool] = []

    def set_rows(self, rows: Sequence[Any], *, checked: Callable[[Any], bool]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._checked = [self.checkable(row) and checked(row) for row in self.rows]
        self.endResetModel()
        self.checked_changed.emit()

    def checked_rows(self) -> list[Any]:
        return [row for row, on in zip(self.rows, self._checked, strict=True) if on]

    def set_all(self, on: bool, *, only: Callable[[Any], bool] = lambda row: True) -> None:
        """Tick (or untick) every row that can be ticked and passes ``only``."""
        for i, row in enumerate(self.rows):
            if self.checkable(row) and only(row):
                self._checked[i] = on
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def set_checked(self, rows: Iterable[int], on: bool = True) -> None:
        for i in rows:
            if self.checkable(self.rows[i]):
                self._checked[i] = on
                index = self.index(i, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.checkable(self.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            tone = self.tone(row)
            return QBrush(TONES[tone]) if tone in TONES else None
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole and self.checkable(row):
                on = self._checked[index.row()]
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        spec = self.columns[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (spec.tooltip or spec.value)(row) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole
                or not self.checkable(self.rows[index.row()])):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.check_title if section == 0 else self.columns[section - 1].title
