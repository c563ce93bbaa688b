"""Planned → held → finalised: finalised minutes are read-only; reopening needs a reason, which
the meeting's history keeps with the time."""
from __future__ import annotations


from tests.gui.meeting_helpers import add_opinion, click, planned  # noqa: F401



def _finalise(qtbot, ws) -> None:
    click(qtbot, ws.header.held_button)
    click(qtbot, ws.header.finalise_button)
    assert ws.meeting.status == "finalised"


def test_finalised_minutes_are_read_only_everywhere(planned, qtbot, answers):
    ws, _data = planned
    add_opinion(qtbot, ws, "dung", "Đề nghị tăng cường quản lý thông tin.")
    _finalise(qtbot, ws)
    assert "Chốt biên bản" in answers["asked"][-1]
    assert ws.header.read_only_banner.isVisibleTo(ws)
    assert not ws.header.finalise_button.isVisibleTo(ws) and ws.header.reopen_button.isVisibleTo(ws)
    assert ws.info.title.isReadOnly() and not ws.info.kind.isEnabled()
    assert not ws.agenda.add_button.isEnabled() and ws.agenda.title.isReadOnly()
    assert not ws.attendance.mark_box.isEnabled() and not ws.attendance.guest_form.isEnabled()
    assert ws.opinions.editor.text.isReadOnly() and not ws.opinions.delete_button.isEnabled()
    assert ws.conclusion.text.isReadOnly() and not ws.conclusion.tasks.create_button.isEnabled()
    # Keys do nothing either: no edit reaches the file.
    ws.opinions.table.selectRow(0)
    ws.opinions.delete_selected()
    ws.opinions.move_selected(1)
    ws.agenda.new_title.setText("Thêm sau khi chốt")
    ws.agenda.add_item()
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert len(stored.opinions) == 1 and len(stored.agenda) == 2


def test_finalising_can_be_cancelled(planned, qtbot, answers):
    ws, _data = planned
    click(qtbot, ws.header.held_button)
    answers["confirm"] = False
    click(qtbot, ws.header.finalise_button)
    assert ws.meeting.status == "held" and not ws.opinions.editor.text.isReadOnly()


def test_reopening_asks_for_a_reason_and_the_history_keeps_it(planned, qtbot, answers):
    ws, _data = planned
    _finalise(qtbot, ws)

    answers["text"] = None  # the clerk cancels
    click(qtbot, ws.header.reopen_button)
    assert ws.meeting.status == "finalised"
    answers["text"] = "   "  # no reason given
    click(qtbot, ws.header.reopen_button)
    assert ws.meeting.status == "finalised"
    assert "cần ghi lý do" in answers["warnings"][-1]

    answers["text"] = "Bổ sung ý kiến của Sở Văn hóa theo đề nghị của chủ trì"
    click(qtbot, ws.header.reopen_button)
    assert ws.meeting.status == "held"
    assert not ws.opinions.editor.text.isReadOnly() and not ws.header.read_only_banner.isVisibleTo(ws)
    history = ws.history.model
    rows = [[history.index(r, c).data() for c in range(4)] for r in range(history.rowCount())]
    assert [r[1:] for r in rows] == [
        ["Dự kiến", "Đã họp", ""], ["Đã họp", "Đã chốt biên bản", ""],
        ["Đã chốt biên bản", "Đã họp", "Bổ sung ý kiến của Sở Văn hóa theo đề nghị của chủ trì"]]
    assert all(len(r[0]) == len("08:00:00 11/06/2020") for r in rows)
    events = ws.services.meetings.get(meeting_id=ws.meeting.id).events
    assert events[-1].reason == "Bổ sung ý kiến của Sở Văn hóa theo đề nghị của chủ trì"


def test_the_status_change_waits_for_a_field_that_cannot_be_saved(planned, qtbot, answers):
    ws, _data = planned
    ws.info.title.setText("")
    ws.info.title.textEdited.emit("")
    click(qtbot, ws.header.held_button)
    assert ws.meeting.status == "planned"
    assert "chưa lưu được" in answers["warnings"][-1]
    assert "Chưa nhập Tên cuộc họp" in ws.info.messages["title"].text()
