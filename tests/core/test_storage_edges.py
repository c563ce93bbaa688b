"""The edges of storage a careful user (or a hostile file) reaches: odd paths, a backup pointed
at its own database, foreign files, restores of the wrong thing, and unknown commands."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import backup, errors
from core.db import open_database
from tests.core.test_backup import _add_agency, _agency_names

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, THUKY_DATA_DIR=str(env_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=env_dir.parent,
                          timeout=timeout)


def _integrity(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "data" / "thuky.sqlite"
    db = open_database(path, daily_backup=False)
    for i in range(50):
        _add_agency(db, f"Sở số {i}")
    db.close()
    return path


# -- 1. a backup never overwrites the database it copies ------------------------------------------
def _spellings(path: Path, tmp_path: Path) -> list[Path]:
    link = tmp_path / "link"
    link.symlink_to(path.parent)
    return [path, path.parent / ".." / path.parent.name / path.name, link / path.name,
            Path(os.path.relpath(path))]


def test_backup_onto_its_own_database_is_refused_whatever_the_spelling(filled, tmp_path):
    for target in _spellings(filled, tmp_path):
        with pytest.raises(errors.AppError) as caught:
            backup.backup_to(filled, target)
        assert caught.value.code == "backup_onto_itself", target
        assert "chính tệp dữ liệu" in caught.value.message()
    assert _integrity(filled) == "ok"
    assert len(_agency_names(filled)) == 50


def test_backup_command_onto_its_own_database_exits_2_and_keeps_the_data(filled, tmp_path):
    done = run("backup", "--db", str(filled), "--out", str(filled), env_dir=tmp_path / "env")
    assert done.returncode == 2, done.stderr
    assert "chính tệp dữ liệu" in done.stderr and "Đã sao lưu" not in done.stdout
    assert _integrity(filled) == "ok" and len(_agency_names(filled)) == 50


# -- 2. a path means that path ---------------------------------------------------------------------
@pytest.mark.parametrize("folder", ["Ban %41 chi dao", "Có gì?", "a#b", "Thư mục có dấu cách",
                                    "x?mode=ro", "100%"])
def test_a_path_opens_exactly_that_file(tmp_path, folder):
    path = tmp_path / folder / "thuky.sqlite"
    db = open_database(path)
    _add_agency(db, "Sở Nội vụ")
    db.close()
    assert path.is_file()
    assert _agency_names(path) == ["Sở Nội vụ"]
    made = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                  if p.is_file())
    assert all(name.startswith(folder + "/") for name in made), made
    out = tmp_path / folder / "sao lưu #1?.sqlite"
    backup.backup_to(path, out)
    assert _agency_names(out) == ["Sở Nội vụ"]
    backup.check_backup(out)


def test_a_name_with_a_uri_query_is_a_file_name(tmp_path):
    path = tmp_path / "file:thuky.sqlite?mode=memory"
    db = open_database(path)
    _add_agency(db, "Sở Tài chính")
    db.close()
    assert _agency_names(path) == ["Sở Tài chính"]


# -- 12. the lock is per file ---------------------------------------------------------------------
def test_the_lock_holds_for_every_spelling_of_the_path(filled, tmp_path):
    db = open_database(filled, daily_backup=False)
    try:
        for other in _spellings(filled, tmp_path)[1:]:
            with pytest.raises(errors.DatabaseInUseError):
                open_database(other, daily_backup=False)
    finally:
        db.close()


# -- 5. foreign files are not converted -------------------------------------------------------------
def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Zalo')")
    conn.commit()
    conn.close()
    return path


def _empty_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=0")
    conn.execute("VACUUM")
    conn.close()
    assert path.stat().st_size > 0
    return path


@pytest.mark.parametrize("make", [_foreign, _empty_sqlite, lambda p: (p.write_bytes(b""), p)[1]],
                         ids=["other program", "empty sqlite", "zero bytes"])
def test_commands_refuse_files_that_are_not_this_programs_data(tmp_path, make):
    folder = tmp_path / "f"
    folder.mkdir()
    target = make(folder / "other.sqlite")
    before = target.read_bytes()
    for args in (["list", "meetings"], ["backup", "--out", str(tmp_path / "copy.sqlite")],
                 ["export", "tasks", "--out", str(tmp_path / "t.xlsx")],
                 ["import", "progress", str(tmp_path / "none.xlsx")]):
        done = run(*args, "--db", str(target), env_dir=tmp_path / "env")
        assert done.returncode == 2, (args, done.stderr)
        assert "không phải là tệp dữ liệu" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["other.sqlite"]
    assert not (tmp_path / "copy.sqlite").exists()


def test_opening_a_foreign_sqlite_file_leaves_it_as_it_was(tmp_path):
    target = _foreign(tmp_path / "zalo.db")
    before = target.read_bytes()
    with pytest.raises(errors.AppError) as caught:
        open_database(target)
    assert caught.value.code == "not_a_database"
    assert target.read_bytes() == before


def test_reading_commands_create_nothing_beside_the_file(filled, tmp_path):
    folder = filled.parent
    before = sorted(p.name for p in folder.iterdir())
    done = run("list", "meetings", "--db", str(filled), env_dir=tmp_path / "env")
    assert done.returncode == 0, done.stderr
    from core.services import Services

    db = open_database(filled, daily_backup=False)
    services = Services(db)
    committee = services.committees.create(name="Ban Chỉ đạo thông tin đối ngoại")
    services.tasks.create(content="Xây dựng kế hoạch", deadline="Trước 1/3/2020",
                          lead_agency_id=1, assigned_on="15/01/2020")
    db.close()
    before = sorted(p.name for p in folder.iterdir())
    for args in (["export", "tasks", "--out", str(tmp_path / "t.xlsx")],
                 ["report", "--committee", str(committee.id), "--from", "01/01/2020", "--to", "31/12/2020",
                  "--out", str(tmp_path / "r.docx")]):
        done = run(*args, "--db", str(filled), env_dir=tmp_path / "env")
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == before


# -- 6. restore checks what it restores ---------------------------------------------------------
def test_restore_refuses_a_backup_from_a_newer_program_before_replacing_anything(filled, tmp_path):
    newer = tmp_path / "newer.sqlite"
    backup.backup_to(filled, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    before = filled.read_bytes()
    with pytest.raises(errors.AppError) as caught:
        backup.restore_backup(newer, filled)
    assert caught.value.code == "backup_too_new"
    assert filled.read_bytes() == before
    assert not list((filled.parent / "backups").glob("*truoc-khoi-phuc*"))


def test_restore_refuses_another_programs_database(filled, tmp_path):
    other = _foreign(tmp_path / "other.sqlite")
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
    conn.commit()
    conn.close()
    with pytest.raises(errors.AppError) as caught:
        backup.restore_backup(other, filled)
    assert caught.value.code in ("not_a_database", "backup_too_new")
    assert len(_agency_names(filled)) == 50


def test_restore_refuses_a_damaged_backup(filled, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    backup.backup_to(filled, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, min(len(data), 6 * page), 7):  # scribble over table pages
        data[offset] = 0x5A
    damaged.write_bytes(bytes(data))
    before = filled.read_bytes()
    with pytest.raises(errors.AppError) as caught:
        backup.restore_backup(damaged, filled)
    assert caught.value.code == "not_a_database"
    assert filled.read_bytes() == before


def test_restore_onto_itself_is_refused(filled):
    with pytest.raises(errors.AppError):
        backup.restore_backup(filled, filled)
    assert len(_agency_names(filled)) == 50


# -- 13. an unknown command is an error, not a window -------------------------------------------
@pytest.mark.parametrize("argv", [["copy-to-servr", "x"], ["--dbb", "x.sqlite"], ["lists"],
                                  ["--db", "x.sqlite", "extra"]])
def test_unknown_commands_get_the_usage_and_exit_2(tmp_path, argv):
    done = run(*argv, env_dir=tmp_path / "env", timeout=60)
    assert done.returncode == 2, done.stderr
    assert "python main.py" in done.stderr
    assert "Traceback" not in done.stderr


def test_only_window_options_open_the_window():
    from core.cli import is_window_call

    assert is_window_call([]) and is_window_call(["--db", "x.sqlite"])
    assert is_window_call(["--db=x.sqlite"])
    for argv in (["copy-to-servr"], ["--db"], ["--db", "x", "list"], ["-h"], ["--dbb", "x"],
                 ["list", "meetings"]):
        assert not is_window_call(argv), argv


def test_main_answers_a_typo_with_exit_2_without_a_window():
    import main

    try:
        code = main.main(["copy-to-servr", "--db", "x"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
