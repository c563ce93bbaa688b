"""No Save button: what is typed reaches the file by itself within two seconds, even while the
typing goes on, and before the window closes or another file is opened."""
from __future__ import annotations

from core.db import open_database
from core.services import Services
from gui.meeting.autosave import MAX_WAIT_MS, QUIET_MS, RETRY_MS
from tests.gui.meeting_helpers import focus, keys, planned  # noqa: F401


def stored_title(ws) -> str:
    return ws.services.meetings.get(meeting_id=ws.meeting.id).title


def test_typing_is_saved_by_itself_and_the_time_is_shown(planned, qtbot):
    ws, _data = planned
    focus(ws.info.title)
    ws.info.title.selectAll()
    keys(ws.info.title, "Buổi làm việc về công tác tuyên truyền")
    assert ws.header.saved_label.text() == "Đang lưu…"
    # The promise (saved within two seconds) is kept by the timers, not by how fast this machine
    # is today: a pause of QUIET_MS saves, and MAX_WAIT_MS after the first key at the latest.
    saver = ws.autosaver
    assert saver._quiet.isActive() and saver._quiet.interval() == QUIET_MS
    assert saver._deadline.isActive() and saver._deadline.interval() == MAX_WAIT_MS
    qtbot.waitUntil(lambda: stored_title(ws) == "Buổi làm việc về công tác tuyên truyền",
                    timeout=10_000)
    assert not saver.is_pending()
    assert ws.header.saved_label.text().startswith("Đã lưu lúc ")
    assert ws.header.title_label.full_text() == "Buổi làm việc về công tác tuyên truyền"


def test_typing_that_never_pauses_is_still_saved_within_two_seconds(planned, qtbot):
    ws, _data = planned
    assert QUIET_MS < MAX_WAIT_MS < 2000
    saver = ws.autosaver
    focus(ws.info.place)
    keys(ws.info.place, "a")
    typed = "a"
    first_deadline = saver._deadline.remainingTime()
    for _ in range(200):  # a key every 100 ms, never a pause of QUIET_MS: only the deadline saves
        qtbot.wait(100)
        if ws.services.meetings.get(meeting_id=ws.meeting.id).place:
            break
        keys(ws.info.place, "a")
        typed += "a"
        assert saver._deadline.remainingTime() <= first_deadline  # later keys never push it back
    saved = ws.services.meetings.get(meeting_id=ws.meeting.id).place
    assert saved and typed.startswith(saved)


def test_closing_the_window_saves_what_was_just_typed(planned, qtbot, db_path):
    ws, _data = planned
    meeting_id = ws.meeting.id
    focus(ws.opinions.editor.text)
    ws.show_tab("conclusion")
    focus(ws.conclusion.text)
    keys(ws.conclusion.text, "Điểm gõ ngay trước khi đóng")
    ws.window().close()
    db = open_database(db_path, daily_backup=False)
    try:
        points = Services(db).meetings.get(meeting_id=meeting_id).conclusions
    finally:
        db.close()
    assert [p.text for p in points] == ["Điểm gõ ngay trước khi đóng"]


def test_opening_another_file_first_saves_into_the_one_being_typed_in(planned, qtbot, tmp_path,
                                                                     db_path):  # between files
    ws, _data = planned
    window = ws.window()
    focus(ws.info.place)
    keys(ws.info.place, "Hội trường A")
    first = window.db.path
    meeting_id = ws.meeting.id
    window.open_database(tmp_path / "khac.sqlite")
    assert window.pages["meetings"].stack.currentIndex() == 0
    window.open_database(first)
    assert window.services.meetings.get(meeting_id=meeting_id).place == "Hội trường A"


def test_a_save_the_machine_refused_is_tried_again_by_itself(planned, qtbot, monkeypatch):
    """The disk was full for a moment: the clerk is told the program will try again, and it
    does, on its own timer (fired here by the test, not waited for)."""
    ws, _data = planned
    saver = ws.autosaver
    real_update = ws.services.meetings.update
    refusals = [OSError(28, "No space left on device")]

    def update(**kwargs):
        if refusals:
            raise refusals.pop()
        return real_update(**kwargs)

    monkeypatch.setattr(ws.services.meetings, "update", update)
    focus(ws.info.place)
    keys(ws.info.place, "Phòng họp số 2")
    assert not saver.flush()
    assert saver.is_pending() and saver.retrying()
    assert saver.retry_interval() == RETRY_MS and RETRY_MS > MAX_WAIT_MS
    assert "sẽ thử lưu lại" in ws.info.messages["place"].text()
    saver._retry.timeout.emit()  # the retry timer's moment comes
    assert not saver.is_pending() and not saver.retrying()
    assert ws.info.messages["place"].text() == ""
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).place == "Phòng họp số 2"
