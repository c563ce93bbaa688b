"""Deadlines as clerks write them ("trước 15/3/2026", "Quý II/2026", "thường xuyên") and the
date each one means.

The text is kept as written for the documents and the Excel column "Thời hạn"; the date is what
the status is computed from: a period means its last day, "regular" means no date at all.
Matching folds diacritics and case, so "Quy 2/2026", "quý II/ 2026" and "QUÝ II năm 2026" agree.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from core import text
from core.errors import ValidationError
from core.validate import date_vn

DATE, PERIOD, REGULAR = "date", "period", "regular"


@dataclass(frozen=True)
class Deadline:
    kind: str                # "date", "period" or "regular" (models.DEADLINE_KINDS)
    text: str                # as written, cleaned: "Trước 15/3/2026"
    due_date: dt.date | None  # the last day it allows; None when regular


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_REGULAR_WORDS = {"thuong xuyen", "lien tuc", "khong thoi han", "hang nam", "hang quy",
                  "hang thang", "dinh ky"}
# Words in front of the deadline proper. "truoc" is noted; the others do not change the date.
_FILLERS = ("hoan thanh", "thuc hien", "xong", "thoi han", "han chot", "han", "cham nhat la",
            "cham nhat", "den het", "den", "trong", "vao", "cuoi")
_YEAR = r"(\d{4}|\d{2})"
_SEP = r"\s*(?:/|-|nam)\s*"
_FORMS = {
    "dmy": re.compile(rf"(?:ngay\s*)?(\d{{1,2}})\s*[/.\-]\s*(\d{{1,2}})(?:\s*[/.\-]\s*{_YEAR})?"),
    "words": re.compile(rf"(?:ngay\s*)?(\d{{1,2}})\s+thang\s+(\d{{1,2}})(?:\s+nam\s+{_YEAR})?"),
    "iso": re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    "quarter": re.compile(rf"quy\s*(iv|i{{1,3}}|[1-4])(?:{_SEP}{_YEAR})?"),
    "month": re.compile(rf"thang\s*(\d{{1,2}})(?:{_SEP}{_YEAR})?"),
    "month_year": re.compile(r"(\d{1,2})\s*/\s*(\d{4})"),
    "half": re.compile(rf"(?:6 thang|nua) (dau|cuoi) nam(?:\s*/?\s*{_YEAR})?"),
    "year": re.compile(r"(?:nam\s*)?(\d{4})"),
}


def parse_deadline(value: str | dt.date | Deadline | None, *, today: dt.date | None = None) -> Deadline:
    """Read a deadline as typed. A date or period written without its year is the next one on
    or after ``today`` ("15/3" typed in December means 15/3 of the next year)."""
    if isinstance(value, Deadline):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Deadline(DATE, date_vn(value), value)
    written = text.clean(value)
    if not written:
        raise ValidationError("required", field="Thời hạn", field_name="deadline")
    today = today or dt.date.today()
    deadline = _read(written, today)
    if deadline is None:
        raise ValidationError("invalid_deadline", field="Thời hạn", field_name="deadline",
                              value=written)
    return deadline


def _read(written: str, today: dt.date) -> Deadline | None:
    folded = text.fold(written).rstrip(" .;,:/")
    if _is_regular(folded):
        return Deadline(REGULAR, written, None)
    before, rest = _strip_fillers(folded)
    try:
        found = _match(rest, today)
    except ValueError:  # 31/2, month 13, quarter 5, year out of range
        return None
    if found is None:
        return None
    kind, start, end = found
    if before and kind == PERIOD:
        end = start - dt.timedelta(days=1)  # "trước tháng 6/2026": by the end of May
    return Deadline(kind, written, end)


def _is_regular(folded: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,;/]| va ", folded) if p.strip()]
    return bool(parts) and all(p in _REGULAR_WORDS for p in parts)


def _strip_fillers(folded: str) -> tuple[bool, str]:
    before = False
    rest = folded.lstrip(" :-")
    changed = True
    while changed:
        changed = False
        if rest.startswith("truoc "):
            before, rest, changed = True, rest[6:].lstrip(" :"), True
        for word in _FILLERS:
            if rest.startswith(word + " ") or rest.startswith(word + ":"):
                rest, changed = rest[len(word):].lstrip(" :"), True
                break
    return before, rest


def _match(rest: str, today: dt.date) -> tuple[str, dt.date, dt.date] | None:
    """(kind, first day, last day) of what ``rest`` names, or None."""
    for name, pattern in _FORMS.items():
        match = pattern.fullmatch(rest)
        if match is None:
            continue
        groups = match.groups()
        if name in ("dmy", "words"):
            day, month = int(groups[0]), int(groups[1])
            when = _resolve(groups[2], today, lambda y: (dt.date(y, month, day),) * 2)  # noqa: B023 - _resolve calls it at once
            return (DATE, *when)
        if name == "iso":
            date = dt.date(int(groups[0]), int(groups[1]), int(groups[2]))
            return (DATE, _check_year(date), date)
        if name == "quarter":
            quarter = _ROMAN.get(groups[0]) or int(groups[0])
            return (PERIOD, *_resolve(groups[1], today, lambda y: _months(y, 3 * quarter - 2, 3)))  # noqa: B023 - called at once
        if name in ("month", "month_year"):
            month = int(groups[0])
            return (PERIOD, *_resolve(groups[1], today, lambda y: _months(y, month, 1)))  # noqa: B023 - called at once
        if name == "half":
            first = 1 if groups[0] == "dau" else 7
            return (PERIOD, *_resolve(groups[1], today, lambda y: _months(y, first, 6)))  # noqa: B023 - called at once
        if name == "year":
            return (PERIOD, *_months(_year(groups[0]), 1, 12))
    return None


def _resolve(year_text: str | None, today: dt.date, span) -> tuple[dt.date, dt.date]:
    if year_text is not None:
        return span(_year(year_text))
    start, end = span(today.year)
    return (start, end) if end >= today else span(today.year + 1)


def _year(year_text: str) -> int:
    year = int(year_text)
    year = 2000 + year if len(year_text) == 2 else year
    if not 1900 <= year <= 2200:
        raise ValueError(year)
    return year


def _check_year(day: dt.date) -> dt.date:
    _year(str(day.year))
    return day


def _months(year: int, first: int, count: int) -> tuple[dt.date, dt.date]:
    last = first + count - 1
    if not (1 <= first <= 12 and 1 <= last <= 12):
        raise ValueError(first)
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def format_deadline_text(value: str) -> str:
    """The deadline for column "Thời hạn": as written, first letter capitalised."""
    return value[:1].upper() + value[1:] if value else ""


def deadline_phrase(deadline: Deadline) -> str:
    """The deadline inside a sentence of a conclusion notice: "… hoàn thành {phrase}"."""
    if deadline.kind == REGULAR:
        return "thường xuyên"
    if deadline.kind == DATE and deadline.due_date is not None:
        return f"trước ngày {date_vn(deadline.due_date)}"
    lowered = deadline.text[:1].lower() + deadline.text[1:]
    starts_with_preposition = text.fold(lowered).split(" ", 1)[0] in ("trong", "truoc", "cuoi", "den")
    return lowered if starts_with_preposition else f"trong {lowered}"


__all__ = ["DATE", "PERIOD", "REGULAR", "Deadline", "deadline_phrase", "format_deadline_text",
           "parse_deadline"]
