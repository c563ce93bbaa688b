"""Giấy mời: who invites whom, to what, when, where, the agenda and what to bring."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from docx.document import Document as DocxDocument

from core.documents import phrases as ph
from core.documents import sections
from core.documents import wording as w
from core.documents.docx_base import DocBuilder
from core.documents.files import save_document
from core.documents.model import InvitationData
from core.documents.settings import FormatSettings, resolve


def write_invitation(data: InvitationData, path: str | os.PathLike,
                     settings: FormatSettings | None = None) -> Path:
    """Write the invitation to ``path`` (atomically)."""
    return save_document(build_invitation(data, settings), path)


def build_invitation(data: InvitationData, settings: FormatSettings | None = None) -> DocxDocument:
    c, meeting = data.committee, data.meeting
    s = resolve(c.style, settings)
    s = replace(s, line_spacing=s.invitation_line_spacing)  # one page: see FormatSettings
    tight = s.invitation_list_spacing_pt
    b = DocBuilder(s)
    title = w.strip_end(meeting.title)
    summary = data.summary or ph.INVITATION_SUMMARY.format(meeting=title)
    b.set_properties(title=f"{ph.TITLE_INVITATION.capitalize()} {w.lower_first(summary)}",
                     author=c.secretariat_name or c.name)
    b.page_numbers()
    b.header_block(c, data.number, w.date_line(c.place_name, data.issue_date))
    b.title_block(ph.TITLE_INVITATION, summary)

    inviter = w.capitalize_first(w.strip_end(data.inviter or c.name))
    b.body_paragraph(ph.INVITES.format(inviter=inviter), keep_next=True)
    if data.invitees_text:
        b.body_paragraph(data.invitees_text)
    else:
        lines = [sections.attendee_text(m) for m in meeting.members]
        lines += [sections.attendee_text(g, with_agency=True) for g in meeting.guests]
        sections.list_lines(b, lines, after=tight)
    b.body_paragraph(ph.INVITATION_TO.format(meeting=title))
    b.body_paragraph(ph.INVITATION_CHAIR.format(person=w.strip_end(w.person(meeting.chair))))
    day = meeting.starts_at.date()
    b.body_paragraph(ph.INVITATION_TIME.format(time=w.time_text(meeting.starts_at),
                                               weekday=w.weekday(day), date=w.date_in_text(day)))
    b.body_paragraph(ph.INVITATION_PLACE.format(place=w.strip_end(meeting.place)))
    if meeting.agenda:
        b.body_paragraph(ph.INVITATION_AGENDA, keep_next=True)
        for i, item in enumerate(meeting.agenda, start=1):
            line = f"{i}. {w.strip_end(item.title)}"
            if item.presenter:
                line += ph.INVITATION_PRESENTER.format(presenter=w.strip_end(item.presenter))
            b.body_paragraph(line + ".", after=tight if i < len(meeting.agenda) else None)
    if data.preparation:
        b.body_paragraph(ph.INVITATION_PREPARE, keep_next=True)
        sections.list_lines(b, [w.lower_first(p) for p in data.preparation], after=tight)
    if data.contact:
        b.body_paragraph(w.strip_end(data.contact) + ".")
    b.body_paragraph(ph.INVITATION_CLOSING + s.end_mark, keep_next=True)
    b.signature_with_recipients(data.signature, data.recipients)
    return b.doc
