"""Bad input in the workspace: each gets a clear message or a clean result, and nothing typed
is lost."""
from __future__ import annotations

import datetime as dt
import unicodedata

from PySide6.QtCore import QMimeData, Qt

from core.text import clean
from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    
    add_opinion,
    click,
    enter,
    focus,
    keys,
    pick,
    planned,
    type_in,
)



def paste(editor, text: str) -> None:
    """Paste as from Word: through the editor's own paste path."""
    data = QMimeData()
    data.setText(text)
    editor.insertFromMimeData(data)


def test_an_end_before_the_start_is_refused_next_to_the_times_and_the_rest_is_saved(planned, qtbot):
    ws, _data = planned
    info = ws.info
    type_in(qtbot, info.place, "Hội trường tầng 3")
    type_in(qtbot, info.end, "730")
    ws.flush()
    assert "Giờ kết thúc (07:30 ngày 11/06/2020) sớm hơn giờ bắt đầu (08:00 ngày 11/06/2020)" in (
        info.messages["when"].text())
    assert info.messages["when"].isVisible()
    assert info.end.time() == dt.time(7, 30)  # still on screen, to be corrected
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert stored.place == "Hội trường tầng 3"
    assert stored.ends_at == dt.datetime(2020, 6, 11, 10, 30)
    type_in(qtbot, info.end, "11:00")
    ws.flush()
    assert not info.messages["when"].isVisible()
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).ends_at == dt.datetime(2020, 6, 11, 11)


def test_times_reversed_in_a_new_meeting_keep_the_dialog_open_with_everything_typed(planned, qtbot):
    ws, data = planned
    page = ws.window().pages["meetings"]
    dialog = page.new_meeting()
    dialog.committee.setCurrentIndex(dialog.committee.findData(data["committee"]))
    type_in(qtbot, dialog.title, "Phiên họp tháng 7")
    type_in(qtbot, dialog.start, "14:00")
    type_in(qtbot, dialog.end, "9:00")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible()
    assert "sớm hơn giờ bắt đầu" in dialog.messages["when"].text()
    assert dialog.title.text() == "Phiên họp tháng 7"
    dialog.reject()


def test_a_speaker_who_was_not_invited_is_recorded_and_marked_as_a_guest(planned, qtbot):
    ws, _data = planned
    add_opinion(qtbot, ws, "Nguyễn Văn Khách", "Phóng viên đề nghị được cung cấp lịch Đại hội sớm.")
    tab = ws.opinions
    assert tab.model.index(0, 1).data() == "Nguyễn Văn Khách (khách mời)"
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id).opinions
    assert [(o.speaker_name, o.is_guest) for o in stored] == [("Nguyễn Văn Khách", True)]


def test_a_deadline_before_the_meeting_is_shown_next_to_the_field_and_not_saved(planned, qtbot):
    ws, _data = planned
    ws.show_tab("conclusion")
    con = ws.conclusion
    focus(con.text)
    keys(con.text, "Sở Thông tin và Truyền thông hoàn thiện hạ tầng kỹ thuật.")
    enter(qtbot, con.text)
    con.tree.setCurrentIndex(con.model.index(0, 0))
    dialog = con.create_task()
    pick(qtbot, dialog.lead, "so thong tin")
    type_in(qtbot, dialog.deadline, "01/06/2020")
    message = dialog.messages["deadline"]
    assert message.isVisible()
    assert "Thời hạn 01/06/2020 sớm hơn ngày họp 11/06/2020" in message.text()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible() and "sớm hơn ngày họp" in message.text()
    assert ws.services.tasks.list(meeting_id=ws.meeting.id) == []
    type_in(qtbot, dialog.deadline, "quy 3/2020")
    assert not message.isVisible() and dialog.deadline_reading.text() == "→ hạn 30/09/2020"
    type_in(qtbot, dialog.deadline, "sớm nhất có thể")
    assert "chưa hiểu được" in message.text()
    type_in(qtbot, dialog.deadline, "Quý III/2020")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()
    assert [t.deadline_text for t in ws.services.tasks.list(meeting_id=ws.meeting.id)] == ["Quý III/2020"]


def test_a_task_without_a_lead_from_the_list_is_refused(planned, qtbot):
    ws, _data = planned
    ws.show_tab("conclusion")
    focus(ws.conclusion.text)
    keys(ws.conclusion.text, "Các thành viên phối hợp chặt chẽ.")
    ws.flush()
    dialog = ws.conclusion.create_task()
    type_in(qtbot, dialog.lead, "Sở Không Có")
    type_in(qtbot, dialog.deadline, "Thường xuyên")
    assert not dialog.save()
    assert "không có trong danh sách cơ quan" in dialog.messages["lead"].text()
    dialog.lead.clear()
    assert not dialog.save()
    assert "chủ trì" in dialog.messages["lead"].text()
    dialog.reject()


def test_an_empty_opinion_is_not_saved_and_says_so(planned, qtbot):
    ws, _data = planned
    ws.show_tab("opinions")
    editor = ws.opinions.editor
    pick(qtbot, editor.speaker, "dung")
    keys(editor.text, "   ")
    assert not editor.submit()
    assert "Ý kiến trống" in editor.message.text()
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).opinions == ()

    add_opinion(qtbot, ws, "dung", "Đề nghị tăng cường quản lý thông tin.")
    tab = ws.opinions
    tab.table.selectRow(0)
    editor.text.selectAll()
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete)
    ws.flush()
    assert "Chưa nhập Nội dung ý kiến" in editor.message.text()
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id).opinions
    assert [o.text for o in stored] == ["Đề nghị tăng cường quản lý thông tin."]
    editor.text.undo()  # the clerk's own undo brings the words back, and they are saved again
    ws.flush()
    assert editor.text.toPlainText() == "Đề nghị tăng cường quản lý thông tin."
    assert not editor.message.isVisible()


def test_a_very_long_opinion_is_saved_whole(planned, qtbot):
    ws, _data = planned
    ws.show_tab("opinions")
    editor = ws.opinions.editor
    pick(qtbot, editor.speaker, "thanh huong")
    speech = ("Báo Hải Dương đã mở chuyên trang về Đại hội, đề xuất tăng thời lượng. " * 800)[:50_000]
    paste(editor.text, speech)
    assert editor.submit()
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id).opinions
    assert len(stored) == 1 and stored[0].text == clean(speech, multiline=True)
    assert len(stored[0].text) >= 49_999
    assert len(ws.opinions.model.index(0, 2).data()) < 300  # the list shows the start only


def test_text_pasted_from_word_is_stored_clean(planned, qtbot):
    ws, _data = planned
    word = unicodedata.normalize("NFD", "Đề nghị\u00a0Sở Văn hóa\u200b sớm hoàn thiện\ufeff kế hoạch")
    ws.show_tab("opinions")
    editor = ws.opinions.editor
    pick(qtbot, editor.speaker, "cau")
    paste(editor.text, word)
    assert editor.text.toPlainText() == "Đề nghị Sở Văn hóa sớm hoàn thiện kế hoạch"
    assert editor.submit()
    ws.show_tab("agenda")
    agenda = ws.agenda
    agenda.table.selectRow(0)
    agenda.title.selectAll()
    paste(agenda.title, unicodedata.normalize("NFD", "Kết quả\u2060 tuyên truyền\u00a0Đại hội"))
    ws.flush()
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert stored.opinions[0].text == "Đề nghị Sở Văn hóa sớm hoàn thiện kế hoạch"
    assert unicodedata.is_normalized("NFC", stored.opinions[0].text)
    assert stored.agenda[0].title == "Kết quả tuyên truyền Đại hội"


def test_autosave_keeps_the_undo_of_the_text_being_typed(planned, qtbot):
    ws, _data = planned
    ws.show_tab("conclusion")
    text = ws.conclusion.text
    focus(text)
    keys(text, "Điểm thứ nhất")
    ws.flush()
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.StartOfWord, cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    keys(text, "hai")  # a correction after the save: a separate undo step
    ws.flush()
    assert ws.conclusion.model.points[0].text == "Điểm thứ hai"
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text.toPlainText() == "Điểm thứ nhất"
    ws.flush()
    assert [p.text for p in ws.services.meetings.get(meeting_id=ws.meeting.id).conclusions] == [
        "Điểm thứ nhất"]


def test_an_empty_agenda_item_is_refused_under_the_field(planned, qtbot):
    ws, _data = planned
    ws.show_tab("agenda")
    type_in(qtbot, ws.agenda.new_title, "  ")
    enter(qtbot, ws.agenda.new_title)
    assert "Chưa nhập Nội dung họp" in ws.agenda.add_message.text()
    assert ws.agenda.model.rowCount() == 2
