"""Kiểm điểm: the tasks still open from the committee's earlier meetings, and the one agenda
item that puts them before the meeting.

The agenda item has no separate description, so the list goes into the item's title after its
first line ("Kiểm điểm việc thực hiện kết luận"), one task per line with its deadline and status
as of the meeting's day. Putting the list on the agenda again refreshes that item.
"""
from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from core.services.meeting_records import MeetingDetail
from core.services.task_queries import TaskRecord
from gui.i18n import status_text
from gui.meeting import labels
from gui.meeting.record_model import RecordListModel
from gui.meeting.widgets import fit_columns, record_table
from gui.models import Column

SHOWN = 500  # oldest first: the longest overdue come first
TITLE_LIMIT = 9_500  # the agenda title holds 10,000 characters
CONTENT_CUT = 180


def review_title(tasks: list[TaskRecord]) -> str:
    """The agenda item's text: the heading, then one line per open task. It goes into the
    minutes and the invitation, so it is Vietnamese whatever the window's language."""
    heading = labels.FOLLOW_UP_TITLE
    lines = [heading]
    size = len(heading)
    for index, task in enumerate(tasks):
        content = task.content if len(task.content) <= CONTENT_CUT else task.content[:CONTENT_CUT] + "…"
        line = (f"- {task.lead_name}: {content} (thời hạn: {task.deadline_text}; "
                f"{task.status_label})")
        if size + len(line) > TITLE_LIMIT:
            lines.append(f"- … và {len(tasks) - index} nhiệm vụ khác")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def is_review_item(title: str) -> bool:
    return title.split("\n", 1)[0] == labels.FOLLOW_UP_TITLE


class FollowUpPanel(QGroupBox):
    def __init__(self, workspace) -> None:
        super().__init__()
        self.ws = workspace
        tr = self.tr
        self.tasks: list[TaskRecord] = []
        self._stale = True
        self.model = RecordListModel([
            Column(tr("Cuộc họp"), lambda t: f"{t.meeting_date:%d/%m/%Y}" if t.meeting_date else ""),
            Column(tr("Chủ trì"), lambda t: t.lead_name),
            Column(tr("Thời hạn"), lambda t: t.deadline_text),
            Column(tr("Tình trạng"), lambda t: status_text(t.status_label)),
            Column(tr("Nhiệm vụ"), lambda t: t.content),
        ], self)
        self.table = record_table(self.model, name=tr("Nhiệm vụ chưa hoàn thành của các cuộc họp trước"))
        self.empty_label = QLabel(tr("Không còn nhiệm vụ nào đang mở từ các cuộc họp trước."))
        self.empty_label.setWordWrap(True)
        self.put_button = QPushButton(tr("Đưa vào chương trình họp"))
        self.put_button.setToolTip(tr("Thêm nội dung «Kiểm điểm việc thực hiện kết luận» với danh sách "
                                      "các nhiệm vụ này lên đầu chương trình"))
        row = QHBoxLayout()
        row.addWidget(self.put_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.put_button.clicked.connect(self.put_on_agenda)

    def load(self, meeting: MeetingDetail) -> None:
        """Read the open tasks when the panel is first seen (a committee with years of meetings
        may have thousands; opening the meeting should not wait for them)."""
        self._stale = True
        if self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ws.meeting is not None:
            self._read()

    def _read(self) -> None:
        self._stale = False
        meeting = self.ws.meeting
        found = self.ws.services.meetings.open_tasks_for_review(
            committee_id=meeting.committee_id, before=meeting.starts_at.date(), limit=SHOWN + 1)
        self.tasks = found[:SHOWN]
        self.model.set_rows(self.tasks)
        fit_columns(self.table, widest=160)
        count = f"{SHOWN}+" if len(found) > SHOWN else str(len(found))
        self.setTitle(self.tr("Kết luận các cuộc họp trước còn đang thực hiện: {n} nhiệm vụ").format(
            n=count))
        self.table.setVisible(bool(self.tasks))
        self.empty_label.setVisible(not self.tasks)
        self.put_button.setVisible(bool(self.tasks))  # nothing to follow up: one line, no room taken
        self.put_button.setEnabled(bool(self.tasks) and not self.ws.read_only)
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred if self.tasks else QSizePolicy.Policy.Maximum)

    def set_read_only(self, read_only: bool) -> None:
        self.put_button.setEnabled(bool(self.tasks) and not read_only)

    def put_on_agenda(self) -> None:
        """Add the review item first on the agenda, or refresh it if it is already there."""
        ws = self.ws
        if self._stale:
            self._read()
        title = review_title(self.tasks)
        existing = next((i for i in ws.meeting.agenda if is_review_item(i.title)), None)
        ws.flush()
        if existing is not None:
            done = ws.call(ws.services.meetings.update_agenda_item, item_id=existing.id, title=title)
        else:
            added = ws.call(ws.services.meetings.add_agenda_item, meeting_id=ws.meeting.id,
                            title=title)
            done = added and ws.call(ws.services.meetings.move_agenda_item, item_id=added.id, new_index=0)
        if done:
            ws.reload()
            ws.show_tab("agenda")
