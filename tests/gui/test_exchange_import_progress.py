"""Taking in the agencies' forms from the window: preview first, write only what is ticked."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.excel.statuses import DONE_ON_TIME, OVERDUE
from core.services.exports import ExportService
from gui.exchange import ImportProgressDialog
from gui.exchange.check_model import ROW_ROLE
from tests.core.import_helpers import TODAY, fill_form, make_tasks
from tests.gui.exchange_fixtures import bad_files, desktop, huge_file  # noqa: F401

# No real modal window may open in a test: it would wait for a click forever.
pytestmark = pytest.mark.usefixtures("answers", "desktop")


@pytest.fixture
def made(services):
    return make_tasks(services)


@pytest.fixture
def forms(db, made, tmp_path):
    folder = tmp_path / "sent"
    folder.mkdir()
    result = ExportService(db).agency_forms(folder=folder, filters={}, today=TODAY)
    return {path.stem: path for path in result.paths}


def settle(qtbot, dialog):
    """Wait for the dialog's reading or writing, which runs beside the window."""
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.running(), timeout=120_000)


def finish(qtbot, dialog, job):
    settle(qtbot, dialog)
    return job.result if job is not None and job.outcome == "done" else None


def _dialog(qtbot, services, paths):
    dialog = ImportProgressDialog(services, paths, today=TODAY)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    return dialog


def _rows(dialog) -> dict[str, tuple[object, int]]:
    """code → (row, index in the table)."""
    return {row.code: (row, i) for i, row in enumerate(dialog.model.rows)}


def _text(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def _checked(dialog, row: int):
    return dialog.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)


def test_preview_shows_changes_and_problems_and_writes_nothing(
        qtbot, qtmodeltester, services, made, forms, tmp_path, answers):
    plan, press, watch = made["plan"], made["press"], made["watch"]
    nv = fill_form(forms["So Ngoai vu"], {plan.code: ("Đã ban hành kế hoạch", "28/2/2026", None),
                                          press.code: ("Đang chuẩn bị", None, None)})
    tttt = fill_form(forms["So Thong tin va Truyen thong"],
                     {watch.code: ("Đã theo dõi", "đã xong", None)})
    bad = bad_files(tmp_path / "bad")
    dialog = _dialog(qtbot, services, [nv, tttt, *bad.values()])
    qtmodeltester.check(dialog.model)

    rows = _rows(dialog)
    row, i = rows[plan.code]
    assert _text(dialog, i, 2) == plan.content
    assert _text(dialog, i, 3) == "(trống) → Đã ban hành kế hoạch"
    assert _text(dialog, i, 4) == "(trống) → 28/02/2026"
    assert _text(dialog, i, 5) == f"{OVERDUE} → {DONE_ON_TIME}"  # due 01/03, done 28/02
    # The form mixes committees: no heading lines over it, so its first task is on row 9.
    assert _text(dialog, i, 7) == "So Ngoai vu.xlsx, dòng 9"
    assert _checked(dialog, i) == Qt.CheckState.Checked
    conflict, j = rows[watch.code]
    assert conflict.is_conflict and not conflict.acceptable
    assert _checked(dialog, j) is None  # no tick box: a date that is not a date
    assert "không phải là ngày" in _text(dialog, j, 6)
    assert dialog.files_label.text().startswith("5 tệp: So Ngoai vu.xlsx")

    problems = dialog.problems.text()
    assert dialog.problems.isVisibleTo(dialog)
    assert "định dạng Excel cũ (.xls)" in problems and "có mật khẩu" in problems
    assert "bị hỏng" in problems
    assert "2 nhiệm vụ có thay đổi" in dialog.summary.text()
    assert services.tasks.get(task_id=plan.id).last_progress is None  # nothing written yet

    dialog.model.setData(dialog.model.index(rows[press.code][1], 0),
                         Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Đã chọn 1 để ghi" in dialog.summary.text()
    with qtbot.waitSignal(dialog.applied) as signal:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].codes == (plan.code,)
    assert "Đã ghi tình hình thực hiện của 1 nhiệm vụ" in answers["info"][-1]
    assert dialog.result() == QDialog.DialogCode.Accepted
    task = services.tasks.get(task_id=plan.id, today=TODAY)
    assert (task.last_progress, f"{task.completed_on:%d/%m/%Y}") == ("Đã ban hành kế hoạch",
                                                                      "28/02/2026")
    assert services.tasks.history(task_id=plan.id).progress[0].source_file == "So Ngoai vu.xlsx"
    assert services.tasks.get(task_id=press.id).last_progress is None


def test_a_conflict_is_written_only_when_ticked_and_confirmed(qtbot, services, made, forms,
                                                              answers):
    plan = made["plan"]
    services.tasks.add_progress(task_id=plan.id, text="Gọi điện đôn đốc", today=TODAY)
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Đã trình dự thảo", None, None)})
    dialog = _dialog(qtbot, services, [form])
    row, i = _rows(dialog)[plan.code]
    assert row.kind == "changed_since_export" and row.acceptable
    assert _checked(dialog, i) == Qt.CheckState.Unchecked
    assert not dialog.apply_button.isEnabled()
    dialog.model.setData(dialog.model.index(i, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    answers["confirm"] = False
    assert dialog.apply() is None
    assert plan.code in answers["asked"][-1]
    assert services.tasks.get(task_id=plan.id).last_progress == "Gọi điện đôn đốc"
    answers["confirm"] = True
    assert finish(qtbot, dialog, dialog.apply()).codes == (plan.code,)
    assert services.tasks.get(task_id=plan.id).last_progress == "Đã trình dự thảo"


def test_a_task_changed_while_previewing_is_refused_and_read_again(qtbot, services, made, forms,
                                                                   answers):
    plan = made["plan"]
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Theo phiếu", None, None)})
    dialog = _dialog(qtbot, services, [form])
    services.tasks.add_progress(task_id=plan.id, text="Sửa ở đây", today=TODAY)
    assert finish(qtbot, dialog, dialog.apply()) is None
    assert "vừa được sửa" in answers["warnings"][-1]
    assert services.tasks.get(task_id=plan.id).last_progress == "Sửa ở đây"
    row, _ = _rows(dialog)[plan.code]  # read again: now shown as needing a look
    assert row.kind == "changed_since_export"


def test_old_encodings_are_flagged(qtbot, services, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("§· ban hµnh kÕ ho¹ch", None, None),
                                            press.code: ("§ang chuÈn bÞ néi dung", None, None)})
    dialog = _dialog(qtbot, services, [form])
    row, i = _rows(dialog)[plan.code]
    assert row.change.new_progress == "Đã ban hành kế hoạch"
    assert "TCVN3" in _text(dialog, i, 6)
    assert dialog.model.index(i, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "bảng mã cũ" in dialog.notes.text() and dialog.notes.isVisibleTo(dialog)


def test_details_of_the_selected_row(qtbot, services, made, forms):
    plan = made["plan"]
    long_text = "Dòng một\nDòng hai rất dài " + "x" * 300
    form = fill_form(forms["So Ngoai vu"], {plan.code: (long_text, None, None)})
    dialog = _dialog(qtbot, services, [form])
    dialog.table.selectRow(_rows(dialog)[plan.code][1])
    assert "Dòng hai rất dài" in dialog.details.toPlainText()
    assert dialog.model.index(0, 0).data(ROW_ROLE).code == plan.code


def test_run_picks_files_first(qtbot, services, made, forms, desktop):
    assert ImportProgressDialog.run(None, services, today=TODAY) is None  # cancelled
    plan = made["plan"]
    desktop["open_files"] = [fill_form(forms["So Ngoai vu"], {plan.code: ("Xong", None, None)})]
    desktop["modal"] = lambda dialog: (settle(qtbot, dialog), finish(qtbot, dialog, dialog.apply()))
    result = ImportProgressDialog.run(None, services, today=TODAY)
    assert result.codes == (plan.code,)


def test_adding_a_file_reads_it_too(qtbot, services, made, forms, desktop):
    watch = made["watch"]
    dialog = _dialog(qtbot, services, [forms["So Ngoai vu"]])
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()
    desktop["open_files"] = [fill_form(forms["So Thong tin va Truyen thong"],
                                       {watch.code: ("Đang theo dõi", None, None)})]
    dialog.add_files()
    settle(qtbot, dialog)
    assert list(_rows(dialog)) == [watch.code] and dialog.apply_button.isEnabled()


@pytest.mark.slow
def test_a_huge_file_is_refused_without_hanging(qtbot, services, made, tmp_path):
    path = huge_file(tmp_path / "rat-dai.xlsx", ["STT", "Mã nhiệm vụ", "Tình hình thực hiện"])
    dialog = _dialog(qtbot, services, [path])  # returns: the reading is bounded by size
    # refused by its size (before reading) or by its rows (while reading): either says why
    assert "quá lớn" in dialog.problems.text() or "hơn 100.000 dòng" in dialog.problems.text()
    assert dialog.model.rowCount() == 0
