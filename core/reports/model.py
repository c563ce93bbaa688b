"""What the periodic report is made of: plain frozen values, so the Word and Excel writers never
touch the database (core.services.reports fills them).

The counts and what each one means (the definitions the issue leaves open), for a period
[start, end] (both days included) and the day the report speaks for, ``as_of`` = the earlier
of ``end`` and today:

- ``assigned`` (giao): given in the period (``assigned_on`` in the period).
- ``due`` (đến hạn): the current deadline, after any extension, falls in the period. A task
  with no deadline ("thường xuyên") is never due.
- ``done_on_time`` / ``done_late`` (hoàn thành đúng hạn / quá hạn): completed in the period, on
  or before the current deadline / after it. A task without a deadline, once done, is on time.
- ``overdue`` (quá hạn chưa hoàn thành): late on ``as_of``: its deadline passed before that day
  and it was not done by then. Tasks due before the period count too: they are still to chase.
- ``due_done``: of the tasks due in the period, those done by ``as_of`` (on time or late).
- ``rate`` (tỷ lệ hoàn thành) = ``due_done`` / ``due``: what share of the work that fell due
  in the period is done. None when nothing fell due.
- ``extended`` (gia hạn): of the tasks due in the period, those whose deadline was extended at
  least once (the deadline they are judged by is the extended one).

Per agency, each task counts once, with its lead agency; a task led by a person alone counts
with that person.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from core.documents.model import CommitteeIdentity, Recipients, Signature
from core.reports.periods import Period

MEASURES = ("assigned", "due", "done_on_time", "done_late", "overdue", "due_done", "extended")


@dataclass(frozen=True)
class Counts:
    assigned: int = 0
    due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    due_done: int = 0
    extended: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def rate(self) -> float | None:
        return self.due_done / self.due if self.due else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class LeadCounts:
    """One line per lead: an agency, or a person leading alone."""

    name: str
    counts: Counts
    agency_id: int | None = None
    person_id: int | None = None

    @property
    def filters(self) -> dict:
        """The register's filters for this lead's tasks (with a measure's filters)."""
        if self.agency_id is not None:
            return {"agency_id": self.agency_id, "lead_only": True}
        return {"lead_person_id": self.person_id}


@dataclass(frozen=True)
class Summary:
    period: Period
    today: dt.date
    total: Counts
    by_lead: tuple[LeadCounts, ...]
    committee_id: int | None = None

    @property
    def as_of(self) -> dt.date:
        return self.period.as_of(self.today)


@dataclass(frozen=True)
class ReportTask:
    """A task as the report's lists print it."""

    code: str
    content: str
    lead: str
    source: str = ""                     # "TB số 05/TB-BCĐ ngày 16/12/2019", or the meeting
    coordinators: tuple[str, ...] = ()
    deadline_text: str = ""
    due_date: dt.date | None = None
    completed_on: dt.date | None = None
    extension_count: int = 0
    original_due_date: dt.date | None = None
    progress: str = ""

    def days_late(self, as_of: dt.date) -> int:
        """Days past the deadline on completion, or on ``as_of`` if not done by then."""
        if self.due_date is None:
            return 0
        done = self.completed_on
        end = done if done is not None and done <= as_of else as_of
        return max(0, (end - self.due_date).days)

    @property
    def extension_note(self) -> str:
        """"Gia hạn 2 lần (hạn ban đầu 30/06/2026)", or empty."""
        if not self.extension_count:
            return ""
        note = f"Gia hạn {self.extension_count} lần"
        if self.original_due_date:
            note += f" (hạn ban đầu {self.original_due_date:%d/%m/%Y})"
        return note


@dataclass(frozen=True)
class ReportData:
    committee: CommitteeIdentity
    summary: Summary
    overdue: tuple[ReportTask, ...]      # late on as_of, by lead then deadline
    done: tuple[ReportTask, ...]         # completed in the period, by lead then completion
    issue_date: dt.date
    signature: Signature
    recipients: Recipients = Recipients()
    number: int | None = None            # None: left blank, to fill by hand

    @property
    def title_line(self) -> str:
        """"Tình hình thực hiện kết luận của <committee> từ ngày … đến ngày …"."""
        return f"Tình hình thực hiện kết luận của {self.committee.name} {self.summary.period.dates}"
