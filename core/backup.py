"""Backups with SQLite's backup API: consistent copies taken while the program runs.

Rolling: one a day in ``backups`` beside the database, the newest ``keep`` kept. By hand:
:func:`backup_to`. Restore: the current file is backed up first, then replaced page by page.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import AppError, EnvironmentProblem
from core.paths import backup_dir_for

log = logging.getLogger(__name__)
_DAILY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite$")
STEP_PAGES = 1024  # pages copied per step of a cancellable copy (4 MiB at SQLite's page size)


class BackupCancelled(Exception):
    """A copy was stopped before it finished (the program is closing): nothing was written."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int


def _copy_database(source: Path, target: Path, *,
                   cancelled: Callable[[], bool] | None = None) -> None:
    """Write a consistent copy of ``source`` to ``target`` atomically (temp file, then replace).

    With ``cancelled``, the copy goes in steps and stops (raising BackupCancelled) as soon as
    it returns True; the copy is still of one moment, as a read transaction holds it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(tmp)
            try:
                if cancelled is None:
                    src.backup(dest)
                else:
                    _copy_in_steps(src, dest, cancelled)
                dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _copy_in_steps(src: sqlite3.Connection, dest: sqlite3.Connection,
                   cancelled: Callable[[], bool]) -> None:
    # Holding a read transaction keeps the source at one moment between the steps: writes by
    # the program go on beside it (WAL) and do not make the copy start again.
    src.execute("BEGIN")
    src.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise BackupCancelled

    try:
        if cancelled():
            raise BackupCancelled
        src.backup(dest, pages=STEP_PAGES, progress=progress)
    finally:
        src.rollback()


def backup_to(db_path: Path, target: Path) -> BackupInfo:
    """Copy the database to ``target`` (the command line's and the File menu's backup)."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise AppError("file_missing", path=str(db_path))
    if not target.parent.exists():
        raise EnvironmentProblem("folder_missing", path=str(target.parent))
    try:
        _copy_database(db_path, target)
    except PermissionError as exc:
        raise EnvironmentProblem("folder_readonly", path=str(target.parent)) from exc
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:
            raise EnvironmentProblem("disk_full", path=str(target)) from exc
        raise
    log.info("backed up %s to %s", db_path, target)
    return _info(target)


def rolling_backup(db, *, keep: int = 30, today: dt.date | None = None,
                   folder: Path | None = None,
                   cancelled: Callable[[], bool] | None = None) -> BackupInfo | None:
    """Make today's backup if there is none yet, then drop all but the newest ``keep``.

    ``db`` is the open Database or its file's path. With ``cancelled`` the copy can be stopped
    part-way (see _copy_database); then no file of today's name is left.
    """
    db_path = Path(getattr(db, "path", db))
    folder = folder or backup_dir_for(db_path)
    today = today or dt.date.today()
    target = folder / f"{db_path.stem}-{today.isoformat()}.sqlite"
    made = None
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        _copy_database(db_path, target, cancelled=cancelled)
        made = _info(target)
    dailies = sorted(p for p in folder.glob(f"{db_path.stem}-*.sqlite") if _DAILY.search(p.name))
    for old in dailies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return made


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = folder or backup_dir_for(Path(db_path))
    if not folder.exists():
        return []
    found = [_info(p) for p in folder.glob("*.sqlite") if not p.name.startswith(".tmp-")]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def last_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    backups = list_backups(db_path, folder)
    return backups[0] if backups else None


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database of this program."""
    path = Path(path)
    if not path.exists():
        raise AppError("file_missing", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name='alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AppError("not_a_database", path=str(path)) from exc
    if not ok or not has_version:
        raise AppError("not_a_database", path=str(path))


def restore_backup(backup: Path, db_path: Path) -> BackupInfo:
    """Replace the database's content with ``backup``. Call with the database closed.

    The current content is first saved as ``<name>-truoc-khoi-phuc-<time>.sqlite``; that copy is
    returned so the user can be told where it went.
    """
    backup, db_path = Path(backup), Path(db_path)
    check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = backup_dir_for(db_path) / f"{db_path.stem}-truoc-khoi-phuc-{stamp}.sqlite"
    if db_path.exists():
        _copy_database(db_path, saved)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(db_path)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
    finally:
        src.close()
    log.info("restored %s from %s (previous content saved to %s)", db_path, backup, saved)
    return _info(saved) if saved.exists() else _info(db_path)


def _info(path: Path) -> BackupInfo:
    stat = path.stat()
    return BackupInfo(path=path, made_at=dt.datetime.fromtimestamp(stat.st_mtime), size=stat.st_size)
