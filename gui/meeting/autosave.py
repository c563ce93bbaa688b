"""Saving as the clerk types: no Save button, nothing lost to a power cut.

Each editor hands the autosaver a save function under a key ("opinion", "title"…). The save runs
800 ms after the typing pauses, and at the latest 1.5 s after the first unsaved keystroke even
if the typing never pauses, so every edit reaches the disk within the two seconds promised. One
save is one service call, hence one transaction (WAL, synchronous=FULL).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import AppError

log = logging.getLogger(__name__)

QUIET_MS = 800
MAX_WAIT_MS = 1500
RETRY_MS = 5000  # after the machine refused a save (disk full, file locked, drive gone)


class Autosaver(QObject):
    saved = Signal(object)        # dt.datetime of the last successful save
    succeeded = Signal(str)       # key
    failed = Signal(str, object)  # key, the exception (an AppError the user can fix, or a bug)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._quiet = self._timer(QUIET_MS)
        self._deadline = self._timer(MAX_WAIT_MS)
        self._retry = self._timer(RETRY_MS)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    def schedule(self, key: str, save: Callable[[], object]) -> None:
        """Save with ``save`` soon; a later call with the same key replaces it."""
        self._pending[key] = save
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def cancel(self, key: str) -> None:
        self._pending.pop(key, None)

    def is_pending(self, key: str | None = None) -> bool:
        return bool(self._pending) if key is None else key in self._pending

    def flush(self) -> bool:
        """Run every pending save now. True when all of them were stored.

        A save the user must fix (an AppError) is reported and dropped: the text stays in its
        editor and the next keystroke schedules it again. Anything else is a bug or the machine's
        fault (disk full, file locked): it is logged, kept pending and tried again by itself
        RETRY_MS later (or at the next keystroke or flush, whichever comes first).
        """
        self._quiet.stop()
        self._deadline.stop()
        self._retry.stop()
        pending, self._pending = self._pending, {}
        stored = False
        all_ok = True
        for key, save in pending.items():
            try:
                save()
            except AppError as exc:
                all_ok = False
                self.failed.emit(key, exc)
            except Exception as exc:  # reported, logged, retried; never lost
                all_ok = False
                log.exception("autosave of %s failed", key)
                self._pending.setdefault(key, save)
                self.failed.emit(key, exc)
            else:
                stored = True
                self.succeeded.emit(key)
        if stored:
            self.saved.emit(dt.datetime.now())
        if self._pending:
            self._retry.start()
        return all_ok

    def retrying(self) -> bool:
        """A save the machine refused waits to be tried again (``retry_interval`` ms)."""
        return self._retry.isActive()

    def retry_interval(self) -> int:
        return self._retry.interval()
