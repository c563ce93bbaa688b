"""The areas of the program, one page each, in the order of the side navigation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from core.services import Services
    from gui.main_window import MainWindow


class Page(QWidget):
    """A page of the main window. It gets the services when a database opens and reloads when
    the data it shows changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.services: Services | None = None

    def set_services(self, services: Services) -> None:
        self.services = services
        self.reload()

    def reload(self) -> None:
        """Show the current data again."""

    def data_changed(self, kind: str) -> None:
        self.reload()

    def flush(self) -> None:
        """Save anything typed but not yet stored (called before closing)."""


class PlaceholderPage(Page):
    """An area that a later version fills: says so, and offers the action that fills it."""

    def __init__(self, window: MainWindow, title: str, text: str,
                 action_text: str | None = None, action=None) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(body, alignment=Qt.AlignmentFlag.AlignCenter)
        if action_text:
            button = QPushButton(action_text)
            button.clicked.connect(action)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)


def build_pages(window: MainWindow) -> list[tuple[str, str, Page]]:
    from gui.pages.meetings import MeetingsPage
    from gui.pages.overview import OverviewPage
    from gui.pages.tasks import TasksPage

    tr = window.tr
    return [
        ("overview", tr("Tổng quan"), OverviewPage(window)),
        ("meetings", tr("Cuộc họp"), MeetingsPage(window)),
        ("tasks", tr("Nhiệm vụ"), TasksPage(window)),
        ("members", tr("Thành viên và Ban"), PlaceholderPage(
            window, tr("Thành viên và Ban"),
            tr("Danh sách thành viên và các Ban chỉ đạo chưa có trong phiên bản này."))),
        ("agencies", tr("Cơ quan, đơn vị"), PlaceholderPage(
            window, tr("Cơ quan, đơn vị"),
            tr("Danh sách cơ quan, đơn vị chưa có trong phiên bản này."))),
        ("settings", tr("Cài đặt"), PlaceholderPage(
            window, tr("Cài đặt"), tr("Phần cài đặt chưa có trong phiên bản này."))),
    ]
