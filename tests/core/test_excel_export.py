"""The task list and the member list, read back as Excel would show and print them."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from core.errors import AppError
from core.excel import statuses
from core.excel.members_export import write_member_list
from core.excel.rows import SheetHeading, TaskRow
from core.excel.tasks_export import (
    CODE_HEADING,
    COLUMNS,
    EXPORTED_AT_LABEL,
    EXPORTED_AT_PROPERTY,
    write_task_list,
)
from tests.core.excel_samples import (
    HEADING,
    MEETING_1,
    MEETING_2,
    PARTY_HEADING,
    TODAY,
    member_rows,
    task_rows,
)

HEADER_ROW = 7  # two heading lines, a blank, title, date, a blank
EXPORTED_AT = dt.datetime(2026, 3, 10, 8, 30, 0)


@pytest.fixture
def task_book(tmp_path):
    path = write_task_list(task_rows(), tmp_path / "nhiem-vu.xlsx", HEADING, today=TODAY,
                           exported_at=EXPORTED_AT)
    return path, load_workbook(path)


def test_title_block_in_merged_cells(task_book):
    _, wb = task_book
    ws = wb["Nhiệm vụ"]
    assert ws["A1"].value == "UBND TỈNH QUẢNG NINH"
    assert ws["A2"].value == "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI" and ws["A2"].font.b
    assert ws["A1"].font.b is not True
    assert ws["F1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and ws["F1"].font.b
    assert ws["F2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert ws["A4"].value == HEADING.title
    assert ws["A4"].font.b and ws["A4"].font.sz == 14
    assert ws["A5"].value == "(Cập nhật đến ngày 10/03/2026)" and ws["A5"].font.i
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:D1", "A2:D2", "F1:K1", "F2:K2", "A4:K4", "A5:K5"} <= merged


def test_headings_and_times_new_roman(task_book):
    _, wb = task_book
    ws = wb.active
    headings = [c.value for c in ws[HEADER_ROW]]
    assert headings == [name for name, _ in COLUMNS]
    assert headings[:11] == ["STT", "Nội dung nhiệm vụ", "Văn bản giao nhiệm vụ",
                             "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Hạn",
                             "Tình hình thực hiện", "Ngày hoàn thành", "Trạng thái", "Ghi chú"]
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=11):
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == "Times New Roman", cell.coordinate
    assert ws["B9"].font.sz == 12
    assert all(ws.cell(HEADER_ROW, col).font.b for col in range(1, 12))


def test_groups_numbers_values_and_statuses(task_book):
    _, wb = task_book
    ws = wb.active
    assert (ws["A8"].value, ws["B8"].value, ws["A8"].font.b, ws["B8"].font.b) == \
        ("I.", MEETING_1, True, True)
    assert (ws["A11"].value, ws["B11"].value) == ("II.", MEETING_2)
    assert [ws[f"A{r}"].value for r in (9, 10, 12, 13, 14)] == [1, 2, 1, 2, 3]
    assert ws["C9"].value == "TB số 25-TB/BCĐ ngày 16/12/2019"
    assert ws["D9"].value == "Sở Thông tin và Truyền thông"
    assert ws["E9"].value == "Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ"
    assert ws["F9"].value == "Trước 15/3/2020"
    assert ws["H9"].value == "Đã trình dự thảo"
    assert [ws[f"J{r}"].value for r in (9, 10, 12, 13, 14)] == [
        statuses.DONE_ON_TIME, statuses.IN_PROGRESS, statuses.NO_DEADLINE, statuses.OVERDUE,
        statuses.DONE_LATE]
    assert [ws[f"L{r}"].value for r in (9, 10, 12, 13, 14)] == [
        "NV-0001", "NV-0002", "NV-0003", "NV-0004", "NV-0005"]
    assert ws["B9"].alignment.wrap_text and ws["H9"].alignment.wrap_text
    assert ws["B9"].border.left.style == "thin" and ws["K14"].border.bottom.style == "thin"


def test_dates_are_real_dates_shown_day_month_year(task_book):
    _, wb = task_book
    ws = wb.active
    assert ws["G9"].value == dt.datetime(2020, 3, 15)
    assert ws["I9"].value == dt.datetime(2020, 3, 10)
    assert ws["G9"].is_date and ws["I9"].is_date
    assert ws["G9"].number_format == "DD/MM/YYYY" and ws["I14"].number_format == "DD/MM/YYYY"
    assert ws["G12"].value is None  # "Thường xuyên": no date


def test_text_that_looks_like_a_formula_stays_text(task_book):
    path, wb = task_book
    ws = wb.active
    assert ws["B10"].value == '=HYPERLINK("http://x.test","bấm")'
    assert ws["B10"].data_type == "s" and ws["B10"].quotePrefix
    assert ws["H10"].value == "-chưa có kinh phí" and ws["H10"].data_type == "s"
    assert ws["K10"].value == "@ghi chú" and ws["K10"].data_type == "s"
    assert ws["B13"].value == "+84 tổ chức hội nghị báo chí" and ws["B13"].quotePrefix
    assert not ws["B9"].quotePrefix
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "HYPERLINK" in sheet_xml


def test_column_widths_and_hidden_code_column(task_book):
    _, wb = task_book
    ws = wb.active
    widths = {letter: ws.column_dimensions[letter].width for letter in "ABCDEFGHIJKL"}
    assert widths["A"] < 8
    assert widths["B"] >= 30 and widths["H"] >= 30
    assert all(10 <= widths[c] <= 20 for c in "CDEFGIJ")
    assert ws.column_dimensions["L"].hidden
    assert not any(ws.column_dimensions[c].hidden for c in "ABCDEFGHIJK")
    assert ws["L7"].value == CODE_HEADING


def test_wrapped_rows_get_a_height(task_book):
    _, wb = task_book
    ws = wb.active
    # "Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ" wraps to three lines in column E.
    assert ws.row_dimensions[9].height >= 3 * 15
    assert ws.row_dimensions[HEADER_ROW].height >= 30


def test_status_drop_down_and_date_check(task_book):
    _, wb = task_book
    ws = wb.active
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    assert str(lists[0].sqref) == "J8:J14"
    assert lists[0].formula1 == '"' + ",".join(statuses.STATUS_LABELS) + '"'
    dates = [dv for dv in ws.data_validations.dataValidation if dv.type == "date"]
    assert [str(dv.sqref) for dv in dates] == ["I8:I14"]


def test_status_colours(task_book):
    _, wb = task_book
    ws = wb.active
    rules = {str(cf.sqref): cf.rules for cf in ws.conditional_formatting}
    status_rules = rules["J8:J14"]
    by_label = {rule.formula[0].strip('"'): rule for rule in status_rules}
    assert set(by_label) == set(statuses.STATUS_LABELS)
    for label, (fill, font) in statuses.STATUS_COLOURS.items():
        dxf = by_label[label].dxf
        assert dxf.fill.fgColor.rgb.endswith(fill) or dxf.fill.bgColor.rgb.endswith(fill)
        assert dxf.font.color.rgb.endswith(font)
    assert "TODAY()" in rules["G8:G14"][0].formula[0]  # due within seven days


def test_print_settings_freeze_and_filter(task_book):
    _, wb = task_book
    ws = wb.active
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows.replace("$", "") == f"{HEADER_ROW}:{HEADER_ROW}"
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == "A7:K14"
    assert "&P" in ws.oddFooter.center.text


def test_export_time_kept_in_property_and_hidden_cell(task_book):
    _, wb = task_book
    props = {p.name: p.value for p in wb.custom_doc_props}
    assert props[EXPORTED_AT_PROPERTY] == "2026-03-10T08:30:00"
    ws = wb.active
    assert (ws["L1"].value, ws["L2"].value) == (EXPORTED_AT_LABEL, "2026-03-10T08:30:00")


def test_status_given_by_the_caller_wins(tmp_path):
    row = TaskRow(code="X", content="Nội dung", due_date=dt.date(2020, 1, 1),
                  status=statuses.DONE_ON_TIME)
    path = write_task_list([row], tmp_path / "a.xlsx", HEADING, today=TODAY)
    ws = load_workbook(path).active
    assert ws["J8"].value == statuses.DONE_ON_TIME
    assert ws["A8"].value == 1  # no group: no group row


def test_empty_list_and_control_characters(tmp_path):
    path = write_task_list([], tmp_path / "empty.xlsx", SheetHeading(), today=TODAY)
    ws = load_workbook(path).active
    assert ws["A4"].value == "BẢNG THEO DÕI NHIỆM VỤ"
    assert ws.auto_filter.ref == "A7:K7"
    row = TaskRow(code="X", content="Dòng\x01 có\x0bký tự lạ\nvà xuống dòng")
    path = write_task_list([row], tmp_path / "odd.xlsx", SheetHeading(), today=TODAY)
    assert load_workbook(path).active["B8"].value == "Dòng cóký tự lạ\nvà xuống dòng"


def test_party_heading(tmp_path):
    heading = SheetHeading(agency_lines=("ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN TUYÊN GIÁO"),
                           style="party")
    path = write_task_list(task_rows(), tmp_path / "d.xlsx", heading, today=TODAY)
    ws = load_workbook(path).active
    assert ws["F1"].value == "ĐẢNG CỘNG SẢN VIỆT NAM" and ws["F2"].value is None
    assert ws["A3"].value == "*"
    assert ws["A8"].value == "STT"  # one more heading line: the header moves down
    assert ws.freeze_panes == "A9"


def test_never_overwrites_unless_asked(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(AppError) as caught:
        write_task_list(task_rows(), target, HEADING, today=TODAY)
    assert caught.value.code == "file_exists" and target.read_bytes() == b"old"
    write_task_list(task_rows(), target, HEADING, today=TODAY, overwrite=True)
    assert load_workbook(target).active["L9"].value == "NV-0001"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]  # no temporary file left
    with pytest.raises(AppError) as caught:
        write_task_list([], tmp_path / "no-such-folder" / "a.xlsx", HEADING, today=TODAY)
    assert caught.value.code == "folder_missing"


def test_many_rows_stream(tmp_path):
    rows = (TaskRow(code=f"NV-{i}", content=f"Nhiệm vụ {i}", group=f"Họp {i // 100}",
                    due_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300))
            for i in range(3000))
    path = write_task_list(rows, tmp_path / "big.xlsx", HEADING, today=TODAY)
    wb = load_workbook(path, read_only=True)
    codes = [r[11] for r in wb.active.iter_rows(min_row=8, values_only=True) if len(r) > 11]
    wb.close()
    assert len(codes) == 3000 and codes[-1] == "NV-2999"


def test_member_list(tmp_path):
    path = write_member_list(member_rows(), tmp_path / "tv.xlsx", PARTY_HEADING, today=TODAY)
    ws = load_workbook(path).active
    assert ws["A1"].value == "ĐẢNG BỘ TỈNH QUẢNG NINH" and ws["A3"].value == "*"
    assert ws["D1"].value == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert ws["A5"].value == "DANH SÁCH THÀNH VIÊN TIỂU BAN TUYÊN TRUYỀN"
    header = 8
    assert [c.value for c in ws[header]] == ["STT", "Họ và tên", "Chức vụ", "Cơ quan",
                                             "Vai trò trong Ban", "Điện thoại", "Email"]
    assert [ws.cell(header + i, 2).value for i in (1, 2, 3)] == [
        "Nguyễn Văn Thuần", "Trần Thị Cẩm", "Vi Ngọc Bích"]  # order given, not A-Z
    assert [ws.cell(header + i, 1).value for i in (1, 2, 3)] == [1, 2, 3]
    assert ws["F9"].value == "0912345678" and ws["F9"].data_type == "s"
    assert ws["F10"].value == "+84 912 000 111" and ws["F10"].data_type == "s"
    assert ws["G11"].value == "=cmd|' /C calc'!A0" and ws["G11"].data_type == "s"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows.replace("$", "") == "8:8" and ws.freeze_panes == "A9"
    assert ws.auto_filter.ref == "A8:G11"


def test_member_list_default_title(tmp_path):
    path = write_member_list(member_rows()[:1], tmp_path / "tv.xlsx", HEADING.__class__(),
                             today=TODAY)
    assert load_workbook(path).active["A4"].value == "DANH SÁCH THÀNH VIÊN"


def test_a_failure_midway_leaves_no_file(tmp_path):
    def rows():
        yield from task_rows()[:2]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_task_list(rows(), tmp_path / "a.xlsx", HEADING, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def _sheet_as_seen(path):
    """Every cell as a reader sees it: value, type, font, fill, border, format, quote, lock;
    and every row's height."""
    ws = load_workbook(path).active
    cells = {c.coordinate: (c.value, c.data_type, c.font.b, c.font.name, c.fill.fgColor.rgb,
                            c.border.left.style, c.number_format, c.quotePrefix,
                            c.protection.locked, c.alignment.wrap_text, c.alignment.horizontal)
             for row in ws.iter_rows() for c in row}
    heights = {n: d.height for n, d in ws.row_dimensions.items() if d.height}
    return cells, heights


def test_streamed_rows_read_back_the_same_as_ordinary_cells(tmp_path, monkeypatch):
    """The fast row writer and openpyxl's ordinary cells give the same sheet to Excel's readers
    (the ordinary path is what runs should a newer openpyxl write rows differently)."""
    from core.excel import _sheet

    rows = [*task_rows(), TaskRow(code="NV-X", content="  lề trắng giữ nguyên  ", group="Khác",
                                  progress="=1+1", note="-", due_date=dt.date(1900, 1, 15))]
    fast = write_task_list(rows, tmp_path / "fast.xlsx", HEADING, today=TODAY,
                           exported_at=EXPORTED_AT)
    original = _sheet.RowStream.__init__

    def ordinary(self, ws, first_row):
        original(self, ws, first_row)
        self.fast = False

    monkeypatch.setattr(_sheet.RowStream, "__init__", ordinary)
    slow = write_task_list(rows, tmp_path / "slow.xlsx", HEADING, today=TODAY,
                           exported_at=EXPORTED_AT)
    assert _sheet_as_seen(fast) == _sheet_as_seen(slow)
    read = []
    for path in (fast, slow):
        wb = load_workbook(path, read_only=True)
        read.append(list(wb.active.iter_rows(values_only=True)))
        wb.close()
    fast_rows, slow_rows = read
    assert fast_rows == slow_rows
    assert fast_rows[-1][1] == "  lề trắng giữ nguyên  " and fast_rows[-1][7] == "=1+1"
