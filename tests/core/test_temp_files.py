"""Temporary files do not pile up: named so the program knows them, removed at the next start
once the process that made them is gone; what reaches its final place is fsynced first."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from core import storage
from core.db import open_database


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_an_ended_process_are_removed_at_the_next_start(db_path):
    db = open_database(db_path)
    db.close()
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    dead = _dead_pid()
    stale = [backups / f"{storage.TEMP_PREFIX}{dead}-ab12cd34.sqlite",
             backups / f"{storage.TEMP_PREFIX}{dead}-ab12cd34.sqlite-journal",
             db_path.parent / f"{storage.TEMP_PREFIX}{dead}-0badf00d.sqlite"]
    mine = backups / f"{storage.TEMP_PREFIX}{os.getpid()}-11111111.sqlite"
    old_style = backups / ".tmp-x1y2z3.sqlite"
    for path in [*stale, mine, old_style]:
        path.write_bytes(b"\0" * 4096)
    two_days_ago = time.time() - 3 * 24 * 3600
    os.utime(old_style, (two_days_ago, two_days_ago))
    user_file = backups / "ghi-chu.sqlite"
    user_file.write_bytes(b"")

    db = open_database(db_path)
    db.close()
    assert not any(p.exists() for p in stale)
    assert not old_style.exists()
    assert mine.exists() and user_file.exists()


def test_a_temporary_name_says_whose_it_is(tmp_path):
    temp = storage.temp_path_for(tmp_path / "Báo cáo quý II.xlsx")
    assert temp.parent == tmp_path
    assert temp.name.startswith(f"{storage.TEMP_PREFIX}{os.getpid()}-")
    assert temp.suffix == ".xlsx"


def test_an_excel_export_is_fsynced_before_its_rename(tmp_path, monkeypatch):
    from openpyxl import Workbook

    from core.excel import _sheet

    events = []
    monkeypatch.setattr(_sheet, "fsync_file", lambda p: events.append(("fsync", p.name)))
    monkeypatch.setattr(_sheet, "fsync_folder", lambda p: events.append(("folder", p)))
    real_replace = os.replace
    monkeypatch.setattr(_sheet.os, "replace",
                        lambda a, b: (events.append(("rename", os.path.basename(a))),
                                      real_replace(a, b))[1])
    wb = Workbook()
    wb.active["A1"] = "Sở Nội vụ"
    out = _sheet.save_workbook(wb, tmp_path / "ds.xlsx", overwrite=False)
    assert out.exists()
    kinds = [e[0] for e in events]
    assert kinds == ["fsync", "rename", "folder"]
    assert events[0][1] == events[1][1] and events[0][1].startswith(storage.TEMP_PREFIX)
    assert events[2][1] == tmp_path
    assert [p.name for p in tmp_path.iterdir()] == ["ds.xlsx"]


def test_a_word_export_clears_what_an_interrupted_one_left_and_fsyncs_its_folder(tmp_path,
                                                                               monkeypatch):
    from core.documents import files, samples, write_minutes

    left = tmp_path / f"{storage.TEMP_PREFIX}{_dead_pid()}-deadbeef.docx"
    left.write_bytes(b"PK half a document")
    synced = []
    monkeypatch.setattr(files, "fsync_folder", synced.append)
    out = write_minutes(samples.sample_minutes(1), tmp_path / "bien-ban.docx")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert synced == [tmp_path]
