"""A task's page: what it is, where it comes from, who leads it, its deadline and status; its
history (progress reports and deadline changes, newest first); and the follow-up actions.

Every change is one service call; after it the page shows the task again and tells the window
(``window.ops.announce``) so the register and the overview reload.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.services.task_queries import TaskRecord
from gui import change_labels
from gui.operations import Changes
from gui.models import Column, RecordTableModel
from gui.tasks.task_forms import DoneForm, ExtendForm, ProgressForm, ReassignForm, SplitForm
from gui.i18n import status_text


@dataclass(frozen=True)
class HistoryEntry:
    day: dt.date
    order: int          # progress after extensions on the same day, then by id
    kind: str
    text: str
    who: str
    source: str
    recorded: str = ""  # who entered it in the program, and when


class TaskDialog(QDialog):
    def __init__(self, window, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        tr = self.tr
        self.window_ = window
        self.services = window.services
        self.task: TaskRecord | None = None
        self.setWindowTitle(tr("Nhiệm vụ"))
        self.resize(860, 620)

        self.content = QLabel()
        self.content.setWordWrap(True)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.facts = QFormLayout()
        self.code, self.source, self.lead, self.coordinators = (QLabel() for _ in range(4))
        self.deadline, self.status = QLabel(), QLabel()
        for label in (self.code, self.source, self.lead, self.coordinators, self.deadline):
            label.setWordWrap(True)
        for label in (self.code, self.source, self.lead, self.coordinators, self.deadline,
                      self.status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()  # the status's colour as wide as its words
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        for text, field in ((tr("Mã:"), self.code), (tr("Nguồn:"), self.source),
                            (tr("Chủ trì:"), self.lead), (tr("Phối hợp:"), self.coordinators),
                            (tr("Thời hạn:"), self.deadline), (tr("Trạng thái:"), status_row)):
            self.facts.addRow(text, field)

        self.history = RecordTableModel([
            Column(tr("Ngày"), lambda e: f"{e.day:%d/%m/%Y}", sort=lambda e: (e.day, e.order)),
            Column(tr("Loại"), lambda e: e.kind),
            Column(tr("Nội dung"), lambda e: e.text),
            Column(tr("Người báo cáo"), lambda e: e.who),
            Column(tr("Tệp nguồn"), lambda e: e.source),
            Column(tr("Người ghi"), lambda e: e.recorded),
        ], self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.setAccessibleName(tr("Diễn biến thực hiện"))
        self.history_view.verticalHeader().hide()
        self.history_view.setWordWrap(True)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 80), (3, 190), (4, 150), (5, 170)):
            self.history_view.setColumnWidth(column, width)
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_empty = QLabel(tr("Chưa có báo cáo tình hình, gia hạn hay đôn đốc nào."))

        self.progress_form, self.done_form = ProgressForm(), DoneForm()
        self.extend_form, self.split_form = ExtendForm(), SplitForm()
        self.reassign_form = ReassignForm()
        self.tabs = QTabWidget()
        history_tab = QWidget()
        box = QVBoxLayout(history_tab)
        box.addWidget(self.history_empty)
        box.addWidget(self.history_view)
        self.tabs.addTab(history_tab, tr("Diễn biến"))
        for form, title in ((self.progress_form, tr("Cập nhật tình hình")),
                            (self.done_form, tr("Hoàn thành")),
                            (self.extend_form, tr("Gia hạn")),
                            (self.split_form, tr("Tách nhiệm vụ")),
                            (self.reassign_form, tr("Giao lại"))):
            self.tabs.addTab(form, title)
            form.done.connect(self._changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content)
        layout.addLayout(self.facts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_task(task_id)

    def show_task(self, task_id: int) -> None:
        tr = self.tr
        task = self.task = self.services.tasks.get(task_id=task_id)
        self.setWindowTitle(tr("Nhiệm vụ {code}").format(code=task.code))
        self.content.setText(task.content)
        self.code.setText(task.code)
        notice = (self.services.tasks.notices(meeting_ids=[task.meeting_id]).get(task.meeting_id, "")
                  if task.meeting_id is not None else "")
        meeting = (tr("{title} ngày {date}").format(title=task.meeting_title,
                                                      date=f"{task.meeting_date:%d/%m/%Y}")
                   if task.meeting_title else tr("(không gắn với cuộc họp)"))
        self.source.setText(f"{meeting}; {notice}" if notice else meeting)
        self.lead.setText(task.lead_name)
        self.coordinators.setText(", ".join(task.coordinator_names) or tr("(không có)"))
        deadline = task.deadline_text
        if task.due_date:
            deadline += tr(" (hạn {date})").format(date=f"{task.due_date:%d/%m/%Y}")
        if task.extension_count:
            deadline += tr("; đã gia hạn {n} lần, hạn ban đầu {date}").format(
                n=task.extension_count,
                date=f"{task.original_due_date:%d/%m/%Y}" if task.original_due_date else "—")
        self.deadline.setText(deadline)
        status = status_text(task.status_label)
        if task.completed_on:
            status += tr(", ngày {date}").format(date=f"{task.completed_on:%d/%m/%Y}")
        if task.due_soon:
            status += tr(" — đến hạn trong 7 ngày tới")
        self.status.setText(status)
        self.status.setStyleSheet(
            f"color: {task.status.colour}; background: {task.status.fill}; padding: 2px 6px;")
        self._show_history()
        for form in (self.progress_form, self.done_form, self.extend_form, self.split_form,
                     self.reassign_form):
            form.show_task(self.services, task)

    def _show_history(self) -> None:
        assert self.task is not None  # a task is shown
        tr = self.tr
        history = self.services.tasks.history(task_id=self.task.id)
        logged = self.services.changes.of_task(task_id=self.task.id)
        made = {(c.kind, c.record_id): change_labels.who_and_when(c) for c in reversed(logged)
                if c.action == "create"}
        entries = [HistoryEntry(p.reported_on, 1_000_000 + p.id, tr("Tình hình"), p.text,
                                p.reported_by or "", p.source_file or "",
                                made.get(("task_progress", p.id), "")) for p in history.progress]
        for change in history.deadline_changes:
            text = tr("Gia hạn từ «{old}» đến «{new}»").format(old=change.old_text, new=change.new_text)
            if change.reason:
                text += tr(". Lý do: {reason}").format(reason=change.reason)
            entries.append(HistoryEntry(change.changed_on, change.id, tr("Gia hạn"), text, "", "",
                                        made.get(("task_deadline_changes", change.id), "")))
        # The task itself: made, corrected, completed, reopened; by whom and when.
        for order, change in enumerate(reversed(logged)):
            if change.kind == "tasks" and (change.action != "update" or change.fields):
                entries.append(HistoryEntry(change_labels.local(change.at).date(),
                                            3_000_000 + order, tr("Sửa đổi"),
                                            change_labels.describe(change), "", "",
                                            change_labels.who_and_when(change)))
        for letter in history.reminders:
            text = tr("Đã đôn đốc bằng văn bản số {number} ngày {date}").format(
                number=letter.number_text, date=f"{letter.issued_on:%d/%m/%Y}")
            if letter.reply_by:
                text += tr(", đề nghị báo cáo trước ngày {date}").format(
                    date=f"{letter.reply_by:%d/%m/%Y}")
            entries.append(HistoryEntry(letter.issued_on, 2_000_000 + letter.letter_id,
                                        tr("Đôn đốc"), text, "", ""))
        entries.sort(key=lambda e: (e.day, e.order), reverse=True)
        self.history.set_rows(entries)
        self.history_view.resizeRowsToContents()
        self.history_empty.setVisible(not entries)
        self.history_view.setVisible(bool(entries))

    def _changed(self, _result) -> None:
        assert self.task is not None  # a task is shown
        self.show_task(self.task.id)
        self.window_.ops.announce(Changes(tasks=True, initiator=self))
