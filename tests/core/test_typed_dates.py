"""Dates and times as people type them: every usual form reads as the date meant, anything else
is refused (never read as another date)."""
from __future__ import annotations

import datetime as dt

import pytest

from core.errors import ValidationError
from core.validate import parse_date, parse_time, read_date, read_time

MARCH_15 = dt.date(2023, 3, 15)


@pytest.mark.parametrize("typed", ["15/03/2023", "15/3/2023", "15/3/23", "15032023", "150323",
                                   "15-3-2023", "15.03.2023", " 15 / 3 / 2023 ", "2023-03-15"])
def test_every_usual_form_reads_as_the_date_meant(typed: str) -> None:
    assert read_date(typed) == MARCH_15


@pytest.mark.parametrize("typed", ["31/02/2023", "15/13/2023", "1532023", "15/3", "hôm nay",
                                   "15/03/20233", "00/03/2023", ""])
def test_what_is_not_one_date_is_refused(typed: str) -> None:
    assert read_date(typed) is None


def test_parse_date_names_the_field_and_keeps_the_text() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("31/02/2023", field="day", label="Ngày họp")
    assert caught.value.field == "day"
    assert caught.value.values["value"] == "31/02/2023"


@pytest.mark.parametrize(("typed", "hour", "minute"), [
    ("7:30", 7, 30), ("07:30", 7, 30), ("730", 7, 30), ("0730", 7, 30), ("7h30", 7, 30),
    ("7g30", 7, 30), ("14:00", 14, 0), ("1400", 14, 0), ("7", 7, 0), ("7h", 7, 0), ("23:59", 23, 59),
])
def test_times_as_people_type_them(typed: str, hour: int, minute: int) -> None:
    assert read_time(typed) == dt.time(hour, minute)


@pytest.mark.parametrize("typed", ["24:00", "7:60", "12345", "sáng", "7:3"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    assert read_time(typed) is None
    with pytest.raises(ValidationError):
        parse_time(typed, field="start", label="Giờ bắt đầu")


def test_blank_is_no_time_and_no_date() -> None:
    assert parse_time("  ", field="end", label="Giờ kết thúc") is None
    assert parse_date("", field="day", label="Ngày") is None
