"""Opening a database: the pragmas, the lock, the migrations, and the session per user action.

SQLite is the default (one file, WAL, synchronous=FULL, foreign keys on); a ``postgresql://``
URL works the same way through :func:`open_url`. What only SQLite needs stays in this module.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from core.errors import AppError, EnvironmentProblem
from core.migrations import HEAD_REVISION
from core.paths import backup_dir_for
from core.storage import InstanceLock, is_network_path

log = logging.getLogger(__name__)


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # Let SQLAlchemy, not the driver, decide when transactions begin (so BEGIN covers DDL).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


@dataclass
class Database:
    """An open database: the engine, a session factory, and (for a file) its lock."""

    engine: Engine
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)
    _lock: InstanceLock | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside is committed together, or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look: a session whose changes, if any, are thrown away."""
        with self._sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def _check_is_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise AppError("not_a_database", path=str(path))


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    lock: bool = True,
    daily_backup: bool = True,
    keep_backups: int = 30,
    today: dt.date | None = None,
) -> Database:
    """Open (or create) the database file, ready to use at the newest schema.

    Takes the instance lock, warns about network drives, copies the file aside before a schema
    upgrade, and makes the day's rolling backup.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists() and not create:
        raise AppError("file_missing", path=str(path))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EnvironmentProblem("folder_readonly", path=str(path.parent)) from exc
    warnings = []
    if is_network_path(path):
        warnings.append(
            "Tệp dữ liệu đang nằm trên ổ mạng. SQLite không an toàn trên ổ mạng: dữ liệu có thể "
            "hỏng nếu hai máy cùng mở. Hãy chép tệp về ổ đĩa của máy này."
        )
    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        is_new = not path.exists() or path.stat().st_size == 0
        if not is_new:
            _check_is_sqlite(path)
        engine = _sqlite_engine(path)
        try:
            revision = None if is_new else current_revision(engine)
        except Exception as exc:
            engine.dispose()
            raise AppError("not_a_database", path=str(path)) from exc
        if revision != HEAD_REVISION:
            from core.migrations import runner  # alembic is imported only when needed

            if revision is not None and not runner.is_known(revision):
                engine.dispose()
                raise AppError("database_too_new", path=str(path))
            if not is_new:
                _copy_before_upgrade(path, revision)
            runner.upgrade(engine, "head")
        db = Database(engine=engine, path=path, warnings=warnings, _lock=instance_lock)
        if daily_backup and not is_new:
            from core.backup import rolling_backup

            try:
                rolling_backup(db, keep=keep_backups, today=today)
            except OSError as exc:  # a backup that fails must not stop the day's work
                log.warning("daily backup failed: %s", exc)
                db.warnings.append(f"Không tạo được bản sao lưu hằng ngày: {exc}")
        return db
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise


def open_url(url: str) -> Database:
    """Open a server database (PostgreSQL) by URL, at the newest schema. No file lock, no backup."""
    engine = create_engine(url, future=True)
    if current_revision(engine) != HEAD_REVISION:
        from core.migrations import runner

        runner.upgrade(engine, "head")
    return Database(engine=engine)


def _copy_before_upgrade(path: Path, revision: str | None) -> Path:
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-truoc-nang-cap-{revision}-{stamp}.sqlite"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("copied %s to %s before upgrading from %s", path, target, revision)
    return target

