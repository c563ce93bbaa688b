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


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")  # 15032023, 150323
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:hg.]\s*(\d{2})?)?(?:\s*(?:p|ph|phut))?$")
_TIME_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")  # 730, 0730, 1430


def _full_year(text: str) -> int:
    """A year as typed: two digits mean this century (23 is 2023)."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def read_date(text: str) -> dt.date | None:
    """The date in what a person typed, or None when it cannot be read as one date.

    Day first, as Vietnamese write it: 15/03/2023, 15/3/2023, 15-3-23, 15.3.2023, 15 3 2023,
    15032023, 150323; the ISO form 2023-03-15 too. Never a guess at a different date.
    """
    text = clean(text)
    for pattern, order in ((_DMY, "dmy"), (_DIGITS, "dmy"), (_ISO, "ymd")):
        match = pattern.match(text)
        if match:
            first, second, third = match.groups()
            day, month, year = (first, second, third) if order == "dmy" else (third, second, first)
            try:
                value = dt.date(_full_year(year), int(month), int(day))
            except ValueError:
                return None
            return value if 1900 <= value.year <= 2200 else None
    return None


def read_time(text: str) -> dt.time | None:
    """The time of day in what a person typed (7:30, 07:30, 7h30, 7g30, 730, 0730, 7), or None."""
    folded = clean(text).casefold().replace("ú", "u")
    match = _TIME.match(folded) or _TIME_DIGITS.match(folded)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def parse_date(value: str | dt.date | None, *, field: str, label: str) -> dt.date | None:
    """A date typed the way people type it (see :func:`read_date`); None when blank."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = clean(value)
    if not text:
        return None
    day = read_date(text)
    if day is None:
        raise ValidationError("invalid_date", field=label, field_name=field, value=text)
    return day


def parse_time(value: str | dt.time | None, *, field: str, label: str) -> dt.time | None:
    """A time of day typed as 7:30, 07:30 or 730; None when blank."""
    if value is None or isinstance(value, dt.time):
        return value
    text = clean(value)
    if not text:
        return None
    moment = read_time(text)
    if moment is None:
        raise ValidationError("invalid_time", field=label, field_name=field, value=text)
    return moment


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
