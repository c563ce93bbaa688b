"""Unikey, EVKey (precomposed or combining) and the Windows Telex keyboard, replayed into every
widget that searches, filters or completes as keys arrive: each ends with the right rows, the
right pick or the right date, nothing selected for a later Backspace to eat, and what is stored
is composed (NFC)."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import Qt

from gui.date_fields import DateField
from gui.meeting.check_list import CheckList
from gui.meeting.pick import Choice
from gui.operations import Changes
from gui.registers.member_dialogs import AddMemberDialog
from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    enter,
    focus,
    planned,
)
from tests.gui.typing_tools import TOOLS, replay

PEOPLE = (("Hoàng Văn Lợi", "Chuyên viên"), ("Lê Thị Thu", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
          ("Nguyễn Văn Hòa", "Chánh Văn phòng"))


def rows(table, column=0) -> list[str]:
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def typed_into(widget, text: str, tool: str) -> None:
    focus(widget)
    widget.clear()
    replay(widget, text, tool)
    assert widget.selectedText() == ""  # no inline completion


@pytest.fixture
def people(window):
    for name, position in PEOPLE:
        window.services.people.create(full_name=name, position=position)
    window.ops.announce(Changes(people=True))
    page = window.show_page("members")
    page.tabs.setCurrentWidget(page.people)
    return page.people


@pytest.mark.parametrize("tool", TOOLS)
def test_people_search_finds_the_words_typed_with_their_marks(people, tool):
    typed_into(people.search, "Hoà", tool)
    assert sorted(rows(people.table)) == ["Hoàng Văn Lợi", "Nguyễn Văn Hòa"]  # not "Kế hoạch"
    typed_into(people.search, "hoa", tool)  # no marks typed: every "hoa" word
    assert sorted(rows(people.table)) == ["Hoàng Văn Lợi", "Lê Thị Thu", "Nguyễn Văn Hòa"]
    typed_into(people.search, "oang", tool)  # inside a word is not a word
    assert rows(people.table) == []


@pytest.mark.parametrize("tool", TOOLS)
def test_agency_search_and_the_register_search(window, qtbot, tool):
    services = window.services
    for name in ("Sở Thông tin và Truyền thông", "Sở Tài chính", "Đài Phát thanh và Truyền hình"):
        services.agencies.create(name=name)
    window.ops.announce(Changes(agencies=True))
    page = window.show_page("agencies")
    typed_into(page.search, "Truyền thông", tool)
    assert rows(page.table) == ["Sở Thông tin và Truyền thông"]
    typed_into(page.search, "Đài", tool)
    assert rows(page.table) == ["Đài Phát thanh và Truyền hình"]


@pytest.mark.parametrize("tool", TOOLS)
def test_a_member_picked_by_name_typed_with_any_tool(window, qtbot, tool):
    services = window.services
    for name, position in PEOPLE:
        services.people.create(full_name=name, position=position)
    committee = services.committees.create(name="Ban Chỉ đạo thử")
    dialog = AddMemberDialog(window, services, committee)
    qtbot.addWidget(dialog)
    typed_into(dialog.person.lineEdit(), "Nguyễn Văn Hòa", tool)
    assert dialog.person.record() is not None
    assert dialog.person.record().full_name == "Nguyễn Văn Hòa"


@pytest.mark.parametrize("tool", TOOLS)
def test_the_coordinators_list_filters_as_typed(qtbot, tool):
    checks = CheckList()
    qtbot.addWidget(checks)
    checks.set_choices([Choice(n, i) for i, n in enumerate(
        ("Sở Tài chính", "Sở Thông tin và Truyền thông", "Báo Hải Dương"))])
    typed_into(checks.search, "Thông tin", tool)
    shown = [checks.proxy.index(r, 0).data() for r in range(checks.proxy.rowCount())]
    assert shown == ["Sở Thông tin và Truyền thông"]


@pytest.mark.parametrize("tool", TOOLS)
def test_a_date_typed_with_any_tool(qtbot, tool):
    field = DateField()
    qtbot.addWidget(field)
    typed_into(field.edit, "15/3/2023", tool)
    assert field.date() == dt.date(2023, 3, 15)


@pytest.mark.parametrize("tool", TOOLS)
def test_speaker_and_chair_picked_with_any_tool_are_stored(planned, qtbot, tool):
    ws, data = planned
    focus(ws.info.chair)
    ws.info.chair.clear()
    replay(ws.info.chair, "Hoàng Biên", tool)
    enter(qtbot, ws.info.chair)
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).chair_id == data["people"]["hd_tk"]

    ws.show_tab("opinions")
    tab = ws.opinions
    tab.select_bucket(ws.meeting.agenda[0].id)
    speaker = tab.editor.speaker
    focus(speaker)
    speaker.clear()
    replay(speaker, "Nguyễn Quang Phúc", tool)
    assert speaker.selectedText() == ""
    enter(qtbot, speaker)
    assert speaker.choice is not None and speaker.text() == "Nguyễn Quang Phúc"
    focus(tab.editor.text)
    replay(tab.editor.text, "Đề nghị tăng cường tuyên truyền", tool)
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Return)
    ws.flush()
    opinion = ws.services.meetings.get(meeting_id=ws.meeting.id).opinions[-1]
    assert opinion.text == "Đề nghị tăng cường tuyên truyền"
    assert unicodedata.is_normalized("NFC", opinion.text)


@pytest.mark.parametrize("tool", TOOLS)
def test_the_meetings_list_search_as_typed(planned, qtbot, tool):
    ws, _data = planned
    window = ws.window()
    meetings = window.show_page("meetings").list
    typed_into(meetings.search, "Buổi làm việc", tool)
    qtbot.waitUntil(lambda: meetings.proxy.rowCount() == 1)
    typed_into(meetings.search, "Buổi làm việt", tool)
    qtbot.waitUntil(lambda: meetings.proxy.rowCount() == 0)
