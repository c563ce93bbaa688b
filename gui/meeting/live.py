"""The open meeting, changed by someone else: show their changes without touching what this user
is typing. What this user typed is saved first; a record both changed comes out at that save
as a conflict (the editors ask to keep theirs or take the other), never as a silent overwrite.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from core.errors import NotFoundError

if TYPE_CHECKING:
    from gui.meeting.workspace import MeetingWorkspace
    from gui.pages.meetings import MeetingsPage

# What a MeetingDetail holds that a tab may show, as the names tabs hear in parts_changed.
PARTS = ("agenda", "attendance", "opinions", "conclusions", "events", "task_count", "title",
         "kind", "number", "starts_at", "ends_at", "place", "notes", "chair_id", "chair_name",
         "secretary_id", "secretary_name")


def _typing_in(widget) -> bool:
    """The user has the cursor in an editable field inside ``widget``."""
    focus = QApplication.focusWidget()
    if focus is None or not widget.isAncestorOf(focus):
        return False
    if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not focus.isReadOnly()
    return False


def show_others_changes(page: MeetingsPage) -> None:
    ws: MeetingWorkspace = page.workspace
    if ws.meeting is None or ws.services is None:
        return
    if not ws.flush():  # what cannot be saved yet stays as typed; the next change tries again
        return
    try:
        fresh = ws.services.meetings.get(meeting_id=ws.meeting.id)
    except NotFoundError:
        page.show_list()
        page.window_.statusBar().showMessage(QCoreApplication.translate(
            "LiveMeeting", "Cuộc họp «{title}» vừa bị người khác xóa.").format(
            title=ws.meeting.title), 15000)
        return
    parts = frozenset(name for name in PARTS if getattr(fresh, name) != getattr(ws.meeting, name))
    if not parts and fresh.status == ws.meeting.status:
        return
    status_changed = fresh.status != ws.meeting.status
    ws.meeting = fresh
    ws.header.show_meeting(fresh)
    current = ws.tabs.currentWidget()
    for tab in ws.tab_widgets:
        # The opinion editor and any field with the cursor in it keep what is typed there;
        # the lists around them take the others' changes.
        # (The details tab re-reads only fields that differ from what was just saved.)
        if tab is ws.opinions or (tab is current and tab is not ws.info and _typing_in(tab)):
            tab.parts_changed(parts, fresh)
        else:
            tab.load(fresh)
        if status_changed:
            tab.set_read_only(ws.read_only)
