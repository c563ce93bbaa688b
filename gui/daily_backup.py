"""The day's backup, made on a worker thread once the window is on screen.

Copying a large data file takes seconds; the window does not wait for it. The worker opens its
own read-only connection (core.backup copies page by page with SQLite's backup API, in steps),
so the user keeps working meanwhile. Closing the window or opening another file cancels a copy
under way: the temporary file is removed, and no file is left under the backup's name.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.backup import BackupCancelled, rolling_backup

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object, object)  # generation, BackupInfo or None, the error or None


class _Job(QRunnable):
    def __init__(self, db_path: Path, folder: Path, keep: int, stop: threading.Event,
                 generation: int, relay: _Relay) -> None:
        super().__init__()
        self.db_path, self.folder, self.keep, self.stop, self.relay = (
            db_path, folder, keep, stop, relay)
        self.generation = generation

    def run(self) -> None:
        made, problem = None, None
        try:
            made = rolling_backup(self.db_path, keep=self.keep, folder=self.folder,
                                  cancelled=self.stop.is_set)
        except BackupCancelled:
            log.info("daily backup of %s stopped: the program is closing", self.db_path)
            return
        except Exception as exc:  # any failure is told, the day's work goes on
            log.warning("daily backup of %s into %s failed: %s", self.db_path, self.folder, exc)
            problem = exc
        self.relay.done.emit(self.generation, made, problem)


class DailyBackup(QObject):
    """``start()`` makes the day's backup in the background; ``finished`` tells how it went
    (the backup made, or None when there was one already; the error on failure)."""

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._stop = threading.Event()
        self._running = 0
        self._generation = 0

    def start(self, db_path: Path, folder: Path, keep: int) -> None:
        self._running += 1
        self.pool.start(_Job(Path(db_path), Path(folder), keep, self._stop, self._generation,
                             self._relay))

    def running(self) -> bool:
        return self._running > 0

    def cancel(self) -> None:
        """Stop a copy under way and wait for the worker (one step of the copy at most)."""
        self._stop.set()
        self.pool.clear()
        self.pool.waitForDone()
        self._running = 0
        self._generation += 1  # what the stopped copies still report is not for the new file
        self._stop = threading.Event()

    def wait(self) -> None:
        """Let a copy under way finish (tests, and scripts that need the file)."""
        self.pool.waitForDone()

    def _done(self, generation: int, made: object, problem: object) -> None:
        if generation != self._generation:
            return
        self._running = max(0, self._running - 1)
        self.finished.emit(made, problem)
