"""Tasks from the database to Excel and back, through the command-line pieces."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from core import models as m
from core.cli import build_parser
from core.errors import AppError
from core.excel import statuses
from core.excel.db_rows import DatabaseTasks, heading_for, load_task_rows
from core.excel.tasks_export import write_agency_forms

TODAY = dt.date(2026, 3, 10)


@pytest.fixture(autouse=True)
def _close_log_file():
    yield
    from core import logs

    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None


@pytest.fixture
def ids(db):
    """Two committees' meetings with tasks: the kinds of lead, deadline and notice there are."""
    with db.transaction() as s:
        tttt = m.Agency(name="Sở Thông tin và Truyền thông")
        vh = m.Agency(name="Sở Văn hóa, Thể thao và Du lịch")
        nv = m.Agency(name="Sở Ngoại vụ")
        person = m.Person(full_name="Nguyễn Văn Thuần")
        bcd = m.Committee(name="Ban Chỉ đạo công tác thông tin đối ngoại", abbreviation="BCĐ",
                          parent_body="UBND tỉnh Quảng Ninh",
                          issuing_body="Ban Chỉ đạo công tác thông tin đối ngoại")
        party = m.Committee(name="Tiểu ban Tuyên truyền", abbreviation="TBTT", style="party",
                            number_reset="term", parent_body="Đảng bộ tỉnh Quảng Ninh",
                            issuing_body="Ban Tuyên giáo")
        s.add_all([tttt, vh, nv, person, bcd, party])
        s.flush()
        first = m.Meeting(committee_id=bcd.id, kind="phiên họp định kỳ", title="Phiên họp thứ 5",
                          starts_at=dt.datetime(2019, 12, 16, 8, 0), status="finalised")
        second = m.Meeting(committee_id=party.id, kind="hội nghị",
                           title="Hội nghị giao ban quý I/2026",
                           starts_at=dt.datetime(2026, 1, 15, 14, 0))
        s.add_all([first, second])
        s.flush()
        s.add_all([
            m.IssuedDocument(committee_id=bcd.id, meeting_id=first.id, doc_type="TB",
                             series="2019", number=5, issued_on=dt.date(2019, 12, 18)),
            m.IssuedDocument(committee_id=party.id, meeting_id=second.id, doc_type="TB",
                             series="2020-2025", number=25, issued_on=dt.date(2026, 1, 16)),
            m.IssuedDocument(committee_id=party.id, meeting_id=second.id, doc_type="BB",
                             series="2020-2025", number=7, issued_on=dt.date(2026, 1, 15)),
        ])
        tasks = [
            m.Task(code="NV-1", meeting_id=first.id, content="Xây dựng kế hoạch năm 2020",
                   lead_agency_id=tttt.id, assigned_on=dt.date(2019, 12, 16),
                   deadline_text="Trước 15/3/2020", due_date=dt.date(2020, 3, 15),
                   completed_on=dt.date(2020, 3, 20), last_progress="Đã ban hành"),
            m.Task(code="NV-2", meeting_id=second.id, content="=SUM(A1:A9) tuyên truyền",
                   lead_agency_id=nv.id, assigned_on=dt.date(2026, 1, 15),
                   deadline_text="Quý II/2026", deadline_kind="period",
                   due_date=dt.date(2026, 6, 30), original_due_date=dt.date(2026, 3, 31),
                   extension_count=1),
            m.Task(code="NV-3", meeting_id=second.id, content="Theo dõi dư luận",
                   lead_person_id=person.id, assigned_on=dt.date(2026, 1, 15),
                   deadline_text="Thường xuyên", deadline_kind="regular"),
            m.Task(code="NV-4", content="Việc không gắn cuộc họp", lead_agency_id=nv.id,
                   assigned_on=dt.date(2026, 2, 1), deadline_text="Trước 1/3/2026",
                   due_date=dt.date(2026, 3, 1)),
        ]
        s.add_all(tasks)
        s.flush()
        s.add_all([m.TaskCoordinator(task_id=tasks[0].id, agency_id=nv.id, position=2),
                   m.TaskCoordinator(task_id=tasks[0].id, agency_id=vh.id, position=1)])
        return {"bcd": bcd.id, "party": party.id, "first": first.id, "second": second.id,
                "nv": nv.id, "tttt": tttt.id}


def test_task_rows_from_the_database(db, ids):
    rows = load_task_rows(db, today=TODAY)
    assert [r.code for r in rows] == ["NV-1", "NV-2", "NV-3", "NV-4"]
    one, two, three, four = rows
    assert one.group == "Phiên họp thứ 5 ngày 16/12/2019"
    assert one.source_document == "TB số 05/TB-BCĐ ngày 18/12/2019"  # state numbering
    assert two.source_document == "TB số 25-TB/TBTT ngày 16/01/2026"  # party numbering
    assert one.coordinators == ("Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ")
    assert (one.lead_agency, one.progress, one.status) == (
        "Sở Thông tin và Truyền thông", "Đã ban hành", statuses.DONE_LATE)
    assert two.note == "Gia hạn 1 lần (hạn đầu 31/03/2026)"
    assert two.status == statuses.IN_PROGRESS
    assert (three.lead_agency, three.status) == ("Nguyễn Văn Thuần", statuses.NO_DEADLINE)
    assert (four.group, four.status) == ("Nhiệm vụ khác", statuses.OVERDUE)


def test_task_rows_filtered(db, ids):
    def codes(**which):
        return [r.code for r in load_task_rows(db, today=TODAY, **which)]

    assert codes(committee_id=ids["party"]) == ["NV-2", "NV-3"]
    assert codes(meeting_id=ids["first"]) == ["NV-1"]
    # An agency's list holds what it leads and what it coordinates, as the register shows it.
    assert codes(agency_id=ids["nv"]) == ["NV-1", "NV-2", "NV-4"]
    assert codes(agency_id=ids["nv"], lead_only=True) == ["NV-2", "NV-4"]


def test_heading_from_the_committee(db, ids):
    heading = heading_for(db, committee_id=ids["party"])
    assert heading.agency_lines == ("ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN TUYÊN GIÁO")
    assert heading.style == "party"
    assert heading.title == "BẢNG THEO DÕI NHIỆM VỤ CỦA TIỂU BAN TUYÊN TRUYỀN"
    by_meeting = heading_for(db, meeting_id=ids["first"])
    assert by_meeting.style == "state"
    assert by_meeting.title.endswith("PHIÊN HỌP THỨ 5 NGÀY 16/12/2019")
    assert "GIAO SỞ NGOẠI VỤ" in heading_for(db, agency_id=ids["nv"]).title
    with pytest.raises(AppError) as caught:
        heading_for(db, committee_id=999)
    assert caught.value.code == "not_found"


def test_database_tasks_are_looked_up_by_code(db, ids):
    known = DatabaseTasks(db)
    task = known["NV-2"]
    assert (task.due_date, task.completed_on, task.progress) == (dt.date(2026, 6, 30), None, "")
    assert task.updated_at is not None
    assert known.get("NV-404") is None and "NV-1" in known
    assert len(known) == 4 and sorted(known) == ["NV-1", "NV-2", "NV-3", "NV-4"]


def _parser():
    return build_parser()


@pytest.fixture
def closed_db(db, ids, db_path):
    db.close()  # the command line opens the file itself (one program instance at a time)
    return db.address  # the file's path, or a server database's URL


def open_database(target):
    """The database the command line was given, opened again (a file or a server's URL)."""
    from core.db import open_url
    from core.paths import is_server_url
    from core.db import open_database as open_file

    return open_url(target) if is_server_url(target) else open_file(target)


def test_export_tasks_command(closed_db, ids, tmp_path, capsys):
    out = tmp_path / "nhiem-vu.xlsx"
    args = _parser().parse_args(["export", "tasks", "--db", str(closed_db), "--out", str(out),
                                 "--committee", str(ids["party"])])
    assert args.handler(args, today=TODAY) == 0
    assert "Đã xuất 2 nhiệm vụ" in capsys.readouterr().out
    ws = load_workbook(out).active
    assert ws["A1"].value == "ĐẢNG BỘ TỈNH QUẢNG NINH"
    assert [ws[f"L{r}"].value for r in (10, 11)] == ["NV-2", "NV-3"]
    assert ws["B10"].value == "=SUM(A1:A9) tuyên truyền" and ws["B10"].data_type == "s"
    with pytest.raises(AppError) as caught:  # never overwrites
        args.handler(args, today=TODAY)
    assert caught.value.code == "file_exists"


def test_export_filters_are_exclusive():
    with pytest.raises(SystemExit):
        _parser().parse_args(["export", "tasks", "--db", "x", "--out", "y", "--meeting", "1",
                              "--agency", "2"])


def test_import_progress_preview_changes_nothing(closed_db, ids, tmp_path, capsys):
    with open_database(closed_db) as db:
        rows = load_task_rows(db, agency_id=ids["nv"], today=TODAY)
        [form] = write_agency_forms({"Sở Ngoại vụ": rows}, tmp_path, heading_for(db),
                                    today=TODAY)
    wb = load_workbook(form)
    ws = wb.active
    codes = {ws[f"L{r}"].value: r for r in range(1, ws.max_row + 1) if ws[f"L{r}"].value}
    ws[f"H{codes['NV-4']}"] = "Đã tổ chức"
    ws[f"I{codes['NV-4']}"] = "5/3/2026"
    ws[f"L{codes['NV-2']}"] = "NV-404"
    wb.save(form)
    args = _parser().parse_args(["import", "progress", str(form), "--db", str(closed_db),
                                 "--dry-run"])
    assert args.handler(args, today=TODAY) == 0
    out = capsys.readouterr().out
    assert "1 nhiệm vụ thay đổi" in out and "1 chỗ cần xem lại" in out
    assert "NV-4" in out and "«» → «Đã tổ chức»" in out and "(trống) → 05/03/2026" in out
    assert f"{statuses.OVERDUE} → {statuses.DONE_LATE}" in out
    assert "NV-404" in out
    with open_database(closed_db) as db, db.reading() as s:
        task = s.scalars(select(m.Task).where(m.Task.code == "NV-4")).one()
        assert (task.last_progress, task.completed_on) == (None, None)


def test_import_progress_writes_clean_changes_and_skips_conflicts(closed_db, ids, tmp_path,
                                                                  capsys):
    with open_database(closed_db) as db:
        rows = load_task_rows(db, agency_id=ids["nv"], today=TODAY)
        [form] = write_agency_forms({"Sở Ngoại vụ": rows}, tmp_path, heading_for(db),
                                    today=TODAY)
    wb = load_workbook(form)
    ws = wb.active
    codes = {ws[f"L{r}"].value: r for r in range(1, ws.max_row + 1) if ws[f"L{r}"].value}
    ws[f"H{codes['NV-4']}"] = "Đã tổ chức"
    ws[f"I{codes['NV-4']}"] = "5/3/2026"
    ws[f"H{codes['NV-2']}"] = "Đang làm"
    ws[f"L{codes['NV-2']}"] = "NV-404"
    wb.save(form)
    args = _parser().parse_args(["import", "progress", str(form), "--db", str(closed_db)])
    assert args.handler(args, today=TODAY) == 0
    out = capsys.readouterr().out
    assert "Đã ghi: 1 nhiệm vụ (1 báo cáo tình hình mới, 1 ngày hoàn thành)" in out
    assert "bỏ qua 1 chỗ cần xem lại" in out and "NV-404" in out
    with open_database(closed_db) as db, db.reading() as s:
        task = s.scalars(select(m.Task).where(m.Task.code == "NV-4")).one()
        assert (task.last_progress, task.completed_on) == ("Đã tổ chức", dt.date(2026, 3, 5))
        [report] = s.scalars(select(m.TaskProgress).where(m.TaskProgress.task_id == task.id))
        assert (report.source_file, report.reported_by) == (form.name, "Sở Ngoại vụ")
    # A second run finds nothing new.
    assert args.handler(args, today=TODAY) == 0
    assert "Đọc được: 1 tệp, 0 nhiệm vụ thay đổi" in capsys.readouterr().out
