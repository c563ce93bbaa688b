"""Reading tasks in bulk: one SELECT with its joins, filters the database can answer from its
indexes, and records built without a query per row (the register holds 500,000 tasks)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, or_, select, union
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from core import models as m
from core.services.task_fulltext import like_clause, search_words
from core.status import due_soon as is_due_soon
from core.status import (
    TaskStatus,
    due_soon_clause,
    status_clause,
    statuses_clause,
    task_status,
)

_CHUNK = 500  # ids per IN (…) when fetching coordinators


@dataclass(frozen=True)
class TaskRecord:
    id: int
    code: str
    content: str
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: dt.date | None
    conclusion_point_id: int | None
    lead_agency_id: int | None
    lead_agency_name: str | None  # the agency's name now (tasks follow renames and mergers)
    lead_person_id: int | None
    lead_person_name: str | None
    coordinator_ids: tuple[int, ...]
    coordinator_names: tuple[str, ...]
    assigned_on: dt.date
    deadline_kind: str
    deadline_text: str
    due_date: dt.date | None
    original_due_date: dt.date | None
    extension_count: int
    completed_on: dt.date | None
    last_progress: str | None
    status: TaskStatus
    status_label: str
    due_soon: bool
    version: int = 1  # the stored version this record shows (several people editing at once)

    @property
    def lead_name(self) -> str:
        """Who leads, as printed: the agency, or the person when no agency leads."""
        return self.lead_agency_name or self.lead_person_name or ""


class AgencyCount(NamedTuple):
    agency_id: int
    agency_name: str
    count: int  # type: ignore[assignment]  # the field hides tuple.count, which nobody calls


_Lead = aliased(m.Agency, name="lead_agency")


def task_select() -> Select:
    """The columns a :class:`TaskRecord` needs; add WHERE / ORDER BY / LIMIT to it."""
    return (
        select(m.Task.id, m.Task.code, m.Task.content, m.Task.meeting_id, m.Meeting.title,
               m.Meeting.starts_at, m.Task.conclusion_point_id, m.Task.lead_agency_id, _Lead.name,
               m.Task.lead_person_id, m.Person.full_name, m.Task.assigned_on, m.Task.deadline_kind,
               m.Task.deadline_text, m.Task.due_date, m.Task.original_due_date,
               m.Task.extension_count, m.Task.completed_on, m.Task.last_progress, m.Task.version)
        .select_from(m.Task)
        .outerjoin(_Lead, _Lead.id == m.Task.lead_agency_id)
        .outerjoin(m.Person, m.Person.id == m.Task.lead_person_id)
        .outerjoin(m.Meeting, m.Meeting.id == m.Task.meeting_id)
    )


def coordinators_of(session: Session, task_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = {}
    for start in range(0, len(task_ids), _CHUNK):
        chunk = task_ids[start:start + _CHUNK]
        rows = session.execute(
            select(m.TaskCoordinator.task_id, m.Agency.id, m.Agency.name)
            .join(m.Agency, m.Agency.id == m.TaskCoordinator.agency_id)
            .where(m.TaskCoordinator.task_id.in_(chunk))
            .order_by(m.TaskCoordinator.task_id, m.TaskCoordinator.position))
        for task_id, agency_id, name in rows:
            found.setdefault(task_id, []).append((agency_id, name))
    return found


def load_task_records(session: Session, query: Select, *, today: dt.date) -> list[TaskRecord]:
    rows = session.execute(query).all()
    coordinators = coordinators_of(session, [row[0] for row in rows])
    records = []
    for (task_id, code, content, meeting_id, meeting_title, starts_at, point_id, lead_id, lead_name,
         person_id, person_name, assigned_on, kind, deadline_text, due, original, extensions, done,
         progress, version) in rows:
        coordinating = coordinators.get(task_id, [])
        status = task_status(due, done, today)
        records.append(TaskRecord(
            task_id, code, content, meeting_id, meeting_title, starts_at.date() if starts_at else None,
            point_id, lead_id, lead_name, person_id, person_name,
            tuple(a for a, _ in coordinating), tuple(n for _, n in coordinating), assigned_on, kind,
            deadline_text, due, original, extensions, done, progress, status, status.label,
            is_due_soon(due, done, today), version))
    return records


def agency_clause(agency_id: int, *, lead_only: bool = False) -> ColumnElement[bool]:
    """Tasks the agency leads, or (unless ``lead_only``) coordinates."""
    leads = m.Task.lead_agency_id == agency_id
    if lead_only:
        return leads
    # One list of ids rather than "lead OR coordinator": with an OR, SQLite may walk every
    # open task instead of the two small index ranges.
    ids = union(select(m.Task.id).where(leads),
                select(m.TaskCoordinator.task_id).where(m.TaskCoordinator.agency_id == agency_id))
    return m.Task.id.in_(ids)


def task_filters(*, today: dt.date, committee_id: int | None = None, meeting_id: int | None = None,
                 agency_id: int | None = None, lead_only: bool = False,
                 lead_person_id: int | None = None,
                 status: TaskStatus | str | Iterable[TaskStatus | str] | None = None,
                 due_from: dt.date | None = None, due_to: dt.date | None = None,
                 assigned_from: dt.date | None = None, assigned_to: dt.date | None = None,
                 completed_from: dt.date | None = None, completed_to: dt.date | None = None,
                 overdue_on: dt.date | None = None, extended: bool | None = None,
                 due_soon: bool = False, chased_late_on: dt.date | None = None,
                 search: str = "") -> list[ColumnElement[bool]]:
    """WHERE clauses for the register's filters, all answerable in SQL.

    ``lead_person_id``: tasks a person leads with no lead agency (a task led by an agency and a
    person counts with the agency). ``completed_to`` alone means "done by that day".
    ``overdue_on``: late on that day (due before it, not done by it), whatever today is.
    ``search``: every word begins a word of the task's text (core.services.task_fulltext; the
    services pick the fastest form of the same clause)."""
    clauses: list[ColumnElement[bool]] = []
    if committee_id is not None:
        clauses.append(m.Task.meeting_id.in_(
            select(m.Meeting.id).where(m.Meeting.committee_id == committee_id)))
    if meeting_id is not None:
        clauses.append(m.Task.meeting_id == meeting_id)
    if agency_id is not None:
        clauses.append(agency_clause(agency_id, lead_only=lead_only))
    if lead_person_id is not None:
        clauses.append(and_(m.Task.lead_person_id == lead_person_id, m.Task.lead_agency_id.is_(None)))
    if status is not None:
        if isinstance(status, (TaskStatus, str)):
            clauses.append(status_clause(status, today=today))
        else:
            clauses.append(_statuses(status, today))
    if due_from is not None:
        clauses.append(m.Task.due_date >= due_from)
    if due_to is not None:
        clauses.append(m.Task.due_date <= due_to)
    if assigned_from is not None:
        clauses.append(m.Task.assigned_on >= assigned_from)
    if assigned_to is not None:
        clauses.append(m.Task.assigned_on <= assigned_to)
    if completed_from is not None:
        clauses.append(m.Task.completed_on >= completed_from)
    if completed_to is not None:
        clauses.append(m.Task.completed_on <= completed_to)
    if overdue_on is not None:
        clauses.append(overdue_on_clause(overdue_on))
    if extended is not None:
        clauses.append(m.Task.extension_count > 0 if extended else m.Task.extension_count == 0)
    if due_soon:
        clauses.append(due_soon_clause(today=today))
    if chased_late_on is not None:
        clauses.append(chased_late_clause(chased_late_on))
    words = search_words(search)
    if words:
        clauses.append(like_clause(words))
    return clauses


_OPEN = frozenset({TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.REGULAR})
_DONE = frozenset({TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE})


def _statuses(status: Iterable[TaskStatus | str], today: dt.date) -> ColumnElement[bool]:
    """"Not done yet" and "done" as the one condition they are (the OR of their statuses would
    make the database read the whole register to list its first page)."""
    chosen = frozenset(map(TaskStatus, status))
    if chosen == _OPEN:
        return m.Task.completed_on.is_(None)
    if chosen == _DONE:
        return m.Task.completed_on.is_not(None)
    return statuses_clause(chosen, today=today)


def overdue_on_parts(day: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Late on ``day``, in two disjoint parts that each have an index: still open, and done
    only after that day. Both due before it."""
    return (and_(m.Task.completed_on.is_(None), m.Task.due_date < day),
            and_(m.Task.completed_on > day, m.Task.due_date < day))


def chased_late_clause(day: dt.date) -> ColumnElement[bool]:
    """Chased by a reminder letter and still late on ``day`` (not done, due before it)."""
    return and_(m.Task.completed_on.is_(None), m.Task.due_date < day,
                m.Task.id.in_(select(m.ReminderLetterTask.task_id)))


def overdue_on_clause(day: dt.date) -> ColumnElement[bool]:
    """Late on ``day``: due before it and not done by it (done later, or not at all)."""
    return or_(*overdue_on_parts(day))


# Sorting by status: late first, done last (core.status.status_group).
ORDER_KEYS = ("due", "content", "source", "lead", "coordinators", "status", "progress", "code",
              "assigned", "completed")


def order_clauses(key: str, *, descending: bool = False, today: dt.date) -> list:
    """ORDER BY for a register column; the task id breaks ties, empty values go last.

    Every order is read from an index, so the first page comes without sorting the register
    (500,000 tasks). Content, lead, coordinators and latest progress sort in Vietnamese order
    by keys stored with each task (core.text.order_key, kept by core.models); status by
    core.status.status_group and the due date (late first; the other way, exactly reversed).
    The source (meeting) sorts by the day the task was given, which is the meeting's day
    unless corrected: that order has an index, the meeting's own date would need a sort of the
    whole register. ``today`` is not needed any more: the status order holds on any day."""
    if key not in ORDER_KEYS:
        raise ValueError(f"order_by must be one of {ORDER_KEYS}, not {key!r}")
    task = m.Task
    # Keys that are empty for some tasks: a stand-in above every key puts those last going
    # up; going down, the flag saying whether there is a key goes first.
    optional = {"progress": (task.progress_order, task.has_progress),
                "coordinators": (task.coordinators_order, task.has_coordinators)}
    if key in optional:
        column, present = optional[key]
        if descending:
            return [present.desc(), column.desc(), task.id.desc()]
        return [column.asc(), task.id.asc()]
    required: dict[str, list[Any]] = {
        "content": [task.content_order], "lead": [task.lead_order],
        "status": [task.status_group, task.due_date],
    }
    if key in required:
        return [c.desc() if descending else c.asc() for c in (*required[key], task.id)]
    nullable: dict[str, list[Any]] = {
        "due": [task.due_date], "source": [task.assigned_on, task.meeting_id], "code": [],
        "assigned": [task.assigned_on], "completed": [task.completed_on],
    }
    columns = nullable[key]
    order = [(c.desc() if descending else c.asc()).nulls_last() for c in columns]
    return [*order, task.id.desc() if descending else task.id.asc()]


__all__ = ["ORDER_KEYS", "AgencyCount", "TaskRecord", "agency_clause", "coordinators_of",
           "chased_late_clause", "load_task_records", "order_clauses", "overdue_on_clause", "overdue_on_parts", "task_filters", "task_select"]
