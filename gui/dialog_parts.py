"""Small parts the between-meetings dialogs share: the committee chooser and the line under a
form that says what was done (green) or what went wrong (red), selectable to copy a path."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def committee_combo(services, chosen: int | None, name: str,
                    parent: QWidget | None = None) -> QComboBox:
    """The active committees, ``chosen`` selected when it is one of them."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for committee in services.committees.list():
        combo.addItem(committee.name, committee.id)
    if chosen is not None:
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo


class MessageLine(QLabel):
    """A dialog's line for what happened: done in green, a problem in red. The runner of
    actions (gui.operations) says here every problem the user can fix, so the dialog stays
    open with what was typed."""

    says_every_problem = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def say(self, text: str, *, error: bool = False) -> None:
        self.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")
        self.setText(text)

    def show_message(self, text: str) -> None:
        self.say(text, error=True)

    def clear_message(self) -> None:
        """A success says its own words: the line keeps them."""
