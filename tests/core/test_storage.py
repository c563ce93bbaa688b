import sqlite3

import pytest

from core import errors
from core.db import current_revision, open_database
from core.migrations import HEAD_REVISION
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


def test_upgrade_from_first_revision_keeps_data_and_copies_file_first(db_path):
    from core.db import _sqlite_engine
    from core.migrations import runner

    db_path.parent.mkdir(parents=True)
    engine = _sqlite_engine(db_path)
    runner.upgrade(engine, "0001")
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
        assert any("ổ mạng" in w for w in db.warnings)
    finally:
        db.close()
