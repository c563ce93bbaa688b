"""The 11/06/2020 working session of the Hải Dương Tiểu ban (seeds/004), recorded from the
article through the real widgets: planned, attended, opinions, conclusion, tasks, finalised.
Then the window closes and the file is read again: everything typed is there."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from core.db import open_database
from core.services import Services
from gui.operations import Changes
from tests.gui.meeting_helpers import click, enter, focus, keys, new_meeting, pick, seed_registers, type_in


TITLE = "Buổi làm việc triển khai nhiệm vụ tuyên truyền, phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII"
AGENDA = [("Đánh giá kết quả công tác tuyên truyền, phục vụ Đại hội thời gian qua", "hoang bien", 30),
          ("Khó khăn, vấn đề phát sinh và đề xuất giải pháp", None, 45)]
OPINIONS = [
    (0, "hoang bien", "Báo cáo kết quả tuyên truyền Đại hội Đảng bộ các cấp và việc phối hợp với các "
                      "cơ quan báo chí Trung ương."),
    (1, "dung", "Đề nghị tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội trong thời gian "
                "diễn ra Đại hội."),
    (1, "thanh huong", "Báo Hải Dương đã mở chuyên trang về Đại hội, đề xuất tăng thời lượng và số "
                       "trang đặc biệt."),
    (1, "cau", "Kế hoạch trang trí, tuyên truyền trực quan đang được hoàn thiện; đề nghị sớm có kinh phí."),
    (1, "hien", "Văn phòng Tỉnh ủy chuẩn bị cơ sở vật chất, hậu cần, an ninh phục vụ Đại hội."),
]
CONCLUSION = [
    "Các thành viên Tiểu ban bám sát chức năng, nhiệm vụ đã được phân công, phối hợp chặt chẽ để "
    "chủ động chỉ đạo, điều hành, làm tốt nhiệm vụ của cơ quan, đơn vị.",
    "Ban Tuyên giáo Tỉnh ủy tiếp tục làm tốt công tác phối hợp tuyên truyền trên ấn phẩm của các cơ "
    "quan báo chí Trung ương; định hướng, hướng dẫn, đôn đốc tuyên truyền trên báo chí trong tỉnh.",
    "Sở Thông tin và Truyền thông tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội; hoàn "
    "thiện hạ tầng kỹ thuật, cung cấp thông tin cho các cơ quan báo chí.",
    "Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh tiếp tục xây dựng các chuyên trang, chuyên mục, "
    "tăng thời lượng tuyên truyền về Đại hội Đảng bộ các cấp.",
    "Sở Văn hóa, Thể thao và Du lịch sớm hoàn thiện kế hoạch trang trí, tuyên truyền trực quan, tổ chức "
    "các triển lãm, trưng bày và các chương trình chào mừng Đại hội.",
    "Văn phòng Tỉnh ủy cùng các thành viên khác trong Tiểu ban phối hợp hoàn thiện cơ sở vật chất, các "
    "nguồn lực bảo đảm công tác hậu cần, an ninh, an toàn phục vụ Đại hội.",
]
# point index, words selected in it (None: the whole point), lead typed, coordinators typed, deadline
TASKS = [
    (1, None, "ban tuyen giao", ["thong tin va truyen thong"], "Thường xuyên", "→ thường xuyên (không có ngày hạn)"),
    (2, "nắm bắt, quản lý thông tin trên các mạng xã hội", "so thong tin", ["ban tuyen giao"],
     "Trước 15/9/2020", "→ hạn 15/09/2020"),
    (3, None, "bao hai duong", ["dai phat thanh"], "trước 30/6", "→ hạn 30/06/2020"),
    (4, None, "van hoa", ["van phong tinh uy"], "Trước 31/7/2020", "→ hạn 31/07/2020"),
    (5, None, "van phong", ["van hoa", "thong tin va truyen thong"], "Quý III/2020", "→ hạn 30/09/2020"),
]


def test_recording_the_hai_duong_seed_meeting_through_the_workspace(window, qtbot, db_path, answers):
    data = seed_registers(window.services)
    window.ops.announce(Changes(committees=True))
    ws = new_meeting(qtbot, window, data, title=TITLE)
    assert ws.isVisible() and ws.header.title_label.full_text() == TITLE
    assert ws.header.status_label.text() == "Dự kiến"

    # Plan: the agenda, typed item after item.
    ws.show_tab("agenda")
    agenda = ws.agenda
    for title, presenter, minutes in AGENDA:
        type_in(qtbot, agenda.new_title, title)
        enter(qtbot, agenda.new_title)
        if presenter:
            pick(qtbot, agenda.presenter, presenter)
        else:
            type_in(qtbot, agenda.presenter, "Các thành viên Tiểu ban")
            enter(qtbot, agenda.presenter)
        agenda.minutes.selectAll()
        qtbot.keyClicks(agenda.minutes, str(minutes))
    ws.flush()
    assert [agenda.model.index(r, 2).data() for r in range(2)] == [
        "đồng chí Hoàng Biên, Chuyên viên Ban Tuyên giáo Tỉnh ủy", "Các thành viên Tiểu ban"]
    assert agenda.total_label.text() == "Tổng thời gian dự kiến: 75 phút (1 giờ 15 phút)"

    # Hold: attendance. One member absent with a reason, the rest present.
    ws.show_tab("attendance")
    click(qtbot, ws.header.held_button)
    assert ws.header.status_label.text() == "Đã họp"
    att = ws.attendance
    assert att.count_label.text() == "Có mặt 0/7"
    row = next(r for r in range(att.model.rowCount()) if att.model.record(r).name == "Đặng Văn Sơn")
    att.table.selectRow(row)
    focus(att.table)
    qtbot.keyClick(att.table, Qt.Key.Key_V)
    assert att.reason.hasFocus()
    keys(att.reason, "Đi công tác")
    click(qtbot, att.all_present_button)
    assert att.count_label.text() == "Có mặt 6/7, vắng 1"

    # Opinions, typed live: speaker by a few letters without diacritics, text, Enter.
    ws.show_tab("opinions")
    op = ws.opinions
    for index, speaker, text in OPINIONS:
        op.select_bucket(ws.meeting.agenda[index].id)
        pick(qtbot, op.editor.speaker, speaker)
        assert op.editor.text.hasFocus()
        keys(op.editor.text, text)
        enter(qtbot, op.editor.text)
        assert op.editor.speaker.hasFocus() and op.editor.text.toPlainText() == ""
    assert op.buckets.record(1).label.endswith("(4)")
    assert [op.model.index(r, 1).data() for r in range(op.model.rowCount())] == [
        "Phạm Văn Dũng", "Nguyễn Thị Thanh Hương", "Lương Văn Cầu", "Bùi Thị Hiền"]

    # The chair's conclusion, point after point.
    ws.show_tab("conclusion")
    con = ws.conclusion
    focus(con.text)
    for point in CONCLUSION:
        keys(con.text, point)
        enter(qtbot, con.text)
    assert [p.label for p in con.model.points] == ["1.", "2.", "3.", "4.", "5.", "6."]

    # Tasks drawn from the points (one from words selected inside a point).
    for index, words, lead, coordinators, deadline, reading in TASKS:
        con.tree.setCurrentIndex(con.model.index(index, 0))
        if words:
            cursor = con.text.textCursor()
            start = con.text.toPlainText().index(words)
            cursor.setPosition(start)
            cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
            con.text.setTextCursor(cursor)
        focus(con.tree)
        qtbot.keyClick(con.tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        dialog = con.tasks.dialog
        assert dialog.isVisible()
        assert dialog.content.toPlainText() == (words or CONCLUSION[index])
        pick(qtbot, dialog.lead, lead)
        for typed in coordinators:
            type_in(qtbot, dialog.coordinators.search, typed)
            view = dialog.coordinators.view
            view.setCurrentIndex(view.model().index(0, 0))
            qtbot.keyClick(view, Qt.Key.Key_Space)
        type_in(qtbot, dialog.deadline, deadline)
        assert dialog.deadline_reading.text() == reading
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
        assert not dialog.isVisible(), [m.text() for m in dialog.messages.values()]
    assert con.tasks.model.rowCount() == 5
    assert con.model.index(1, 0).data().endswith("[1 nhiệm vụ]")

    # Close: finalise, then everything is read-only.
    click(qtbot, ws.header.finalise_button)
    assert ws.header.status_label.text() == "Đã chốt biên bản"
    assert op.editor.text.isReadOnly() and con.text.isReadOnly()
    meeting_id = ws.meeting.id
    window.close()

    db = open_database(db_path, daily_backup=False)
    try:
        meetings, tasks = Services(db).meetings, Services(db).tasks
        m = meetings.get(meeting_id=meeting_id)
        assert (m.title, m.kind, m.status) == (TITLE, "Buổi làm việc", "finalised")
        assert (m.starts_at, m.ends_at) == (dt.datetime(2020, 6, 11, 8), dt.datetime(2020, 6, 11, 10, 30))
        assert (m.chair_name, m.secretary_name) == ("Nguyễn Quang Phúc", "Hoàng Biên")
        assert m.chair_position.endswith("Phó Trưởng Tiểu ban")
        assert [(i.title, i.presenter_text, i.planned_minutes) for i in m.agenda] == [
            (AGENDA[0][0], "đồng chí Hoàng Biên, Chuyên viên Ban Tuyên giáo Tỉnh ủy", 30), (AGENDA[1][0], "Các thành viên Tiểu ban", 45)]
        absent = [(a.name, a.absence_reason) for a in m.attendance if a.status == "absent"]
        assert absent == [("Đặng Văn Sơn", "Đi công tác")]
        assert (m.members.present, m.members.total) == (6, 7)
        said = [(m.agenda.index(next(i for i in m.agenda if i.id == o.agenda_item_id)), o.speaker_name,
                 o.text, o.is_guest) for o in m.opinions]
        names = ["Hoàng Biên", "Phạm Văn Dũng", "Nguyễn Thị Thanh Hương", "Lương Văn Cầu", "Bùi Thị Hiền"]
        assert said == [(i, n, t, False) for (i, _s, t), n in zip(OPINIONS, names, strict=True)]
        assert [p.text for p in m.conclusions] == CONCLUSION
        stored = sorted(tasks.list(meeting_id=meeting_id), key=lambda t: t.conclusion_point_id)
        assert [(t.lead_name, t.coordinator_names, t.deadline_text, t.due_date) for t in stored] == [
            ("Ban Tuyên giáo Tỉnh ủy Hải Dương", ("Sở Thông tin và Truyền thông tỉnh Hải Dương",),
             "Thường xuyên", None),
            ("Sở Thông tin và Truyền thông tỉnh Hải Dương", ("Ban Tuyên giáo Tỉnh ủy Hải Dương",),
             "Trước 15/9/2020", dt.date(2020, 9, 15)),
            ("Báo Hải Dương", ("Đài Phát thanh - Truyền hình tỉnh Hải Dương",), "trước 30/6",
             dt.date(2020, 6, 30)),
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương", ("Văn phòng Tỉnh ủy Hải Dương",),
             "Trước 31/7/2020", dt.date(2020, 7, 31)),
            ("Văn phòng Tỉnh ủy Hải Dương", ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương",
                                             "Sở Thông tin và Truyền thông tỉnh Hải Dương"),
             "Quý III/2020", dt.date(2020, 9, 30)),
        ]
        assert stored[1].content == "nắm bắt, quản lý thông tin trên các mạng xã hội"
        assert [p.id for p in m.conclusions][1:] == [t.conclusion_point_id for t in stored]
        assert [(e.old_status, e.new_status) for e in m.events] == [("planned", "held"), ("held", "finalised")]
    finally:
        db.close()
