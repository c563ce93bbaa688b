"""The demo database and the command line, run as a user would run them."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import demo_data
from core.db import open_database
from core.services import Services

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, THUKY_DATA_DIR=str(env_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=env_dir.parent, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


def test_every_seed_meeting_is_there_with_its_opinions_and_tasks(demo_file):
    db = open_database(demo_file, daily_backup=False)
    try:
        services = Services(db)
        meetings = services.meetings.list()
        assert len(meetings) == len(demo_data.MEETINGS) == 5
        by_title = {m.title: m for m in meetings}
        for spec in demo_data.MEETINGS:
            meeting = by_title[spec["title"]]
            detail = services.meetings.get(meeting_id=meeting.id)
            assert [o.text for o in detail.opinions] == [text for _, _, text in spec["opinions"]]
            tasks = services.tasks.list(meeting_id=meeting.id)
            assert sorted(t.content for t in tasks) == sorted(t[1] for t in spec["tasks"])
            assert len(detail.conclusions) == len(spec["conclusions"])
            assert detail.status == spec["status"]
        seed_2019 = services.meetings.get(meeting_id=by_title[
            "Hội nghị giao ban công tác thông tin đối ngoại năm 2019"].id)
        assert seed_2019.chair_name == "Vi Ngọc Bích"
        assert "Trưởng Ban Tuyên giáo Tỉnh ủy" in seed_2019.chair_position
        absent = [a for a in seed_2019.attendance if a.status == "absent"]
        assert [(a.name, a.absence_reason) for a in absent] == [
            ("Nguyễn Thị Thu Hương", "Đi công tác nước ngoài")]
    finally:
        db.close()


def test_demo_members_follow_the_committee_history(demo_file):
    """In 2014 Phạm Hồng Cẩm sat on the Quảng Ninh committee; by 2019 that seat had ended."""
    db = open_database(demo_file, daily_backup=False)
    try:
        services = Services(db)
        meetings = {m.starts_at.year: m for m in services.meetings.list()
                    if "Quảng Ninh" in m.committee_name and "thông tin đối ngoại" in m.committee_name}
        invited_2014 = {a.name for a in services.meetings.get(meeting_id=meetings[2014].id).attendance}
        invited_2019 = {a.name for a in services.meetings.get(meeting_id=meetings[2019].id).attendance}
        assert "Phạm Hồng Cẩm" in invited_2014 and "Phạm Hồng Cẩm" not in invited_2019
        assert "Vi Ngọc Bích" in invited_2019 and "Vi Ngọc Bích" not in invited_2014
    finally:
        db.close()


def test_demo_command_builds_a_file_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "mau.sqlite"
    made = run("demo", str(target), env_dir=tmp_path / "data")
    assert made.returncode == 0, made.stderr
    assert "5 cuộc họp" in made.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["mau.sqlite"]

    listed = run("list", "meetings", "--db", str(target), env_dir=tmp_path / "data")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 5
    assert lines[0].split("\t")[1] == "11/06/2020"  # newest first
    assert any("16/12/2019" in line and "giao ban công tác thông tin đối ngoại năm 2019" in line
               for line in lines)

    again = run("demo", str(target), env_dir=tmp_path / "data")
    assert again.returncode == 2
    assert "đã có" in again.stderr and "Traceback" not in again.stderr


def test_backup_command_writes_a_copy_and_reports_missing_files(tmp_path, demo_file):
    out = tmp_path / "copy.sqlite"
    done = run("backup", "--db", str(demo_file), "--out", str(out), env_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (5,)
    conn.close()

    missing = run("backup", "--db", str(tmp_path / "none.sqlite"), "--out", str(out),
                  env_dir=tmp_path / "data")
    assert missing.returncode == 2
    assert "Không tìm thấy tệp" in missing.stderr and "Traceback" not in missing.stderr

    no_folder = run("backup", "--db", str(demo_file), "--out", str(tmp_path / "x" / "y.sqlite"),
                    env_dir=tmp_path / "data")
    assert no_folder.returncode == 3
    assert "không tồn tại" in no_folder.stderr


def test_usage_mistakes_are_explained_in_vietnamese(tmp_path):
    wrong = run("list", "people", "--db", "x.sqlite", env_dir=tmp_path / "data")
    assert wrong.returncode == 2
    assert "câu lệnh chưa đúng" in wrong.stderr and "Traceback" not in wrong.stderr


def test_list_on_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("không phải dữ liệu", encoding="utf-8")
    result = run("list", "meetings", "--db", str(bogus), env_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "không phải là tệp dữ liệu" in result.stderr
    assert bogus.read_text(encoding="utf-8") == "không phải dữ liệu"


def test_export_command_writes_each_document(tmp_path, demo_file):
    import shutil

    import docx

    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    for kind in ("minutes", "notice", "invitation"):
        out = tmp_path / f"{kind}.docx"
        done = run("export", kind, "--meeting", "2", "--db", str(db), "--out", str(out),
                   env_dir=tmp_path / "data")
        assert done.returncode == 0, done.stderr
        assert "số 01" in done.stdout
        assert docx.Document(out).paragraphs
    missing = run("export", "minutes", "--meeting", "99", "--db", str(db), "--out",
                  str(tmp_path / "x.docx"), env_dir=tmp_path / "data")
    assert missing.returncode == 2
    assert "Không tìm thấy cuộc họp số 99" in missing.stderr
    assert not (tmp_path / "x.docx").exists()


def test_command_line_exports_load_only_what_they_need(tmp_path, demo_file):
    """A script's export starts fast: neither the window's Qt nor the migrations' Alembic is
    loaded, nor the library of the other kind of document."""
    import shutil

    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    heavy = ["PySide6", "alembic", "docx", "openpyxl"]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import main; "
            "code = main.main(sys.argv[2:]); "
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(heavy)!r}))")
    env = dict(os.environ, THUKY_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    loaded = {}
    for kind, suffix in (("minutes", "docx"), ("tasks", "xlsx")):
        args = ["export", kind, *(["--meeting", "2"] if kind == "minutes" else []),
                "--db", str(db), "--out", str(tmp_path / f"{kind}.{suffix}")]
        done = subprocess.run([sys.executable, "-c", code, str(REPO), *args], capture_output=True,
                              text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / f"{kind}.{suffix}").exists()
        loaded[kind] = done.stdout.strip().splitlines()[-1]
    assert loaded == {"minutes": "['docx']", "tasks": "['openpyxl']"}
