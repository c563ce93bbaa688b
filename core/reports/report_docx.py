"""The periodic report in Word: "Báo cáo tình hình thực hiện kết luận", in the committee's
official format (state NĐ 30/2020 or party HD 36), with the same header, fonts, rules and
signature as the meeting documents (core.documents.docx_base).

The number is left blank ("Số:      /BC-BCĐ") unless given: a report is numbered when it is
registered at the văn thư, and writing a draft twice must not use up two numbers.
"""
from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument

from core.documents import wording as w
from core.documents.docx_base import DocBuilder, Span
from core.documents.files import save_document
from core.documents.model import DocumentNumber
from core.documents.settings import FormatSettings, resolve
from core.errors import AppError
from core.reports import wording as rw
from core.reports.docx_tables import ruled_table
from core.reports.model import ReportData

# Column widths in millimetres: each table fills the 165 mm of a portrait A4 text area.
LEAD_WIDTHS = (12, 48, 17, 17, 18, 18, 18, 17)
OVERDUE_WIDTHS = (12, 58, 33, 22, 16, 24)
DONE_WIDTHS = (12, 58, 33, 22, 22, 18)
SPACE_PT = 6  # above a section heading or a paragraph that follows a table


def write_report_docx(data: ReportData, path: str | os.PathLike, *, overwrite: bool = False,
                      settings: FormatSettings | None = None) -> Path:
    """Write the report to ``path`` (atomically); an existing file is kept unless ``overwrite``."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise AppError("file_exists", path=str(path))
    return save_document(build_report_docx(data, settings), path)


def build_report_docx(data: ReportData, settings: FormatSettings | None = None) -> DocxDocument:
    c, summary = data.committee, data.summary
    s = resolve(c.style, settings)
    b = DocBuilder(s)
    title_line = data.title_line
    summary_line = w.lower_first(title_line) if c.style == "party" else title_line
    b.set_properties(title=f"Báo cáo {w.lower_first(title_line)}", author=c.secretariat_name or c.name)
    b.page_numbers()
    b.header_block(c, DocumentNumber("BC", data.number), w.date_line(c.place_name, data.issue_date))
    b.title_block(rw.TITLE, summary_line)
    as_of = f"{summary.as_of:%d/%m/%Y}"

    _heading(b, rw.SECTION_GENERAL)
    for line in rw.general_paragraphs(data):
        b.body_paragraph(line)
    b.paragraph(rw.NOTE.format(as_of=as_of), size=12, italic=True, first_line=True,
                line=s.line_spacing)

    _heading(b, rw.SECTION_BY_LEAD)
    rows = [[str(i), lead.name, *rw.lead_cells(lead.counts)]
            for i, lead in enumerate(summary.by_lead, start=1)]
    rows.append(["", rw.TOTAL, *rw.lead_cells(summary.total)])
    ruled_table(b, LEAD_WIDTHS, rw.LEAD_COLUMNS, rows,
                aligns=("center", "left", *["center"] * 6), bold_rows=(len(rows) - 1,))

    _heading(b, rw.SECTION_OVERDUE)
    if data.overdue:
        b.body_paragraph(rw.OVERDUE_LEAD.format(as_of=as_of, count=rw.number(len(data.overdue))),
                         keep_next=True)
        ruled_table(b, OVERDUE_WIDTHS, rw.OVERDUE_COLUMNS, [
            [str(i), _content(t), t.lead, t.deadline_text, rw.number(t.days_late(summary.as_of)),
             t.extension_note]
            for i, t in enumerate(data.overdue, start=1)],
            aligns=("center", "left", "left", "center", "center", "left"))
    else:
        b.body_paragraph(rw.NO_OVERDUE)

    _heading(b, rw.SECTION_DONE)
    if data.done:
        b.body_paragraph(rw.DONE_LEAD.format(count=rw.number(len(data.done))), keep_next=True)
        ruled_table(b, DONE_WIDTHS, rw.DONE_COLUMNS, [
            [str(i), _content(t), t.lead, t.deadline_text, f"{t.completed_on:%d/%m/%Y}",
             rw.done_result(t, summary.as_of)]
            for i, t in enumerate(data.done, start=1)],
            aligns=("center", "left", "left", "center", "center", "center"))
    else:
        b.body_paragraph(rw.NO_DONE)

    closing = rw.CLOSING.format(name=c.name, period=summary.period.label)
    b.paragraph(closing + s.end_mark, first_line=True, keep_next=True, before=SPACE_PT,
                line=s.line_spacing)
    b.signature_with_recipients(data.signature, data.recipients)
    return b.doc


def _heading(b: DocBuilder, text: str) -> None:
    b.paragraph(text, bold=True, first_line=True, keep_next=True, before=SPACE_PT,
                line=b.s.line_spacing)


def _content(task) -> list[Span]:
    """The task, and where it comes from (in italics, on a line of its own)."""
    spans = [Span(w.strip_end(task.content))]
    if task.source:
        spans.append(Span(f"\n({task.source})", italic=True))
    return spans
