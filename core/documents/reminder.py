"""Công văn đôn đốc: one official letter to a lead agency whose tasks are late (or soon due).

A letter has no kind title and no kind code (document-formats.md, "letters"): the number is
"Số: 12/BCĐ-VP" (state: issuing body - drafting unit) or "Số 12-CV/BCĐ" (party), the summary
line "V/v …" sits under it, then "Kính gửi: <agency>", the body with the table of tasks, the
signature and Nơi nhận starting with "- Như trên;". Built on the shared blocks of
core.documents.docx_base, so it follows the other documents' layout.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from core.documents import wording as w
from core.documents.docx_base import DocBuilder, Span
from core.documents.files import save_document
from core.documents.model import CommitteeIdentity, DocumentNumber, Recipients, Signature
from core.documents.settings import FormatSettings, resolve
from core.reports.docx_tables import ruled_table

LETTER_CODE_PARTY = "CV"       # party letters: "Số 12-CV/BCĐ" (HD 36)
SUBJECT = "V/v đôn đốc thực hiện nhiệm vụ được giao"
SUBJECT_SIZE = 12
ADDRESSEE = "Kính gửi: {agency}"
OPENING_CITED = ("Thực hiện {documents}, {committee} đã giao {agency} chủ trì thực hiện một số "
                 "nhiệm vụ.")
OPENING_GENERAL = "{committee} đã giao {agency} chủ trì thực hiện một số nhiệm vụ."
CITED_MORE = " và {n} văn bản khác (ghi tại cột «Văn bản giao nhiệm vụ» dưới đây)"
STATE_OVERDUE = ("Đến ngày {as_of}, còn {count} nhiệm vụ dưới đây đã quá thời hạn nhưng chưa được "
                 "báo cáo hoàn thành:")
STATE_DUE = ("Đến ngày {as_of}, còn {count} nhiệm vụ dưới đây đã quá thời hạn hoặc sắp đến hạn "
             "nhưng chưa được báo cáo hoàn thành:")
CLOSING = ("Để bảo đảm tiến độ thực hiện các kết luận, {sender} đề nghị {agency} khẩn trương chỉ "
           "đạo thực hiện các nhiệm vụ nêu trên và gửi báo cáo kết quả thực hiện trước ngày "
           "{reply_by} để tổng hợp, báo cáo {head}")
COLUMNS = ("STT", "Nội dung nhiệm vụ", "Văn bản giao nhiệm vụ", "Thời hạn", "Số ngày quá hạn",
           "Tình hình thực hiện gần nhất")
WIDTHS = (11, 49, 30, 24, 16, 35)   # 165 mm: the portrait text width
LATE = "{days}"
NOT_YET = "còn {days} ngày"
DUE_TODAY = "hạn hôm nay"
NO_PROGRESS = "Chưa báo cáo"


@dataclass(frozen=True)
class ReminderTask:
    content: str
    source: str                 # "TB số 25-TB/BCĐ ngày 16/12/2019", or the meeting
    deadline_text: str
    due_date: dt.date | None
    progress: str = ""

    def days_late(self, as_of: dt.date) -> int:
        """As the overview counts them: days from the deadline to ``as_of`` (0 if not late)."""
        if self.due_date is None:
            return 0
        return max(0, (as_of - self.due_date).days)


@dataclass(frozen=True)
class ReminderLetterData:
    committee: CommitteeIdentity
    number: DocumentNumber
    issue_date: dt.date
    as_of: dt.date
    reply_by: dt.date
    agency: str
    cited: tuple[str, ...]          # the conclusion notices, "Thông báo số 25-TB/BCĐ ngày …"
    tasks: tuple[ReminderTask, ...]
    signature: Signature
    recipients: Recipients
    head_title: str = "Trưởng Ban"  # who the reports are summed up for
    due_soon_included: bool = False
    subject: str = SUBJECT


def letter_number(style: str, number: int, committee: CommitteeIdentity,
                  drafting_unit: str) -> DocumentNumber:
    """The letter's number for the shared header: state "12/BCĐ-VP", party "12-CV/BCĐ"."""
    if style == "state":
        return DocumentNumber(committee.abbreviation, number, issuer=drafting_unit or None)
    return DocumentNumber(LETTER_CODE_PARTY, number)


def number_text(style: str, number: DocumentNumber, committee: CommitteeIdentity) -> str:
    """"12/BCĐ-VP" or "12-CV/BCĐ", as the summary list and the task history print it."""
    return w.number_code(style, number.number, number.type_code,
                         number.issuer or committee.abbreviation)


def write_reminder(data: ReminderLetterData, path: str | os.PathLike,
                   settings: FormatSettings | None = None) -> Path:
    return save_document(build_reminder(data, settings), path)


def build_reminder(data: ReminderLetterData, settings: FormatSettings | None = None) -> DocxDocument:
    b = DocBuilder(resolve(data.committee.style, settings))
    b.page_numbers()
    _write_letter(b, data)
    return b.doc


class ReminderWriter:
    """Writes many letters of one committee with one document: the styles, page setup and page
    number header are made once, and each letter only rewrites the body (a batch of 2,000
    letters would otherwise spend most of its time opening python-docx's blank document)."""

    def __init__(self, style: str, settings: FormatSettings | None = None) -> None:
        self.builder = DocBuilder(resolve(style, settings))
        self.builder.page_numbers()

    def write(self, data: ReminderLetterData, path: str | os.PathLike) -> Path:
        body = self.builder.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _write_letter(self.builder, data)
        return save_document(self.builder.doc, path)


def _write_letter(b: DocBuilder, data: ReminderLetterData) -> None:
    c, s = data.committee, b.s
    b.set_properties(title=f"{data.subject} - {data.agency}", author=c.secretariat_name or c.name)
    b.header_block(c, data.number, w.date_line(c.place_name, data.issue_date))
    number_cell = b.doc.tables[-1].rows[1].cells[0]._tc
    b.paragraph(data.subject, parent=number_cell, size=SUBJECT_SIZE, align="center", after=0)
    b.paragraph(ADDRESSEE.format(agency=w.strip_end(data.agency)), size=s.body_size,
                align="center", before=18, after=12)

    committee = w.capitalize_first(c.name)
    if data.cited:
        shown = list(data.cited[:6])
        documents = ", ".join(shown)
        if len(data.cited) > len(shown):
            documents += CITED_MORE.format(n=len(data.cited) - len(shown))
        opening = OPENING_CITED.format(documents=documents, committee=c.name, agency=data.agency)
    else:
        opening = OPENING_GENERAL.format(committee=committee, agency=data.agency)
    b.body_paragraph(opening)
    template = STATE_DUE if data.due_soon_included else STATE_OVERDUE
    b.body_paragraph(template.format(as_of=w.short_date(data.as_of), count=len(data.tasks)),
                     keep_next=True)
    rows = []
    for i, task in enumerate(data.tasks, start=1):
        rows.append([str(i), w.strip_end(task.content), task.source, task.deadline_text,
                     _late(task, data.as_of), task.progress or NO_PROGRESS])
    ruled_table(b, WIDTHS, COLUMNS, rows,
                aligns=("center", "left", "left", "center", "center", "left"))
    sender = c.secretariat_name or c.name
    closing = CLOSING.format(sender=sender, agency=data.agency,
                             reply_by=w.short_date(data.reply_by), head=data.head_title)
    b.paragraph([Span(closing + s.end_mark)], first_line=True, keep_next=True, before=6,
                line=s.line_spacing)
    b.signature_with_recipients(data.signature, data.recipients)


def _late(task: ReminderTask, as_of: dt.date) -> str:
    days = task.days_late(as_of)
    if days:
        return LATE.format(days=days)
    if task.due_date is None:
        return ""
    left = (task.due_date - as_of).days
    return DUE_TODAY if left == 0 else NOT_YET.format(days=left)
