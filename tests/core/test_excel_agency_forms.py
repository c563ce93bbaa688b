"""Per-agency forms: only progress, completion date and status are open for editing."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from core.errors import AppError
from core.excel.names import ascii_fold, file_stem, sheet_titles, unique_file_stems
from core.excel.tasks_export import write_agency_forms
from tests.core.excel_samples import HEADING, SO_NV, SO_TTTT, TODAY, task_rows

HEADER_ROW = 9  # the form has two more lines: the agency and what to do


def _by_agency():
    rows = task_rows()
    return {SO_NV: [r for r in rows if r.lead_agency == SO_NV],
            SO_TTTT: [r for r in rows if r.lead_agency == SO_TTTT]}


def test_one_workbook_per_agency_with_clean_names(tmp_path):
    paths = write_agency_forms(_by_agency(), tmp_path, HEADING, today=TODAY)
    assert [p.name for p in paths] == ["So Ngoai vu.xlsx", "So Thong tin va Truyen thong.xlsx"]
    ws = load_workbook(paths[0]).active
    assert ws["A6"].value == f"Cơ quan chủ trì: {SO_NV}" and ws["A6"].font.b
    assert "gửi lại tệp này" in ws["A7"].value and ws["A7"].font.i
    assert ws[f"A{HEADER_ROW}"].value == "STT" and ws[f"L{HEADER_ROW}"].value == "Mã nhiệm vụ"
    codes = [ws[f"L{r}"].value for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert [c for c in codes if c] == ["NV-0002", "NV-0003", "NV-0004"]
    assert ws.column_dimensions["L"].hidden
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.print_title_rows.replace("$", "") == f"{HEADER_ROW}:{HEADER_ROW}"


def test_only_progress_date_and_status_are_unlocked(tmp_path):
    path = write_agency_forms(_by_agency(), tmp_path, HEADING, today=TODAY)[0]
    ws = load_workbook(path).active
    protection = ws.protection
    assert protection.sheet and protection.password is None
    # Agencies may still filter and resize (False = not locked).
    assert not protection.autoFilter and not protection.formatColumns
    assert not protection.formatRows
    task_row = HEADER_ROW + 2  # after the group row
    assert ws[f"L{task_row}"].value == "NV-0002"
    for column in "HIJ":
        assert ws[f"{column}{task_row}"].protection.locked is False, column
    for column in "ABCDEFGKL":
        assert ws[f"{column}{task_row}"].protection.locked is not False, column
    for column in "ABHJ":  # the heading row and the group row stay locked
        assert ws[f"{column}{HEADER_ROW}"].protection.locked is not False
        assert ws[f"{column}{HEADER_ROW + 1}"].protection.locked is not False
    assert ws[f"H{task_row}"].fill.fgColor.rgb.endswith("FFF8DC")  # shows where to write
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert str(lists[0].sqref).startswith(f"J{HEADER_ROW + 1}:")


def test_the_full_task_list_is_not_protected(tmp_path):
    from core.excel.tasks_export import write_task_list

    ws = load_workbook(write_task_list(task_rows(), tmp_path / "a.xlsx", HEADING,
                                       today=TODAY)).active
    assert not ws.protection.sheet
    assert ws["H9"].fill.fill_type is None


def test_password_when_asked(tmp_path):
    path = write_agency_forms(_by_agency(), tmp_path, HEADING, today=TODAY, password="bcd")[0]
    protection = load_workbook(path).active.protection
    assert protection.sheet and protection.password  # stored hashed, never in clear
    assert protection.password != "bcd"


def test_one_workbook_one_sheet_per_agency(tmp_path):
    long_name = "Trung tâm Truyền thông và Văn hóa thành phố Hạ Long [cũ]"
    rows = {**_by_agency(), long_name: task_rows()[:1]}
    [path] = write_agency_forms(rows, tmp_path / "tat-ca.xlsx", HEADING, today=TODAY,
                                one_workbook_per_agency=False)
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == [SO_NV, SO_TTTT]
    assert len(wb.sheetnames[2]) <= 31 and "[" not in wb.sheetnames[2]
    assert all(wb[name].protection.sheet for name in wb.sheetnames)
    assert wb[wb.sheetnames[2]]["A6"].value == f"Cơ quan chủ trì: {long_name}"


def test_nothing_written_when_a_file_is_there(tmp_path):
    (tmp_path / "So Thong tin va Truyen thong.xlsx").write_bytes(b"old")
    with pytest.raises(AppError) as caught:
        write_agency_forms(_by_agency(), tmp_path, HEADING, today=TODAY)
    assert caught.value.code == "file_exists"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["So Thong tin va Truyen thong.xlsx"]
    with pytest.raises(AppError) as caught:
        write_agency_forms(_by_agency(), tmp_path / "missing", HEADING, today=TODAY)
    assert caught.value.code == "folder_missing"


def test_file_and_sheet_names():
    assert ascii_fold("Đài Phát thanh - Truyền hình Quảng Ninh") == \
        "Dai Phat thanh - Truyen hinh Quang Ninh"
    assert file_stem('Phòng A/B: "Hành chính"? <cũ>|*') == "Phong A B Hanh chinh cu"
    assert file_stem("CON") == "_CON" and file_stem("...") == "co-quan"
    assert file_stem("Ủy ban nhân dân " * 10).endswith("nhan dan")
    assert len(file_stem("Ủy ban nhân dân " * 10)) <= 80
    assert unique_file_stems(["Sở Nội vụ", "So Noi vu", "Sở Nội Vụ"]) == [
        "So Noi vu", "So Noi vu (2)", "So Noi Vu (3)"]
    titles = sheet_titles(["A" * 40, "A" * 40, "x/y?z", ""])
    assert titles[0] == "A" * 31 and titles[1] == "A" * 27 + " (2)"
    assert titles[2] == "x y z" and titles[3] == "Trang"
