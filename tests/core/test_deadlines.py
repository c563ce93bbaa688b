import datetime as dt
import unicodedata

import pytest

from core import errors
from core.deadlines import Deadline, deadline_phrase, format_deadline_text, parse_deadline

D = dt.date
TODAY = D(2026, 1, 10)


@pytest.mark.parametrize("typed, kind, due", [
    ("15/3/2026", "date", D(2026, 3, 15)),
    ("trước 15/3/2026", "date", D(2026, 3, 15)),
    ("Trước ngày 15/03/2026", "date", D(2026, 3, 15)),
    ("Hoàn thành trước ngày 15/03/2026.", "date", D(2026, 3, 15)),
    ("chậm nhất ngày 15-3-2026", "date", D(2026, 3, 15)),
    ("ngày 15 tháng 3 năm 2026", "date", D(2026, 3, 15)),
    ("15/3/26", "date", D(2026, 3, 15)),
    ("2026-03-15", "date", D(2026, 3, 15)),
    ("Quý II/2026", "period", D(2026, 6, 30)),
    ("quý 2/2026", "period", D(2026, 6, 30)),
    ("Quý I/ 2020", "period", D(2020, 3, 31)),
    ("trong Quý IV năm 2026", "period", D(2026, 12, 31)),
    ("tháng 6/2026", "period", D(2026, 6, 30)),
    ("Tháng 06 năm 2026", "period", D(2026, 6, 30)),
    ("tháng 2/2028", "period", D(2028, 2, 29)),
    ("6/2026", "period", D(2026, 6, 30)),
    ("6 tháng đầu năm 2026", "period", D(2026, 6, 30)),
    ("6 tháng cuối năm 2026", "period", D(2026, 12, 31)),
    ("năm 2026", "period", D(2026, 12, 31)),
    ("Cuối năm 2026", "period", D(2026, 12, 31)),
    ("thường xuyên", "regular", None),
    ("Thường xuyên", "regular", None),
    ("Thường xuyên, liên tục", "regular", None),
    ("THUONG XUYEN", "regular", None),
])
def test_what_clerks_write_is_understood(typed, kind, due):
    deadline = parse_deadline(typed, today=TODAY)
    assert (deadline.kind, deadline.due_date) == (kind, due)


def test_text_is_kept_as_written_but_cleaned_of_word_debris():
    pasted = unicodedata.normalize("NFD", "\u200bQuý\u00a0II/2026 ")
    deadline = parse_deadline(pasted, today=TODAY)
    assert deadline.text == "Quý II/2026"
    assert unicodedata.is_normalized("NFC", deadline.text)
    assert deadline.due_date == D(2026, 6, 30)


def test_a_date_without_year_is_the_next_one_from_today():
    assert parse_deadline("trước 15/3", today=D(2026, 1, 10)).due_date == D(2026, 3, 15)
    assert parse_deadline("trước 15/3", today=D(2026, 12, 1)).due_date == D(2027, 3, 15)
    assert parse_deadline("Quý II", today=D(2026, 7, 1)).due_date == D(2027, 6, 30)
    assert parse_deadline("tháng 6", today=D(2026, 6, 30)).due_date == D(2026, 6, 30)


def test_before_a_period_means_by_the_end_of_the_previous_one():
    assert parse_deadline("Trước tháng 6/2026", today=TODAY).due_date == D(2026, 5, 31)
    assert parse_deadline("trước Quý III/2026", today=TODAY).due_date == D(2026, 6, 30)


@pytest.mark.parametrize("typed", ["sớm", "asap", "31/2/2026", "Quý V/2026", "tháng 13/2026",
                                   "15/3/0026", "trước", "năm", "hôm qua 15/3/2026"])
def test_gibberish_is_refused_with_the_text_in_the_message(typed):
    with pytest.raises(errors.ValidationError) as caught:
        parse_deadline(typed, today=TODAY)
    assert caught.value.code == "invalid_deadline"
    assert caught.value.field == "deadline"
    assert typed in caught.value.message()


def test_empty_deadline_is_required():
    with pytest.raises(errors.ValidationError) as caught:
        parse_deadline("  ", today=TODAY)
    assert caught.value.code == "required"


def test_a_date_object_becomes_a_written_date():
    assert parse_deadline(D(2026, 3, 5)) == Deadline("date", "05/03/2026", D(2026, 3, 5))


def test_display_forms():
    assert format_deadline_text("trước 15/3/2026") == "Trước 15/3/2026"
    assert deadline_phrase(parse_deadline("15/3/2026")) == "trước ngày 15/03/2026"
    assert deadline_phrase(parse_deadline("Quý II/2026")) == "trong quý II/2026"
    assert deadline_phrase(parse_deadline("Trong tháng 6/2026")) == "trong tháng 6/2026"
    assert deadline_phrase(parse_deadline("Thường xuyên")) == "thường xuyên"
