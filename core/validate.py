"""Checks at the edge: turn what the user typed into clean values, or a ValidationError that
names the field and keeps the offending value."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from core.errors import ValidationError
from core.text import clean, clean_optional


def required(value: str | None, *, field: str, label: str, limit: int = 500,
             multiline: bool = False) -> str:
    """A text that must be there: cleaned (NFC, trimmed), not empty, not longer than ``limit``."""
    text = clean(value, multiline=multiline)
    if not text:
        raise ValidationError("required", field=label, field_name=field)
    if len(text) > limit:
        raise ValidationError("too_long", field=label, field_name=field, limit=limit, value=text)
    return text


def optional(value: str | None, *, field: str, label: str, limit: int = 2000,
             multiline: bool = False) -> str | None:
    text = clean_optional(value, multiline=multiline)
    if text is not None and len(text) > limit:
        raise ValidationError("too_long", field=label, field_name=field, limit=limit, value=text)
    return text


def choice(value: str, *, field: str, label: str, choices: Iterable[str]) -> str:
    options = tuple(choices)
    if value not in options:
        raise ValidationError("invalid_choice", field=label, field_name=field, value=value,
                              choices=", ".join(options))
    return value


_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(value: str | dt.date | None, *, field: str, label: str) -> dt.date | None:
    """A date typed as dd/mm/yyyy (Vietnamese order) or ISO; None when blank."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = clean(value)
    if not text:
        return None
    match = _DMY.match(text)
    try:
        if match:
            day, month, year = map(int, match.groups())
            return dt.date(year, month, day)
        match = _ISO.match(text)
        if match:
            year, month, day = map(int, match.groups())
            return dt.date(year, month, day)
    except ValueError:
        pass
    raise ValidationError("invalid_date", field=label, field_name=field, value=text)


def date_vn(value: dt.date | None) -> str:
    """dd/mm/yyyy, the way dates are written in messages and lists."""
    return value.strftime("%d/%m/%Y") if value else ""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def email(value: str | None, *, field: str = "email", label: str = "Thư điện tử",
          limit: int = 120) -> str | None:
    """An e-mail address or None. Checked loosely (a name, @, a domain with a dot): a typo
    caught here is an invitation that would otherwise never arrive."""
    text = optional(value, field=field, label=label, limit=limit)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError("invalid_email", field=label, field_name=field, value=text)
    return text
