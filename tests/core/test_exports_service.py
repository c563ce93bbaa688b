"""What the export dialogs call: file names, the filtered list, forms per agency, members."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from core.errors import AppError
from core.services.exports import ExportService
from tests.core.import_helpers import TODAY, make_tasks


@pytest.fixture
def made(services):
    return make_tasks(services)


def _codes(path) -> list[str]:
    ws = load_workbook(path).active
    # The task codes (hidden column L), wherever the title block ends.
    return [c.value for c in ws["L"] if c.value and str(c.value).startswith("NV-")]


def test_task_list_holds_what_the_register_shows(db, services, made, tmp_path):
    exports = ExportService(db)
    filters = {"agency_id": made["nv"].id, "lead_only": True}
    assert exports.count_tasks(filters=filters, today=TODAY) == 2
    name = exports.task_list_name(filters=filters, today=TODAY)
    assert name == "Bang theo doi nhiem vu - So Ngoai vu - 10-03-2026.xlsx"
    result = exports.task_list(path=tmp_path / name, filters=filters, today=TODAY)
    assert result.rows == 2 and result.folder == tmp_path
    ws = load_workbook(result.paths[0]).active
    codes = [c.value for c in ws["L"] if c.value and str(c.value).startswith("NV-")]
    assert codes == [made["plan"].code, made["press"].code]
    assert any("GIAO SỞ NGOẠI VỤ" in str(c.value) for c in ws["A"] if c.value)
    with pytest.raises(AppError) as caught:
        exports.task_list(path=tmp_path / "x.xlsx", filters={"search": "khong co"}, today=TODAY)
    assert caught.value.code == "export_nothing" and not (tmp_path / "x.xlsx").exists()


def test_forms_go_to_each_lead_in_a_new_folder(db, services, made, tmp_path):
    services.tasks.mark_done(task_id=made["report"].id, completed_on=TODAY, today=TODAY)
    exports = ExportService(db)
    first = exports.agency_forms(folder=tmp_path, filters={}, today=TODAY)
    assert first.folder == tmp_path / "Phieu cap nhat nhiem vu 10-03-2026"
    assert [p.name for p in first.paths] == ["So Ngoai vu.xlsx",
                                             "So Thong tin va Truyen thong.xlsx"]
    assert first.rows == 3  # the finished report is not asked about again
    assert _codes(first.paths[1]) == [made["watch"].code]
    # The coordinator is not sent the press conference: the lead answers for it.
    assert made["press"].code not in _codes(first.paths[1])
    second = exports.agency_forms(folder=tmp_path, filters={}, today=TODAY, open_only=False)
    assert second.folder.name == "Phieu cap nhat nhiem vu 10-03-2026 (2)"
    assert second.rows == 4
    with pytest.raises(AppError) as caught:
        exports.agency_forms(folder=tmp_path / "missing", filters={}, today=TODAY)
    assert caught.value.code == "folder_missing"


def test_member_list_in_protocol_order(db, services, tmp_path):
    nv = services.agencies.create(name="Sở Ngoại vụ")
    committee = services.committees.create(name="Tiểu ban Tuyên truyền", abbreviation="TBTT",
                                           style="party", parent_body="Đảng bộ tỉnh Quảng Ninh",
                                           issuing_body="Ban Tuyên giáo")
    for name, role in (("Vi Ngọc Bích", "Ủy viên"), ("Nguyễn Văn Thuần", "Trưởng ban"),
                       ("Trần Thị Cẩm", "Phó Trưởng ban")):
        person = services.people.create(full_name=name, agency_id=nv.id, phone="0912000111",
                                        position="Phó Giám đốc")
        services.committees.add_member(committee_id=committee.id, person_id=person.id,
                                       role=role, start_date=dt.date(2025, 1, 1))
    exports = ExportService(db)
    name = exports.member_list_name(committee_id=committee.id, on=TODAY)
    assert name == "Danh sach thanh vien - TBTT - 10-03-2026.xlsx"
    result = exports.member_list(committee_id=committee.id, path=tmp_path / name, on=TODAY)
    ws = load_workbook(result.paths[0]).active
    names = [ws[f"B{r}"].value for r in range(1, ws.max_row + 1)]
    start = names.index("Họ và tên") + 1
    assert names[start:start + 3] == ["Nguyễn Văn Thuần", "Trần Thị Cẩm", "Vi Ngọc Bích"]
    assert ws[f"F{start + 1}"].value == "0912000111" and ws[f"E{start + 1}"].value == "Trưởng ban"
    assert any("DANH SÁCH THÀNH VIÊN TIỂU BAN TUYÊN TRUYỀN" == c.value for c in ws["A"])


def test_the_list_of_every_committee_has_no_one_committees_heading(db, services, tmp_path):
    from core.demo import load_demo

    load_demo(services)  # four committees, state and party
    exports = ExportService(db)

    def top_rows(path) -> list[str]:
        ws = load_workbook(path).active
        return [str(c.value) for row in ws.iter_rows(max_row=6, max_col=11) for c in row if c.value]

    mixed = exports.task_list(path=tmp_path / "all.xlsx", filters={}, today=TODAY)
    heading = top_rows(mixed.paths[0])
    assert not any(t in heading for t in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                          "ĐẢNG CỘNG SẢN VIỆT NAM", "UBND TỈNH QUẢNG NINH"))
    assert heading[0].startswith("BẢNG THEO DÕI NHIỆM VỤ")
    one = next(c for c in services.committees.list() if c.style == "state")
    single = exports.task_list(path=tmp_path / "one.xlsx", filters={"committee_id": one.id},
                               today=TODAY)
    heading = top_rows(single.paths[0])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in heading and "UBND TỈNH QUẢNG NINH" in heading


def test_the_dialog_says_a_meeting_date_the_vietnamese_way_and_the_file_name_cannot(db, services, made):
    exports = ExportService(db)
    committee = services.committees.create(name="Ban Chỉ đạo thông tin đối ngoại")
    meeting = services.meetings.create(committee_id=committee.id, kind="Phiên họp", title="Phiên họp quý I",
                                       starts_at=dt.datetime(2026, 3, 2, 8))
    filters = {"meeting_id": meeting.id}
    said = exports.scope_name(filters=filters, short=False)
    assert said == "Phiên họp quý I 02/03/2026"
    assert exports.task_list_name(filters=filters, today=TODAY).count("/") == 0
