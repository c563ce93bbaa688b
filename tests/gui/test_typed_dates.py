"""Dates and times typed as a clerk types them: clicked or tabbed into, typed the short way, and
stored as typed; never another date without a word."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    click,
    focus,
    planned,
    seed_registers,
    type_in,
)

GUI = Path(__file__).resolve().parents[2] / "gui"


def click_and_type(qtbot, field, typed: str) -> None:
    """Click into the field, select what is there, type over it with real key presses."""
    focus(field.edit)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, typed)


def stored(ws):
    return ws.services.meetings.get(meeting_id=ws.meeting.id)


@pytest.mark.parametrize("typed", ["15/03/2023", "15/3/2023", "15/3/23", "15032023"])
def test_a_meeting_date_typed_the_usual_ways_is_the_date_stored(planned, qtbot, typed):
    ws, _data = planned
    click_and_type(qtbot, ws.info.date, typed)
    assert ws.info.date.readback.text() == "→ thứ Tư, 15/03/2023"
    ws.flush()
    assert stored(ws).starts_at == dt.datetime(2023, 3, 15, 8, 0)
    qtbot.keyClick(ws.info.date.edit, Qt.Key.Key_Tab)  # leaving the field writes it out in full
    assert ws.info.date.text() == "15/03/2023"


@pytest.mark.parametrize("typed", ["7:30", "07:30", "730"])
def test_a_start_time_typed_the_usual_ways_is_the_time_stored(planned, qtbot, typed):
    ws, _data = planned
    click_and_type(qtbot, ws.info.start, typed)
    ws.flush()
    assert stored(ws).starts_at == dt.datetime(2020, 6, 11, 7, 30)


def test_an_unreadable_date_is_said_under_the_field_and_nothing_else_is_stored(planned, qtbot):
    ws, _data = planned
    click_and_type(qtbot, ws.info.date, "31/02/2023")
    ws.flush()
    assert stored(ws).starts_at == dt.datetime(2020, 6, 11, 8, 0)
    assert ws.info.date.text() == "31/02/2023"  # kept, to be corrected
    assert ws.info.date.message.isVisibleTo(ws.info)
    assert "Chưa đọc được ngày" in ws.info.date.message.text()
    assert ws.info.date.readback.text() == ""
    click_and_type(qtbot, ws.info.date, "28/02/2023")
    ws.flush()
    assert not ws.info.date.message.isVisibleTo(ws.info)
    assert stored(ws).starts_at == dt.datetime(2023, 2, 28, 8, 0)


def test_an_end_time_left_blank_is_no_end(planned, qtbot):
    ws, _data = planned
    click_and_type(qtbot, ws.info.end, "")
    qtbot.keyClick(ws.info.end.edit, Qt.Key.Key_Delete)
    ws.flush()
    assert stored(ws).ends_at is None
    click_and_type(qtbot, ws.info.end, "1130")
    ws.flush()
    assert stored(ws).ends_at == dt.datetime(2020, 6, 11, 11, 30)


def test_the_calendar_picks_a_day_and_says_it(planned, qtbot):
    ws, _data = planned
    ws.info.date.show_calendar()
    calendar = ws.info.date.calendar()
    assert calendar.selectedDate() == QDate(2020, 6, 11)  # opens on the meeting's day
    calendar.clicked.emit(QDate(2020, 6, 12))
    assert not calendar.isVisible()
    assert ws.info.date.text() == "12/06/2020"
    assert ws.info.date.readback.text() == "→ thứ Sáu, 12/06/2020"
    ws.flush()
    assert stored(ws).starts_at.date() == dt.date(2020, 6, 12)


def test_a_new_meeting_takes_the_date_and_times_as_typed(planned, qtbot):
    ws, data = planned
    page = ws.window().pages["meetings"]
    dialog = page.new_meeting()
    dialog.committee.setCurrentIndex(dialog.committee.findData(data["committee"]))
    type_in(qtbot, dialog.title, "Phiên họp tháng 3")
    click_and_type(qtbot, dialog.date, "15032023")
    click_and_type(qtbot, dialog.start, "730")
    click_and_type(qtbot, dialog.end, "")
    qtbot.keyClick(dialog.end.edit, Qt.Key.Key_Delete)
    meeting = dialog.create()
    assert meeting is not None
    assert (meeting.starts_at, meeting.ends_at) == (dt.datetime(2023, 3, 15, 7, 30), None)


def test_a_new_meeting_with_an_unreadable_time_stays_open_with_what_was_typed(planned, qtbot):
    ws, data = planned
    dialog = ws.window().pages["meetings"].new_meeting()
    dialog.committee.setCurrentIndex(dialog.committee.findData(data["committee"]))
    type_in(qtbot, dialog.title, "Phiên họp tháng 3")
    click_and_type(qtbot, dialog.start, "25:00")
    assert dialog.create() is None
    assert "Chưa đọc được giờ" in dialog.messages["when"].text()
    assert dialog.start.text() == "25:00" and dialog.title.text() == "Phiên họp tháng 3"


def test_every_date_and_time_in_the_window_is_typed_into_the_one_field():
    """QDateEdit, QTimeEdit and QDateTimeEdit edit one section at a time: none is left."""
    sectioned = {"QDateEdit", "QTimeEdit", "QDateTimeEdit"}
    found = []
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id in sectioned:
                found.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert found == []
