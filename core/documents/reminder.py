"""Công văn đôn đốc: one official letter to a lead agency whose tasks are late (or soon due).

A letter has no kind title and no kind code (document-formats.md, "letters"): the number is
"Số: 12/BCĐ-VP" (state: issuing body - drafting unit) or "Số 12-CV/BCĐ" (party), the summary
line "V/v …" sits under it, then "Kính gửi: <agency>", the body with the table of tasks, the
signature and Nơi nhận starting with "- Như trên;". Built on the shared blocks of
core.documents.docx_base, so it follows the other documents' layout.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from docx.document import Document as DocxDocument

from core.documents import wording as w
from core.documents.docx_base import DocBuilder, Span, _clean_text
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
    """Writes many letters of one committee fast: the letter is laid out once by the shared
    blocks above (with markers where the agency's own text goes), and each letter then only
    fills in its texts and table rows and writes the package. A batch of 2,000 letters would
    otherwise spend most of its time in python-docx building the same layout 2,000 times.

    The result is the document :func:`build_reminder` writes (a test compares them), except
    that the file's title property does not name the agency."""

    def __init__(self, style: str, settings: FormatSettings | None = None) -> None:
        self.style = style
        self.settings = settings
        self._template: _Template | None = None

    def write(self, data: ReminderLetterData, path: str | os.PathLike) -> Path:
        if self._template is None:
            self._template = _Template(data, self.settings)
        return save_document(self._template.fill(data), path)


_MARK = "\ue000{}\ue000"
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_TEXT_KEYS = ("addressee", "opening", "count", "closing")


def _xml_text(text: str) -> str:
    """Text as it goes inside <w:t>: cleaned as the builder cleans it, escaped, line breaks."""
    return xml_escape(_clean_text(text)).replace("\n", _BREAK)


class _Template:
    def __init__(self, sample: ReminderLetterData, settings: FormatSettings | None) -> None:
        marks = {key: _MARK.format(key) for key in _TEXT_KEYS}
        blank = replace(sample.number, number=None)
        self.blank_number = w.document_number(sample.committee.style, blank, sample.committee)
        b = DocBuilder(resolve(sample.committee.style, settings))
        self.end_mark = b.s.end_mark
        b.page_numbers()
        _write_letter(b, replace(sample, number=blank), texts=marks,
                      rows=[[_MARK.format(f"c{i}") for i in range(len(COLUMNS))]],
                      title=sample.subject)
        stream = io.BytesIO()
        b.doc.save(stream)
        # Every part but the body is the same in each letter: compressed once, copied as bytes.
        static = io.BytesIO()
        with zipfile.ZipFile(stream) as package, \
                zipfile.ZipFile(static, "w", zipfile.ZIP_DEFLATED) as parts:
            for info in package.infolist():
                if info.filename == "word/document.xml":
                    self.document_info = info
                    document = package.read(info).decode("utf-8")
                else:
                    parts.writestr(info, package.read(info), compress_type=zipfile.ZIP_DEFLATED)
        self.static = static.getvalue()
        first = document.index(_MARK.format("c0"))
        start = max(document.rfind("<w:tr>", 0, first), document.rfind("<w:tr ", 0, first))
        end = document.index("</w:tr>", first) + len("</w:tr>")
        self.head, self.row, self.tail = document[:start], document[start:end], document[end:]

    def fill(self, data: ReminderLetterData) -> _Package:
        rows = []
        for cells in _rows(data):
            row = self.row
            for i, value in enumerate(cells):
                row = row.replace(_MARK.format(f"c{i}"), _xml_text(value))
            rows.append(row)
        number = w.document_number(data.committee.style, data.number, data.committee)
        head = self.head.replace(xml_escape(self.blank_number), _xml_text(number), 1)
        tail = self.tail
        for key, value in _texts(data, self.end_mark).items():
            head = head.replace(_MARK.format(key), _xml_text(value))
            tail = tail.replace(_MARK.format(key), _xml_text(value))
        return _Package(self.static, self.document_info,
                        (head + "".join(rows) + tail).encode("utf-8"))


class _Package:
    """What save_document saves: the template's other parts, then this letter's body."""

    def __init__(self, static: bytes, info: zipfile.ZipInfo, document: bytes) -> None:
        self.static, self.info, self.document = static, info, document

    def save(self, stream) -> None:
        buffer = io.BytesIO(self.static)
        with zipfile.ZipFile(buffer, "a") as package:
            info = zipfile.ZipInfo(self.info.filename, self.info.date_time)
            package.writestr(info, self.document, compress_type=zipfile.ZIP_DEFLATED)
        stream.write(buffer.getvalue())


def _texts(data: ReminderLetterData, end_mark: str) -> dict[str, str]:
    """The letter's own sentences: the addressee, the opening, the count, the closing."""
    c = data.committee
    if data.cited:
        shown = list(data.cited[:6])
        documents = ", ".join(shown)
        if len(data.cited) > len(shown):
            documents += CITED_MORE.format(n=len(data.cited) - len(shown))
        opening = OPENING_CITED.format(documents=documents, committee=c.name, agency=data.agency)
    else:
        opening = OPENING_GENERAL.format(committee=w.capitalize_first(c.name), agency=data.agency)
    template = STATE_DUE if data.due_soon_included else STATE_OVERDUE
    sender = c.secretariat_name or c.name
    closing = CLOSING.format(sender=sender, agency=data.agency,
                             reply_by=w.short_date(data.reply_by), head=data.head_title)
    return {
        "addressee": ADDRESSEE.format(agency=w.strip_end(data.agency)),
        "opening": opening,
        "count": template.format(as_of=w.short_date(data.as_of), count=len(data.tasks)),
        "closing": closing + end_mark,
    }


def _rows(data: ReminderLetterData) -> list[list[str]]:
    return [[str(i), w.strip_end(task.content), task.source, task.deadline_text,
             _late(task, data.as_of), task.progress or NO_PROGRESS]
            for i, task in enumerate(data.tasks, start=1)]


def _write_letter(b: DocBuilder, data: ReminderLetterData, *, texts: dict[str, str] | None = None,
                  rows: list[list[str]] | None = None, title: str | None = None) -> None:
    c, s = data.committee, b.s
    texts = texts or _texts(data, s.end_mark)
    b.set_properties(title=title or f"{data.subject} - {data.agency}",
                     author=c.secretariat_name or c.name)
    b.header_block(c, data.number, w.date_line(c.place_name, data.issue_date))
    number_cell = b.doc.tables[-1].rows[1].cells[0]._tc
    b.paragraph(data.subject, parent=number_cell, size=SUBJECT_SIZE, align="center", after=0)
    b.paragraph(texts["addressee"], size=s.body_size, align="center", before=18, after=12)
    b.body_paragraph(texts["opening"])
    b.body_paragraph(texts["count"], keep_next=True)
    ruled_table(b, WIDTHS, COLUMNS, rows if rows is not None else _rows(data),
                aligns=("center", "left", "left", "center", "center", "left"))
    b.paragraph([Span(texts["closing"])], first_line=True, keep_next=True, before=6,
                line=s.line_spacing)
    b.signature_with_recipients(data.signature, data.recipients, addressed=True)  # Kính gửi


def _late(task: ReminderTask, as_of: dt.date) -> str:
    days = task.days_late(as_of)
    if days:
        return LATE.format(days=days)
    if task.due_date is None:
        return ""
    left = (task.due_date - as_of).days
    return DUE_TODAY if left == 0 else NOT_YET.format(days=left)
