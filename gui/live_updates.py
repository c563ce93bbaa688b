"""Other people's changes on screen within a few seconds, without anybody pressing anything.

Every :data:`TICK_MS` the window reads the change counters (core.changes: a handful of rows,
bumped by every save in the same transaction) on a worker thread, so a slow or lost server never
freezes the window. A counter someone else moved makes the pages that show its area reload
(``window.ops.changed``), and the open meeting's own counter makes the workspace show the others'
changes without touching what the user is typing. The same read says that this program has the
meeting open (a heartbeat) and who else has (core.presence).

Polling was chosen over PostgreSQL's LISTEN/NOTIFY: it works the same on an SQLite file, needs no
connection held open per window (a dropped connection only delays the next read), and a change
made while a window was away is still seen, since counters are compared, not messages received.
"""
from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.changes import MEETING_SCOPE, areas, others_changed, read_counters
from core.presence import HEARTBEAT, PresenceBoard, Visitor
from gui.operations import Changes

if TYPE_CHECKING:
    from core.db import Database

log = logging.getLogger(__name__)
TICK_MS = 1500
# Areas of core.changes that the window's views know by another name.
_KINDS = {"documents": "meetings"}


@dataclass(frozen=True)
class Reading:
    counters: dict[str, int]
    meeting_id: int | None
    visitors: list[Visitor]


def _read(db: Database, board: PresenceBoard, meeting_id: int | None, beat: bool) -> Reading:
    if beat:
        board.beat(meeting_id)
    visitors = board.others(meeting_id) if meeting_id is not None else []
    return Reading(read_counters(db, meeting_id=meeting_id), meeting_id, visitors)


class LiveUpdates(QObject):
    """One per window: follows the open database."""

    #: The open meeting was changed by someone else (its id).
    meeting_changed = Signal(int)
    #: Who else has the open meeting open (a list of core.presence.Visitor).
    visitors_changed = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.db: Database | None = None
        self.board: PresenceBoard | None = None
        self.seen: dict[str, int] | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future | None = None
        self._beat_meeting: int | None = None
        self._last_beat = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self, db: Database) -> None:
        self.stop()
        self.db, self.board, self.seen = db, PresenceBoard(db), None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-updates")
        self._beat_meeting, self._last_beat = None, 0.0
        self.timer.start()

    def stop(self) -> None:
        """Before the database closes: the read under way ends, this program's line goes."""
        self.timer.stop()
        if self._pending is not None:
            try:
                self._pending.result(timeout=15)
            except Exception:  # the answer is no longer wanted
                pass
            self._pending = None
        if self.board is not None and self._beat_meeting is not None:
            self.board.leave()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self._pool = self.db = self.board = None
        self._beat_meeting = None

    # --- each tick ---------------------------------------------------------------------------------
    def tick(self) -> None:
        """Take the last reading if it is there, and ask for the next one."""
        if self._pending is not None:
            if not self._pending.done():
                return
            self._take(self._pending)
            self._pending = None
        if self.db is None or self._pool is None or self.board is None:
            return
        meeting_id = self.window_.open_meeting_id()
        beat = (meeting_id != self._beat_meeting
                or time.monotonic() - self._last_beat >= HEARTBEAT.total_seconds())
        if beat:
            self._beat_meeting, self._last_beat = meeting_id, time.monotonic()
            if not self.db.is_server:
                # An SQLite file: a write from another thread landing between a save's read and
                # its write would make that save fail ("database is locked"); here, on the
                # window's thread, it never lands inside one.
                try:
                    self.board.beat(meeting_id)
                except Exception as exc:  # a busy file: the next heartbeat says it again
                    log.info("heartbeat not written: %s", exc)
                beat = False
        self._pending = self._pool.submit(_read, self.db, self.board, meeting_id, beat)

    def check_now(self) -> None:
        """Read and show at once (what a tick does, without waiting for the worker)."""
        if self._pending is not None:
            self._pending.result()
        self.tick()
        if self._pending is not None:
            self._pending.result()
            self._take(self._pending)
            self._pending = None

    def _take(self, future: Future) -> None:
        try:
            reading: Reading = future.result()
        except Exception as exc:  # a server gone for a moment: the next tick tries again
            log.info("could not read the change counters: %s", exc)
            return
        if self.db is None:
            return
        own = self.db.changes.own
        if self.seen is None:
            self.seen = dict(reading.counters)
            changed: set[str] = set()
        else:
            # A meeting just opened has no counter seen before: its value now is where we start.
            before = dict(self.seen)
            for scope, value in reading.counters.items():
                if scope.startswith(MEETING_SCOPE) and scope not in before:
                    before[scope] = value
            changed = others_changed(before, reading.counters, own)
            self.seen.update(reading.counters)
        for scope, value in reading.counters.items():  # our own saves up to here are shown
            if scope in own:
                own[scope] = {v for v in own[scope] if v > value}
        found = Changes()
        for area in areas(changed):
            kind = _KINDS.get(area, area)
            if kind in Changes.KINDS:
                found = found | Changes(**{kind: True})
        if found:
            self.window_.ops.announce(found.by(self))
        if reading.meeting_id is not None:
            # A meeting deleted in one statement moves only the area's counter: look too.
            if {f"{MEETING_SCOPE}{reading.meeting_id}", "meetings"} & changed:
                self.meeting_changed.emit(reading.meeting_id)
            if reading.meeting_id == self.window_.open_meeting_id():
                self.visitors_changed.emit(reading.visitors)
        else:
            self.visitors_changed.emit([])
