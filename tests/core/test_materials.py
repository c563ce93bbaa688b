"""Meeting materials: copied into the data (size, hash, who, when), listed in agenda order,
refused with a clear sentence (kind, size, finalised minutes, full disk) without anything
half-stored, packed into a folder or a zip whose index numbers match the file names, and kept
through a backup and a restore."""
from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import pytest

from core.backup import backup_database, restore_backup, restore_to_server
from core.db import open_database
from core.errors import AppError, ConflictError, EnvironmentProblem, ValidationError
from core.services import Services
from core.services import materials as mat
from core.services.material_pack import INDEX_NAME, pack
from tests.core.docx_helpers import open_docx
from tests.engines import sqlite_only


@pytest.fixture
def meeting(services):
    committee = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại",
                                           abbreviation="BCĐ")
    detail = services.meetings.create(committee_id=committee.id, kind="Phiên họp định kỳ",
                                      title="Phiên họp quý I/2026",
                                      starts_at=dt.datetime(2026, 3, 20, 8, 0))
    first = services.meetings.add_agenda_item(meeting_id=detail.id,
                                              title="Báo cáo kết quả công tác quý I/2026")
    second = services.meetings.add_agenda_item(meeting_id=detail.id,
                                               title="Dự thảo kế hoạch năm 2026")
    return detail.id, first.id, second.id


def make_file(folder: Path, name: str, size: int, seed: int = 1) -> Path:
    path = folder / name
    block = hashlib.sha256(str(seed).encode()).digest() * 64
    with open(path, "wb") as out:
        left = size
        while left:
            out.write(block[:min(left, len(block))])
            left -= min(left, len(block))
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_added_files_are_kept_with_size_hash_who_and_when(services, meeting, tmp_path):
    meeting_id, first, second = meeting
    report = make_file(tmp_path, "Báo cáo quý I.pdf", 2_500_000)
    draft = make_file(tmp_path, "Dự thảo kế hoạch.docx", 40_000, seed=2)
    photo = make_file(tmp_path, "anh.png", 10_000, seed=3)
    services.materials.add(meeting_id=meeting_id, path=draft, agenda_item_id=second)
    added = services.materials.add(meeting_id=meeting_id, path=report, agenda_item_id=first,
                                   added_by="Nguyễn Thị Lan")
    services.materials.add(meeting_id=meeting_id, path=photo)
    assert (added.size, added.sha256, added.added_by) == (2_500_000, sha(report), "Nguyễn Thị Lan")
    assert added.file_name == "Báo cáo quý I.pdf" and added.size_text == "2,4 MB"
    listed = services.materials.list(meeting_id=meeting_id)
    assert [x.file_name for x in listed] == ["anh.png", "Báo cáo quý I.pdf",
                                             "Dự thảo kế hoạch.docx"]  # general, item 1, item 2
    assert [x.agenda_number for x in listed] == [None, 1, 2]
    report.unlink()  # the original may go: the copy stays
    copy = services.materials.open_copy(material_id=added.id)
    assert sha(copy) == added.sha256


def test_bad_files_are_refused_and_nothing_is_stored(services, meeting, tmp_path, monkeypatch):
    meeting_id, first, _ = meeting
    with pytest.raises(ValidationError) as caught:
        services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "x.exe", 10))
    assert caught.value.code == "material_type" and "PDF" in caught.value.message()
    with pytest.raises(ValidationError) as caught:
        services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "rong.pdf", 0))
    assert caught.value.code == "material_empty"
    monkeypatch.setattr(mat, "MAX_FILE", 1000)
    with pytest.raises(ValidationError) as caught:
        services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "lon.pdf", 5000))
    assert caught.value.code == "material_too_large"
    monkeypatch.setattr(mat, "MAX_FILE", 100 * mat.MB)
    monkeypatch.setattr(mat, "MAX_MEETING", 3 * mat.MB)
    services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "a.pdf", 2 * mat.MB))
    with pytest.raises(ValidationError) as caught:
        services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "b.pdf", 2 * mat.MB))
    assert caught.value.code == "materials_over_limit"
    assert [x.file_name for x in services.materials.list(meeting_id=meeting_id)] == ["a.pdf"]


@sqlite_only("the free space checked before a copy is the data file's disk; a server's disk "
             "is the server's, its refusal is the next test's")
def test_a_full_disk_stores_nothing(services, meeting, tmp_path, monkeypatch):
    meeting_id, _, _ = meeting
    big = make_file(tmp_path, "bao-cao.pdf", 3 * mat.MB + 5)
    real_usage = mat.shutil.disk_usage
    monkeypatch.setattr(mat.shutil, "disk_usage",
                        lambda p: real_usage(p)._replace(free=4 * mat.MB))
    with pytest.raises(EnvironmentProblem) as caught:
        services.materials.add(meeting_id=meeting_id, path=big)
    assert caught.value.code == "disk_full" and "Ổ đĩa đã đầy" in caught.value.message()
    assert services.materials.list(meeting_id=meeting_id) == []


def _no_chunks(services) -> None:
    with services.db.reading() as session:
        assert session.execute(mat.select(mat.func.count()).select_from(mat.m.MaterialChunk)).scalar() == 0


def test_a_database_that_fills_up_midway_stores_nothing(services, meeting, tmp_path, monkeypatch):
    """The third chunk cannot be written: the disk is full (the PC's, or the server's)."""
    meeting_id, _, _ = meeting
    big = make_file(tmp_path, "bao-cao.pdf", 3 * mat.MB + 5)
    real_insert = mat.insert
    calls = []

    class DiskFull(Exception):
        sqlstate = "53100"  # what PostgreSQL answers when its disk is full

    def full_on_third(table):
        calls.append(table)
        if len(calls) == 3:
            text = ("could not extend file: No space left on device" if services.db.is_server
                    else "database or disk is full")
            raise mat.OperationalError("INSERT", {}, DiskFull(text))
        return real_insert(table)

    monkeypatch.setattr(mat, "insert", full_on_third)
    with pytest.raises(EnvironmentProblem) as caught:
        services.materials.add(meeting_id=meeting_id, path=big)
    assert caught.value.code == "disk_full" and "Ổ đĩa đã đầy" in caught.value.message()
    monkeypatch.setattr(mat, "insert", real_insert)
    assert services.materials.list(meeting_id=meeting_id) == []
    _no_chunks(services)


def test_a_failure_midway_stores_nothing(services, meeting, tmp_path, monkeypatch):
    meeting_id, _, _ = meeting
    big = make_file(tmp_path, "bao-cao.pdf", 3 * mat.MB + 5)
    real_insert = mat.insert
    calls = []

    def failing_insert(table):  # the third chunk cannot be written
        calls.append(table)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_insert(table)

    monkeypatch.setattr(mat, "insert", failing_insert)
    with pytest.raises(OSError):
        services.materials.add(meeting_id=meeting_id, path=big)
    monkeypatch.setattr(mat, "insert", real_insert)
    assert services.materials.list(meeting_id=meeting_id) == []
    _no_chunks(services)


def test_finalised_minutes_keep_their_materials(services, meeting, tmp_path):
    meeting_id, _, _ = meeting
    kept = services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "a.pdf", 100))
    services.meetings.set_status(meeting_id=meeting_id, new_status="held")
    services.meetings.set_status(meeting_id=meeting_id, new_status="finalised")
    with pytest.raises(ConflictError):
        services.materials.remove(material_id=kept.id)
    with pytest.raises(ConflictError):
        services.materials.add(meeting_id=meeting_id, path=make_file(tmp_path, "b.pdf", 100))
    assert len(services.materials.list(meeting_id=meeting_id)) == 1


def index_numbers(path: Path) -> list[tuple[str, str]]:
    table = open_docx(path).tables[-1]
    return [(row.cells[0].text, row.cells[2].text) for row in table.rows[1:] if row.cells[0].text]


@pytest.mark.parametrize("as_zip", [False, True])
def test_packing_numbers_the_files_as_the_index_does(services, meeting, tmp_path, as_zip):
    meeting_id, first, second = meeting
    sources = {
        "anh.png": (None, make_file(tmp_path, "anh.png", 1000, 1)),
        "Báo cáo quý I.pdf": (first, make_file(tmp_path, "Báo cáo quý I.pdf", 3 * mat.MB, 2)),
        "Dự thảo kế hoạch.docx": (second, make_file(tmp_path, "Dự thảo kế hoạch.docx", 5000, 3)),
    }
    for name, (item, path) in sources.items():
        services.materials.add(meeting_id=meeting_id, path=path, agenda_item_id=item)
    target = tmp_path / ("goi.zip" if as_zip else "goi")
    result = pack(services, meeting_id=meeting_id, target=target, as_zip=as_zip)
    names = [f.name for f in result.files]
    assert names == ["01-Tai-lieu-chung-anh.png", "02-Bao-cao-ket-qua-cong-tac-quy-I-2026-Bao-cao-quy-I.pdf",
                     "03-Du-thao-ke-hoach-nam-2026-Du-thao-ke-hoach.docx"]
    out = tmp_path / "unpacked"
    if as_zip:
        with zipfile.ZipFile(target) as zf:
            assert zf.namelist() == [INDEX_NAME, *names]
            zf.extractall(out)
    else:
        out = target
        assert sorted(p.name for p in out.iterdir()) == [INDEX_NAME, *names]
    assert index_numbers(out / INDEX_NAME) == [(n[:2], n) for n in names]
    for packed in result.files:
        assert sha(out / packed.name) == packed.material.sha256
    with pytest.raises(AppError):  # never over an existing package
        pack(services, meeting_id=meeting_id, target=target, as_zip=as_zip)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dong-goi-")]


def test_materials_are_in_the_backup_and_come_back_with_a_restore(services, meeting, tmp_path):
    meeting_id, first, _ = meeting
    added = services.materials.add(meeting_id=meeting_id, agenda_item_id=first,
                                   path=make_file(tmp_path, "bao-cao.pdf", 2 * mat.MB + 7))
    backup = backup_database(services.db, tmp_path / "sao-luu.sqlite").path
    services.materials.remove(material_id=added.id)
    assert services.materials.list(meeting_id=meeting_id) == []
    if services.db.is_server:  # restored in place, while the database is open
        restore_to_server(backup, services.db)
        db = services.db
    else:  # a file is restored closed, then opened again
        db_path = services.db.path
        services.db.close()
        restore_backup(backup, db_path)
        db = open_database(db_path, daily_backup=False)
    try:
        back = Services(db).materials.list(meeting_id=meeting_id)
        assert [(x.file_name, x.sha256) for x in back] == [("bao-cao.pdf", added.sha256)]
        copy = Services(db).materials.save_copy(material_id=back[0].id, target=tmp_path / "c.pdf")
        assert sha(copy) == added.sha256
    finally:
        db.close()
