"""Thông báo kết luận: the chair's conclusions and the tasks, sent to every agency concerned."""
from __future__ import annotations

import os
import re
from pathlib import Path

from docx.document import Document as DocxDocument

from core.documents import phrases as ph
from core.documents import sections
from core.documents import wording as w
from core.documents.docx_base import DocBuilder
from core.documents.files import save_document
from core.documents.model import NoticeData, PersonRef
from core.documents.settings import FormatSettings, resolve


def write_notice(data: NoticeData, path: str | os.PathLike,
                 settings: FormatSettings | None = None) -> Path:
    """Write the conclusion notice to ``path`` (atomically)."""
    return save_document(build_notice(data, settings), path)


def notice_summary(data: NoticeData) -> str:
    """State "Kết luận của đồng chí … tại … ngày dd/mm/yyyy"; party starts lower case."""
    meeting = data.meeting
    summary = data.summary or ph.NOTICE_SUMMARY.format(
        person=w.person(meeting.chair), meeting=w.meeting_in_sentence(meeting.title),
        date=w.short_date(meeting.starts_at.date()))
    if data.committee.style == "party":
        return w.lower_first(summary)
    return w.capitalize_first(summary)


def build_notice(data: NoticeData, settings: FormatSettings | None = None) -> DocxDocument:
    c, meeting = data.committee, data.meeting
    s = resolve(c.style, settings)
    b = DocBuilder(s)
    summary = notice_summary(data)
    b.set_properties(title=f"{ph.TITLE_NOTICE.capitalize()} {w.lower_first(summary)}",
                     author=c.secretariat_name or c.name)
    b.page_numbers()
    b.header_block(c, data.number, w.date_line(c.place_name, data.issue_date))
    b.title_block(ph.TITLE_NOTICE, summary)

    opening = ph.NOTICE_OPENING.format(
        date=w.short_date(meeting.starts_at.date()), place=w.strip_end(meeting.place),
        person=w.person(meeting.chair), meeting=w.meeting_in_sentence(meeting.title))
    participants = data.participants or _participants(data)
    if participants:
        opening += ph.NOTICE_PARTICIPANTS.format(participants=w.strip_end(participants))
    b.body_paragraph(opening)
    b.body_paragraph(_heard(data), keep_next=True)
    sections.write_conclusions(b, meeting.conclusions, meeting.tasks)
    sender = w.issuer_in_text(c)
    b.body_paragraph(ph.NOTICE_CLOSING.format(sender=w.capitalize_first(sender)) + s.end_mark,
                     keep_next=True)
    b.signature_with_recipients(data.signature, data.recipients)
    return b.doc


def _participants(data: NoticeData) -> str:
    """Members present (but the chair) and guests, in protocol order, without "đồng chí" (the
    sentence says "các đồng chí")."""
    meeting = data.meeting
    names = []
    for m in meeting.members:
        if m.name == meeting.chair.name:
            continue
        if m.status == "substituted" and m.substitute:
            names.append(m.substitute)
        elif m.status in sections.PRESENT:
            names.append(PersonRef(m.name, m.position, m.is_person))
    names += [PersonRef(g.name, g.position, g.is_person) for g in meeting.guests
              if g.status in sections.PRESENT]
    return "; ".join(f"{r.name}, {r.position}" if r.position and r.is_person is not False
                     else r.name for r in names)


def _heard(data: NoticeData) -> str:
    """"Sau khi nghe <agency> báo cáo <content> và ý kiến …, đồng chí <title> kết luận như sau:"."""
    meeting = data.meeting
    first = meeting.agenda[0] if meeting.agenda else None
    agency = data.reported_by or (first.presenter if first else None)
    content = data.report_content or (first.title if first else None)
    concluding = data.concluding_title or meeting.chair.name
    person = w.person(PersonRef(concluding), with_position=False)
    if not person.casefold().startswith(ph.COMRADE):
        person = f"{ph.COMRADE} {person}"
    if agency and content:
        content = w.lower_first(w.strip_end(content))
        content = re.sub(rf"^{ph.REPORT_WORD}\s+", "", content, flags=re.IGNORECASE)
        return ph.NOTICE_HEARD.format(agency=w.strip_end(agency), content=content, person=person)
    return ph.NOTICE_HEARD_NO_REPORT.format(person=person)
