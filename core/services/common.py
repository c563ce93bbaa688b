"""Small pieces the register services share: "leave this field as it is", "what holds a row",
and the search rule in SQL."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import ColumnElement, Select, literal
from sqlalchemy.orm import QueryableAttribute, Session

if TYPE_CHECKING:  # typing.TypeIs from Python 3.13
    from typing_extensions import TypeIs

from core.messages import Message

_ESCAPE = "/"


def _like_escaped(word: str) -> str:
    return word.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")


def begins_a_word(column: ColumnElement[str] | QueryableAttribute[str], word: str) -> ColumnElement[bool]:
    """``word`` (folded) begins a word of the folded ``column``: the search rule of every list
    (core.text.matches), portable SQL. "hoang" finds "hoang van loi"; "oang" does not."""
    return (literal(" ") + column).like(f"% {_like_escaped(word)}%", escape=_ESCAPE)


def contains_text(column: ColumnElement[str] | QueryableAttribute[str], word: str) -> ColumnElement[bool]:
    """``word`` is somewhere in ``column``: looser than :func:`begins_a_word` (every row that
    begins a word with it contains it), and the form a PostgreSQL trigram index (pg_trgm)
    answers, so it narrows a search to few rows before the exact rule is tested."""
    return column.like(f"%{_like_escaped(word)}%", escape=_ESCAPE)


class Keep(enum.Enum):
    """The default of an update argument the caller did not mean to change. ``None`` cannot
    play that part: for an optional field it means "clear it"."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


#: Passed (or left as default) to an ``update`` argument: the stored value stays. ``None`` clears.
KEEP = Keep.KEEP


_T = TypeVar("_T")


def given(value: _T | Keep) -> TypeIs[_T]:
    """True when the caller passed a value (possibly None), not :data:`KEEP`; the checker then
    knows the value is not KEEP."""
    return value is not KEEP


def describe_holders(session: Session, checks: Iterable[tuple[str, Select]]) -> tuple[Message, ...]:
    """Count each kind of holder (a ``holds_…`` code of core.catalog: "2 cuộc họp, 1 ban trực
    thuộc"), so a refused delete tells the user exactly what to move first. Empty when nothing
    holds the row."""
    parts = []
    for code, query in checks:
        count = session.scalar(query)
        if count:
            parts.append(Message(code, n=count))
    return tuple(parts)
