"""Agencies' returned forms committed: the round trip, one transaction, conflicts, repeats."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core import models as m
from core.errors import AppError, ConflictError, ValidationError
from core.excel.progress_import import ProgressUpdate
from core.excel.statuses import DONE_ON_TIME
from core.services.exports import ExportService
from core.services.imports import ImportService
from tests.core.import_helpers import TODAY, fill_form, make_tasks


@pytest.fixture
def made(services):
    return make_tasks(services)


@pytest.fixture
def forms(db, made, tmp_path):
    """The forms as sent: one per lead agency, in a dated folder."""
    folder = tmp_path / "sent"
    folder.mkdir()
    result = ExportService(db).agency_forms(folder=folder, filters={}, today=TODAY)
    return {path.stem: path for path in result.paths}


def _progress_rows(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(m.TaskProgress))


def test_round_trip_from_form_to_task(db, services, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {
        plan.code: ("Đã ban hành Kế hoạch số 12/KH-SNgV", "28/02/2026", DONE_ON_TIME),
        press.code: ("-Đã chuẩn bị nội dung họp báo", None, None),
    })
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    assert sorted(c.task_code for c in preview.changes) == sorted([plan.code, press.code])
    assert not preview.conflicts and all(c.exported_at for c in preview.changes)

    result = imports.apply_progress(preview_or_updates=preview, today=TODAY)
    assert (result.tasks_changed, result.progress_added, result.completed_set) == (2, 2, 1)

    task = services.tasks.get(task_id=plan.id, today=TODAY)
    assert task.last_progress == "Đã ban hành Kế hoạch số 12/KH-SNgV"
    assert task.completed_on == dt.date(2026, 2, 28) and task.status_label == DONE_ON_TIME
    [report] = services.tasks.history(task_id=plan.id).progress
    assert (report.source_file, report.reported_by, report.reported_on) == (
        "So Ngoai vu.xlsx", "Sở Ngoại vụ", TODAY)
    # A text that starts like a formula came back as text.
    assert services.tasks.get(task_id=press.id).last_progress == "-Đã chuẩn bị nội dung họp báo"

    # The same file again: nothing new to show, nothing written.
    again = imports.preview_progress(paths=[form], today=TODAY)
    assert (again.changes, again.conflicts, again.unchanged) == ((), (), 2)
    assert imports.apply_progress(preview_or_updates=again, today=TODAY).tasks_changed == 0
    # Even the first preview applied twice adds nothing.
    twice = imports.apply_progress(preview_or_updates=preview, today=TODAY)
    assert (twice.tasks_changed, twice.already_recorded) == (0, 2)
    assert _progress_rows(db) == 2


def test_only_the_accepted_tasks_are_written(db, services, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Đã xong", None, None),
                                            press.code: ("Đang làm", None, None)})
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    result = imports.apply_progress(preview_or_updates=preview, accepted_codes=[press.code],
                                    today=TODAY)
    assert result.codes == (press.code,)
    assert services.tasks.get(task_id=plan.id).last_progress is None


def test_one_bad_row_writes_nothing_and_names_the_task_and_row(db, services, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {
        plan.code: ("Đã xong", "10/01/2026", None),  # before the task was assigned (15/01)
        press.code: ("Đang làm", None, None),
    })
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    # The preview already says so (the dry run tells the truth) …
    assert [c.kind for c in preview.conflicts if c.task_code == plan.code] == ["before_assigned"]
    # … and the same rule holds when the updates are applied as they are.
    updates = [ProgressUpdate(plan.code, "Đã xong", dt.date(2026, 1, 10), str(form)),
               ProgressUpdate(press.code, "Đang làm", None, str(form))]
    with pytest.raises(ValidationError) as caught:
        imports.apply_progress(preview_or_updates=updates, today=TODAY)
    message = caught.value.message()
    assert caught.value.code == "import_row_invalid"
    assert plan.code in message and "10/01/2026" in message
    assert "Chưa ghi thay đổi nào" in message
    assert services.tasks.get(task_id=press.id).last_progress is None
    assert _progress_rows(db) == 0


def test_a_task_edited_after_the_preview_refuses_the_import(db, services, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Theo phiếu", None, None),
                                            press.code: ("Đang làm", None, None)})
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    services.tasks.add_progress(task_id=plan.id, text="Gọi điện hỏi", today=TODAY)
    with pytest.raises(ConflictError) as caught:
        imports.apply_progress(preview_or_updates=preview, today=TODAY)
    assert caught.value.code == "import_changed_since_preview"
    assert plan.code in caught.value.message()
    assert services.tasks.get(task_id=press.id).last_progress is None


def test_changed_since_sent_is_skipped_unless_ticked(db, services, made, forms):
    plan, press = made["plan"], made["press"]
    services.tasks.extend_deadline(task_id=plan.id, new_deadline="Trước 30/6/2026",
                                   changed_on=TODAY, today=TODAY)
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Đã trình", None, None),
                                            press.code: ("Đang làm", None, None)})
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    [conflict] = preview.conflicts
    assert (conflict.kind, conflict.task_code) == ("changed_since_export", plan.code)

    result = imports.apply_progress(preview_or_updates=preview, today=TODAY)
    assert result.codes == (press.code,)  # all clean changes; the conflict waits
    assert services.tasks.get(task_id=plan.id).last_progress is None

    ticked = imports.apply_progress(preview_or_updates=preview, accepted_codes=[plan.code],
                                    today=TODAY)
    assert ticked.codes == (plan.code,)
    assert services.tasks.get(task_id=plan.id).last_progress == "Đã trình"


def test_conflicts_that_cannot_be_accepted(db, made, forms):
    plan, press = made["plan"], made["press"]
    form = fill_form(forms["So Ngoai vu"], {plan.code: ("Xong", "hôm qua", None),
                                            press.code: ("Xong", "01/12/2026", None)})
    imports = ImportService(db)
    preview = imports.preview_progress(paths=[form], today=TODAY)
    assert {c.kind for c in preview.conflicts} == {"bad_date", "future_date"}
    for code in (plan.code, press.code):
        with pytest.raises(ValidationError) as caught:
            imports.apply_progress(preview_or_updates=preview, accepted_codes=[code],
                                   today=TODAY)
        assert caught.value.code == "import_not_acceptable" and code in caught.value.message()
    assert _progress_rows(db) == 0


def test_plain_updates_do_not_repeat_identical_text(db, services, made):
    plan = made["plan"]
    imports = ImportService(db)
    update = ProgressUpdate(plan.code, "Đang thực hiện", None, r"C:\Thư\phieu.xlsx")
    first = imports.apply_progress(preview_or_updates=[update], today=TODAY)
    second = imports.apply_progress(preview_or_updates=[update, update], today=TODAY)
    assert (first.progress_added, second.progress_added, second.already_recorded) == (1, 0, 2)
    [report] = services.tasks.history(task_id=plan.id).progress
    assert report.source_file.endswith("phieu.xlsx")


def test_future_completion_refused_through_plain_updates(db, services, made):
    plan = made["plan"]
    update = ProgressUpdate(plan.code, None, dt.date(2026, 4, 1), "phieu.xlsx")
    with pytest.raises(ValidationError) as caught:
        ImportService(db).apply_progress(preview_or_updates=[update], today=TODAY)
    assert "01/04/2026" in caught.value.message()
    assert services.tasks.get(task_id=plan.id).completed_on is None


def test_unknown_task_in_plain_updates(db, made):
    update = ProgressUpdate("NV-2099-999999", "x", None, "phieu.xlsx")
    with pytest.raises(AppError) as caught:
        ImportService(db).apply_progress(preview_or_updates=[update], today=TODAY)
    assert caught.value.code == "import_task_missing"


def test_the_latest_report_shows_as_when_typed(db, services, made):
    """Like add_progress: a report dated later than the import stays the task's progress."""
    plan = made["plan"]
    services.tasks.add_progress(task_id=plan.id, text="Báo cáo ngày 20/3",
                                reported_on=dt.date(2026, 3, 20), today=TODAY)
    update = ProgressUpdate(plan.code, "Theo phiếu", None, "phieu.xlsx")
    assert ImportService(db).apply_progress(preview_or_updates=[update],
                                            today=TODAY).progress_added == 1
    assert services.tasks.get(task_id=plan.id).last_progress == "Báo cáo ngày 20/3"
    texts = [p.text for p in services.tasks.history(task_id=plan.id).progress]
    assert texts == ["Theo phiếu", "Báo cáo ngày 20/3"]
