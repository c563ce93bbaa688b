"""Several secretaries on one database: each save says what it changed (counters the other
windows read every few seconds), who changed what and when is kept for the histories, and the
programs with a meeting open are seen by the others."""
from __future__ import annotations

import datetime as dt

import pytest

from core import changes
from core.presence import TIMEOUT, PresenceBoard
from tests.core.meeting_data import hold_meeting, seed
from tests.core.test_concurrent_edits import two  # noqa: F401 - Hoa's and Lan's programs


def test_another_programs_save_is_seen_and_ones_own_is_not(db, two):
    hoa, lan = two
    data = seed(db)
    meeting = hold_meeting(hoa, data)
    seen = changes.read_counters(hoa.db, meeting_id=meeting.id)
    hoa.meetings.update(meeting_id=meeting.id, place="Phòng họp số 2")
    now = changes.read_counters(hoa.db, meeting_id=meeting.id)
    assert changes.others_changed(seen, now, hoa.db.changes.own) == set()
    lan.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Lê Thị Mai"),
                             text="Đề nghị bổ sung chuyên mục.")
    later = changes.read_counters(hoa.db, meeting_id=meeting.id)
    assert changes.others_changed(now, later, hoa.db.changes.own) == {
        "meetings", changes.meeting_scope(meeting.id)}
    # the other meeting's counter is not read by a window showing this one
    other_meeting = hold_meeting(lan, data, title="Phiên họp khác")
    assert changes.meeting_scope(other_meeting.id) not in changes.read_counters(
        hoa.db, meeting_id=meeting.id)


def test_a_task_change_by_another_is_seen_as_a_task_change(db, two):
    hoa, lan = two
    data = seed(db)
    task = hoa.tasks.create(content="Xây dựng chuyên trang", deadline="30/6/2020",
                            lead_agency_id=data.agency("Báo Hải Dương"), assigned_on="11/6/2020")
    seen = changes.read_counters(hoa.db)
    lan.tasks.add_progress(task_id=task.id, text="Đã xong 50%", reported_on="20/6/2020")
    assert "tasks" in changes.others_changed(seen, changes.read_counters(hoa.db),
                                             hoa.db.changes.own)


def test_the_history_says_who_changed_what_and_typing_makes_one_entry(db, two):
    hoa, lan = two
    data = seed(db)
    meeting = hold_meeting(hoa, data)
    opinion = hoa.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Lê Thị Mai"),
                                       text="Ý")
    for text in ("Ý k", "Ý kiến", "Ý kiến một"):  # autosaves while typing
        opinion = hoa.meetings.update_opinion(opinion_id=opinion.id, text=text)
    lan.meetings.update_opinion(opinion_id=opinion.id, text="Ý kiến một, Lan sửa")
    history = hoa.changes.of_meeting(meeting_id=meeting.id)
    about = [(c.who, c.action, c.fields) for c in history if c.kind == "opinions"]
    assert about == [("Lan", "update", ("text",)), ("Hoa", "create", ("text",))] or about == [
        ("Lan", "update", ("text",)), ("Hoa", "create", ())]
    assert any(c.kind == "meetings" and c.action == "create" and c.who == "Hoa" for c in history)
    assert all(abs(c.at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)
               for c in history)


def test_the_task_history_names_who_corrected_and_who_reported(db, two):
    hoa, lan = two
    data = seed(db)
    task = hoa.tasks.create(content="Xây dựng chuyên trang", deadline="30/6/2020",
                            lead_agency_id=data.agency("Báo Hải Dương"), assigned_on="11/6/2020")
    lan.tasks.update(task_id=task.id, content="Xây dựng chuyên trang Đại hội")
    lan.tasks.add_progress(task_id=task.id, text="Đã xong 50%", reported_on="20/6/2020")
    history = hoa.changes.of_task(task_id=task.id)
    said = {(c.who, c.kind, c.action) for c in history}
    assert {("Hoa", "tasks", "create"), ("Lan", "tasks", "update"),
            ("Lan", "task_progress", "create")} <= said
    assert next(c for c in history if c.action == "update").fields == ("content",)


def test_who_has_the_meeting_open_and_until_when(db, two):
    hoa, lan = two
    data = seed(db)
    meeting = hold_meeting(hoa, data)
    mine = PresenceBoard(hoa.db, machine="PC-01")
    theirs = PresenceBoard(lan.db, machine="PC-02")
    mine.beat(meeting.id)
    theirs.beat(meeting.id)
    assert [(v.who, v.machine) for v in mine.others(meeting.id)] == [("Lan", "PC-02")]
    assert [(v.who, v.machine) for v in theirs.others(meeting.id)] == [("Hoa", "PC-01")]
    theirs.leave()
    assert mine.others(meeting.id) == []
    # a program that stopped without leaving is forgotten after the timeout
    theirs.beat(meeting.id)
    from sqlalchemy import update

    from core import models as m

    with lan.db.engine.begin() as conn:
        conn.execute(update(m.Presence.__table__).values(
            seen_at=m.Presence.__table__.c.seen_at - TIMEOUT - dt.timedelta(seconds=5)))
    assert mine.others(meeting.id) == []


def test_a_meeting_detail_changed_by_another_is_a_conflict_field_by_field(db, two):
    from core.errors import EditConflict

    hoa, lan = two
    data = seed(db)
    meeting = hold_meeting(hoa, data)
    lan.meetings.update(meeting_id=meeting.id, place="Phòng họp số 2")
    # Hoa's screen still shows the old place: her title goes in, another field is no conflict
    hoa.meetings.update(meeting_id=meeting.id, title="Tên mới",
                        expected={"title": meeting.title})
    with pytest.raises(EditConflict) as caught:
        hoa.meetings.update(meeting_id=meeting.id, place="Hội trường A",
                            expected={"place": meeting.place})
    assert (caught.value.mine, caught.value.theirs) == ("Hội trường A", "Phòng họp số 2")
    assert "Lan sửa lúc" in caught.value.message()
    # both typed the same: nothing to choose between
    hoa.meetings.update(meeting_id=meeting.id, place="Phòng họp số 2",
                        expected={"place": meeting.place})
    stored = hoa.meetings.get(meeting_id=meeting.id)
    assert (stored.title, stored.place) == ("Tên mới", "Phòng họp số 2")
