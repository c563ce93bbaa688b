"""A list of service records whose rows change one at a time, and can be dragged into order.

The workspace edits one opinion or one attendee per keystroke burst; resetting a 300-row view
for each would lose the selection and the scroll position. Rows are found by record id.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from core.text import sort_key
from gui.models import Column, RecordFilterProxy, RecordTableModel

_MIME = "application/x-thuky-row"


class RecordListModel(RecordTableModel):
    """Rows are frozen records with an ``id``. With ``reorderable`` a row dropped elsewhere emits
    ``move_requested(row, new_row)``; the owner asks the service, then calls :meth:`move`."""

    move_requested = Signal(int, int)

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 reorderable: bool = False, id_of: Callable[[Any], Any] = lambda r: r.id) -> None:
        super().__init__(columns, parent)
        self.reorderable = reorderable
        self._id_of = id_of
        self._rows_by_id: dict[Any, int] = {}

    def _reindex(self) -> None:
        self._rows_by_id = {self._id_of(r): i for i, r in enumerate(self.rows)}

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(rows)
        self._reindex()

    def row_of(self, record_id: Any) -> int | None:  # type: ignore[override]  # by id, where the base class takes a predicate
        return self._rows_by_id.get(record_id)

    def replace(self, record: Any) -> None:
        row = self.row_of(self._id_of(record))
        if row is None:
            return
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_rows(self, records: Sequence[Any]) -> None:
        """New versions of the same rows in the same order (numbers changed after a move)."""
        if [self._id_of(r) for r in records] != [self._id_of(r) for r in self.rows]:
            self.set_rows(records)
            return
        self.rows = list(records)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def insert(self, row: int, record: Any) -> None:
        row = max(0, min(row, len(self.rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, record)
        self.endInsertRows()
        self._reindex()

    def append(self, record: Any) -> None:
        self.insert(len(self.rows), record)

    def remove(self, record_id: Any) -> None:
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self._reindex()

    def move(self, row: int, new_row: int) -> None:
        """Move ``row`` so that it ends up at ``new_row`` (0-based, clamped)."""
        new_row = max(0, min(new_row, len(self.rows) - 1))
        if row == new_row or not 0 <= row < len(self.rows):
            return
        destination = new_row + 1 if new_row > row else new_row  # Qt counts before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.rows.insert(new_row, self.rows.pop(row))
        self.endMoveRows()
        self._reindex()

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, one key per row (a proxy sorting 50,000 rows would call
        back into Python for every comparison)."""
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]

        def key(record: Any) -> Any:
            if spec.sort is not None:
                return spec.sort(record)
            value = spec.value(record)
            return sort_key("" if value is None else str(value))

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [self._id_of(self.rows[i.row()]) for i in before]
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.changePersistentIndexList(
            before, [self.index(self._rows_by_id[m], i.column()) for m, i in zip(moved, before, strict=True)])
        self.layoutChanged.emit()

    # --- drag and drop ---------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.reorderable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.isValid():
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(_MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.reorderable or not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode())
        target = row if row != -1 else (parent.row() if parent.isValid() else len(self.rows))
        if target > source:
            target -= 1
        if target != source:
            self.move_requested.emit(source, target)
        return False  # the owner moves the row once the service agrees


class SourceSortProxy(RecordFilterProxy):
    """Filters as typed, and leaves sorting to the source model (see RecordListModel.sort), so
    the rows keep the order the service gave until a column header is clicked."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
