"""Reminder letters (công văn đôn đốc): one letter per lead agency with the right tasks, the
letter number in the committee's series, days late counted as the overview counts them, a
summary list, the task's history line, the register's "chased and still late" filter, and
nothing recorded when the letters cannot be written."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.errors import AppError, EnvironmentProblem, ValidationError
from core.services.reminders import ReminderOptions
from tests.core import report_data as rd
from tests.core.docx_helpers import open_docx, texts
from tests.core.report_data import BAO, DAI, SO

D = dt.date
AS_OF = D(2026, 4, 1)


@pytest.fixture
def data(services, tmp_path):
    built = rd.build(services)
    meeting = services.tasks.get(task_id=built.tasks["t4"]).meeting_id
    services.documents.write(meeting_id=meeting, kind="notice", path=tmp_path / "tb.docx",
                             insist=True)  # the data's meetings are still "planned"
    return built


def write(services, committee_id, out, **options):
    return services.reminders.write(committee_id=committee_id, out_dir=out,
                                    options=ReminderOptions(as_of=AS_OF, **options))


def table_rows(path: Path) -> list[list[str]]:
    doc = open_docx(path)
    table = doc.tables[-2]  # the last table is the signature and Nơi nhận
    return [[c.text for c in row.cells] for row in table.rows]


def test_one_letter_per_lead_agency_with_its_late_tasks(services, data, tmp_path):
    batch = write(services, data.committee_x, tmp_path)
    assert [x.agency_name for x in batch.letters] == [BAO, DAI, SO]  # Vietnamese order
    assert [x.number for x in batch.letters] == [1, 2, 3]
    assert [x.number_text for x in batch.letters] == ["01/BCĐ-VP", "02/BCĐ-VP", "03/BCĐ-VP"]
    assert batch.folder.parent == tmp_path and batch.folder.name.startswith("Don-doc-2026-04-01")
    assert sorted(p.name for p in batch.folder.iterdir()) == sorted(
        [x.path.name for x in batch.letters] + [batch.summary.name])
    bao = table_rows(batch.letters[0].path)
    assert bao[0][0] == "STT" and bao[0][4] == "Số ngày quá hạn"
    assert [r[1] for r in bao[1:]] == ["Nhiệm vụ t4"]
    # days late as the overview counts them: today minus the deadline
    assert bao[1][4] == str((AS_OF - D(2026, 3, 15)).days)
    assert bao[1][2].startswith("TB số 01/TB-BCĐ ngày")
    assert table_rows(batch.letters[1].path)[1][4] == str((AS_OF - D(2025, 12, 31)).days)
    assert table_rows(batch.letters[2].path)[1][4] == "1"  # due 31/03, late by one day


def test_the_letter_reads_as_an_official_cong_van(services, data, tmp_path):
    batch = write(services, data.committee_x, tmp_path, reply_by=D(2026, 4, 15))
    lines = texts(open_docx(batch.letters[0].path))
    assert "Số: 01/BCĐ-VP" in lines
    assert "V/v đôn đốc thực hiện nhiệm vụ được giao" in lines
    assert "Kính gửi: Báo Hải Dương" in lines
    assert not any(line in ("THÔNG BÁO", "CÔNG VĂN") for line in lines)  # no kind title
    opening = next(x for x in lines if x.startswith("Thực hiện"))
    assert "Thông báo số 01/TB-BCĐ ngày" in opening
    closing = next(x for x in lines if "trước ngày 15/04/2026" in x)
    assert closing.endswith("./.")
    assert "- Như trên;" in lines
    assert any(x.startswith("- Lưu: VT") for x in lines)


def test_due_within_adds_the_tasks_falling_due_soon(services, data, tmp_path):
    agencies, tasks = services.reminders.preview(
        committee_id=data.committee_x, options=ReminderOptions(as_of=AS_OF, due_within=30))
    assert (agencies, tasks) == (3, 4)  # t8 (Báo, extended to 30/04) is now due within 30 days
    batch = write(services, data.committee_x, tmp_path, due_within=30)
    rows = table_rows(batch.letters[0].path)
    assert [r[1] for r in rows[1:]] == ["Nhiệm vụ t4", "Nhiệm vụ t8"]
    assert rows[2][4] == "còn 29 ngày"


def test_numbers_continue_the_series_and_party_style_has_its_own(services, data, tmp_path):
    write(services, data.committee_x, tmp_path)
    again = write(services, data.committee_x, tmp_path)
    assert [x.number for x in again.letters] == [4, 5, 6]
    assert again.folder.name.endswith("-2")
    party = write(services, data.committee_y, tmp_path)
    assert [x.number_text for x in party.letters] == ["01-CV/TBTT"]
    assert "Số 01-CV/TBTT" in texts(open_docx(party.letters[0].path))


def test_summary_list_has_one_row_per_letter(services, data, tmp_path):
    batch = write(services, data.committee_x, tmp_path)
    ws = load_workbook(batch.summary).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if r[0] == "STT")
    body = rows[head + 1:head + 4]
    assert [r[1] for r in body] == ["01/BCĐ-VP", "02/BCĐ-VP", "03/BCĐ-VP"]
    assert [r[3] for r in body] == [BAO, DAI, SO]
    assert [r[4] for r in body] == [1, 1, 1]
    assert body[1][6] == (AS_OF - D(2025, 12, 31)).days


def test_task_history_shows_the_letter_and_the_register_filters_chased(services, data, tmp_path):
    write(services, data.committee_x, tmp_path)
    history = services.tasks.history(task_id=data.tasks["t4"])
    assert [(r.number_text, r.issued_on) for r in history.reminders] == [("01/BCĐ-VP", AS_OF)]
    assert services.tasks.history(task_id=data.tasks["t13"]).reminders == ()
    chased = services.tasks.list(chased_late_on=AS_OF)
    assert {t.id for t in chased} == {data.tasks[n] for n in ("t4", "t5", "t7")}
    services.tasks.mark_done(task_id=data.tasks["t4"], completed_on=AS_OF, today=AS_OF)
    assert data.tasks["t4"] not in {t.id for t in services.tasks.list(chased_late_on=AS_OF)}


def test_register_filter_limits_the_letters(services, data, tmp_path):
    batch = write(services, data.committee_x, tmp_path,
                  filters={"agency_id": data.agencies[DAI], "lead_only": True})
    assert [x.agency_name for x in batch.letters] == [DAI]
    assert batch.letters[0].task_count == 2  # t5 late, t6 regular: both not done


def test_nothing_to_chase_and_bad_places_write_nothing(services, data, tmp_path):
    with pytest.raises(AppError) as caught:
        services.reminders.write(committee_id=data.committee_x, out_dir=tmp_path,
                                 options=ReminderOptions(as_of=D(2025, 12, 1)))
    assert caught.value.code == "reminders_nothing"
    with pytest.raises(EnvironmentProblem):
        write(services, data.committee_x, tmp_path / "missing")
    # a number already taken stops the batch before any file is written
    write(services, data.committee_x, tmp_path, first_number=7)
    with pytest.raises(ValidationError):
        write(services, data.committee_x, tmp_path, first_number=5)
    assert len(list(tmp_path.glob("Don-doc-*"))) == 1
    assert not list(tmp_path.glob(".dang-ghi-*"))


def test_a_failed_record_leaves_no_folder(services, data, tmp_path, monkeypatch):
    from core.services.reminders import ReminderService

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ReminderService, "_record", boom)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        write(services, data.committee_x, out)
    assert list(out.iterdir()) == []
    assert services.tasks.history(task_id=data.tasks["t4"]).reminders == ()


@pytest.mark.slow
def test_command_line_writes_the_letters(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    from core.db import open_database
    from core.services import Services

    path = tmp_path / "du-lieu.sqlite"
    db = open_database(path, daily_backup=False)
    try:
        built = rd.build(Services(db))
    finally:
        db.close()
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, THUKY_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    main = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run(
        [sys.executable, str(main), "export", "reminders", "--committee", str(built.committee_x),
         "--as-of", "01/04/2026", "--due-within", "30", "--db", str(path), "--out", str(out)]
        + (["--pdf"] if shutil.which("soffice") else []),
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Đã ghi 3 công văn đôn đốc (số 01/BCĐ-VP đến 03/BCĐ-VP, 4 nhiệm vụ)" in done.stdout
    folder = next(out.glob("Don-doc-*"))
    assert len(list(folder.glob("*.docx"))) == 3
    if shutil.which("soffice"):
        assert len(list(folder.glob("*.pdf"))) == 3 and "Đã lưu thêm 3 bản PDF" in done.stdout
    bad = subprocess.run(
        [sys.executable, str(main), "export", "reminders", "--committee", str(built.committee_x),
         "--as-of", "31/02/2026", "--db", str(path), "--out", str(out)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert bad.returncode == 2 and "không phải là ngày hợp lệ" in bad.stderr


@pytest.mark.slow
def test_letters_open_in_libreoffice_one_page_each(services, data, tmp_path):
    import shutil
    import subprocess

    from core import pdf

    if not (pdf.find_converter() and shutil.which("pdftotext")):
        pytest.skip("needs LibreOffice and poppler-utils")
    batch = write(services, data.committee_x, tmp_path, due_within=30)
    pdfs = pdf.to_pdf([x.path for x in batch.letters])
    for letter, copy in zip(batch.letters, pdfs, strict=True):
        page = subprocess.run(["pdftotext", "-layout", str(copy), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert f"Kính gửi: {letter.agency_name}" in " ".join(page.split())
        assert letter.number_text in page


def test_the_batch_writer_writes_the_same_letter_as_the_builder(tmp_path):
    from core.documents import reminder as r
    from core.documents.model import CommitteeIdentity, Recipients, Signature

    committee = CommitteeIdentity(name="Ban Chỉ đạo A & B", abbreviation="BCĐ", style="state",
                                  issuing_body="BAN CHỈ ĐẠO <THỬ>", place_name="Hà Nam")
    tasks = (r.ReminderTask("Nhiệm vụ có dấu & và <ngoặc>\nvà dòng thứ hai", "TB số 01/TB-BCĐ",
                            "Trước 01/03/2026", D(2026, 3, 1), "Đang làm"),
             r.ReminderTask("Nhiệm vụ hai", "", "Quý II/2026", D(2026, 6, 30), ""))
    letters = []
    for number, agency in ((1, "Sở Văn hóa, Thể thao & Du lịch"), (2, "Báo Hà Nam")):
        letters.append(r.ReminderLetterData(
            committee=committee, number=r.letter_number("state", number, committee, "VP"),
            issue_date=D(2026, 4, 1), as_of=D(2026, 4, 1), reply_by=D(2026, 4, 11),
            agency=agency, cited=("Thông báo số 01/TB-BCĐ ngày 05/01/2026",),
            tasks=tasks[:number], signature=Signature("TRƯỞNG BAN", "Lê Văn A", "TM. BAN CHỈ ĐẠO"),
            recipients=Recipients(("Như trên",), "VT"), due_soon_included=True))
    writer = r.ReminderWriter("state")
    for data in letters:
        fast = writer.write(data, tmp_path / f"fast-{data.number.number}.docx")
        slow = r.write_reminder(data, tmp_path / f"slow-{data.number.number}.docx")
        assert texts(open_docx(fast)) == texts(open_docx(slow))
    assert "Kính gửi: Sở Văn hóa, Thể thao & Du lịch" in texts(open_docx(tmp_path / "fast-1.docx"))
    assert "Số: 02/BCĐ-VP" in texts(open_docx(tmp_path / "fast-2.docx"))
