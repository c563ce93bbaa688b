"""Forms agencies send back: export a form, fill it in as an agency would, read the changes."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.packaging.custom import CustomPropertyList

from core.excel import statuses
from core.excel.progress_import import KnownTask, ProgressUpdate, read_returned_workbooks
from core.excel.tasks_export import write_agency_forms
from core.messages import render
from tests.core.excel_samples import HEADING, SO_NV, SO_TTTT, TODAY, task_rows

EXPORTED_AT = dt.datetime(2026, 3, 9, 8, 0, 0)
# Rows of Sở Ngoại vụ's form: header 9, group I. at 10, NV-0002 at 11, group II. at 12,
# NV-0003 at 13, NV-0004 at 14.
ROW = {"NV-0002": 11, "NV-0003": 13, "NV-0004": 14}


def _known(updated_at: dt.datetime = dt.datetime(2026, 3, 1)) -> dict[str, KnownTask]:
    return {row.code: KnownTask(row.code, row.progress, row.completed_on, row.due_date,
                                updated_at) for row in task_rows()}


@pytest.fixture
def form(tmp_path):
    rows = task_rows()
    by_agency = {SO_NV: [r for r in rows if r.lead_agency == SO_NV],
                 SO_TTTT: [r for r in rows if r.lead_agency == SO_TTTT]}
    paths = write_agency_forms(by_agency, tmp_path, HEADING, today=TODAY,
                               exported_at=EXPORTED_AT)
    return paths[0]


def _fill(path, target, cells: dict[str, object], *, keep_export_time: bool = True):
    """Edit the form with openpyxl, as Excel would save it after the agency's typing."""
    wb = load_workbook(path)
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    if not keep_export_time:
        wb.custom_doc_props = CustomPropertyList()
        ws["L1"] = None
        ws["L2"] = None
    wb.save(target)
    return target


def test_round_trip_shows_the_changes(form, tmp_path):
    returned = _fill(form, tmp_path / "tra-ve.xlsx", {
        "H11": "Đã bố trí kinh phí, đang triển khai",
        "H14": "Đã tổ chức hội nghị ngày 28/02",
        "I14": dt.datetime(2026, 2, 28),
        "J14": statuses.DONE_ON_TIME,
    })
    preview = read_returned_workbooks([returned], _known(), today=TODAY)
    assert preview.conflicts == () and preview.warnings == ()
    assert preview.unchanged == 1  # NV-0003 came back as it went
    by_code = {change.task_code: change for change in preview.changes}
    assert set(by_code) == {"NV-0002", "NV-0004"}
    progress_only = by_code["NV-0002"]
    assert (progress_only.old_progress, progress_only.new_progress) == (
        "-chưa có kinh phí", "Đã bố trí kinh phí, đang triển khai")
    assert progress_only.progress_changed and not progress_only.completed_changed
    assert progress_only.old_status == progress_only.new_status == statuses.IN_PROGRESS
    done = by_code["NV-0004"]
    assert (done.old_completed_on, done.new_completed_on) == (None, dt.date(2026, 2, 28))
    assert (done.old_status, done.new_status) == (statuses.OVERDUE, statuses.DONE_ON_TIME)
    assert (done.file, done.sheet, done.row) == (str(returned), "Nhiệm vụ", 14)
    assert set(preview.updates()) == {
        ProgressUpdate("NV-0002", "Đã bố trí kinh phí, đang triển khai", None, str(returned)),
        ProgressUpdate("NV-0004", "Đã tổ chức hội nghị ngày 28/02", dt.date(2026, 2, 28),
                       str(returned)),
    }


@pytest.mark.parametrize("typed", ["15/3/2026", "15-03-2026", "15.3.26", "2026-03-15",
                                   "ngày 15 tháng 3 năm 2026", 46096])
def test_dates_typed_as_text_or_numbers(form, tmp_path, typed):
    returned = _fill(form, tmp_path / "r.xlsx", {"I13": typed})
    preview = read_returned_workbooks([returned], _known(), today=dt.date(2026, 3, 20))
    assert preview.conflicts == ()
    [change] = preview.changes
    assert change.new_completed_on == dt.date(2026, 3, 15)
    assert change.new_status == statuses.DONE_ON_TIME  # no deadline: done counts as on time


def test_gibberish_date_and_unknown_code_are_conflicts(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {
        "I11": "mười lăm tháng ba", "L13": "NV-9999", "H13": "Đã làm", "I14": "31/02/2026"})
    preview = read_returned_workbooks([returned], _known(), today=TODAY)
    assert preview.changes == ()
    found = {(c.kind, c.row, c.task_code) for c in preview.conflicts}
    assert found == {("bad_date", 11, "NV-0002"), ("unknown_code", 13, "NV-9999"),
                     ("bad_date", 14, "NV-0004")}
    messages = {c.row: render(c.message) for c in preview.conflicts}
    assert messages[11].startswith("Dòng 11:") and "mười lăm tháng ba" in messages[11]
    assert "NV-9999" in messages[13]
    assert all(c.file == str(returned) and c.sheet == "Nhiệm vụ" for c in preview.conflicts)


def test_task_changed_here_since_the_form_was_sent(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {"H11": "Cập nhật mới"})
    later = read_returned_workbooks([returned], _known(dt.datetime(2026, 3, 9, 9, 0)),
                                    today=TODAY)
    [conflict] = later.conflicts
    assert conflict.kind == "changed_since_export" and conflict.row == 11
    assert conflict.change is not None and conflict.change.new_progress == "Cập nhật mới"
    assert later.changes == ()
    earlier = read_returned_workbooks([returned], _known(dt.datetime(2026, 3, 9, 7, 0)),
                                      today=TODAY)
    assert earlier.conflicts == () and len(earlier.changes) == 1


def test_export_time_from_the_hidden_cell_or_a_warning(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {"H11": "Mới"})
    wb = load_workbook(returned)
    wb.custom_doc_props = CustomPropertyList()  # a copy that lost the document property
    wb.save(returned)
    preview = read_returned_workbooks([returned], _known(dt.datetime(2026, 3, 9, 9, 0)),
                                      today=TODAY)
    assert [c.kind for c in preview.conflicts] == ["changed_since_export"]
    stripped = _fill(form, tmp_path / "s.xlsx", {"H11": "Mới"}, keep_export_time=False)
    preview = read_returned_workbooks([stripped], _known(dt.datetime(2026, 3, 9, 9, 0)),
                                      today=TODAY)
    assert len(preview.changes) == 1
    assert len(preview.warnings) == 1 and "thời điểm xuất" in render(preview.warnings[0])


def test_empty_cells_never_erase(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {"H11": None, "J11": None})
    preview = read_returned_workbooks([returned], _known(), today=TODAY)
    assert preview.changes == () and preview.conflicts == () and preview.unchanged == 3


def test_status_without_date_bad_status_future_date_and_rows_without_code(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {
        "J11": statuses.DONE_LATE,
        "J13": "xong rồi",
        "I14": "20/03/2026",
        "H16": "Dòng cơ quan tự thêm",
    })
    preview = read_returned_workbooks([returned], _known(), today=TODAY)
    found = {(c.kind, c.row) for c in preview.conflicts}
    assert found == {("status_without_date", 11), ("bad_status", 13), ("future_date", 14),
                     ("no_code", 16)}
    future = next(c for c in preview.conflicts if c.kind == "future_date")
    assert future.change.new_completed_on == dt.date(2026, 3, 20)  # shown, not taken
    assert preview.changes == ()


def test_same_task_in_two_files(form, tmp_path):
    first = _fill(form, tmp_path / "a.xlsx", {"H11": "Lần một"})
    second = _fill(form, tmp_path / "b.xlsx", {"H11": "Lần hai"})
    preview = read_returned_workbooks([first, second], _known(), today=TODAY)
    assert [c.new_progress for c in preview.changes if c.task_code == "NV-0002"] == ["Lần một"]
    duplicates = [c for c in preview.conflicts if c.kind == "duplicate"]
    assert len(duplicates) == 3 and all(c.file == str(second) for c in duplicates)
    assert "a.xlsx" in render(duplicates[0].message)


def test_bad_files_do_not_stop_the_others(form, tmp_path):
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    other = tmp_path / "khac.xlsx"
    wb = Workbook()
    wb.active.append(["Họ và tên", "Email"])
    wb.save(other)
    good = _fill(form, tmp_path / "r.xlsx", {"H11": "Mới"})
    preview = read_returned_workbooks([old, other, good], _known(), today=TODAY)
    assert len(preview.changes) == 1
    kinds = {(c.file, c.kind) for c in preview.conflicts}
    assert kinds == {(str(old), "file"), (str(other), "not_a_form")}
    assert any(".xls" in render(c.message) for c in preview.conflicts)
    assert preview.files == (str(old), str(other), str(good))


def test_legacy_encodings_in_progress(form, tmp_path):
    returned = _fill(form, tmp_path / "r.xlsx", {
        "H11": "§· hoµn thµnh kÕ ho¹ch",  # TCVN3
        "H13": "Ñaõ hoaøn thaønh keá hoaïch",  # VNI
    })
    preview = read_returned_workbooks([returned], _known(), today=TODAY)
    [change] = preview.changes
    assert change.new_progress == "Đã hoàn thành kế hoạch"
    [conflict] = preview.conflicts
    assert conflict.kind == "legacy_encoding" and conflict.row == 13 and "VNI" in render(conflict.message)
    cells = {(c.row, c.column, c.encoding, c.converted) for c in preview.legacy_cells}
    assert cells == {(11, "H", "tcvn3", "Đã hoàn thành kế hoạch"), (13, "H", "vni", None)}
