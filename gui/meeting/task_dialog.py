"""A task drawn from the conclusion: what to do, who leads, who coordinates, by when.

The deadline is read as it is typed ("Quý II/2026", "trước 15/3", "thường xuyên") and the date it
means is shown at once, or why it cannot be read, or that it falls before the meeting.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from core.deadlines import REGULAR, parse_deadline
from core.errors import EditConflict, ValidationError
from core.services.task_queries import TaskRecord
from core.validate import date_vn
from gui.dialogs import error_text
from gui.i18n import value_text
from gui.meeting.check_list import CheckList
from gui.meeting.pick import Choice, PickField
from gui.meeting.registers import AGENCY, PERSON
from gui.meeting.widgets import FieldMessage, LineEditor, TextEditor
from gui.operations import FormLines, ops_for

FIELDS = ("content", "lead", "coordinators", "deadline", "point")


class TaskDialog(QDialog):
    saved = Signal(object)  # TaskRecord

    def __init__(self, workspace, *, point_id: int | None, content: str = "",
                 task: TaskRecord | None = None) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.task = task
        meeting = workspace.meeting
        tr = self.tr
        self.setWindowTitle(tr("Sửa nhiệm vụ") if task else tr("Tạo nhiệm vụ từ kết luận"))
        self.resize(720, 600)
        self.content = TextEditor()
        self.content.setAccessibleName(tr("Nội dung nhiệm vụ"))
        self.lead = PickField()
        self.lead.setAccessibleName(tr("Chủ trì"))
        self.lead.setPlaceholderText(tr("Cơ quan (hoặc người) chủ trì: gõ vài chữ, không cần dấu"))
        self.coordinators = CheckList()
        self.deadline = LineEditor()
        self.deadline.setAccessibleName(tr("Thời hạn"))
        self.deadline.setPlaceholderText(tr("Ví dụ: 30/6/2026, trước 15/3, Quý II/2026, thường xuyên"))
        self.deadline_reading = QLabel()
        self.point = QComboBox()
        self.messages = {name: FieldMessage() for name in (*FIELDS, "other")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Lưu nhiệm vụ"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Hủy"))

        form = QFormLayout()
        form.addRow(tr("&Nội dung:"), self.content)
        form.addRow("", self.messages["content"])
        form.addRow(tr("&Chủ trì:"), self.lead)
        form.addRow("", self.messages["lead"])
        form.addRow(tr("&Phối hợp:"), self.coordinators)
        form.addRow("", self.messages["coordinators"])
        form.addRow(tr("&Thời hạn:"), self.deadline)
        form.addRow("", self.deadline_reading)
        form.addRow("", self.messages["deadline"])
        form.addRow(tr("Theo &điểm kết luận:"), self.point)
        form.addRow("", self.messages["point"])
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.messages["other"])
        layout.addWidget(self.buttons)

        registers = workspace.registers
        day = meeting.starts_at.date()
        self.lead.set_choices(lambda: registers.agency_choices()
                              + registers.member_choices(meeting.committee_id, day))
        agencies = registers.agency_choices()
        self.coordinators.set_choices(agencies, [(AGENCY, a) for a in task.coordinator_ids] if task else [])
        for point in workspace.conclusion.model.all_points():
            self.point.addItem(f"{point.label} {' '.join(point.text[:80].split())}", point.id)
        self.point.addItem(tr("(không gắn với điểm nào)"), 0)  # combo boxes cannot find None
        wanted = task.conclusion_point_id if task else point_id
        self.point.setCurrentIndex(max(0, self.point.findData(wanted or 0)))
        if task is not None:
            self.content.setPlainText(task.content)
            lead = (AGENCY, task.lead_agency_id) if task.lead_agency_id else (PERSON, task.lead_person_id)
            self.lead.set_choice(Choice(task.lead_name, lead))
            self.deadline.setText(task.deadline_text)
        else:
            self.content.setPlainText(content)
        self._read_deadline()

        self.deadline.textChanged.connect(lambda _t: self._read_deadline())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _read_deadline(self) -> bool:
        """Show what the deadline means; True when it can be stored."""
        text = self.deadline.text()
        self.messages["deadline"].clear_message()
        if not text.strip():
            self.deadline_reading.setText("")
            return False
        day = self.ws.meeting.starts_at.date()
        try:
            deadline = parse_deadline(text, today=day)
        except ValidationError as exc:
            self.deadline_reading.setText("")
            self.messages["deadline"].show_message(error_text(exc))
            return False
        if deadline.kind == REGULAR:
            self.deadline_reading.setText(self.tr("→ thường xuyên (không có ngày hạn)"))
            return True
        self.deadline_reading.setText(self.tr("→ hạn {date}").format(date=date_vn(deadline.due_date)))
        if deadline.due_date < day:
            self.messages["deadline"].show_message(error_text(ValidationError(
                "deadline_before_meeting", deadline=deadline.text, meeting_date=date_vn(day))))
            return False
        return True

    def _point_id(self) -> int | None:
        return self.point.currentData() or None

    def _lead(self) -> tuple[int | None, int | None]:
        choice = self.lead.choice
        if choice is None:
            return None, None
        kind, ref = choice.value
        return (ref, None) if kind == AGENCY else (None, ref)

    def save(self) -> bool:
        for message in self.messages.values():
            message.clear_message()
        if self.lead.choice is None and self.lead.text().strip():
            self.messages["lead"].show_message(self.tr(
                "«{name}» không có trong danh sách cơ quan. Hãy chọn một cơ quan (hoặc người) trong "
                "danh sách; cơ quan mới thêm ở trang «Cơ quan, đơn vị».").format(name=self.lead.text()))
            return False
        agency_id, person_id = self._lead()
        coordinators = [ref for _kind, ref in self.coordinators.checked()]
        tasks = self.ws.services.tasks

        def store() -> TaskRecord | None:
            if self.task is None:
                return tasks.create(
                    content=self.content.toPlainText(), deadline=self.deadline.text(),
                    meeting_id=self.ws.meeting.id, conclusion_point_id=self._point_id(),
                    lead_agency_id=agency_id, lead_person_id=person_id, coordinator_ids=coordinators)
            return self._update(agency_id, person_id, coordinators)

        done, record = ops_for(self).attempt(
            self, store, line=FormLines(self._place_error, self.messages["other"], every=True))
        if not done:
            return False
        if record is None:  # the other version was taken: shown here, to look at
            self.messages["other"].show_message(self._taken)
            return False
        self.task = record
        self.saved.emit(record)
        self.accept()
        return True

    def _update(self, agency_id: int | None, person_id: int | None,
                coordinators: list[int]) -> TaskRecord | None:
        """Only what changed since the version this dialog showed: the wording and deadline,
        and/or who does it. Someone else's save since then is a conflict the user settles
        (None: they took the other version, now in the fields)."""
        assert self.task is not None  # called for a task being corrected
        try:
            return self._write(self.task, agency_id, person_id, coordinators)
        except EditConflict as conflict:
            return self._settle(conflict, agency_id, person_id, coordinators)

    def _write(self, base: TaskRecord, agency_id: int | None, person_id: int | None,
               coordinators: list[int], *, version: int | None = None) -> TaskRecord:
        tasks = self.ws.services.tasks
        changes: dict[str, str | int | None] = {}
        if self.content.toPlainText() != base.content:
            changes["content"] = self.content.toPlainText()
        if self.deadline.text() != base.deadline_text:
            changes["deadline"] = self.deadline.text()
        if self._point_id() != base.conclusion_point_id:
            changes["conclusion_point_id"] = self._point_id()
        leads_changed = (agency_id, person_id, tuple(coordinators)) != (
            base.lead_agency_id, base.lead_person_id, base.coordinator_ids)
        if not changes and not leads_changed:
            return base
        # Asked even when only the leads change: the version check is the question "has anyone
        # saved this task since I opened it?"
        record = tasks.update(task_id=base.id, expected_version=version or base.version, **changes)
        if leads_changed:
            record = tasks.reassign(task_id=base.id, lead_agency_id=agency_id,
                                    lead_person_id=person_id, coordinator_ids=coordinators)
        return record

    def _describe(self, content: str, deadline: str, lead: str) -> str:
        return self.tr("{content}\nThời hạn: {deadline}\nChủ trì: {lead}").format(
            content=content, deadline=deadline, lead=lead)

    def _settle(self, conflict: EditConflict, agency_id: int | None, person_id: int | None,
                coordinators: list[int]) -> TaskRecord | None:
        from gui.conflicts import keep_mine, replace_keeping_undo

        assert self.task is not None  # the conflict came from saving this task
        theirs = self.ws.services.tasks.get(task_id=self.task.id)
        mine_text = self._describe(self.content.toPlainText(), self.deadline.text(),
                                   self.lead.text())
        theirs_text = self._describe(theirs.content, theirs.deadline_text, theirs.lead_name)
        if keep_mine(self, conflict, mine=mine_text, theirs=theirs_text):
            # Mine over theirs, knowingly: compared with what is stored now, so what only
            # they changed (and I did not touch) is written back as I see it.
            return self._write(theirs, agency_id, person_id, coordinators,
                               version=theirs.version)
        self.task = theirs
        replace_keeping_undo(self.content, theirs.content)
        self.deadline.setText(theirs.deadline_text)
        lead = (AGENCY, theirs.lead_agency_id) if theirs.lead_agency_id else (PERSON, theirs.lead_person_id)
        self.lead.set_choice(Choice(theirs.lead_name, lead))
        self.coordinators.set_choices(self.ws.registers.agency_choices(),
                                      [(AGENCY, a) for a in theirs.coordinator_ids])
        self.point.setCurrentIndex(max(0, self.point.findData(theirs.conclusion_point_id or 0)))
        self._taken = self.tr(
            "Đã lấy bản của {who}. Bản của bạn đã được chép vào bộ nhớ tạm (Ctrl+V); Ctrl+Z "
            "trong ô nội dung cũng đưa lại. Bấm «Lưu nhiệm vụ» nếu muốn sửa tiếp.").format(
            who=value_text(conflict.values.get("who", "")))
        return None

    def _place_error(self, error: ValidationError) -> bool:
        """A refusal under the field it names; what was typed stays."""
        target = {"content": "content", "deadline": "deadline", "lead_agency_id": "lead",
                  "lead_person_id": "lead", "coordinator_ids": "coordinators",
                  "conclusion_point_id": "point"}.get(str(error.values.get("field_name")), "other")
        self.messages[target].show_message(error_text(error))
        return True
