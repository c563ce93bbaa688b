"""The meeting calendar: the year by month (held, planned, and plan lines), the plan turned into
planned meetings (agenda from its contents), and the .ics export read back with the icalendar
package: standard events with place and agenda, and the same UIDs on a second export."""
from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from core.calendar_ics import fold
from core.errors import ConflictError, ValidationError

D = dt.date


@pytest.fixture
def committee(services):
    return services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                      abbreviation="BCĐ").id


def read_ics(path):
    return Calendar.from_ical(path.read_bytes())


def test_the_plan_becomes_planned_meetings_and_fills_the_year(services, committee):
    cal = services.calendar
    held = services.meetings.create(committee_id=committee, kind="Phiên họp định kỳ",
                                    title="Phiên họp quý I/2026",
                                    starts_at=dt.datetime(2026, 3, 20, 8, 0))
    services.meetings.set_status(meeting_id=held.id, new_status="held")
    june = cal.add_plan_entry(committee_id=committee, planned_on="15/6/2026",
                              kind="Phiên họp định kỳ",
                              contents="- Sơ kết 6 tháng đầu năm\n- Nhiệm vụ 6 tháng cuối năm")
    cal.add_plan_entry(committee_id=committee, planned_on=D(2026, 12, 18),
                       kind="Hội nghị tổng kết", contents="Tổng kết năm 2026")
    cal.add_plan_entry(committee_id=committee, planned_on=D(2027, 1, 10), kind="Phiên họp")
    year = cal.year(committee_id=committee, year=2026)
    assert [len(mo.meetings) for mo in year.months][2] == 1 and year.held_count == 1
    assert [p.kind for p in year.months[5].plan] == ["Phiên họp định kỳ"]

    created = cal.create_meetings(committee_id=committee, year=2026)
    assert len(created) == 2
    meeting = services.meetings.get(meeting_id=created[0])
    assert meeting.status == "planned" and meeting.starts_at == dt.datetime(2026, 6, 15, 8, 0)
    assert meeting.title == "Phiên họp định kỳ tháng 6/2026"
    assert [item.title for item in meeting.agenda] == ["Sơ kết 6 tháng đầu năm",
                                                      "Nhiệm vụ 6 tháng cuối năm"]
    year = cal.year(committee_id=committee, year=2026)
    assert year.planned_count == 2 and not any(mo.plan for mo in year.months)
    assert cal.create_meetings(committee_id=committee, year=2026) == []  # no copies
    with pytest.raises(ConflictError):
        cal.create_meetings(committee_id=committee, year=2026, entry_ids=[june.id])


def test_a_plan_line_needs_a_real_date_and_a_kind(services, committee):
    with pytest.raises(ValidationError) as caught:
        services.calendar.add_plan_entry(committee_id=committee, planned_on="31/02/2026",
                                         kind="Phiên họp")
    assert caught.value.code == "invalid_date"
    with pytest.raises(ValidationError):
        services.calendar.add_plan_entry(committee_id=committee, planned_on="01/03/2026", kind=" ")


def test_ics_has_standard_events_with_stable_uids(services, committee, tmp_path):
    meeting = services.meetings.create(
        committee_id=committee, kind="Phiên họp định kỳ", title="Phiên họp quý II/2026",
        starts_at=dt.datetime(2026, 6, 15, 8, 30), ends_at=dt.datetime(2026, 6, 15, 11, 0),
        place="Phòng họp số 2, Trụ sở Tỉnh ủy; tầng 3")
    services.meetings.add_agenda_item(meeting_id=meeting.id,
                                      title="Sơ kết công tác thông tin đối ngoại 6 tháng đầu năm")
    other = services.meetings.create(committee_id=committee, kind="Phiên họp",
                                     title="Phiên họp tháng 9", starts_at=dt.datetime(2026, 9, 1, 14))
    done = services.meetings.create(committee_id=committee, kind="Phiên họp", title="Đã họp",
                                    starts_at=dt.datetime(2026, 2, 1, 8))
    services.meetings.set_status(meeting_id=done.id, new_status="held")

    first, count = services.calendar.write_ics(committee_id=committee, path=tmp_path / "a.ics",
                                               year=2026)
    assert count == 2
    events = [c for c in read_ics(first).walk() if c.name == "VEVENT"]
    assert [str(e["SUMMARY"]) for e in events] == ["Phiên họp quý II/2026", "Phiên họp tháng 9"]
    june = events[0]
    assert str(june["LOCATION"]) == "Phòng họp số 2, Trụ sở Tỉnh ủy; tầng 3"
    assert "1. Sơ kết công tác thông tin đối ngoại 6 tháng đầu năm" in str(june["DESCRIPTION"])
    assert june.decoded("DTSTART") == dt.datetime(2026, 6, 15, 1, 30, tzinfo=dt.UTC)  # 08:30 +07
    assert june.decoded("DTEND") == dt.datetime(2026, 6, 15, 4, 0, tzinfo=dt.UTC)
    assert events[1].decoded("DTEND") - events[1].decoded("DTSTART") == dt.timedelta(hours=2)

    services.meetings.update(meeting_id=other.id, place="Hội trường A")
    second, _ = services.calendar.write_ics(committee_id=committee, path=tmp_path / "b.ics",
                                            year=2026)
    again = [c for c in read_ics(second).walk() if c.name == "VEVENT"]
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]
    assert len({str(e["UID"]) for e in again}) == 2
    assert int(again[1]["SEQUENCE"]) >= int(events[1]["SEQUENCE"])
    assert str(again[1]["LOCATION"]) == "Hội trường A"


def test_long_vietnamese_lines_fold_between_characters():
    line = "SUMMARY:" + "Hội nghị tổng kết công tác thông tin đối ngoại " * 4
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_command_line_exports_the_calendar(services, committee, tmp_path, capsys):
    from core.cli import run_command

    services.meetings.create(committee_id=committee, kind="Phiên họp", title="Phiên họp tháng 9",
                             starts_at=dt.datetime(2026, 9, 1, 14))
    address = services.db.address  # the data file, or the server database's URL
    services.db.close()
    out = tmp_path / "lich.ics"
    code = run_command(["export", "calendar", "--committee", str(committee), "--year", "2026",
                        "--db", address, "--out", str(out)])
    assert code == 0 and "Đã ghi 1 cuộc họp dự kiến" in capsys.readouterr().out
    assert len([c for c in read_ics(out).walk() if c.name == "VEVENT"]) == 1
