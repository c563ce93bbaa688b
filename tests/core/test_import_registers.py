"""Members and agencies committed from a user's workbook: all or nothing, duplicates reused."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from core import models as m
from core.errors import AppError, ValidationError
from core.services.imports import AGENCIES, MEMBERS, ImportService, first_rows, likely_sheet

HEADINGS = ["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Vai trò trong Ban", "Điện thoại", "Email"]


def _book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO"])
    ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def committee(services):
    return services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                      abbreviation="BCĐ")


@pytest.fixture
def members_file(tmp_path):
    return _book(tmp_path / "tv.xlsx", [
        HEADINGS,
        [1, "Nguyễn Văn Thuần", "Trưởng Ban Tuyên giáo", "Ban Tuyên giáo Tỉnh ủy", "Trưởng ban",
         "0912 345 678", "thuan@qn.gov.vn"],
        [2, "Trần Thị Hòa", "Phó Giám đốc", "Sở Văn hoá, Thể thao và Du lịch",
         "Phó Trưởng ban thường trực", 912345678, None],
        [3, "Vi Ngọc Bích", "Phó Giám đốc", "Sở Ngoại vụ", None, None, "bich@@qn"],
        [4, unicodedata.normalize("NFD", "Trần Thị Hoà"), "Phó Giám đốc Sở",
         "Sở Văn hóa, Thể thao và Du lịch", "Ủy viên", None, "hoa@qn.gov.vn"],
        [5, "Phạm Văn Đức", None, "Sở Ngoại vụ", "Thư ký", None, None],
    ])


def _count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_members_all_or_nothing(db, services, committee, members_file):
    imports = ImportService(db)
    preview = imports.preview_register(kind=MEMBERS, path=members_file)
    assert [r.row for r in preview.rows if r.errors] == [6]
    with pytest.raises(ValidationError) as caught:
        imports.import_members(committee_id=committee.id, preview=preview)
    assert caught.value.code == "import_rows_have_errors" and "6" in caught.value.message()
    assert _count(db, m.Person) == 0 and _count(db, m.Agency) == 0
    with pytest.raises(AppError) as caught:
        imports.import_members(committee_id=committee.id, preview=preview, accepted_rows=[])
    assert caught.value.code == "import_nothing_chosen"


def test_members_reuse_agencies_and_people(db, services, committee, members_file):
    vh = services.agencies.create(name="Sở Văn hóa, Thể thao và Du lịch")
    nv = services.agencies.create(name="Sở Ngoại vụ")
    duc = services.people.create(full_name="Phạm Văn Đức", agency_id=nv.id, phone="0203 111 222")
    imports = ImportService(db)
    preview = imports.preview_register(kind=MEMBERS, path=members_file)
    assert {r.row: r.duplicate_of for r in preview.rows}[8] == "Phạm Văn Đức"
    valid = [r.row for r in preview.valid_rows]
    start = dt.date(2026, 1, 5)
    result = imports.import_members(committee_id=committee.id, preview=preview,
                                    accepted_rows=valid, start_date=start)
    # Row 7 spells "Hoà" another way in NFD: the same person as row 5, one seat.
    assert (result.agencies_created, result.agencies_reused) == (1, 2)
    assert (result.people_created, result.people_reused) == (2, 1)
    assert (result.members_added, result.already_members) == (3, ["Trần Thị Hòa"])

    seats = services.committees.members(committee_id=committee.id, on=start)
    assert [(s.full_name, s.role, s.rank) for s in seats] == [
        ("Nguyễn Văn Thuần", "Trưởng ban", 10),
        ("Trần Thị Hòa", "Phó Trưởng ban thường trực", 20),
        ("Phạm Văn Đức", "Thư ký", 60),
    ]
    hoa = next(s for s in seats if s.full_name == "Trần Thị Hòa")
    assert hoa.agency_name == vh.name and hoa.phone == "0912345678" and hoa.start_date == start
    assert services.people.get(person_id=duc.id).phone == "0203 111 222"  # kept, not replaced
    assert _count(db, m.Agency) == 3

    again = imports.import_members(committee_id=committee.id, preview=preview,
                                   accepted_rows=valid, start_date=start)
    assert (again.people_created, again.members_added, again.agencies_created) == (0, 0, 0)
    assert len(again.already_members) == 4


def test_agencies_reuse_existing_and_merged(db, services, tmp_path):
    old = services.agencies.create(name="Sở Thông tin và Truyền thông")
    new = services.agencies.create(name="Sở Khoa học và Công nghệ")
    services.agencies.merge(source_id=old.id, target_id=new.id)
    path = _book(tmp_path / "cq.xlsx", [
        ["STT", "Tên cơ quan", "Tên viết tắt"],
        [1, "Sở thông tin và truyền thông", "STTTT"],
        [2, "Báo Quảng Ninh", "BQN"],
        [3, "Báo Quảng Ninh", None],
        [4, "Sở Khoa học và Công nghệ", "SKHCN"],
    ])
    imports = ImportService(db)
    preview = imports.preview_register(kind=AGENCIES, path=path)
    result = imports.import_agencies(preview=preview)
    assert (result.agencies_created, result.agencies_reused) == (1, 1)
    names = {a.name: a.short_name for a in services.agencies.list()}
    assert names == {"Báo Quảng Ninh": "BQN", "Sở Khoa học và Công nghệ": "SKHCN"}


def test_unknown_committee_writes_nothing(db, members_file):
    imports = ImportService(db)
    preview = imports.preview_register(kind=MEMBERS, path=members_file)
    with pytest.raises(AppError) as caught:
        imports.import_members(committee_id=99, preview=preview, accepted_rows=[3, 4])
    assert caught.value.code == "not_found"
    assert _count(db, m.Person) == 0


def test_first_rows_for_mapping_by_hand(members_file):
    rows = first_rows(members_file, "Danh sách", limit=2)
    assert [number for number, _ in rows] == [1, 3]
    assert rows[1][1][:2] == ("STT", "Họ và tên")


def test_the_sheet_holding_the_list_is_found(tmp_path):
    wb = Workbook()
    wb.active.title = "Bìa"
    wb.active.append(["Quyết định số 123/QĐ-UBND"])
    wb.create_sheet("Cơ quan").append(["TT", "Tên đơn vị"])
    wb.create_sheet("Thành viên").append(["TT", "Họ và tên", "Đơn vị"])
    wb.save(tmp_path / "ds.xlsx")
    assert likely_sheet(tmp_path / "ds.xlsx", MEMBERS) == "Thành viên"
    assert likely_sheet(tmp_path / "ds.xlsx", AGENCIES) == "Cơ quan"
