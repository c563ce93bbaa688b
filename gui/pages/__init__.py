"""The areas of the program, one page each, in the order of the side navigation.

A page says which of the window's list commands it answers (new, find, edit, delete, save:
Ctrl+N, Ctrl+F, F2/Enter, Delete, Ctrl+S); the window routes the shortcuts to the page shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from core.services import Services
    from gui.main_window import MainWindow

COMMANDS = ("new", "find", "edit", "delete", "save")


class Page(QWidget):
    """A page of the main window. It gets the services when a database opens and reloads when
    the data it shows changes."""

    #: The set of commands it answers changed (another tab was chosen).
    commands_changed = Signal()

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

    # -- commands ------------------------------------------------------------------------------
    def commands(self) -> set[str]:
        """The list commands this page answers now. A page with a ``search`` box answers find."""
        return {"find"} if isinstance(getattr(self, "search", None), QLineEdit) else set()

    def run_command(self, command: str) -> None:
        if command not in self.commands():
            return
        if command == "find" and not hasattr(self, "cmd_find"):
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
            return
        getattr(self, f"cmd_{command}")()


def heading(title: str, hint: str | None = None) -> QWidget:
    """A page's title and one line that says what the page is for."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    label = QLabel(title)
    label.setProperty("role", "heading")
    label.setAccessibleName(title)
    layout.addWidget(label)
    if hint:
        note = QLabel(hint)
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
    return box


class PlaceholderPage(Page):
    """An area that a later version fills: says so, and offers the action that fills it."""

    def __init__(self, window: MainWindow, title: str, text: str,
                 action_text: str | None = None, action=None) -> None:  # noqa: ANN001
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head = QLabel(title)
        head.setProperty("role", "heading")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setMaximumWidth(560)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(head, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(body, alignment=Qt.AlignmentFlag.AlignCenter)
        self.action_button = None
        if action_text:
            self.action_button = QPushButton(action_text)
            self.action_button.setProperty("primary", True)
            self.action_button.clicked.connect(action)
            layout.addSpacing(8)
            layout.addWidget(self.action_button, alignment=Qt.AlignmentFlag.AlignCenter)


def build_pages(window: MainWindow) -> list[tuple[str, str, Page]]:
    from gui.pages.agencies import AgenciesPage
    from gui.pages.meetings import MeetingsPage
    from gui.pages.members import MembersPage
    from gui.pages.overview import OverviewPage
    from gui.pages.settings_page import SettingsPage

    return [
        ("overview", QCoreApplication.translate("Pages", "Tổng quan"), OverviewPage(window)),
        ("meetings", QCoreApplication.translate("Pages", "Cuộc họp"), MeetingsPage(window)),
        ("tasks", QCoreApplication.translate("Pages", "Nhiệm vụ"), PlaceholderPage(
            window, QCoreApplication.translate("Pages", "Nhiệm vụ"),
            QCoreApplication.translate(
                "Pages", "Sổ theo dõi nhiệm vụ chưa có trong phiên bản này. Nhiệm vụ được giao "
                "trong từng cuộc họp, từ kết luận của người chủ trì."),
            QCoreApplication.translate("Pages", "Đến trang Cuộc họp"),
            lambda: window.show_page("meetings"))),
        ("members", QCoreApplication.translate("Pages", "Thành viên và Ban"), MembersPage(window)),
        ("agencies", QCoreApplication.translate("Pages", "Cơ quan, đơn vị"), AgenciesPage(window)),
        ("settings", QCoreApplication.translate("Pages", "Cài đặt"), SettingsPage(window)),
    ]
