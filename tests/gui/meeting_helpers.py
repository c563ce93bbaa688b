"""Shared steps for the meeting workspace tests: the Hải Dương registers of the 11/06/2020 seed
meeting, and the few ways a clerk's hands reach a widget."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from core import demo_data
from core.services.meeting_records import AgendaDraft
from gui.date_fields import TypedField
from gui.operations import Changes

# What the offscreen platform says when a completer's popup opens (it has no real windows).

HD_AGENCIES = ("hd_tg", "hd_tt", "hd_bao", "hd_dai", "hd_vh", "hd_vp")
HD_PEOPLE = ("nqp", "hd_tt", "hd_bao", "hd_dai", "hd_vh", "hd_vp", "hd_tk")
COMMITTEE = demo_data.COMMITTEES["hd_tb17"]["name"]


def seed_registers(services) -> dict:
    """The Tiểu ban of the seed meeting with its agencies and members (the registers pages are
    not what these tests are about, so they go in through the services)."""
    agencies = {key: services.agencies.create(name=demo_data.AGENCIES[key][0]).id for key in HD_AGENCIES}
    people = {}
    for key in HD_PEOPLE:
        name, position, agency = demo_data.PEOPLE[key]
        people[key] = services.people.create(full_name=name, position=position,
                                             agency_id=agencies[agency]).id
    spec = {k: v for k, v in demo_data.COMMITTEES["hd_tb17"].items() if k != "members"}
    committee = services.committees.create(**spec)
    for person, role, position, start, _end in demo_data.COMMITTEES["hd_tb17"]["members"]:
        services.committees.add_member(committee_id=committee.id, person_id=people[person], role=role,
                                       position=position, start_date=dt.date.fromisoformat(start))
    return {"committee": committee.id, "agencies": agencies, "people": people}


def keys(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a keyboard with Unikey would deliver it.

    QTest.keyClicks only knows ASCII (it asserts on "ệ"), so each character goes as a key event
    carrying its text, the way an input method hands a composed letter to the widget."""
    widget = inner(widget)
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def inner(widget):
    """The text box a key reaches: a date or time field's own line edit."""
    return widget.edit if isinstance(widget, TypedField) else widget


def focus(widget) -> None:
    """Put the keyboard focus in ``widget``, as a click into it would."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        QApplication.processEvents()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)


def type_in(qtbot, widget, text: str, *, clear: bool = True) -> None:
    focus(widget)
    if clear:
        widget.clear()
    keys(widget, text)


def pick(qtbot, field, typed: str) -> None:
    """Type part of a name (no diacritics) into a pick field and press Enter."""
    type_in(qtbot, field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_date(field, day: dt.date) -> None:
    """Type a date into a date field the short way people do (15/3/2023)."""
    field.clear()
    keys(field, f"{day.day}/{day.month}/{day.year}")


def set_when(dialog_or_tab, day: dt.date, start: dt.time, end: dt.time | None) -> None:
    """Type the day and times the way a clerk does (15/3/2023, 7:30), the end left blank if none."""
    for field, text in ((dialog_or_tab.date, f"{day.day}/{day.month}/{day.year}"),
                        (dialog_or_tab.start, f"{start.hour}:{start.minute:02d}"),
                        (dialog_or_tab.end, f"{end.hour}:{end.minute:02d}" if end else "")):
        field.clear()
        keys(field, text)


def new_meeting(qtbot, window, data: dict, *, title: str, day=dt.date(2020, 6, 11), kind="Buổi làm việc",
                start=dt.time(8, 0), end=dt.time(10, 30), place="Phòng họp Ban Tuyên giáo Tỉnh ủy Hải Dương"):
    """Ctrl+N on the meetings list, fill the dialog as a clerk would, create: the workspace."""
    page = window.show_page("meetings")
    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.committee.setCurrentIndex(dialog.committee.findData(data["committee"]))
    type_in(qtbot, dialog.kind.lineEdit(), kind)
    type_in(qtbot, dialog.title, title)
    set_when(dialog, day, start, end)
    type_in(qtbot, dialog.place, place)
    pick(qtbot, dialog.chair, "phuc")
    pick(qtbot, dialog.secretary, "hoang bien")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible(), [m.text() for m in dialog.messages.values()]
    return page.workspace


@pytest.fixture
def planned(window, qtbot):
    """The seed committee's 11/06/2020 meeting, planned with two agenda items, open in the
    workspace: (workspace, registers)."""
    data = seed_registers(window.services)
    meeting = window.services.meetings.create(
        committee_id=data["committee"], kind="Buổi làm việc", title="Buổi làm việc tháng 6",
        starts_at=dt.datetime(2020, 6, 11, 8), ends_at=dt.datetime(2020, 6, 11, 10, 30),
        chair_id=data["people"]["nqp"], secretary_id=data["people"]["hd_tk"],
        agenda=[AgendaDraft("Đánh giá kết quả tuyên truyền", planned_minutes=30),
                AgendaDraft("Khó khăn và đề xuất", planned_minutes=45)])
    window.ops.announce(Changes(committees=True))
    workspace = window.show_page("meetings").open_meeting(meeting.id)
    return workspace, data


def add_opinion(qtbot, workspace, speaker: str, text: str, *, item: int | None = 0) -> None:
    """Record an opinion the way a clerk does: speaker, text, Enter."""
    workspace.show_tab("opinions")
    tab = workspace.opinions
    if item is not None:
        tab.select_bucket(workspace.meeting.agenda[item].id)
    pick(qtbot, tab.editor.speaker, speaker)
    focus(tab.editor.text)
    keys(tab.editor.text, text)
    enter(qtbot, tab.editor.text)
