"""Searches survive any paste: a whole document, 100,000 characters, control characters."""
from __future__ import annotations

import pytest

from core import text
from core.services import Services

PASTED_WORDS = " ".join(f"từ{i} Sở" for i in range(1000))
PASTED_CHARS = ("Sở Nội vụ " * 10_000)[:100_000]


@pytest.fixture
def filled(services):
    agency = services.agencies.create(name="Sở Nội vụ")
    services.people.create(full_name="Nguyễn Văn An", position="Giám đốc", agency_id=agency.id)
    return services


def test_search_words_are_cut_to_a_sensible_number():
    words = text.search_words(PASTED_WORDS)
    assert len(words) == text.MAX_SEARCH_WORDS
    assert text.search_was_cut(PASTED_WORDS)
    assert not text.search_was_cut("so noi vu")
    assert text.search_words("Sở  Nội vụ sở") == ["so", "noi", "vu"]  # a repeated word counts once
    assert text.search_words("a\x00b \x1b[31m") == ["ab", "[31m"]
    assert all(len(w) <= text.MAX_SEARCH_WORD_LENGTH for w in text.search_words("x" * 100_000))


@pytest.mark.parametrize("query", [PASTED_WORDS, PASTED_CHARS, "sở\x00 nội", "\x00", '"', "*",
                                   "AND OR NOT", "NEAR(", "so noi vu\x00\x1b"])
def test_every_search_box_answers_any_paste(filled, query):
    services = filled
    services.meetings.list(search=query)
    services.agencies.list(search=query)
    services.people.list(search=query)
    services.committees.list(search=query)
    services.tasks.list(search=query)


def test_a_paste_still_finds_what_its_first_words_name(filled):
    services = filled
    assert [a.name for a in services.agencies.list(search=PASTED_CHARS)] == ["Sở Nội vụ"]
    assert [a.name for a in services.agencies.list(search="sở\x00 nội")] == ["Sở Nội vụ"]
