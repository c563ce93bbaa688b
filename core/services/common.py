"""Small pieces the register services share: "leave this field as it is", and "what holds a row"."""
from __future__ import annotations

import enum
from collections.abc import Iterable

from sqlalchemy import Select
from sqlalchemy.orm import Session

class Keep(enum.Enum):
    """The default of an update argument the caller did not mean to change. ``None`` cannot
    play that part: for an optional field it means "clear it"."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


#: Passed (or left as default) to an ``update`` argument: the stored value stays. ``None`` clears.
KEEP = Keep.KEEP


def given(value: object) -> bool:
    """True when the caller passed a value (possibly None), not :data:`KEEP`."""
    return value is not KEEP


def describe_holders(session: Session, checks: Iterable[tuple[str, Select]]) -> str:
    """Count each kind of holder and say it in words ("2 cuộc họp, 1 ban trực thuộc"), so a
    refused delete tells the user exactly what to move first. Empty when nothing holds the row."""
    parts = []
    for label, query in checks:
        count = session.scalar(query)
        if count:
            parts.append(f"{count} {label}")
    return ", ".join(parts)
