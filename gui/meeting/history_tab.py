"""Lịch sử: when the meeting was marked held, finalised, reopened, and why it was reopened; and
who changed what in it, and when (the login name on a server, the PC's user name on one PC)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from core.services.meeting_records import MeetingDetail
from gui import change_labels
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
            Column(tr("Người thực hiện"), lambda e: self._who.get(e.id, "")),
        ], self)
        self.table = record_table(self.model, name=tr("Lịch sử cuộc họp"))
        self.empty = QLabel(tr("Chưa có thay đổi tình trạng nào."))
        self.changes = RecordListModel([
            Column(tr("Thời gian"), lambda c: f"{change_labels.local(c.at):%H:%M %d/%m/%Y}"),
            Column(tr("Người sửa"), lambda c: c.who),
            Column(tr("Thay đổi"), change_labels.describe),
        ], self, id_of=lambda c: (c.kind, c.record_id, c.at))
        self.changes_table = record_table(self.changes, name=tr("Ai đã sửa gì"))
        changes_title = QLabel(tr("Ai đã sửa gì"))
        changes_title.setProperty("role", "hint")
        self._who: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(changes_title)
        layout.addWidget(self.changes_table, 2)

    def load(self, meeting: MeetingDetail) -> None:
        self._load_changes(meeting.id)
        self.model.set_rows(meeting.events)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not meeting.events)

    def _load_changes(self, meeting_id: int) -> None:
        found = self.ws.services.changes.of_meeting(meeting_id=meeting_id)
        self._who = {c.record_id: c.who for c in found
                     if c.kind == "meeting_events" and c.action == "create"}
        self.changes.set_rows(found)
        self.changes_table.resizeColumnToContents(0)
        self.changes_table.resizeColumnToContents(1)

    def showEvent(self, event) -> None:
        """Looked at again: the changes made since (here or by others) are in."""
        super().showEvent(event)
        if self.ws.meeting is not None and self.ws.services is not None:
            self.ws.flush()
            self.load(self.ws.meeting)
