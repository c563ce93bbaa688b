"""Opinions after the fact: reorder, move to another agenda item, edit, delete; the clock;
substitutes as speakers; attendance marks and guests."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    
    add_opinion,
    click,
    focus,
    keys,
    pick,
    planned,
    type_in,
)



def speakers(tab) -> list[str]:
    return [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]


def test_opinions_reorder_move_edit_and_delete(planned, qtbot, answers):
    ws, _data = planned
    for speaker, text in (("dung", "Ý kiến một."), ("cau", "Ý kiến hai."), ("hien", "Ý kiến ba.")):
        add_opinion(qtbot, ws, speaker, text)
    tab = ws.opinions
    assert speakers(tab) == ["Phạm Văn Dũng", "Lương Văn Cầu", "Bùi Thị Hiền"]

    tab.table.selectRow(2)
    focus(tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert speakers(tab) == ["Phạm Văn Dũng", "Bùi Thị Hiền", "Lương Văn Cầu"]

    tab.table.selectRow(0)  # edit the first: the editor shows it, typing saves it
    assert tab.editor.editing.text == "Ý kiến một."
    focus(tab.editor.text)
    tab.editor.text.moveCursor(tab.editor.text.textCursor().MoveOperation.End)
    keys(tab.editor.text, " Bổ sung.")
    ws.flush()

    second = ws.meeting.agenda[1].id
    tab.move_to.setCurrentIndex(tab.move_to.findData(second))
    tab.move_to.activated.emit(tab.move_to.currentIndex())
    assert speakers(tab) == ["Bùi Thị Hiền", "Lương Văn Cầu"]
    assert tab.buckets.record(1).label.endswith("(1)")

    tab.table.selectRow(1)
    focus(tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Xóa ý kiến của «Lương Văn Cầu»" in answers["asked"][-1]
    assert speakers(tab) == ["Bùi Thị Hiền"]

    stored = ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert [(o.agenda_item_id, o.speaker_name, o.text) for o in stored.opinions] == [
        (ws.meeting.agenda[0].id, "Bùi Thị Hiền", "Ý kiến ba."),
        (second, "Phạm Văn Dũng", "Ý kiến một. Bổ sung.")]


def test_the_clock_records_how_long_each_speaker_spoke(planned, qtbot):
    ws, _data = planned
    ws.show_tab("opinions")
    editor = ws.opinions.editor
    click(qtbot, editor.clock_button)
    pick(qtbot, editor.speaker, "dung")
    qtbot.waitUntil(lambda: editor.clock_label.text() not in ("", "00:00"), timeout=10_000)
    assert editor.clock_label.text().startswith("00:0")
    keys(editor.text, "Ngắn gọn.")
    assert editor.submit()
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).opinions[0].duration_seconds >= 1
    assert editor.clock_label.text() == ""


def test_a_substitute_can_be_picked_as_the_speaker(planned, qtbot):
    ws, _data = planned
    ws.show_tab("attendance")
    att = ws.attendance
    row = next(r for r in range(att.model.rowCount()) if att.model.record(r).name == "Lương Văn Cầu")
    att.table.selectRow(row)
    focus(att.table)
    qtbot.keyClick(att.table, Qt.Key.Key_T)
    assert att.substitute.hasFocus()
    keys(att.substitute, "Trần Thị Mai")
    keys(att.substitute_position, "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")
    ws.flush()
    assert att.model.index(row, 4).data() == "Trần Thị Mai (Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch)"
    assert att.count_label.text() == "Có mặt 1/7"
    add_opinion(qtbot, ws, "tran thi mai", "Sở sẽ hoàn thiện kế hoạch trang trí trong tháng 7.")
    opinion = ws.services.meetings.get(meeting_id=ws.meeting.id).opinions[0]
    assert (opinion.speaker_name, opinion.speaker_position, opinion.is_guest) == (
        "Trần Thị Mai", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", False)


def test_a_substitute_without_a_name_is_asked_for_and_nothing_is_marked(planned, qtbot):
    ws, _data = planned
    ws.show_tab("attendance")
    att = ws.attendance
    att.table.selectRow(0)
    att.mark("substituted")
    ws.flush()
    assert "Người dự thay" in att.message.text()
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).attendance[0].status == "invited"


def test_guests_are_added_and_counted_apart(planned, qtbot, answers):
    ws, _data = planned
    ws.show_tab("attendance")
    form = ws.attendance.guest_form
    type_in(qtbot, form.name, "Nguyễn Văn An")
    type_in(qtbot, form.position, "Phóng viên")
    pick(qtbot, form.agency, "bao hai duong")
    click(qtbot, form.add_button)
    att = ws.attendance
    assert att.current().name == "Nguyễn Văn An" and att.current().agency_name == "Báo Hải Dương"
    att.mark("present")
    assert att.count_label.text() == "Có mặt 0/7 · Đại biểu mời có mặt 1/1"
    click(qtbot, form.add_button)  # nothing typed
    assert "Chưa nhập Họ và tên" in form.message.text()
    att.remove_selected()
    assert "Bỏ «Nguyễn Văn An»" in answers["asked"][-1]
    assert len(ws.services.meetings.get(meeting_id=ws.meeting.id).attendance) == 7


def test_a_guest_typed_as_a_description_is_kept_so(planned, qtbot, answers):
    ws, _data = planned
    ws.show_tab("attendance")
    form = ws.attendance.guest_form
    type_in(qtbot, form.name, "Đại diện lãnh đạo Sở Du lịch")
    form.title_name.setChecked(True)
    click(qtbot, form.add_button)
    assert ws.attendance.current().name_is_title
    assert not form.title_name.isChecked()  # ready for the next guest, a person by default
    type_in(qtbot, form.name, "Nguyễn Văn An")
    click(qtbot, form.add_button)
    guests = [a for a in ws.services.meetings.get(meeting_id=ws.meeting.id).attendance
              if not a.is_member]
    assert [(a.name, a.name_is_title) for a in guests] == [
        ("Đại diện lãnh đạo Sở Du lịch", True), ("Nguyễn Văn An", False)]


def test_moving_opinions_leaves_the_open_meeting_as_the_database_has_it(planned, qtbot):
    """Every tab reads the workspace's copy of the meeting (the documents, the counts): after a
    reorder and a move to another agenda item it is the stored meeting, positions included."""
    ws, _data = planned
    for speaker, text in (("dung", "Ý kiến một."), ("cau", "Ý kiến hai."), ("hien", "Ý kiến ba.")):
        add_opinion(qtbot, ws, speaker, text)
    tab = ws.opinions
    tab.table.selectRow(2)
    focus(tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    tab.move(0, 2)
    assert ws.meeting == ws.services.meetings.get(meeting_id=ws.meeting.id)

    tab.table.selectRow(1)
    tab.move_to.setCurrentIndex(tab.move_to.findData(ws.meeting.agenda[1].id))
    tab.move_to.activated.emit(tab.move_to.currentIndex())
    assert ws.meeting == ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert [o.position for o in ws.meeting.opinions_under(ws.meeting.agenda[0].id)] == [1, 2]
