"""The numbers of the periodic report and of the overview, and the tasks behind each number.

Every number is counted with the register's own filters (``measure_filters`` +
core.services.task_queries.task_filters), so a number clicked on the overview opens the
register on exactly the tasks it counted. What each number means: core.reports.model.

Scope: the tasks set at a committee's meetings (``committee_id``), or every task when None.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.documents.model import Recipients
from core.errors import ValidationError
from core.progress import Progress, no_progress
from core.reports.model import (
    MEASURES,
    Counts,
    LeadCounts,
    ReportData,
    ReportTask,
    Summary,
)
from core.reports.periods import Period
from core.services.committees import get_committee
from core.services.document_parts import (
    committee_identity,
    head_on,
    shared_settings,
    signature_for,
)
from core.services.settings import SIGNER_AUTHORITY
from core.services.task_queries import (
    TaskRecord,
    load_task_records,
    overdue_on_parts,
    task_filters,
    task_select,
)
from core.services.task_sources import notice_numbers
from core.status import TaskStatus

FORMATS = (".docx", ".xlsx")
DEFAULT_RECIPIENTS = ("Các thành viên Ban", "Các cơ quan, đơn vị liên quan")


def measure_filters(measure: str, *, period: Period, today: dt.date,
                    committee_id: int | None = None) -> dict:
    """The register's filters (keyword arguments of TaskService.list/count) that select the
    tasks counted by ``measure``."""
    start, end, as_of = period.start, period.end, period.as_of(today)
    scope = {} if committee_id is None else {"committee_id": committee_id}
    chosen: dict[str, dict[str, object]] = {
        "assigned": dict(assigned_from=start, assigned_to=end),
        "due": dict(due_from=start, due_to=end),
        "done_on_time": dict(completed_from=start, completed_to=end,
                             status=TaskStatus.DONE_ON_TIME.value),
        "done_late": dict(completed_from=start, completed_to=end,
                          status=TaskStatus.DONE_LATE.value),
        "overdue": dict(overdue_on=as_of),
        "due_done": dict(due_from=start, due_to=end, completed_to=as_of),
        "extended": dict(due_from=start, due_to=end, extended=True),
    }
    if measure not in chosen:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    return {**scope, **chosen[measure]}


def lead_filters(measure: str, summary: Summary, lead: LeadCounts | None = None) -> dict:
    """The filters for one number of a summary: a measure, overall or for one lead."""
    filters = measure_filters(measure, period=summary.period, today=summary.today,
                              committee_id=summary.committee_id)
    return {**filters, **lead.filters} if lead is not None else filters


@dataclass(frozen=True)
class ReportOptions:
    """What the user may change on the report; None takes the committee's defaults."""

    issue_date: dt.date | None = None
    number: int | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    authority: str | None = None
    recipients: tuple[str, ...] | None = None


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def summary(self, *, start: dt.date, end: dt.date, committee_id: int | None = None,
                today: dt.date | None = None) -> Summary:
        """The counts, overall and per lead (Vietnamese order of the names)."""
        period = Period(start, end)
        today = today or dt.date.today()
        with self.db.reading() as session:
            if committee_id is not None:
                get_committee(session, committee_id)
            return _summary(session, period, today, committee_id)

    def build(self, *, committee_id: int, start: dt.date, end: dt.date,
              today: dt.date | None = None, options: ReportOptions | None = None) -> ReportData:
        """Everything the report prints: the committee's identity, the counts, the lists."""
        options = options or ReportOptions()
        today = today or dt.date.today()
        period = Period(start, end)
        issue_date = options.issue_date or today
        shared = shared_settings(self.db)
        with self.db.reading() as session:
            committee = get_committee(session, committee_id)
            summary = _summary(session, period, today, committee_id)
            overdue = _tasks(session, lead_filters("overdue", summary), today)
            done = [*_tasks(session, lead_filters("done_on_time", summary), today),
                    *_tasks(session, lead_filters("done_late", summary), today)]
            sources = notice_numbers(session, [t.meeting_id for t in [*overdue, *done]])
            identity = committee_identity(committee)
            # The committee's usual signer, else its head on the report's date, signs as his
            # seat in the committee says (core.documents.signers).
            signer = session.get(m.Person, committee.default_signer_id) \
                if committee.default_signer_id else head_on(session, committee, issue_date)
            signature = signature_for(
                session, committee, signer, issue_date, name=options.signer_name,
                title=options.signer_title, authority=options.authority,
                shared_authority=shared[SIGNER_AUTHORITY])
        archive = "VT"
        return ReportData(
            committee=identity, summary=summary,
            overdue=tuple(sorted((_row(t, sources) for t in overdue),
                                 key=lambda r: (text.sort_key(r.lead), r.due_date, r.code))),
            done=tuple(sorted((_row(t, sources) for t in done),
                              key=lambda r: (text.sort_key(r.lead), r.completed_on, r.code))),
            issue_date=issue_date, signature=signature,
            recipients=Recipients(options.recipients or DEFAULT_RECIPIENTS, archive),
            number=options.number)

    def write(self, *, committee_id: int, start: dt.date, end: dt.date, path: Path | str,
              today: dt.date | None = None, options: ReportOptions | None = None,
              overwrite: bool = False, progress: Progress | None = None) -> Path:
        """Write the report to ``path``: Word (.docx) or Excel (.xlsx) by the extension, through
        a temporary file (never half a file). An existing file is kept unless ``overwrite``.
        ``progress`` hears the two steps (the figures counted, the file written); stopping it
        after the counting leaves no file."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in FORMATS:
            raise ValidationError("invalid_choice", field="Định dạng tệp báo cáo",
                                  field_name="path", value=path.suffix or path.name,
                                  choices=", ".join(FORMATS))
        tell = progress or no_progress
        tell(0, 2)
        data = self.build(committee_id=committee_id, start=start, end=end, today=today,
                          options=options)
        tell(1, 2)
        if suffix == ".docx":
            from core.reports.report_docx import write_report_docx

            return write_report_docx(data, path, overwrite=overwrite)
        from core.reports.report_xlsx import write_report_xlsx

        return write_report_xlsx(data, path, overwrite=overwrite)


def _summary(session: Session, period: Period, today: dt.date, committee_id: int | None) -> Summary:
    empty = Summary(period, today, Counts(), (), committee_id)
    per_lead: dict[tuple[int | None, int | None], dict[str, int]] = defaultdict(dict)
    for measure in MEASURES:
        filters = lead_filters(measure, empty)
        # "Late on a day" is an OR that no index answers; its two halves each have one.
        late_on = filters.pop("overdue_on", None)
        parts = overdue_on_parts(late_on) if late_on is not None else (None,)
        base = task_filters(today=today, **filters)
        for part in parts:
            clauses = base + ([part] if part is not None else [])
            for key, count in _count_by_lead(session, clauses):
                counts = per_lead[key]
                counts[measure] = counts.get(measure, 0) + count
    names = _lead_names(session, per_lead)
    leads = [LeadCounts(names[key], Counts(**values), *key) for key, values in per_lead.items()]
    leads.sort(key=lambda lead: (text.sort_key(lead.name), lead.agency_id or 0, lead.person_id or 0))
    total = sum((lead.counts for lead in leads), Counts())
    return replace(empty, total=total, by_lead=tuple(leads))


def _count_by_lead(session: Session, clauses: list):
    """(lead agency, None) or (None, lead person) → count. Agencies and people apart, each
    grouped on an expression (coalesce) so the database picks its index by the WHERE, which
    is what is selective, not by the GROUP BY order."""
    by_agency = func.coalesce(m.Task.lead_agency_id, 0)
    for agency_id, count in session.execute(
            select(by_agency, func.count()).where(*clauses, m.Task.lead_agency_id.is_not(None))
            .group_by(by_agency)):
        yield (agency_id, None), count
    by_person = func.coalesce(m.Task.lead_person_id, 0)
    for person_id, count in session.execute(
            select(by_person, func.count()).where(*clauses, m.Task.lead_agency_id.is_(None))
            .group_by(by_person)):
        yield (None, person_id), count


def _lead_names(session: Session, keys) -> dict[tuple[int | None, int | None], str]:
    agencies = {a for a, _ in keys if a is not None}
    people = {p for a, p in keys if a is None and p is not None}
    agency_names = dict(session.execute(select(m.Agency.id, m.Agency.name)
                                        .where(m.Agency.id.in_(agencies))).all()) if agencies else {}
    person_names = dict(session.execute(select(m.Person.id, m.Person.full_name)
                                        .where(m.Person.id.in_(people))).all()) if people else {}
    return {(a, p): agency_names.get(a, "") if a is not None else person_names.get(p, "")
            for a, p in keys}


def _tasks(session: Session, filters: dict, today: dt.date) -> list[TaskRecord]:
    query = task_select().where(*task_filters(today=today, **filters)).order_by(m.Task.id)
    return load_task_records(session, query, today=today)


def _row(task: TaskRecord, sources: dict[int, str]) -> ReportTask:
    source = sources.get(task.meeting_id, "") if task.meeting_id is not None else ""
    if not source and task.meeting_title:
        day = f"{task.meeting_date:%d/%m/%Y}" if task.meeting_date else ""
        source = task.meeting_title if day in task.meeting_title else f"{task.meeting_title} ngày {day}"
    return ReportTask(
        code=task.code, content=task.content, lead=task.lead_name, source=source,
        coordinators=task.coordinator_names, deadline_text=task.deadline_text,
        due_date=task.due_date, completed_on=task.completed_on,
        extension_count=task.extension_count, original_due_date=task.original_due_date,
        progress=task.last_progress or "")
