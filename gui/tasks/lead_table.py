"""The overview's table per lead agency: assigned, due, done on time, done late, overdue and
completion rate for a period, with the total last. Every number is a link: the page opens the
register on the tasks behind it (``measure_at``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.reports import wording
from core.reports.model import LeadCounts, Summary
from core.text import sort_key

LINK = QColor("#0B57D0")
# Column → the measure its numbers count (None: the name column).
MEASURE_COLUMNS = (None, "assigned", "due", "done_on_time", "done_late", "overdue", "due")


class LeadTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary: Summary | None = None
        self.leads: list[LeadCounts] = []
        self.headings = [self.tr("Cơ quan chủ trì"), self.tr("Giao"), self.tr("Đến hạn"),
                         self.tr("Hoàn thành đúng hạn"), self.tr("Hoàn thành quá hạn"),
                         self.tr("Quá hạn chưa hoàn thành"), self.tr("Tỷ lệ hoàn thành")]
        # On screen the long headings take two lines, so the number columns stay narrow.
        self.header_lines = [self.tr("Cơ quan chủ trì"), self.tr("Giao\ntrong kỳ"),
                             self.tr("Đến hạn\ntrong kỳ"), self.tr("Hoàn thành\nđúng hạn"),
                             self.tr("Hoàn thành\nquá hạn"), self.tr("Quá hạn chưa\nhoàn thành"),
                             self.tr("Tỷ lệ\nhoàn thành")]
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_summary(self, summary: Summary) -> None:
        self.beginResetModel()
        self.summary = summary
        self.leads = list(summary.by_lead)
        self._sort_rows()
        self.endResetModel()

    def lead_at(self, row: int) -> LeadCounts | None:
        """The lead of a row; None for the total row."""
        return self.leads[row] if row < len(self.leads) else None

    def measure_at(self, column: int) -> str | None:
        return MEASURE_COLUMNS[column]

    def value(self, row: int, column: int) -> Any:
        lead = self.lead_at(row)
        counts = lead.counts if lead is not None else self.summary.total  # type: ignore[union-attr]  # rows come with a summary
        if column == 0:
            return lead.name if lead is not None else self.tr("Tổng cộng")
        if column == 6:
            return counts.rate
        return getattr(counts, MEASURE_COLUMNS[column])  # type: ignore[arg-type]  # a number column: named

    # --- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.summary is None:
            return 0
        return len(self.leads) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_lines[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.headings[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.summary is None:
            return None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        total = self.lead_at(row) is None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return value
            return wording.rate(value) if column == 6 else wording.number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(total)
            font.setUnderline(column > 0 and column != 6 and bool(value))
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column > 0 and column != 6 and value:
            return QBrush(LINK)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        if column == 0:
            def key(lead: LeadCounts):
                return sort_key(lead.name)
        else:
            def key(lead: LeadCounts):
                counts = lead.counts
                value = counts.rate if column == 6 else getattr(counts, MEASURE_COLUMNS[column])  # type: ignore[arg-type]  # a number column: named
                return (-1 if value is None else value, sort_key(lead.name))
        self.leads.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
