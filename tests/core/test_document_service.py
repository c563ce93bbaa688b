"""Documents written from a stored meeting: numbers, names of that day, atomic writes."""
from __future__ import annotations

import datetime as dt
import os

import docx
import pytest

from core import errors
from core.demo import load_demo
from core.services.documents import DocumentOptions


@pytest.fixture
def demo(services):
    load_demo(services)
    meetings = {m.starts_at.date(): m for m in services.meetings.list()}
    return services, meetings


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def _header_text(path) -> str:
    document = docx.Document(path)
    return "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)


def test_numbers_follow_the_series_and_stay_with_the_meeting(demo, tmp_path):
    services, meetings = demo
    qn_2019 = meetings[dt.date(2019, 12, 16)]
    docs = services.documents
    assert docs.proposed_number(meeting_id=qn_2019.id, kind="minutes") == 1
    path, issued = docs.write(meeting_id=qn_2019.id, kind="minutes", path=tmp_path / "bb.docx")
    assert (issued.number, issued.series) == (1, "2019")
    assert "Số: 01/BB-BCĐ" in _header_text(path)

    _, again = docs.write(meeting_id=qn_2019.id, kind="minutes", path=tmp_path / "bb-2.docx")
    assert again.number == 1  # written again: the same number, not a new one
    _, notice = docs.write(meeting_id=qn_2019.id, kind="notice", path=tmp_path / "tb.docx")
    assert notice.number == 1  # notices have their own series

    # The 2014 meeting of the same committee is in another year: its series starts at 01 too.
    qn_2014 = meetings[dt.date(2014, 10, 28)]
    assert docs.proposed_number(meeting_id=qn_2014.id, kind="minutes") == 1
    # A party committee numbers through its term: the Hải Dương notice prints "Số 01-TB/TBTT".
    hd = meetings[dt.date(2020, 6, 11)]
    path, issued = docs.write(meeting_id=hd.id, kind="notice", path=tmp_path / "hd.docx")
    assert issued.series == "2020-2025"
    assert "Số 01-TB/TBTT" in _header_text(path)


def test_a_chosen_number_already_used_is_refused(demo, tmp_path):
    services, meetings = demo
    docs = services.documents
    first = meetings[dt.date(2019, 12, 16)]
    docs.write(meeting_id=first.id, kind="minutes", path=tmp_path / "a.docx",
               options=DocumentOptions(number=5))
    later = services.meetings.create(
        committee_id=first.committee_id, kind="Phiên họp định kỳ", title="Phiên họp tháng 12",
        starts_at=dt.datetime(2019, 12, 27, 8, 0))
    assert docs.proposed_number(meeting_id=later.id, kind="minutes") == 6
    services.meetings.set_status(meeting_id=later.id, new_status="held")
    docs.write(meeting_id=later.id, kind="minutes", path=tmp_path / "b.docx")
    with pytest.raises(errors.ValidationError) as caught:
        docs.write(meeting_id=later.id, kind="minutes", path=tmp_path / "c.docx",
                   options=DocumentOptions(number=5))
    assert "đã được dùng" in caught.value.message()
    assert not (tmp_path / "c.docx").exists()  # refused before anything was written
    assert not list(tmp_path.glob(".thuky-tmp-*"))
    assert docs.issued(meeting_id=later.id, kind="minutes").number == 6


def test_a_file_that_cannot_be_written_consumes_no_number(demo, tmp_path, monkeypatch):
    services, meetings = demo
    meeting = meetings[dt.date(2019, 12, 16)]
    target = tmp_path / "bb.docx"
    target.write_bytes(b"old minutes")

    def locked(*_args, **_kw):
        raise PermissionError("in use by Word")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(errors.EnvironmentProblem) as caught:
        services.documents.write(meeting_id=meeting.id, kind="minutes", path=target)
    assert caught.value.code == "file_locked"
    monkeypatch.undo()
    assert target.read_bytes() == b"old minutes"
    assert services.documents.issued(meeting_id=meeting.id, kind="minutes") is None
    assert sorted(p.name for p in tmp_path.glob("*.docx*")) == ["bb.docx"]
    assert not list(tmp_path.glob(".*"))


def test_old_minutes_keep_the_agency_names_of_their_day(demo, tmp_path):
    services, meetings = demo
    agency = next(a for a in services.agencies.list() if a.name == "Ban Tuyên giáo Tỉnh ủy Quảng Ninh")
    services.agencies.rename(agency_id=agency.id, new_name="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh",
                             effective=dt.date(2025, 3, 1))
    path, _ = services.documents.write(meeting_id=meetings[dt.date(2019, 12, 16)].id,
                                       kind="notice", path=tmp_path / "tb.docx")
    text = _text(path)
    assert "Ban Tuyên giáo Tỉnh ủy Quảng Ninh:" in text
    assert "Dân vận" not in text


def test_every_opinion_and_task_is_in_the_minutes_in_order(demo, tmp_path):
    services, meetings = demo
    meeting = meetings[dt.date(2020, 6, 11)]
    detail = services.meetings.get(meeting_id=meeting.id)
    path, _ = services.documents.write(meeting_id=meeting.id, kind="minutes", path=tmp_path / "bb.docx")
    text = _text(path)
    positions = [text.index(o.text) for o in detail.opinions]
    assert positions == sorted(positions)
    for task in services.tasks.list(meeting_id=meeting.id):
        # The task line may lower-case the first letter and drop a verb it has said already.
        assert task.content.split(maxsplit=2)[-1] in text
    assert "Sau khi nghe" not in text  # that sentence belongs to the notice
    notice, _ = services.documents.write(meeting_id=meeting.id, kind="notice", path=tmp_path / "tb.docx")
    assert "tại buổi làm việc triển khai" in _text(notice)
    assert "Sau khi nghe đồng chí Hoàng Biên" in _text(notice)


def test_the_notice_takes_recipients_and_authority_from_the_settings(demo, tmp_path):
    from core.services import settings as st

    services, meetings = demo
    services.settings.set(key=st.RECIPIENTS, value="Thường trực Tỉnh ủy (để b/c);\nCác sở, ngành;\nLưu: VT, BTG.")
    services.settings.set(key=st.SIGNER_AUTHORITY, value="KT. TRƯỞNG BAN")
    path, _ = services.documents.write(meeting_id=meetings[dt.date(2019, 12, 16)].id, kind="notice",
                                       path=tmp_path / "tb.docx")
    everything = _text(path) + "\n" + _header_text(path)
    assert "Thường trực Tỉnh ủy (để b/c);" in everything
    assert "Các sở, ngành;" in everything
    assert "Lưu: VT, BTG" in everything
    assert "KT. TRƯỞNG BAN" in everything
