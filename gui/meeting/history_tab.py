"""Lịch sử: when the meeting was marked held, finalised, reopened, and why it was reopened."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from core.services.meeting_records import MeetingDetail
from gui.meeting import labels
from gui.meeting.base import WorkspaceTab
from gui.meeting.record_model import RecordListModel
from gui.meeting.widgets import record_table
from gui.models import Column


class HistoryTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self.model = RecordListModel([
            Column(tr("Thời gian"), lambda e: f"{labels.local_time(e.at):%H:%M:%S %d/%m/%Y}"),
            Column(tr("Từ"), lambda e: labels.meeting_status(e.old_status)),
            Column(tr("Sang"), lambda e: labels.meeting_status(e.new_status)),
            Column(tr("Lý do"), lambda e: e.reason or ""),
        ], self)
        self.table = record_table(self.model, name=tr("Lịch sử cuộc họp"))
        self.empty = QLabel(tr("Chưa có thay đổi tình trạng nào."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def load(self, meeting: MeetingDetail) -> None:
        self.model.set_rows(meeting.events)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not meeting.events)
