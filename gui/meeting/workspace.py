"""One meeting, open for planning, recording and closing.

The workspace keeps the meeting as the database has it (``meeting``, a frozen ``MeetingDetail``).
It never patches that copy by hand: a tab that saved one row hands the workspace the record the
service returned (``apply``: the row is replaced by its stored version, so no keystroke reloads
the whole meeting), and after anything that moves, adds or removes rows the meeting is read again
(``refresh``). Either way the other tabs hear which parts differ.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from core.errors import AppError
from core.services.meeting_records import AgendaItemRecord, AttendanceRecord, MeetingDetail, OpinionRecord
from gui.dialogs import Ask, error_text
from gui.meeting.autosave import Autosaver
from gui.meeting.base import WorkspaceTab
from gui.meeting.header import WorkspaceHeader
from gui.meeting.registers import Registers
from gui.meeting.widgets import FieldMessage
from gui.operations import Changes, FieldLine, Operations, ops_for

if TYPE_CHECKING:
    from core.services import Services

TAB_KEYS = ("info", "agenda", "materials", "attendance", "opinions", "conclusion", "history")
# The parts of a meeting that hold rows a tab saves one at a time, by the record's type.
ROW_PARTS: dict[type, str] = {AgendaItemRecord: "agenda", AttendanceRecord: "attendance",
                              OpinionRecord: "opinions"}
HEADER_PARTS = frozenset({"title", "kind", "starts_at", "ends_at", "place", "status", "number"})


class MeetingWorkspace(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gui.meeting.agenda_tab import AgendaTab
        from gui.meeting.attendance_tab import AttendanceTab
        from gui.meeting.conclusion_tab import ConclusionTab
        from gui.meeting.history_tab import HistoryTab
        from gui.meeting.info_tab import InfoTab
        from gui.meeting.opinions_tab import OpinionsTab

        self.services: Services | None = None
        self.registers: Registers | None = None
        self.meeting: MeetingDetail | None = None
        self._messages: dict[str, FieldMessage] = {}
        self.autosaver = Autosaver(self)
        self.header = WorkspaceHeader(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        tr = self.tr
        self.info = InfoTab(self)
        self.agenda = AgendaTab(self)
        self.attendance = AttendanceTab(self)
        self.opinions = OpinionsTab(self)
        self.conclusion = ConclusionTab(self)
        self.history = HistoryTab(self)
        from gui.meeting.materials_tab import MaterialsTab

        self.materials = MaterialsTab(self)
        for tab, title in ((self.info, tr("Thông t&in")), (self.agenda, tr("&Chương trình")),
                           (self.materials, tr("&Tài liệu")),
                           (self.attendance, tr("Thành &phần")), (self.opinions, tr("Ý &kiến")),
                           (self.conclusion, tr("Kết &luận và nhiệm vụ")),
                           (self.history, tr("Lịch &sử"))):
            self.tabs.addTab(tab, title)
        from gui.meeting.documents import DocumentsBar

        self.documents = DocumentsBar(self)
        self.header.documents_bar.addWidget(self.documents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.header.back_button.clicked.connect(self.back_requested)
        self.header.held_button.clicked.connect(self.mark_held)
        self.header.finalise_button.clicked.connect(self.finalise)
        self.header.reopen_button.clicked.connect(self.reopen)
        self.autosaver.saved.connect(self.header.show_saved)
        self.autosaver.succeeded.connect(self._save_succeeded)
        self.autosaver.failed.connect(self._save_failed)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush)

    @property
    def tab_widgets(self) -> list[WorkspaceTab]:
        return [self.info, self.agenda, self.materials, self.attendance, self.opinions,
                self.conclusion, self.history]

    @property
    def read_only(self) -> bool:
        return self.meeting is None or self.meeting.status == "finalised"

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.registers = Registers(services) if services is not None else None

    # --- opening -----------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> MeetingDetail:
        """Show a meeting; another meeting than the one shown opens on "Thông tin" (not on the
        tab last used for a different meeting)."""
        assert self.services is not None  # meetings open on an open database
        self.flush()
        self._clear_messages()
        other = self.meeting is None or self.meeting.id != meeting_id
        self.meeting = self.services.meetings.get(meeting_id=meeting_id)
        if other:
            self.tabs.setCurrentIndex(0)
        self._show_all()
        self.header.saved_label.clear()
        return self.meeting

    def reload(self) -> None:
        """Read the meeting again (after a change of status, or a change other tabs cannot
        follow one row at a time); tabs keep their selection."""
        if self.meeting is None:
            return
        self.flush()
        assert self.services is not None  # a meeting is open
        self.meeting = self.services.meetings.get(meeting_id=self.meeting.id)
        self._show_all()

    def _show_all(self) -> None:
        assert self.meeting is not None  # just read
        self.header.show_meeting(self.meeting)
        for tab in self.tab_widgets:
            tab.load(self.meeting)
            tab.set_read_only(self.read_only)

    def registers_changed(self) -> None:
        if self.registers is not None:
            self.registers.invalidate()
        if self.meeting is not None:
            self._tell(None, frozenset({"registers"}))

    # --- changes from the tabs ---------------------------------------------------------------

    def apply(self, source: WorkspaceTab | None,
              record: MeetingDetail | AgendaItemRecord | AttendanceRecord | OpinionRecord) -> None:
        """Take what a service returned for this meeting: the whole meeting, or one row of its
        agenda, attendance or opinions in its stored version (a row not held yet means rows
        were added: the meeting is read again, in the database's order)."""
        if isinstance(record, MeetingDetail):
            self._take(source, record)
            return
        if self.meeting is None:
            return
        part = ROW_PARTS[type(record)]
        rows = getattr(self.meeting, part)
        if not any(row.id == record.id for row in rows):
            shown = {row.id for row in rows} | {record.id}
            self.refresh(source)
            if source is not None and self.meeting is not None and {
                    row.id for row in getattr(self.meeting, part)} != shown:
                # Someone else added rows meanwhile: the tab that added its own shows theirs too.
                source.parts_changed(frozenset({part}), self.meeting)
            return
        updated: dict[str, Any] = {part: tuple(record if row.id == record.id else row for row in rows)}
        self._take(source, dataclasses.replace(self.meeting, **updated))

    def refresh(self, source: WorkspaceTab | None) -> None:
        """Read the meeting again after rows were added, moved or removed; the tabs other than
        ``source`` (which has shown its own change) hear what differs."""
        if self.meeting is not None and self.services is not None:
            self._take(source, self.services.meetings.get(meeting_id=self.meeting.id))

    def _take(self, source: WorkspaceTab | None, meeting: MeetingDetail) -> None:
        old, self.meeting = self.meeting, meeting
        parts = frozenset(f.name for f in dataclasses.fields(meeting)
                          if old is None or getattr(old, f.name) != getattr(meeting, f.name))
        if parts & HEADER_PARTS:
            self.header.show_meeting(meeting)
            # What the list of meetings shows changed (a title typed, a date): the window hears it.
            self.ops.announce(Changes(meetings=True, meeting_id=meeting.id, initiator=self))
        self._tell(source, parts)

    def _tell(self, source: WorkspaceTab | None, parts: frozenset[str]) -> None:
        if not parts or self.meeting is None:
            return
        for tab in self.tab_widgets:
            if tab is not source:
                tab.parts_changed(parts, self.meeting)

    def autosave(self, key: str, save: Callable[[], object], message: FieldMessage | None = None) -> None:
        """Save soon (see Autosaver); a problem with what was typed is shown in ``message``."""
        if message is not None:
            self._messages[key] = message
        self.header.show_unsaved(self.tr("Đang lưu…"))
        self.autosaver.schedule(key, save)

    def flush(self) -> bool:
        return self.autosaver.flush()

    def call(self, action: Callable[..., Any], /, *, line: FieldLine | None = None,
             **kwargs: Any) -> Any:
        """Run one service call for a button or a key (one action, one transaction) through the
        window's runner and return its result. A problem the user can fix is shown (a value
        typed wrong under ``line`` when given); the result is None then."""
        return self._attempt(action, kwargs, line)[1]

    def run(self, action: Callable[..., Any], /, *, line: FieldLine | None = None,
            **kwargs: Any) -> bool:
        """Like :meth:`call` for actions that return nothing: True when it was done."""
        return self._attempt(action, kwargs, line)[0]

    @property
    def ops(self) -> Operations:
        return ops_for(self)

    def _attempt(self, action: Callable[..., Any], kwargs: dict[str, Any],
                 line: FieldLine | None) -> tuple[bool, Any]:
        meeting = Changes(meeting_id=self.meeting.id) if self.meeting is not None else Changes()
        done, result = self.ops.attempt(self, action, changes=meeting, line=line, **kwargs)
        if done:
            self.header.show_saved(dt.datetime.now())
        return done, result

    def _save_succeeded(self, key: str) -> None:
        message = self._messages.get(key)
        if message is not None:
            message.clear_message()

    def _save_failed(self, key: str, error: BaseException) -> None:
        if isinstance(error, AppError):
            text = error_text(error)
            self.header.show_unsaved(self.tr("Có ô chưa lưu được: xem dòng chữ đỏ"))
        else:
            text = self.tr("Chưa lưu được vì lỗi của máy ({error}). Nội dung vẫn còn trong ô; "
                           "chương trình sẽ thử lưu lại.").format(error=type(error).__name__)
            self.header.show_unsaved(self.tr("Chưa lưu được"))
        message = self._messages.get(key)
        if message is not None:
            message.show_message(text)
        elif not isinstance(error, AppError):
            Ask.warn(self, text)

    def _clear_messages(self) -> None:
        for message in self._messages.values():
            message.clear_message()
        self._messages.clear()

    # --- status --------------------------------------------------------------------------------

    def _set_status(self, new_status: str, reason: str | None = None) -> bool:
        assert self.services is not None and self.meeting is not None  # the open meeting
        if not self.flush():
            Ask.warn(self, self.tr("Còn ô chưa lưu được (dòng chữ đỏ). Hãy sửa trước khi đổi "
                                   "tình trạng cuộc họp."))
            return False
        changed = self.call(self.services.meetings.set_status, meeting_id=self.meeting.id,
                            new_status=new_status, reason=reason)
        if changed is None:
            return False
        self.meeting = changed
        self._show_all()
        return True

    def mark_held(self) -> bool:
        return self._set_status("held")

    def finalise(self) -> bool:
        assert self.meeting is not None  # asked from the open meeting
        question = self.tr("Chốt biên bản cuộc họp «{title}»? Sau khi chốt, mọi nội dung chỉ còn "
                           "xem được; muốn sửa phải mở lại và ghi lý do.").format(title=self.meeting.title)
        return Ask.confirm(self, question) and self._set_status("finalised")

    def reopen(self) -> bool:
        reason = Ask.text(self, self.tr("Lý do mở lại biên bản đã chốt (bắt buộc):"))
        if reason is None:
            return False
        if not reason.strip():
            Ask.warn(self, self.tr("Chưa mở lại: cần ghi lý do mở lại biên bản đã chốt."))
            return False
        return self._set_status("held", reason)

    def current_tab_key(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

