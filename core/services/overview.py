"""The overview's morning look: what is late, what falls due in the next seven days, the next
meetings, and the meetings whose minutes or conclusion notice have not been issued.

"Due soon" is the register's flag: open and due from today to today + 7 days (a rolling week,
so the list is never empty on a Friday just because the calendar week ends on Sunday).
A meeting "without its documents" has taken place (marked held or finalised, or its day has
passed) and has no minutes (BB) or no conclusion notice (TB) issued from the program.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from core import models as m
from core.db import Database
from core.services.meeting_records import MeetingRecord
from core.services.task_queries import TaskRecord, load_task_records, task_filters, task_select
from core.status import TaskStatus

LIST_LIMIT = 8
DOCUMENTS = (("BB", "biên bản"), ("TB", "thông báo kết luận"))


@dataclass(frozen=True)
class MissingDocuments:
    meeting: MeetingRecord
    missing: tuple[str, ...]  # "biên bản", "thông báo kết luận"


@dataclass(frozen=True)
class Today:
    today: dt.date
    overdue_count: int
    overdue: tuple[TaskRecord, ...]        # most recently overdue first
    due_soon_count: int
    due_soon: tuple[TaskRecord, ...]       # soonest first
    next_meeting_count: int
    next_meetings: tuple[MeetingRecord, ...]
    undocumented_count: int
    undocumented: tuple[MissingDocuments, ...]  # latest first

    @staticmethod
    def overdue_filters(committee_id: int | None = None) -> dict:
        """The register's filters for the overdue number and list."""
        scope = {} if committee_id is None else {"committee_id": committee_id}
        return {**scope, "status": TaskStatus.OVERDUE.value}

    @staticmethod
    def due_soon_filters(committee_id: int | None = None) -> dict:
        scope = {} if committee_id is None else {"committee_id": committee_id}
        return {**scope, "due_soon": True}


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def setup_steps(self, *, today: dt.date | None = None) -> dict[str, bool]:
        """Which first steps of a new data file are done: an active committee, an active
        agency, a current member of an active committee, and every active committee's issuing
        body and place name filled in. Answered with EXISTS, however large the file."""
        today = today or dt.date.today()
        active = m.Committee.is_active.is_(True)
        current_seat = (
            select(m.Membership.id).join(m.Committee, m.Committee.id == m.Membership.committee_id)
            .where(active,
                   or_(m.Membership.start_date.is_(None), m.Membership.start_date <= today),
                   or_(m.Membership.end_date.is_(None), m.Membership.end_date >= today)))
        incomplete = select(m.Committee.id).where(active, or_(
            m.Committee.issuing_body.is_(None), m.Committee.issuing_body == "",
            m.Committee.place_name.is_(None), m.Committee.place_name == ""))
        with self.db.reading() as session:
            committees, agencies, members, missing = session.execute(select(
                exists(select(m.Committee.id).where(active)),
                exists(select(m.Agency.id).where(m.Agency.is_active.is_(True))),
                exists(current_seat), exists(incomplete))).one()
        return {"committees": bool(committees), "agencies": bool(agencies),
                "members": bool(members), "identity": bool(committees) and not missing}

    def today(self, *, committee_id: int | None = None, today: dt.date | None = None,
              now: dt.datetime | None = None, limit: int = LIST_LIMIT) -> Today:
        today = today or dt.date.today()
        now = now or dt.datetime.combine(today, dt.datetime.now().time())
        with self.db.reading() as session:
            overdue = task_filters(today=today, **Today.overdue_filters(committee_id))
            soon = task_filters(today=today, **Today.due_soon_filters(committee_id))
            return Today(
                today=today,
                overdue_count=_count(session, overdue),
                overdue=tuple(load_task_records(session, task_select().where(*overdue).order_by(
                    m.Task.due_date.desc(), m.Task.id.desc()).limit(limit), today=today)),
                due_soon_count=_count(session, soon),
                due_soon=tuple(load_task_records(session, task_select().where(*soon).order_by(
                    m.Task.due_date, m.Task.id).limit(limit), today=today)),
                next_meeting_count=_meeting_count(session, _upcoming(now, committee_id)),
                next_meetings=tuple(_meetings(session, _upcoming(now, committee_id),
                                              (m.Meeting.starts_at, m.Meeting.id), limit)),
                undocumented_count=_meeting_count(session, _undocumented(today, committee_id)),
                undocumented=tuple(_missing(session, _undocumented(today, committee_id), limit)),
            )


def _count(session: Session, clauses: list) -> int:
    return session.scalar(select(func.count()).select_from(m.Task).where(*clauses)) or 0


def _scope(committee_id: int | None) -> list:
    return [] if committee_id is None else [m.Meeting.committee_id == committee_id]


def _upcoming(now: dt.datetime, committee_id: int | None) -> list:
    return [m.Meeting.starts_at >= now, *_scope(committee_id)]


def _issued(doc_type: str):
    """A document written: a number only reserved (its write never finished) still shows the
    meeting as lacking it."""
    return exists().where(m.IssuedDocument.meeting_id == m.Meeting.id,
                          m.IssuedDocument.doc_type == doc_type,
                          m.IssuedDocument.state == "written")


def _undocumented(today: dt.date, committee_id: int | None) -> list:
    happened = or_(m.Meeting.status.in_(("held", "finalised")),
                   m.Meeting.starts_at < dt.datetime.combine(today, dt.time()))
    return [happened, not_(and_(*(_issued(code) for code, _ in DOCUMENTS))), *_scope(committee_id)]


def _meeting_count(session: Session, clauses: list) -> int:
    return session.scalar(select(func.count()).select_from(m.Meeting).where(*clauses)) or 0


def _meetings(session: Session, clauses: list, order, limit: int) -> list[MeetingRecord]:
    query = (select(m.Meeting.id, m.Meeting.committee_id, m.Committee.name,
                    m.Committee.abbreviation, m.Meeting.kind, m.Meeting.number, m.Meeting.title,
                    m.Meeting.starts_at, m.Meeting.ends_at, m.Meeting.place,
                    m.Meeting.chair_name, m.Meeting.status)
             .join(m.Committee, m.Committee.id == m.Meeting.committee_id)
             .where(*clauses).order_by(*order).limit(limit))
    return [MeetingRecord(*row) for row in session.execute(query)]  # type: ignore[call-arg]  # mypy cannot unpack a Row of more than ten typed columns


def _missing(session: Session, clauses: list, limit: int) -> list[MissingDocuments]:
    meetings = _meetings(session, clauses, (m.Meeting.starts_at.desc(), m.Meeting.id.desc()), limit)
    issued = set(session.execute(
        select(m.IssuedDocument.meeting_id, m.IssuedDocument.doc_type)
        .where(m.IssuedDocument.meeting_id.in_([x.id for x in meetings]),
               m.IssuedDocument.state == "written")).all())
    return [MissingDocuments(meeting, tuple(name for code, name in DOCUMENTS
                                            if (meeting.id, code) not in issued))
            for meeting in meetings]
