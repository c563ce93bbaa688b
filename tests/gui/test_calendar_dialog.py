"""Lịch họp năm from the meetings page: the plan typed in (a wrong date is said and the text
stays), shown in its month, turned into planned meetings, exported as .ics, and a meeting
opened from its month."""
from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from gui.calendar_dialog import CalendarDialog, CalendarFiles
from gui.operations import EVERYTHING


def texts(listing):
    return [listing.item(i).text() for i in range(listing.count())]


def test_plan_create_and_export(window, answers, qtbot, tmp_path, monkeypatch):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                           abbreviation="BCĐ")
    held = services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                    title="Phiên họp quý I/2026",
                                    starts_at=dt.datetime(2026, 3, 20, 8, 0))
    services.meetings.set_status(meeting_id=held.id, new_status="held")
    window.ops.announce(EVERYTHING)
    page = window.show_page("meetings")
    dialog = page.open_calendar()
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    assert texts(dialog.months[2]) == ["20/03 08:00 · Phiên họp quý I/2026 (đã họp)"]

    dialog.plan_date.setText("31/06/2026")
    dialog.plan_contents.setPlainText("Sơ kết 6 tháng")
    assert not dialog.add_plan_line()
    assert "không phải là ngày hợp lệ" in dialog.message.text()
    assert dialog.plan_date.text() == "31/06/2026" and dialog.plan_contents.toPlainText()
    dialog.plan_date.setText("30/06/2026")
    assert dialog.add_plan_line()
    assert texts(dialog.months[5]) == ["30/06 · Phiên họp định kỳ (kế hoạch, chưa tạo cuộc họp)"]

    created = dialog.create_meetings()
    assert len(created) == 1
    assert texts(dialog.months[5]) == [
        "30/06 08:00 · Phiên họp định kỳ tháng 6/2026 (dự kiến)"]
    assert dialog.summary.text() == "Năm 2026: đã họp 1, dự kiến 1."

    target = tmp_path / "lich.ics"
    monkeypatch.setattr(CalendarFiles, "save_ics", classmethod(lambda cls, parent, s: target))
    assert dialog.export_ics() == target
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk() if c.name == "VEVENT"]
    assert [str(e["SUMMARY"]) for e in events] == ["Phiên họp định kỳ tháng 6/2026"]
    assert "1. Sơ kết 6 tháng" in str(events[0]["DESCRIPTION"])

    dialog._open_item(dialog.months[2].item(0))
    assert page.workspace.meeting.id == held.id


def test_without_committee_nothing_can_be_planned(window, qtbot):
    dialog = CalendarDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.ics_button.isEnabled()
