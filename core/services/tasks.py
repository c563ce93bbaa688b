"""Tasks (nhiệm vụ): drawn from a conclusion, followed up until done, counted each quarter.

Two kinds of change, two rules. What the minutes say (content, lead, coordinators, deadline as
set, the link to the conclusion) is frozen once the meeting is finalised, like the rest of the
minutes. Follow-up (progress reports, completion, reopening, extensions) goes on for months
after and is always allowed; an extension keeps the old deadline in its own history.
"""
from __future__ import annotations

import builtins
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.deadlines import Deadline, parse_deadline
from core.errors import ConflictError, ValidationError
from core.services import task_fulltext, versions
from core.services.common import KEEP, Keep, given
from core.services.task_search import refresh_search_key, reindex_tasks
from core.services.meeting_common import ensure_editable, ensure_same_meeting, get_row, meeting_day
from core.services.task_queries import (
    AgencyCount,
    TaskRecord,
    load_task_records,
    order_clauses,
    task_filters,
    task_select,
)
from core.services.task_sources import notice_numbers
from core.services.reminder_history import reminders_of
from core.status import TaskStatus, open_clause, status_case, status_clause
from core.validate import date_vn, optional, parse_date, required

_KIND = "nhiệm vụ"
# Due date, no deadline last, then creation order. NULLS LAST (SQLite 3.30+, PostgreSQL) lets
# SQLite walk ix_tasks_due_date instead of sorting the whole register.
_URGENT_FIRST = (m.Task.due_date.asc().nulls_last(), m.Task.id)
CONTENT_LIMIT = 20_000


@dataclass(frozen=True)
class ProgressRecord:
    id: int
    task_id: int
    reported_on: dt.date
    text: str
    reported_by: str | None
    source_file: str | None


@dataclass(frozen=True)
class DeadlineChangeRecord:
    id: int
    task_id: int
    changed_on: dt.date
    old_text: str
    old_due_date: dt.date | None
    new_text: str
    new_due_date: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class TaskHistory:
    progress: tuple[ProgressRecord, ...]            # oldest first
    deadline_changes: tuple[DeadlineChangeRecord, ...]
    reminders: tuple = ()                            # core.services.reminders.ReminderRecord


def make_code(task: m.Task) -> str:
    """"NV-2026-000123": the year assigned and the row id, fixed at creation and never changed,
    so a sheet sent out years ago still matches its task."""
    return f"NV-{task.assigned_on.year}-{task.id:06d}"


class TaskService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- setting tasks -------------------------------------------------------------------

    def create(self, *, content: str, deadline: str | dt.date | Deadline,
               meeting_id: int | None = None, conclusion_point_id: int | None = None,
               lead_agency_id: int | None = None, lead_person_id: int | None = None,
               coordinator_ids: Iterable[int] = (), assigned_on: dt.date | str | None = None,
               today: dt.date | None = None) -> TaskRecord:
        """A task with one lead (agency or person), any coordinators and a deadline as written.
        ``assigned_on`` defaults to the meeting's date, else today."""
        content = _content(content)
        if lead_agency_id is None and lead_person_id is None:
            raise ValidationError("lead_required", field_name="lead_agency_id")
        today = today or dt.date.today()
        assigned = parse_date(assigned_on, field="assigned_on", label="Ngày giao")
        with self.db.transaction() as session:
            meeting = None
            if conclusion_point_id is not None:
                point = get_row(session, m.ConclusionPoint, conclusion_point_id, "điểm kết luận")
                if meeting_id is not None:
                    ensure_same_meeting(point, meeting_id, "Điểm kết luận")
                meeting_id = point.meeting_id
            if meeting_id is not None:
                meeting = ensure_editable(get_row(session, m.Meeting, meeting_id, "cuộc họp"))
            assigned = assigned or (meeting_day(meeting) if meeting else today)
            parsed = parse_deadline(deadline, today=assigned)
            _check_deadline(parsed, assigned, meeting)
            task = m.Task(code=f"tmp-{uuid.uuid4().hex}", meeting_id=meeting_id,
                          conclusion_point_id=conclusion_point_id, content=content,
                          assigned_on=assigned, deadline_kind=parsed.kind,
                          deadline_text=parsed.text, due_date=parsed.due_date,
                          original_due_date=parsed.due_date, extension_count=0)
            _set_leads(session, task, lead_agency_id, lead_person_id, coordinator_ids)
            session.add(task)
            session.flush()
            task.code = make_code(task)
            refresh_search_key(session, task)
            return self._record(session, task.id, today)

    def update(self, *, task_id: int, content: str | Keep = KEEP,
               deadline: str | dt.date | Deadline | Keep = KEEP,
               assigned_on: dt.date | str | Keep = KEEP,
               conclusion_point_id: int | None | Keep = KEEP,
               today: dt.date | None = None,
               expected_version: int | None = None) -> TaskRecord:
        """Correct what was recorded. A new deadline here is a correction, not an extension: it
        also becomes the original deadline unless the task was already extended.
        ``expected_version``: the version the user was editing; when someone else has saved the
        task since, an EditConflict carries both contents and nothing is written."""
        mine = content if given(content) else ""
        with self.db.transaction() as session, versions.saving(
                self.db, m.Task, task_id, kind="Nhiệm vụ", mine=mine,
                theirs=lambda row: row.content):
            task = _task(session, task_id)
            versions.check_version(task, expected_version, kind="Nhiệm vụ", mine=mine,
                                   theirs=lambda row: row.content)
            meeting = _definition_editable(session, task)
            if given(content):
                task.content = _content(content)
            if assigned_on is not KEEP:  # given() cannot narrow a union of two types (mypy)
                task.assigned_on = parse_date(assigned_on, field="assigned_on", label="Ngày giao") \
                    or task.assigned_on
            if given(conclusion_point_id):
                if conclusion_point_id is not None:
                    point = get_row(session, m.ConclusionPoint, conclusion_point_id, "điểm kết luận")
                    if task.meeting_id is None:
                        raise ValidationError("wrong_meeting", kind="Điểm kết luận")
                    ensure_same_meeting(point, task.meeting_id, "Điểm kết luận")
                task.conclusion_point_id = conclusion_point_id
            if deadline is not KEEP:  # as above
                parsed = parse_deadline(deadline, today=task.assigned_on)
                _check_deadline(parsed, task.assigned_on, meeting)
                task.deadline_kind, task.deadline_text = parsed.kind, parsed.text
                task.due_date = parsed.due_date
                if task.extension_count == 0:
                    task.original_due_date = parsed.due_date
            elif given(assigned_on):
                _check_deadline(Deadline(task.deadline_kind, task.deadline_text, task.due_date),
                                task.assigned_on, meeting)
            if task.completed_on is not None and task.completed_on < task.assigned_on:
                raise ValidationError("completed_before_assigned", field_name="assigned_on",
                                      completed=date_vn(task.completed_on),
                                      assigned=date_vn(task.assigned_on))
            refresh_search_key(session, task)
            return self._record(session, task.id, today)

    def reassign(self, *, task_id: int, lead_agency_id: int | None | Keep = KEEP,
                 lead_person_id: int | None | Keep = KEEP,
                 coordinator_ids: Iterable[int] | Keep = KEEP,
                 today: dt.date | None = None) -> TaskRecord:
        """Change who leads and who coordinates; one lead is still required."""
        with self.db.transaction() as session:
            task = _task(session, task_id)
            _definition_editable(session, task)
            agency = lead_agency_id if given(lead_agency_id) else task.lead_agency_id
            person = lead_person_id if given(lead_person_id) else task.lead_person_id
            if agency is None and person is None:
                raise ValidationError("lead_required", field_name="lead_agency_id")
            coordinators = (coordinator_ids if given(coordinator_ids)
                            else [c.agency_id for c in task.coordinators])
            _set_leads(session, task, agency, person, coordinators)
            session.flush()
            refresh_search_key(session, task)
            return self._record(session, task.id, today)

    def split(self, *, task_id: int, parts: Sequence[str], today: dt.date | None = None) -> list[TaskRecord]:
        """Split one task into several with the same lead, coordinators, deadline and source.

        The original becomes the first part (it keeps its code, progress and history, so sheets
        already sent still match); each further part is a new task. Nothing is counted twice.
        """
        contents = [_content(p) for p in parts if text.clean(p, multiline=True)]
        if len(contents) < 2:
            raise ValidationError("split_parts", field_name="parts")
        with self.db.transaction() as session:
            task = _task(session, task_id)
            _definition_editable(session, task)
            task.content = contents[0]
            refresh_search_key(session, task)
            ids = [task.id]
            for body in contents[1:]:
                part = m.Task(code=f"tmp-{uuid.uuid4().hex}", meeting_id=task.meeting_id,
                              conclusion_point_id=task.conclusion_point_id, content=body,
                              assigned_on=task.assigned_on, deadline_kind=task.deadline_kind,
                              deadline_text=task.deadline_text, due_date=task.due_date,
                              original_due_date=task.original_due_date,
                              extension_count=task.extension_count, completed_on=task.completed_on)
                _set_leads(session, part, task.lead_agency_id, task.lead_person_id,
                           [c.agency_id for c in task.coordinators])
                session.add(part)
                session.flush()
                part.code = make_code(part)
                refresh_search_key(session, part)
                ids.append(part.id)
            session.flush()
            records = {r.id: r for r in load_task_records(
                session, task_select().where(m.Task.id.in_(ids)), today=today or dt.date.today())}
            return [records[i] for i in ids]

    def delete(self, *, task_id: int) -> None:
        """Delete a task with its progress and extensions (refused for finalised minutes)."""
        with self.db.transaction() as session:
            task = _task(session, task_id)
            _definition_editable(session, task)
            session.delete(task)

    # --- follow-up -----------------------------------------------------------------------

    def add_progress(self, *, task_id: int, text: str, reported_on: dt.date | str | None = None,
                     reported_by: str | None = None, source_file: str | None = None,
                     today: dt.date | None = None) -> TaskRecord:
        """Record a report; the task's "Tình hình thực hiện" shows the most recent one."""
        body = required(text, field="text", label="Tình hình thực hiện", limit=100_000, multiline=True)
        today = today or dt.date.today()
        reported = parse_date(reported_on, field="reported_on", label="Ngày báo cáo") or today
        reported_by = optional(reported_by, field="reported_by", label="Người báo cáo", limit=m.NAME)
        source_file = optional(source_file, field="source_file", label="Tệp nguồn", limit=m.LONG_LINE)
        with self.db.transaction() as session:
            task = _task(session, task_id)
            session.add(m.TaskProgress(task_id=task.id, reported_on=reported, text=body,
                                       reported_by=reported_by, source_file=source_file))
            session.flush()
            task.last_progress = session.scalar(
                select(m.TaskProgress.text).where(m.TaskProgress.task_id == task.id)
                .order_by(m.TaskProgress.reported_on.desc(), m.TaskProgress.id.desc()).limit(1))
            return self._record(session, task.id, today)

    def mark_done(self, *, task_id: int, completed_on: dt.date | str,
                  today: dt.date | None = None) -> TaskRecord:
        today = today or dt.date.today()
        done = parse_date(completed_on, field="completed_on", label="Ngày hoàn thành")
        if done is None:
            raise ValidationError("required", field="Ngày hoàn thành", field_name="completed_on")
        check_completed_on(done, assigned_on=None, today=today)
        with self.db.transaction() as session:
            task = _task(session, task_id)
            check_completed_on(done, assigned_on=task.assigned_on, today=today)
            task.completed_on = done
            return self._record(session, task.id, today)

    def reopen(self, *, task_id: int, today: dt.date | None = None) -> TaskRecord:
        """Back to "in progress" (marked done by mistake, or the work turned out unfinished)."""
        with self.db.transaction() as session:
            task = _task(session, task_id)
            task.completed_on = None
            return self._record(session, task.id, today)

    def extend_deadline(self, *, task_id: int, new_deadline: str | dt.date | Deadline,
                        reason: str | None = None, changed_on: dt.date | str | None = None,
                        today: dt.date | None = None) -> TaskRecord:
        """Gia hạn: the task takes the new deadline, the old one is kept in the history, the
        original deadline stays, and the extension is counted."""
        today = today or dt.date.today()
        reason = optional(reason, field="reason", label="Lý do gia hạn", limit=10_000, multiline=True)
        changed = parse_date(changed_on, field="changed_on", label="Ngày gia hạn") or today
        with self.db.transaction() as session:
            task = _task(session, task_id)
            if task.completed_on is not None:
                raise ConflictError("task_completed", completed=date_vn(task.completed_on))
            parsed = parse_deadline(new_deadline, today=max(task.assigned_on, changed))
            old_due = task.due_date
            if old_due is not None and parsed.due_date is not None and parsed.due_date <= old_due:
                raise ValidationError("deadline_not_later", field_name="new_deadline",
                                      new=parsed.text, old=task.deadline_text)
            session.add(m.TaskDeadlineChange(
                task_id=task.id, changed_on=changed, old_text=task.deadline_text, old_due_date=old_due,
                new_text=parsed.text, new_due_date=parsed.due_date, reason=reason))
            if task.original_due_date is None and task.extension_count == 0:
                task.original_due_date = old_due
            task.deadline_kind, task.deadline_text = parsed.kind, parsed.text
            task.due_date = parsed.due_date
            task.extension_count += 1
            return self._record(session, task.id, today)

    # --- reading -------------------------------------------------------------------------

    def get(self, *, task_id: int, today: dt.date | None = None) -> TaskRecord:
        with self.db.reading() as session:
            _task(session, task_id)
            return self._record(session, task_id, today)

    def history(self, *, task_id: int) -> TaskHistory:
        with self.db.reading() as session:
            _task(session, task_id)
            progress = session.scalars(select(m.TaskProgress).where(m.TaskProgress.task_id == task_id)
                                       .order_by(m.TaskProgress.reported_on, m.TaskProgress.id))
            changes = session.scalars(
                select(m.TaskDeadlineChange).where(m.TaskDeadlineChange.task_id == task_id)
                .order_by(m.TaskDeadlineChange.changed_on, m.TaskDeadlineChange.id))
            return TaskHistory(
                tuple(ProgressRecord(p.id, p.task_id, p.reported_on, p.text, p.reported_by, p.source_file)
                      for p in progress),
                tuple(DeadlineChangeRecord(c.id, c.task_id, c.changed_on, c.old_text, c.old_due_date,
                                           c.new_text, c.new_due_date, c.reason) for c in changes),
                reminders_of(session, task_id))

    def list(self, *, today: dt.date | None = None, limit: int | None = None, offset: int = 0,
             order_by: str = "due", descending: bool = False, **filters) -> list[TaskRecord]:
        """The register, filtered in SQL with :func:`task_filters`'s filters (``agency_id``
        matches the lead or a coordinator, ``lead_only`` the lead alone). Ordered by
        ``order_by`` (a key of ``ORDER_KEYS``; by default the due date, no deadline last), then
        by id."""
        today = today or dt.date.today()
        with self.db.reading() as session:
            clauses, found = _register_filters(session, today, filters)
            if found is not None:
                clauses.append(found.clause)
            order = order_clauses(order_by, descending=descending, today=today)
            query = (task_select().where(*clauses).order_by(*order)
                     .limit(limit).offset(offset or None))
            return load_task_records(session, query, today=today)

    def count(self, *, today: dt.date | None = None, **filters) -> int:
        """How many tasks :meth:`list` would return with the same filters (for paging)."""
        today = today or dt.date.today()
        with self.db.reading() as session:
            clauses, found = _register_filters(session, today, filters)
            if found is not None:
                clauses.append(self._count_clause(session, clauses, found))
                if len(clauses) == 1 and found.matches is not None:
                    return found.matches  # the index counted them already
            return _count(session, clauses)

    @staticmethod
    def _count_clause(session: Session, clauses: builtins.list, found: task_fulltext.SearchPlan):
        """Many matches and other filters: test the words on the rows the other filters keep
        when those are fewer, else intersect with the index's matches (same answer, faster)."""
        if found.few or found.matches is None or not clauses:
            return found.clause
        if _count(session, clauses) * 2 <= found.matches:
            return found.clause
        return task_fulltext.fts_clause(list(found.words))

    def notices(self, *, meeting_ids: Iterable[int | None]) -> dict[int, str]:
        """The conclusion notice of each meeting that has one: "TB số 25-TB/BCĐ ngày …"."""
        with self.db.reading() as session:
            return notice_numbers(session, meeting_ids)

    def open_tasks_of_agency(self, *, agency_id: int, today: dt.date | None = None,
                             lead_only: bool = False) -> builtins.list[TaskRecord]:
        """What an agency still has to do (as lead or coordinator), most urgent first."""
        today = today or dt.date.today()
        clauses = task_filters(today=today, agency_id=agency_id, lead_only=lead_only)
        query = (task_select().where(open_clause(), *clauses)
                 .order_by(*_URGENT_FIRST))
        with self.db.reading() as session:
            return load_task_records(session, query, today=today)

    def due_between(self, *, start: dt.date, end: dt.date, open_only: bool = False,
                    today: dt.date | None = None) -> builtins.list[TaskRecord]:
        """Tasks whose deadline falls in [start, end] (both included): the reminders of a week,
        or the "due in this quarter" line of a report."""
        today = today or dt.date.today()
        query = task_select().where(m.Task.due_date >= start, m.Task.due_date <= end)
        if open_only:
            query = query.where(open_clause())
        with self.db.reading() as session:
            return load_task_records(session, query.order_by(m.Task.due_date, m.Task.id), today=today)

    def overdue_count_by_agency(self, *, today: dt.date | None = None) -> builtins.list[AgencyCount]:
        """Open overdue tasks per lead agency, most first (coordinators are not counted, so a
        task counts once)."""
        today = today or dt.date.today()
        counts = (select(m.Task.lead_agency_id.label("agency_id"), func.count().label("n"))
                  .where(status_clause(TaskStatus.OVERDUE, today=today),
                         m.Task.lead_agency_id.is_not(None))
                  .group_by(m.Task.lead_agency_id).subquery())
        query = (select(counts.c.agency_id, m.Agency.name, counts.c.n)
                 .join(m.Agency, m.Agency.id == counts.c.agency_id))
        with self.db.reading() as session:
            rows = [AgencyCount(*row) for row in session.execute(query)]
        return sorted(rows, key=lambda r: (-r.count, text.sort_key(r.agency_name)))

    def counts_by_status(self, *, today: dt.date | None = None, **filters) -> dict[TaskStatus, int]:
        """How many tasks are in each status (every status present, zeros included), with the
        same filters as :meth:`list`: the numbers of a quarterly report."""
        today = today or dt.date.today()
        code = status_case(today=today)
        query = (select(code, func.count()).select_from(m.Task)
                 .where(*task_filters(today=today, **filters)).group_by(code))
        with self.db.reading() as session:
            found = dict(session.execute(query).all())
        return {status: found.get(status.value, 0) for status in TaskStatus}

    def reindex(self, *, agency_id: int | None = None) -> int:
        """Refresh the search text of tasks naming ``agency_id`` (all tasks if None)."""
        with self.db.transaction() as session:
            return reindex_tasks(session, agency_id=agency_id)

    def _record(self, session: Session, task_id: int, today: dt.date | None) -> TaskRecord:
        session.flush()
        return load_task_records(session, task_select().where(m.Task.id == task_id),
                                 today=today or dt.date.today())[0]


def _register_filters(session: Session, today: dt.date, filters: Mapping[str, Any]
                      ) -> tuple[list[ColumnElement[bool]], task_fulltext.SearchPlan | None]:
    """The filters of :meth:`TaskService.list` and :meth:`TaskService.count`, built once: the
    register's clauses (:func:`task_filters`) and, apart, the plan for the typed words (None
    when nothing is typed), so that each picks the fastest form of the words' clause."""
    rest = dict(filters)
    search = rest.pop("search", "")
    return task_filters(today=today, **rest), task_fulltext.plan(session, search)


def check_completed_on(done: dt.date, *, assigned_on: dt.date | None, today: dt.date) -> None:
    """A completion date must be neither in the future nor before the task was assigned; shared
    with the import of agencies' returned forms, which sets the same date in bulk."""
    if done > today:
        raise ValidationError("completed_in_future", field_name="completed_on",
                              completed=date_vn(done), today=date_vn(today))
    if assigned_on is not None and done < assigned_on:
        raise ValidationError("completed_before_assigned", field_name="completed_on",
                              completed=date_vn(done), assigned=date_vn(assigned_on))


def _count(session: Session, clauses: list) -> int:
    return session.scalar(select(func.count()).select_from(m.Task).where(*clauses)) or 0


def _content(value: str) -> str:
    return required(value, field="content", label="Nội dung nhiệm vụ", limit=CONTENT_LIMIT,
                    multiline=True)


def _task(session: Session, task_id: int) -> m.Task:
    return get_row(session, m.Task, task_id, _KIND)


def _definition_editable(session: Session, task: m.Task) -> m.Meeting | None:
    """The meeting the task was set at, refusing if its minutes are finalised."""
    if task.meeting_id is None:
        return None
    return ensure_editable(get_row(session, m.Meeting, task.meeting_id, "cuộc họp"))


def _check_deadline(deadline: Deadline, assigned: dt.date, meeting: m.Meeting | None) -> None:
    due = deadline.due_date
    if due is None:
        return
    if meeting is not None and due < meeting_day(meeting):
        raise ValidationError("deadline_before_meeting", field_name="deadline",
                              deadline=deadline.text, meeting_date=date_vn(meeting_day(meeting)))
    if due < assigned:
        raise ValidationError("deadline_before_assigned", field_name="deadline",
                              deadline=deadline.text, assigned=date_vn(assigned))


def _set_leads(session: Session, task: m.Task, agency_id: int | None, person_id: int | None,
               coordinator_ids: Iterable[int]) -> None:
    """Set the lead and the coordinators (in the order given, without repeats, and without the
    lead agency: it cannot coordinate with itself). Links kept are updated, not re-created.

    A newly named agency or person must be active (a merged agency's work goes to its successor);
    links the task already had are kept even if their agency has since been deactivated."""
    existing = {link.agency_id: link for link in task.coordinators}
    known = {task.lead_agency_id, *existing}
    if agency_id is not None:
        _active_agency(session, agency_id, already_linked=agency_id in known, field="lead_agency_id")
    if person_id is not None:
        person = get_row(session, m.Person, person_id, "người")
        if not person.is_active and person_id != task.lead_person_id:
            raise ValidationError("inactive", kind="Người", name=person.full_name, field_name="lead_person_id")
    task.lead_agency_id, task.lead_person_id = agency_id, person_id
    wanted: list[int] = []
    for coordinator in coordinator_ids:
        if coordinator != agency_id and coordinator not in wanted:
            _active_agency(session, coordinator, already_linked=coordinator in known,
                           field="coordinator_ids")
            wanted.append(coordinator)
    task.coordinators = [existing.get(a) or m.TaskCoordinator(agency_id=a) for a in wanted]
    for position, link in enumerate(task.coordinators):
        link.position = position


def _active_agency(session: Session, agency_id: int, *, already_linked: bool, field: str) -> None:
    agency = get_row(session, m.Agency, agency_id, "cơ quan")
    if not agency.is_active and not already_linked:
        raise ValidationError("inactive", kind="Cơ quan", name=agency.name, field_name=field)


__all__ = ["DeadlineChangeRecord", "ProgressRecord", "TaskHistory", "TaskService", "check_completed_on",
           "make_code"]
