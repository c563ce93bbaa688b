"""The overview's morning numbers: late, due within seven days, next meetings, and meetings
whose minutes or notice are not issued."""
from __future__ import annotations

import datetime as dt

from core.services.overview import Today

D = dt.date
TODAY = D(2026, 3, 16)
NOW = dt.datetime(2026, 3, 16, 10, 0)


def make(services):
    committee = services.committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")
    other = services.committees.create(name="Tiểu ban", abbreviation="TB")
    agency = services.agencies.create(name="Sở Nội vụ").id

    def meeting(when, committee_id=committee.id, title="Phiên họp"):
        return services.meetings.create(committee_id=committee_id, kind="Phiên họp", title=title,
                                        starts_at=when).id

    past = meeting(dt.datetime(2026, 2, 2, 8), title="Phiên họp tháng 2")
    this_morning = meeting(dt.datetime(2026, 3, 16, 8), title="Phiên họp sáng nay")
    later_today = meeting(dt.datetime(2026, 3, 16, 14), title="Phiên họp chiều nay")
    next_week = meeting(dt.datetime(2026, 3, 23, 8), other.id, title="Phiên họp tuần sau")
    tasks = {}
    for name, deadline in (("late", "15/03/2026"), ("today", "16/03/2026"), ("seventh", "23/03/2026"),
                           ("eighth", "24/03/2026"), ("regular", "Thường xuyên")):
        tasks[name] = services.tasks.create(meeting_id=past, content=f"Việc {name}",
                                            lead_agency_id=agency, deadline=deadline,
                                            today=D(2026, 2, 2)).id
    return committee.id, {"past": past, "morning": this_morning, "afternoon": later_today,
                          "next_week": next_week}, tasks


def test_late_and_due_within_seven_days(services):
    committee, _, tasks = make(services)
    now = services.overview.today(today=TODAY, now=NOW)
    assert now.overdue_count == 1 and [t.id for t in now.overdue] == [tasks["late"]]
    assert now.due_soon_count == 2
    assert [t.id for t in now.due_soon] == [tasks["today"], tasks["seventh"]]  # soonest first
    assert services.tasks.count(today=TODAY, **Today.due_soon_filters(committee)) == 2


def test_next_meetings_from_now_on(services):
    _, meetings, _ = make(services)
    now = services.overview.today(today=TODAY, now=NOW)
    assert [m.id for m in now.next_meetings] == [meetings["afternoon"], meetings["next_week"]]
    assert now.next_meeting_count == 2


def test_meetings_without_minutes_or_notice(services, tmp_path):
    committee, meetings, _ = make(services)
    now = services.overview.today(today=TODAY, now=NOW)
    # This morning's meeting is not counted until it is marked held (its day has not passed).
    assert [x.meeting.id for x in now.undocumented] == [meetings["past"]]
    services.meetings.set_status(meeting_id=meetings["morning"], new_status="held")
    now = services.overview.today(today=TODAY, now=NOW)
    assert [x.meeting.id for x in now.undocumented] == [meetings["morning"], meetings["past"]]
    assert now.undocumented[0].missing == ("biên bản", "thông báo kết luận")
    # Its status was never moved on from "planned": the clerk insists (a draft).
    services.documents.write(meeting_id=meetings["past"], kind="minutes", path=tmp_path / "bb.docx",
                             insist=True)
    now = services.overview.today(today=TODAY, now=NOW)
    missing = {x.meeting.id: x.missing for x in now.undocumented}
    assert missing[meetings["past"]] == ("thông báo kết luận",)
    services.documents.write(meeting_id=meetings["past"], kind="notice", path=tmp_path / "tb.docx",
                             insist=True)
    now = services.overview.today(today=TODAY, now=NOW, committee_id=committee)
    assert [x.meeting.id for x in now.undocumented] == [meetings["morning"]]
    assert now.undocumented_count == 1
