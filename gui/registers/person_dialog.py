"""Add or edit a person: name, position, agency (picked, or created on the spot), contacts."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from core.services import Services
from core.services.people import PersonRecord
from core.validate import email, optional, required
from gui.dialogs import Ask
from gui.forms import Form, FormDialog
from gui.models import Column
from gui.widgets import RecordCombo

CONTEXT = "PersonDialog"  # the helpers below translate in the dialog's context


def agency_combo(services: Services, parent: QWidget | None = None) -> RecordCombo:
    combo = RecordCombo([Column(QCoreApplication.translate("PersonDialog", "Cơ quan"),
                                lambda r: r.name)], parent)
    combo.set_records(services.agencies.list())
    combo.setCurrentIndex(-1)
    return combo


def resolve_agency(parent: QWidget, services: Services, combo: RecordCombo) -> int | None | bool:
    """The agency id the combo names: a listed one, none when blank, or a new one created after
    the user agrees. False when the user declines."""
    if not combo.typed():
        return None
    chosen = combo.record()
    if chosen is not None:
        return chosen.id
    question = QCoreApplication.translate(
        "PersonDialog", "Chưa có cơ quan «{name}» trong danh sách. Thêm cơ quan này?")
    if not Ask.confirm(parent, question.format(name=combo.typed())):
        return False
    created = services.agencies.create(name=combo.typed())
    combo.set_records(services.agencies.list())
    combo.select_id(created.id)
    return created.id


def add_person_fields(form: Form, services: Services, owner: QWidget) -> dict[str, Any]:
    """Position, agency, phone and e-mail rows (shared by the person and the new-member forms)."""
    position = form.add(
        "position", QCoreApplication.translate("PersonDialog", "&Chức vụ:"), QLineEdit(),
        check=lambda v: optional(str(v), field="position", label="", limit=2000),
        hint=QCoreApplication.translate(
            "PersonDialog", "Ví dụ: Phó Giám đốc Sở Thông tin và Truyền thông"))
    agency = form.add(
        "agency_id", QCoreApplication.translate("PersonDialog", "&Cơ quan:"),
        agency_combo(services, owner),
        hint=QCoreApplication.translate(
            "PersonDialog", "Gõ vài chữ để tìm; tên chưa có sẽ được hỏi để thêm mới."))
    agency.lineEdit().setPlaceholderText(
        QCoreApplication.translate("PersonDialog", "Không thuộc cơ quan nào"))
    phone = form.add(
        "phone", QCoreApplication.translate("PersonDialog", "Điện &thoại:"), QLineEdit(),
        check=lambda v: optional(str(v), field="phone", label="", limit=120))
    mail = form.add(
        "email", QCoreApplication.translate("PersonDialog", "Thư điện &tử:"), QLineEdit(),
        check=lambda v: email(str(v), label=""))
    mail.setPlaceholderText("ten@coquan.gov.vn")
    return {"position": position, "agency": agency, "phone": phone, "email": mail}


class PersonDialog(FormDialog):
    def __init__(self, parent: QWidget | None, services: Services,
                 person: PersonRecord | None = None) -> None:
        super().__init__(parent, self.tr("Thêm người") if person is None
                         else self.tr("Sửa thông tin người"))
        self.services = services
        self.person = person
        self.full_name = self.form.add(
            "full_name", self.tr("&Họ và tên:"), QLineEdit(),
            check=lambda v: required(str(v), field="full_name", label=""))
        fields = add_person_fields(self.form, services, self)
        self.position, self.agency = fields["position"], fields["agency"]
        self.phone, self.email = fields["phone"], fields["email"]
        if person is not None:
            self.full_name.setText(person.full_name)
            self.position.setText(person.position or "")
            self.agency.select_id(person.agency_id)
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
        self.finish_layout()

    def save(self) -> PersonRecord | bool:
        agency_id = resolve_agency(self, self.services, self.agency)
        if agency_id is False:
            return False
        values = dict(full_name=self.full_name.text(), position=self.position.text(),
                      agency_id=agency_id, phone=self.phone.text(), email=self.email.text())
        if self.person is None:
            return self.services.people.create(**values)
        return self.services.people.update(person_id=self.person.id, **values)
