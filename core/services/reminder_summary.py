"""The list of reminder letters sent (.xlsx): one row per letter, for the văn thư's register
and for following up the replies. Same title block, fonts and print setup as the other sheets."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from core.documents.model import CommitteeIdentity
from core.excel import _sheet
from core.excel._sheet import Styles, text_cell, value_cell
from core.excel.rows import SheetHeading

TITLE = "DANH SÁCH CÔNG VĂN ĐÔN ĐỐC THỰC HIỆN NHIỆM VỤ"
COLUMNS = (("STT", 6), ("Số công văn", 14), ("Ngày", 12), ("Kính gửi", 40),
           ("Số nhiệm vụ đôn đốc", 12), ("Trong đó quá hạn", 11), ("Quá hạn nhiều nhất (ngày)", 12),
           ("Hạn báo cáo", 12), ("Tệp", 36))


def write_summary(path: Path, committee: CommitteeIdentity, letters: Sequence, *,
                  issue_date: dt.date, as_of: dt.date, reply_by: dt.date) -> Path:
    wb = Workbook(write_only=True)
    wb.properties.creator = "Thư ký Ban Chỉ đạo"
    wb.properties.title = TITLE.capitalize()
    with _sheet.discarded_on_error(wb):
        ws = _sheet.new_sheet(wb, "Công văn đôn đốc")
        styles = Styles(ws)
        widths = [w for _, w in COLUMNS]
        heading = SheetHeading(
            agency_lines=tuple(x.upper() for x in (committee.parent_body, committee.issuing_body)
                               if x), style=committee.style, as_of=as_of)
        lines = ((f"của {committee.name}, ngày {issue_date:%d/%m/%Y}", "bold"),)
        header_row = _sheet.title_block_rows(heading, len(lines)) + 1
        _sheet.column_letter_widths(ws, widths)
        _sheet.setup_page(ws, title_rows=f"{header_row}:{header_row}", landscape=True)
        ws.freeze_panes = f"A{header_row + 1}"
        _sheet.write_title_block(ws, styles, heading, title=TITLE, last_col=len(widths),
                                 left_span=3, right_start=len(widths) - 3, as_of=as_of,
                                 extra_lines=lines, width=sum(widths))
        head = styles.get(bold=True, wrap=True, horizontal="center", vertical="center",
                          fill=_sheet.HEADER_FILL)
        _sheet.append_row(ws, header_row, [text_cell(ws, n, head) for n, _ in COLUMNS], height=34)
        s_center = styles.get(horizontal="center")
        s_wrap = styles.get(wrap=True)
        s_quote = styles.get(wrap=True, quote=True)
        s_date = styles.get(horizontal="center", number_format=_sheet.DATE_FORMAT)
        row = header_row
        for i, letter in enumerate(letters, start=1):
            row += 1
            _sheet.append_row(ws, row, [
                value_cell(ws, i, s_center), text_cell(ws, letter.number_text, s_center),
                value_cell(ws, issue_date, s_date), text_cell(ws, letter.agency_name, s_wrap, s_quote),
                value_cell(ws, letter.task_count, s_center), value_cell(ws, letter.late_count, s_center),
                value_cell(ws, letter.most_days_late, s_center), value_cell(ws, reply_by, s_date),
                text_cell(ws, letter.path.name, s_wrap)],
                height=_sheet.row_height(_sheet.text_lines(letter.agency_name, widths[3])))
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(widths))}{row}"
    return _sheet.save_workbook(wb, path, overwrite=False)
