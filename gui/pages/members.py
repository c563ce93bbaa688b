"""Members and committees: one page, three tabs (a committee's members, the committees, people)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from gui.operations import Changes
from gui.pages import Page, heading
from gui.registers.committees_tab import CommitteesTab
from gui.registers.members_tab import MembersTab
from gui.registers.people_tab import PeopleTab

RELOAD_ON = {
    "members": ("committees", "people", "agencies"),
    "committees": ("committees", "people"),
    "people": ("people", "agencies"),
}


class MembersPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.members = MembersTab(self)
        self.committees = CommitteesTab(self)
        self.people = PeopleTab(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.members, self.tr("Thành viên của ban"))
        self.tabs.addTab(self.committees, self.tr("Các ban"))
        self.tabs.addTab(self.people, self.tr("Danh sách người"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._stale: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading(self.tr("Thành viên và Ban"), self.tr(
            "Các ban (Ban Chỉ đạo, Tiểu ban…), thành viên của từng ban theo thời gian, và mọi người "
            "mà văn bản có thể nhắc tới.")))
        layout.addWidget(self.tabs, 1)

    def _tabs(self) -> dict[str, object]:
        return {"members": self.members, "committees": self.committees, "people": self.people}

    def reload(self) -> None:
        self._reload(set(self._tabs()))

    def data_changed(self, changes: Changes) -> None:
        self._reload({name for name in self._tabs() if changes.any(*RELOAD_ON[name])})

    def _reload(self, names: set[str]) -> None:
        """Reload the tab shown now; the others when they are next shown (the list of people
        holds thousands)."""
        self._stale |= names
        for name, tab in self._tabs().items():
            if name in self._stale and tab is self.tabs.currentWidget():
                self._stale.discard(name)
                tab.reload()  # type: ignore[attr-defined]  # every tab of the page has reload()

    def _tab_changed(self, _index: int) -> None:
        self._reload(set())
        self.commands_changed.emit()

    def current_tab(self):
        return self.tabs.currentWidget()

    def commands(self) -> set[str]:
        return self.current_tab().commands()

    def run_command(self, command: str) -> None:
        tab = self.current_tab()
        if command not in tab.commands():
            return
        if command == "find":
            tab.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            tab.search.selectAll()
        else:
            getattr(tab, f"cmd_{command}")()

    def show_members_of(self, committee_id: int) -> None:
        self.members.select_committee(committee_id)
        self.tabs.setCurrentWidget(self.members)

    def new_committee(self) -> None:
        """From the empty members tab: create the committee, then come back to fill it."""
        created = self.committees.cmd_new()
        if created is not None:
            self.show_members_of(created.id)
