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


class Cancelled(Exception):  # noqa: N818 - what the user did, not a failure
    """The user stopped the work; nothing was written."""


def no_progress(_done: int, _total: int) -> None:
    """The progress callback of work nobody watches."""


def counted(items: Iterable[T], progress: Progress | None, total: int, *,
            every: int = EVERY) -> Iterator[T]:
    """``items`` unchanged, telling ``progress`` every ``every`` items and once at the end."""
    if progress is None:
        yield from items
        return
    done = 0
    progress(0, total)
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            progress(done, total)
    progress(done, max(total, done))
