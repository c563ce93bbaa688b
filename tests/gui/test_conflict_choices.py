"""Two secretaries correct the same task, the same detail of a meeting or the same point of
its conclusion at once: the second save is not written over the first; she sees who saved the
other version and when, with both, and keeps hers or takes the other, her text never thrown
away."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.db import open_again
from core.services import Services
from tests.gui.meeting_helpers import click, enter, focus, keys, pick, planned, type_in  # noqa: F401


@pytest.fixture
def editing(planned, qtbot):
    """A task of the meeting open in the task editor, and Lan's program saving it meanwhile."""
    ws, _data = planned
    ws.show_tab("conclusion")
    focus(ws.conclusion.text)
    keys(ws.conclusion.text, "Sở Thông tin và Truyền thông quản lý thông tin trên mạng xã hội.")
    enter(qtbot, ws.conclusion.text)
    con = ws.conclusion
    con.tree.setCurrentIndex(con.model.index(0, 0))
    dialog = con.create_task()
    pick(qtbot, dialog.lead, "so thong tin")
    type_in(qtbot, dialog.deadline, "Quý III/2020")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    con.tasks.table.selectRow(0)
    dialog = con.tasks.edit_selected()
    other = open_again(ws.services.db)
    other.user = "Lan"
    lan = Services(other)
    yield ws, dialog, lan
    other.close()


def task_of(ws):
    return ws.services.tasks.list(meeting_id=ws.meeting.id)[0]


def test_keeping_mine_saves_it_after_saying_who_saved_the_other(editing, qtbot, answers):
    ws, dialog, lan = editing
    lan.tasks.update(task_id=dialog.task.id, content="Nội dung Lan sửa.", deadline="Quý IV/2020")
    type_in(qtbot, dialog.content, "Nội dung Hoa sửa.")
    answers["confirm"] = True
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    asked = answers["asked"][-1]
    assert "Lan sửa lúc" in asked
    assert "Nội dung Hoa sửa." in asked and "Nội dung Lan sửa." in asked
    assert "Quý IV/2020" in asked  # theirs whole: the deadline they set too
    assert not dialog.isVisible()
    task = task_of(ws)
    assert (task.content, task.deadline_text) == ("Nội dung Hoa sửa.", "Quý III/2020")


def test_taking_theirs_shows_it_and_keeps_mine_within_reach(editing, qtbot, answers):
    ws, dialog, lan = editing
    lan.tasks.update(task_id=dialog.task.id, content="Nội dung Lan sửa.")
    type_in(qtbot, dialog.content, "Nội dung Hoa sửa.")
    answers["confirm"] = False
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible()  # to look at what was taken
    assert dialog.content.toPlainText() == "Nội dung Lan sửa."
    assert "Đã lấy bản của Lan" in dialog.messages["other"].text()
    assert QApplication.clipboard().text().startswith("Nội dung Hoa sửa.")
    dialog.content.undo()
    assert dialog.content.toPlainText() == "Nội dung Hoa sửa."
    dialog.content.redo()
    assert task_of(ws).content == "Nội dung Lan sửa."
    # saving again now goes over the version she has seen, without asking again
    asked = len(answers["asked"])
    type_in(qtbot, dialog.content, "Nội dung Lan sửa, Hoa bổ sung.")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert len(answers["asked"]) == asked and not dialog.isVisible()
    assert task_of(ws).content == "Nội dung Lan sửa, Hoa bổ sung."


def test_a_new_lead_over_another_persons_save_is_asked_too(editing, qtbot, answers):
    ws, dialog, lan = editing
    lan.tasks.update(task_id=dialog.task.id, deadline="Quý IV/2020")
    pick(qtbot, dialog.lead, "bao hai duong")
    answers["confirm"] = False
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert "Lan sửa lúc" in answers["asked"][-1]
    assert "Báo Hải Dương" in answers["asked"][-1]
    task = task_of(ws)
    assert (task.deadline_text, task.lead_name) == (
        "Quý IV/2020", "Sở Thông tin và Truyền thông tỉnh Hải Dương")
    assert dialog.deadline.text() == "Quý IV/2020"


# -- the meeting's details, field by field -------------------------------------------------------


@pytest.fixture
def details(planned):
    ws, _data = planned
    other = open_again(ws.services.db)
    other.user = "Lan"
    yield ws, Services(other)
    other.close()


def test_a_detail_changed_by_another_is_asked_about_not_overwritten(details, answers):
    ws, lan = details
    lan.meetings.update(meeting_id=ws.meeting.id, place="Phòng họp số 2")
    focus(ws.info.place)
    ws.info.place.selectAll()
    keys(ws.info.place, "Hội trường A")
    answers["confirm"] = False  # take theirs
    assert ws.flush()
    asked = answers["asked"][-1]
    assert "Lan sửa lúc" in asked and "Hội trường A" in asked and "Phòng họp số 2" in asked
    assert ws.info.place.text() == "Phòng họp số 2"
    assert QApplication.clipboard().text() == "Hội trường A"
    assert ws.services.meetings.get(meeting_id=ws.meeting.id).place == "Phòng họp số 2"


def test_keeping_my_detail_and_another_field_changed_meanwhile(details, answers):
    ws, lan = details
    lan.meetings.update(meeting_id=ws.meeting.id, place="Phòng họp số 2")
    focus(ws.info.title)
    ws.info.title.selectAll()
    keys(ws.info.title, "Buổi làm việc về tuyên truyền")
    assert ws.flush()
    assert answers["asked"] == []  # another field: nothing to ask
    lan.meetings.update(meeting_id=ws.meeting.id, title="Tên Lan đặt")
    keys(ws.info.title, " tháng 6")
    answers["confirm"] = True  # keep mine
    assert ws.flush()
    assert "Tên Lan đặt" in answers["asked"][-1]
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id)
    assert (stored.title, stored.place) == ("Buổi làm việc về tuyên truyền tháng 6",
                                            "Phòng họp số 2")


def test_a_conclusion_point_changed_by_another_is_asked_about(details, qtbot, answers):
    ws, lan = details
    ws.show_tab("conclusion")
    focus(ws.conclusion.text)
    keys(ws.conclusion.text, "Sở Thông tin và Truyền thông chủ trì.")
    assert ws.flush()
    point = ws.conclusion.editing
    lan.meetings.update_conclusion_point(point_id=point.id, text="Sở Thông tin và Truyền thông "
                                         "chủ trì, Báo Hải Dương phối hợp.")
    keys(ws.conclusion.text, " Hoàn thành trong tháng 7.")
    answers["confirm"] = False  # take theirs
    assert ws.flush()
    assert "Lan sửa lúc" in answers["asked"][-1]
    assert ws.conclusion.text.toPlainText().endswith("Báo Hải Dương phối hợp.")
    assert QApplication.clipboard().text() == ("Sở Thông tin và Truyền thông chủ trì. Hoàn thành "
                                               "trong tháng 7.")
    ws.conclusion.text.undo()  # hers back
    assert ws.conclusion.text.toPlainText().endswith("Hoàn thành trong tháng 7.")
    answers["confirm"] = True
    assert ws.flush()  # saved over the version she has seen: not asked again
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id).conclusions[0].text
    assert stored.endswith("Hoàn thành trong tháng 7.")
    assert len([a for a in answers["asked"] if "Lan sửa lúc" in a]) == 1
