"""Several people editing at once: a save made from an older version of a record than the one
stored is refused with an :class:`EditConflict` that carries both texts and who saved the other
one when, so the user chooses; nothing is overwritten silently and nothing typed is lost.

Two roads lead there: the version the user's screen was showing (``expected``) is older than the
stored one, or another save lands between this one's read and write (SQLAlchemy's
version_id_col then finds no row of the version it read: ``StaleDataError``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from core.errors import EditConflict
from core.messages import Message
from core.services.common import Keep


def when_text(stamp: dt.datetime | None, today: dt.date | None = None) -> str | Message:
    """``hh:mm`` local time (and the date when not today) of a stored UTC time."""
    if stamp is None:
        return "?"
    local = stamp.replace(tzinfo=dt.UTC).astimezone()
    if local.date() == (today or dt.date.today()):
        return f"{local:%H:%M}"
    return Message("time_on_day", time=f"{local:%H:%M}", day=f"{local:%d/%m/%Y}")


def shown(value: object) -> str:
    """A stored value as the user reads it in a conflict: a date and time as typed, nothing as
    an empty line."""
    if value is None or isinstance(value, Keep):
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%H:%M %d/%m/%Y}"
    return str(value)


def conflict(row: Any, *, kind: str, mine: str, theirs: str,
             who: str | None = None, at: dt.datetime | None = None) -> EditConflict:
    """``who`` and ``at``: the other change, when known better than the row's last save (the
    last save of one field, core.changes.last_change)."""
    return EditConflict(kind=kind, who=who or row.updated_by or Message("someone_else"),
                        when=when_text(at or row.updated_at), mine=mine, theirs=theirs,
                        version=row.version)


def check_version(row, expected: int | None, *, kind: str, mine: str,
                  theirs: Callable[[Any], str]) -> None:
    """Refuse the save when the user's screen showed an older version than the stored one."""
    if expected is not None and row.version != expected:
        raise conflict(row, kind=kind, mine=mine, theirs=theirs(row))


@contextlib.contextmanager
def saving(db, model: type, row_id: int, *, kind: str, mine: str,
           theirs: Callable[[Any], str]) -> Iterator[None]:
    """Around the flush of one versioned save: another save that landed in between comes out
    as an EditConflict read from what is stored now."""
    try:
        yield
    except StaleDataError as exc:
        with db.reading() as session:
            row = session.get(model, row_id)
            if row is None:
                raise
            raise conflict(row, kind=kind, mine=mine, theirs=theirs(row)) from exc
