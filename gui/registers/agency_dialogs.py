"""Add or edit an agency, rename it from a date, merge it into another."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from core.services import Services
from core.services.agencies import AgencyRecord
from core.validate import date_vn, optional, required
from gui.dialogs import Ask
from gui.forms import FormDialog, Problem, date_required
from gui.i18n import message_text
from gui.models import Column
from gui.widgets import DateField, RecordCombo


def _name_check(value: object) -> None:
    required(str(value), field="name", label="")


def _short_check(value: object) -> None:
    optional(str(value), field="short_name", label="", limit=120)


class AgencyDialog(FormDialog):
    """A new agency, or the short name of an existing one (its name changes by renaming)."""

    def __init__(self, parent: QWidget | None, services: Services,
                 agency: AgencyRecord | None = None) -> None:
        title = self.tr("Thêm cơ quan, đơn vị") if agency is None else self.tr("Sửa cơ quan, đơn vị")
        super().__init__(parent, title)
        self.services = services
        self.agency = agency
        self.name = self.form.add("name", self.tr("&Tên cơ quan:"), QLineEdit(), check=_name_check)
        self.short_name = self.form.add(
            "short_name", self.tr("Tên &viết tắt:"), QLineEdit(), check=_short_check,
            hint=self.tr("Ví dụ: Sở TT&TT. Dùng trong bảng nhiệm vụ khi tên đầy đủ quá dài."))
        if agency is not None:
            self.name.setText(agency.name)
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("Muốn đổi tên, hãy dùng nút «Đổi tên…» để văn bản cũ "
                                         "vẫn giữ tên cũ."))
            self.short_name.setText(agency.short_name or "")
        self.finish_layout()

    def save(self) -> AgencyRecord:
        if self.agency is None:
            return self.services.agencies.create(name=self.name.text(),
                                                 short_name=self.short_name.text())
        return self.services.agencies.update(agency_id=self.agency.id,
                                             short_name=self.short_name.text())


class RenameAgencyDialog(FormDialog):
    """A new name from a date on; documents dated before keep the old name."""

    def __init__(self, parent: QWidget | None, services: Services, agency: AgencyRecord) -> None:
        super().__init__(parent, self.tr("Đổi tên cơ quan"))
        self.services = services
        self.agency = services.agencies.get(agency_id=agency.id)
        self.add_intro(self.tr("Văn bản và cuộc họp trước ngày đổi tên vẫn ghi tên cũ; từ ngày đó "
                               "trở đi dùng tên mới."))
        current = QLabel(self.agency.name)
        current.setWordWrap(True)
        self.form.layout.addRow(self.tr("Tên hiện tại:"), current)
        if self.agency.old_names:
            history = "\n".join(self.tr("{name} (đến hết {day})").format(
                name=name, day=date_vn(until - dt.timedelta(days=1)))
                for name, until in self.agency.old_names)
            older = QLabel(history)
            older.setWordWrap(True)
            self.form.layout.addRow(self.tr("Tên trước đây:"), older)
        self.new_name = self.form.add("name", self.tr("Tên &mới:"), QLineEdit(), check=_name_check)
        self.new_name.setText(self.agency.name)
        self.new_name.selectAll()
        self.effective = self.form.add("effective", self.tr("Dùng tên mới &từ ngày:"),
                                       DateField(dt.date.today()), check=date_required)
        self.finish_layout()

    def save(self) -> AgencyRecord:
        return self.services.agencies.rename(agency_id=self.agency.id, new_name=self.new_name.text(),
                                             effective=self.effective.date())


class MergeAgencyDialog(FormDialog):
    """Merge this agency into another: its tasks and people move; it stays, inactive, so old
    records still show its name."""

    def __init__(self, parent: QWidget | None, services: Services, agency: AgencyRecord) -> None:
        super().__init__(parent, self.tr("Gộp cơ quan"))
        self.services = services
        self.agency = agency
        self.add_intro(self.tr("Gộp «{name}» vào một cơ quan khác: nhiệm vụ và người của cơ quan "
                               "này chuyển sang cơ quan được chọn. «{name}» được giữ lại ở trạng "
                               "thái ngừng hoạt động để văn bản cũ vẫn ghi đúng tên.")
                       .format(name=agency.name))
        self.target = RecordCombo([Column(self.tr("Cơ quan"), lambda r: r.name)])
        self.target.set_records([a for a in services.agencies.list() if a.id != agency.id])
        self.target.setCurrentIndex(-1)
        self.target.lineEdit().setPlaceholderText(self.tr("Gõ vài chữ của tên để tìm"))
        self.form.add("target", self.tr("Gộp &vào:"), self.target, check=self._target_check)
        self.finish_layout()

    def _target_check(self, _value: object) -> None:
        if self.target.record() is None:
            raise Problem(self.tr("Hãy chọn một cơ quan trong danh sách (gõ vài chữ của tên để tìm)."))

    def confirm_text(self) -> str:
        target = self.target.record()
        moving = self.services.agencies.usage(agency_id=self.agency.id)
        what = ", ".join(message_text(part) for part in moving)
        if what:
            return self.tr("{what} của «{source}» sẽ chuyển sang «{target}». «{source}» sẽ ngừng "
                           "hoạt động. Bạn có chắc muốn gộp?").format(
                what=what, source=self.agency.name, target=target.name)
        return self.tr("«{source}» chưa có nhiệm vụ hay người nào; sau khi gộp sẽ ngừng hoạt "
                       "động. Bạn có chắc muốn gộp vào «{target}»?").format(
            source=self.agency.name, target=target.name)

    def save(self) -> AgencyRecord | bool:
        if not Ask.confirm(self, self.confirm_text()):
            return False
        return self.services.agencies.merge(source_id=self.agency.id,
                                            target_id=self.target.record().id)
