"""Who did what: the changes recorded for a meeting (its details and everything in it) and for
a task, newest first, each with who made it and when (see core.changes)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from core import models as m

HISTORY_LIMIT = 500  # a meeting recorded over a whole day: its last changes are enough


@dataclass(frozen=True)
class ChangeRecord:
    at: dt.datetime          # UTC
    who: str
    kind: str                # the table: "opinions", "tasks", "task_progress", …
    record_id: int
    action: str              # create, update, delete
    fields: tuple[str, ...]  # for an update: the columns changed


class ChangeHistoryService:
    def __init__(self, db) -> None:
        self.db = db

    def of_meeting(self, *, meeting_id: int, limit: int = HISTORY_LIMIT) -> list[ChangeRecord]:
        return self._read(m.ChangeLogEntry.meeting_id == meeting_id, limit)

    def of_task(self, *, task_id: int, limit: int = HISTORY_LIMIT) -> list[ChangeRecord]:
        return self._read(m.ChangeLogEntry.task_id == task_id, limit)

    def _read(self, where, limit: int) -> list[ChangeRecord]:
        entry = m.ChangeLogEntry
        with self.db.reading() as session:
            rows = session.execute(
                select(entry.at, entry.who, entry.kind, entry.record_id, entry.action, entry.fields)
                .where(where).order_by(entry.at.desc(), entry.id.desc()).limit(limit)).all()
        return [ChangeRecord(r.at, r.who, r.kind, r.record_id, r.action,
                             tuple(f for f in r.fields.split(",") if f)) for r in rows]
