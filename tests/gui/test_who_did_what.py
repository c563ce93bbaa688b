"""Who did what: the task's history and the meeting's history say who entered or changed each
thing and when (the PC's user name on one PC, the login name on a server)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core.db import open_again
from core.services import Services
from tests.gui import tasks_data as td
from tests.gui.meeting_helpers import planned  # noqa: F401
from gui.operations import EVERYTHING


@pytest.fixture
def lan(window):
    """Another secretary's program on the same data file."""
    window.db.user = "Hoa"
    other = open_again(window.db)
    other.user = "Lan"
    yield Services(other)
    other.close()


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def stamp_of(text: str) -> dt.datetime:
    return dt.datetime.strptime(text.split(", ", 1)[1], "%H:%M %d/%m/%Y")


def test_the_task_history_says_who_entered_and_who_corrected(window, lan, qtbot):
    data = td.build(window.services)
    window.ops.announce(EVERYTHING)
    task_id = data.tasks["a"]
    lan.tasks.update(task_id=task_id, content="Nội dung Lan sửa lại")
    dialog = window.show_page("tasks").open_task(task_id)
    form = dialog.progress_form
    form.day.setText("")
    form.text.insertPlainText("Đã gửi dự thảo kế hoạch")
    form.who.setText("Sở Tư pháp")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    shown = rows(dialog.history)
    progress = next(r for r in shown if r[1] == "Tình hình")
    assert progress[3] == "Sở Tư pháp" and progress[5].startswith("Hoa, ")
    assert abs(stamp_of(progress[5]) - dt.datetime.now()) < dt.timedelta(minutes=2)
    corrected = next(r for r in shown if r[2] == "Sửa nhiệm vụ: nội dung")
    assert corrected[1] == "Sửa đổi" and corrected[5].startswith("Lan, ")
    assert any(r[2] == "Thêm nhiệm vụ" for r in shown)


def test_the_meeting_history_says_who_changed_what(planned, lan, answers):
    ws, data = planned
    lan.meetings.add_opinion(meeting_id=ws.meeting.id, agenda_item_id=ws.meeting.agenda[0].id,
                             speaker_name="Lê Văn Tâm", text="Đề nghị bổ sung chuyên mục.")
    lan.meetings.update(meeting_id=ws.meeting.id, place="Phòng họp số 2")
    assert ws.mark_held()
    ws.show_tab("history")
    tab = ws.history
    changes = rows(tab.changes)
    said = [(r[1], r[2]) for r in changes]
    assert ("Lan", "Thêm ý kiến") in said
    assert ("Lan", "Sửa thông tin cuộc họp: địa điểm") in said
    assert ("Hoa", "Sửa thông tin cuộc họp: tình trạng") in said
    assert changes[0][1] == "Hoa"  # newest first
    status = rows(tab.model)
    assert status[0][1:3] == ["Dự kiến", "Đã họp"] and status[0][4] == "Hoa"
