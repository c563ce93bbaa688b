"""Small pieces the register services share: "leave this field as it is", and "what holds a row"."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Literal, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")


class _Keep(enum.Enum):
    KEEP = "keep"


#: Passed (or left as default) to an ``update`` argument: the stored value stays. ``None`` clears.
KEEP = _Keep.KEEP
Keep = Literal[_Keep.KEEP]


def given(value: T | Keep) -> bool:
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
