"""Biên bản: state (NĐ 30/2020, Phụ lục III, mẫu 1.9) and party (HD 16-HD/VPTW) layouts."""
from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument

from core.documents import phrases as ph
from core.documents import sections
from core.documents import wording as w
from core.documents.docx_base import DocBuilder
from core.documents.files import save_document
from core.documents.model import MinutesData
from core.documents.settings import FormatSettings, resolve


def write_minutes(data: MinutesData, path: str | os.PathLike,
                  settings: FormatSettings | None = None) -> Path:
    """Write the minutes to ``path`` (atomically; see core.documents.files.save_document)."""
    return save_document(build_minutes(data, settings), path)


def build_minutes(data: MinutesData, settings: FormatSettings | None = None) -> DocxDocument:
    s = resolve(data.committee.style, settings)
    b = DocBuilder(s)
    meeting = data.meeting
    b.set_properties(title=f"{ph.TITLE_MINUTES.capitalize()} {w.meeting_in_sentence(meeting.title)}",
                     author=data.committee.secretariat_name or data.committee.name)
    b.page_numbers()
    if s.style == "state":
        _state_body(b, data)
    else:
        _party_body(b, data)
    _signatures(b, data)
    return b.doc


def _start(meeting) -> tuple[str, str]:
    return w.time_text(meeting.starts_at), w.date_in_text(meeting.starts_at.date())


def _end(meeting) -> tuple[str, str]:
    ends = meeting.ends_at
    return w.time_text(ends), w.date_in_text(ends.date() if ends else None)


def _state_body(b: DocBuilder, data: MinutesData) -> None:
    meeting = data.meeting
    b.header_block(data.committee, data.number, None)  # mẫu 1.9: no place/date in the header
    b.title_block(ph.TITLE_MINUTES, meeting.title)
    time, date = _start(meeting)
    b.body_paragraph(ph.STATE_STARTS.format(time=time, date=date))
    b.body_paragraph(ph.STATE_PLACE.format(place=w.strip_end(meeting.place)))
    b.body_paragraph(ph.STATE_ATTENDANCE, keep_next=True)
    sections.write_attendance(b, meeting)
    b.body_paragraph(ph.STATE_CHAIR.format(person=w.strip_end(w.person(meeting.chair))))
    if meeting.secretary:
        b.body_paragraph(ph.STATE_SECRETARY.format(person=w.strip_end(w.person(meeting.secretary))))
    b.body_paragraph(ph.STATE_CONTENT, keep_next=True)
    sections.write_proceedings(b, meeting)
    if meeting.conclusions or meeting.tasks:
        b.body_paragraph(ph.STATE_CHAIR_CONCLUDES.format(
            person=w.person(meeting.chair, capital=True) + ","), keep_next=True)
        sections.write_conclusions(b, meeting.conclusions, meeting.tasks)
    time, date = _end(meeting)
    b.body_paragraph(ph.STATE_CLOSING.format(time=time, date=date) + b.s.end_mark, keep_next=True)


def _party_body(b: DocBuilder, data: MinutesData) -> None:
    meeting = data.meeting
    c = data.committee
    day = data.issue_date or meeting.starts_at.date()
    b.header_block(c, data.number, w.date_line(c.place_name, day))
    b.title_block(ph.TITLE_MINUTES, meeting.title)
    time, date = _start(meeting)
    b.body_paragraph(ph.PARTY_STARTS.format(time=time, date=date))
    b.body_paragraph(ph.PARTY_PLACE.format(place=w.strip_end(meeting.place)))
    content = "; ".join(w.lower_first(w.strip_end(i.title)) for i in meeting.agenda)
    b.body_paragraph(ph.PARTY_CONTENT_LINE.format(content=content or w.strip_end(meeting.title)))
    b.body_paragraph(ph.PARTY_CHAIR.format(person=w.strip_end(w.person(meeting.chair))))
    if meeting.secretary:
        b.body_paragraph(ph.PARTY_SECRETARY.format(person=w.strip_end(w.person(meeting.secretary))))
    if meeting.documents:
        b.body_paragraph(ph.PARTY_DOCUMENTS.format(
            documents="; ".join(w.strip_end(d) for d in meeting.documents)))
    b.heading(ph.PARTY_SECTION_ATTENDANCE)
    sections.write_attendance(b, meeting)
    b.heading(ph.PARTY_SECTION_PROCEEDINGS)
    sections.write_proceedings(b, meeting, prefix="2.")
    if meeting.conclusions or meeting.tasks:
        b.heading(ph.PARTY_SECTION_CONCLUSION)
        b.body_paragraph(ph.PARTY_CHAIR_CONCLUDES.format(
            person=w.person(meeting.chair, capital=True) + ","), keep_next=True)
        sections.write_conclusions(b, meeting.conclusions, meeting.tasks, prefix="3.")
    time, date = _end(meeting)
    b.body_paragraph(ph.PARTY_CLOSING.format(time=time, date=date) + b.s.end_mark, keep_next=True)


def _signatures(b: DocBuilder, data: MinutesData) -> None:
    """Left: the minute-taker; right: the chair (with the chair's post if given). Nơi nhận
    goes under the left signature."""
    s, labels, meeting = b.s, data.signatures, data.meeting
    table = b.table((s.header_left_mm, s.header_right_mm))
    left, right = table.rows[0].cells[0]._tc, table.rows[0].cells[1]._tc
    b.signature_cell(left, authority=labels.left_label or s.minutes_left_label, title=None,
                     name=meeting.secretary.name if meeting.secretary else None)
    b.signature_cell(right, authority=labels.right_label or s.minutes_right_label,
                     title=labels.right_title, name=meeting.chair.name)
    b.close_cells(table)
    b.paragraph("", after=0, line_exact=s.paragraph_spacing_pt * 2)
    b.recipients_block(data.recipients)
