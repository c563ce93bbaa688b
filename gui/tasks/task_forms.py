"""The follow-up actions on a task's page, one small form each: report progress, mark done or
reopen, extend the deadline, split, reassign.

Each form calls one service method. A mistake the user can fix is said next to the fields, in
red, and what was typed stays; after a success the form says so and clears what was typed.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.deadlines import parse_deadline
from core.errors import AppError
from core.services import Services
from core.services.task_queries import TaskRecord
from core.text import fold
from gui.date_fields import DateField
from gui.dialogs import error_text
from gui.tasks.filter_bar import SearchableCombo
from gui.i18n import status_text
from gui.operations import ops_for

ERROR_STYLE = "color: #C62828;"
DONE_STYLE = "color: #2E7D32;"


class TaskForm(QWidget):
    """A form with a message line and one button; ``done`` carries the task after the change."""

    done = Signal(object)  # TaskRecord, or a list of them (split)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.task: TaskRecord | None = None
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def show_task(self, services: Services, task: TaskRecord) -> None:
        self.services, self.task = services, task

    def submit(self) -> bool:
        """Run the change; True when it was stored."""
        done, result = ops_for(self).attempt(self, self.apply, line=self)
        if not done:
            return False
        self.clear()
        self.say(self.success_text(result))
        self.done.emit(result)
        return True

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)

    says_every_problem = True  # the form's own line says what the runner finds wrong

    def show_message(self, text: str) -> None:
        self.say(text, error=True)

    def clear_message(self) -> None:
        """The success text follows."""

    def apply(self):
        raise NotImplementedError

    def clear(self) -> None:
        """Empty what was typed (after a success)."""

    def success_text(self, result) -> str:
        return self.tr("Đã lưu.")


class ProgressForm(TaskForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setText(self.tr("Ghi tình hình"))
        self.day = DateField(dt.date.today())
        self.day.setAccessibleName(self.tr("Ngày báo cáo"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Tình hình thực hiện"))
        self.text.setPlaceholderText(self.tr("Cơ quan báo cáo đã làm được gì, còn vướng gì…"))
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Người báo cáo"))
        self.form.addRow(self.tr("Ngày báo cáo:"), self.day)
        self.form.addRow(self.tr("Tình hình:"), self.text)
        self.form.addRow(self.tr("Người báo cáo:"), self.who)

    def apply(self) -> TaskRecord:
        assert self.services is not None and self.task is not None  # apply() follows show_task()
        return self.services.tasks.add_progress(task_id=self.task.id, text=self.text.toPlainText(),
                                                reported_on=self.day.text(),
                                                reported_by=self.who.text() or None)

    def clear(self) -> None:
        self.text.clear()

    def success_text(self, result) -> str:
        return self.tr("Đã ghi tình hình thực hiện.")


class DoneForm(TaskForm):
    """Mark done on a date, or reopen a task marked done by mistake."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setText(self.tr("Đánh dấu hoàn thành"))
        self.day = DateField(dt.date.today())
        self.day.setAccessibleName(self.tr("Ngày hoàn thành"))
        self.state = QLabel()
        self.form.addRow(self.state)
        self.form.addRow(self.tr("Ngày hoàn thành:"), self.day)

    def show_task(self, services: Services, task: TaskRecord) -> None:
        super().show_task(services, task)
        done = task.completed_on is not None
        self.day.setEnabled(not done)
        self.button.setText(self.tr("Mở lại nhiệm vụ") if done else self.tr("Đánh dấu hoàn thành"))
        self.state.setText(
            self.tr("Đã hoàn thành ngày {date} ({status}).").format(
                date=f"{task.completed_on:%d/%m/%Y}", status=status_text(task.status_label)) if done
            else self.tr("Nhiệm vụ chưa hoàn thành."))

    def apply(self) -> TaskRecord:
        assert self.services is not None and self.task is not None  # apply() follows show_task()
        if self.task.completed_on is not None:
            return self.services.tasks.reopen(task_id=self.task.id)
        return self.services.tasks.mark_done(task_id=self.task.id, completed_on=self.day.text())

    def success_text(self, result) -> str:
        if result.completed_on is None:
            return self.tr("Đã mở lại nhiệm vụ.")
        return self.tr("Đã ghi nhận hoàn thành: {status}.").format(status=status_text(result.status_label))


class ExtendForm(TaskForm):
    """Gia hạn: the new deadline as a clerk writes it, read back as a date while typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setText(self.tr("Gia hạn"))
        self.deadline = QLineEdit()
        self.deadline.setAccessibleName(self.tr("Thời hạn mới"))
        self.deadline.setPlaceholderText(self.tr("Ví dụ: 30/6/2026, trước 15/7/2026, Quý III/2026"))
        self.reading = QLabel()
        self.day = DateField(dt.date.today())
        self.day.setAccessibleName(self.tr("Ngày gia hạn"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Lý do gia hạn"))
        self.reason.setMaximumHeight(90)
        self.form.addRow(self.tr("Thời hạn mới:"), self.deadline)
        self.form.addRow("", self.reading)
        self.form.addRow(self.tr("Lý do:"), self.reason)
        self.form.addRow(self.tr("Ngày gia hạn:"), self.day)
        self.deadline.textChanged.connect(self._read_back)

    def show_task(self, services: Services, task: TaskRecord) -> None:
        super().show_task(services, task)
        self.button.setEnabled(task.completed_on is None)
        if task.completed_on is not None:
            self.say(self.tr("Nhiệm vụ đã hoàn thành: mở lại trước khi gia hạn."))

    def _read_back(self, typed: str) -> None:
        if not typed.strip():
            self.reading.clear()
            return
        try:
            deadline = parse_deadline(typed, today=dt.date.today())
        except AppError as exc:
            self.reading.setStyleSheet(ERROR_STYLE)
            self.reading.setText(error_text(exc))
            return
        self.reading.setStyleSheet("")
        self.reading.setText(
            self.tr("Không thời hạn") if deadline.due_date is None
            else self.tr("Hạn mới: {date}").format(date=f"{deadline.due_date:%d/%m/%Y}"))

    def apply(self) -> TaskRecord:
        assert self.services is not None and self.task is not None  # apply() follows show_task()
        return self.services.tasks.extend_deadline(
            task_id=self.task.id, new_deadline=self.deadline.text(),
            reason=self.reason.toPlainText() or None, changed_on=self.day.text())

    def clear(self) -> None:
        self.deadline.clear()
        self.reason.clear()

    def success_text(self, result) -> str:
        return self.tr("Đã gia hạn đến {deadline} (lần thứ {n}).").format(
            deadline=result.deadline_text, n=result.extension_count)


class SplitForm(TaskForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setText(self.tr("Tách nhiệm vụ"))
        self.parts = QPlainTextEdit()
        self.parts.setAccessibleName(self.tr("Các phần, mỗi dòng một phần"))
        self.form.addRow(QLabel(self.tr(
            "Mỗi dòng là một nhiệm vụ, cùng cơ quan chủ trì, phối hợp và thời hạn. Dòng đầu giữ "
            "mã và lịch sử của nhiệm vụ này.")))
        self.form.addRow(self.parts)

    def show_task(self, services: Services, task: TaskRecord) -> None:
        changed = self.task is None or self.task.id != task.id
        super().show_task(services, task)
        if changed:
            self.parts.setPlainText(task.content)

    def apply(self) -> list[TaskRecord]:
        assert self.services is not None and self.task is not None  # apply() follows show_task()
        lines = self.parts.toPlainText().split("\n")
        return self.services.tasks.split(task_id=self.task.id, parts=lines)

    def success_text(self, result) -> str:
        return self.tr("Đã tách thành {n} nhiệm vụ: {codes}.").format(
            n=len(result), codes=", ".join(r.code for r in result))


class ReassignForm(TaskForm):
    """Who leads (an agency, or a person) and who coordinates."""

    find: QLineEdit  # type: ignore[assignment]  # the coordinators' filter; hides QWidget.find(), unused here


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button.setText(self.tr("Giao lại"))
        self.lead = SearchableCombo()
        self.lead.setAccessibleName(self.tr("Cơ quan chủ trì"))
        self.person = SearchableCombo()
        self.person.setAccessibleName(self.tr("Người chủ trì"))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Lọc danh sách cơ quan phối hợp"))
        self.find.setAccessibleName(self.tr("Lọc cơ quan phối hợp"))
        self.find.textChanged.connect(self._filter)
        self.coordinators = QListWidget()
        self.coordinators.setAccessibleName(self.tr("Cơ quan phối hợp"))
        self.form.addRow(self.tr("Cơ quan chủ trì:"), self.lead)
        self.form.addRow(self.tr("Người chủ trì:"), self.person)
        self.form.addRow(self.tr("Cơ quan phối hợp:"), self.find)
        self.form.addRow("", self.coordinators)

    def show_task(self, services: Services, task: TaskRecord) -> None:
        super().show_task(services, task)
        agencies = [(a.id, a.name) for a in services.agencies.list(include_inactive=True)
                    if a.is_active or a.id in (task.lead_agency_id, *task.coordinator_ids)]
        self.lead.fill(self.tr("(không có cơ quan chủ trì)"), agencies)
        self.lead.select(task.lead_agency_id)
        self.person.fill(self.tr("(không)"), [(p.id, p.full_name) for p in services.people.list()])
        self.person.select(task.lead_person_id)
        self.coordinators.clear()
        for agency_id, name in agencies:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, agency_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = agency_id in task.coordinator_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.coordinators.addItem(item)
        self._filter(self.find.text())

    def checked(self) -> list[int]:
        items = (self.coordinators.item(i) for i in range(self.coordinators.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def _filter(self, typed: str) -> None:
        wanted = fold(typed).split()
        for i in range(self.coordinators.count()):
            item = self.coordinators.item(i)
            name = fold(item.text())
            item.setHidden(bool(wanted) and not all(w in name for w in wanted))

    def apply(self) -> TaskRecord:
        assert self.services is not None and self.task is not None  # apply() follows show_task()
        return self.services.tasks.reassign(task_id=self.task.id,
                                            lead_agency_id=self.lead.currentData(),
                                            lead_person_id=self.person.currentData(),
                                            coordinator_ids=self.checked())

    def success_text(self, result) -> str:
        return self.tr("Đã giao lại cho {lead}.").format(lead=result.lead_name)
