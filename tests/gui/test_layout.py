"""The window on an office laptop: 1366×768 at 100 %, and a 1920×1080 screen at 150 % (1280×720
logical pixels), less the taskbar and the title bar. Every page, tab and dialog is walked with
the demo meetings in it; no header, label, button or tab may be cut, the open meeting needs no
scroll bar, and the attendance shows name, position, agency and status without scrolling
sideways."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from core.demo import load_demo
from gui.meeting.documents import DocumentDialog
from gui.meeting.task_dialog import TaskDialog as MeetingTaskDialog
from gui.meeting.workspace import TAB_KEYS
from gui.operations import EVERYTHING
from gui.tasks.report_dialog import ReportDialog
from gui.tasks.task_dialog import TaskDialog
from tests.gui.layout_check import cut_texts
from tests.gui.test_language import BUILDERS

SIZES = {"1366x768": (1366, 697), "1920x1080 at 150%": (1280, 650)}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk(window) -> list[str]:
    found = []

    def look(where: str, root) -> None:  # noqa: ANN001
        settle()
        found.extend(f"{where}: {problem}" for problem in cut_texts(root))

    for key, page in window.pages.items():
        window.show_page(key)
        look(f"page {key}", window)
        for tabs in page.findChildren(QTabWidget):
            if tabs.isVisible():
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    look(f"page {key}, tab {tabs.tabText(i)}", window)
    meetings = window.show_page("meetings")
    workspace = meetings.open_meeting(meetings.model.record(0).id)
    for key in TAB_KEYS:
        workspace.show_tab(key)
        look(f"meeting tab {key}", window)
        if workspace.minimumSizeHint().height() > meetings.workspace_area.viewport().height():
            found.append(f"meeting tab {key}: the open meeting needs a vertical scroll bar")
    workspace.show_tab("attendance")
    settle()
    header = workspace.attendance.table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(4))  # name, status, position, agency
    if shown > workspace.attendance.table.viewport().width():
        found.append("attendance: name, status, position and agency need a sideways scroll")

    services = window.services
    data = {"agency": services.agencies.list()[0], "person": services.people.list()[0],
            "committee": services.committees.list()[0]}
    data["member"] = services.committees.members(committee_id=data["committee"].id)[0]
    dialogs = {name: lambda b=build: b(window, services, data) for name, build in BUILDERS.items()}
    dialogs.update({
        "new meeting": meetings.new_meeting,
        "document": lambda: DocumentDialog(
            window, title="Thông báo kết luận", number=5, issue_date=dt.date(2026, 3, 2),
            signed=True, authorities=["TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"],
            signer_title="PHÓ TRƯỞNG BAN THƯỜNG TRỰC", signer_name="Nguyễn Quang Phúc"),
        "report": lambda: ReportDialog(window),
        "meeting task": lambda: MeetingTaskDialog(workspace, point_id=None, content="Nội dung"),
        "task page": lambda: TaskDialog(window, services.tasks.list(limit=1)[0].id),
    })
    for name, build in dialogs.items():
        dialog = build()
        dialog.show()
        look(f"dialog {name}", dialog)
        for tabs in dialog.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                look(f"dialog {name}, tab {tabs.tabText(i)}", dialog)
        dialog.close()
    return found


@pytest.mark.parametrize(("language", "size"), [("vi", "1366x768"), ("vi", "1920x1080 at 150%"),
                                                ("en", "1920x1080 at 150%")])
def test_nothing_is_cut_on_an_office_laptop(make_window, db_path, language, size):
    window = make_window(db_path, language)
    load_demo(window.services)
    window.ops.announce(EVERYTHING)
    window.resize(*SIZES[size])
    settle()
    assert (window.width(), window.height()) == SIZES[size]  # the window allows it
    problems = walk(window)
    assert problems == [], "\n".join(problems)
