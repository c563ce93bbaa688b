"""The periodic report as an Excel workbook: "Tổng hợp" (overall and per lead agency), "Quá hạn"
and "Đã hoàn thành", with the task list's title block, Times New Roman 12, A4 print setup,
frozen headings and real numbers and dates (core.excel._sheet)."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from core.excel import _sheet
from core.excel._sheet import Styles, WriteOnlyWorksheet, text_cell, value_cell
from core.excel.rows import SheetHeading
from core.reports import wording as rw
from core.reports.model import ReportData, ReportTask

SUMMARY_SHEET, OVERDUE_SHEET, DONE_SHEET = "Tổng hợp", "Quá hạn", "Đã hoàn thành"
PERCENT = "0.0%"
LEAD_WIDTHS = (6, 42, 12, 12, 12, 12, 14, 12)
OVERDUE_COLUMNS = (("STT", 6), ("Nội dung nhiệm vụ", 44), ("Văn bản giao nhiệm vụ", 20),
                   ("Cơ quan chủ trì", 22), ("Cơ quan phối hợp", 20), ("Thời hạn", 13),
                   ("Hạn", 12), ("Số ngày quá hạn", 10), ("Tình hình thực hiện", 30),
                   ("Ghi chú", 16), ("Mã nhiệm vụ", 15))
DONE_COLUMNS = (("STT", 6), ("Nội dung nhiệm vụ", 46), ("Văn bản giao nhiệm vụ", 20),
                ("Cơ quan chủ trì", 22), ("Thời hạn", 13), ("Hạn", 12),
                ("Ngày hoàn thành", 12), ("Kết quả", 14), ("Ghi chú", 16), ("Mã nhiệm vụ", 15))


def write_report_xlsx(data: ReportData, path: str | os.PathLike, *,
                      overwrite: bool = False) -> Path:
    """Write the workbook to ``path`` through a temporary file; an existing file is kept
    unless ``overwrite``."""
    path = _sheet.check_target(Path(path), overwrite=overwrite)
    wb = Workbook(write_only=True)
    wb.properties.creator = "Thư ký Ban Chỉ đạo"
    wb.properties.title = f"Báo cáo {data.title_line[:1].lower()}{data.title_line[1:]}"
    with _sheet.discarded_on_error(wb):
        heading = SheetHeading(
            agency_lines=tuple(line.upper() for line in (data.committee.parent_body,
                                                         data.committee.issuing_body) if line),
            style=data.committee.style, as_of=data.summary.as_of)
        _summary_sheet(_sheet.new_sheet(wb, SUMMARY_SHEET), data, heading)
        _task_sheet(_sheet.new_sheet(wb, OVERDUE_SHEET), data, heading, overdue=True)
        _task_sheet(_sheet.new_sheet(wb, DONE_SHEET), data, heading, overdue=False)
    return _sheet.save_workbook(wb, path, overwrite=overwrite)


def _title_lines(data: ReportData) -> tuple[tuple[str, str], ...]:
    return ((f"của {data.committee.name} {data.summary.period.dates}", "bold"),)


def _start(ws: WriteOnlyWorksheet, styles: Styles, heading: SheetHeading, data: ReportData,
           title: str, widths: Sequence[float], *, landscape: bool) -> tuple[int, StyleArray]:
    """Widths, page, frozen panes and the title block; returns the heading row's number and
    its style."""
    _sheet.column_letter_widths(ws, widths)
    lines = _title_lines(data)
    header_row = _sheet.title_block_rows(heading, len(lines)) + 1
    _sheet.setup_page(ws, title_rows=f"{header_row}:{header_row}", landscape=landscape)
    ws.freeze_panes = f"A{header_row + 1}"
    last = len(widths)
    written = _sheet.write_title_block(
        ws, styles, heading, title=title, last_col=last, left_span=min(3, last),
        right_start=max(4, last - 3), as_of=data.summary.as_of, extra_lines=lines,
        width=sum(widths))
    assert written == header_row - 1, (written, header_row)
    head = styles.get(bold=True, wrap=True, horizontal="center", vertical="center",
                      fill=_sheet.HEADER_FILL)
    return header_row, head


def _summary_sheet(ws: WriteOnlyWorksheet, data: ReportData, heading: SheetHeading) -> None:
    styles = Styles(ws)
    header_row, head = _start(ws, styles, heading, data, rw.SHEET_TITLE, LEAD_WIDTHS,
                              landscape=False)
    _sheet.append_row(ws, header_row, [text_cell(ws, name, head) for name in rw.LEAD_COLUMNS],
                      height=48)
    s_no = styles.get(horizontal="center", vertical="center")
    s_name = styles.get(wrap=True, vertical="center")
    s_count = styles.get(horizontal="center", vertical="center", number_format="#,##0")
    s_rate = styles.get(horizontal="center", vertical="center", number_format=PERCENT)
    s_total = styles.get(bold=True, vertical="center")
    s_total_count = styles.get(bold=True, horizontal="center", vertical="center",
                               number_format="#,##0")
    s_total_rate = styles.get(bold=True, horizontal="center", vertical="center",
                              number_format=PERCENT)
    row = header_row
    for number, lead in enumerate(data.summary.by_lead, start=1):
        row += 1
        c = lead.counts
        _sheet.append_row(ws, row, [
            value_cell(ws, number, s_no), text_cell(ws, lead.name, s_name, s_name),
            *(value_cell(ws, v, s_count) for v in (c.assigned, c.due, c.done_on_time,
                                                   c.done_late, c.overdue)),
            value_cell(ws, c.rate, s_rate)],
            height=_sheet.row_height(_sheet.text_lines(lead.name, LEAD_WIDTHS[1])))
    row += 1
    t = data.summary.total
    _sheet.append_row(ws, row, [
        text_cell(ws, "", s_total), text_cell(ws, rw.TOTAL, s_total),
        *(value_cell(ws, v, s_total_count) for v in (t.assigned, t.due, t.done_on_time,
                                                     t.done_late, t.overdue)),
        value_cell(ws, t.rate, s_total_rate)])
    plain = styles.get(wrap=True, border=False, vertical="top")
    note = styles.get(italic=True, wrap=True, border=False, vertical="top")
    lines = [("", plain), *((text, plain) for text in rw.general_paragraphs(data)),
             (rw.NOTE.format(as_of=f"{data.summary.as_of:%d/%m/%Y}"), note)]
    _merged_lines(ws, row, lines, LEAD_WIDTHS)


def _merged_lines(ws: WriteOnlyWorksheet, row: int, lines, widths: Sequence[float]) -> int:
    """Lines of text under a table, each across the table's width; returns the last row."""
    last = get_column_letter(len(widths))
    for text, style in lines:
        row += 1
        if text:
            ws.merged_cells.add(f"A{row}:{last}{row}")
        _sheet.append_row(ws, row, [text_cell(ws, text, style)] if text else [],
                          height=_sheet.row_height(_sheet.text_lines(text, sum(widths))))
    return row


def _task_sheet(ws: WriteOnlyWorksheet, data: ReportData, heading: SheetHeading, *,
                overdue: bool) -> None:
    styles = Styles(ws)
    columns = OVERDUE_COLUMNS if overdue else DONE_COLUMNS
    widths = [w for _, w in columns]
    title = ("DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH" if overdue
             else "DANH SÁCH NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KỲ")
    header_row, head = _start(ws, styles, heading, data, title, widths, landscape=True)
    _sheet.append_row(ws, header_row, [text_cell(ws, name, head) for name, _ in columns],
                      height=34)
    s_center = styles.get(horizontal="center")
    s_wrap = styles.get(wrap=True)
    s_wrap_q = styles.get(wrap=True, quote=True)
    s_date = styles.get(horizontal="center", number_format=_sheet.DATE_FORMAT)
    s_center_wrap = styles.get(horizontal="center", wrap=True)
    as_of = data.summary.as_of
    column = {name: i for i, (name, _) in enumerate(columns)}
    tasks: Sequence[ReportTask] = data.overdue if overdue else data.done
    row = header_row
    for number, task in enumerate(tasks, start=1):
        row += 1
        coordinators = "; ".join(task.coordinators)
        if overdue:
            cells = [
                value_cell(ws, number, s_center), text_cell(ws, task.content, s_wrap, s_wrap_q),
                text_cell(ws, task.source, s_wrap, s_wrap_q),
                text_cell(ws, task.lead, s_wrap, s_wrap_q),
                text_cell(ws, coordinators, s_wrap, s_wrap_q),
                text_cell(ws, task.deadline_text, s_center_wrap, s_wrap_q),
                value_cell(ws, task.due_date, s_date),
                value_cell(ws, task.days_late(as_of), s_center),
                text_cell(ws, task.progress, s_wrap, s_wrap_q),
                text_cell(ws, task.extension_note, s_wrap),
                text_cell(ws, task.code, s_center)]
            wrapped = {"Nội dung nhiệm vụ": task.content, "Văn bản giao nhiệm vụ": task.source,
                       "Cơ quan chủ trì": task.lead, "Cơ quan phối hợp": coordinators,
                       "Tình hình thực hiện": task.progress}
        else:
            cells = [
                value_cell(ws, number, s_center), text_cell(ws, task.content, s_wrap, s_wrap_q),
                text_cell(ws, task.source, s_wrap, s_wrap_q),
                text_cell(ws, task.lead, s_wrap, s_wrap_q),
                text_cell(ws, task.deadline_text, s_center_wrap, s_wrap_q),
                value_cell(ws, task.due_date, s_date), value_cell(ws, task.completed_on, s_date),
                text_cell(ws, rw.done_result(task, as_of), s_center_wrap),
                text_cell(ws, task.extension_note, s_wrap),
                text_cell(ws, task.code, s_center)]
            wrapped = {"Nội dung nhiệm vụ": task.content, "Văn bản giao nhiệm vụ": task.source,
                       "Cơ quan chủ trì": task.lead}
        lines = max(_sheet.text_lines(text, widths[column[name]]) for name, text in wrapped.items())
        _sheet.append_row(ws, row, cells, height=_sheet.row_height(lines))
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(row, header_row)}"
    if not tasks:
        _merged_lines(ws, row, [(rw.NO_OVERDUE if overdue else rw.NO_DONE,
                                 styles.get(italic=True, border=False))], widths)

