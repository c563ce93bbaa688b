"""Pick fields take what was typed: an exact or whole-word name over a partial one, a name over
a position, and the list (not a guess) when several are equally good."""
from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt

from core import demo_data
from gui.operations import Changes
from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    enter,
    focus,
    keys,
    planned,
    type_in,
)
from tests.gui.typing_tools import TOOLS, replay

TT = demo_data.AGENCIES["hd_tt"][0]          # Sở Thông tin và Truyền thông tỉnh Hải Dương
TT_DIRECTOR = demo_data.PEOPLE["hd_tt"][0]   # Phạm Văn Dũng, Giám đốc Sở Thông tin và Truyền thông


def presenter_of_first_item(ws):
    ws.show_tab("agenda")
    ws.agenda.table.selectRow(0)
    return ws.agenda.presenter


def stored_item(ws):
    return ws.services.meetings.get(meeting_id=ws.meeting.id).agenda[0]


def popup_lines(field) -> list[str]:
    model = field.completer_.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_agency_typed_by_its_name_wins_over_the_person_whose_position_names_it(planned, qtbot):
    ws, data = planned
    field = presenter_of_first_item(ws)
    type_in(qtbot, field, "so thong tin va truyen thong")
    assert popup_lines(field)[0] == f"Cơ quan: {TT}"
    enter(qtbot, field)
    item = stored_item(ws)
    assert (item.presenter_agency_id, item.presenter_person_id) == (data["agencies"]["hd_tt"], None)
    assert field.text() == TT


def test_the_popup_says_what_each_line_is(planned, qtbot):
    ws, _data = planned
    field = presenter_of_first_item(ws)
    type_in(qtbot, field, "thong tin")
    lines = popup_lines(field)
    assert f"Cơ quan: {TT}" in lines
    assert f"Người: {TT_DIRECTOR} — Giám đốc Sở Thông tin và Truyền thông" in lines
    assert lines[-1] == "Ghi đúng như đã gõ: «thong tin»"  # the presenter may be free text


def test_enter_on_several_equally_good_matches_opens_the_list_instead_of_guessing(planned, qtbot):
    ws, data = planned
    field = presenter_of_first_item(ws)
    before = stored_item(ws)
    type_in(qtbot, field, "so")  # every Sở begins with it
    field.completer_.popup().hide()
    enter(qtbot, field)
    assert field.completer_.popup().isVisible()
    assert not field.completer_.popup().currentIndex().isValid()
    assert field.choice is None and field.text() == "so"
    after = stored_item(ws)
    assert (after.presenter_agency_id, after.presenter_text) == (before.presenter_agency_id, before.presenter_text)
    first = field.results.index(0, 0).data(Qt.ItemDataRole.EditRole)
    qtbot.keyClick(field.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.completer_.popup(), Qt.Key.Key_Return)
    assert field.text() == first and field.choice is not None


def test_a_whole_name_wins_over_a_name_that_only_begins_with_it(planned, qtbot):
    ws, data = planned
    services = ws.services
    extra = services.agencies.create(name="Sở Tài chính tỉnh Hải Dương mở rộng").id
    services.agencies.create(name="Sở Tài chính")
    ws.window().ops.announce(Changes(agencies=True))
    field = presenter_of_first_item(ws)
    type_in(qtbot, field, "so tai chinh")
    field.completer_.popup().hide()
    enter(qtbot, field)
    assert field.text() == "Sở Tài chính"
    assert stored_item(ws).presenter_agency_id != extra


def test_leaving_an_ambiguous_presenter_keeps_it_as_typed(planned, qtbot):
    ws, _data = planned
    field = presenter_of_first_item(ws)
    type_in(qtbot, field, "So")
    field.accept_typed(leaving=True)
    item = stored_item(ws)
    assert (item.presenter_text, item.presenter_agency_id, item.presenter_person_id) == ("So", None, None)


@pytest.mark.parametrize("tool", TOOLS)
def test_vietnamese_typing_tools_end_with_the_right_pick(planned, qtbot, tool):
    ws, data = planned
    field = presenter_of_first_item(ws)
    focus(field)
    field.clear()
    replay(field, "Sở Thông tin và Truyền thông", tool)
    assert field.selectedText() == ""  # no completed suffix for a Backspace to eat
    enter(qtbot, field)
    assert stored_item(ws).presenter_agency_id == data["agencies"]["hd_tt"]


@pytest.mark.parametrize("tool", TOOLS)
def test_free_text_typed_with_any_tool_is_stored_composed(planned, qtbot, tool):
    ws, _data = planned
    field = presenter_of_first_item(ws)
    focus(field)
    field.clear()
    replay(field, "Các thành viên Tiểu ban", tool)
    enter(qtbot, field)
    stored = stored_item(ws).presenter_text
    assert stored == "Các thành viên Tiểu ban"
    assert unicodedata.is_normalized("NFC", stored)
