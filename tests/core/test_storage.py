import sqlite3

import pytest

from core import errors
from core.db import current_revision, open_database
from core.migrations import HEAD_REVISION
from core.messages import render
from tests.engines import sqlite_only


def _pragma(db, name):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@sqlite_only("the pragmas and the file are SQLite's")
def test_new_file_is_created_at_newest_schema_with_safe_pragmas(db, db_path):
    assert db_path.exists()
    assert current_revision(db.engine) == HEAD_REVISION
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL


def test_head_revision_constant_matches_the_migration_scripts():
    from core.migrations import runner

    assert runner.head() == HEAD_REVISION


@sqlite_only("the one-program lock is on the SQLite file; a server takes many programs")
def test_second_copy_of_the_program_gets_a_clear_message(db, db_path):
    with pytest.raises(errors.DatabaseInUseError) as caught:
        open_database(db_path)
    assert "đang được mở" in str(caught.value)
    assert str(db_path) in str(caught.value)


def test_lock_is_released_on_close(db_path):
    first = open_database(db_path)
    first.close()
    second = open_database(db_path)
    second.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Biên bản họp ngày 16/12", encoding="utf-8")
    with pytest.raises(errors.AppError) as caught:
        open_database(bogus)
    assert caught.value.code == "not_a_database"
    assert bogus.read_text(encoding="utf-8") == "Biên bản họp ngày 16/12"


def test_open_missing_file_without_create_is_refused(tmp_path):
    with pytest.raises(errors.AppError) as caught:
        open_database(tmp_path / "none.sqlite", create=False)
    assert caught.value.code == "file_missing"


def _file_at(db_path, revision: str):
    """A data file left at an older ``revision``: its engine, to put old rows in."""
    from core.db import _sqlite_engine
    from core.migrations import runner

    db_path.parent.mkdir(parents=True)
    engine = _sqlite_engine(db_path)
    runner.upgrade(engine, revision)
    return engine


def test_upgrade_from_first_revision_keeps_data_and_copies_file_first(db_path):
    engine = _file_at(db_path, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agencies (name, is_active, search_key, dup_key, created_at, updated_at)"
            " VALUES ('Sở Nội vụ', 1, 'so noi vu', 'sở nội vụ', '2020-01-01', '2020-01-01')"
        )
    assert current_revision(engine) == "0001"
    engine.dispose()

    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == HEAD_REVISION
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM agencies").scalar() == "Sở Nội vụ"
            assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0
    finally:
        db.close()
    copies = list((db_path.parent / "backups").glob("*truoc-nang-cap-0001*.sqlite"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_file_from_a_newer_program_is_refused(db_path):
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    with pytest.raises(errors.AppError) as caught:
        open_database(db_path)
    assert caught.value.code == "database_too_new"


def test_network_paths_are_recognised(tmp_path):
    from core.storage import is_network_path

    assert is_network_path(r"\\server\share\data.sqlite")
    assert not is_network_path(tmp_path / "local.sqlite")


def test_network_drive_gives_a_warning(db_path, monkeypatch):
    monkeypatch.setattr("core.db.is_network_path", lambda _p: True)
    db = open_database(db_path)
    try:
        assert any("ổ mạng" in render(w) for w in db.warnings)
    finally:
        db.close()


def test_guests_typed_as_descriptions_are_marked_so_by_the_upgrade(db_path):
    """Guests written before the flag existed: a name with a lower-case word is a description
    ("Đại diện lãnh đạo Sở Du lịch"), a name capitalised throughout stays a person."""
    from core.db import _sqlite_engine
    from core.migrations import runner

    db_path.parent.mkdir(parents=True)
    engine = _sqlite_engine(db_path)
    runner.upgrade(engine, "0004")
    stamp = "'2020-01-01', '2020-01-01'"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO committees (id, name, style, number_reset, is_active, search_key, dup_key,"
            f" created_at, updated_at) VALUES (1, 'Ban Chỉ đạo', 'state', 'year', 1, '', '', {stamp})")
        conn.exec_driver_sql(
            "INSERT INTO meetings (id, committee_id, kind, title, starts_at, status, search_key,"
            f" created_at, updated_at) VALUES (1, 1, 'Họp', 'Họp', '2020-01-02 08:00:00', 'held', '',"
            f" {stamp})")
        for i, name in enumerate(("Đại diện lãnh đạo Sở Du lịch", "Nguyễn Văn Khách"), start=1):
            conn.exec_driver_sql(
                "INSERT INTO attendance (id, meeting_id, is_member, rank, name, status) VALUES"
                f" ({i}, 1, 0, 1000, '{name}', 'present')")
    engine.dispose()
    db = open_database(db_path, daily_backup=False)
    try:
        with db.engine.connect() as conn:
            flags = dict(conn.exec_driver_sql("SELECT name, name_is_title FROM attendance").all())
    finally:
        db.close()
    assert flags == {"Đại diện lãnh đạo Sở Du lịch": 1, "Nguyễn Văn Khách": 0}


def test_upgrade_gives_existing_tasks_their_vietnamese_sort_keys(db_path):
    from core.services import Services

    engine = _file_at(db_path, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agencies (id, name, is_active, search_key, dup_key, created_at, updated_at)"
            " VALUES (1, 'Sở Nội vụ', 1, 'so noi vu', 'sở nội vụ', '2020-01-01', '2020-01-01')")
        for code, content, progress in (("NV-1", "Đôn đốc", None), ("NV-2", "Dự thảo", "Đang làm"),
                                        ("NV-3", "Ăn ở", "Dang dở"), ("NV-4", "An toàn", None)):
            conn.exec_driver_sql(
                "INSERT INTO tasks (code, content, lead_agency_id, assigned_on, deadline_kind, "
                "deadline_text, extension_count, last_progress, search_key, created_at, updated_at)"
                " VALUES (?, ?, 1, '2020-01-01', 'regular', 'Thường xuyên', 0, ?, '', "
                "'2020-01-01', '2020-01-01')", (code, content, progress))
    engine.dispose()
    db = open_database(db_path)
    try:
        tasks = Services(db).tasks
        assert [t.content for t in tasks.list(order_by="content")] == ["An toàn", "Ăn ở", "Dự thảo",
                                                                      "Đôn đốc"]
        assert [t.code for t in tasks.list(order_by="progress")][:2] == ["NV-3", "NV-2"]
        assert [t.code for t in tasks.list(order_by="progress", descending=True)][:2] == ["NV-2",
                                                                                         "NV-3"]
    finally:
        db.close()
