"""Creating the agencies, people and seats of an imported register, under the register rules.

Duplicates follow the register services: an agency is the same when its name folds alike
(NFC, case, tone placement), and a merged agency stands for its successor; a person is the
same when the name folds alike within the same agency. What exists is reused, never copied;
blank fields of a reused record are filled in, filled ones are left as they are.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.errors import AppError, DuplicateError, ValidationError
from core.excel.register_import import AgencyCandidate, MemberCandidate, RegisterPreview
from core.services.agencies import _search_key as agency_search_key
from core.services.memberships import _check_overlap, default_rank
from core.services.people import _search_key as person_search_key
from core.validate import email as valid_email
from core.validate import optional, required

DEFAULT_ROLE = "Thành viên"  # a row without a role: an ordinary member (rank of Ủy viên)
_SHOWN_ROWS = 20


@dataclass
class RegisterImportResult:
    agencies_created: int = 0
    agencies_reused: int = 0
    people_created: int = 0
    people_reused: int = 0
    members_added: int = 0
    already_members: list[str] = field(default_factory=list)  # names that already had a seat


def chosen(preview: RegisterPreview, accepted_rows: Iterable[int] | None
           ) -> list[MemberCandidate | AgencyCandidate]:
    """The rows to import; refused as a whole when one of them has an error."""
    if accepted_rows is None:
        rows = list(preview.rows)
    else:
        wanted = set(accepted_rows)
        rows = [row for row in preview.rows if row.row in wanted]
    if not rows:
        raise AppError("import_nothing_chosen")
    bad = [str(row.row) for row in rows if row.errors]
    if bad:
        shown = ", ".join(bad[:_SHOWN_ROWS]) + ("…" if len(bad) > _SHOWN_ROWS else "")
        raise ValidationError("import_rows_have_errors", rows=shown)
    return rows


def _checked(row: int, check, *args, **kwargs):
    """Run a core.validate check; its error comes back naming the row."""
    try:
        return check(*args, **kwargs)
    except ValidationError as exc:
        raise ValidationError("import_register_row", row=row, reason=exc.as_message()) from exc


class _Registry:
    """Agencies and people found or made during one import, so a name met twice is one record."""

    def __init__(self, session: Session, result: RegisterImportResult) -> None:
        self.session = session
        self.result = result
        self.agencies: dict[str, m.Agency] = {}
        self.people: dict[tuple[str, int | None], m.Person] = {}
        self.reused_agencies: set[int] = set()
        self.reused_people: set[int] = set()

    def agency(self, row: int, name: str, short_name: str = "") -> m.Agency:
        key = text.duplicate_key(name)
        found = self.agencies.get(key)
        if found is not None:
            return found
        agency = self.session.scalars(
            select(m.Agency).where(m.Agency.dup_key == key)
            .order_by(m.Agency.merged_into_id.is_not(None), m.Agency.id)).first()
        merged = agency is not None and agency.merged_into_id is not None
        while agency is not None and agency.merged_into_id is not None:
            agency = self.session.get(m.Agency, agency.merged_into_id)
        if agency is None:
            name = _checked(row, required, name, field="name", label="Tên cơ quan", limit=m.NAME)
            short = _checked(row, optional, short_name, field="short_name",
                             label="Tên viết tắt", limit=m.SHORT)
            agency = m.Agency(name=name, short_name=short, search_key=agency_search_key(name, short),
                              dup_key=key)
            self.session.add(agency)
            self.session.flush()
            self.result.agencies_created += 1
        else:
            # A merged agency's abbreviation is not its successor's.
            if short_name and not agency.short_name and not merged:
                agency.short_name = _checked(row, optional, short_name, field="short_name",
                                             label="Tên viết tắt", limit=m.SHORT)
                agency.search_key = agency_search_key(agency.name, agency.short_name)
            if agency.id not in self.reused_agencies:
                self.reused_agencies.add(agency.id)
                self.result.agencies_reused += 1
        self.agencies[key] = agency
        return agency

    def person(self, candidate: MemberCandidate) -> m.Person:
        row = candidate.row
        agency = self.agency(row, candidate.agency) if candidate.agency else None
        agency_id = agency.id if agency is not None else None
        key = (text.duplicate_key(candidate.full_name), agency_id)
        person = self.people.get(key)
        if person is None:
            query = select(m.Person).where(m.Person.dup_key == key[0])
            query = query.where(m.Person.agency_id.is_(None) if agency_id is None
                                else m.Person.agency_id == agency_id)
            person = self.session.scalars(query.order_by(m.Person.id)).first()
            if person is None:
                person = self._new_person(candidate, agency)
            elif person.id not in self.reused_people:
                self.reused_people.add(person.id)
                self.result.people_reused += 1
                self._fill_blanks(person, candidate)
            self.people[key] = person
        return person

    def _new_person(self, candidate: MemberCandidate, agency: m.Agency | None) -> m.Person:
        row = candidate.row
        name = _checked(row, required, candidate.full_name, field="full_name", label="Họ và tên",
                        limit=m.NAME)
        person = m.Person(
            full_name=name, agency=agency, dup_key=text.duplicate_key(name),
            position=_checked(row, optional, candidate.position, field="position",
                              label="Chức vụ", limit=m.LONG_LINE),
            phone=_checked(row, optional, candidate.phone, field="phone", label="Điện thoại",
                           limit=m.SHORT),
            email=_checked(row, valid_email, candidate.email or None))
        person.search_key = person_search_key(person)
        self.session.add(person)
        self.session.flush()
        self.result.people_created += 1
        return person

    def _fill_blanks(self, person: m.Person, candidate: MemberCandidate) -> None:
        row = candidate.row
        if candidate.position and not person.position:
            person.position = _checked(row, optional, candidate.position, field="position",
                                       label="Chức vụ", limit=m.LONG_LINE)
        if candidate.phone and not person.phone:
            person.phone = _checked(row, optional, candidate.phone, field="phone",
                                    label="Điện thoại", limit=m.SHORT)
        if candidate.email and not person.email:
            person.email = _checked(row, valid_email, candidate.email)
        if not person.is_active:
            person.is_active = True  # listed as a member now: back in the pick lists
        person.search_key = person_search_key(person)


def import_agencies(session: Session, rows: Sequence[AgencyCandidate]) -> RegisterImportResult:
    result = RegisterImportResult()
    registry = _Registry(session, result)
    for candidate in rows:
        registry.agency(candidate.row, candidate.name, candidate.short_name)
    return result


def import_members(session: Session, rows: Sequence[MemberCandidate], *, committee_id: int,
                   start_date: dt.date | None) -> RegisterImportResult:
    result = RegisterImportResult()
    registry = _Registry(session, result)
    for candidate in rows:
        person = registry.person(candidate)
        role = _checked(candidate.row, required, candidate.role or DEFAULT_ROLE, field="role",
                        label="Chức danh trong ban", limit=m.SHORT)
        seat = m.Membership(committee_id=committee_id, person=person, role=role,
                            position=candidate.position or person.position,
                            rank=default_rank(role), start_date=start_date)
        try:
            _check_overlap(session, seat)
        except DuplicateError:
            result.already_members.append(person.full_name)
            continue
        session.add(seat)
        session.flush()
        result.members_added += 1
    return result
