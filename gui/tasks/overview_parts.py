"""The overview's building blocks: a card with a big clickable number, and a short list with
a heading and a "see all" link."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.reports.wording import number


class Card(QFrame):
    """A number and what it counts; clicking the number opens what it counts."""

    clicked = Signal()

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#overviewCard {{ border: 1px solid #C8C8C8; border-left: 6px solid "
                           f"{colour}; border-radius: 4px; background: white; }}")
        self.value = 0
        self.button = QPushButton("0")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A number, not a button in a box: no frame; the keyboard focus underlines it.
        self.button.setStyleSheet(
            f"QPushButton {{ font-size: 26px; font-weight: 700; color: {colour}; text-align: left; "
            "padding: 0; border: none; background: transparent; } "
            "QPushButton:focus { text-decoration: underline; border: none; }")
        self.button.setAccessibleName(caption)
        self.button.clicked.connect(self.clicked)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value = value
        self.button.setText(number(value))


class ShortList(QWidget):
    """A heading, up to a few lines, and "Xem tất cả (N)"; a line's data is passed to
    ``on_open`` when it is activated."""

    def __init__(self, title: str, on_open: Callable[[object], None],
                 on_all: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.all_button = QPushButton()
        self.all_button.setFlat(True)
        self.all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_button.setStyleSheet("color: #0B57D0; text-decoration: underline;")
        self.all_button.clicked.connect(on_all)
        keep = self.all_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # headings of lists side by side stay level
        self.all_button.setSizePolicy(keep)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        # Enter, and a double click (the page opened twice comes forward, not twice).
        self.list.itemActivated.connect(lambda item: on_open(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemDoubleClicked.connect(lambda item: on_open(item.data(Qt.ItemDataRole.UserRole)))
        self.empty_text = ""
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def show_lines(self, lines: list[tuple[str, object, str]], total: int, empty: str) -> None:
        """``lines``: (text, data, tooltip)."""
        self.list.clear()
        for text, data, tip in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setToolTip(tip)
            self.list.addItem(item)
        if not lines:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.all_button.setText(self.tr("Xem tất cả ({n})").format(n=number(total)))
        self.all_button.setVisible(total > 0)
