"""People (members, speakers, chairs, signers): add, edit, find, deactivate, delete when unused."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.errors import DuplicateError, NotFoundError, ReferencedError
from core.messages import Message
from core.services.agencies import get_agency
from core.services.common import KEEP, Keep, begins_a_word, describe_holders, given
from core.validate import email as valid_email
from core.validate import optional, required


@dataclass(frozen=True)
class PersonRecord:
    id: int
    full_name: str
    position: str | None
    agency_id: int | None
    agency_name: str | None
    phone: str | None
    email: str | None
    is_active: bool


def _record(person: m.Person) -> PersonRecord:
    agency_name = person.agency.name if person.agency is not None else None
    return PersonRecord(person.id, person.full_name, person.position, person.agency_id,
                        agency_name, person.phone, person.email, person.is_active)


def get_person(session: Session, person_id: int) -> m.Person:
    person = session.get(m.Person, person_id)
    if person is None:
        raise NotFoundError(kind="người", id=person_id)
    return person


def _name(value: str) -> str:
    return required(value, field="full_name", label="Họ và tên")


def _position(value: str | None) -> str | None:
    return optional(value, field="position", label="Chức vụ", limit=m.LONG_LINE)


def _phone(value: str | None) -> str | None:
    return optional(value, field="phone", label="Điện thoại", limit=m.SHORT)


class PersonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _check_duplicate(self, session: Session, name: str, agency_id: int | None, *,
                         exclude: int | None = None) -> None:
        """Same name (after NFC and tone placement) in the same agency is the same person; the
        same name in another agency is someone else, as happens often with Vietnamese names."""
        query = select(m.Person).where(m.Person.dup_key == text.duplicate_key(name))
        if agency_id is None:
            query = query.where(m.Person.agency_id.is_(None))
        else:
            query = query.where(m.Person.agency_id == agency_id)
        if exclude is not None:
            query = query.where(m.Person.id != exclude)
        existing = session.scalars(query).first()
        if existing is not None:
            raise DuplicateError("duplicate_person", field="Họ và tên", field_name="full_name",
                                 existing=existing.full_name, value=name)

    def create(self, *, full_name: str, position: str | None = None, agency_id: int | None = None,
               phone: str | None = None, email: str | None = None) -> PersonRecord:
        full_name, position = _name(full_name), _position(position)
        phone, email = _phone(phone), valid_email(email)
        with self.db.transaction() as session:
            agency = get_agency(session, agency_id) if agency_id is not None else None
            self._check_duplicate(session, full_name, agency_id)
            person = m.Person(full_name=full_name, position=position, agency=agency, phone=phone,
                              email=email, dup_key=text.duplicate_key(full_name))
            person.search_key = _search_key(person)
            session.add(person)
            session.flush()
            return _record(person)

    def update(self, *, person_id: int, full_name: str | Keep = KEEP,
               position: str | None | Keep = KEEP, agency_id: int | None | Keep = KEEP,
               phone: str | None | Keep = KEEP, email: str | None | Keep = KEEP) -> PersonRecord:
        """Change the fields passed; :data:`KEEP` (the default) leaves one as it is, None clears it.

        Past meetings are not rewritten: they keep the name and position copied on their day.
        """
        with self.db.transaction() as session:
            person = get_person(session, person_id)
            if given(full_name):
                person.full_name = _name(full_name)
                person.dup_key = text.duplicate_key(person.full_name)
            if given(position):
                person.position = _position(position)
            if given(agency_id):
                person.agency = get_agency(session, agency_id) if agency_id is not None else None
            if given(phone):
                person.phone = _phone(phone)
            if given(email):
                person.email = valid_email(email)
            agency_now = person.agency.id if person.agency is not None else None
            self._check_duplicate(session, person.full_name, agency_now, exclude=person.id)
            person.search_key = _search_key(person)
            session.flush()
            return _record(person)

    def get(self, *, person_id: int) -> PersonRecord:
        with self.db.reading() as session:
            return _record(get_person(session, person_id))

    def list(self, *, search: str = "", agency_id: int | None = None,
             include_inactive: bool = False) -> list[PersonRecord]:
        """People by given name (tên), then full name; ``search`` ignores diacritics (đ too) and
        every word must match the name, position or agency (its current name, even if renamed)."""
        with self.db.reading() as session:
            # Plain columns, agency name by the join: ten thousand people in one query and no
            # ORM objects (the pick lists and the register load the whole list).
            query = (select(m.Person.id, m.Person.full_name, m.Person.position, m.Person.agency_id,
                            m.Agency.name, m.Person.phone, m.Person.email, m.Person.is_active)
                     .outerjoin(m.Agency, m.Person.agency_id == m.Agency.id))
            if not include_inactive:
                query = query.where(m.Person.is_active.is_(True))
            if agency_id is not None:
                query = query.where(m.Person.agency_id == agency_id)
            for word in text.search_words(search):
                query = query.where(or_(begins_a_word(m.Person.search_key, word),
                                        begins_a_word(m.Agency.search_key, word)))
            rows = [PersonRecord(*row) for row in session.execute(query)]
        return sorted(rows, key=lambda r: text.person_sort_key(r.full_name))

    def set_active(self, *, person_id: int, active: bool) -> PersonRecord:
        """Retire someone from the pick lists without losing the meetings they were part of."""
        with self.db.transaction() as session:
            person = get_person(session, person_id)
            person.is_active = active
            return _record(person)

    def delete(self, *, person_id: int) -> None:
        """Delete a person nothing points to (typed by mistake); otherwise say what holds them."""
        with self.db.transaction() as session:
            person = get_person(session, person_id)
            holders = _holders(session, person.id)
            if holders:
                raise ReferencedError(kind="người", name=person.full_name, holders=holders)
            session.delete(person)


def _search_key(person: m.Person) -> str:
    agency_name = person.agency.name if person.agency is not None else ""
    return text.fold(f"{person.full_name} {person.position or ''} {agency_name}")


def _holders(session: Session, person_id: int) -> tuple[Message, ...]:
    count = select(func.count())
    return describe_holders(session, [
        ("holds_person_memberships", count.where(m.Membership.person_id == person_id)),
        ("holds_chaired_meetings", count.where(m.Meeting.chair_id == person_id)),
        ("holds_minuted_meetings", count.where(m.Meeting.secretary_id == person_id)),
        ("holds_attendances", count.where(m.Attendance.person_id == person_id)),
        ("holds_opinions", count.where(m.Opinion.speaker_id == person_id)),
        ("holds_person_agenda_items",
         count.where(m.AgendaItem.presenter_person_id == person_id)),
        ("holds_person_tasks", count.where(m.Task.lead_person_id == person_id)),
        ("holds_default_signer", count.where(m.Committee.default_signer_id == person_id)),
    ])


__all__ = ["PersonRecord", "PersonService", "get_person"]
