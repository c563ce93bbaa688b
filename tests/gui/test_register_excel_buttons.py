"""The Excel buttons of the registers: the member list goes out, members and agencies come in."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from gui.operations import Changes
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)
from tests.gui.test_exchange_import_register import finish, settle


def _committee(services):
    committee = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
                                           abbreviation="BCĐ")
    agency = services.agencies.create(name="Ban Tuyên giáo Tỉnh ủy")
    for name, role in (("Trần Đức Thuần", "Trưởng ban"), ("Vũ Thị Ngọc Anh", "Thư ký"),
                       ("Nguyễn Văn Hòa", "Phó Trưởng ban")):
        person = services.people.create(full_name=name, agency_id=agency.id)
        services.committees.add_member(committee_id=committee.id, person_id=person.id, role=role,
                                       start_date="01/01/2016")
    return committee


def test_member_list_goes_out_in_protocol_order(window, desktop, qtbot, tmp_path):  # noqa: F811
    _committee(window.services)
    window.ops.announce(Changes(committees=True))
    tab = window.show_page("members").members
    desktop["save"] = tmp_path / "thanh-vien.xlsx"
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)  # written in the background
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=60_000)
    sheet = openpyxl.load_workbook(desktop["save"]).active
    names = [row[1] for row in sheet.iter_rows(values_only=True) if row and row[1] in
             {"Trần Đức Thuần", "Vũ Thị Ngọc Anh", "Nguyễn Văn Hòa"}]
    assert names == ["Trần Đức Thuần", "Nguyễn Văn Hòa", "Vũ Thị Ngọc Anh"]


def test_agencies_come_in_from_a_workbook(window, desktop, qtbot, tmp_path):  # noqa: F811
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên cơ quan", "Tên viết tắt"])
    sheet.append([1, "Sở Nội vụ", "SNV"])
    sheet.append([2, "Sở Tài chính", "STC"])
    source = tmp_path / "co-quan.xlsx"
    book.save(source)
    desktop["open_file"] = source
    desktop["modal"] = lambda dialog: (settle(qtbot, dialog),
                                       finish(qtbot, dialog, dialog.do_import()))
    page = window.show_page("agencies")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert {a.name for a in window.services.agencies.list()} == {"Sở Nội vụ", "Sở Tài chính"}
    shown = {page.table.model().index(r, c).data()
             for r in range(page.table.model().rowCount()) for c in range(2)}
    assert {"Sở Nội vụ", "Sở Tài chính"} <= shown  # the page reloaded after the import
