"""Counting the register's rows off the window's thread.

The first page of a filter comes back at once; the total ("1.234 nhiệm vụ") can take longer at
500,000 tasks (a common word searched with another filter: about 0.1 s). Counting on a worker
thread keeps typing smooth; a newer count supersedes an older one still running. The database
allows it: each thread takes its own connection, WAL lets a reader run beside the writer.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(int, object)  # generation, count (None when counting failed)


class _Job(QRunnable):
    def __init__(self, count: Callable[[], int], generation: int, relay: _Relay) -> None:
        super().__init__()
        self.count, self.generation, self.relay = count, generation, relay

    def run(self) -> None:
        try:
            result = self.count()
        except Exception:  # a bug: logged, the count stays unknown
            log.exception("counting the task register failed")
            result = None
        self.relay.done.emit(self.generation, result)


class Counter(QObject):
    """``start(fn)`` counts in the background; ``counted`` gives the newest result only."""

    counted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)  # created first: destroyed first, waiting for its jobs
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._generation = 0
        self.busy = False

    def start(self, count: Callable[[], int]) -> None:
        self._generation += 1
        self.busy = True
        self.pool.clear()  # a count not started yet is already out of date
        self.pool.start(_Job(count, self._generation, self._relay))

    def cancel(self) -> None:
        """Forget any count under way (its result will be ignored)."""
        self._generation += 1
        self.pool.clear()
        self.busy = False

    def wait(self) -> None:
        self.pool.waitForDone()

    def _done(self, generation: int, result: int | None) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if result is not None:
            self.counted.emit(int(result))
