"""copy-to-server and copy-from-server: every row with its id, sequences set, checked table by
table, refused into a database that has data; a file → server → file round trip is identical."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from core import models as m
from core.cli import run_command
from core.db import open_database, open_url
from core.server_copy import checks


def _url(url) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    with open_database(path, daily_backup=False) as db, db.transaction() as session:
        # an agency merged into one made after it: a link to a later row of the same table
        first = session.scalars(select(m.Agency).order_by(m.Agency.id)).first()
        later = m.Agency(name="Sở Văn hóa, Thể thao và Du lịch (sau sáp nhập)",
                         search_key="so van hoa the thao va du lich sau sap nhap",
                         dup_key="sở văn hóa, thể thao và du lịch (sau sáp nhập)")
        session.add(later)
        session.flush()
        first.merged_into_id = later.id
    return path


def test_a_file_goes_to_the_server_and_comes_back_identical(demo_file, pg_url, tmp_path, capsys):
    with open_database(demo_file, daily_backup=False) as db:
        before = checks(db)
    assert run_command(["copy-to-server", "--db", str(demo_file), "--to", _url(pg_url)]) == 0
    assert "khớp" in capsys.readouterr().out
    with open_url(pg_url) as server:
        assert checks(server) == before
        # new rows continue after the copied ids, never on top of them
        with server.transaction() as session:
            highest = session.scalar(select(m.Agency.id).order_by(m.Agency.id.desc()))
            agency = m.Agency(name="Cơ quan mới trên máy chủ", search_key="co quan moi",
                              dup_key="cơ quan mới trên máy chủ")
            session.add(agency)
            session.flush()
            assert agency.id == highest + 1
            session.rollback()
    back = tmp_path / "mang-ve.sqlite"
    assert run_command(["copy-from-server", "--db", _url(pg_url), "--to", str(back)]) == 0
    with open_database(back, daily_backup=False) as db:
        assert checks(db) == before
    # and the take-home copy searches as the original did (its full-text index was filled)
    conn = sqlite3.connect(back)
    try:
        assert conn.execute("SELECT count(*) FROM task_fts").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


def test_a_target_with_data_is_refused_untouched(demo_file, pg_url, capsys):
    with open_url(pg_url) as server, server.transaction() as session:
        session.add(m.Agency(name="Văn phòng Tỉnh ủy", search_key="van phong tinh uy",
                             dup_key="văn phòng tỉnh ủy"))
    assert run_command(["copy-to-server", "--db", str(demo_file), "--to", _url(pg_url)]) == 2
    assert "đã có dữ liệu" in capsys.readouterr().err
    with open_url(pg_url) as server, server.reading() as session:
        assert session.scalars(select(m.Agency.name)).all() == ["Văn phòng Tỉnh ủy"]


def test_a_copy_home_never_overwrites_a_file(pg_url, tmp_path, capsys):
    existing = tmp_path / "co-roi.sqlite"
    existing.write_bytes(b"")
    assert run_command(["copy-from-server", "--db", _url(pg_url), "--to", str(existing)]) == 2
    assert "đã có" in capsys.readouterr().err
    assert existing.read_bytes() == b""


def test_the_directions_are_checked(demo_file, pg_url, tmp_path, capsys):
    assert run_command(["copy-to-server", "--db", _url(pg_url), "--to", str(tmp_path / "x")]) == 2
    assert "--db" in capsys.readouterr().err


def test_every_command_reads_a_server(demo_file, pg_url, capsys):
    run_command(["copy-to-server", "--db", str(demo_file), "--to", _url(pg_url)])
    capsys.readouterr()
    assert run_command(["list", "meetings", "--db", _url(pg_url)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 5


def test_a_server_that_cannot_be_reached_is_said_so(tmp_path, capsys):
    url = f"postgresql://thuky@/thuky?host={tmp_path}&port=1"
    assert run_command(["list", "meetings", "--db", url]) == 3
    assert "Không kết nối được máy chủ dữ liệu" in capsys.readouterr().err


def test_a_server_is_backed_up_into_a_data_file_the_restore_reads(demo_file, pg_url, tmp_path,
                                                                 capsys):
    from core.backup import restore_backup

    run_command(["copy-to-server", "--db", str(demo_file), "--to", _url(pg_url)])
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    out = folder / "may-chu.sqlite"
    assert run_command(["backup", "--db", _url(pg_url), "--out", str(out)]) == 0
    assert "Đã sao lưu" in capsys.readouterr().out
    assert [p.name for p in folder.iterdir()] == ["may-chu.sqlite"]  # nothing half written left
    with open_url(pg_url) as server, open_database(out, daily_backup=False) as copy:
        assert checks(copy) == checks(server)
    # the restore command of a PC takes it like any backup
    pc = tmp_path / "may-tinh.sqlite"
    with open_database(pc, daily_backup=False):
        pass
    restore_backup(out, pc)
    with open_database(pc, daily_backup=False) as restored, open_url(pg_url) as server:
        assert checks(restored) == checks(server)
    assert run_command(["backup", "--db", _url(pg_url), "--out", str(out)]) == 2  # never over
