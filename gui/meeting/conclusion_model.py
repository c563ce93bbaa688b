"""The chair's conclusion as a two-level tree: points 1., 2. and their sub-points a), b)."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from core.services.meeting_records import ConclusionRecord

PREVIEW = 400
_TOP = 0  # internal id of a top-level point; a sub-point carries its parent's row + 1


class ConclusionModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: list[ConclusionRecord] = []
        self.task_counts: dict[int, int] = {}

    def set_points(self, points: tuple[ConclusionRecord, ...]) -> None:
        self.beginResetModel()
        self.points = list(points)
        self.endResetModel()

    def set_task_counts(self, counts: dict[int, int]) -> None:
        self.task_counts = counts
        for row in range(len(self.points)):
            top = self.index(row, 0)
            self.dataChanged.emit(top, top)
            if self.points[row].children:
                self.dataChanged.emit(self.index(0, 0, top),
                                      self.index(len(self.points[row].children) - 1, 0, top))

    def point(self, index: QModelIndex | QPersistentModelIndex) -> ConclusionRecord | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self.points[index.row()]
        return self.points[index.internalId() - 1].children[index.row()]

    def index_of(self, point_id: int | None) -> QModelIndex:
        for row, point in enumerate(self.points):
            if point.id == point_id:
                return self.index(row, 0)
            for sub_row, child in enumerate(point.children):
                if child.id == point_id:
                    return self.index(sub_row, 0, self.index(row, 0))
        return QModelIndex()

    def replace_text(self, record: ConclusionRecord) -> None:
        """A point's new text, saved; its place and sub-points are unchanged."""
        index = self.index_of(record.id)
        if not index.isValid():
            return
        if index.internalId() == _TOP:
            self.points[index.row()] = dataclasses.replace(self.points[index.row()], text=record.text)
        else:
            parent = self.points[index.internalId() - 1]
            children = list(parent.children)
            children[index.row()] = dataclasses.replace(children[index.row()], text=record.text)
            self.points[index.internalId() - 1] = dataclasses.replace(parent, children=tuple(children))
        self.dataChanged.emit(index, index)

    def add_point(self, record: ConclusionRecord) -> QModelIndex:
        """A point just added at the end of its siblings (where the service puts it)."""
        if record.parent_id is None:
            row = len(self.points)
            self.beginInsertRows(QModelIndex(), row, row)
            self.points.append(record)
            self.endInsertRows()
            return self.index(row, 0)
        parent = self.index_of(record.parent_id)
        top = self.points[parent.row()]
        row = len(top.children)
        self.beginInsertRows(parent, row, row)
        self.points[parent.row()] = dataclasses.replace(top, children=(*top.children, record))
        self.endInsertRows()
        return self.index(row, 0, parent)

    def all_points(self) -> list[ConclusionRecord]:
        return [p for top in self.points for p in (top, *top.children)]

    # --- QAbstractItemModel --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self.points) else QModelIndex()
        if parent.internalId() == _TOP and row < len(self.points[parent.row()].children):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt's parent(index) beside QObject.parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.points)
        if parent.column() == 0 and parent.internalId() == _TOP:
            return len(self.points[parent.row()].children)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        point = self.point(index)
        if point is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(point.text[:PREVIEW].split()) + ("…" if len(point.text) > PREVIEW else "")
            count = self.task_counts.get(point.id, 0)
            suffix = self.tr(" [{n} nhiệm vụ]").format(n=count) if count else ""
            return f"{point.label} {text}{suffix}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return point.text[:2000]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Kết luận")
        return None
