"""The task register as a lazy table model: pages of 200 tasks fetched from the database as the
view scrolls, sorted and filtered by SQL, never the whole register in memory (500,000 tasks).

Qt asks ``canFetchMore``/``fetchMore`` when the view reaches the last loaded row; ``sort``
reloads from the first page in the new order. The total is counted on a worker thread
(gui.tasks.counter) and announced by ``total_changed``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from core.services import Services
from core.services.task_queries import TaskRecord
from gui.tasks.counter import Counter
from gui.tasks.filters import RegisterFilter
from gui.tasks.icons import due_soon_icon, status_icon
from gui.i18n import short_status_text, status_text

PAGE = 200
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class RegisterColumn:
    key: str          # what the column shows, also its name in tests
    title: str
    order_by: str     # TaskService.list's order_by


class TaskRegisterModel(QAbstractTableModel):
    total_changed = Signal(object)  # int, or None while counting
    loaded = Signal()

    def __init__(self, columns: list[RegisterColumn], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.services: Services | None = None
        self.filter = RegisterFilter()
        self.order_column = next(i for i, c in enumerate(columns) if c.key == "deadline")
        self.descending = False
        self.today = dt.date.today()
        self.total: int | None = None
        self._rows: list[TaskRecord] = []
        self._cells: list[tuple[str, ...]] = []
        self._notices: dict[int, str] = {}
        self._more = False
        self.counter = Counter(self)
        self.counter.counted.connect(self._counted)
        self.texts = _Texts(self)

    # --- what to show ------------------------------------------------------------------------
    def set_services(self, services) -> None:
        self.services = services
        self.reload()

    def set_filter(self, chosen: RegisterFilter) -> None:
        self.filter = chosen
        self.reload()

    def reload(self, *, keep_rows: bool = False) -> None:
        """Load the first page again (after a change: as many rows as were loaded)."""
        wanted = max(PAGE, len(self._rows)) if keep_rows else PAGE
        self.today = dt.date.today()
        self.beginResetModel()
        self._rows, self._cells, self._notices, self._more = [], [], {}, False
        if self.services is not None:
            self._append(self._fetch(0, wanted), wanted)
        self.endResetModel()
        self._start_count()
        self.loaded.emit()

    def query(self) -> dict:
        return self.filter.query(self.today)

    def record(self, row: int) -> TaskRecord:
        return self._rows[row]

    def row_of(self, task_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == task_id), None)

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self.services is None:
            return
        records = self._fetch(len(self._rows), PAGE)
        if not records:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._append(records, PAGE)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every row (tests, exports of what is shown)."""
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.order_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.texts.tooltip(key, record, self._notices)
        if role == RECORD_ROLE:
            return record
        if key == "status":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(record.status.fill))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(record.status.colour))
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(record.status)
        if key == "soon":
            if role == Qt.ItemDataRole.DecorationRole and record.due_soon:
                return due_soon_icon()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_CENTER
        if key == "deadline" and role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER
        return None

    # --- inside ----------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[TaskRecord]:
        assert self.services is not None  # rows are fetched from an open database
        column = self.columns[self.order_column]
        records = self.services.tasks.list(today=self.today, limit=limit, offset=offset,
                                           order_by=column.order_by, descending=self.descending,
                                           **self.query())
        missing = {r.meeting_id for r in records if r.meeting_id is not None} - set(self._notices)
        if missing:
            found = self.services.tasks.notices(meeting_ids=missing)
            self._notices.update({i: found.get(i, "") for i in missing})
        return records

    def _append(self, records: list[TaskRecord], asked: int) -> None:
        self._rows.extend(records)
        self._cells.extend(tuple(self.texts.cell(c.key, r, self._notices) for c in self.columns)
                           for r in records)
        self._more = len(records) == asked

    def _start_count(self) -> None:
        self.total = None
        if self.services is None:
            self.counter.cancel()
            self.total = 0
        elif not self._more:
            self.counter.cancel()  # everything is loaded: that is the count
            self.total = len(self._rows)
        else:
            services, query, today = self.services, self.query(), self.today
            self.counter.start(lambda: services.tasks.count(today=today, **query))
        self.total_changed.emit(self.total)

    def _counted(self, total: int) -> None:
        self.total = total
        self.total_changed.emit(total)


class _Texts(QObject):
    """The words of each cell, in the interface language."""

    def __init__(self, model: TaskRegisterModel) -> None:
        super().__init__(model)
        self.model = model

    def source(self, record: TaskRecord, notices: dict[int, str]) -> str:
        notice = notices.get(record.meeting_id, "") if record.meeting_id is not None else ""
        if notice:
            return notice
        if record.meeting_title:
            return self.tr("{title} ({date})").format(
                title=record.meeting_title, date=f"{record.meeting_date:%d/%m/%Y}")
        return ""

    def soon(self, record: TaskRecord) -> str:
        if not record.due_soon:
            return ""
        days = (record.due_date - self.model.today).days  # type: ignore[operator]  # due soon: it has a deadline
        return self.tr("hôm nay") if days == 0 else self.tr("còn {n} ngày").format(n=days)

    def cell(self, key: str, record: TaskRecord, notices: dict[int, str]) -> str:
        if key == "content":
            return record.content.replace("\n", " ")
        if key == "source":
            return self.source(record, notices)
        if key == "lead":
            return record.lead_name
        if key == "coordinators":
            return ", ".join(record.coordinator_names)
        if key == "deadline":
            return record.deadline_text
        if key == "status":
            return short_status_text(record.status)
        if key == "soon":
            return self.soon(record)
        if key == "progress":
            return (record.last_progress or "").replace("\n", " ")
        return ""

    def tooltip(self, key: str, record: TaskRecord, notices: dict[int, str]) -> str:
        if key == "source" and record.meeting_title:
            return "\n".join(x for x in (record.meeting_title, notices.get(record.meeting_id, "")) if x)  # type: ignore[arg-type]  # None: no meeting, no notice
        if key in ("deadline", "status", "soon"):
            lines = []
            if record.due_date:
                lines.append(self.tr("Hạn: {date}").format(date=f"{record.due_date:%d/%m/%Y}"))
            if record.extension_count:
                lines.append(self.tr("Đã gia hạn {n} lần, hạn ban đầu {date}").format(
                    n=record.extension_count,
                    date=f"{record.original_due_date:%d/%m/%Y}" if record.original_due_date else "—"))
            if record.completed_on:
                lines.append(self.tr("Hoàn thành ngày {date}").format(
                    date=f"{record.completed_on:%d/%m/%Y}"))
            if record.due_soon:
                lines.append(self.tr("Đến hạn trong 7 ngày tới"))
            return "\n".join([status_text(record.status_label), *lines])
        return self.cell(key, record, notices)
