"""Role, position and protocol rank of a seat: the rank follows the role until the user sets it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from core.services.committees import ROLES, default_rank
from core.validate import optional, required
from gui.forms import Form
from gui.widgets import mark_data


class RoleFields(QObject):
    def __init__(self, form: Form, *, role_label: str | None = None) -> None:
        super().__init__(form)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(list(ROLES))
        self.role.setCurrentIndex(-1)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ, ví dụ: Ủy viên"))  # type: ignore[union-attr]  # editable: it has one
        mark_data(self.role)
        form.add("role", role_label or self.tr("Chức &danh trong ban:"), self.role,
                 check=lambda v: required(str(v), field="role", label="", limit=120))
        self.position = form.add(
            "position", self.tr("&Chức vụ:"), QLineEdit(),
            check=lambda v: optional(str(v), field="position", label="", limit=2000),
            hint=self.tr("In trong văn bản, ví dụ: Phó Chủ tịch UBND tỉnh"))
        self.rank = QSpinBox()
        self.rank.setRange(1, 999)
        self.rank.setValue(default_rank(""))
        self.rank.setMaximumWidth(120)
        form.add("rank", self.tr("&Thứ tự:"), self.rank,
                 hint=self.tr("Thứ tự liệt kê trong văn bản: số nhỏ đứng trước. Tự theo chức danh."))
        self.rank_is_auto = True
        self._setting = False
        self.role.currentTextChanged.connect(self._role_changed)
        self.rank.valueChanged.connect(self._rank_changed)

    def _role_changed(self, text: str) -> None:
        if self.rank_is_auto:
            self._setting = True
            self.rank.setValue(default_rank(text))
            self._setting = False

    def _rank_changed(self, _value: int) -> None:
        if not self._setting:
            self.rank_is_auto = False

    def show(self, role: str, position: str | None, rank: int | None) -> None:
        self.role.setEditText(role)
        self.position.setText(position or "")
        if rank is not None:
            self._setting = True
            self.rank.setValue(rank)
            self._setting = False
            self.rank_is_auto = rank == default_rank(role)

    def values(self) -> dict[str, Any]:
        return {"role": self.role.currentText(), "position": self.position.text(),
                "rank": self.rank.value()}
