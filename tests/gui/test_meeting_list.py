"""The meetings list: filters, diacritic-free search inside opinions and conclusions, opening,
copying, templates and guarded deletion."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core.services.meeting_records import AgendaDraft
from gui.operations import Changes
from tests.gui.meeting_helpers import click, focus, pick, seed_registers, type_date, type_in



@pytest.fixture
def filled(window):
    """Two committees, meetings over two years, one with an opinion and a conclusion."""
    services = window.services
    data = seed_registers(services)
    other = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam")
    meetings = services.meetings

    def meeting(title, when, committee=data["committee"]):
        return meetings.create(committee_id=committee, kind="Phiên họp định kỳ", title=title,
                               starts_at=when)

    june = meeting("Buổi làm việc tháng 6", dt.datetime(2020, 6, 11, 8))
    meetings.add_opinion(meeting_id=june.id, speaker_name="Phạm Văn Dũng",
                         text="Đề nghị quản lý thông tin trên mạng xã hội.")
    meetings.add_conclusion_point(meeting_id=june.id, text="Đài Phát thanh tăng thời lượng tuyên truyền.")
    meetings.set_status(meeting_id=june.id, new_status="held")
    meeting("Phiên họp quý III", dt.datetime(2020, 9, 3, 14))
    meeting("Phiên họp đầu năm", dt.datetime(2021, 1, 5, 8))
    meeting("Phiên họp định kỳ Hà Nam", dt.datetime(2017, 2, 24, 8), other.id)
    window.ops.announce(Changes(committees=True))
    page = window.show_page("meetings")
    return page, data, june


def titles(page) -> list[str]:
    return [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]


def test_filters_by_committee_year_and_status(filled, qtbot):
    page, data, _june = filled
    lst = page.list
    assert titles(page) == ["Phiên họp đầu năm", "Phiên họp quý III", "Buổi làm việc tháng 6",
                            "Phiên họp định kỳ Hà Nam"]
    assert lst.count_label.text() == "4 cuộc họp"
    lst.committee.setCurrentIndex(lst.committee.findData(data["committee"]))
    assert len(titles(page)) == 3
    assert [lst.year.itemText(i) for i in range(lst.year.count())] == ["Mọi năm", "2021", "2020"]
    lst.year.setCurrentIndex(lst.year.findData(2020))
    assert titles(page) == ["Phiên họp quý III", "Buổi làm việc tháng 6"]
    lst.status.setCurrentIndex(lst.status.findData("held"))
    assert titles(page) == ["Buổi làm việc tháng 6"]
    assert page.proxy.index(0, 4).data() == "Đã họp"


def test_search_without_diacritics_finds_titles_opinions_and_conclusions(filled, qtbot):
    page, _data, _june = filled
    lst = page.list
    type_in(qtbot, lst.search, "quy iii")
    assert titles(page) == ["Phiên họp quý III"]  # narrowed at once, before the database answers
    for typed, expected in (("mang xa hoi", ["Buổi làm việc tháng 6"]),       # in an opinion
                            ("dai phat thanh", ["Buổi làm việc tháng 6"]),     # in the conclusion
                            ("ha nam", ["Phiên họp định kỳ Hà Nam"]),
                            ("khong co dau", [])):
        type_in(qtbot, lst.search, typed)
        qtbot.waitUntil(lambda e=expected: titles(page) == e and not lst._search_timer.isActive())
    assert lst.count_label.text() == "0 cuộc họp"


def test_enter_opens_the_meeting_and_back_returns_to_it_in_the_list(filled, qtbot):
    page, _data, june = filled
    page.list.select(june.id)
    focus(page.list.table)
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.workspace_area and page.workspace.meeting.id == june.id
    click(qtbot, page.workspace.header.back_button)
    assert page.stack.currentIndex() == 0 and page.list.current().id == june.id


def test_copy_starts_a_new_meeting_with_the_agenda_of_the_old_one(filled, qtbot):
    page, _data, june = filled
    page.services.meetings.add_agenda_item(meeting_id=june.id, title="Đánh giá kết quả", planned_minutes=30)
    page.list.reload()
    page.list.select(june.id)
    click(qtbot, page.list.copy_button)
    dialog = page.dialog
    assert dialog.sources["copy"].isChecked() and dialog.earlier.currentData() == june.id
    assert dialog.title.text() == "Buổi làm việc tháng 6"
    assert "1 nội dung: Đánh giá kết quả" in dialog.agenda_note.text()
    type_date(dialog.date, dt.date(2020, 7, 9))
    type_in(qtbot, dialog.title, "Buổi làm việc tháng 7")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    ws = page.workspace
    assert ws.meeting.title == "Buổi làm việc tháng 7" and ws.meeting.starts_at.month == 7
    assert [i.title for i in ws.meeting.agenda] == ["Đánh giá kết quả"]
    assert ws.meeting.opinions == () and len(ws.meeting.attendance) == 7


def test_a_template_saved_from_a_meeting_starts_the_next_one(filled, qtbot):
    page, data, june = filled
    meetings = page.services.meetings
    meetings.add_agenda_item(meeting_id=june.id, title="Kết quả tháng", planned_minutes=20)
    meetings.add_agenda_item(meeting_id=june.id, title="Nhiệm vụ tháng tới", planned_minutes=40)
    ws = page.open_meeting(june.id)
    click(qtbot, ws.info.template_button)
    assert "2 nội dung" in ws.info.template_note.text()
    click(qtbot, ws.header.back_button)
    page.list.committee.setCurrentIndex(page.list.committee.findData(data["committee"]))
    dialog = page.new_meeting()
    assert dialog.sources["template"].isChecked()
    assert dialog.kind.currentText() == "Phiên họp định kỳ"
    assert "2 nội dung: Kết quả tháng; Nhiệm vụ tháng tới" in dialog.agenda_note.text()
    type_date(dialog.date, dt.date(2020, 8, 6))
    pick(qtbot, dialog.chair, "phuc")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert [(i.title, i.planned_minutes) for i in page.workspace.meeting.agenda] == [
        ("Kết quả tháng", 20), ("Nhiệm vụ tháng tới", 40)]
    assert page.workspace.meeting.chair_name == "Nguyễn Quang Phúc"


def test_delete_asks_and_says_what_goes_with_the_meeting(filled, qtbot, answers):
    page, data, june = filled
    lst = page.list
    lst.committee.setCurrentIndex(lst.committee.findData(data["committee"]))
    quarter = next(r for r in lst.model.rows if r.title == "Phiên họp quý III")
    lst.select(quarter.id)
    focus(lst.table)
    answers["confirm"] = False
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete)
    assert "Xóa cuộc họp «Phiên họp quý III»" in answers["asked"][-1]
    assert quarter.id in [r.id for r in lst.model.rows]
    answers["confirm"] = True
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete)
    assert quarter.id not in [r.id for r in lst.model.rows]

    point = page.services.meetings.get(meeting_id=june.id).conclusions[0]
    page.services.tasks.create(content="Tăng thời lượng", deadline="Quý III/2020", meeting_id=june.id,
                               conclusion_point_id=point.id, lead_agency_id=data["agencies"]["hd_dai"])
    lst.select(june.id)
    asked = len(answers["asked"])
    answers["confirm"] = True
    click(qtbot, lst.delete_button)
    assert "còn 1 nhiệm vụ" in answers["asked"][asked + 1]  # the second question names the task
    assert june.id not in [r.id for r in lst.model.rows]
    assert page.services.tasks.list(meeting_id=june.id) == []


def test_finalised_meetings_cannot_be_deleted(filled, qtbot, answers):
    page, _data, june = filled
    page.services.meetings.set_status(meeting_id=june.id, new_status="finalised")
    page.list.reload()
    page.list.select(june.id)
    click(qtbot, page.list.delete_button)
    assert "đã được chốt biên bản" in answers["warnings"][-1]
    assert june.id in [r.id for r in page.list.model.rows]


def test_follow_up_puts_open_tasks_of_earlier_meetings_on_the_agenda(filled, qtbot):
    page, data, june = filled
    services = page.services
    point = services.meetings.get(meeting_id=june.id).conclusions[0]
    services.tasks.create(content="Tăng thời lượng tuyên truyền về Đại hội", deadline="Trước 15/9/2020",
                          meeting_id=june.id, conclusion_point_id=point.id,
                          lead_agency_id=data["agencies"]["hd_dai"])
    later = next(r for r in services.meetings.list() if r.title == "Phiên họp quý III")
    ws = page.open_meeting(later.id)
    ws.show_tab("agenda")
    followup = ws.agenda.followup
    assert followup.model.rowCount() == 1
    # Status as the meeting on 03/09/2020 will see it, not as of today.
    assert followup.model.index(0, 3).data() == "Đang thực hiện trong hạn"
    click(qtbot, followup.put_button)
    first = ws.meeting.agenda[0]
    lines = first.title.split("\n")
    assert lines[0] == "Kiểm điểm việc thực hiện kết luận"
    assert lines[1].startswith("- Đài Phát thanh - Truyền hình tỉnh Hải Dương: Tăng thời lượng")
    assert "Trước 15/9/2020; Đang thực hiện trong hạn" in lines[1]
    click(qtbot, followup.put_button)  # again: the same item, refreshed, not a second one
    assert [i.title.split("\n")[0] for i in ws.meeting.agenda].count("Kiểm điểm việc thực hiện kết luận") == 1


def test_agenda_reorders_by_keyboard_and_by_drag(window, qtbot):
    data = seed_registers(window.services)
    meeting = window.services.meetings.create(
        committee_id=data["committee"], kind="Họp", title="Họp", starts_at=dt.datetime(2020, 6, 11, 8),
        agenda=[AgendaDraft(t) for t in ("Một", "Hai", "Ba")])
    ws = window.show_page("meetings").open_meeting(meeting.id)
    ws.show_tab("agenda")
    tab = ws.agenda
    tab.table.selectRow(0)
    focus(tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [tab.model.index(r, 3).data() for r in range(3)] == ["Hai", "Một", "Ba"]
    assert [tab.model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert tab.current().title == "Một"
    data_ = tab.model.mimeData([tab.model.index(2, 0)])
    tab.model.dropMimeData(data_, Qt.DropAction.MoveAction, 0, 0, tab.model.index(-1, -1))
    stored = window.services.meetings.get(meeting_id=meeting.id).agenda
    assert [i.title for i in stored] == ["Ba", "Hai", "Một"]
    assert [tab.model.index(r, 3).data() for r in range(3)] == ["Ba", "Hai", "Một"]
