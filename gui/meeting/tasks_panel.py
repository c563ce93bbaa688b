"""The tasks this meeting sets, under the conclusion: create one from a point (or from the words
selected in it), correct, delete."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from core.services.task_queries import TaskRecord
from gui.dialogs import Ask
from gui.meeting.record_model import RecordListModel
from gui.meeting.task_dialog import TaskDialog
from gui.meeting.widgets import fit_columns, on_keys, record_table, selected_row
from gui.models import Column
from gui.operations import Changes


class TasksPanel(QGroupBox):
    counts_changed = Signal(object)  # dict: conclusion point id -> number of tasks

    def __init__(self, workspace, point_label: Callable[[int | None], str],
                 point_order: Callable[[], list[int]]) -> None:
        super().__init__()
        self.ws = workspace
        self._point_order = point_order
        self.dialog: TaskDialog | None = None
        tr = self.tr
        self.model = RecordListModel([
            Column(tr("Điểm"), lambda t: point_label(t.conclusion_point_id)),
            Column(tr("Chủ trì"), lambda t: t.lead_name),
            Column(tr("Phối hợp"), lambda t: "; ".join(t.coordinator_names)),
            Column(tr("Thời hạn"), lambda t: t.deadline_text),
            Column(tr("Nhiệm vụ"), lambda t: " ".join(t.content[:300].split())),
        ], self)
        self.table = record_table(self.model, name=tr("Nhiệm vụ của cuộc họp"))
        self.create_button = QPushButton(tr("Tạo &nhiệm vụ từ điểm / đoạn đang chọn (Ctrl+T)"))
        self.edit_button = QPushButton(tr("Sửa nhiệm vụ…"))
        self.delete_button = QPushButton(tr("Xóa nhiệm vụ"))
        buttons = QHBoxLayout()
        for button in (self.create_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        on_keys(self.table, "Delete", self.delete_selected)

    def load(self, meeting_id: int) -> None:
        """The meeting's tasks in the order of the points they come from."""
        order = {point_id: n for n, point_id in enumerate(self._point_order())}
        tasks = self.ws.services.tasks.list(meeting_id=meeting_id)
        tasks.sort(key=lambda t: (order.get(t.conclusion_point_id, len(order)), t.id))
        self.model.set_rows(tasks)
        fit_columns(self.table, widest=180)
        self._changed()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.create_button, self.edit_button, self.delete_button):
            button.setEnabled(not read_only)

    def _changed(self) -> None:
        counts = Counter(t.conclusion_point_id for t in self.model.rows if t.conclusion_point_id)
        self.setTitle(self.tr("Nhiệm vụ giao tại cuộc họp: {n}").format(n=len(self.model.rows)))
        self.counts_changed.emit(dict(counts))

    def open_dialog(self, *, point_id: int | None, content: str = "",
                    task: TaskRecord | None = None) -> TaskDialog:
        """Open the task form (window-modal, not blocking, so the meeting stays in view)."""
        self.dialog = TaskDialog(self.ws, point_id=point_id, content=content, task=task)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, record: TaskRecord) -> None:
        if self.model.row_of(record.id) is None:
            self.model.append(record)
        else:
            self.model.replace(record)
        self._changed()
        self.ws.refresh(self.ws.conclusion)  # the count of tasks on each point and in all
        self.ws.ops.announce(Changes(tasks=True, meeting_id=record.meeting_id, initiator=self.ws))

    def edit_selected(self) -> TaskDialog | None:
        row = selected_row(self.table)
        if row is None or self.ws.read_only:
            return None
        task = self.model.record(row)
        return self.open_dialog(point_id=task.conclusion_point_id, task=task)

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None or self.ws.read_only:
            return
        task = self.model.record(row)
        if not Ask.confirm(self, self.tr("Xóa nhiệm vụ «{content}» (chủ trì: {lead})?").format(
                content=task.content[:200], lead=task.lead_name)):
            return
        if self.ws.run(self.ws.services.tasks.delete, task_id=task.id):
            self.model.remove(task.id)
            self._changed()
            self.ws.refresh(self.ws.conclusion)
