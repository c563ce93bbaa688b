"""What a committee prints on its documents: style, numbering, header lines, place, secretariat.

Shared by the committee dialog and the settings page, so both say the same thing the same way.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from core.services.committees import CommitteeRecord
from core.validate import optional
from gui.forms import Form

TEXT_FIELDS = ("term_label", "parent_body", "issuing_body", "place_name", "secretariat_name")


def choice_combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _text_check(name: str, limit: int):
    return lambda v: optional(str(v), field=name, label="", limit=limit)


class IdentityFields(QObject):
    """The rows, added to ``form`` (in ``layout`` if given); ``inputs`` maps committee fields
    to the widgets that edit them."""

    def __init__(self, form: Form, layout: QFormLayout | None = None) -> None:
        super().__init__(form)
        add = form.add
        self.inputs: dict[str, Any] = {}  # each kind of input its own widget
        self.inputs["style"] = add("style", self.tr("&Thể thức văn bản:"), choice_combo([
            (self.tr("Nhà nước (Nghị định 30/2020/NĐ-CP)"), "state"),
            (self.tr("Đảng (Hướng dẫn 36-HD/VPTW)"), "party")]), layout=layout)
        self.inputs["number_reset"] = add("number_reset", self.tr("Đánh &số văn bản:"), choice_combo([
            (self.tr("Từ 01 mỗi năm"), "year"),
            (self.tr("Liên tục trong nhiệm kỳ"), "term")]), layout=layout)
        self.inputs["term_label"] = add("term_label", self.tr("&Nhiệm kỳ:"), QLineEdit(),
                                        check=_text_check("term_label", 120), layout=layout)
        self.inputs["term_label"].setPlaceholderText("2020-2025")
        self.inputs["parent_body"] = add(
            "parent_body", self.tr("Cơ quan &cấp trên:"), QLineEdit(),
            check=_text_check("parent_body", 2000), layout=layout,
            hint=self.tr("Dòng 1 góc trái đầu văn bản, ví dụ: UBND TỈNH QUẢNG NINH"))
        self.inputs["issuing_body"] = add(
            "issuing_body", self.tr("Cơ quan &ban hành:"), QLineEdit(),
            check=_text_check("issuing_body", 2000), layout=layout,
            hint=self.tr("Dòng 2, in đậm, ví dụ: BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI"))
        self.inputs["place_name"] = add(
            "place_name", self.tr("Địa &danh:"), QLineEdit(),
            check=_text_check("place_name", 120), layout=layout,
            hint=self.tr("Trong dòng ngày tháng: Quảng Ninh, ngày 16 tháng 12 năm 2019"))
        self.inputs["secretariat_name"] = add(
            "secretariat_name", self.tr("Cơ quan thường t&rực:"), QLineEdit(),
            check=_text_check("secretariat_name", 2000), layout=layout,
            hint=self.tr("Câu cuối thông báo: «Văn phòng UBND tỉnh thông báo để các cơ quan, "
                         "đơn vị biết, thực hiện»"))
        self.inputs["recipients"] = add(
            "recipients", self.tr("Nơi nhận &thông báo:"), QPlainTextEdit(),
            check=lambda v: optional(str(v), field="recipients", label="", limit=4000),
            layout=layout,
            hint=self.tr("Mỗi dòng một nơi nhận; dòng «Lưu: …» là dòng lưu trữ. Để trống: "
                         "dùng nơi nhận mặc định (hoặc «Các thành viên» của ban này)."))
        self.inputs["recipients"].setTabChangesFocus(True)
        self.inputs["recipients"].setFixedHeight(self.inputs["recipients"].fontMetrics().height() * 5)
        self.inputs["signer_own_post"] = add(
            "signer_own_post", self.tr("Chức vụ &người ký:"),
            QCheckBox(self.tr("In thêm chức vụ ở cơ quan của người ký")),
            layout=layout,
            hint=self.tr("Ví dụ: TRƯỞNG BAN / CHỦ TỊCH UBND TỈNH (Nghị định 30 cho phép ghi "
                         "chức vụ ở cơ quan chủ quản)."))

    def show(self, committee: CommitteeRecord | None) -> None:
        for name in TEXT_FIELDS:
            self.inputs[name].setText((getattr(committee, name) or "") if committee else "")
        self.inputs["recipients"].setPlainText((committee.recipients or "") if committee else "")
        self.inputs["signer_own_post"].setChecked(bool(committee.signer_own_post) if committee else False)
        for name, default in (("style", "state"), ("number_reset", "year")):
            combo: QComboBox = self.inputs[name]
            value = getattr(committee, name) if committee else default
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments for CommitteeService.create/update."""
        values = {name: self.inputs[name].text() for name in TEXT_FIELDS}
        values["style"] = self.inputs["style"].currentData()
        values["number_reset"] = self.inputs["number_reset"].currentData()
        values["recipients"] = self.inputs["recipients"].toPlainText()
        values["signer_own_post"] = self.inputs["signer_own_post"].isChecked()
        return values
