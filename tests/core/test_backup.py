import datetime as dt
import sqlite3

import pytest

from core import backup, errors
from core.db import open_database


def _agency_names(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM agencies ORDER BY id")]
    finally:
        conn.close()


def _add_agency(db, name):
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO agencies (name, is_active, search_key, dup_key, created_at, updated_at)"
            " VALUES (:name, true, '', '', '2020-01-01', '2020-01-01')"), {"name": name})


def test_one_rolling_backup_a_day_and_only_the_newest_kept(db_path):
    db = open_database(db_path)
    _add_agency(db, "Báo Hải Dương")
    db.close()
    start = dt.date(2026, 1, 1)
    for day in range(5):
        db = open_database(db_path, today=start + dt.timedelta(days=day), keep_backups=3)
        db.close()
        db = open_database(db_path, today=start + dt.timedelta(days=day), keep_backups=3)
        db.close()
    daily = sorted(p.name for p in (db_path.parent / "backups").glob("test-2026-*.sqlite"))
    assert daily == ["test-2026-01-03.sqlite", "test-2026-01-04.sqlite", "test-2026-01-05.sqlite"]
    assert _agency_names(db_path.parent / "backups" / daily[-1]) == ["Báo Hải Dương"]


def test_backup_to_writes_a_complete_copy_while_open(db, tmp_path):
    """A file is copied as it is; a server's rows go into a data file any PC opens."""
    _add_agency(db, "Sở Văn hóa, Thể thao và Du lịch")
    out = tmp_path / "copy.sqlite"
    info = backup.backup_database(db, out)
    assert info.size > 0
    assert _agency_names(out) == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert not list(tmp_path.glob(".tmp-*"))


def test_backup_to_missing_folder_is_a_clear_error(db, tmp_path):
    with pytest.raises(errors.EnvironmentProblem) as caught:
        backup.backup_database(db, tmp_path / "no" / "such" / "copy.sqlite")
    assert caught.value.code == "folder_missing"
    assert not (tmp_path / "no").exists()


def test_restore_brings_back_old_content_and_saves_current_first(db_path, tmp_path):
    db = open_database(db_path)
    _add_agency(db, "Sở Nội vụ")
    saved = tmp_path / "monday.sqlite"
    backup.backup_to(db_path, saved)
    _add_agency(db, "Sở Tài chính")
    db.close()

    before = backup.restore_backup(saved, db_path)
    assert _agency_names(db_path) == ["Sở Nội vụ"]
    assert _agency_names(before.path) == ["Sở Nội vụ", "Sở Tài chính"]
    reopened = open_database(db_path)
    reopened.close()


def test_restore_refuses_a_file_that_is_not_a_backup(db_path, tmp_path):
    db = open_database(db_path)
    _add_agency(db, "Sở Nội vụ")
    db.close()
    bad = tmp_path / "photo.sqlite"
    bad.write_bytes(b"\x89PNG not a database")
    with pytest.raises(errors.AppError) as caught:
        backup.restore_backup(bad, db_path)
    assert caught.value.code == "not_a_database"
    assert _agency_names(db_path) == ["Sở Nội vụ"]


def test_a_daily_backup_stopped_part_way_leaves_no_file(db_path, monkeypatch):
    """Closing the program during the day's backup: neither today's file nor a temporary one
    is left, and the next start makes the backup whole."""
    db = open_database(db_path)
    for i in range(300):
        _add_agency(db, f"Cơ quan số {i} " + "x" * 400)
    db.close()
    monkeypatch.setattr(backup, "STEP_PAGES", 4)
    steps = []

    def cancelled():
        steps.append(1)
        return len(steps) > 3  # the program closes after a few steps

    folder = db_path.parent / "backups"
    with pytest.raises(backup.BackupCancelled):
        backup.rolling_backup(db_path, today=dt.date(2026, 3, 2), cancelled=cancelled)
    assert not list(folder.glob("*"))
    made = backup.rolling_backup(db_path, today=dt.date(2026, 3, 2), cancelled=lambda: False)
    assert made.path.name == "test-2026-03-02.sqlite"
    assert len(_agency_names(made.path)) == 300
    assert not list(folder.glob(".tmp-*"))


def test_a_backup_in_steps_is_of_one_moment_while_the_program_writes(db_path, monkeypatch):
    db = open_database(db_path)
    for i in range(200):
        _add_agency(db, f"Cơ quan số {i} " + "x" * 400)
    monkeypatch.setattr(backup, "STEP_PAGES", 2)
    written = []

    def cancelled():  # the user keeps working while the copy is made
        if len(written) < 5:
            written.append(1)
            _add_agency(db, f"Thêm trong lúc sao lưu {len(written)}")
        return False

    made = backup.rolling_backup(db_path, today=dt.date(2026, 3, 3), cancelled=cancelled)
    db.close()
    assert len(_agency_names(made.path)) == 200  # the file as it was when the copy began
    assert len(_agency_names(db_path)) == 205  # the writes were not held up
    backup.check_backup(made.path)
