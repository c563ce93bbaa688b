"""Agencies (cơ quan, đơn vị): add, edit, rename keeping history, merge, deactivate, delete."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.errors import AppError, DuplicateError, NotFoundError, ReferencedError
from core.messages import Message
from core.services.common import begins_a_word, describe_holders
from core.services.task_search import reindex_tasks
from core.validate import optional, required


@dataclass(frozen=True)
class AgencyRecord:
    id: int
    name: str
    short_name: str | None
    is_active: bool
    merged_into_id: int | None
    old_names: tuple[tuple[str, dt.date], ...] = ()


def _record(agency: m.Agency, *, with_history: bool = False) -> AgencyRecord:
    history = tuple((n.name, n.valid_until) for n in agency.old_names) if with_history else ()
    return AgencyRecord(agency.id, agency.name, agency.short_name, agency.is_active,
                        agency.merged_into_id, history)


def get_agency(session: Session, agency_id: int) -> m.Agency:
    agency = session.get(m.Agency, agency_id)
    if agency is None:
        raise NotFoundError(kind="cơ quan", id=agency_id)
    return agency


def agency_name_on(agency: m.Agency, day: dt.date) -> str:
    """The name the agency carried on ``day`` (old documents keep the old name)."""
    for old in agency.old_names:  # ordered by valid_until
        if day < old.valid_until:
            return old.name
    return agency.name


class AgencyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _check_duplicate(self, session: Session, name: str, *, exclude: int | None = None) -> None:
        key = text.duplicate_key(name)
        query = select(m.Agency).where(m.Agency.dup_key == key, m.Agency.merged_into_id.is_(None))
        if exclude is not None:
            query = query.where(m.Agency.id != exclude)
        existing = session.scalars(query).first()
        if existing is not None:
            raise DuplicateError("duplicate_agency", field="Tên cơ quan", field_name="name",
                                 existing=existing.name, value=name)

    def create(self, *, name: str, short_name: str | None = None) -> AgencyRecord:
        name = required(name, field="name", label="Tên cơ quan")
        short_name = optional(short_name, field="short_name", label="Tên viết tắt", limit=120)
        with self.db.transaction() as session:
            self._check_duplicate(session, name)
            agency = m.Agency(name=name, short_name=short_name, search_key=_search_key(name, short_name),
                              dup_key=text.duplicate_key(name))
            session.add(agency)
            session.flush()
            return _record(agency)

    def get(self, *, agency_id: int) -> AgencyRecord:
        with self.db.reading() as session:
            return _record(get_agency(session, agency_id), with_history=True)

    def list(self, *, search: str = "", include_inactive: bool = False) -> list[AgencyRecord]:
        """Agencies in Vietnamese A-Z order; ``search`` ignores diacritics (đ included)."""
        with self.db.reading() as session:
            query = select(m.Agency)
            if not include_inactive:
                query = query.where(m.Agency.is_active.is_(True))
            for word in text.search_words(search):
                query = query.where(begins_a_word(m.Agency.search_key, word))
            rows = [_record(a) for a in session.scalars(query)]
        return sorted(rows, key=lambda r: text.sort_key(r.name))

    def update(self, *, agency_id: int, short_name: str | None) -> AgencyRecord:
        """Edit what is not the name (a name change is a :meth:`rename`, which keeps history)."""
        short_name = optional(short_name, field="short_name", label="Tên viết tắt", limit=120)
        with self.db.transaction() as session:
            agency = get_agency(session, agency_id)
            agency.short_name = short_name
            agency.search_key = _search_key(agency.name, short_name)
            return _record(agency)

    def rename(self, *, agency_id: int, new_name: str, effective: dt.date | None = None) -> AgencyRecord:
        """Give the agency a new name from ``effective`` on; documents before keep the old one."""
        new_name = required(new_name, field="name", label="Tên cơ quan")
        effective = effective or dt.date.today()
        with self.db.transaction() as session:
            agency = get_agency(session, agency_id)
            if new_name == agency.name:
                return _record(agency, with_history=True)
            self._check_duplicate(session, new_name, exclude=agency.id)
            agency.old_names.append(m.AgencyName(name=agency.name, valid_until=effective))
            agency.name = new_name
            agency.search_key = _search_key(new_name, agency.short_name)
            agency.dup_key = text.duplicate_key(new_name)
            session.flush()
            reindex_tasks(session, agency_id=agency.id)
            return _record(agency, with_history=True)

    def merge(self, *, source_id: int, target_id: int) -> AgencyRecord:
        """Merge ``source`` into ``target``: its tasks, people and presenters move; the source
        stays (inactive, pointing to the target) so old records still show its name."""
        if source_id == target_id:
            raise AppError("merge_into_self")
        with self.db.transaction() as session:
            source = get_agency(session, source_id)
            target = get_agency(session, target_id)
            session.execute(update(m.Task).where(m.Task.lead_agency_id == source.id)
                            .values(lead_agency_id=target.id,
                                    lead_order=text.order_key(target.name)))
            already = set(session.scalars(
                select(m.TaskCoordinator.task_id).where(m.TaskCoordinator.agency_id == target.id)))
            for link in session.scalars(
                    select(m.TaskCoordinator).where(m.TaskCoordinator.agency_id == source.id)).all():
                if link.task_id in already:
                    session.delete(link)  # the task already names the target as coordinator
                else:
                    link.agency_id = target.id
            session.execute(update(m.Person).where(m.Person.agency_id == source.id)
                            .values(agency_id=target.id))
            session.execute(update(m.Agency).where(m.Agency.merged_into_id == source.id)
                            .values(merged_into_id=target.id))
            source.is_active = False
            source.merged_into_id = target.id
            session.flush()
            reindex_tasks(session, agency_id=target.id)
            return _record(target, with_history=True)

    def usage(self, *, agency_id: int) -> tuple[Message, ...]:
        """What points to the agency, counted ("3 nhiệm vụ chủ trì, 2 người thuộc cơ quan"):
        what a merge moves, or what stops a delete. Empty when nothing does."""
        with self.db.reading() as session:
            return _holders(session, get_agency(session, agency_id).id)

    def set_active(self, *, agency_id: int, active: bool) -> AgencyRecord:
        with self.db.transaction() as session:
            agency = get_agency(session, agency_id)
            agency.is_active = active
            return _record(agency)

    def delete(self, *, agency_id: int) -> None:
        """Delete an agency nothing points to; otherwise say what holds it."""
        with self.db.transaction() as session:
            agency = get_agency(session, agency_id)
            holders = _holders(session, agency.id)
            if holders:
                raise ReferencedError(kind="cơ quan", name=agency.name, holders=holders)
            session.delete(agency)


def _search_key(name: str, short_name: str | None) -> str:
    return text.fold(f"{name} {short_name or ''}")


def _holders(session: Session, agency_id: int) -> tuple[Message, ...]:
    """What points to an agency, counted: "3 nhiệm vụ chủ trì, 2 người thuộc cơ quan"."""
    return describe_holders(session, [
        ("holds_lead_tasks", select(func.count()).where(m.Task.lead_agency_id == agency_id)),
        ("holds_coordinated_tasks", select(func.count()).where(m.TaskCoordinator.agency_id == agency_id)),
        ("holds_agency_people", select(func.count()).where(m.Person.agency_id == agency_id)),
        ("holds_attendances", select(func.count()).where(m.Attendance.agency_id == agency_id)),
        ("holds_agency_agenda_items",
         select(func.count()).where(m.AgendaItem.presenter_agency_id == agency_id)),
        ("holds_merged_agencies", select(func.count()).where(m.Agency.merged_into_id == agency_id)),
    ])


__all__ = ["AgencyRecord", "AgencyService", "agency_name_on", "get_agency"]
