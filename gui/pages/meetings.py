"""Cuộc họp: the list of meetings, and the workspace of the one being worked on.

The page is a stack: the list, or the open meeting ("← Danh sách cuộc họp" goes back). The
meeting that was open when the program stopped (closed, crashed, or lost power) opens again
when the same data file is opened.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError, NotFoundError, ReferencedError
from gui import settings
from gui.dialogs import Ask, error_text
from gui.meeting.workspace import TAB_KEYS
from gui.meeting.meeting_list import MeetingList
from gui.meeting.new_meeting_dialog import NewMeetingDialog
from gui.operations import EVERYTHING, Changes
from gui.pages import Page, heading

if TYPE_CHECKING:
    from gui.meeting import MeetingWorkspace

REGISTER_KINDS = ("agencies", "people", "committees")


class MeetingsPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        tr = self.tr
        self.list = MeetingList()
        self._workspace: MeetingWorkspace | None = None
        self.dialog: NewMeetingDialog | None = None
        self.empty = QLabel(tr("Chưa có cuộc họp nào. Bạn có thể mở dữ liệu mẫu để xem thử."))
        self.demo_button = QPushButton(tr("Mở dữ liệu mẫu"))
        self.demo_button.clicked.connect(window.open_demo)
        list_page = QWidget()
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty)
        empty_row.addWidget(self.demo_button)
        empty_row.addStretch(1)
        self.empty.setWordWrap(True)  # the calendar button beside it must not widen the page
        self.calendar_button = QPushButton(tr("Lịch họp năm…"))
        self.calendar_button.setToolTip(tr("Các cuộc họp trong năm theo tháng, kế hoạch họp, "
                                           "xuất lịch cho Outlook và điện thoại"))
        self.calendar_button.clicked.connect(self.open_calendar)
        empty_row.addWidget(self.calendar_button)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(heading(tr("Cuộc họp")))
        list_layout.addLayout(empty_row)
        list_layout.addWidget(self.list, 1)
        # The workspace needs about 820×500 pixels; in a smaller window it scrolls rather than
        # forcing the whole window to stay large.
        self.workspace_area = QScrollArea()
        self.workspace_area.setWidgetResizable(True)
        self.workspace_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.workspace_area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.list.open_requested.connect(self.open_meeting)
        self.list.new_requested.connect(self.new_meeting)
        self.list.copy_requested.connect(lambda meeting_id: self.new_meeting(copy_of=meeting_id))
        self.list.delete_requested.connect(self.delete_meeting)
        self.stack.currentChanged.connect(lambda _i: self.commands_changed.emit())

    @property
    def workspace(self) -> MeetingWorkspace:
        """The meeting editor, built when a meeting is first opened."""
        if self._workspace is None:
            from gui.meeting import MeetingWorkspace

            self._workspace = MeetingWorkspace()
            self.workspace_area.setWidget(self._workspace)
            self._workspace.back_requested.connect(self.show_list)
            self._workspace.tabs.currentChanged.connect(self._tab_changed)
            self._workspace.set_services(self.services)
        return self._workspace

    # The list's model and search, as the rest of the window (and its tests) know them.
    @property
    def model(self):
        return self.list.model

    @property
    def proxy(self):
        return self.list.proxy

    @property
    def search(self):
        return self.list.search

    # --- Page ----------------------------------------------------------------------------------

    def set_services(self, services) -> None:
        if self._workspace is not None:
            self._workspace.flush()
            self._workspace.meeting = None
        self.stack.setCurrentIndex(0)
        self.services = services
        if self._workspace is not None:
            self._workspace.set_services(services)
        self.list.set_services(services)
        self._show_empty_state()
        self._reopen_last()

    def reload(self) -> None:
        self.list.reload()
        self._show_empty_state()

    def data_changed(self, changes: Changes) -> None:
        ws = self._workspace
        if ws is not None and changes.any(*REGISTER_KINDS):
            ws.registers_changed()
        if ws is not None and ws.meeting is not None and changes.initiator is not ws and (
                changes == EVERYTHING or changes.meeting_id == ws.meeting.id):
            try:
                ws.refresh(None)
            except NotFoundError:
                self.show_list()
        if changes.committees:
            self.list.fill_committees()
        if changes.any("meetings", "committees"):
            self.reload()

    def flush(self) -> None:
        if self._workspace is not None:
            self._workspace.flush()

    def commands(self) -> set[str]:
        """Ctrl+N wherever the focus is (the side navigation too): a new meeting from the list,
        a new opinion on the open meeting's opinions tab. Ctrl+F finds in the list."""
        if self.stack.currentIndex() == 0:
            return {"new", "find"}
        return {"new"} if self.workspace.current_tab_key() == "opinions" else set()

    def cmd_new(self) -> None:
        if self.stack.currentIndex() == 0:
            self.new_meeting()
        else:
            self.workspace.opinions.editor.start_new()

    # --- list <-> workspace --------------------------------------------------------------------

    def open_calendar(self):
        from gui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.window_, committee_id=self.list.committee.currentData(),
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_meeting(self, meeting_id: int) -> MeetingWorkspace | None:
        if not self.window_.ops.run(self, self.workspace.open_meeting, meeting_id=meeting_id):
            self.reload()  # deleted meanwhile: the list shows what there is
            return None
        self.stack.setCurrentWidget(self.workspace_area)
        self._remember(meeting_id, self.workspace.current_tab_key())
        return self.workspace

    def show_list(self) -> None:
        if self._workspace is not None:
            self._workspace.flush()
        self.stack.setCurrentIndex(0)
        self._remember(None)
        self.reload()
        if self._workspace is not None and self.workspace.meeting is not None:
            self.list.select(self.workspace.meeting.id)
        self.list.table.setFocus()

    def _show_empty_state(self) -> None:
        empty = self.list.is_empty()
        for widget in (self.empty, self.demo_button):
            widget.setVisible(empty)

    def _memory_key(self) -> str | None:
        db = self.window_.db
        if db is None or db.path is None:
            return None
        return settings.open_meeting_key(db.path)

    def _remember(self, meeting_id: int | None, tab: str = "") -> None:
        """Which meeting (and tab) is open, so a restart after a power cut comes back to it."""
        key = self._memory_key()
        if key is None:
            return
        store = settings.app_settings()
        if meeting_id is None:
            store.remove(key)
        else:
            store.setValue(key, f"{meeting_id}:{tab}")
        store.sync()

    def _tab_changed(self, _index: int) -> None:
        self.commands_changed.emit()
        if self._workspace is not None and self.workspace.meeting is not None and self.stack.currentIndex() == 1:
            self._remember(self.workspace.meeting.id, self.workspace.current_tab_key())

    def _reopen_last(self) -> None:
        db = self.window_.db
        value = settings.open_meeting(db.path) if db is not None and db.path is not None else ""
        meeting, _, tab = value.partition(":")
        if not meeting:
            return
        try:
            self.workspace.open_meeting(int(meeting))
        except (AppError, ValueError):
            self._remember(None)
            return
        self.stack.setCurrentWidget(self.workspace_area)
        if tab in TAB_KEYS:
            self.workspace.show_tab(tab)
        self.window_.show_page("meetings")

    # --- actions -------------------------------------------------------------------------------

    def new_meeting(self, copy_of: int | None = None) -> NewMeetingDialog | None:
        if self.services is None:
            return None
        self.dialog = NewMeetingDialog(self.services, self, copy_of=copy_of,
                                       committee_id=self.list.committee.currentData())
        self.dialog.created.connect(self._created)
        self.dialog.open()
        return self.dialog

    def _created(self, meeting) -> None:
        self.open_meeting(meeting.id)  # the list heard of it from the runner

    def delete_meeting(self, record) -> bool:
        """Delete after asking; a meeting that set tasks is deleted only once the user has seen
        how many tasks go with it."""
        assert self.services is not None  # a command on an open database
        meetings = self.services.meetings
        question = self.tr("Xóa cuộc họp «{title}» ngày {day}? Chương trình, thành phần, ý kiến và "
                           "kết luận của cuộc họp sẽ bị xóa.").format(
            title=record.title, day=f"{record.starts_at:%d/%m/%Y}")
        if not Ask.confirm(self, question):
            return False
        ops = self.window_.ops
        try:  # a meeting that set tasks says so first: the question is the error's sentence
            return ops.run(self, meetings.delete, meeting_id=record.id, raising=ReferencedError)
        except ReferencedError as exc:
            if not Ask.confirm(self, error_text(exc)):
                return False
        return ops.run(self, meetings.delete, meeting_id=record.id, confirm=True)
