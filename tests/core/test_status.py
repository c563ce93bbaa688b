import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from core import models as m
from core.status import (
    TaskStatus,
    due_soon,
    due_soon_clause,
    status_case,
    status_clause,
    statuses_clause,
    task_status,
)

D = dt.date
TODAY = D(2026, 3, 15)
DUE = D(2026, 3, 15)


@pytest.mark.parametrize("due, completed, expected", [
    (DUE, None, TaskStatus.IN_PROGRESS),                  # due today: still within the deadline
    (DUE - dt.timedelta(days=1), None, TaskStatus.OVERDUE),  # due yesterday
    (DUE, DUE, TaskStatus.DONE_ON_TIME),                  # done on the due date
    (DUE, DUE + dt.timedelta(days=1), TaskStatus.DONE_LATE),  # done a day late
    (DUE, DUE - dt.timedelta(days=30), TaskStatus.DONE_ON_TIME),
    (None, None, TaskStatus.REGULAR),                     # no deadline
    (None, D(2026, 1, 2), TaskStatus.DONE_ON_TIME),       # regular task marked done
])
def test_status_edges(due, completed, expected):
    assert task_status(due, completed, TODAY) is expected


def test_labels_and_colours_are_the_government_vocabulary():
    assert [s.label for s in TaskStatus] == [
        "Đã hoàn thành đúng hạn", "Đã hoàn thành quá hạn", "Đang thực hiện trong hạn",
        "Đang thực hiện quá hạn", "Thường xuyên / không thời hạn"]
    assert all(s.colour.startswith("#") and len(s.colour) == 7 for s in TaskStatus)
    assert len({s.fill for s in TaskStatus}) == 5
    assert TaskStatus.from_label("da hoan thanh qua han") is TaskStatus.DONE_LATE
    with pytest.raises(ValueError):
        TaskStatus.from_label("Chưa rõ")


def test_extended_deadline_is_judged_by_the_new_date():
    original, extended = D(2026, 3, 1), D(2026, 6, 30)
    assert task_status(original, None, TODAY) is TaskStatus.OVERDUE
    assert task_status(extended, None, TODAY) is TaskStatus.IN_PROGRESS
    assert task_status(extended, D(2026, 5, 2), TODAY) is TaskStatus.DONE_ON_TIME


def test_due_soon_flag():
    assert due_soon(TODAY, None, TODAY)
    assert due_soon(TODAY + dt.timedelta(days=7), None, TODAY)
    assert not due_soon(TODAY + dt.timedelta(days=8), None, TODAY)
    assert not due_soon(TODAY - dt.timedelta(days=1), None, TODAY)  # late, not "soon"
    assert not due_soon(TODAY, TODAY, TODAY)                       # already done
    assert not due_soon(None, None, TODAY)


def test_sql_filters_agree_with_python_on_every_edge(db):
    dues = [None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=3),
            TODAY + dt.timedelta(days=8)]
    completions = [None, TODAY - dt.timedelta(days=2), TODAY, TODAY + dt.timedelta(days=1)]
    with db.transaction() as session:
        agency = m.Agency(name="Sở Thông tin và Truyền thông")
        session.add(agency)
        session.flush()
        for i, (due, done) in enumerate(itertools.product(dues, completions)):
            session.add(m.Task(code=f"T{i}", content="x", lead_agency_id=agency.id,
                               assigned_on=D(2026, 1, 1), deadline_text="x",
                               deadline_kind="regular" if due is None else "date",
                               due_date=due, completed_on=done))
    with db.reading() as session:
        rows = session.execute(select(m.Task.code, m.Task.due_date, m.Task.completed_on)).all()
        expected = {code: task_status(due, done, TODAY) for code, due, done in rows}
        for status in TaskStatus:
            found = set(session.scalars(select(m.Task.code).where(status_clause(status, today=TODAY))))
            assert found == {c for c, s in expected.items() if s is status}, status
        grouped = dict(session.execute(
            select(status_case(today=TODAY), func.count()).group_by(status_case(today=TODAY))).all())
        assert grouped == {s.value: sum(1 for v in expected.values() if v is s)
                           for s in TaskStatus if s in expected.values()}
        soon = set(session.scalars(select(m.Task.code).where(due_soon_clause(today=TODAY))))
        assert soon == {c for c, due, done in rows if due_soon(due, done, TODAY)}
        late = {TaskStatus.OVERDUE, TaskStatus.DONE_LATE}
        found = set(session.scalars(select(m.Task.code).where(statuses_clause(late, today=TODAY))))
        assert found == {c for c, s in expected.items() if s in late}
        assert session.scalars(select(m.Task.code).where(statuses_clause([], today=TODAY))).all() == []
