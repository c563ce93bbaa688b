"""Templates per committee, drafts, meetings created with their agenda, and the years filter."""
import datetime as dt

import pytest

from core import errors
from core import models as m
from core.services.meeting_records import AgendaDraft
from core.text import tidy
from tests.core.meeting_data import hold_meeting, seed


@pytest.fixture
def data(db):
    return seed(db)


def test_a_meeting_is_created_with_its_agenda_in_one_go(services, data):
    tg = data.agency("Ban Tuyên giáo Tỉnh ủy")
    meeting = hold_meeting(services, data, agenda=[
        AgendaDraft("Đánh giá kết quả tuyên truyền", presenter_agency_id=tg, planned_minutes=30),
        AgendaDraft("Thảo luận", presenter_text="Các thành viên", planned_minutes=45)])
    assert [(i.number, i.title, i.presenter_text) for i in meeting.agenda] == [
        (1, "Đánh giá kết quả tuyên truyền", "Ban Tuyên giáo Tỉnh ủy"), (2, "Thảo luận", "Các thành viên")]
    assert meeting.total_planned_minutes == 75


def test_a_bad_agenda_line_creates_nothing(services, data):
    with pytest.raises(errors.ValidationError):
        hold_meeting(services, data, agenda=[AgendaDraft("Mục 1"), AgendaDraft(" ")])
    assert services.meetings.list() == []


def test_template_keeps_the_shape_of_a_meeting_and_forgets_deleted_presenters(services, data):
    meeting = hold_meeting(services, data)
    agency = services.agencies.create(name="Sở Tạm")
    services.meetings.add_agenda_item(meeting_id=meeting.id, title="Báo cáo", planned_minutes=20,
                                      presenter_agency_id=agency.id)
    services.meetings.add_agenda_item(meeting_id=meeting.id, title="Thảo luận")
    assert services.templates.get(committee_id=data.committee_id) is None
    saved = services.templates.save_from_meeting(meeting_id=meeting.id)
    assert [d.title for d in saved.agenda] == ["Báo cáo", "Thảo luận"]

    services.meetings.remove_agenda_item(item_id=services.meetings.get(meeting_id=meeting.id).agenda[0].id)
    services.agencies.delete(agency_id=agency.id)
    template = services.templates.get(committee_id=data.committee_id)
    assert (template.kind, template.title, template.place) == (meeting.kind, meeting.title, meeting.place)
    first = template.agenda[0]
    assert (first.title, first.presenter_agency_id, first.presenter_text, first.planned_minutes) == (
        "Báo cáo", None, "Sở Tạm", 20)
    again = hold_meeting(services, data, starts_at=dt.datetime(2020, 9, 1, 8), ends_at=None,
                         agenda=template.agenda)
    assert [i.title for i in again.agenda] == ["Báo cáo", "Thảo luận"]

    services.templates.delete(committee_id=data.committee_id)
    assert services.templates.get(committee_id=data.committee_id) is None


def test_an_unreadable_template_is_ignored(services, data, db):
    with db.transaction() as session:
        session.add(m.Setting(key=f"template.committee.{data.committee_id}", value="{not json"))
    assert services.templates.get(committee_id=data.committee_id) is None


def test_drafts_are_kept_until_cleared(services):
    assert services.drafts.get(name="opinion.1") is None
    services.drafts.save(name="opinion.1", value={"text": "Đang gõ dở", "speaker": ""})
    assert services.drafts.get(name="opinion.1") == {"text": "Đang gõ dở", "speaker": ""}
    services.drafts.clear(name="opinion.1")
    assert services.drafts.get(name="opinion.1") is None


def test_years_with_meetings_newest_first(services, data):
    hold_meeting(services, data)
    hold_meeting(services, data, starts_at=dt.datetime(2018, 3, 1, 8), ends_at=None)
    assert services.meetings.years() == [2020, 2018]
    assert services.meetings.years(committee_id=data.committee_id + 99) == []


def test_tidy_cleans_a_pasted_fragment_but_keeps_its_spacing():
    import unicodedata

    pasted = unicodedata.normalize("NFD", " Đồng\u00a0chí\u200b Phúc ")
    assert tidy(pasted) == " Đồng chí Phúc "
    assert unicodedata.is_normalized("NFC", tidy(pasted))
