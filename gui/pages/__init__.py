"""The areas of the program, one page each, in the order of the side navigation.

A page says which of the window's list commands it answers (new, find, edit, delete, save:
Ctrl+N, Ctrl+F, F2/Enter, Delete, Ctrl+S); the window routes the shortcuts to the page shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

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


def build_pages(window: MainWindow) -> list[tuple[str, str, Page]]:
    from gui.pages.agencies import AgenciesPage
    from gui.pages.meetings import MeetingsPage
    from gui.pages.members import MembersPage
    from gui.pages.overview import OverviewPage
    from gui.pages.settings_page import SettingsPage
    from gui.pages.tasks import TasksPage

    return [
        ("overview", QCoreApplication.translate("Pages", "Tổng quan"), OverviewPage(window)),
        ("meetings", QCoreApplication.translate("Pages", "Cuộc họp"), MeetingsPage(window)),
        ("tasks", QCoreApplication.translate("Pages", "Nhiệm vụ"), TasksPage(window)),
        ("members", QCoreApplication.translate("Pages", "Thành viên và Ban"), MembersPage(window)),
        ("agencies", QCoreApplication.translate("Pages", "Cơ quan, đơn vị"), AgenciesPage(window)),
        ("settings", QCoreApplication.translate("Pages", "Cài đặt"), SettingsPage(window)),
    ]
