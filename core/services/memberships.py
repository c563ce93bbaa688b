"""Seats on a committee over time: add, end (kiện toàn), change role, and who sat on a given day.

A seat is never rewritten when someone's role changes: the old seat ends and a new one starts,
so a 2019 document still lists the 2019 members with their 2019 roles and positions.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from core import models as m
from core import text
from core.db import Database
from core.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from core.messages import Message
from core.services.agencies import agency_name_on
from core.services.common import KEEP, Keep, given
from core.services.people import get_person
from core.validate import date_vn, optional, parse_date, required

# Roles in protocol order (the order members are listed in a decision or minutes), with the rank
# that puts them there. Matched on folded text, so "Uỷ viên" and "Ủy viên" are the same role.
_ROLE_RANKS = (
    ("Trưởng ban", 10),
    ("Phó Trưởng ban thường trực", 20),
    ("Phó Trưởng ban", 30),
    ("Ủy viên thường trực", 40),
    ("Ủy viên", 50),
    ("Thành viên", 50),
    ("Thư ký", 60),
    ("Tổ giúp việc", 70),
)
ROLES: tuple[str, ...] = tuple(role for role, _ in _ROLE_RANKS)
OTHER_RANK = 80

DateInput = dt.date | str | None


def default_rank(role: str) -> int:
    """The protocol rank of a role as people type it: "Trưởng Tiểu ban", "Phó Trưởng ban Thường
    trực", "Uỷ viên", "Thành viên Tổ giúp việc" all land where a document expects them."""
    words = text.fold(role).replace("tieu ban", "ban").split()
    if "to giup viec" in " ".join(words):
        return 70
    best, best_length = OTHER_RANK, 0
    for name, rank in _ROLE_RANKS:
        known = text.fold(name).split()
        if words[:len(known)] == known and len(known) > best_length:
            best, best_length = rank, len(known)
    return best


@dataclass(frozen=True)
class MemberRecord:
    id: int  # the membership (seat), not the person
    committee_id: int
    person_id: int
    full_name: str
    role: str
    position: str | None  # chức vụ during this seat
    rank: int
    agency_name: str | None  # as the agency was called on the day asked for
    start_date: dt.date | None
    end_date: dt.date | None
    phone: str | None
    email: str | None
    note: str | None


def _record(seat: m.Membership, on: dt.date | None = None) -> MemberRecord:
    person = seat.person
    agency = person.agency
    agency_name = None if agency is None else agency_name_on(agency, on) if on else agency.name
    return MemberRecord(seat.id, seat.committee_id, person.id, person.full_name, seat.role,
                        seat.position, seat.rank, agency_name, seat.start_date, seat.end_date,
                        person.phone, person.email, seat.note)


def _protocol_key(r: MemberRecord) -> tuple:
    return (r.rank, text.person_sort_key(r.full_name), r.start_date or dt.date.min)


def _name_key(r: MemberRecord) -> tuple:
    return (text.person_sort_key(r.full_name), r.rank, r.start_date or dt.date.min)


def get_membership(session: Session, membership_id: int) -> m.Membership:
    seat = session.get(m.Membership, membership_id)
    if seat is None:
        raise NotFoundError(kind="thành viên", id=membership_id)
    return seat


def _role(value: str) -> str:
    return required(value, field="role", label="Chức danh trong ban", limit=m.SHORT)


def _position(value: str | None) -> str | None:
    return optional(value, field="position", label="Chức vụ", limit=m.LONG_LINE)


_DATE_LABELS = {"start_date": "Ngày bắt đầu", "end_date": "Ngày kết thúc",
                "effective": "Ngày thay đổi", "on": "Ngày xem"}


def _date(value: DateInput, field: str) -> dt.date | None:
    return parse_date(value, field=field, label=_DATE_LABELS[field])


def _require_committee(session: Session, committee_id: int) -> None:
    if session.get(m.Committee, committee_id) is None:
        raise NotFoundError(kind="ban", id=committee_id)


def _check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("dates_reversed", field="Ngày kết thúc", field_name="end_date",
                              start=date_vn(start), end=date_vn(end))


def _check_overlap(session: Session, seat: m.Membership) -> None:
    """One person holds at most one seat on a committee at a time (a role change is a new seat
    that starts the day after the old one ends)."""
    query = select(m.Membership).where(m.Membership.committee_id == seat.committee_id,
                                       m.Membership.person_id == seat.person.id)
    if seat.id is not None:
        query = query.where(m.Membership.id != seat.id)
    if seat.end_date is not None:
        query = query.where(or_(m.Membership.start_date.is_(None),
                                m.Membership.start_date <= seat.end_date))
    if seat.start_date is not None:
        query = query.where(or_(m.Membership.end_date.is_(None),
                                m.Membership.end_date >= seat.start_date))
    other = session.scalars(query.order_by(m.Membership.start_date)).first()
    if other is not None:
        raise DuplicateError("duplicate_member", field="Thành viên", field_name="person_id",
                             person=seat.person.full_name, start=date_vn(other.start_date) or Message("from_the_start"))


def _members_query(committee_id: int):
    return (select(m.Membership).where(m.Membership.committee_id == committee_id)
            .options(selectinload(m.Membership.person).selectinload(m.Person.agency)
                     .selectinload(m.Agency.old_names)))


class MembershipMethods:
    """The membership half of :class:`~core.services.committees.CommitteeService`."""

    db: Database

    def add_member(self, *, committee_id: int, person_id: int, role: str,
                   position: str | None = None, rank: int | None = None,
                   start_date: DateInput = None, end_date: DateInput = None,
                   note: str | None = None) -> MemberRecord:
        """Give a person a seat. Without ``position`` the person's current position is copied
        (it is what documents of this seat print); without ``rank`` the role decides it."""
        role, position = _role(role), _position(position)
        start, end = _date(start_date, "start_date"), _date(end_date, "end_date")
        note = optional(note, field="note", label="Ghi chú", multiline=True)
        _check_dates(start, end)
        with self.db.transaction() as session:
            _require_committee(session, committee_id)
            person = get_person(session, person_id)
            if not person.is_active and (end is None or end >= dt.date.today()):
                raise ConflictError("inactive", kind="Người", name=person.full_name)
            seat = m.Membership(committee_id=committee_id, person=person, role=role,
                                position=position if position is not None else person.position,
                                rank=default_rank(role) if rank is None else int(rank),
                                start_date=start, end_date=end, note=note)
            _check_overlap(session, seat)
            session.add(seat)
            session.flush()
            return _record(seat)

    def get_member(self, *, membership_id: int) -> MemberRecord:
        with self.db.reading() as session:
            return _record(get_membership(session, membership_id))

    def update_member(self, *, membership_id: int, role: str | Keep = KEEP,
                      position: str | None | Keep = KEEP, rank: int | None | Keep = KEEP,
                      start_date: DateInput | Keep = KEEP, end_date: DateInput | Keep = KEEP,
                      note: str | None | Keep = KEEP) -> MemberRecord:
        """Correct a seat as it was entered (a typo, a wrong date). A real change of role is
        :meth:`change_role`, which keeps the old seat. A new role without a rank (or rank None)
        takes the role's default rank."""
        with self.db.transaction() as session:
            seat = get_membership(session, membership_id)
            if given(role):
                seat.role = _role(role)
                if not given(rank):
                    rank = None
            if given(rank):
                seat.rank = default_rank(seat.role) if rank is None else int(rank)
            if given(position):
                seat.position = _position(position)
            if given(note):
                seat.note = optional(note, field="note", label="Ghi chú", multiline=True)
            if given(start_date):
                seat.start_date = _date(start_date, "start_date")
            if given(end_date):
                seat.end_date = _date(end_date, "end_date")
            _check_dates(seat.start_date, seat.end_date)
            _check_overlap(session, seat)
            session.flush()
            return _record(seat)

    def end_membership(self, *, membership_id: int, end_date: DateInput) -> MemberRecord:
        """Kiện toàn: the person leaves the committee on ``end_date`` (the last day, inclusive);
        the seat stays so documents up to that day still list them."""
        end = _date(end_date, "end_date")
        if end is None:
            raise ValidationError("required", field="Ngày kết thúc", field_name="end_date")
        with self.db.transaction() as session:
            seat = get_membership(session, membership_id)
            _check_dates(seat.start_date, end)
            seat.end_date = end
            _check_overlap(session, seat)
            session.flush()
            return _record(seat)

    def change_role(self, *, membership_id: int, role: str, position: str | None = None,
                    rank: int | None = None, effective: DateInput = None) -> MemberRecord:
        """A new role from ``effective`` (default today): the current seat ends the day before and
        a new seat starts, so both the old and the new role stay in the record. Without
        ``position`` the seat's position carries over; without ``rank`` the new role decides."""
        role, position = _role(role), _position(position)
        day = _date(effective, "effective") or dt.date.today()
        with self.db.transaction() as session:
            seat = get_membership(session, membership_id)
            if seat.start_date is not None and day <= seat.start_date:
                raise ValidationError("change_not_after_start", field="Ngày thay đổi",
                                      field_name="effective", role=seat.role,
                                      effective=date_vn(day), start=date_vn(seat.start_date))
            if seat.end_date is not None and day > seat.end_date:
                raise ConflictError("membership_ended", role=seat.role,
                                    person=seat.person.full_name, end=date_vn(seat.end_date))
            new = m.Membership(committee_id=seat.committee_id, person=seat.person, role=role,
                               position=position if position is not None else seat.position,
                               rank=default_rank(role) if rank is None else int(rank),
                               start_date=day, end_date=seat.end_date)
            seat.end_date = day - dt.timedelta(days=1)
            session.flush()
            _check_overlap(session, new)
            session.add(new)
            session.flush()
            return _record(new)

    def delete_member(self, *, membership_id: int) -> None:
        """Remove a seat entered by mistake. Someone who left is ended, not deleted."""
        with self.db.transaction() as session:
            session.delete(get_membership(session, membership_id))

    def members(self, *, committee_id: int, on: DateInput = None, include_past: bool = False,
                by_name: bool = False) -> list[MemberRecord]:
        """Who sat on the committee on ``on`` (default today), in protocol order (rank, then given
        name) as documents list them, or by given name with ``by_name`` for pick lists.

        ``include_past`` gives every seat ever held (past, current, future), for the history view.
        """
        day = _date(on, "on") or dt.date.today()
        with self.db.reading() as session:
            _require_committee(session, committee_id)
            query = _members_query(committee_id)
            if not include_past:
                query = query.where(
                    or_(m.Membership.start_date.is_(None), m.Membership.start_date <= day),
                    or_(m.Membership.end_date.is_(None), m.Membership.end_date >= day))
            rows = [_record(s, None if include_past else day) for s in session.scalars(query)]
        return sorted(rows, key=_name_key if by_name else _protocol_key)

    def members_sorted_by_name(self, *, committee_id: int, on: DateInput = None,
                               include_past: bool = False) -> list[MemberRecord]:
        return self.members(committee_id=committee_id, on=on, include_past=include_past,
                            by_name=True)


__all__ = ["MemberRecord", "MembershipMethods", "OTHER_RANK", "ROLES", "default_rank",
           "get_membership"]
