"""The task register: every task of every meeting and committee, filtered, searched and sorted
by the database, fetched a page at a time as the list scrolls (it holds 500,000 tasks).

Other pages open it on exactly the tasks they counted: ``window.show_page("tasks")
.show_filtered(RegisterFilter(...))``.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.reports.wording import number
from core.status import TaskStatus
from gui.operations import Changes
from gui.pages import Page, heading
from gui.tasks.filter_bar import FilterBar, HorizontalScroll
from gui.tasks.filters import RegisterFilter
from gui.tasks.register_model import RegisterColumn, TaskRegisterModel
from gui.i18n import short_status_text
from gui.widgets import headers_whole

RELOAD_ON = ("tasks", "meetings", "agencies", "committees", "people")
# Starting widths in pixels (1366 x 768 in mind), never narrower than the column's header;
# the content of the task takes what is left. Long cells are shortened with "…" and shown
# whole in their tooltip.
WIDTHS = {"source": 100, "lead": 120, "coordinators": 100, "deadline": 95, "status": 112,
          "soon": 90, "progress": 140}


class TasksPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        tr = self.tr
        self.columns = [
            RegisterColumn("content", tr("Nội dung nhiệm vụ"), "content"),
            RegisterColumn("source", tr("Nguồn"), "source"),
            RegisterColumn("lead", tr("Chủ trì"), "lead"),
            RegisterColumn("coordinators", tr("Phối hợp"), "coordinators"),
            RegisterColumn("deadline", tr("Thời hạn"), "due"),
            RegisterColumn("status", tr("Trạng thái"), "status"),
            RegisterColumn("soon", tr("Sắp đến hạn"), "due"),
            RegisterColumn("progress", tr("Tình hình mới nhất"), "progress"),
        ]
        self.total = QLabel()
        self.model = TaskRegisterModel(self.columns, self)
        self.model.total_changed.connect(self._show_total)
        self.bar = FilterBar()
        self.bar.changed.connect(self._filter_changed)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #FFF4CE; padding: 4px 8px;")
        self.drop_note = QPushButton(tr("Bỏ lọc này"))
        self.drop_note.clicked.connect(self.bar.drop_extra)
        self.note_row = QWidget()
        row = QHBoxLayout(self.note_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.drop_note)
        self.note_row.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Sổ theo dõi nhiệm vụ"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.order_column, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        text_width = self.table.fontMetrics().horizontalAdvance
        widths = dict(WIDTHS,  # a deadline as usually written and the longest short status, whole
                      deadline=text_width("Trước 30/12/2026") + 20,  # data, not a word of ours
                      status=max(text_width(short_status_text(s)) for s in TaskStatus) + 44)
        for i, column in enumerate(self.columns):
            if column.key in widths:
                self.table.setColumnWidth(i, widths[column.key])
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        headers_whole(self.table)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter (and, by style, a double click)

        self.open_button = QPushButton(tr("Mở nhiệm vụ"))
        self.open_button.clicked.connect(self.open_selected)
        self.report_button = QPushButton(tr("Lập báo cáo…"))
        self.report_button.clicked.connect(self.open_report_dialog)
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.export_button.setToolTip(tr("Các nhiệm vụ đang xem: bảng theo dõi, hoặc phiếu gửi "
                                         "từng cơ quan chủ trì"))
        self.export_button.clicked.connect(self.export_excel)
        self.import_button = QPushButton(tr("Nhập tình hình từ Excel…"))
        self.import_button.setToolTip(tr("Các phiếu cơ quan gửi lại: xem trước rồi mới ghi"))
        self.import_button.clicked.connect(self.import_progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.report_button)

        # Beside the filters (what it chases is what they show), not in the bottom row, which
        # sets the page's narrowest width.
        self.remind_button = QPushButton(tr("Đôn đốc…"))
        self.remind_button.setToolTip(tr("Công văn đôn đốc các cơ quan chủ trì có nhiệm vụ quá hạn"))
        self.remind_button.clicked.connect(self.open_reminders)
        top = QHBoxLayout()
        top.addWidget(HorizontalScroll(self.bar), 1)
        top.addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Sổ theo dõi nhiệm vụ")))
        layout.addLayout(top)
        layout.addWidget(self.note_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- page ----------------------------------------------------------------------------------
    def set_services(self, services) -> None:
        self.services = services
        self.bar.populate(services)
        self.model.filter = self.bar.current()
        self.model.set_services(services)

    def reload(self) -> None:
        self.model.reload(keep_rows=True)

    def data_changed(self, changes: Changes) -> None:
        if not changes.any(*RELOAD_ON) or self.services is None:
            return
        if changes.any("meetings", "agencies", "committees", "people"):  # the filters' choices
            self.bar.populate(self.services)
        self.reload()

    def flush(self) -> None:
        self.model.counter.wait()

    # --- what other pages call ---------------------------------------------------------------
    def show_filtered(self, chosen: RegisterFilter) -> TasksPage:
        """Show exactly the tasks ``chosen`` selects (the widgets show what they can; the rest
        is named above the list, with a button to drop it)."""
        self.bar.set_filter(chosen)
        return self

    def open_task(self, task_id: int):
        """The task's page (a dialog; one per task: asked again, the open one comes forward)."""
        from gui.tasks.task_dialog import TaskDialog

        for dialog in self.findChildren(TaskDialog):
            if dialog.isVisible() and dialog.task is not None and dialog.task.id == task_id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = TaskDialog(self.window_, task_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def export_excel(self):
        """Exactly the tasks the register shows, with the same filters."""
        from gui.exchange.export_tasks import ExportTasksDialog

        if self.services is not None:
            return ExportTasksDialog.run(self, self.services, self.model.filter.query(dt.date.today()))
        return None

    def import_progress(self):
        from gui.exchange.import_progress import ImportProgressDialog

        if self.services is None:
            return None
        result = ImportProgressDialog.run(self, self.services)
        if result is not None:
            self.window_.ops.announce(Changes(tasks=True))
        return result

    def open_report_dialog(self):
        from gui.tasks.report_dialog import ReportDialog

        dialog = ReportDialog(self.window_, committee_id=self.model.filter.committee_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_reminders(self):
        """Reminder letters for the register's committee, the register's filter offered."""
        from gui.exchange.reminders import open_reminders

        if self.services is None:
            return None
        dialog = open_reminders(self, self.services, committee_id=self.model.filter.committee_id,
                                filters=self.model.filter.query(dt.date.today()))
        return dialog

    # --- inside ----------------------------------------------------------------------------
    def _filter_changed(self, chosen: RegisterFilter) -> None:
        self.note.setText(self.tr("Đang lọc: {what}").format(what=chosen.note) if chosen.extra else "")
        self.note_row.setVisible(bool(chosen.extra))
        if self.services is None:
            self.model.filter = chosen
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.set_filter(chosen)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_task(self.model.record(index.row()).id)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.total.setText(self.tr("Đang đếm…"))
        else:
            self.total.setText(self.tr("{n} nhiệm vụ").format(n=number(total)))
