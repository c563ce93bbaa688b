"""Add or edit a committee: its name, parent, abbreviation, signer, and what its documents print."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QTabWidget, QWidget

from core.services import Services
from core.services.committees import CommitteeRecord
from core.validate import optional, required
from gui.forms import FormDialog, Problem
from gui.models import Column
from gui.registers.identity_fields import IdentityFields
from gui.widgets import RecordCombo, mark_data


class CommitteeDialog(FormDialog):
    def __init__(self, parent: QWidget | None, services: Services,
                 committee: CommitteeRecord | None = None) -> None:
        super().__init__(parent, self.tr("Thêm ban") if committee is None else self.tr("Sửa thông tin ban"))
        self.services = services
        self.committee = committee
        self.tabs = QTabWidget()
        general, documents = QWidget(), QWidget()
        general_form, documents_form = QFormLayout(general), QFormLayout(documents)
        self.tabs.addTab(general, self.tr("Thông tin chung"))
        self.tabs.addTab(documents, self.tr("Thể thức văn bản"))
        self.outer.addWidget(self.tabs)
        add = self.form.add
        self.name = add("name", self.tr("&Tên ban:"), QLineEdit(), layout=general_form,
                        check=lambda v: required(str(v), field="name", label=""),
                        hint=self.tr("Ví dụ: Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"))
        self.abbreviation = add(
            "abbreviation", self.tr("Tên &viết tắt:"), QLineEdit(), layout=general_form,
            check=lambda v: optional(str(v), field="abbreviation", label="", limit=120),
            hint=self.tr("Dùng trong số văn bản: BCĐ → Số: 05/BB-BCĐ"))
        self.parent_combo = add("parent_id", self.tr("&Trực thuộc:"), QComboBox(), layout=general_form)
        self.parent_combo.addItem(self.tr("(Không trực thuộc ban nào)"), None)
        for other in services.committees.list():
            if committee is None or other.id != committee.id:
                self.parent_combo.addItem(other.name, other.id)
        mark_data(self.parent_combo)
        self.signer = add("default_signer_id", self.tr("Người &ký mặc định:"),
                          RecordCombo([Column(self.tr("Người"), lambda r: r.full_name)]),
                          layout=general_form, check=self._signer_check,
                          hint=self.tr("Người thường ký thông báo kết luận; gõ vài chữ để tìm."))
        self.signer.set_records(services.people.list())
        self.signer.setCurrentIndex(-1)
        self.identity = IdentityFields(self.form, documents_form)
        self.identity.show(committee)
        if committee is not None:
            self.name.setText(committee.name)
            self.abbreviation.setText(committee.abbreviation or "")
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(committee.parent_id)))
            self.signer.select_id(committee.default_signer_id)
        self.finish_layout()

    def _signer_check(self, _value: object) -> None:
        if self.signer.typed() and self.signer.record() is None:
            raise Problem(self.tr("Không có «{name}» trong danh sách người. Hãy chọn trong danh sách, "
                           "hoặc thêm người ở thẻ «Danh sách người».").format(name=self.signer.typed()))

    def save(self) -> CommitteeRecord:
        signer = self.signer.record()
        values = dict(name=self.name.text(), abbreviation=self.abbreviation.text(),
                      parent_id=self.parent_combo.currentData(),
                      default_signer_id=signer.id if signer else None,
                      **self.identity.values())
        if self.committee is None:
            return self.services.committees.create(**values)
        return self.services.committees.update(committee_id=self.committee.id, **values)
