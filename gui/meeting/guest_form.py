"""Adding an invited guest (đại biểu mời): name, position, agency from the register or typed."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QPushButton

from core.services.meeting_records import AttendanceRecord, MeetingDetail
from gui.meeting.widgets import FieldMessage, LineEditor
from gui.meeting.pick import PickField


class GuestForm(QGroupBox):
    def __init__(self, workspace, added: Callable[[AttendanceRecord], None]) -> None:
        super().__init__()
        self.ws = workspace
        self._added = added
        tr = self.tr
        self.setTitle(tr("Thêm đại biểu mời"))
        self.name = LineEditor()
        self.name.setAccessibleName(tr("Họ tên đại biểu"))
        self.position = LineEditor()
        self.position.setAccessibleName(self.tr("Chức vụ khách mời"))
        self.agency = PickField(free_text=True)
        self.agency.setAccessibleName(self.tr("Cơ quan của khách mời"))
        self.agency.setPlaceholderText(tr("Chọn trong danh sách hoặc gõ tên cơ quan"))
        self.title_name = QCheckBox(tr("Đây là chức danh hay «Đại diện …», không phải họ tên"))
        self.title_name.setToolTip(tr("Văn bản in đúng một lần như đã gõ, không thêm «đồng chí», "
                                      "chức vụ hay cơ quan"))
        self.add_button = QPushButton(tr("Thêm đại biểu"))
        self.message = FieldMessage()
        form = QFormLayout(self)
        form.addRow(tr("Họ và tên:"), self.name)
        form.addRow(self.title_name)
        form.addRow(tr("Chức vụ:"), self.position)
        form.addRow(tr("Cơ quan:"), self.agency)
        form.addRow(self.message)
        form.addRow(self.add_button)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.position.returnPressed.connect(self.add)

    def load(self, meeting: MeetingDetail) -> None:
        self.agency.set_choices(self.ws.registers.agency_choices)

    def add(self) -> None:
        choice = self.agency.choice
        record = self.ws.call(  # a refusal is said under the fields; what was typed stays
            self.ws.services.meetings.add_guest, line=self.message,
            meeting_id=self.ws.meeting.id, name=self.name.text(), position=self.position.text(),
            agency_id=choice.value[1] if choice is not None else None,
            agency_name=None if choice is not None else self.agency.text(),
            name_is_title=self.title_name.isChecked())
        if record is None:
            return
        for field in (self.name, self.position, self.agency):
            field.clear()
        self.title_name.setChecked(False)
        self.agency.choice = None
        self.name.setFocus()
        self._added(record)
