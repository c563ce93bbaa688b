"""Thành phần: who is invited (the committee's members on the day, and guests), and who came.

One keystroke per person in the meeting room: C có mặt, V vắng (then the reason), T dự thay (then
who). The count "Có mặt x/y" follows what is saved.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.attendance import tally
from core.services.meeting_records import AttendanceRecord, MeetingDetail
from gui.dialogs import Ask
from gui.meeting import labels
from gui.meeting.base import WorkspaceTab
from gui.meeting.guest_form import GuestForm
from gui.meeting.record_model import RecordListModel
from gui.meeting.widgets import (
    FieldMessage,
    LineEditor,
    fit_columns,
    on_keys,
    record_table,
    select_row,
    selected_row,
)
from gui.models import Column

STATUSES = ("present", "absent", "substituted", "invited")


def _note(a: AttendanceRecord) -> str:
    if a.status == "substituted":
        who = a.substitute_name or ""
        return f"{who} ({a.substitute_position})" if a.substitute_position else who
    return a.absence_reason or ""


class AttendanceTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        # Name, position, agency and status fit a 1366-pixel screen without scrolling sideways;
        # a guest is marked after the name, as in the opinions.
        self.model = RecordListModel([
            Column(tr("Họ và tên"), lambda a: a.name if a.is_member
                   else tr("{name} (khách mời)").format(name=a.name)),
            Column(tr("Tình trạng"), lambda a: labels.attendance_status(a.status)),
            Column(tr("Chức vụ"), lambda a: a.position or ""),
            Column(tr("Cơ quan"), lambda a: a.agency_name or ""),
            Column(tr("Lý do / người dự thay"), _note),
        ], self)
        self.table = record_table(self.model, name=tr("Thành phần tham dự"))
        self.count_label = QLabel()
        self.count_label.setObjectName("attendanceCount")
        self.count_label.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.all_present_button = QPushButton(tr("Người chưa điểm danh: có mặt"))
        self.all_present_button.setToolTip(tr("Đánh dấu có mặt mọi người chưa điểm danh"))
        self.invite_button = QPushButton(tr("Mời thêm thành viên mới"))
        self.invite_button.setToolTip(tr("Thêm vào danh sách mời những thành viên của ban vào ngày họp "
                                         "chưa có trong danh sách (sau khi kiện toàn)"))
        self.radios = {s: QRadioButton(t) for s, t in (
            ("present", tr("Có mặt (C)")), ("absent", tr("Vắng mặt (V)")),
            ("substituted", tr("Dự thay (T)")), ("invited", tr("Chưa điểm danh")))}
        self.group = QButtonGroup(self)
        for radio in self.radios.values():
            self.group.addButton(radio)
        self.reason = LineEditor()
        self.reason.setAccessibleName(self.tr("Lý do vắng"))
        self.reason.setPlaceholderText(tr("Lý do vắng, ví dụ: Đi công tác"))
        self.substitute = LineEditor()
        self.substitute.setAccessibleName(self.tr("Người dự thay"))
        self.substitute.setPlaceholderText(tr("Họ tên người dự thay"))
        self.substitute_position = LineEditor()
        self.substitute_position.setAccessibleName(self.tr("Chức vụ người dự thay"))
        self.substitute_position.setPlaceholderText(tr("Chức vụ người dự thay"))
        self.message = FieldMessage()
        self.remove_button = QPushButton(tr("Bỏ khỏi danh sách…"))
        self.guest_form = GuestForm(workspace, self._guest_added)

        self.mark_box = QGroupBox(tr("Người đang chọn"))
        form = QFormLayout(self.mark_box)
        radios = QGridLayout()
        for index, radio in enumerate(self.radios.values()):
            radios.addWidget(radio, index // 2, index % 2)
        form.addRow(radios)
        form.addRow(tr("Lý do vắng:"), self.reason)
        form.addRow(tr("Người dự thay:"), self.substitute)
        form.addRow(tr("Chức vụ:"), self.substitute_position)
        form.addRow(self.message)
        form.addRow(self.remove_button)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.all_present_button)
        top.addWidget(self.invite_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.mark_box)
        right_layout.addWidget(self.guest_form)
        right_layout.addStretch(1)
        side = QScrollArea()  # on a low screen the two forms scroll, not the whole meeting
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(right)
        side.setMinimumWidth(300)
        side.setMaximumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._loading = False
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        for status, radio in self.radios.items():
            radio.clicked.connect(lambda _c=False, s=status: self.mark(s))
        for field in (self.reason, self.substitute, self.substitute_position):
            field.textEdited.connect(lambda _t: self._details_edited())
            field.focus_lost.connect(self.ws.flush)
        on_keys(self.table, "C", lambda: self.mark("present"))
        on_keys(self.table, "V", lambda: self.mark("absent"))
        on_keys(self.table, "T", lambda: self.mark("substituted"))
        on_keys(self.table, "Delete", self.remove_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.all_present_button.clicked.connect(self.mark_rest_present)
        self.invite_button.clicked.connect(self.invite_members)

    # --- showing -------------------------------------------------------------------------------

    def load(self, meeting: MeetingDetail) -> None:
        current = self.current()
        self.model.set_rows(meeting.attendance)
        fit_columns(self.table, widest=200)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnToContents(4)  # the reason or substitute: whole, up to 200 pixels
        header.resizeSection(4, max(min(header.sectionSize(4), 200), header.sectionSizeHint(4)))
        for column in (2, 3):  # position and agency share what is left, shortened with "…"
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        row = self.model.row_of(current.id) if current else None
        select_row(self.table, row if row is not None else (0 if meeting.attendance else None))
        self._show_selected()
        self._update_counts()
        self.guest_form.load(meeting)

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        if "registers" in parts:
            self.guest_form.load(meeting)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.mark_box, self.guest_form, self.all_present_button, self.invite_button):
            widget.setEnabled(not read_only)

    def current(self) -> AttendanceRecord | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def _show_selected(self) -> None:
        person = self.current()
        self._loading = True
        try:
            self.mark_box.setEnabled(person is not None and not self.ws.read_only)
            if person is not None:
                self.mark_box.setTitle(person.name)
                self.radios[person.status].setChecked(True)
            self.reason.setText(person.absence_reason or "" if person else "")
            self.substitute.setText(person.substitute_name or "" if person else "")
            self.substitute_position.setText(person.substitute_position or "" if person else "")
            self._enable_details()
            self.message.clear_message()
        finally:
            self._loading = False

    def _enable_details(self) -> None:
        status = self._chosen_status()
        self.reason.setEnabled(status in ("absent", "substituted"))
        self.substitute.setEnabled(status == "substituted")
        self.substitute_position.setEnabled(status == "substituted")

    def _update_counts(self) -> None:
        members = tally(a.status for a in self.model.rows if a.is_member)
        guests = tally(a.status for a in self.model.rows if not a.is_member)
        text = self.tr("Có mặt {x}/{y}").format(x=members.present, y=members.total)
        if members.absent:
            text += self.tr(", vắng {n}").format(n=members.absent)
        if guests.total:
            text += self.tr(" · Đại biểu mời có mặt {x}/{y}").format(x=guests.present, y=guests.total)
        self.count_label.setText(text)

    def _chosen_status(self) -> str:
        return next((s for s, r in self.radios.items() if r.isChecked()), "invited")

    # --- marking -------------------------------------------------------------------------------

    def mark(self, status: str) -> None:
        person = self.current()
        if person is None or self.ws.read_only:
            return
        self.radios[status].setChecked(True)
        self._enable_details()
        self._schedule(person)
        if status == "absent":
            self.reason.setFocus()
        elif status == "substituted":
            self.substitute.setFocus()
        else:
            self.ws.flush()

    def _details_edited(self) -> None:
        person = self.current()
        if not self._loading and person is not None and not self.ws.read_only:
            self._schedule(person)

    def _schedule(self, person: AttendanceRecord) -> None:
        values = dict(status=self._chosen_status(), absence_reason=self.reason.text(),
                      substitute_name=self.substitute.text(),
                      substitute_position=self.substitute_position.text())
        self.ws.autosave(f"attendance.{person.id}", lambda: self._take(
            self.ws.services.meetings.set_attendance(attendance_id=person.id, **values)), self.message)

    def _take(self, record: AttendanceRecord) -> None:
        self.model.replace(record)
        self.ws.apply(self, record)
        self._update_counts()

    def mark_rest_present(self) -> None:
        self.ws.flush()
        for person in list(self.model.rows):
            if person.status == "invited":
                record = self.ws.call(self.ws.services.meetings.set_attendance,
                                      attendance_id=person.id, status="present")
                if record is None:
                    break
                self._take(record)
        self._show_selected()

    def invite_members(self) -> None:
        self.ws.flush()
        added = self.ws.call(self.ws.services.meetings.invite_members, meeting_id=self.ws.meeting.id)
        if added:
            self.ws.reload()
        elif added == 0:
            Ask.inform(self, self.tr("Mọi thành viên của ban vào ngày họp đều đã có trong danh sách."))

    def _guest_added(self, record: AttendanceRecord) -> None:
        self.model.append(record)
        self.ws.apply(self, record)
        self._update_counts()
        select_row(self.table, self.model.row_of(record.id))

    def remove_selected(self) -> None:
        person = self.current()
        if person is None or self.ws.read_only:
            return
        if not Ask.confirm(self, self.tr("Bỏ «{name}» khỏi danh sách mời của cuộc họp này?").format(
                name=person.name)):
            return
        self.ws.autosaver.cancel(f"attendance.{person.id}")
        if not self.ws.run(self.ws.services.meetings.remove_attendee, attendance_id=person.id):
            return
        self.model.remove(person.id)
        self.ws.refresh(self)
        self._update_counts()
        self._show_selected()
