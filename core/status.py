"""Task status as government task tracking counts it, in Python and in SQL.

D is the due date, C the completion date, T today:

- ``Đã hoàn thành đúng hạn``   C ≤ D
- ``Đã hoàn thành quá hạn``    C > D
- ``Đang thực hiện trong hạn`` no C, T ≤ D
- ``Đang thực hiện quá hạn``   no C, T > D
- ``Thường xuyên / không thời hạn`` no C, no D

A task without a due date that is marked done counts as done on time: it had no deadline to miss,
and a report must not count a finished task as still running.

The SQL helpers express the same rules as portable SQLAlchemy clauses so a register of 500,000
tasks is filtered and counted by the database (on the ``completed_on, due_date`` indexes), not
in Python. :func:`task_status` and :func:`status_clause` must always agree; a test checks it.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from sqlalchemy import and_, case, false, literal_column, or_
from sqlalchemy.sql.elements import ColumnElement

from core import models as m


class TaskStatus(enum.Enum):
    """Stable code (stored, filtered on) → Vietnamese label, strong colour and light fill."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    REGULAR = "regular"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def colour(self) -> str:
        """Strong colour (text, icons) as #RRGGBB."""
        return COLOURS[self]

    @property
    def fill(self) -> str:
        """Light background for a cell or row, readable with black text."""
        return FILLS[self]

    @property
    def is_done(self) -> bool:
        return self in (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)

    @classmethod
    def from_label(cls, label: str) -> TaskStatus:
        """The status a returned Excel sheet names (its drop-down), ignoring case and marks."""
        from core.text import fold

        wanted = fold(label)
        for status, text in LABELS.items():
            if fold(text) == wanted or status.value == label:
                return status
        raise ValueError(label)


LABELS = {
    TaskStatus.DONE_ON_TIME: "Đã hoàn thành đúng hạn",
    TaskStatus.DONE_LATE: "Đã hoàn thành quá hạn",
    TaskStatus.IN_PROGRESS: "Đang thực hiện trong hạn",
    TaskStatus.OVERDUE: "Đang thực hiện quá hạn",
    TaskStatus.REGULAR: "Thường xuyên / không thời hạn",
}
COLOURS = {  # green, orange, blue, red, grey
    TaskStatus.DONE_ON_TIME: "#2E7D32",
    TaskStatus.DONE_LATE: "#EF6C00",
    TaskStatus.IN_PROGRESS: "#1565C0",
    TaskStatus.OVERDUE: "#C62828",
    TaskStatus.REGULAR: "#616161",
}
FILLS = {
    TaskStatus.DONE_ON_TIME: "#C6EFCE",
    TaskStatus.DONE_LATE: "#FFDDB3",
    TaskStatus.IN_PROGRESS: "#DDEBF7",
    TaskStatus.OVERDUE: "#FFC7CE",
    TaskStatus.REGULAR: "#E7E6E6",
}
DUE_SOON_DAYS = 7


def task_status(due_date: dt.date | None, completed_on: dt.date | None, today: dt.date) -> TaskStatus:
    if completed_on is not None:
        if due_date is None or completed_on <= due_date:
            return TaskStatus.DONE_ON_TIME
        return TaskStatus.DONE_LATE
    if due_date is None:
        return TaskStatus.REGULAR
    return TaskStatus.IN_PROGRESS if today <= due_date else TaskStatus.OVERDUE


def status_group(due_date: dt.date | None, completed_on: dt.date | None) -> int:
    """The register's order by status, as far as it does not depend on the day: open with a
    deadline (0), open without (1), done late (2), done on time (3), done without a deadline
    (4). Sorted by this and then by the due date, the open tasks with a deadline put the late
    ones (due before today) first, so the whole order is the status order, late first. Kept in
    ``tasks.status_group`` (indexed with the due date) by core.models."""
    if completed_on is None:
        return 0 if due_date is not None else 1
    if due_date is None:
        return 4
    return 2 if completed_on > due_date else 3


def due_soon(due: dt.date | None, completed: dt.date | None, today: dt.date,
             days: int = DUE_SOON_DAYS) -> bool:
    """Still open and due within ``days`` days from today (due today included; overdue is not
    "soon", it is late)."""
    return completed is None and due is not None and today <= due <= today + dt.timedelta(days=days)


# --- SQL ------------------------------------------------------------------------------------

def _columns(due, completed):
    return (m.Task.due_date if due is None else due,
            m.Task.completed_on if completed is None else completed)


def status_clause(status: TaskStatus | str, *, today: dt.date,
                  due: ColumnElement | None = None,
                  completed: ColumnElement | None = None) -> ColumnElement[bool]:
    """A WHERE clause selecting the tasks in ``status`` on ``today``."""
    due, completed = _columns(due, completed)
    status = TaskStatus(status)
    if status is TaskStatus.DONE_ON_TIME:
        return and_(completed.is_not(None), or_(due.is_(None), completed <= due))
    if status is TaskStatus.DONE_LATE:
        return and_(completed.is_not(None), due.is_not(None), completed > due)
    if status is TaskStatus.IN_PROGRESS:
        return and_(completed.is_(None), due >= today)
    if status is TaskStatus.OVERDUE:
        return and_(completed.is_(None), due < today)
    return and_(completed.is_(None), due.is_(None))


def statuses_clause(statuses: Iterable[TaskStatus | str], *, today: dt.date,
                    due: ColumnElement | None = None,
                    completed: ColumnElement | None = None) -> ColumnElement[bool]:
    """Tasks in any of ``statuses`` (an empty choice selects nothing)."""
    chosen = set(map(TaskStatus, statuses))
    clauses = [status_clause(s, today=today, due=due, completed=completed) for s in chosen]
    return or_(*clauses) if clauses else false()


def status_case(*, today: dt.date, due: ColumnElement | None = None,
                completed: ColumnElement | None = None) -> ColumnElement[str]:
    """The status code of each row, for GROUP BY counts. Its constants are written into the SQL,
    not bound: PostgreSQL sees two differently bound copies of the expression (in SELECT and in
    GROUP BY) as two expressions and refuses the query."""
    due, completed = _columns(due, completed)

    def constant(value: str) -> ColumnElement:
        return literal_column(f"'{value}'")  # our own codes and an ISO date: nothing to escape

    return case(
        (and_(completed.is_(None), due.is_(None)), constant(TaskStatus.REGULAR.value)),
        (and_(completed.is_(None), due < constant(today.isoformat())),
         constant(TaskStatus.OVERDUE.value)),
        (completed.is_(None), constant(TaskStatus.IN_PROGRESS.value)),
        (and_(due.is_not(None), completed > due), constant(TaskStatus.DONE_LATE.value)),
        else_=constant(TaskStatus.DONE_ON_TIME.value),
    )


def due_soon_clause(*, today: dt.date, days: int = DUE_SOON_DAYS,
                    due: ColumnElement | None = None,
                    completed: ColumnElement | None = None) -> ColumnElement[bool]:
    due, completed = _columns(due, completed)
    return and_(completed.is_(None), due >= today, due <= today + dt.timedelta(days=days))


def open_clause(*, completed: ColumnElement | None = None) -> ColumnElement[bool]:
    _, completed = _columns(None, completed)
    return completed.is_(None)


__all__ = ["COLOURS", "DUE_SOON_DAYS", "FILLS", "LABELS", "TaskStatus", "due_soon",
           "due_soon_clause", "open_clause", "status_case", "status_clause", "statuses_clause", "task_status"]
