"""A committee's seats: add a member (an existing or a new person), correct a seat, change a role
from a date (kiện toàn), end a membership. Past seats are never rewritten by a change."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from core.services import Services
from core.services.committees import CommitteeRecord, MemberRecord
from core.validate import optional, required
from gui.forms import FormDialog, date_optional, date_required
from gui.models import Column
from gui.registers.person_dialog import agency_combo, resolve_agency
from gui.registers.role_fields import RoleFields
from gui.widgets import DateField, RecordCombo


def person_label(record) -> str:
    return f"{record.full_name} — {record.agency_name}" if record.agency_name else record.full_name


class AddMemberDialog(FormDialog):
    def __init__(self, parent: QWidget | None, services: Services, committee: CommitteeRecord) -> None:
        super().__init__(parent, self.tr("Thêm thành viên vào {name}").format(
            name=committee.abbreviation or committee.name))
        self.services = services
        self.committee = committee
        self.person = RecordCombo([Column(self.tr("Người"), person_label)])
        self.person.set_records(services.people.list())
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("Gõ họ tên để tìm, hoặc họ tên người mới"))
        self.form.add("full_name", self.tr("&Người:"), self.person, aliases=("person_id",),
                      check=lambda v: required(str(v), field="full_name", label=""))
        self.agency = self.form.add("agency_id", self.tr("&Cơ quan:"), agency_combo(services, self))
        self.agency.lineEdit().setPlaceholderText(self.tr("Cơ quan của người mới (nếu có)"))
        self.roles = RoleFields(self.form)
        self.start = self.form.add("start_date", self.tr("&Từ ngày:"), DateField(dt.date.today()),
                                   check=date_optional)
        self.end = self.form.add("end_date", self.tr("Đế&n ngày:"), DateField(), check=date_optional,
                                 hint=self.tr("Để trống nếu vẫn đang tham gia."))
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.outer.addWidget(self.status)
        self.person.currentTextChanged.connect(self._person_changed)
        self.finish_layout()
        self._person_changed()

    def _person_changed(self, _text: str = "") -> None:
        """A listed person brings their agency and position; a new name lets the user give them."""
        chosen = self.person.record()
        self.agency.setEnabled(chosen is None)
        if chosen is not None:
            self.agency.select_id(chosen.agency_id)
            if not self.roles.position.isModified():
                self.roles.position.setText(chosen.position or "")
            self.status.setText(self.tr("Đã có trong danh sách người."))
        elif self.person.typed():
            self.status.setText(self.tr("Người mới: «{name}» sẽ được thêm vào danh sách người.")
                                .format(name=self.person.typed()))
        else:
            self.status.setText("")

    def save(self) -> MemberRecord | bool:
        person = self.person.record()
        if person is None:
            agency_id = resolve_agency(self, self.services, self.agency)
            if agency_id is False:
                return False
            person = self.services.people.create(full_name=self.person.typed(),
                                                 position=self.roles.position.text(),
                                                 agency_id=agency_id)
            # Listed from now on: a retry after a refused seat does not add them twice.
            self.person.set_records(self.services.people.list())
            self.person.setCurrentIndex(self.person.source.row_of(lambda r: r.id == person.id))
        return self.services.committees.add_member(
            committee_id=self.committee.id, person_id=person.id, start_date=self.start.text(),
            end_date=self.end.text(), **self.roles.values())


class SeatDialog(FormDialog):
    """Correct a seat as it was entered (a typo, a wrong date); a real change is a role change."""

    def __init__(self, parent: QWidget | None, services: Services, member: MemberRecord) -> None:
        super().__init__(parent, self.tr("Sửa thông tin thành viên: {name}").format(name=member.full_name))
        self.services = services
        self.member = member
        self.add_intro(self.tr("Dùng để sửa chỗ nhập nhầm. Khi thành viên thật sự đổi chức danh, "
                               "hãy dùng «Đổi chức danh» để giữ lại chức danh cũ."))
        self.roles = RoleFields(self.form)
        self.roles.show(member.role, member.position, member.rank)
        self.start = self.form.add("start_date", self.tr("&Từ ngày:"), DateField(member.start_date),
                                   check=date_optional)
        self.end = self.form.add("end_date", self.tr("Đế&n ngày:"), DateField(member.end_date),
                                 check=date_optional)
        self.note = self.form.add("note", self.tr("&Ghi chú:"), QLineEdit(member.note or ""),
                                  check=lambda v: optional(str(v), field="note", label=""))
        self.finish_layout()

    def save(self) -> MemberRecord:
        return self.services.committees.update_member(
            membership_id=self.member.id, start_date=self.start.text(), end_date=self.end.text(),
            note=self.note.text(), **self.roles.values())


class ChangeRoleDialog(FormDialog):
    """Kiện toàn: a new role from a date; the old seat ends the day before and stays on record."""

    def __init__(self, parent: QWidget | None, services: Services, member: MemberRecord) -> None:
        super().__init__(parent, self.tr("Đổi chức danh: {name}").format(name=member.full_name))
        self.services = services
        self.member = member
        self.add_intro(self.tr("Chức danh hiện tại «{role}» kết thúc vào ngày trước ngày thay đổi; "
                               "văn bản trước ngày đó vẫn ghi chức danh cũ.").format(role=member.role))
        self.roles = RoleFields(self.form, role_label=self.tr("Chức danh &mới:"))
        self.roles.position.setText(member.position or "")
        self.effective = self.form.add("effective", self.tr("Từ &ngày:"), DateField(dt.date.today()),
                                       check=date_required)
        self.finish_layout()

    def save(self) -> MemberRecord:
        return self.services.committees.change_role(
            membership_id=self.member.id, effective=self.effective.text(), **self.roles.values())


class EndMembershipDialog(FormDialog):
    """The member leaves the committee; documents up to the last day still list them."""

    def __init__(self, parent: QWidget | None, services: Services, member: MemberRecord) -> None:
        super().__init__(parent, self.tr("Thôi tham gia ban: {name}").format(name=member.full_name))
        self.services = services
        self.member = member
        self.add_intro(self.tr("«{name}» ({role}) thôi là thành viên từ sau ngày dưới đây. Các cuộc "
                               "họp và văn bản trước đó vẫn ghi tên như cũ.").format(
            name=member.full_name, role=member.role))
        self.end = self.form.add("end_date", self.tr("&Ngày cuối cùng:"), DateField(dt.date.today()),
                                 check=date_required)
        self.finish_layout()

    def save(self) -> MemberRecord:
        return self.services.committees.end_membership(membership_id=self.member.id,
                                                       end_date=self.end.text())
