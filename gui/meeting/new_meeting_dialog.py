"""Planning a new meeting: from nothing, from the committee's template, or as a copy of an
earlier meeting (its kind, title, place, chair, secretary and agenda; never its opinions)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.services.meeting_records import AgendaDraft, MeetingDetail
from gui.date_fields import DateField, TimeField, when_row
from gui.dialogs import error_text
from gui.operations import FormLines, ops_for
from gui.widgets import mark_data
from gui.meeting import labels
from gui.meeting.pick import Choice, PickField
from gui.meeting.registers import PERSON, Registers
from gui.meeting.widgets import FieldMessage, LineEditor

EMPTY, TEMPLATE, COPY = "empty", "template", "copy"


class NewMeetingDialog(QDialog):
    created = Signal(object)  # MeetingDetail

    def __init__(self, services, parent: QWidget | None = None, *,
                 copy_of: int | None = None, committee_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.registers = Registers(services)
        self.agenda: tuple[AgendaDraft, ...] = ()
        tr = self.tr
        self.setWindowTitle(tr("Cuộc họp mới"))
        self.resize(760, 560)
        self.committee = QComboBox()
        self.committee.setAccessibleName(tr("Ban"))
        self.sources = {key: QRadioButton(text) for key, text in (
            (EMPTY, tr("Cuộc họp trống")), (TEMPLATE, tr("Theo mẫu của ban")),
            (COPY, tr("Sao chép cuộc họp trước:")))}
        self.source_group = QButtonGroup(self)
        for radio in self.sources.values():
            self.source_group.addButton(radio)
        self.earlier = QComboBox()
        self.earlier.setAccessibleName(tr("Cuộc họp để sao chép"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại cuộc họp"))
        self.kind.setEditable(True)
        self.kind.addItems(labels.MEETING_KINDS)
        mark_data(self.kind)  # kinds are printed in Vietnamese documents
        self.title = LineEditor()
        self.title.setAccessibleName(tr("Tên cuộc họp"))
        self.date = DateField(dt.date.today())
        self.date.setAccessibleName(self.tr("Ngày họp"))
        self.start = TimeField(dt.time(8, 0))
        self.start.setAccessibleName(self.tr("Giờ bắt đầu"))
        self.end = TimeField(optional=True)
        self.end.setAccessibleName(self.tr("Giờ kết thúc (để trống nếu chưa định)"))
        self.end_label = QLabel(tr("đến"))
        self.end_label.setBuddy(self.end)
        self.place = LineEditor()
        self.place.setAccessibleName(self.tr("Địa điểm"))
        self.chair = PickField()
        self.chair.setAccessibleName(self.tr("Chủ trì"))
        self.secretary = PickField()
        self.secretary.setAccessibleName(self.tr("Thư ký"))
        for field in (self.chair, self.secretary):
            field.setPlaceholderText(tr("Gõ vài chữ của tên, không cần dấu"))
        self.agenda_note = QLabel()
        self.agenda_note.setWordWrap(True)
        self.messages = {k: FieldMessage() for k in ("title", "kind", "when", "place", "people", "other")}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tạo cuộc họp"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))

        for combo in (self.committee, self.earlier):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        source_row = QHBoxLayout()
        for key in (EMPTY, TEMPLATE, COPY):
            source_row.addWidget(self.sources[key])
        source_row.addStretch(1)
        when_box = when_row(self.date, self.start, self.end_label, self.end)
        form = QFormLayout()
        form.addRow(tr("&Ban:"), self.committee)
        form.addRow(tr("Bắt đầu từ:"), source_row)
        form.addRow("", self.earlier)  # its own line: an earlier meeting's date and whole title
        form.addRow(tr("&Loại cuộc họp:"), self.kind)
        form.addRow("", self.messages["kind"])
        form.addRow(tr("Tên &cuộc họp:"), self.title)
        form.addRow("", self.messages["title"])
        form.addRow(tr("&Thời gian:"), when_box)
        form.addRow("", self.messages["when"])
        form.addRow(tr("Đị&a điểm:"), self.place)
        form.addRow("", self.messages["place"])
        form.addRow(tr("Chủ t&rì:"), self.chair)
        form.addRow(tr("T&hư ký:"), self.secretary)
        form.addRow("", self.messages["people"])
        form.addRow(tr("Chương trình:"), self.agenda_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.messages["other"])
        layout.addWidget(self.buttons)

        for committee in services.committees.list():
            self.committee.addItem(committee.name, committee.id)
        if committee_id is not None:
            self.committee.setCurrentIndex(max(0, self.committee.findData(committee_id)))
        if copy_of is not None:
            source = services.meetings.get(meeting_id=copy_of)
            self.committee.setCurrentIndex(max(0, self.committee.findData(source.committee_id)))
        self._committee_changed()
        if copy_of is not None:
            self.earlier.setCurrentIndex(max(0, self.earlier.findData(copy_of)))
            self.sources[COPY].setChecked(True)
            self._source_changed()

        self.committee.currentIndexChanged.connect(lambda _i: self._committee_changed())
        for radio in self.sources.values():
            radio.toggled.connect(lambda on: self._source_changed() if on else None)
        self.earlier.currentIndexChanged.connect(lambda _i: self._source_changed()
                                                 if self.sources[COPY].isChecked() else None)
        self.date.value_changed.connect(lambda _d: self._load_people())
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

    def _committee_id(self) -> int | None:
        return self.committee.currentData()

    def _committee_changed(self) -> None:
        committee_id = self._committee_id()
        self.earlier.clear()
        template = None
        if committee_id is not None:
            template = self.services.templates.get(committee_id=committee_id)
            for meeting in self.services.meetings.list(committee_id=committee_id, limit=100):
                self.earlier.addItem(f"{meeting.starts_at:%d/%m/%Y} — {meeting.title}", meeting.id)
                self.earlier.setItemData(self.earlier.count() - 1, meeting.title,
                                         Qt.ItemDataRole.ToolTipRole)
        view = self.earlier.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))
        self.sources[TEMPLATE].setEnabled(template is not None)
        self.sources[COPY].setEnabled(self.earlier.count() > 0)
        self.earlier.setEnabled(self.earlier.count() > 0)
        (self.sources[TEMPLATE] if template is not None else self.sources[EMPTY]).setChecked(True)
        self._load_people()
        self._source_changed()

    def _load_people(self) -> None:
        committee_id = self._committee_id()
        day = self.date.date() or dt.date.today()
        choices = (self.registers.member_choices(committee_id, day)
                   if committee_id is not None else [])
        for field in (self.chair, self.secretary):
            chosen = field.choice
            field.set_choices(choices)
            if chosen is not None:
                field.set_choice(next((c for c in choices if c.value == chosen.value), chosen))

    def _source_changed(self) -> None:
        source = next(k for k, r in self.sources.items() if r.isChecked())
        committee_id = self._committee_id()
        self.agenda = ()
        if source == TEMPLATE and committee_id is not None:
            template = self.services.templates.get(committee_id=committee_id)
            if template is not None:
                self._fill(template.kind, template.title, template.place)
                self.agenda = template.agenda
        elif source == COPY and self.earlier.currentData() is not None:
            meeting = self.services.meetings.get(meeting_id=self.earlier.currentData())
            self._fill(meeting.kind, meeting.title, meeting.place)
            self._copy_times_and_people(meeting)
            self.agenda = tuple(AgendaDraft.of(item) for item in meeting.agenda)
        titles = [d.title.split("\n", 1)[0] for d in self.agenda]
        self.agenda_note.setText(
            self.tr("{n} nội dung: {titles}").format(n=len(titles), titles="; ".join(titles))
            if titles else self.tr("Trống; thêm nội dung sau khi tạo cuộc họp."))

    def _fill(self, kind: str, title: str, place: str | None) -> None:
        self.kind.setEditText(kind)
        self.title.setText(title)
        self.place.setText(place or "")

    def _copy_times_and_people(self, meeting: MeetingDetail) -> None:
        self.start.set_time(meeting.starts_at.time())
        self.end.set_time(meeting.ends_at.time() if meeting.ends_at is not None else None)
        for field, person_id, name in ((self.chair, meeting.chair_id, meeting.chair_name),
                                       (self.secretary, meeting.secretary_id, meeting.secretary_name)):
            if person_id is not None:
                field.set_choice(next((c for c in field.model_.choices if c.value == (PERSON, person_id)),
                                      Choice(name or "", (PERSON, person_id))))

    def _person(self, field: PickField) -> int | None:
        return field.choice.value[1] if field.choice is not None else None

    def create(self) -> MeetingDetail | None:  # type: ignore[override]  # the meeting, not QWidget.create()
        for message in self.messages.values():
            message.clear_message()
        committee_id = self._committee_id()
        if committee_id is None:
            self.messages["other"].show_message(self.tr(
                "Chưa có ban nào. Hãy thêm ban ở trang «Thành viên và Ban» trước."))
            return None
        for field in (self.chair, self.secretary):
            if field.choice is None and field.text().strip():
                self.messages["people"].show_message(self.tr(
                    "«{name}» không có trong danh sách thành viên của ban vào ngày họp. Hãy chọn "
                    "trong danh sách.").format(name=field.text().strip()))
                return None
        unreadable = next((f for f in (self.date, self.start, self.end) if not f.is_valid()), None)
        if unreadable is not None:
            self.messages["when"].show_message(unreadable.unreadable())
            unreadable.setFocus()
            return None
        day, start, end = self.date.date(), self.start.time(), self.end.time()
        assert day is not None and start is not None  # both required, read above
        meeting = ops_for(self).call(
            self, self.services.meetings.create,
            line=FormLines(self._place_error, self.messages["other"], every=True),
            committee_id=committee_id, kind=self.kind.currentText(), title=self.title.text(),
            starts_at=dt.datetime.combine(day, start),
            ends_at=dt.datetime.combine(day, end) if end is not None else None,
            place=self.place.text(), chair_id=self._person(self.chair),
            secretary_id=self._person(self.secretary), agenda=self.agenda)
        if meeting is None:
            return None
        self.created.emit(meeting)
        self.accept()
        return meeting

    def _place_error(self, error: ValidationError) -> bool:
        """A refusal under the field it names (the rest under the form); what was typed stays."""
        target = {"title": "title", "kind": "kind", "starts_at": "when", "ends_at": "when",
                  "place": "place"}.get(str(error.values.get("field_name")), "other")
        self.messages[target].show_message(error_text(error))
        return True
