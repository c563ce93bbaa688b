"""Members and agencies from a user's workbook: headings guessed, every row checked."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from openpyxl import Workbook

from core.errors import AppError
from core.excel.register_import import (
    AGENCIES,
    guess_mapping,
    list_sheets,
    read_agencies,
    read_members,
)
from core.messages import render


def _book(path, sheets: dict[str, list[list[object]]]):
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


MEMBERS = [
    ["DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO"],
    ["(Kèm theo Quyết định số 123/QĐ-UBND)"],
    [],
    ["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Vai trò trong Ban", "Điện thoại", "Email"],
    [1, "Nguyễn Văn Thuần", "Trưởng Ban Tuyên giáo", "Ban Tuyên giáo Tỉnh ủy", "Trưởng ban",
     "0912 345 678", "thuan@qn.gov.vn"],
    [2, None, "Phó Giám đốc", "Sở Ngoại vụ", "Ủy viên", None, None],
    [3, "Trần Thị Hòa", "Phó Giám đốc", "Sở Thông tin và Truyền thông", "Ủy viên", 912345678,
     "hoa@@qn"],
    [4, unicodedata.normalize("NFD", "Trần Thị Hoà"), "Chuyên viên",
     "Sở Thông tin và Truyền thông", "Thư ký", None, "hoa2@qn.gov.vn"],
    [5, "Lª V¨n Nam", "Gi¸m ®èc", "Së Néi vô", "Ủy viên", None, None],
    [6, "Vi Ngọc Bích", "Phó Giám đốc", "Sôû Ngoaïi vuï", "Ủy viên", dt.datetime(2020, 1, 1),
     "bich@qn.gov.vn"],
    [7, "Phạm Văn Đức", None, None, None, None, None],
    [],
    ["", "", "", "", "", "", ""],
]


def test_members_preview(tmp_path):
    path = _book(tmp_path / "tv.xlsx", {"Thành viên": MEMBERS, "Ghi chú": [["x"]]})
    assert list_sheets(path) == ["Thành viên", "Ghi chú"]
    preview = read_members(path, existing_names=["Phạm Văn Đức"])
    assert (preview.sheet, preview.header_row, preview.kind) == ("Thành viên", 4, "members")
    assert preview.mapping == {"full_name": 1, "position": 2, "agency": 3, "role": 4,
                               "phone": 5, "email": 6}
    rows = {row.row: row for row in preview.rows}
    assert sorted(rows) == [5, 6, 7, 8, 9, 10, 11]
    first = rows[5]
    assert (first.full_name, first.agency, first.phone, first.email) == (
        "Nguyễn Văn Thuần", "Ban Tuyên giáo Tỉnh ủy", "0912 345 678", "thuan@qn.gov.vn")
    assert first.errors == () and first.warnings == () and first.duplicate_of is None
    assert tuple(map(render, rows[6].errors)) == ("Dòng 6: chưa có họ và tên.",)
    assert any("hoa@@qn" in e and e.startswith("Dòng 7:") for e in map(render, rows[7].errors))
    assert rows[7].phone == "0912345678" and "0912345678" in render(rows[7].warnings[0])
    # Same person written with the tone elsewhere and in decomposed Unicode: a duplicate.
    assert rows[8].full_name == "Trần Thị Hoà" and rows[8].duplicate_of == "#7"
    assert unicodedata.is_normalized("NFC", rows[8].full_name)
    assert (rows[9].full_name, rows[9].position, rows[9].agency) == (
        "Lê Văn Nam", "Giám đốc", "Sở Nội vụ")
    assert rows[9].errors == () and any("TCVN3" in w for w in map(render, rows[9].warnings))
    assert any("VNI" in e and "D10" in e for e in map(render, rows[10].errors))
    assert any("ngày" in e for e in map(render, rows[10].errors))
    assert rows[11].duplicate_of == "Phạm Văn Đức" and rows[11].errors == ()
    assert [row.row for row in preview.valid_rows] == [5, 8, 9, 11]


@pytest.mark.parametrize("headings", [
    ["stt", "ho va ten", "chuc vu", "don vi", "vai tro", "dien thoai", "email"],
    ["No.", "Full name", "Position", "Agency", "Role", "Phone", "E-mail"],
    ["TT", "HỌ VÀ TÊN", "CHỨC VỤ, CHỨC DANH", "ĐƠN VỊ CÔNG TÁC", "NHIỆM VỤ TRONG BAN", "SĐT",
     "Thư điện tử"],
])
def test_headings_in_any_usual_wording(headings):
    assert guess_mapping(headings) == {"full_name": 1, "position": 2, "agency": 3, "role": 4,
                                       "phone": 5, "email": 6}


def test_family_and_given_name_columns(tmp_path):
    path = _book(tmp_path / "a.xlsx", {"S": [["Họ và tên đệm", "Tên", "Email"],
                                             ["Nguyễn Văn", "Thuần", "t@x.vn"]]})
    [row] = read_members(path).rows
    assert row.full_name == "Nguyễn Văn Thuần" and row.errors == ()


def test_chosen_sheet_and_mapping(tmp_path):
    path = _book(tmp_path / "a.xlsx", {
        "Trống": [["gì đó"]],
        "Người": [["Cột 1", "Cột 2"], ["a@x.vn", "Nguyễn Văn A"]],
    })
    preview = read_members(path, sheet="Người", mapping={"full_name": 1, "email": 0})
    [row] = preview.rows
    assert (row.full_name, row.email) == ("Nguyễn Văn A", "a@x.vn")
    with pytest.raises(AppError) as caught:
        read_members(path, sheet="Trống")
    assert caught.value.code == "excel_no_header" and "«Họ và tên»" in caught.value.message()
    with pytest.raises(AppError) as caught:
        read_members(path, sheet="Không có")
    assert caught.value.code == "excel_no_sheet"


def test_agencies(tmp_path):
    path = _book(tmp_path / "cq.xlsx", {"Cơ quan": [
        ["STT", "Tên cơ quan", "Tên viết tắt"],
        [1, "Sở Thông tin và Truyền thông", "STTTT"],
        [2, "Sở Văn hoá, Thể thao và Du lịch", None],
        [3, "sở thông tin và truyền thông", None],
        [4, None, "BQN"],
    ]})
    assert guess_mapping(["STT", "Tên cơ quan", "Tên viết tắt"], AGENCIES) == {
        "name": 1, "short_name": 2}
    preview = read_agencies(path, existing_names=["Sở Văn hóa, Thể thao và Du lịch"])
    rows = {row.row: row for row in preview.rows}
    assert (rows[2].name, rows[2].short_name, rows[2].duplicate_of) == (
        "Sở Thông tin và Truyền thông", "STTTT", None)
    assert rows[3].duplicate_of == "Sở Văn hóa, Thể thao và Du lịch"
    assert rows[4].duplicate_of == "#2" and "trùng với dòng 2" in render(rows[4].warnings[0])
    assert tuple(map(render, rows[5].errors)) == ("Dòng 5: chưa có tên cơ quan.",)


def test_too_long_values_are_errors(tmp_path):
    path = _book(tmp_path / "a.xlsx", {"S": [["Họ và tên"], ["A" * 501]]})
    [row] = read_members(path).rows
    assert tuple(map(render, row.errors)) == ("Dòng 2: Họ và tên dài quá 500 ký tự.",)


def test_heading_row_given_by_the_user(tmp_path):
    rows = [[f"ghi chú {i}"] for i in range(25)] + [["Tên thành viên", "Đơn vị"],
                                                    ["Nguyễn Văn A", "Sở Nội vụ"]]
    path = _book(tmp_path / "a.xlsx", {"S": rows})
    with pytest.raises(AppError):
        read_members(path)  # the headings are below the rows searched
    preview = read_members(path, header_row=26)
    assert preview.mapping == {"full_name": 0, "agency": 1}
    assert [(r.row, r.full_name, r.agency) for r in preview.rows] == [
        (27, "Nguyễn Văn A", "Sở Nội vụ")]
