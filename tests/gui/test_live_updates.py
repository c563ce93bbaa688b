"""Two secretaries at two PCs on one database: what one records appears on the other's screen
within a few seconds without anybody pressing anything, what the other is typing is never
touched, and the meeting workspace says who else has the meeting open. Each test runs on an
SQLite file (a second program reading it) and, with a test server, on PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from core.db import open_database, open_url
from core.presence import PresenceBoard
from core.services import Services
from core.services.meeting_records import AgendaDraft
from tests.gui.meeting_helpers import focus, keys, pick, seed_registers
from gui.operations import Changes


@pytest.fixture(params=["sqlite", "postgresql"])
def shared(request, qtbot, answers, db_path, make_window):
    """(this secretary's window, the other secretary's services) on the same database."""
    if request.param == "sqlite":
        window = make_window(db_path)
        other = open_database(db_path, lock=False, daily_backup=False)
        url = None
    else:
        databases = request.getfixturevalue("pg_databases")
        url = databases.new_url()
        from gui.main_window import MainWindow

        window = MainWindow()
        qtbot.addWidget(window)
        window.open_server(url)
        window.show()
        other = open_url(url)
    window.db.user, other.user = "Hoa", "Lan"
    yield window, Services(other)
    window.close()
    other.close()
    if url is not None:
        databases.drop(url)


def meeting_of(window, data, title="Buổi làm việc tháng 6"):
    return window.services.meetings.create(
        committee_id=data["committee"], kind="Buổi làm việc", title=title,
        starts_at=dt.datetime(2020, 6, 11, 8), ends_at=dt.datetime(2020, 6, 11, 10, 30),
        chair_id=data["people"]["nqp"], secretary_id=data["people"]["hd_tk"],
        agenda=[AgendaDraft("Đánh giá kết quả tuyên truyền", planned_minutes=30)])


def typing_an_opinion(window, qtbot, text: str):
    """A meeting open on its opinions, the chair picked as speaker and ``text`` typed."""
    data = seed_registers(window.services)
    meeting = meeting_of(window, data)
    window.ops.announce(Changes(committees=True))
    ws = window.show_page("meetings").open_meeting(meeting.id)
    ws.show_tab("opinions")
    ws.opinions.select_bucket(ws.meeting.agenda[0].id)
    pick(qtbot, ws.opinions.editor.speaker, "phuc")
    focus(ws.opinions.editor.text)
    keys(ws.opinions.editor.text, text)
    return ws, meeting


def titles(page) -> list[str]:
    model = page.list.model
    return [model.record(row).title for row in range(model.rowCount())]


def test_a_meeting_another_creates_appears_in_the_list_by_itself(shared, qtbot):
    window, lan = shared
    data = seed_registers(window.services)
    page = window.show_page("meetings")
    window.live.check_now()  # where this window starts from
    lan.meetings.create(committee_id=data["committee"], kind="Phiên họp", title="Phiên họp quý III",
                        starts_at=dt.datetime(2020, 9, 1, 8))
    qtbot.waitUntil(lambda: "Phiên họp quý III" in titles(page), timeout=10_000)


def test_ones_own_saves_do_not_reload_the_pages(shared):
    window, _lan = shared
    data = seed_registers(window.services)
    window.live.check_now()
    heard = []
    window.ops.changed.connect(heard.append)
    meeting_of(window, data)
    window.live.check_now()
    assert heard == []


def test_an_opinion_another_records_appears_while_this_one_types_hers(shared, qtbot):
    window, lan = shared
    ws, meeting = typing_an_opinion(window, qtbot, "Đồng chí Phúc nêu")
    tab = ws.opinions
    window.live.check_now()
    lan.meetings.add_opinion(meeting_id=meeting.id, agenda_item_id=ws.meeting.agenda[0].id,
                             speaker_name="Lê Văn Tâm", text="Đề nghị bổ sung chuyên mục.")
    window.live.check_now()
    texts = [tab.model.record(r).text for r in range(tab.model.rowCount())]
    assert "Đề nghị bổ sung chuyên mục." in texts
    assert tab.editor.text.toPlainText() == "Đồng chí Phúc nêu"  # hers, as typed, cursor kept
    assert tab.editor.text.textCursor().position() == len("Đồng chí Phúc nêu")
    keys(tab.editor.text, " ý kiến.")
    assert ws.flush()
    stored = sorted(o.text for o in window.services.meetings.get(meeting_id=meeting.id).opinions)
    assert stored == ["Đề nghị bổ sung chuyên mục.", "Đồng chí Phúc nêu ý kiến."]


def test_a_task_another_updates_shows_in_the_register(shared):
    window, lan = shared
    data = seed_registers(window.services)
    task = window.services.tasks.create(content="Xây dựng chuyên trang", deadline="30/6/2020",
                                        lead_agency_id=data["agencies"]["hd_bao"],
                                        assigned_on="11/6/2020")
    page = window.show_page("tasks")
    page.model.fetch_all()
    window.live.check_now()
    lan.tasks.mark_done(task_id=task.id, completed_on="20/6/2020", today=dt.date(2020, 6, 21))
    window.live.check_now()
    page.model.fetch_all()
    row = page.model.row_of(task.id)
    assert page.model.record(row).completed_on == dt.date(2020, 6, 20)


def test_the_workspace_says_who_else_has_the_meeting_open(shared, qtbot):
    window, lan = shared
    data = seed_registers(window.services)
    meeting = meeting_of(window, data)
    window.ops.announce(Changes(committees=True))
    ws = window.show_page("meetings").open_meeting(meeting.id)
    board = PresenceBoard(lan.db, machine="PC-02")
    board.beat(meeting.id)
    window.live.check_now()
    label = ws.header.visitors_label
    assert label.isVisibleTo(ws) and label.text() == "Đang mở: Lan (máy PC-02)"
    # this program's own line is on the board for the others to see
    assert [(v.who) for v in board.others(meeting.id)] == ["Hoa"]
    board.leave()
    qtbot.waitUntil(lambda: not label.isVisibleTo(ws), timeout=10_000)
    # back to the list: the others no longer see this program in the meeting
    window.pages["meetings"].show_list()
    window.live.check_now()
    assert board.others(meeting.id) == []


def test_the_opinion_being_typed_changed_by_another_comes_out_as_a_choice(shared, qtbot, answers):
    window, lan = shared
    ws, _meeting = typing_an_opinion(window, qtbot, "Ý kiến một.")
    tab = ws.opinions
    assert ws.flush()
    window.live.check_now()
    lan.meetings.update_opinion(opinion_id=tab.editor.editing.id, text="Ý kiến một, Lan sửa.")
    window.live.check_now()
    assert tab.editor.text.toPlainText() == "Ý kiến một."  # not replaced under her cursor
    keys(tab.editor.text, " Hoa thêm.")
    answers["confirm"] = True  # keep mine
    assert ws.flush()
    assert "Lan sửa lúc" in answers["asked"][-1] and "Ý kiến một, Lan sửa." in answers["asked"][-1]
    assert window.services.meetings.get_opinion(
        opinion_id=tab.editor.editing.id).text == "Ý kiến một. Hoa thêm."


def test_a_meeting_another_deletes_closes_with_a_word(shared):
    window, lan = shared
    data = seed_registers(window.services)
    meeting = meeting_of(window, data, title="Buổi làm việc bị hủy")
    window.ops.announce(Changes(committees=True))
    page = window.show_page("meetings")
    page.open_meeting(meeting.id)
    window.live.check_now()
    lan.meetings.delete(meeting_id=meeting.id)
    window.live.check_now()
    assert page.stack.currentIndex() == 0
    assert "Buổi làm việc bị hủy" not in titles(page)
    assert "vừa bị người khác xóa" in window.statusBar().currentMessage()
