"""Opening a database: the pragmas, the lock, the migrations, and the session per user action.

SQLite is the default (one file, WAL, synchronous=FULL, foreign keys on); a ``postgresql://``
URL works the same way through :func:`open_url`. What only SQLite needs stays in this module.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from core.errors import (
    AppError,
    EnvironmentProblem,
    error_message,
    machine_problem,
    machine_problems,
    path_problem,
)
from core.messages import Message
from core.migrations import HEAD_REVISION
from core.paths import backup_dir_for
from core.storage import (
    InstanceLock,
    is_network_path,
    remove_stale_temp_files,
    replace_durably,
    temp_path_for,
    true_path,
)

log = logging.getLogger(__name__)

# Tables every database of this program has; a file without them belongs to something else.
OUR_TABLES = {"alembic_version", "agencies", "committees", "meetings"}


def connect_file(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A driver connection to exactly ``path``: nothing in it (``?``, ``#``, ``%41``, ``file:``)
    is read as a URI. ``read_only`` opens without creating or writing anything."""
    if read_only:
        # A URI is needed for mode=ro: as_uri() quotes every character that could mean
        # something in one (?, #, %, spaces, letters beyond ASCII), and writes C: as SQLite wants.
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    return sqlite3.connect(os.fspath(path), uri=False, check_same_thread=False)


def _sqlite_engine(path: Path) -> Engine:
    # The creator opens the path as it is; the URL (never parsed into a file name) only tells
    # SQLAlchemy that this is a file database, so it pools connections as for one.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True,
                           creator=lambda: connect_file(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (so BEGIN covers DDL).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def who_am_i(url: URL | None) -> str:
    """Who is making the changes: the login name on a server, else the PC's user name."""
    if url is not None and url.username:
        return url.username
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): still a name
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"


@dataclass
class Database:
    """An open database: the engine, a session factory, and (for a file) its lock."""

    engine: Engine
    path: Path | None = None
    url: URL | None = None  # a server database (PostgreSQL): its URL
    warnings: list[Message] = field(default_factory=list)
    _lock: InstanceLock | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.user = who_am_i(self.url)
        event.listen(self._sessions, "before_flush", self._sign_changes)
        from core.changes import ChangeRecorder

        self.changes = ChangeRecorder(self)
        self.changes.install(self._sessions)

    def _sign_changes(self, session: Session, _context, _instances) -> None:
        """Every record that says who changed it last (``updated_by``) is signed on each save."""
        for record in (*session.new, *session.dirty):
            if hasattr(record, "updated_by") and (record in session.new or session.is_modified(
                    record, include_collections=False)):
                record.updated_by = self.user

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

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def address(self) -> str:
        """What ``--db`` takes to open this database again: the file's path, or the server's
        URL (with its password, if one was given: it is for a command line, never for display)."""
        if self.url is not None:
            return self.url.render_as_string(hide_password=False)
        return str(self.path) if self.path is not None else ""

    @property
    def label(self) -> str:
        """What is open, for the title bar: the file's path, or ``database @ host``."""
        if self.url is not None:
            return server_label(self.url)
        return str(self.path) if self.path is not None else ""

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


def _peek(path: Path) -> str:
    """What ``path`` holds, read without changing it: "missing", "empty" (no bytes, or an SQLite
    file without a single table), "ours" (this program's tables), or "foreign"."""
    if not path.exists():
        return "missing"
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return "empty"
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise AppError("not_a_database", path=str(path))
    try:
        conn = connect_file(path)  # read-write, so a WAL file's -shm goes on close
        try:
            names = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problem = machine_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise AppError("not_a_database", path=str(path)) from exc
    if not names:
        return "empty"
    return "ours" if OUR_TABLES <= names else "foreign"


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    lock: bool = True,
    daily_backup: bool = True,
    keep_backups: int = 30,
    today: dt.date | None = None,
) -> Database:
    """Open (or, with ``create``, create) the database file, ready to use at the newest schema.

    Only a missing file, or one with nothing in it, is created; an SQLite file of another
    program is refused untouched. Takes the instance lock (on the file's one true path, so no
    other spelling of it gets a second copy in), warns about network drives, copies the file
    aside before a schema upgrade, and makes the day's rolling backup. ``lock=False`` (a
    read-only look) creates nothing beside the file unless the file must be upgraded.
    The machine's problems (full disk, read-only folder, path too long…) come out as
    EnvironmentProblem, never as a damaged file.
    """
    path = true_path(path)
    problem = path_problem(path, writing=False)
    if problem is not None and not (problem.code == "folder_missing" and create):
        raise problem
    with machine_problems(path):
        return _open(path, create=create, lock=lock, daily_backup=daily_backup,
                     keep_backups=keep_backups, today=today)


def _open(path: Path, *, create: bool, lock: bool, daily_backup: bool, keep_backups: int,
          today: dt.date | None) -> Database:
    state = _peek(path)
    if state == "missing" and not create:
        raise AppError("file_missing", path=str(path))
    if state == "foreign" or (state == "empty" and not create):
        raise AppError("not_a_database", path=str(path))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise machine_problem(exc, path.parent) or EnvironmentProblem(
                "folder_readonly", path=str(path.parent)) from exc
    warnings: list[Message] = []
    if is_network_path(path):
        warnings.append(Message("network_drive"))
    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
        remove_stale_temp_files(path.parent)
        remove_stale_temp_files(backup_dir_for(path))
    try:
        state = _peek(path)  # again, now that nobody else can be changing it
        if state == "foreign" or (state == "empty" and not create) or (
                state == "missing" and not create):
            raise AppError("not_a_database" if state != "missing" else "file_missing",
                           path=str(path))
        is_new = state in ("missing", "empty")
        engine = _sqlite_engine(path)
        try:
            revision = None if is_new else current_revision(engine)
        except Exception as exc:
            engine.dispose()
            problem = machine_problem(exc, path)
            if problem is not None:
                raise problem from exc
            raise AppError("not_a_database", path=str(path)) from exc
        if revision != HEAD_REVISION:
            from core.migrations import runner  # alembic is imported only when needed

            if revision is not None and not runner.is_known(revision):
                engine.dispose()
                raise AppError("database_too_new", path=str(path))
            if instance_lock is None:  # an upgrade writes: it needs the file to itself
                instance_lock = InstanceLock(path)
                instance_lock.acquire()
            if not is_new:
                _copy_before_upgrade(path, revision)
            runner.upgrade(engine, "head")
        db = Database(engine=engine, path=path, warnings=warnings, _lock=instance_lock)
        if daily_backup and not is_new:
            from core.backup import rolling_backup

            try:
                rolling_backup(db, keep=keep_backups, today=today)
            except (OSError, sqlite3.Error, AppError) as exc:  # must not stop the day's work
                log.warning("daily backup failed: %s", exc)
                db.warnings.append(Message("daily_backup_failed", reason=error_message(exc)))
        return db
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise


# PostgreSQL: the oldest server the program is tested against (LISTEN/NOTIFY, generated
# identity, pg_advisory_xact_lock and ON CONFLICT are all older than this).
MIN_SERVER_VERSION = 12
# The key of the advisory lock one program holds while it upgrades a server's schema.
MIGRATION_LOCK = 0x7468_756B_7900  # "thuky"


def server_url(url: str | URL) -> URL:
    """The URL with the driver the program ships (psycopg 3) whatever the user wrote."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError as exc:
        raise AppError("server_bad_url", url=str(url)) from exc
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise AppError("server_bad_url", url=parsed.render_as_string(hide_password=True))
    return parsed.set(drivername="postgresql+psycopg")


def server_label(url: str | URL) -> str:
    """``database @ host:port`` for the title bar and messages; never the password."""
    parsed = server_url(url)
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    where = f"{host}:{parsed.port}" if parsed.port else host
    return f"{parsed.database or ''} @ {where}"


def _server_problem(exc: BaseException, url: URL) -> AppError:
    """The failure to connect, said as what the user can do about it."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    text_ = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    label = server_label(url)
    lowered = str(orig).lower()
    if state in ("28P01", "28000") or "password authentication failed" in lowered \
            or "no password supplied" in lowered:
        return EnvironmentProblem("server_login_failed", server=label, user=url.username or "")
    if state == "42501":  # a login without the rights on this database's tables
        return EnvironmentProblem("server_no_permission", server=label, user=url.username or "",
                                  database=url.database or "")
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return EnvironmentProblem("server_database_missing", server=label,
                                  database=url.database or "")
    from core.server_login import unreachable_reason

    return EnvironmentProblem("server_unreachable", server=label, reason=unreachable_reason(text_))


def _refuse_newer(revision: str | None, label: str, url: URL) -> None:
    """A schema this program does not know was made by a newer one: using it could lose what
    the newer program keeps, so it is refused with a message."""
    from core.migrations import runner

    if revision is not None and revision != HEAD_REVISION and not runner.is_known(revision):
        raise AppError("server_schema_too_new", server=label, database=url.database or "")


def open_url(url: str | URL, *, upgrade: bool = True, connect_timeout: int = 10) -> Database:
    """Open a server database (PostgreSQL) by URL, at the newest schema. No file lock, no backup.

    An empty database gets the schema; one upgrade at a time runs (an advisory lock), and every
    other program waits for it; a schema newer than this program, a database of another program,
    a server too old, a wrong password, a missing database or an unreachable server are refused
    with a message saying which.
    """
    parsed = server_url(url)
    args = {"connect_timeout": connect_timeout, "application_name": "thuky-bcd"}
    engine = create_engine(parsed, future=True, pool_pre_ping=True, connect_args=args)
    try:
        with engine.connect() as conn:
            version = conn.dialect.server_version_info or (0,)
            names = set(inspect(conn).get_table_names())
    except AppError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise _server_problem(exc, parsed) from exc
    label = server_label(parsed)
    if isinstance(version[0], int) and version[0] < MIN_SERVER_VERSION:
        engine.dispose()
        raise EnvironmentProblem("server_too_old", server=label, needed=MIN_SERVER_VERSION,
                                 version=".".join(str(v) for v in version))
    if names and not OUR_TABLES <= names:
        engine.dispose()
        raise AppError("server_not_ours", server=label, database=parsed.database or "")
    try:
        revision = current_revision(engine)
        if revision != HEAD_REVISION:
            from core.migrations import runner

            _refuse_newer(revision, label, parsed)
            if upgrade:
                with engine.connect() as conn:
                    # One program upgrades; the others wait here, then find the schema current
                    # (or made newer meanwhile by a newer program: then they refuse).
                    conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
                    try:
                        conn.commit()
                        revision = current_revision(engine)
                        _refuse_newer(revision, label, parsed)
                        if revision != HEAD_REVISION:
                            log.info("upgrading %s from %s", label, revision)
                            runner.upgrade(engine, "head")
                    finally:
                        conn.execute(text("SELECT pg_advisory_unlock(:key)"),
                                     {"key": MIGRATION_LOCK})
                        conn.commit()
    except BaseException as exc:
        engine.dispose()
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
            raise _server_problem(exc, parsed) from exc
        raise
    return Database(engine=engine, url=parsed)


def open_again(db: Database) -> Database:
    """A second, independent connection to the database ``db`` has open, as another program
    would make: the same server database, or the same file without taking its lock (for a
    look or a check beside the program; close it when done)."""
    if db.url is not None:
        return open_url(db.url)
    assert db.path is not None  # a database is either on a server or in a file
    return open_database(db.path, lock=False, daily_backup=False)


def _copy_before_upgrade(path: Path, revision: str | None) -> Path:
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-truoc-nang-cap-{revision}-{stamp}.sqlite"
    temp = temp_path_for(target)
    source = connect_file(path)
    try:
        dest = connect_file(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        replace_durably(temp, target)
    finally:
        source.close()
        temp.unlink(missing_ok=True)
    log.info("copied %s to %s before upgrading from %s", path, target, revision)
    return target

