"""The member list of a committee, in the order given (protocol order: the caller sorts)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from openpyxl.workbook import Workbook

from core.excel import _sheet
from core.excel._sheet import Styles, WriteOnlyWorksheet, text_cell, value_cell
from core.excel.rows import MemberRow, SheetHeading
from core.progress import Progress, counted

COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5),
    ("Họ và tên", 24),
    ("Chức vụ", 42),
    ("Cơ quan", 28),
    ("Vai trò trong Ban", 18),
    ("Điện thoại", 14),
    ("Email", 27),
)
DEFAULT_TITLE = "DANH SÁCH THÀNH VIÊN"


def write_member_list(rows: Iterable[MemberRow], path: Path | str, heading: SheetHeading, *,
                      today: dt.date | None = None, overwrite: bool = False,
                      progress: Progress | None = None, total: int = 0) -> Path:
    """STT, name, position, agency, role, phone, e-mail. Phone numbers stay text (the leading 0
    is kept). Returns the path written; ``progress`` hears the rows written."""
    path = _sheet.check_target(Path(path), overwrite=overwrite)
    today = today or dt.date.today()
    wb = Workbook(write_only=True)
    wb.properties.creator = "Thư ký Ban Chỉ đạo"
    title = heading.title or DEFAULT_TITLE
    wb.properties.title = title
    with _sheet.discarded_on_error(wb):
        _write_members(_sheet.new_sheet(wb, "Thành viên"), counted(rows, progress, total),
                       heading, title, today)
    return _sheet.save_workbook(wb, path, overwrite=overwrite)


def _write_members(ws: WriteOnlyWorksheet, rows: Iterable[MemberRow], heading: SheetHeading, title: str,
                   today: dt.date) -> None:
    styles = Styles(ws)
    widths = [width for _, width in COLUMNS]
    _sheet.column_letter_widths(ws, widths)
    written_top = _sheet.title_block_rows(heading)
    header_row = written_top + 1
    _sheet.setup_page(ws, title_rows=f"{header_row}:{header_row}")
    ws.freeze_panes = f"A{header_row + 1}"
    written = _sheet.write_title_block(
        ws, styles, heading, title=title, last_col=len(COLUMNS), left_span=3, right_start=4,
        as_of=heading.as_of or today, width=sum(widths))
    assert written == written_top, (written, written_top)

    head = styles.get(bold=True, wrap=True, horizontal="center", vertical="center",
                      fill=_sheet.HEADER_FILL)
    _sheet.append_row(ws, header_row, [text_cell(ws, name, head) for name, _ in COLUMNS],
                      height=34)
    s_center = styles.get(horizontal="center")
    s_wrap = styles.get(wrap=True)
    s_wrap_q = styles.get(wrap=True, quote=True)
    s_name = styles.get(bold=True, wrap=True)
    s_name_q = styles.get(bold=True, wrap=True, quote=True)
    row_no = header_row
    for number, member in enumerate(rows, 1):
        row_no += 1
        values = (member.full_name, member.position, member.agency, member.role,
                  member.phone, member.email)
        height = _sheet.row_height(max(
            _sheet.text_lines(value or "", width) for value, width in zip(values, widths[1:])))
        _sheet.append_row(ws, row_no, [
            value_cell(ws, number, s_center),
            text_cell(ws, member.full_name, s_name, s_name_q),
            *(text_cell(ws, value, s_wrap, s_wrap_q) for value in values[1:]),
        ], height=height)
    ws.auto_filter.ref = f"A{header_row}:G{max(row_no, header_row)}"

