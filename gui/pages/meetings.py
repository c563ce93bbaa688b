"""The meetings list: every meeting of the open database, newest first, searchable."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout

from gui.models import Column, RecordFilterProxy, RecordTableModel
from gui.pages import Page


class MeetingsPage(Page):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        tr = self.tr
        self.model = RecordTableModel([
            Column(tr("Ngày"), lambda r: f"{r.starts_at:%d/%m/%Y}", sort=lambda r: r.starts_at),
            Column(tr("Ban"), lambda r: r.committee_abbreviation or r.committee_name),
            Column(tr("Cuộc họp"), lambda r: r.title),
        ], self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Danh sách cuộc họp"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Tìm cuộc họp (gõ không dấu cũng được)"))
        self.search.setAccessibleName(tr("Tìm cuộc họp"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.empty = QLabel(tr("Chưa có cuộc họp nào. Bạn có thể mở dữ liệu mẫu để xem thử."))
        self.demo_button = QPushButton(tr("Mở dữ liệu mẫu"))
        self.demo_button.clicked.connect(window.open_demo)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty)
        empty_row.addWidget(self.demo_button)
        empty_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(empty_row)
        layout.addWidget(self.table)

    def reload(self) -> None:
        rows = self.services.meetings.list() if self.services else []
        self.model.set_rows(rows)
        self.table.sortByColumn(0, self.table.horizontalHeader().sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        for widget in (self.empty, self.demo_button):
            widget.setVisible(not rows)
