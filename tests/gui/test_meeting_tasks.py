"""The conclusion's structure (sub-points, moves, deletion) and the tasks drawn from it after
the fact: corrected, reassigned, deleted."""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.operations import Changes
from tests.gui.meeting_helpers import (  # noqa: F401 - planned is a fixture
    click,
    enter,
    focus,
    keys,
    pick,
    planned,
    type_in,
)



def labels(tab) -> list[str]:
    return [tab.point_label(p.id) for p in tab.model.all_points()]


def type_points(qtbot, ws, *points: str) -> None:
    ws.show_tab("conclusion")
    focus(ws.conclusion.text)
    for point in points:
        keys(ws.conclusion.text, point)
        enter(qtbot, ws.conclusion.text)


def test_points_become_sub_points_move_and_go(planned, qtbot, answers):
    ws, _data = planned
    type_points(qtbot, ws, "Các cơ quan tập trung:", "Tuyên truyền Đại hội;", "Quản lý mạng xã hội.",
                "Văn phòng bảo đảm hậu cần.")
    con = ws.conclusion
    assert labels(con) == ["1.", "2.", "3.", "4."]
    for row in (1, 1):  # "Tuyên truyền…" then "Quản lý…" go under point 1
        con.tree.setCurrentIndex(con.model.index(row, 0))
        focus(con.tree)
        qtbot.keyClick(con.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert labels(con) == ["1.", "1.a)", "1.b)", "2."]
    assert con.editing.text == "Quản lý mạng xã hội."
    qtbot.keyClick(con.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in con.model.points[0].children] == ["Quản lý mạng xã hội.", "Tuyên truyền Đại hội;"]
    qtbot.keyClick(con.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert labels(con) == ["1.", "1.a)", "2.", "3."]

    con.tree.setCurrentIndex(con.model.index(0, 0))
    click(qtbot, con.new_sub_button)
    keys(con.text, "Phối hợp chặt chẽ.")
    enter(qtbot, con.text)  # Enter after a sub-point starts the next sub-point of the same point
    assert "Ý con mới của điểm 1." in con.editor_label.text()
    keys(con.text, "Báo cáo kịp thời.")
    ws.flush()
    assert labels(con) == ["1.", "1.a)", "1.b)", "1.c)", "2.", "3."]

    con.tree.setCurrentIndex(con.model.index(0, 0))
    focus(con.tree)
    qtbot.keyClick(con.tree, Qt.Key.Key_Delete)
    assert "Các ý con của điểm này cũng bị xóa (3 ý)" in answers["asked"][-1]
    stored = ws.services.meetings.get(meeting_id=ws.meeting.id).conclusions
    assert [(p.label, p.text) for p in stored] == [("1.", "Quản lý mạng xã hội."),
                                                   ("2.", "Văn phòng bảo đảm hậu cần.")]


def test_a_task_is_corrected_reassigned_and_deleted(planned, qtbot, answers):
    ws, _data = planned
    heard = []
    ws.window().ops.changed.connect(heard.append)  # other pages (the task register) reload
    type_points(qtbot, ws, "Sở Thông tin và Truyền thông quản lý thông tin trên mạng xã hội.")
    con = ws.conclusion
    con.tree.setCurrentIndex(con.model.index(0, 0))
    dialog = con.create_task()
    pick(qtbot, dialog.lead, "so thong tin")
    type_in(qtbot, dialog.deadline, "Quý III/2020")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert heard == [Changes(tasks=True, meeting_id=ws.meeting.id)]
    con.tasks.table.selectRow(0)
    dialog = con.tasks.edit_selected()
    assert dialog.windowTitle() == "Sửa nhiệm vụ" and dialog.lead.text() == "Sở Thông tin và Truyền thông tỉnh Hải Dương"
    type_in(qtbot, dialog.deadline, "Trước 15/9/2020")
    pick(qtbot, dialog.lead, "bao hai duong")
    dialog.coordinators.set_checked(("agency", ws.services.agencies.list(search="dai phat thanh")[0].id))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    task = ws.services.tasks.list(meeting_id=ws.meeting.id)[0]
    assert (task.lead_name, task.coordinator_names, task.deadline_text) == (
        "Báo Hải Dương", ("Đài Phát thanh - Truyền hình tỉnh Hải Dương",), "Trước 15/9/2020")
    assert con.tasks.model.index(0, 1).data() == "Báo Hải Dương"

    con.tree.setCurrentIndex(con.model.index(0, 0))
    answers["confirm"] = True
    con.delete_selected()  # the point goes, its task stays, unlinked
    assert "1 nhiệm vụ giao theo điểm này vẫn được giữ" in answers["asked"][-1]
    assert con.tasks.model.index(0, 0).data() == ""
    con.tasks.table.selectRow(0)
    focus(con.tasks.table)
    qtbot.keyClick(con.tasks.table, Qt.Key.Key_Delete)
    assert ws.services.tasks.list(meeting_id=ws.meeting.id) == []
    assert con.tasks.title() == "Nhiệm vụ giao tại cuộc họp: 0"
