"""Choosing several agencies at once (the coordinators of a task): a list with check boxes and
a search line that filters it without diacritics."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from gui.meeting.pick import Choice, ChoiceModel, FoldFilter


class CheckListModel(ChoiceModel):
    """The choices with a check box each; ``checked`` keeps the order they were ticked in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.checked: list[Any] = []

    def set_choices(self, choices: Sequence[Choice], checked: Iterable[Any] = ()) -> None:  # type: ignore[override]  # takes what is ticked, not search keys
        known = {c.value for c in choices}
        self.checked = [v for v in checked if v in known]
        super().set_choices(choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            on = self.choices[index.row()].value in self.checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.choices[index.row()].label
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        choice = self.choices[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and choice.value not in self.checked:
            self.checked.append(choice.value)
        elif not on and choice.value in self.checked:
            self.checked.remove(choice.value)
        self.dataChanged.emit(index, index, [role])
        return True

    def labels(self) -> list[str]:
        by_value = {c.value: c.label for c in self.choices}
        return [by_value[v] for v in self.checked]


class CheckList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Tìm trong danh sách"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Lọc: gõ vài chữ, không cần dấu"))
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(self.proxy.set_search)
        self.model.dataChanged.connect(lambda *_: self._changed())
        self.model.modelReset.connect(self._changed)

    def set_choices(self, choices: Sequence[Choice], checked: Iterable[Any] = ()) -> None:
        self.model.set_choices(choices, checked)

    def checked(self) -> list[Any]:
        return list(self.model.checked)

    def set_checked(self, value: Any, on: bool = True) -> None:
        for row, choice in enumerate(self.model.choices):
            if choice.value == value:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.model.setData(self.model.index(row), state.value, Qt.ItemDataRole.CheckStateRole)

    def _changed(self) -> None:
        names = self.model.labels()
        self.summary.setText(self.tr("Đã chọn: {names}").format(names="; ".join(names)) if names
                             else self.tr("Chưa chọn cơ quan phối hợp nào."))
