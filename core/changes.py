"""What each save changed, told to the others: the change counters other windows poll, and the
log of who changed which record of a meeting or a task, and when.

Both are written by the session itself just before each commit, in the same transaction as the
change, so no service has to remember them and a rolled-back change leaves no trace. Counters
are bumped last and in a fixed order (no two saves lock them in opposite orders: no deadlock).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, event, inspect, select, update
from sqlalchemy.orm import Session

from core import models as m

# The area each table belongs to: what the window's pages reload ("meetings", "tasks", …).
AREAS: dict[str, str] = {
    "meetings": "meetings", "meeting_events": "meetings", "agenda_items": "meetings",
    "attendance": "meetings", "opinions": "meetings", "conclusion_points": "meetings",
    "meeting_materials": "meetings", "meeting_plan_entries": "meetings",
    "issued_documents": "documents",
    "tasks": "tasks", "task_coordinators": "tasks", "task_progress": "tasks",
    "task_deadline_changes": "tasks", "reminder_letters": "tasks", "reminder_letter_tasks": "tasks",
    "agencies": "agencies", "agency_names": "agencies", "people": "people",
    "committees": "committees", "memberships": "committees",
}
# Records whose changes go into a meeting's or a task's history.
LOGGED = {"meetings", "meeting_events", "agenda_items", "attendance", "opinions",
          "conclusion_points", "meeting_materials", "tasks", "task_progress",
          "task_deadline_changes"}
# Bookkeeping and derived columns (sort keys, the register's summaries of a task's progress):
# not what anybody changed by hand, so not named in the history.
QUIET_FIELDS = {"version", "updated_at", "updated_by", "search_key", "position", "code",
                "last_progress", "has_progress", "status_group", "has_coordinators"}
MERGE_WINDOW = dt.timedelta(minutes=10)  # one person's saves of one record this close: one entry
MEETING_SCOPE = "meeting:"
_KEY = "thuky_changes"


def meeting_scope(meeting_id: int) -> str:
    return f"{MEETING_SCOPE}{meeting_id}"


@dataclass
class _Change:
    kind: str
    record_id: int
    action: str
    meeting_id: int | None
    task_id: int | None
    fields: set[str]


def _ids(record: Any, kind: str) -> tuple[int | None, int | None]:
    """The meeting and the task a record belongs to."""
    if kind == "meetings":
        return record.id, None
    if kind == "tasks":
        return record.meeting_id, record.id
    return getattr(record, "meeting_id", None), getattr(record, "task_id", None)


def _changed_fields(record: object) -> set[str]:
    state = inspect(record)
    return {attr.key for attr in state.mapper.column_attrs
            if state.attrs[attr.key].history.has_changes()}


def _collect(session: Session, _context) -> None:
    changes: dict[tuple[str, int], _Change] = session.info.setdefault(_KEY, {})
    scopes: set[str] = session.info.setdefault(_KEY + "_scopes", set())
    for action, records in (("create", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for record in records:
            table = str(getattr(record, "__tablename__", ""))
            area = AREAS.get(table)
            if area is None:
                continue
            fields = _changed_fields(record) if action == "update" else set()
            if action == "update" and not fields:
                continue
            scopes.add(area)
            meeting_id, task_id = _ids(record, table)
            if meeting_id is not None:
                scopes.add(meeting_scope(meeting_id))
            if table not in LOGGED:
                continue
            key = (table, record.id)
            known = changes.get(key)
            if known is None:
                changes[key] = _Change(table, record.id, action, meeting_id, task_id, fields)
            else:
                known.fields |= fields
                if action == "delete":
                    known.action = "delete"


def _bulk(state) -> None:
    """An UPDATE or DELETE statement run through the session still counts for its area."""
    if not (state.is_update or state.is_delete) or state.bind_mapper is None:
        return
    area = AREAS.get(state.bind_mapper.local_table.name)
    if area is not None:
        state.session.info.setdefault(_KEY + "_scopes", set()).add(area)


class ChangeRecorder:
    """Installed on a database's sessions: logs and counts each transaction's changes."""

    def __init__(self, db) -> None:
        self.db = db
        # Counter values this program produced itself, so its own window does not reload
        # for its own saves: scope -> values.
        self.own: dict[str, set[int]] = {}
        self._pending: dict[str, int] = {}

    def install(self, sessions) -> None:
        event.listen(sessions, "after_flush", _collect)
        event.listen(sessions, "do_orm_execute", _bulk)
        event.listen(sessions, "before_commit", self._before_commit)
        event.listen(sessions, "after_commit", self._after_commit)
        event.listen(sessions, "after_rollback", self._after_rollback)

    def _before_commit(self, session: Session) -> None:
        session.flush()
        changes: dict = session.info.pop(_KEY, {})
        scopes: set[str] = session.info.pop(_KEY + "_scopes", set())
        if not scopes:
            return
        now = m.utcnow()
        who = self.db.user
        for change in sorted(changes.values(), key=lambda c: (c.kind, c.record_id)):
            _log(session, change, who, now)
        produced = {}
        for scope in sorted(scopes):
            produced[scope] = _bump(session, scope, now)
        session.info[_KEY + "_produced"] = produced

    def _after_commit(self, session: Session) -> None:
        for scope, value in session.info.pop(_KEY + "_produced", {}).items():
            self.own.setdefault(scope, set()).add(value)

    def _after_rollback(self, session: Session) -> None:
        for key in (_KEY, _KEY + "_scopes", _KEY + "_produced"):
            session.info.pop(key, None)


def _log(session: Session, change: _Change, who: str, now: dt.datetime) -> None:
    fields = {f for f in change.fields - QUIET_FIELDS if not f.endswith("_order")}
    if change.action == "update" and not fields:
        return
    table = m.ChangeLogEntry.__table__
    if change.action == "update":
        last = session.execute(
            select(table.c.id, table.c.at, table.c.who, table.c.action, table.c.fields)
            .where(table.c.kind == change.kind, table.c.record_id == change.record_id)
            .order_by(table.c.id.desc()).limit(1)).first()
        if last is not None and last.who == who and last.action in ("create", "update") \
                and now - last.at < MERGE_WINDOW:
            merged = set(filter(None, last.fields.split(","))) | fields
            session.execute(update(table).where(table.c.id == last.id).values(
                at=now, fields=",".join(sorted(merged))))
            return
    session.execute(table.insert().values(
        at=now, who=who, meeting_id=change.meeting_id, task_id=change.task_id, kind=change.kind,
        record_id=change.record_id, action=change.action, fields=",".join(sorted(fields))))


def _bump(session: Session, scope: str, now: dt.datetime) -> int:
    """Add one to ``scope``'s counter (creating it at 1) and return the new value."""
    table = m.ChangeCounter.__table__
    bump = (update(table).where(table.c.scope == scope)
            .values(counter=table.c.counter + 1, changed_at=now).returning(table.c.counter))
    value = session.execute(bump).scalar()
    if value is None:
        dialect = session.get_bind().dialect.name
        insert: Any  # each dialect's own INSERT, both with ON CONFLICT
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        # Two programs creating the same counter at once: one inserts, the other adds one.
        session.execute(insert(table).values(scope=scope, counter=0, changed_at=now)
                        .on_conflict_do_nothing())
        value = session.execute(bump).scalar_one()
    return value


def last_change(session: Session, kind: str, record_id: int, field: str
                ) -> tuple[str, dt.datetime] | None:
    """Who last changed ``field`` of a record, and when (from the log)."""
    table = m.ChangeLogEntry.__table__
    rows = session.execute(
        select(table.c.who, table.c.at, table.c.fields)
        .where(table.c.kind == kind, table.c.record_id == record_id)
        .order_by(table.c.id.desc()).limit(50)).all()
    for row in rows:
        if field in row.fields.split(","):
            return row.who, row.at
    return None


def read_counters(db, *, meeting_id: int | None = None) -> dict[str, int]:
    """The areas' counters, and the open meeting's: a handful of rows, read every few seconds."""
    table = m.ChangeCounter.__table__
    wanted: ColumnElement[bool] = ~table.c.scope.like(f"{MEETING_SCOPE}%")
    if meeting_id is not None:
        wanted = wanted | (table.c.scope == meeting_scope(meeting_id))
    with db.engine.connect() as conn:
        return dict(conn.execute(select(table.c.scope, table.c.counter).where(wanted)).all())


def others_changed(seen: dict[str, int], now: dict[str, int], own: dict[str, set[int]]) -> set[str]:
    """The scopes someone else changed between ``seen`` and ``now``; values this program
    produced itself (``own``) do not count. A scope never seen before counts when others made it."""
    changed = set()
    for scope, value in now.items():
        before = seen.get(scope, 0)
        if value != before and not set(range(before + 1, value + 1)) <= own.get(scope, set()):
            changed.add(scope)
    return changed


def areas(scopes: Iterable[str]) -> set[str]:
    return {scope for scope in scopes if not scope.startswith(MEETING_SCOPE)}
