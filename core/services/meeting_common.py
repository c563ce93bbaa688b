"""What every meeting operation needs: finding rows, refusing edits to finalised minutes, and
copying names and positions as they were on the meeting's day."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.errors import ConflictError, NotFoundError, ValidationError
from core.messages import Message
from core.services.agencies import agency_name_on

MEETING_STATUS_LABELS = {"planned": "Dự kiến", "held": "Đã họp", "finalised": "Đã chốt biên bản"}
ATTENDANCE_STATUS_LABELS = {"invited": "Được mời", "present": "Có mặt", "absent": "Vắng mặt",
                            "substituted": "Dự thay"}
OPINION_LIMIT = 200_000  # a long speech typed in full, or pasted from the speaker's text
POINT_LIMIT = 50_000


def get_row(session: Session, model: type, row_id: int, kind: str):
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(kind=kind, id=row_id)
    return row


def get_meeting(session: Session, meeting_id: int) -> m.Meeting:
    return get_row(session, m.Meeting, meeting_id, "cuộc họp")


def ensure_editable(meeting: m.Meeting) -> m.Meeting:
    """Finalised minutes do not change silently: reopening (with a reason) comes first."""
    if meeting.status == "finalised":
        raise ConflictError("meeting_finalised", title=meeting.title)
    return meeting


def editable_meeting(session: Session, meeting_id: int) -> m.Meeting:
    return ensure_editable(get_meeting(session, meeting_id))


def ensure_same_meeting(row, meeting_id: int, kind: str) -> None:
    if row.meeting_id != meeting_id:
        raise ValidationError("wrong_meeting", kind=kind)


def meeting_day(meeting: m.Meeting) -> dt.date:
    return meeting.starts_at.date()


def membership_on(session: Session, *, committee_id: int, person_id: int,
                  day: dt.date) -> m.Membership | None:
    """The person's seat on the committee on ``day`` (the highest-ranked if several)."""
    return session.scalars(
        select(m.Membership)
        .where(m.Membership.committee_id == committee_id, m.Membership.person_id == person_id,
               or_(m.Membership.start_date.is_(None), m.Membership.start_date <= day),
               or_(m.Membership.end_date.is_(None), m.Membership.end_date >= day))
        .order_by(m.Membership.rank, m.Membership.id)
        .limit(1)
    ).first()


def position_on(session: Session, person: m.Person, *, committee_id: int, day: dt.date) -> str | None:
    """What the person's chức vụ was on ``day`` for this committee: the seat's if it says, else
    the person's current one (the best the register knows)."""
    seat = membership_on(session, committee_id=committee_id, person_id=person.id, day=day)
    if seat is not None and seat.position:
        return seat.position
    return person.position


def agency_name_of(person: m.Person, day: dt.date) -> str | None:
    return agency_name_on(person.agency, day) if person.agency is not None else None


def positive(value: int | None, *, field: str, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("invalid_number", field=label, field_name=field, value=value)
    return value


def as_datetime(value: dt.datetime | dt.date | None, *, field: str, label: str) -> dt.datetime | None:
    """Meeting times are local wall-clock times; a bare date means the start of that day."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    raise ValidationError("invalid_date", field=label, field_name=field, value=value)


def time_vn(value: dt.datetime) -> Message:
    """"07:30 ngày 11/06/2020", said in the user's language."""
    return Message("time_on_day", time=f"{value:%H:%M}", day=f"{value:%d/%m/%Y}")


def renumber(rows) -> None:
    """Positions 1..n in the given order, so documents number without gaps."""
    for index, row in enumerate(rows, start=1):
        if row.position != index:
            row.position = index


def move_in(rows: list, row, new_index: int) -> list:
    """``rows`` with ``row`` moved to ``new_index`` (0-based, clamped to the list)."""
    rest = [r for r in rows if r is not row]
    new_index = max(0, min(new_index, len(rest)))
    rest.insert(new_index, row)
    return rest


def refresh_meeting_search_key(session: Session, meeting: m.Meeting) -> None:
    """The meeting's own words (title, kind, place, chair, agenda) folded for search; opinions and
    conclusions keep their own keys."""
    agenda = session.scalars(select(m.AgendaItem.title).where(m.AgendaItem.meeting_id == meeting.id))
    parts = [meeting.kind, meeting.title, meeting.place, meeting.chair_name, meeting.secretary_name,
             meeting.notes, *agenda]
    meeting.search_key = text.fold(" ".join(p for p in parts if p))
