"""Who else has a meeting open: each program says so every few seconds (a heartbeat row); a row
not renewed within :data:`TIMEOUT` is someone who closed the meeting, or whose PC went away.

Times are the database's own clock, so PCs whose clocks differ still agree on who is there.
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update

from core import models as m

HEARTBEAT = dt.timedelta(seconds=15)
TIMEOUT = dt.timedelta(seconds=60)  # four missed heartbeats: gone


@dataclass(frozen=True)
class Visitor:
    who: str
    machine: str
    seen_at: dt.datetime


def machine_name() -> str:
    return os.environ.get("COMPUTERNAME") or platform.node() or "?"


def _db_now(conn) -> dt.datetime:
    now = conn.execute(select(func.current_timestamp())).scalar_one()
    if isinstance(now, str):  # SQLite hands it back as text, in UTC
        return dt.datetime.fromisoformat(now)
    if now.tzinfo is not None:
        return now.astimezone(dt.UTC).replace(tzinfo=None)
    return now


class PresenceBoard:
    """This program's line on the board of who has which meeting open."""

    def __init__(self, db, *, machine: str | None = None) -> None:
        self.db = db
        self.key = uuid.uuid4().hex
        self.machine = machine or machine_name()

    def beat(self, meeting_id: int | None) -> None:
        """Say that this program has ``meeting_id`` open now (None: no meeting)."""
        table = m.Presence.__table__
        with self.db.engine.begin() as conn:
            if meeting_id is None:
                conn.execute(delete(table).where(table.c.session_key == self.key))
                return
            now = _db_now(conn)
            done = conn.execute(update(table).where(table.c.session_key == self.key).values(
                meeting_id=meeting_id, seen_at=now, who=self.db.user))
            if done.rowcount == 0:
                conn.execute(insert(table).values(session_key=self.key, meeting_id=meeting_id,
                                                  who=self.db.user, machine=self.machine,
                                                  seen_at=now))
            # Lines of programs that stopped without saying so are cleared by whoever comes next.
            conn.execute(delete(table).where(table.c.seen_at < now - 10 * TIMEOUT))

    def others(self, meeting_id: int) -> list[Visitor]:
        """Who else (another program, even the same person on another PC) has it open now."""
        table = m.Presence.__table__
        with self.db.engine.connect() as conn:
            cutoff = _db_now(conn) - TIMEOUT
            rows = conn.execute(
                select(table.c.who, table.c.machine, table.c.seen_at)
                .where(table.c.meeting_id == meeting_id, table.c.seen_at >= cutoff,
                       table.c.session_key != self.key)
                .order_by(table.c.who, table.c.machine)).all()
        return [Visitor(r.who, r.machine, r.seen_at) for r in rows]

    def leave(self) -> None:
        try:
            self.beat(None)
        except Exception:  # closing: a server gone away forgets us by the timeout anyway
            pass
