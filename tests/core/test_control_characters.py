"""Control characters and broken Unicode never reach a file: removed on the way in, removed on
the way out of every writer (for data recorded before they were removed on the way in), and
cleaned out of existing data by a migration."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from core.db import open_database
from core.services import Services

BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DIRT = "\x00\x07\x1b"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


def _dirty_copy(demo_file: Path, folder: Path) -> Path:
    """The demo data as a program before this rule could have stored it: control characters
    in a committee name, a meeting title, the chair's name, a person's and an agency's name."""
    path = folder / "dirty.sqlite"
    shutil.copy(demo_file, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE committees SET name = name || ?", (DIRT + "x",))
        conn.execute("UPDATE meetings SET title = ? || title, chair_name = chair_name || char(1)",
                     (DIRT,))
        conn.execute("UPDATE people SET full_name = full_name || char(31)")
        conn.execute("UPDATE agencies SET name = name || char(8)")
        conn.execute("UPDATE tasks SET content = content || char(11)")
    conn.close()
    return path


def _xml_parts_are_clean(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                text = archive.read(name).decode("utf-8")
                assert not BAD.search(text), (path.name, name)


def test_every_writer_writes_data_holding_control_characters(demo_file, tmp_path):
    path = _dirty_copy(demo_file, tmp_path)
    db = open_database(path, daily_backup=False)
    # put the dirt back after the migration ran, so that the writers meet it raw
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE committees SET name = name || ?", (DIRT,))
            conn.exec_driver_sql("UPDATE meetings SET title = title || ?, "
                                 "chair_name = chair_name || char(1)", (DIRT,))
            conn.exec_driver_sql("UPDATE people SET full_name = full_name || char(31)")
            conn.exec_driver_sql("UPDATE agencies SET name = name || char(8)")
        services = Services(db)
        meeting = services.meetings.list()[0]
        written = []
        for kind in ("minutes", "notice", "invitation"):
            out, _ = services.documents.write(meeting_id=meeting.id, kind=kind,
                                              path=tmp_path / f"{kind}.docx")
            written.append(out)
        from core.services.exports import ExportService

        exports = ExportService(db)
        written.extend(exports.task_list(path=tmp_path / "tasks.xlsx",
                                                  filters={}).paths)
        written.extend(exports.agency_forms(folder=tmp_path, filters={}).paths)
        written.extend(exports.member_list(committee_id=meeting.committee_id,
                                                    path=tmp_path / "members.xlsx",
                                                    on=meeting.starts_at.date()).paths)
        for suffix in (".docx", ".xlsx"):
            written.append(services.reports.write(
                committee_id=meeting.committee_id, start=dt.date(2010, 1, 1),
                end=dt.date(2025, 12, 31), path=tmp_path / f"report{suffix}"))
    finally:
        db.close()
    assert len(written) >= 8
    for out in written:
        _xml_parts_are_clean(out)


def test_the_migration_cleans_existing_data(demo_file, tmp_path):
    path = _dirty_copy(demo_file, tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        conn.execute("UPDATE people SET full_name = 'Ðỗ Thị Hoa' || char(7), "
                     "search_key = 'ðo thi hoa', dup_key = 'ðỗ thị hoa' WHERE id = 1")
    conn.close()
    # The file already has the newest tables: run the cleaning step (0005) on it alone, as an
    # upgrade from 0004 would, then mark it current again.
    from core.db import _sqlite_engine
    from core.migrations import HEAD_REVISION, runner

    engine = _sqlite_engine(path)
    runner.upgrade(engine, "0005")
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (HEAD_REVISION,))
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        for table, column in (("committees", "name"), ("meetings", "title"),
                              ("meetings", "chair_name"), ("people", "full_name"),
                              ("agencies", "name"), ("tasks", "content")):
            for (value,) in conn.execute(f"SELECT {column} FROM {table}"):
                assert value is None or not BAD.search(value), (table, column, value)
        names = [r[0] for r in conn.execute("SELECT full_name FROM people")]
        assert not any("\u00d0" in name for name in names)
    finally:
        conn.close()
    db = open_database(path, daily_backup=False)
    try:
        found = Services(db).people.list(search="Đỗ Thị Hoa")
        assert "Đỗ Thị Hoa" in [p.full_name for p in found]
    finally:
        db.close()


def test_the_way_in_removes_them_for_every_field(db):
    services = Services(db)
    agency = services.agencies.create(name="Sở\x00 Nội\x1b vụ\ufffe", short_name="S\x07NV")
    person = services.people.create(full_name="Nguyễn\x07 Văn \u00d0ức", position="Giám\x01 đốc",
                                    agency_id=agency.id)
    assert agency.name == "Sở Nội vụ"
    assert person.full_name == "Nguyễn Văn Đức"


def test_emoji_and_foreign_names_print_as_typed(demo_file, tmp_path):
    import docx

    path = tmp_path / "names.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        meeting = services.meetings.list()[0]
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE meetings SET chair_name = ?, title = ? WHERE id = ?",
                                 ("José Müller 🙂", "Họp nhóm 👍🏽 với đoàn Ólafur Ragnarsson",
                                  meeting.id))
        out, _ = services.documents.write(meeting_id=meeting.id, kind="minutes",
                                          path=tmp_path / "minutes.docx")
    finally:
        db.close()
    document = docx.Document(out)
    body = "\n".join(p.text for p in document.paragraphs)
    body += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "José Müller 🙂" in body
    assert "👍🏽" in body and "ólafur ragnarsson" in body.casefold()
