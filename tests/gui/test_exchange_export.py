"""Exporting from the window: the task list or the agencies' forms, and a member list."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.exchange import ExportTasksDialog, export_member_list
from tests.core.import_helpers import TODAY, make_tasks
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)

# No real modal window may open in a test: it would wait for a click forever.
pytestmark = pytest.mark.usefixtures("answers", "desktop")


@pytest.fixture
def made(services):
    return make_tasks(services)


def finish(qtbot, job):
    """Wait for an export running in the background; what it wrote."""
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "done", job.error
    return job.result


def _dialog(qtbot, services, filters):
    dialog = ExportTasksDialog(services, filters, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _codes(path) -> list[str]:
    ws = load_workbook(path).active
    return [c.value for c in ws["L"] if c.value and str(c.value).startswith("NV-")]


def test_task_list_in_two_clicks(qtbot, services, made, desktop, tmp_path):
    dialog = _dialog(qtbot, services, {"agency_id": made["nv"].id})
    assert "2 nhiệm vụ đang xem (Sở Ngoại vụ)" in dialog.summary.text()
    assert dialog.list_choice.isChecked() and not dialog.open_only.isEnabled()
    desktop["save"] = tmp_path / "ds.xlsx"
    desktop["choice"] = "file"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog.job)
    assert desktop["suggested"][0].name == "Bang theo doi nhiem vu - So Ngoai vu - 10-03-2026.xlsx"
    assert _codes(tmp_path / "ds.xlsx") == [made["plan"].code, made["press"].code]
    [(text, can_open_file)] = desktop["finished"]
    assert "Đã xuất 2 nhiệm vụ" in text and can_open_file
    assert desktop["opened"] == [tmp_path / "ds.xlsx"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_forms_for_each_agency_in_a_new_folder(qtbot, services, made, desktop, tmp_path):
    services.tasks.mark_done(task_id=made["watch"].id, completed_on=TODAY, today=TODAY)
    dialog = _dialog(qtbot, services, {})
    dialog.forms_choice.setChecked(True)
    assert dialog.open_only.isEnabled() and dialog.open_only.isChecked()
    desktop["folder"] = tmp_path
    desktop["choice"] = "folder"
    result = finish(qtbot, dialog.export())
    folder = tmp_path / "Phieu cap nhat nhiem vu 10-03-2026"
    assert result.folder == folder
    assert sorted(p.name for p in folder.iterdir()) == ["So Ngoai vu.xlsx",
                                                        "So Thong tin va Truyen thong.xlsx"]
    assert _codes(folder / "So Thong tin va Truyen thong.xlsx") == [made["report"].code]
    assert load_workbook(folder / "So Ngoai vu.xlsx").active.protection.sheet
    [(text, can_open_file)] = desktop["finished"]
    assert "Đã tạo 2 phiếu (3 nhiệm vụ)" in text and not can_open_file
    assert desktop["opened"] == [folder]


def test_cancelling_the_picker_writes_nothing(qtbot, services, made, desktop, tmp_path):
    dialog = _dialog(qtbot, services, {})
    assert dialog.export() is None
    assert list(tmp_path.glob("*.xlsx")) == [] and desktop["finished"] == []
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_problem_is_told_and_the_dialog_stays(qtbot, services, made, desktop, answers,
                                                 tmp_path):
    dialog = _dialog(qtbot, services, {})
    desktop["save"] = tmp_path / "missing" / "ds.xlsx"
    assert dialog.export() is None
    assert "không tồn tại" in answers["warnings"][-1]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_nothing_to_export(qtbot, services, made, desktop):
    dialog = _dialog(qtbot, services, {"search": "khong co viec nay"})
    assert "0 nhiệm vụ" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_run_returns_what_was_written(qtbot, services, made, desktop, tmp_path):
    desktop["save"] = tmp_path / "all.xlsx"
    desktop["modal"] = lambda dialog: dialog.export()
    result = finish(qtbot, ExportTasksDialog.run(None, services, {}, today=TODAY))
    assert result.paths == (tmp_path / "all.xlsx",) and result.rows == 4


def test_member_list(qtbot, services, desktop, tmp_path):
    committee = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                           abbreviation="BCĐ")
    for name, role in (("Vi Ngọc Bích", "Ủy viên"), ("Nguyễn Văn Thuần", "Trưởng ban")):
        person = services.people.create(full_name=name)
        services.committees.add_member(committee_id=committee.id, person_id=person.id,
                                       role=role, start_date=dt.date(2025, 1, 1))
    desktop["save"] = tmp_path / "tv.xlsx"
    result = finish(qtbot, export_member_list(None, services, committee.id, on=TODAY))
    assert desktop["suggested"][0].name == "Danh sach thanh vien - BCD - 10-03-2026.xlsx"
    ws = load_workbook(result.paths[0]).active
    names = [c.value for c in ws["B"]]
    assert names.index("Nguyễn Văn Thuần") < names.index("Vi Ngọc Bích")  # protocol order
    assert "Đã xuất 2 thành viên" in desktop["finished"][0][0]
    desktop["save"] = None
    assert export_member_list(None, services, committee.id) is None
