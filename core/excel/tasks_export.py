"""The task list in the official layout (document-formats.md, "Task list in Excel"), and the
per-agency forms that agencies fill in and send back.

Every sheet carries the task code in a hidden column and the export time (UTC) in a document
property and a hidden cell, so a returned sheet can be matched back and checked for changes
made here in the meantime (core.excel.progress_import).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from core.errors import AppError
from core.excel import _sheet
from core.excel._sheet import Styles, WriteOnlyWorksheet, text_cell
from core.excel.names import sheet_titles, unique_file_stems
from core.excel.rows import SheetHeading, TaskRow
from core.excel.statuses import DUE_SOON_DAYS, STATUS_COLOURS, STATUS_LABELS, task_status
from core.progress import Progress, Tally, counted

# (heading, width). Widths in Excel units (about one digit each); the sum is what fits an A4
# landscape page at a readable scale.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5),
    ("Nội dung nhiệm vụ", 40),
    ("Văn bản giao nhiệm vụ", 16),
    ("Cơ quan chủ trì", 16),
    ("Cơ quan phối hợp", 17),
    ("Thời hạn", 12),
    ("Hạn", 12),
    ("Tình hình thực hiện", 34),
    ("Ngày hoàn thành", 12),
    ("Trạng thái", 15),
    ("Ghi chú", 11),
    ("Mã nhiệm vụ", 14),  # hidden
)
VISIBLE_COLUMNS = 11
CODE_COLUMN = 12
CODE_HEADING = COLUMNS[CODE_COLUMN - 1][0]
EDITABLE_COLUMNS = (8, 9, 10)  # H, I, J: what an agency fills in
EXPORTED_AT_PROPERTY = "ThuKy.ExportedAt"
EXPORTED_AT_LABEL = "ThuKy.ExportedAt"  # hidden cell L1; its value is in L2
SHEET_TITLE = "Nhiệm vụ"
DEFAULT_TITLE = "BẢNG THEO DÕI NHIỆM VỤ"
OPEN_FILL = "FFF8DC"  # the cells an agency may edit
AGENCY_NOTE = ("Đề nghị cơ quan cập nhật các cột «Tình hình thực hiện», «Ngày hoàn thành» "
               "(ngày/tháng/năm) và «Trạng thái», rồi gửi lại tệp này. "
               "Không sửa các cột khác, không thêm hoặc xóa dòng.")


@dataclass(frozen=True)
class _SheetPlan:
    heading: SheetHeading
    title: str
    extra_lines: tuple[tuple[str, str], ...] = ()
    protect: bool = False
    password: str | None = None


def write_task_list(rows: Iterable[TaskRow], path: Path | str, heading: SheetHeading, *,
                    today: dt.date, exported_at: dt.datetime | None = None,
                    overwrite: bool = False, progress: Progress | None = None,
                    total: int = 0) -> Path:
    """The whole task list as one sheet. ``rows`` are written in the order given; a change of
    ``group`` starts a bold group row (I., II., …). Returns the path written.

    ``progress(done, total)`` hears how many rows are written (``total`` is how many are
    expected); raising :class:`core.progress.Cancelled` from it stops the work and leaves no
    file.

    ``exported_at`` (naive UTC, like the database's ``updated_at``) should be taken before the
    rows were read, so that a change made while exporting is seen as newer than the sheet.
    """
    path = _sheet.check_target(Path(path), overwrite=overwrite)
    exported_at = exported_at or _utcnow()
    title = heading.title or DEFAULT_TITLE
    wb = _new_workbook(exported_at, title)
    with _sheet.discarded_on_error(wb):
        _write_sheet(_sheet.new_sheet(wb, SHEET_TITLE), counted(rows, progress, total),
                     _SheetPlan(heading, title), today=today, exported_at=exported_at)
    return _sheet.save_workbook(wb, path, overwrite=overwrite)


def write_agency_forms(rows_by_agency: Mapping[str, Sequence[TaskRow]], folder_or_path: Path | str,
                       heading: SheetHeading, *, one_workbook_per_agency: bool = True,
                       today: dt.date, exported_at: dt.datetime | None = None,
                       password: str | None = None, overwrite: bool = False,
                       progress: Progress | None = None) -> list[Path]:
    """A form per agency, with only "Tình hình thực hiện", "Ngày hoàn thành" and "Trạng thái"
    open for editing.

    One workbook per agency in the folder ``folder_or_path`` (file names without diacritics or
    characters Windows forbids), or one workbook at ``folder_or_path`` with one sheet per
    agency. The sheets are protected without a password unless ``password`` is given: the
    protection stops slips, not people. Agencies can still filter and resize rows and columns.
    Nothing is written when any target file already exists (unless ``overwrite``).
    ``progress(done, total)`` hears the rows written over all the forms.
    """
    tally = Tally(progress, sum(len(rows) for rows in rows_by_agency.values()))
    exported_at = exported_at or _utcnow()
    title = heading.title or DEFAULT_TITLE
    agencies = list(rows_by_agency)
    target = Path(folder_or_path)

    def plan(agency: str) -> _SheetPlan:
        return _SheetPlan(heading, title,
                          ((f"Cơ quan chủ trì: {agency}", "bold"), (AGENCY_NOTE, "italic")),
                          protect=True, password=password)

    if not one_workbook_per_agency:
        _sheet.check_target(target, overwrite=overwrite)
        wb = _new_workbook(exported_at, title)
        with _sheet.discarded_on_error(wb):
            for agency, sheet_title in zip(agencies, sheet_titles(agencies), strict=True):
                _write_sheet(_sheet.new_sheet(wb, sheet_title), tally.over(rows_by_agency[agency]),
                             plan(agency), today=today, exported_at=exported_at)
        tally.finish()
        return [_sheet.save_workbook(wb, target, overwrite=overwrite)]

    if not target.is_dir():
        raise AppError("folder_missing", path=str(target))
    paths = [target / f"{stem}.xlsx" for stem in unique_file_stems(agencies)]
    for path in paths:
        _sheet.check_target(path, overwrite=overwrite)
    written = []
    for agency, path in zip(agencies, paths, strict=True):
        wb = _new_workbook(exported_at, f"{title} - {agency}")
        with _sheet.discarded_on_error(wb):
            _write_sheet(_sheet.new_sheet(wb, SHEET_TITLE), tally.over(rows_by_agency[agency]),
                         plan(agency), today=today, exported_at=exported_at)
        written.append(_sheet.save_workbook(wb, path, overwrite=overwrite))
    tally.finish()
    return written


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _new_workbook(exported_at: dt.datetime, title: str) -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.creator = "Thư ký Ban Chỉ đạo"
    wb.properties.title = title
    wb.custom_doc_props.append(  # type: ignore[attr-defined]  # openpyxl 3.1 has it, its stubs not yet
        StringProperty(name=EXPORTED_AT_PROPERTY, value=exported_at.isoformat()))
    return wb


def _roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, letters in numerals:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _write_sheet(ws: WriteOnlyWorksheet, rows: Iterable[TaskRow], plan: _SheetPlan, *,
                 today: dt.date, exported_at: dt.datetime) -> None:
    styles = Styles(ws)
    _sheet.column_letter_widths(ws, [width for _, width in COLUMNS])
    code_letter = get_column_letter(CODE_COLUMN)
    ws.column_dimensions[code_letter].hidden = True
    heading = plan.heading
    as_of = heading.as_of or today
    header_row = _sheet.title_block_rows(heading, len(plan.extra_lines)) + 1
    _sheet.setup_page(ws, title_rows=f"{header_row}:{header_row}")
    ws.freeze_panes = f"A{header_row + 1}"
    written = _sheet.write_title_block(
        ws, styles, heading, title=plan.title, last_col=VISIBLE_COLUMNS, left_span=4,
        right_start=6, as_of=as_of, extra_lines=plan.extra_lines,
        hidden_column=(EXPORTED_AT_LABEL, exported_at.isoformat()),
        width=sum(width for _, width in COLUMNS[:VISIBLE_COLUMNS]))
    assert written == header_row - 1, (written, header_row)

    head = styles.get(bold=True, wrap=True, horizontal="center", vertical="center",
                      fill=_sheet.HEADER_FILL)
    _sheet.append_row(ws, header_row, [
        *(text_cell(ws, name, head) for name, _ in COLUMNS[:VISIBLE_COLUMNS]),
        text_cell(ws, CODE_HEADING, styles.get(border=False)),
    ], height=34)

    locked = not plan.protect  # a protected form leaves H, I, J open to the agency
    s_center = styles.get(horizontal="center")
    s_center_wrap = styles.get(horizontal="center", wrap=True)
    s_wrap = styles.get(wrap=True)
    s_wrap_q = styles.get(wrap=True, quote=True)
    s_date = styles.get(horizontal="center", number_format=_sheet.DATE_FORMAT)
    tint = OPEN_FILL if plan.protect else None  # shows the agency where to write
    s_open_wrap = styles.get(wrap=True, locked=locked, fill=tint)
    s_open_wrap_q = styles.get(wrap=True, quote=True, locked=locked, fill=tint)
    s_open_date = styles.get(horizontal="center", number_format=_sheet.DATE_FORMAT,
                             locked=locked, fill=tint)
    s_open_status = styles.get(horizontal="center", wrap=True, locked=locked)
    s_group_no = styles.get(bold=True, horizontal="center")
    s_group = styles.get(bold=True, wrap=True)
    s_group_q = styles.get(bold=True, wrap=True, quote=True)
    s_code = styles.get(border=False)

    widths = [width for _, width in COLUMNS]
    lines = _sheet.text_lines
    row_height = _sheet.row_height
    room = 2 if plan.protect else 0  # space for the agency to write its progress
    out = _sheet.RowStream(ws, header_row + 1)
    group_row = out.layout([("s", s_group_no), ("s", s_group, s_group_q),
                            *[("e", s_wrap)] * (VISIBLE_COLUMNS - 2)])
    task_row = out.layout([
        ("n", s_center), ("s", s_wrap, s_wrap_q), ("s", s_wrap, s_wrap_q), ("s", s_wrap, s_wrap_q),
        ("s", s_wrap, s_wrap_q), ("s", s_center_wrap, s_wrap_q), ("n", s_date),
        ("s", s_open_wrap, s_open_wrap_q), ("n", s_open_date), ("s", s_open_status),
        ("s", s_wrap, s_wrap_q), ("s", s_code)])
    group: str | None = None
    groups = 0
    number = 0
    for task in rows:
        if task.group and task.group != group:
            group = task.group
            groups += 1
            number = 0
            out.row(group_row, (f"{_roman(groups)}.", group),
                    row_height(lines(group, widths[1])))
        number += 1
        status = task.status or task_status(task.due_date, task.completed_on, today)
        coordinators = "; ".join(task.coordinators)
        height = row_height(max(
            lines(task.content, widths[1]), lines(task.source_document, widths[2]),
            lines(task.lead_agency, widths[3]), lines(coordinators, widths[4]),
            lines(task.deadline_text, widths[5]), lines(task.progress, widths[7]) + room,
            lines(status, widths[9]), lines(task.note, widths[10])))
        out.row(task_row, (
            number, task.content, task.source_document, task.lead_agency, coordinators,
            task.deadline_text, task.due_date, task.progress, task.completed_on, status,
            task.note, task.code), height)
    row_no = out.next_row - 1

    first, last = header_row + 1, max(row_no, header_row + 1)
    last_visible = get_column_letter(VISIBLE_COLUMNS)
    ws.auto_filter.ref = f"A{header_row}:{last_visible}{max(row_no, header_row)}"
    _add_validations(ws, first, last)
    _add_colours(ws, first, last)
    if plan.protect:
        _protect(ws, plan.password)


def _add_validations(ws: WriteOnlyWorksheet, first: int, last: int) -> None:
    choices = ",".join(STATUS_LABELS)
    assert len(choices) <= 255, "an inline Excel list is limited to 255 characters"
    status = DataValidation(
        type="list", formula1=f'"{choices}"', allow_blank=True, showDropDown=False,
        showErrorMessage=True, errorTitle="Trạng thái",
        error="Hãy chọn một trạng thái trong danh sách.",
        showInputMessage=True, promptTitle="Trạng thái", prompt="Chọn trong danh sách.")
    status.add(f"J{first}:J{last}")
    completed = DataValidation(
        type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2100,12,31)",
        allow_blank=True, showErrorMessage=True, errorStyle="warning",
        errorTitle="Ngày hoàn thành",
        error="Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2026.")
    completed.add(f"I{first}:I{last}")
    ws.data_validations.append(status)
    ws.data_validations.append(completed)


def _add_colours(ws: WriteOnlyWorksheet, first: int, last: int) -> None:
    """Status colours follow the cell (conditional formats), so an agency's choice is coloured
    too; due dates within seven days of opening the file are highlighted."""
    for label, (fill, font) in STATUS_COLOURS.items():
        ws.conditional_formatting.add(f"J{first}:J{last}", CellIsRule(
            operator="equal", formula=[f'"{label}"'],
            fill=PatternFill(fill_type="solid", start_color=fill, end_color=fill),
            font=Font(color=font)))
    soon = (f'AND($I{first}="",ISNUMBER($G{first}),$G{first}>=TODAY(),'
            f'$G{first}-TODAY()<={DUE_SOON_DAYS})')
    ws.conditional_formatting.add(f"G{first}:G{last}", FormulaRule(
        formula=[soon], fill=PatternFill(fill_type="solid", start_color="FFF2CC",
                                         end_color="FFF2CC"), font=Font(bold=True)))


def _protect(ws: WriteOnlyWorksheet, password: str | None) -> None:
    protection = ws.protection
    protection.sheet = True
    if password:
        protection.password = password
    # False = allowed while protected (OOXML's flags name what is locked).
    protection.autoFilter = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False
