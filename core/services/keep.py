"""``KEEP``: the default of an update argument the caller did not mean to change.

``None`` cannot play that part: for an optional field it means "clear it". With ``KEEP`` an edit
dialog can send every field and an inline edit can send only the one it changed.
"""
from __future__ import annotations

import enum
from typing import TypeVar

T = TypeVar("T")


class Keep(enum.Enum):
    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep.KEEP


def given(value: object) -> bool:
    """True when the caller passed a value (``None`` included) rather than ``KEEP``."""
    return value is not KEEP


def or_current(value: T | Keep, current: T) -> T:
    return current if value is KEEP else value


__all__ = ["KEEP", "Keep", "given", "or_current"]
