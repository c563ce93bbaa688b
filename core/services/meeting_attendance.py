"""Attendance (thành phần tham dự): members invited from the committee, guests, and who came.

Every row is a snapshot of the day: name, chức vụ and agency name are copied, so a later
reshuffle or agency merger does not rewrite the minutes.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from core import models as m
from core.db import Database
from core.errors import ValidationError
from core.services.agencies import agency_name_on
from core.services.meeting_common import (
    agency_name_of,
    editable_meeting,
    get_row,
    meeting_day,
)
from core.services.meeting_records import AttendanceRecord, attendance_record
from core.validate import choice, optional, required

_KIND = "người dự họp"
GUEST_RANK = 1000  # guests print after members


def invite_committee_members(session: Session, meeting: m.Meeting) -> int:
    """Add the committee's members on the meeting's day who are not on the list yet."""
    day = meeting_day(meeting)
    listed = set(session.scalars(select(m.Attendance.person_id).where(
        m.Attendance.meeting_id == meeting.id, m.Attendance.person_id.is_not(None))))
    seats = session.scalars(
        select(m.Membership)
        .options(selectinload(m.Membership.person).selectinload(m.Person.agency)
                 .selectinload(m.Agency.old_names))
        .where(m.Membership.committee_id == meeting.committee_id,
               or_(m.Membership.start_date.is_(None), m.Membership.start_date <= day),
               or_(m.Membership.end_date.is_(None), m.Membership.end_date >= day))
        .order_by(m.Membership.rank, m.Membership.id))
    added = 0
    for seat in seats:
        if seat.person_id in listed:
            continue
        listed.add(seat.person_id)
        person = seat.person
        session.add(m.Attendance(
            meeting_id=meeting.id, person_id=person.id, is_member=True, rank=seat.rank,
            name=person.full_name, position=seat.position or person.position,
            agency_id=person.agency_id, agency_name=agency_name_of(person, day), role=seat.role,
            status="invited"))
        added += 1
    session.flush()
    return added


class AttendanceOps:
    db: Database

    def invite_members(self, *, meeting_id: int) -> int:
        """Bring the list up to date with the committee (after a kiện toàn); returns how many
        members were added. Nobody already listed is touched."""
        with self.db.transaction() as session:
            return invite_committee_members(session, editable_meeting(session, meeting_id))

    def add_guest(self, *, meeting_id: int, name: str, position: str | None = None,
                  agency_id: int | None = None, agency_name: str | None = None,
                  person_id: int | None = None, name_is_title: bool = False) -> AttendanceRecord:
        """An invited guest (đại biểu mời). ``agency_name`` is typed text; with ``agency_id`` the
        register's name on the meeting's day is used unless a name is typed. ``name_is_title``:
        the name is a title or description ("Đại diện lãnh đạo Sở Du lịch"), printed once and
        without "đồng chí"."""
        name = required(name, field="name", label="Họ và tên")
        position = optional(position, field="position", label="Chức vụ")
        agency_name = optional(agency_name, field="agency_name", label="Cơ quan", limit=500)
        with self.db.transaction() as session:
            meeting = editable_meeting(session, meeting_id)
            if person_id is not None:
                get_row(session, m.Person, person_id, "người")
            if agency_id is not None:
                agency = get_row(session, m.Agency, agency_id, "cơ quan")
                agency_name = agency_name or agency_name_on(agency, meeting_day(meeting))
            last = session.scalar(select(func.max(m.Attendance.rank))
                                  .where(m.Attendance.meeting_id == meeting.id)) or 0
            row = m.Attendance(meeting_id=meeting.id, person_id=person_id, is_member=False,
                               rank=max(GUEST_RANK, last + 1), name=name, position=position,
                               agency_id=agency_id, agency_name=agency_name, status="invited",
                               name_is_title=bool(name_is_title) and person_id is None)
            session.add(row)
            session.flush()
            return attendance_record(row)

    def set_attendance(self, *, attendance_id: int, status: str, absence_reason: str | None = None,
                       substitute_name: str | None = None,
                       substitute_position: str | None = None) -> AttendanceRecord:
        """Mark one row. Absent may carry a reason; substituted needs the substitute's name (and
        may keep the member's reason). Details that do not fit the status are cleared."""
        status = choice(status, field="status", label="Tình trạng dự họp", choices=m.ATTENDANCE_STATUSES)
        reason = optional(absence_reason, field="absence_reason", label="Lý do vắng")
        substitute = optional(substitute_name, field="substitute_name", label="Người dự thay", limit=500)
        substitute_position = optional(substitute_position, field="substitute_position",
                                       label="Chức vụ người dự thay")
        if status == "substituted" and substitute is None:
            raise ValidationError("required", field="Người dự thay", field_name="substitute_name")
        with self.db.transaction() as session:
            row = get_row(session, m.Attendance, attendance_id, _KIND)
            editable_meeting(session, row.meeting_id)
            row.status = status
            row.absence_reason = reason if status in ("absent", "substituted") else None
            row.substitute_name = substitute if status == "substituted" else None
            row.substitute_position = substitute_position if status == "substituted" else None
            session.flush()
            return attendance_record(row)

    def remove_attendee(self, *, attendance_id: int) -> None:
        with self.db.transaction() as session:
            row = get_row(session, m.Attendance, attendance_id, _KIND)
            editable_meeting(session, row.meeting_id)
            session.delete(row)
