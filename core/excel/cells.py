"""Reading cell values typed by people: text, dates in Vietnamese order, column headings."""
from __future__ import annotations

import datetime as dt
import re

from openpyxl.utils.datetime import from_excel

from core.text import clean, fold

_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$")
_SERIAL_MIN, _SERIAL_MAX = 1, 2_958_465  # 01/01/1900 … 31/12/9999


def cell_text(value: object, *, multiline: bool = False) -> str:
    """The text of a cell, cleaned (NFC, trimmed); numbers without a spurious ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date):
        value = value.strftime("%d/%m/%Y")
    return clean(str(value), multiline=multiline)


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: a real date, an Excel serial number, or text such as "15/3/2026",
    "15-03-26", "2026-03-15", "ngày 15 tháng 3 năm 2026". None for an empty cell.

    Raises ValueError for anything else (the caller names the row).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return from_excel(value).date()
        raise ValueError(value)
    text = fold(clean(str(value)))
    if not text:
        return None
    text = re.sub(r"^ngay\s+", "", text)
    if match := _DMY.match(text):
        day, month, year = (int(part) for part in match.groups())
        if year < 100:
            year += 2000
        return dt.date(year, month, day)
    if match := _YMD.match(text):
        year, month, day = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    if match := _WORDS.match(text):
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    raise ValueError(value)


def heading_key(value: object) -> str:
    """A column heading folded for matching: no diacritics, lower case, no punctuation."""
    text = fold(cell_text(value))
    return " ".join(re.sub(r"[^0-9a-z@]+", " ", text).split())
