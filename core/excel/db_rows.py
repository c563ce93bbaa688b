"""Task rows and known tasks straight from the database, for the command line.

A stand-in until the task service exists (it will own these queries): plain SQLAlchemy 2.0
``select()`` over core.models, columns only (no ORM objects), so 100,000 tasks stay cheap.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from core import models as m
from core.errors import NotFoundError
from core.excel.rows import SheetHeading, TaskRow
from core.excel.statuses import task_status
from core.services.task_queries import task_filters
from core.services.task_sources import notice_numbers

if TYPE_CHECKING:  # the reader of returned forms loads only when importing them
    from core.db import Database
    from core.excel.progress_import import KnownTask

OTHER_GROUP = "Nhiệm vụ khác"
_CHUNK = 500  # codes per IN (…) query


def _group_label(title: str | None, starts_at: dt.datetime | None) -> str:
    if title is None:
        return OTHER_GROUP
    day = f"{starts_at:%d/%m/%Y}" if starts_at else ""
    return title if not day or day in title else f"{title} ngày {day}"


BATCH = 200  # tasks read from the database at a time while exporting


def load_task_rows(db, *, today: dt.date, **filters) -> list[TaskRow]:
    """All the rows of :func:`iter_task_rows` in a list (for what needs them all at once, such
    as the forms grouped by agency)."""
    return list(iter_task_rows(db, today=today, **filters))


def iter_task_rows(db: Database, *, today: dt.date, batch: int = BATCH, **filters) -> Generator[TaskRow, None, None]:
    """Tasks in meeting order (tasks without a meeting last), grouped by meeting, each with its
    lead (agency, or person), coordinators, conclusion notice number and computed status.

    ``filters`` are the task register's (core.services.task_queries.task_filters): an export
    lists exactly what the register shows. Rows are read ``batch`` at a time, with their
    coordinators and notices, inside one read transaction: the export sees the data of one
    moment, and its memory does not grow with the number of tasks."""
    clauses = task_filters(today=today, **filters)
    lead_person = aliased(m.Person)
    query = (
        select(m.Task.id, m.Task.code, m.Task.content, m.Task.deadline_text, m.Task.due_date,
               m.Task.original_due_date, m.Task.extension_count, m.Task.completed_on,
               m.Task.last_progress, m.Task.meeting_id, m.Meeting.title, m.Meeting.starts_at,
               m.Agency.name, lead_person.full_name)
        .outerjoin(m.Meeting, m.Task.meeting_id == m.Meeting.id)
        .outerjoin(m.Agency, m.Task.lead_agency_id == m.Agency.id)
        .outerjoin(lead_person, m.Task.lead_person_id == lead_person.id)
        .where(*clauses)
        .order_by(m.Meeting.starts_at.is_(None), m.Meeting.starts_at, m.Meeting.id, m.Task.id)
        .execution_options(yield_per=batch)
    )
    with db.reading() as session:
        last_meeting: object = object()
        group = ""
        for tasks in session.execute(query).partitions():
            coordinators = _coordinators(session, [task[0] for task in tasks])
            notices = notice_numbers(session, {task[9] for task in tasks})
            for (task_id, code, content, deadline_text, due, original_due, extensions, completed,
                 progress, meeting, title, starts_at, agency_name, person_name) in tasks:
                if meeting != last_meeting:  # a meeting's tasks come together: one label each
                    last_meeting, group = meeting, _group_label(title, starts_at)
                note = ""
                if extensions:
                    note = f"Gia hạn {extensions} lần"
                    if original_due:
                        note += f" (hạn đầu {original_due:%d/%m/%Y})"
                yield TaskRow(
                    code=code, content=content, group=group,
                    source_document=notices.get(meeting, ""),  # type: ignore[arg-type]  # None: no meeting, no notice
                    lead_agency=agency_name or person_name or "",
                    coordinators=tuple(coordinators.get(task_id, ())),
                    deadline_text=deadline_text or "", due_date=due, progress=progress or "",
                    completed_on=completed, status=task_status(due, completed, today), note=note)


def _coordinators(session: Session, task_ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(task_ids), _CHUNK):
        query = (select(m.TaskCoordinator.task_id, m.Agency.name)
                 .join(m.Agency, m.TaskCoordinator.agency_id == m.Agency.id)
                 .where(m.TaskCoordinator.task_id.in_(task_ids[start:start + _CHUNK]))
                 .order_by(m.TaskCoordinator.task_id, m.TaskCoordinator.position))
        for task_id, name in session.execute(query):
            result[task_id].append(name)
    return result


def heading_for(db, *, committee_id: int | None = None, meeting_id: int | None = None,
                agency_id: int | None = None) -> SheetHeading:
    """The title block for an export: the committee's header lines and a title naming the
    committee, meeting or agency the list is for."""
    with db.reading() as session:
        committee = meeting = agency = None
        if meeting_id is not None:
            meeting = session.get(m.Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(kind="cuộc họp", id=meeting_id)
            committee = meeting.committee
        if committee_id is not None:
            committee = session.get(m.Committee, committee_id)
            if committee is None:
                raise NotFoundError(kind="ban", id=committee_id)
        if agency_id is not None:
            agency = session.get(m.Agency, agency_id)
            if agency is None:
                raise NotFoundError(kind="cơ quan", id=agency_id)
        if committee is None:
            committees = session.scalars(select(m.Committee).where(m.Committee.is_active)
                                         .limit(2)).all()
            committee = committees[0] if len(committees) == 1 else None
        title = "BẢNG THEO DÕI NHIỆM VỤ"
        if meeting is not None:
            title += f" THEO KẾT LUẬN {_group_label(meeting.title, meeting.starts_at).upper()}"
        elif committee is not None:
            title += f" CỦA {committee.name.upper()}"
        if agency is not None:
            title += f" GIAO {agency.name.upper()}"
        lines: tuple[str, ...] = ()
        style = ""  # several committees' tasks: no one committee's heading over them
        if committee is not None:
            lines = tuple(line.upper() for line in (committee.parent_body, committee.issuing_body
                                                    or committee.name) if line)
            style = committee.style
        return SheetHeading(agency_lines=lines, style=style, title=title)


class DatabaseTasks(Mapping[str, "KnownTask"]):
    """Known tasks looked up by code when asked: an agency's form names a few hundred tasks,
    the database may hold half a million."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, KnownTask | None] = {}

    def _fetch(self, codes: list[str]) -> None:
        from core.excel.progress_import import KnownTask

        with self.db.reading() as session:
            query = (select(m.Task.code, m.Task.last_progress, m.Task.completed_on,
                            m.Task.due_date, m.Task.updated_at, m.Task.assigned_on)
                     .where(m.Task.code.in_(codes)))
            for code, progress, completed, due, updated, assigned in session.execute(query):
                self._cache[code] = KnownTask(code, progress or "", completed, due, updated,
                                              assigned)
        for code in codes:
            self._cache.setdefault(code, None)

    def prefetch(self, codes: Iterable[str]) -> None:
        """Look up many codes at once (the reader calls this per batch of rows)."""
        missing = sorted({code for code in codes if code and code not in self._cache})
        for start in range(0, len(missing), _CHUNK):
            self._fetch(missing[start:start + _CHUNK])

    def __getitem__(self, code: str) -> KnownTask:
        if code not in self._cache:
            self._fetch([code])
        known = self._cache[code]
        if known is None:
            raise KeyError(code)
        return known

    def __iter__(self) -> Iterator[str]:
        with self.db.reading() as session:
            return iter(session.scalars(select(m.Task.code)).all())

    def __len__(self) -> int:
        with self.db.reading() as session:
            return session.scalar(select(func.count()).select_from(m.Task)) or 0
