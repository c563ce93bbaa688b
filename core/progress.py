"""How long work tells how far it got, without knowing who is listening.

A writer or reader that takes a while accepts ``progress``: a plain callable given the number of
items done and the number expected (0 when not known yet). The caller may stop the work by
raising :class:`Cancelled` from that callable; the work then leaves nothing behind (a file is
written to a temporary name and renamed only at the end; the database is written in one
transaction at the end).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int], None]
T = TypeVar("T")

EVERY = 500  # items between two reports: often enough for a progress bar, cheap enough


class Cancelled(Exception):
    """The user stopped the work; nothing was written."""


def no_progress(_done: int, _total: int) -> None:
    """The progress callback of work nobody watches."""


class Tally:
    """Counts items of one piece of work, possibly over several lists (one file per agency),
    telling ``progress`` every ``every`` items and at the end."""

    def __init__(self, progress: Progress | None, total: int, *, every: int = EVERY) -> None:
        self.progress, self.total, self.every, self.done = progress, total, every, 0
        if progress is not None:
            progress(0, total)

    def over(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` unchanged, counted."""
        if self.progress is None:
            yield from items
            return
        for item in items:
            yield item
            self.done += 1
            if self.done % self.every == 0:
                self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


def counted(items: Iterable[T], progress: Progress | None, total: int, *,
            every: int = EVERY) -> Iterator[T]:
    """``items`` unchanged, telling ``progress`` every ``every`` items and once at the end."""
    tally = Tally(progress, total, every=every)
    yield from tally.over(items)
    tally.finish()
