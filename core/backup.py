"""Backups with SQLite's backup API: consistent copies taken while the program runs.

Rolling: one a day in ``backups`` beside the database, the newest ``keep`` kept. By hand:
:func:`backup_to`. Restore: the current file is backed up first, then replaced page by page.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import AppError, machine_problem, machine_problems, path_problem
from core.paths import backup_dir_for
from core.progress import Cancelled, Progress, no_progress
from core.storage import (
    TEMP_PREFIX,
    remove_stale_temp_files,
    replace_durably,
    same_file,
    temp_path_for,
    true_path,
)

log = logging.getLogger(__name__)
_DAILY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite$")
STEP_PAGES = 1024  # pages copied per step of a cancellable copy (4 MiB at SQLite's page size)


class BackupCancelled(Cancelled):
    """A copy was stopped before it finished (the program is closing): nothing was written."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int


def _copy_database(source: Path, target: Path, *,
                   cancelled: Callable[[], bool] | None = None,
                   progress: Progress | None = None) -> None:
    """Write a consistent copy of ``source`` to ``target`` atomically: a temporary file the next
    start recognises if this is interrupted, fsynced, renamed over ``target``, folder fsynced.

    With ``cancelled``, the copy goes in steps and stops (raising BackupCancelled) as soon as
    it returns True; the copy is still of one moment, as a read transaction holds it. With
    ``progress`` it goes in steps too, telling the pages copied (raising Cancelled from it
    stops the copy the same way).
    """
    from core.db import connect_file

    if same_file(source, target):
        raise AppError("backup_onto_itself", path=str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target, ".sqlite")
    try:
        src = connect_file(source, read_only=True)
        try:
            dest = connect_file(tmp)
            try:
                if cancelled is None and progress is None:
                    src.backup(dest)
                else:
                    _copy_in_steps(src, dest, cancelled or (lambda: False), progress)
                dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dest.close()
        finally:
            src.close()
        replace_durably(tmp, target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _copy_in_steps(src: sqlite3.Connection, dest: sqlite3.Connection,
                   cancelled: Callable[[], bool], tell: Progress | None = None) -> None:
    # Holding a read transaction keeps the source at one moment between the steps: writes by
    # the program go on beside it (WAL) and do not make the copy start again.
    src.execute("BEGIN")
    src.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def progress(_status: int, remaining: int, total: int) -> None:
        if cancelled():
            raise BackupCancelled
        if tell is not None:
            tell(total - remaining, total)

    try:
        if cancelled():
            raise BackupCancelled
        src.backup(dest, pages=STEP_PAGES, progress=progress)
    finally:
        src.rollback()


def backup_to(db_path: Path, target: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Copy the database to ``target`` (the command line's and the File menu's backup).
    ``progress`` hears the pages copied; raising Cancelled from it leaves no file."""
    db_path, target = check_backup_target(db_path, target)
    remove_stale_temp_files(target.parent)
    with machine_problems(target):
        _copy_database(db_path, target, progress=progress)
    log.info("backed up %s to %s", db_path, target)
    return _info(target)


def check_backup_target(db_path: Path, target: Path) -> tuple[Path, Path]:
    """Refuse a backup that cannot be made, before any copying: no data file, the data file
    itself as the target, a place that cannot be written, a file not of this program."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise AppError("file_missing", path=str(db_path))
    if same_file(db_path, target):
        raise AppError("backup_onto_itself", path=str(db_path))
    problem = path_problem(db_path, writing=False) or path_problem(target)
    if problem is not None:
        raise problem
    from core.db import _peek

    if _peek(true_path(db_path)) != "ours":
        raise AppError("not_a_database", path=str(db_path))
    return db_path, target


def backup_server(db, target: Path) -> BackupInfo:
    """A server database's backup: a data file of this program holding every row (the restore
    command and any PC read it; no pg_dump of the server's exact version is needed). It is
    written under a temporary name and put in place only once each table's rows and checksum
    agree with the server's."""
    from core.db import open_database
    from core.server_copy import copy_database

    target = Path(target)
    if target.exists():
        raise AppError("file_exists", path=str(target))
    problem = path_problem(target)
    if problem is not None:
        raise problem
    temp = temp_path_for(target)
    try:
        with machine_problems(target):
            with open_database(temp, daily_backup=False) as copy:
                copy_database(db, copy, target_name=str(target))
            replace_durably(temp, target)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
    log.info("backed up %s to %s", db.label, target)
    return _info(target)


def backup_database(db, target: Path) -> BackupInfo:
    """Back up the open database ``db`` to ``target``, whatever it is: a file is copied as it
    is, a server's rows are written to a data file (:func:`backup_server`)."""
    if getattr(db, "is_server", False):
        return backup_server(db, target)
    return backup_to(db.path, target)


def restore_to_server(backup: Path, db) -> BackupInfo:
    """Replace a server database's content with the backup file's, in one transaction (the
    other programs see the old rows until the commit, then the restored ones). The current
    content is first saved as a backup file beside the program's other backups (returned)."""
    from core.db import open_database
    from core.paths import data_dir
    from core.server_copy import copy_database

    backup = Path(backup)
    check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", db.url.database or "may-chu")
    folder = data_dir() / "backups"
    with machine_problems(folder):
        folder.mkdir(parents=True, exist_ok=True)
    saved = backup_server(db, folder / f"{name}-truoc-khoi-phuc-{stamp}.sqlite")
    with open_database(backup, create=False, lock=False, daily_backup=False) as source:
        copy_database(source, db, target_name=db.label, replace=True)
    log.info("restored %s from %s (previous content saved to %s)", db.label, backup, saved.path)
    return saved


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
    found = [_info(p) for p in folder.glob("*.sqlite")
             if not p.name.startswith((".tmp-", TEMP_PREFIX))]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def last_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    backups = list_backups(db_path, folder)
    return backups[0] if backups else None


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound database of this program, or one a newer program made
    (it would be restored, then refused at the next start)."""
    from core.db import OUR_TABLES, connect_file

    path = Path(path)
    if not path.exists():
        raise AppError("file_missing", path=str(path))
    problem = path_problem(path, writing=False)
    if problem is not None:
        raise problem
    try:
        conn = connect_file(path, read_only=True)
        try:
            names = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if OUR_TABLES <= names:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0] if revision else ""
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = machine_problem(exc, path)
        if problem is not None and problem.code not in ("cannot_open", "disk_io"):
            raise problem from exc
        raise AppError("not_a_database", path=str(path)) from exc
    if revision is None or result != "ok":
        raise AppError("not_a_database", path=str(path))
    from core.migrations import runner

    if not runner.is_known(revision):
        raise AppError("backup_too_new", path=str(path))


def restore_backup(backup: Path, db_path: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Replace the database's content with ``backup``. Call with the database closed.

    The backup is checked first (this program's, not newer, not damaged); only then is the
    current content saved as ``<name>-truoc-khoi-phuc-<time>.sqlite`` (returned, so the user
    can be told where it went) and replaced. ``progress`` hears the two steps (the current
    content saved, then replaced); it cannot stop a restore.
    """
    tell = progress or no_progress
    from core.db import connect_file

    backup, db_path = Path(backup), Path(db_path)
    if same_file(backup, db_path):
        raise AppError("restore_onto_itself", path=str(backup))
    check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = backup_dir_for(db_path) / f"{db_path.stem}-truoc-khoi-phuc-{stamp}.sqlite"
    with machine_problems(db_path):
        tell(0, 2)
        if db_path.exists():
            _copy_database(db_path, saved)
        tell(1, 2)
        src = connect_file(backup, read_only=True)
        try:
            dest = connect_file(db_path)
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
