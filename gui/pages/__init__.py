"""The areas of the program, one page each, in the order of the side navigation.

A page says which of the window's list commands it answers (new, find, edit, delete, save:
Ctrl+N, Ctrl+F, F2/Enter, Delete, Ctrl+S); the window routes the shortcuts to the page shown.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from core.services import Services
    from gui.main_window import MainWindow
    from gui.operations import Changes

COMMANDS = ("new", "find", "edit", "delete", "save")


class Page(QWidget):
    """A page of the main window. It gets the services when a database opens and reloads when
    the data it shows changes."""

    #: The set of commands it answers changed (another tab was chosen).
    commands_changed = Signal()
    #: The find box, on the pages that have one (see :meth:`commands`).
    search: QLineEdit

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.services: Services | None = None

    def set_services(self, services: Services) -> None:
        self.services = services
        self.reload()

    @property
    def open_services(self) -> Services:
        """The open database's services: a page's commands run only while one is open."""
        assert self.services is not None, "a page command ran with no database open"
        return self.services

    def reload(self) -> None:
        """Show the current data again."""

    def data_changed(self, changes: Changes) -> None:
        """Something changed (an action anywhere in the window); a page reloads what it shows
        of it."""
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


# The pages in the order of the side navigation: key, and where the page's class lives.
# A page is built (and its modules imported) the first time it is shown or used, so the window
# appears before any page's data is read.
PAGES = (
    ("overview", "gui.pages.overview", "OverviewPage"),
    ("meetings", "gui.pages.meetings", "MeetingsPage"),
    ("tasks", "gui.pages.tasks", "TasksPage"),
    ("members", "gui.pages.members", "MembersPage"),
    ("agencies", "gui.pages.agencies", "AgenciesPage"),
    ("settings", "gui.pages.settings_page", "SettingsPage"),
)


def page_titles() -> list[tuple[str, str]]:
    """(key, title) of every page, titles in the interface language."""
    # Written out in full so that lupdate finds the titles.
    titles = {"overview": QCoreApplication.translate("Pages", "Tổng quan"),
              "meetings": QCoreApplication.translate("Pages", "Cuộc họp"),
              "tasks": QCoreApplication.translate("Pages", "Nhiệm vụ"),
              "members": QCoreApplication.translate("Pages", "Thành viên và Ban"),
              "agencies": QCoreApplication.translate("Pages", "Cơ quan, đơn vị"),
              "settings": QCoreApplication.translate("Pages", "Cài đặt")}
    return [(key, titles[key]) for key, *_ in PAGES]


def build_page(key: str, window: MainWindow) -> Page:
    import importlib

    for name, module, cls in PAGES:
        if name == key:
            return getattr(importlib.import_module(module), cls)(window)
    raise KeyError(key)


class PageSet(Mapping[str, Page]):
    """The window's pages by key, each built the first time it is asked for; ``built()`` gives
    those that exist (to save, reload or hand a new database to) without building the others."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in self:
                raise KeyError(key)
            page = self._built[key] = build_page(key, self._window)
            self._window.page_built(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        return any(key == name for name, *_ in PAGES)

    def __iter__(self) -> Iterator[str]:
        return iter([name for name, *_ in PAGES])

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> list[Page]:
        return list(self._built.values())

    def is_built(self, key: str) -> bool:
        return key in self._built
