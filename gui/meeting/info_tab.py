"""Thông tin: what the invitation says (kind, title, time, place, chair, secretary), saved field
by field as it is typed, so one bad field (an end before the start) never holds back the others."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import EditConflict
from core.services.meeting_records import MeetingDetail
from gui.date_fields import DateField, TimeField, when_row
from gui.widgets import mark_data
from gui.meeting import labels
from gui.meeting.base import WorkspaceTab
from gui.meeting.pick import Choice, PickField
from gui.meeting.registers import PERSON
from gui.meeting.widgets import FieldMessage, LineEditor, TextEditor


class InfoTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self._loading = False
        self.committee_label = QLabel()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại cuộc họp"))
        self.kind.setEditable(True)
        self.kind.addItems(labels.MEETING_KINDS)
        mark_data(self.kind)  # kinds are printed in Vietnamese documents
        self.number = QSpinBox()
        self.number.setAccessibleName(self.tr("Phiên số"))
        self.number.setRange(0, 9999)
        self.number.setSpecialValueText(tr("(không đánh số)"))
        self.title = LineEditor()
        self.title.setAccessibleName(tr("Tên cuộc họp"))
        self.date = DateField()
        self.date.setAccessibleName(self.tr("Ngày họp"))
        self.start = TimeField()
        self.start.setAccessibleName(self.tr("Giờ bắt đầu"))
        self.end_label = QLabel(tr("đến"))
        self.end = TimeField(optional=True)
        self.end.setAccessibleName(self.tr("Giờ kết thúc (để trống nếu chưa định)"))
        self.end_label.setBuddy(self.end)
        self.place = LineEditor()
        self.place.setAccessibleName(self.tr("Địa điểm"))
        self.chair = PickField()
        self.chair.setAccessibleName(self.tr("Chủ trì"))
        self.chair.setPlaceholderText(tr("Gõ vài chữ của tên, không cần dấu"))
        self.secretary = PickField()
        self.secretary.setAccessibleName(self.tr("Thư ký"))
        self.secretary.setPlaceholderText(tr("Gõ vài chữ của tên, không cần dấu"))
        self.notes = TextEditor()
        self.notes.setAccessibleName(self.tr("Ghi chú"))
        self.notes.setMaximumHeight(120)
        self.template_button = QPushButton(tr("Lưu làm mẫu cho các cuộc họp sau của ban"))
        self.template_note = QLabel()
        self.messages = {key: FieldMessage() for key in
                         ("kind", "number", "title", "when", "place", "chair", "secretary", "notes")}

        when = when_row(self.date, self.start, self.end_label, self.end)
        form = QFormLayout()
        form.addRow(tr("Ban:"), self.committee_label)
        form.addRow(tr("Loại cuộc họp:"), self._with_message(self.kind, "kind"))
        form.addRow(tr("Phiên số:"), self._with_message(self.number, "number"))
        form.addRow(tr("Tên cuộc họp:"), self._with_message(self.title, "title"))
        form.addRow(tr("Thời gian:"), self._with_message(when, "when"))
        form.addRow(tr("Địa điểm:"), self._with_message(self.place, "place"))
        form.addRow(tr("Chủ trì:"), self._with_message(self.chair, "chair"))
        form.addRow(tr("Thư ký:"), self._with_message(self.secretary, "secretary"))
        form.addRow(tr("Ghi chú:"), self._with_message(self.notes, "notes"))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(template_row)
        layout.addStretch(1)

        self.kind.editTextChanged.connect(lambda _t: self._edited("kind"))
        self.number.valueChanged.connect(lambda _v: self._edited("number"))
        self.title.textEdited.connect(lambda _t: self._edited("title"))
        self.place.textEdited.connect(lambda _t: self._edited("place"))
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        for widget in (self.date, self.start, self.end):
            widget.textEdited.connect(lambda _t: self._edited("when"))
            widget.editingFinished.connect(self.ws.flush)
        for field in (self.title, self.place, self.notes):
            field.focus_lost.connect(self.ws.flush)
        self.chair.picked.connect(lambda c: self._person_picked("chair", c))
        self.secretary.picked.connect(lambda c: self._person_picked("secretary", c))
        self.chair.focus_lost.connect(lambda: self._person_left("chair"))
        self.secretary.focus_lost.connect(lambda: self._person_left("secretary"))
        self.template_button.clicked.connect(self.save_as_template)

    def _with_message(self, field, key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        column.addWidget(self.messages[key])
        return box

    # --- showing -------------------------------------------------------------------------------

    def load(self, meeting: MeetingDetail) -> None:
        self._loading = True
        try:
            self.committee_label.setText(meeting.committee_name)
            if self.kind.currentText() != meeting.kind:
                self.kind.setEditText(meeting.kind)
            self.number.setValue(meeting.number or 0)
            if self.title.text() != meeting.title:
                self.title.setText(meeting.title)
            if self.date.date() != meeting.starts_at.date() or not self.date.hasFocus():
                self.date.set_date(meeting.starts_at.date())
            if self.start.time() != meeting.starts_at.time() or not self.start.hasFocus():
                self.start.set_time(meeting.starts_at.time())
            end = meeting.ends_at.time() if meeting.ends_at is not None else None
            if self.end.time() != end or not self.end.hasFocus():
                self.end.set_time(end)
            if self.place.text() != (meeting.place or ""):
                self.place.setText(meeting.place or "")
            self.notes.set_text_keeping_undo(meeting.notes or "")
            self._load_people(meeting)
        finally:
            self._loading = False

    def _load_people(self, meeting: MeetingDetail) -> None:
        choices = self.ws.registers.member_choices(meeting.committee_id, meeting.starts_at.date())
        for field, person_id, name in ((self.chair, meeting.chair_id, meeting.chair_name),
                                       (self.secretary, meeting.secretary_id, meeting.secretary_name)):
            field.set_choices(choices)
            current = next((c for c in choices if c.value == (PERSON, person_id)), None)
            if current is None and person_id is not None:
                current = Choice(name or "", (PERSON, person_id))
            field.set_choice(current)

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        if "registers" in parts:
            self._load_people(meeting)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.kind, self.number, self.template_button):
            widget.setEnabled(not read_only)
        for field in (self.title, self.place, self.chair, self.secretary, self.date, self.start,
                      self.end):
            field.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)

    # --- saving --------------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._loading or self.ws.read_only:
            return
        if key == "when" and not all(f.is_valid() for f in (self.date, self.start, self.end)):
            self.ws.autosaver.cancel("info.when")  # said under the field; nothing else is stored
            return
        self.ws.autosave(f"info.{key}", lambda: self._save(key), self.messages[key])

    def _values(self, key: str) -> dict:
        if key == "kind":
            return {"kind": self.kind.currentText()}
        if key == "number":
            return {"number": self.number.value() or None}
        if key == "title":
            return {"title": self.title.text()}
        if key == "place":
            return {"place": self.place.text()}
        if key == "notes":
            return {"notes": self.notes.toPlainText()}
        day, begin, end = self.date.date(), self.start.time(), self.end.time()
        assert day is not None and begin is not None  # both required: saved only when read
        start = dt.datetime.combine(day, begin)
        return {"starts_at": start, "ends_at": dt.datetime.combine(day, end) if end is not None else None}

    def _save(self, key: str) -> None:
        values = self._values(key)
        meetings = self.ws.services.meetings
        try:  # what this screen showed for the field: someone else's change of it is a conflict
            detail = meetings.update(meeting_id=self.ws.meeting.id, **values,
                                     expected={n: getattr(self.ws.meeting, n) for n in values})
        except EditConflict as conflict:
            from gui.conflicts import keep_mine

            if not keep_mine(self, conflict, mine=conflict.mine, theirs=conflict.theirs):
                self._take_theirs(key)
                return
            detail = meetings.update(meeting_id=self.ws.meeting.id, **values)
        self.ws.apply(self, detail)
        if key == "when":
            self._load_people(self.ws.meeting)  # members on the new day

    def _take_theirs(self, key: str) -> None:
        """Show the field as the other person saved it (notes: an edit Ctrl+Z takes back)."""
        from gui.conflicts import replace_keeping_undo

        stored = self.ws.services.meetings.get(meeting_id=self.ws.meeting.id)
        self.ws.apply(self, stored)
        self._loading = True
        try:
            if key == "notes":
                replace_keeping_undo(self.notes, stored.notes or "")
        finally:
            self._loading = False
        self.load(self.ws.meeting)

    def _person_picked(self, role: str, choice: Choice | None) -> None:
        field = self.chair if role == "chair" else self.secretary
        message = self.messages[role]
        if self.ws.read_only:
            return
        if choice is None and field.text().strip():
            message.show_message(self.tr(
                "«{name}» không có trong danh sách thành viên của ban vào ngày họp. Hãy chọn một "
                "người trong danh sách (gõ vài chữ của tên).").format(name=field.text().strip()))
            return
        person_id = choice.value[1] if choice is not None else None
        if person_id == getattr(self.ws.meeting, f"{role}_id"):
            message.clear_message()
            return
        detail = self.ws.call(self.ws.services.meetings.update, meeting_id=self.ws.meeting.id,
                              **{f"{role}_id": person_id})
        if detail is not None:
            message.clear_message()
            self.ws.apply(self, detail)

    def _person_left(self, role: str) -> None:
        field = self.chair if role == "chair" else self.secretary
        if field.choice is None or field.text() != field.choice.label:
            field.accept_typed(leaving=True)

    def save_as_template(self) -> None:
        self.ws.flush()
        template = self.ws.call(self.ws.services.templates.save_from_meeting,
                                meeting_id=self.ws.meeting.id)
        if template is not None:
            self.template_note.setText(self.tr(
                "Đã lưu mẫu cho «{committee}»: {n} nội dung. Cuộc họp mới của ban có thể bắt đầu "
                "từ mẫu này.").format(committee=self.ws.meeting.committee_name, n=len(template.agenda)))
