"""The machine's problems are said as the machine's: a full disk, a read-only folder, a path too
long, a folder or a device given as a file. Exit 3, a Vietnamese sentence naming the cause, never
"the file is damaged, restore a backup", never a traceback."""
from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import errors
from core.db import open_database

REPO = Path(__file__).resolve().parents[2]
DAMAGED_ADVICE = "khôi phục"


def run(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, THUKY_DATA_DIR=str(env_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=env_dir.parent, timeout=120)


def _machine_says(done: subprocess.CompletedProcess, words: str) -> None:
    assert done.returncode == 3, (done.returncode, done.stderr)
    assert words in done.stderr, done.stderr
    assert DAMAGED_ADVICE not in done.stderr and "Traceback" not in done.stderr, done.stderr


@pytest.fixture
def data_file(tmp_path) -> Path:
    path = tmp_path / "data" / "thuky.sqlite"
    db = open_database(path, daily_backup=False)
    with db.engine.begin() as conn:
        for i in range(3000):
            conn.exec_driver_sql(
                "INSERT INTO agencies (name, is_active, search_key, dup_key, created_at,"
                " updated_at) VALUES (?, 1, ?, ?, '2020-01-01', '2020-01-01')",
                (f"Sở số {i} " + "x" * 300, f"so {i}", f"sở {i}"))
    db.close()
    return path


def _tmpfs(folder: Path, size_kb: int, *options: str):
    folder.mkdir(parents=True, exist_ok=True)
    opts = ",".join([f"size={size_kb}k", *options])
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): the simulated tests cover it")
    return folder


@pytest.fixture
def small_disk(tmp_path):
    folder = _tmpfs(tmp_path / "small", 512)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def readonly_disk(tmp_path):
    folder = _tmpfs(tmp_path / "ro", 256, "ro")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


# -- one place maps errnos and SQLite codes ------------------------------------------------------
@pytest.mark.parametrize("number, code", [
    (errno.ENOSPC, "disk_full"), (errno.EDQUOT, "disk_full"), (errno.EIO, "disk_io"),
    (errno.ENAMETOOLONG, "path_too_long"), (errno.EISDIR, "path_is_folder")])
def test_errnos_are_named(tmp_path, number, code):
    problem = errors.machine_problem(OSError(number, os.strerror(number)), tmp_path / "x.sqlite")
    assert problem is not None and problem.code == code
    assert DAMAGED_ADVICE not in problem.message()


@pytest.mark.parametrize("text, code, primary", [
    ("database or disk is full", "disk_full", 13), ("disk I/O error", "disk_io", 10),
    ("attempt to write a readonly database", "file_readonly", 8)])
def test_sqlite_errors_are_named_even_inside_sqlalchemys_wrapper(tmp_path, text, code, primary):
    from sqlalchemy.exc import OperationalError

    raw = sqlite3.OperationalError(text)
    raw.sqlite_errorcode = primary
    wrapped = OperationalError("INSERT …", {}, raw)
    path = tmp_path / "thuky.sqlite"
    path.write_bytes(b"")
    assert errors.machine_problem(wrapped, path).code == code
    assert errors.machine_problem(RuntimeError("x"), path) is None


def test_the_generic_message_names_a_machine_problem():
    assert errors.message(OSError(errno.ENOSPC, "No space")).startswith("Ổ đĩa đã đầy")


# -- the command line --------------------------------------------------------------------------
def test_a_name_over_255_bytes_is_a_path_problem(data_file, tmp_path):
    long_name = "Biên bản cuộc họp " * 20 + ".sqlite"
    assert len(long_name.encode()) > 255
    _machine_says(run("list", "meetings", "--db", str(tmp_path / long_name),
                      env_dir=tmp_path / "env"), "Đường dẫn quá dài")
    _machine_says(run("backup", "--db", str(data_file), "--out", str(tmp_path / long_name),
                      env_dir=tmp_path / "env"), "Đường dẫn quá dài")


def test_a_path_too_long_for_the_system(data_file, tmp_path):
    deep = tmp_path.joinpath(*(["thu-muc-rat-dai-" + "x" * 200] * 22)) / "thuky.sqlite"
    assert len(str(deep).encode()) > 4096
    _machine_says(run("list", "meetings", "--db", str(deep), env_dir=tmp_path / "env"),
                  "Đường dẫn quá dài")


def test_a_folder_or_a_device_given_as_the_data_file(data_file, tmp_path):
    _machine_says(run("list", "meetings", "--db", str(data_file.parent),
                      env_dir=tmp_path / "env"), "là một thư mục")
    _machine_says(run("backup", "--db", str(data_file), "--out", str(tmp_path),
                      env_dir=tmp_path / "env"), "là một thư mục")
    if Path("/dev/null").exists():
        _machine_says(run("list", "meetings", "--db", "/dev/null", env_dir=tmp_path / "env"),
                      "không phải là một tệp thông thường")
        _machine_says(run("backup", "--db", "/dev/null", "--out", str(tmp_path / "c.sqlite"),
                          env_dir=tmp_path / "env"), "không phải là một tệp thông thường")


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(data_file, small_disk, tmp_path):
    assert data_file.stat().st_size > 512 * 1024
    done = run("backup", "--db", str(data_file), "--out", str(small_disk / "copy.sqlite"),
               env_dir=tmp_path / "env")
    _machine_says(done, "Ổ đĩa đã đầy")
    assert list(small_disk.iterdir()) == []


def test_a_database_on_a_full_disk_is_not_called_damaged(data_file, tmp_path):
    disk = _tmpfs(tmp_path / "full", 2048)
    try:
        target = disk / "thuky.sqlite"
        shutil.copy(data_file, target)
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:  # take every byte left
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        listed = run("list", "meetings", "--db", str(target), env_dir=tmp_path / "env")
        assert listed.returncode == 0 or "Ổ đĩa đã đầy" in listed.stderr, listed.stderr
        assert DAMAGED_ADVICE not in listed.stderr and "Traceback" not in listed.stderr
        exported = run("export", "tasks", "--db", str(target), "--out",
                       str(disk / "tasks.xlsx"), env_dir=tmp_path / "env")
        assert exported.returncode in (2, 3), exported.stderr
        assert DAMAGED_ADVICE not in exported.stderr and "Traceback" not in exported.stderr
        filler.unlink()
        conn = sqlite3.connect(target)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_readonly_folder_is_named(data_file, readonly_disk, tmp_path):
    _machine_says(run("backup", "--db", str(data_file), "--out",
                      str(readonly_disk / "copy.sqlite"), env_dir=tmp_path / "env"),
                  "Không có quyền ghi vào thư mục")


def test_simulated_enospc_during_a_backup(data_file, tmp_path, monkeypatch):
    from core import backup, storage

    def full(_temp, _target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "replace_durably", full)
    with pytest.raises(errors.EnvironmentProblem) as caught:
        backup.backup_to(data_file, tmp_path / "copy.sqlite")
    assert caught.value.code == "disk_full"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(storage.TEMP_PREFIX)]


# -- the log ----------------------------------------------------------------------------------
def test_no_false_promise_of_a_log_that_could_not_be_written(tmp_path, capsys):
    from core import logs

    (tmp_path / "logs").write_text("một tệp, không phải thư mục")
    logs.setup_logging(tmp_path / "thuky.sqlite")
    try:
        where = logs.log_is_written(lambda: logging.getLogger("x").error("hỏng"))
        assert where is None
        assert logs.current_log_path() is None
        assert "Traceback" not in capsys.readouterr().err
    finally:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler = None


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every byte left
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_an_export_onto_a_full_disk_says_so_and_leaves_nothing(tmp_path, small_disk):
    from core.services import Services

    path = tmp_path / "data" / "thuky.sqlite"
    db = open_database(path, daily_backup=False)
    services = Services(db)
    agency = services.agencies.create(name="Sở Ngoại vụ")
    services.tasks.create(content="Xây dựng kế hoạch thông tin đối ngoại", deadline="Quý II/2026",
                          lead_agency_id=agency.id, assigned_on="15/01/2026")
    db.close()
    _fill(small_disk)
    for args in (["export", "tasks", "--out", str(small_disk / "nhiem-vu.xlsx")],
                 ["backup", "--out", str(small_disk / "sao-luu.sqlite")]):
        _machine_says(run(*args, "--db", str(path), env_dir=tmp_path / "env"), "Ổ đĩa đã đầy")
    assert [p.name for p in small_disk.iterdir()] == ["filler"]


def test_a_new_database_on_a_full_disk_says_so(tmp_path, small_disk):
    _fill(small_disk)
    with pytest.raises(errors.EnvironmentProblem) as caught:
        open_database(small_disk / "moi.sqlite")
    assert caught.value.code == "disk_full"


def test_a_database_on_a_readonly_disk_is_named_readonly(data_file, tmp_path):
    disk = _tmpfs(tmp_path / "usb", 16 * 1024)
    try:
        target = disk / "thuky.sqlite"
        shutil.copy(data_file, target)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for args in (["list", "meetings"], ["backup", "--out", str(tmp_path / "b.sqlite")]):
            _machine_says(run(*args, "--db", str(target), env_dir=tmp_path / "env"),
                          "chỉ cho phép đọc")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_machine_problem_names_the_file_the_command_was_writing(tmp_path, small_disk):
    _fill(small_disk)
    done = run("demo", str(small_disk / "mau.sqlite"), env_dir=tmp_path / "env")
    _machine_says(done, "Ổ đĩa đã đầy")
    assert "«»" not in done.stderr and "mau.sqlite" in done.stderr
