"""What the register shows: the filter bar's choices as one frozen value, turned into the task
service's filters. Other pages open the register with one (``TasksPage.show_filtered``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from core.reports.periods import period_containing, week_of
from core.status import TaskStatus

OPEN = (TaskStatus.OVERDUE.value, TaskStatus.IN_PROGRESS.value, TaskStatus.REGULAR.value)
DONE = (TaskStatus.DONE_ON_TIME.value, TaskStatus.DONE_LATE.value)
# The period of the deadline: "all", "week", "month", "quarter", "overdue", "soon", "dates".
PERIODS = ("all", "week", "month", "quarter", "overdue", "soon", "dates", "chased")


@dataclass(frozen=True)
class RegisterFilter:
    committee_id: int | None = None
    meeting_id: int | None = None
    agency_id: int | None = None
    lead_only: bool = False
    statuses: tuple[str, ...] = ()          # TaskStatus values; empty: every status
    period: str = "all"
    due_from: dt.date | None = None         # period "dates"
    due_to: dt.date | None = None
    search: str = ""
    # Filters the bar has no widget for (a number clicked on the overview), and what they mean.
    extra: tuple[tuple[str, object], ...] = field(default=())
    note: str = ""

    def query(self, today: dt.date) -> dict:
        """Keyword arguments for TaskService.list / count."""
        out: dict = {}
        for key in ("committee_id", "meeting_id", "agency_id"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.agency_id is not None and self.lead_only:
            out["lead_only"] = True
        if self.statuses:
            out["status"] = list(self.statuses)
        out.update(_period(self.period, today, self.due_from, self.due_to))
        if self.search.strip():
            out["search"] = self.search
        for key, value in self.extra:
            if key in ("due_from", "due_to") and key in out:  # both apply: keep the narrower
                value = max(value, out[key]) if key == "due_from" else min(value, out[key])
            out[key] = value
        return out

    def without_extra(self) -> RegisterFilter:
        return replace(self, extra=(), note="")

    @classmethod
    def from_query(cls, query: dict, *, note: str = "") -> RegisterFilter:
        """A filter for exactly these service filters: what the bar can show goes to the bar,
        the rest stays as extra filters, named by ``note``."""
        rest = dict(query)
        values: dict = {}
        for key in ("committee_id", "meeting_id", "agency_id", "lead_only", "search"):
            if key in rest:
                values[key] = rest.pop(key)
        status = rest.pop("status", None)
        if status is not None:
            values["statuses"] = (status,) if isinstance(status, str) else tuple(
                TaskStatus(s).value for s in status)
        return cls(**values, extra=tuple(sorted(rest.items())), note=note)


def _period(period: str, today: dt.date, start: dt.date | None, end: dt.date | None) -> dict:
    if period == "week":
        week = week_of(today)
        return {"due_from": week.start, "due_to": week.end}
    if period in ("month", "quarter"):
        chosen = period_containing(period, today)
        return {"due_from": chosen.start, "due_to": chosen.end}
    if period == "overdue":
        return {"overdue_on": today}
    if period == "soon":
        return {"due_soon": True}
    if period == "chased":  # a reminder letter went out and the task is still late
        return {"chased_late_on": today}
    if period == "dates":
        out = {}
        if start is not None:
            out["due_from"] = start
        if end is not None:
            out["due_to"] = end
        return out
    return {}
