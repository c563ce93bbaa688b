"""Members and agencies from the user's own workbook, through the dialog."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.excel.register_import import AGENCIES, MEMBERS
from gui.exchange import ImportRegisterDialog
from tests.gui.exchange_fixtures import bad_files, desktop, huge_file  # noqa: F401
from tests.gui.meeting_helpers import type_date

pytestmark = pytest.mark.usefixtures("answers", "desktop")


def _book(path, sheets):
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


MEMBER_ROWS = [
    ["DANH SÁCH THÀNH VIÊN"],
    [],
    ["TT", "Ho va ten", "Chuc vu", "Don vi cong tac", "Nhiem vu trong Ban", "SDT", "Thu dien tu"],
    [1, "Nguyễn Văn Thuần", "Trưởng Ban Tuyên giáo", "Ban Tuyên giáo Tỉnh ủy", "Trưởng ban",
     "0912 345 678", "thuan@qn.gov.vn"],
    [2, "Trần Thị Hòa", "Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch", "Ủy viên",
     912345678, "hoa@@qn"],
    [3, "Vi Ngọc Bích", "Phó Giám đốc", "Sở Ngoại vụ", "Ủy viên", None, None],
]


@pytest.fixture
def committee(services):
    return services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                      abbreviation="BCĐ")


def settle(qtbot, dialog):
    """Wait for the dialog's reading or writing, which runs beside the window."""
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.running(), timeout=120_000)


def finish(qtbot, dialog, job):
    settle(qtbot, dialog)
    return job.result if job is not None and job.outcome == "done" else None


def _dialog(qtbot, services, kind, path, **kw):
    dialog = ImportRegisterDialog(services, kind, path, **kw)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    return dialog


def test_members_guessed_previewed_and_imported(qtbot, qtmodeltester, services, committee,
                                                tmp_path, answers):
    path = _book(tmp_path / "tv.xlsx", {"Ghi chú": [["x"]], "Thành viên": MEMBER_ROWS})
    dialog = _dialog(qtbot, services, MEMBERS, path, committee_id=committee.id)
    assert dialog.sheet.currentText() == "Thành viên"  # the list, not the notes sheet before it
    qtmodeltester.check(dialog.model)
    assert dialog.header_row.value() == 3
    assert dialog.columns.mapping() == {"full_name": 1, "position": 2, "agency": 3, "role": 4,
                                        "phone": 5, "email": 6}
    assert dialog.columns.combos["agency"].currentText() == "D: Don vi cong tac"
    model = dialog.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["4", "5", "6"]
    bad = model.index(1, 0)
    assert bad.data(Qt.ItemDataRole.CheckStateRole) is None  # row 5: the e-mail is wrong
    assert "email «hoa@@qn»" in model.index(1, model.columnCount() - 1).data()
    assert "3 dòng: 1 dòng có lỗi" in dialog.summary.text()

    dialog.has_start.setChecked(True)
    type_date(dialog.start, dt.date(2026, 1, 5))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Đã thêm 2 thành viên" in answers["info"][-1]
    seats = services.committees.members(committee_id=committee.id, on=dt.date(2026, 1, 5))
    assert [(s.full_name, s.role) for s in seats] == [("Nguyễn Văn Thuần", "Trưởng ban"),
                                                       ("Vi Ngọc Bích", "Ủy viên")]
    assert seats[0].start_date == dt.date(2026, 1, 5)


def test_columns_chosen_by_hand(qtbot, services, committee, tmp_path):
    path = _book(tmp_path / "tv.xlsx", {"Sheet": [
        ["Cột 1", "Cột 2", "Cột 3"],
        ["Nguyễn Văn A", "Sở Nội vụ", "Chuyên viên"],
        ["Trần Văn B", "Sở Tài chính", "Phó Giám đốc"],
    ]})
    dialog = _dialog(qtbot, services, MEMBERS, path, committee_id=committee.id)
    assert dialog.preview is None and dialog.header_row.value() == 1
    assert [dialog.columns.combos["full_name"].itemText(i) for i in range(4)] == [
        "(không có)", "A: Cột 1", "B: Cột 2", "C: Cột 3"]
    dialog.columns.select("full_name", 0)
    settle(qtbot, dialog)
    dialog.columns.select("agency", 1)
    settle(qtbot, dialog)
    assert dialog.preview is not None and not dialog.problem.isVisibleTo(dialog)
    assert [r.agency for r in dialog.model.rows] == ["Sở Nội vụ", "Sở Tài chính"]
    result = finish(qtbot, dialog, dialog.do_import())
    assert (result.people_created, result.agencies_created, result.members_added) == (2, 2, 2)


def test_the_heading_row_can_be_moved(qtbot, services, tmp_path):
    path = _book(tmp_path / "cq.xlsx", {"Cơ quan": [
        ["Tên cơ quan"], ["Sở Nội vụ"], ["Tên viết tắt", "Tên đơn vị"], ["STC", "Sở Tài chính"]]})
    dialog = _dialog(qtbot, services, AGENCIES, path)
    assert dialog.header_row.value() == 3  # the row naming more fields wins the guess
    assert dialog.columns.mapping() == {"name": 1, "short_name": 0}
    assert [(r.name, r.short_name) for r in dialog.model.rows] == [("Sở Tài chính", "STC")]
    dialog.header_row.setValue(1)
    dialog.header_row.editingFinished.emit()
    settle(qtbot, dialog)
    assert dialog.columns.mapping() == {"name": 0}
    assert [r.name for r in dialog.model.rows] == ["Sở Nội vụ", "Tên viết tắt", "STC"]


def test_agencies_duplicates_reused(qtbot, services, tmp_path, answers):
    services.agencies.create(name="Sở Văn hóa, Thể thao và Du lịch")
    path = _book(tmp_path / "cq.xlsx", {"Cơ quan": [
        ["STT", "Tên cơ quan", "Tên viết tắt"],
        [1, "Sở Văn hoá, Thể thao và Du lịch", "SVHTTDL"],
        [2, "Báo Quảng Ninh", None],
        [3, "Báo Quảng Ninh", None],
    ]})
    dialog = _dialog(qtbot, services, AGENCIES, path)
    assert "2 dòng trùng" in dialog.summary.text()
    assert dialog.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert finish(qtbot, dialog, dialog.do_import()) is not None
    assert "Cơ quan: 1 thêm mới, 1 đã có." in answers["info"][-1]
    assert sorted(a.name for a in services.agencies.list()) == [
        "Báo Quảng Ninh", "Sở Văn hóa, Thể thao và Du lịch"]


def test_a_sheet_without_headings_says_so(qtbot, services, committee, tmp_path):
    path = _book(tmp_path / "tv.xlsx", {"Ghi chú": [["x"]], "Thành viên": MEMBER_ROWS})
    dialog = _dialog(qtbot, services, MEMBERS, path, committee_id=committee.id)
    dialog.sheet.setCurrentText("Ghi chú")
    settle(qtbot, dialog)
    assert dialog.preview is None and "dòng tiêu đề" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()


def test_unticking_every_row_imports_nothing(qtbot, services, committee, tmp_path):
    path = _book(tmp_path / "tv.xlsx", {"TV": MEMBER_ROWS})
    dialog = _dialog(qtbot, services, MEMBERS, path, committee_id=committee.id)
    dialog.model.set_all(False)
    assert not dialog.import_button.isEnabled()
    assert "Đã chọn 0 dòng" in dialog.summary.text()


@pytest.mark.parametrize("code", ["excel_old_format", "excel_encrypted", "excel_corrupt"])
def test_bad_files_are_explained(qtbot, services, tmp_path, code):
    path = bad_files(tmp_path / "bad")[code]
    dialog = _dialog(qtbot, services, AGENCIES, path)
    text = dialog.problem.text()
    assert path.name in text and dialog.model.rowCount() == 0
    assert {"excel_old_format": ".xls", "excel_encrypted": "mật khẩu",
            "excel_corrupt": "bị hỏng"}[code] in text
    assert not dialog.import_button.isEnabled()


@pytest.mark.slow
def test_a_huge_sheet_is_refused_without_hanging(qtbot, services, tmp_path):
    path = huge_file(tmp_path / "dai.xlsx", ["STT", "Mã", "Họ và tên"])
    dialog = _dialog(qtbot, services, MEMBERS, path)  # returns: the reading is bounded by size
    problem = dialog.problem.text()  # refused by its size, or by its rows while reading
    assert ("quá lớn" in problem or "hơn 100.000 dòng" in problem) and dialog.model.rowCount() == 0


def test_run_picks_the_file_first(qtbot, services, desktop, tmp_path):
    assert ImportRegisterDialog.run(None, services, AGENCIES) is None
    desktop["open_file"] = _book(tmp_path / "cq.xlsx", {"A": [["Tên cơ quan"], ["Sở Nội vụ"]]})
    desktop["modal"] = lambda dialog: (settle(qtbot, dialog),
                                       finish(qtbot, dialog, dialog.do_import()))
    result = ImportRegisterDialog.run(None, services, AGENCIES)
    assert result.agencies_created == 1
