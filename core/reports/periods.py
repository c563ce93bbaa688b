"""The periods a report covers (a month, a quarter, a half-year, a year, or any two dates) and
how the report names them: "quý I năm 2026", "từ ngày 05/01/2026 đến ngày 20/02/2026"."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from core.errors import ValidationError
from core.validate import date_vn

KINDS = ("month", "quarter", "half", "year", "dates")
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # included

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("dates_reversed", field_name="end", start=date_vn(self.start),
                                  end=date_vn(self.end))

    @property
    def label(self) -> str:
        """The period's name: "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026",
        "năm 2026", or "từ ngày … đến ngày …" for other dates."""
        return period_name(self.start, self.end) or self.dates

    @property
    def dates(self) -> str:
        return PERIOD_NAMES["dates"].format(start=date_vn(self.start), end=date_vn(self.end))

    def as_of(self, today: dt.date) -> dt.date:
        """The day the report speaks for: the period's last day, or today while it runs."""
        return min(self.end, today)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_of(kind: str, year: int, number: int = 1) -> Period:
    """Month ``number`` (1-12), quarter (1-4), half (1-2) or the whole year."""
    if kind == "month" and 1 <= number <= 12:
        return Period(dt.date(year, number, 1), _last_day(year, number))
    if kind == "quarter" and 1 <= number <= 4:
        first = 3 * (number - 1) + 1
        return Period(dt.date(year, first, 1), _last_day(year, first + 2))
    if kind == "half" and number in (1, 2):
        first = 1 if number == 1 else 7
        return Period(dt.date(year, first, 1), _last_day(year, first + 5))
    if kind == "year":
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    raise ValueError(f"no {kind} number {number}")


def period_containing(kind: str, day: dt.date) -> Period:
    """The month, quarter, half-year or year ``day`` falls in."""
    number = {"month": day.month, "quarter": (day.month - 1) // 3 + 1,
              "half": 1 if day.month <= 6 else 2, "year": 1}[kind]
    return period_of(kind, day.year, number)


def week_of(day: dt.date) -> Period:
    """Monday to Sunday."""
    monday = day - dt.timedelta(days=day.weekday())
    return Period(monday, monday + dt.timedelta(days=6))


# The names of periods, kept as templates so the window can show them in its own language.
PERIOD_NAMES = {
    "month": "tháng {month} năm {year}",
    "quarter": "quý {quarter} năm {year}",
    "first_half": "6 tháng đầu năm {year}",
    "second_half": "6 tháng cuối năm {year}",
    "year": "năm {year}",
    "dates": "từ ngày {start} đến ngày {end}",
}


def period_parts(start: dt.date, end: dt.date) -> tuple[str, dict[str, object]]:
    """Which name a period has (a key of PERIOD_NAMES) and the values that fill it."""
    whole = start.day == 1 and end == _last_day(end.year, end.month) and start.year == end.year
    months = end.month - start.month + 1
    if whole and months == 1:
        return "month", {"month": start.month, "year": start.year}
    if whole and months == 3 and start.month % 3 == 1:
        return "quarter", {"quarter": _ROMAN[start.month // 3], "year": start.year}
    if whole and months == 6 and start.month in (1, 7):
        return ("first_half" if start.month == 1 else "second_half"), {"year": start.year}
    if whole and months == 12:
        return "year", {"year": start.year}
    return "dates", {"start": date_vn(start), "end": date_vn(end)}


def period_name(start: dt.date, end: dt.date) -> str | None:
    """The calendar name of [start, end] if it is a whole month, quarter, half-year or year."""
    key, values = period_parts(start, end)
    return None if key == "dates" else PERIOD_NAMES[key].format(**values)
