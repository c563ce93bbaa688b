"""Which column of the user's sheet holds which field: one drop-down per field, prefilled from
the headings the program recognised, correctable by hand."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from core.excel.cells import cell_text
from core.excel.register_import import ALIASES, MEMBERS

NOT_USED = -1
_PER_ROW = 2  # field pairs side by side


class ColumnMapping(QWidget):
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = self._labels()
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, field in enumerate(ALIASES[kind]):
            combo = QComboBox()
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setAccessibleName(labels[field])
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(labels[field])
            label.setBuddy(combo)
            row, pair = divmod(i, _PER_ROW)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._quiet = False

    def _labels(self) -> dict[str, str]:
        tr = self.tr
        return {"full_name": tr("Họ và tên"), "family_name": tr("Họ (nếu tách riêng)"),
                "given_name": tr("Tên (nếu tách riêng)"), "position": tr("Chức vụ"),
                "agency": tr("Cơ quan"), "role": tr("Vai trò trong Ban"),
                "phone": tr("Điện thoại"), "email": tr("Email"), "name": tr("Tên cơ quan"),
                "short_name": tr("Tên viết tắt")}

    def set_columns(self, headings: Sequence[object], mapping: Mapping[str, int]) -> None:
        """Offer the columns of the heading row; select what ``mapping`` says."""
        texts = [cell_text(value) for value in headings]
        while texts and not texts[-1]:
            texts.pop()
        count = max([len(texts), *(index + 1 for index in mapping.values())])
        self._quiet = True
        try:
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(không có)"), NOT_USED)
                for index in range(count):
                    text = texts[index] if index < len(texts) else ""
                    letter = get_column_letter(index + 1)
                    combo.addItem(f"{letter}: {text}" if text else letter, index)
                combo.setCurrentIndex(combo.findData(mapping.get(field, NOT_USED)))
        finally:
            self._quiet = False

    def mapping(self) -> dict[str, int]:
        found = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            if index is not None and index != NOT_USED:
                found[field] = int(index)
        return found

    def select(self, field: str, column: int) -> None:
        """Choose ``column`` (0 = A) for ``field``, as the user would."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(column))

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()


__all__ = ["ColumnMapping", "MEMBERS", "NOT_USED"]
