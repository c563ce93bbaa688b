"""The errors a user can cause or meet, each with a code and the values that explain it.

Each error is a :class:`core.messages.Message` on its way up: the GUI and the command line turn
it into words from the one catalog (:mod:`core.messages`); anything that is not an
:class:`AppError` is a bug and is logged with its traceback.
"""
from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.messages import Message, render

class AppError(Exception):
    """A problem the user can understand and fix. ``code`` picks the sentence, ``values`` fill it."""

    code = "error"

    def __init__(self, code: str | None = None, /, **values: Any) -> None:
        if code is not None:
            self.code = code
        self.values = values
        super().__init__(self.message())

    def as_message(self, **overrides: object) -> Message:
        """What to tell the user; ``overrides`` replace values (e.g. a field's label as shown)."""
        return Message(self.code, **{**self.values, **overrides})

    def message(self) -> str:
        """The sentence in Vietnamese (the command line's language, and the logs')."""
        return render(self.as_message())


class ValidationError(AppError):
    """What the user typed cannot be stored as it is. ``field`` names the input at fault."""

    code = "invalid"

    @property
    def field(self) -> str | None:
        return self.values.get("field_name")


class DuplicateError(ValidationError):
    """The same thing is already recorded (after NFC and tone folding)."""


class NotFoundError(AppError):
    code = "not_found"


class ReferencedError(AppError):
    """Deleting would break what points to it; ``holders`` says what holds it."""

    code = "referenced"


class ConflictError(AppError):
    """The change does not fit the current state (a finalised meeting, a wrong status step)."""


class EditConflict(ConflictError):
    """Someone else saved the same record after this user opened it. ``mine`` is what this user
    typed (not saved), ``theirs`` what is stored now, ``who`` and ``when`` the other save;
    ``version`` is the stored version, to save over it once the user has chosen."""

    code = "edit_conflict"

    @property
    def mine(self) -> str:
        return self.values.get("mine", "")

    @property
    def theirs(self) -> str:
        return self.values.get("theirs", "")

    @property
    def version(self) -> int:
        return self.values.get("version", 0)


class EnvironmentProblem(AppError):
    """The machine's fault, not the user's input: a locked file, a full disk, a read-only folder."""


class FileFormatError(AppError):
    """A file the user picked cannot be read as it is: old format, password, damaged, too big."""


class DatabaseInUseError(EnvironmentProblem):
    code = "database_in_use"


# -- the machine's problems, from OSError errnos and SQLite result codes, in one place ----------
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 11, 13, 14
_SQLITE_PERM, _SQLITE_NOTADB = 3, 26
_WINERROR = {112: "disk_full", 39: "disk_full", 206: "path_too_long", 5: "folder_readonly",
             19: "folder_readonly", 32: "file_locked", 33: "file_locked", 3: "folder_missing",
             267: "path_is_folder"}


def path_problem(path: str | os.PathLike | None, *, writing: bool = True) -> EnvironmentProblem | None:
    """What is wrong with ``path`` itself, found without opening it: a name over 255 bytes, a
    folder where a file is wanted, a device, a missing or read-only folder. None if nothing."""
    if path is None:
        return None
    text = os.fspath(path)
    for part in Path(text).parts:
        if len(part.encode("utf-8", "surrogatepass")) > 255:
            return EnvironmentProblem("name_too_long", path=text, name=part[:40] + "…")
    limit = 259 if sys.platform == "win32" else 4095
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        return EnvironmentProblem("path_too_long", path=text)
    target = Path(text)
    try:
        if target.is_dir():
            return EnvironmentProblem("path_is_folder", path=text)
        if target.exists():
            if not target.is_file():
                return EnvironmentProblem("not_a_regular_file", path=text)
            if not os.access(target, os.R_OK):
                return EnvironmentProblem("no_read_permission", path=text)
            if writing and not os.access(target, os.W_OK):
                return EnvironmentProblem("file_readonly", path=text)
            return None
        folder = target.parent
        if not folder.is_dir():
            return EnvironmentProblem("folder_missing", path=str(folder))
        if writing and not os.access(folder, os.W_OK):
            return EnvironmentProblem("folder_readonly", path=str(folder))
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return EnvironmentProblem("path_too_long", path=text)
        return None
    return None


def _nearly_full(path: str, room: int = 4 * 1024 * 1024) -> bool:
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        import shutil

        return shutil.disk_usage(folder).free < room
    except OSError:
        return False


def _errno_problem(exc: OSError, text: str) -> EnvironmentProblem | None:
    number = exc.errno
    winerror = getattr(exc, "winerror", None)
    where = exc.filename if isinstance(exc.filename, str) else text
    code = _WINERROR.get(winerror) if winerror is not None else None
    if code is None:
        code = {
            errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
            errno.EFBIG: "disk_full", errno.ENAMETOOLONG: "path_too_long",
            errno.EISDIR: "path_is_folder", errno.EIO: "disk_io", errno.EROFS: "folder_readonly",
            errno.EACCES: "folder_readonly", errno.EPERM: "folder_readonly",
            errno.ENOENT: "folder_missing", errno.ENOTDIR: "folder_missing",
            errno.ENXIO: "not_a_regular_file", errno.ENODEV: "not_a_regular_file",
            errno.EBUSY: "file_locked", errno.ETXTBSY: "file_locked",
        }.get(number)
    if code is None:
        return None
    if code == "disk_io" and where and _nearly_full(where):
        code = "disk_full"
    if code in ("folder_readonly", "folder_missing"):
        # Say which: the file itself, or the folder it is in.
        found = path_problem(where) if where else None
        if found is not None:
            return found
        if code == "folder_readonly" and where and Path(where).exists():
            code = "file_readonly" if Path(where).is_file() else code
        elif where:
            where = str(Path(where).parent) if not Path(where).is_dir() else where
    if code == "path_too_long" and where:
        found = path_problem(where)
        if found is not None and found.code in ("name_too_long", "path_too_long"):
            return found
    return EnvironmentProblem(code, path=where or "?")


def _sqlite_problem(exc: BaseException, text: str) -> EnvironmentProblem | None:
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    words = str(exc).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in words:
        return EnvironmentProblem("disk_full", path=text)
    if primary == _SQLITE_IOERR or "disk i/o error" in words:
        if text and _nearly_full(text):  # SQLite says "I/O error" when -wal/-shm find no room
            return EnvironmentProblem("disk_full", path=text)
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("disk_io", path=text)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in words:
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("file_readonly", path=text)
    if primary == _SQLITE_CANTOPEN or "unable to open database" in words:
        found = path_problem(text) if text else None
        return found or EnvironmentProblem("cannot_open", path=text, reason=str(exc))
    return None


def machine_problem(exc: BaseException, path: str | os.PathLike | None = None
                    ) -> EnvironmentProblem | None:
    """The machine's problem behind ``exc`` (an OSError, a sqlite3 error, or SQLAlchemy's
    wrapper of one, anywhere in its chain), as an EnvironmentProblem; None when it is none.

    The one place where a full disk, a read-only file or folder, a path too long, a folder
    given as a file or a failing disk is recognised, for the command line and the window alike.
    """
    text = os.fspath(path) if path is not None else ""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, EnvironmentProblem):
            return current
        if isinstance(current, OSError):
            found = _errno_problem(current, text)
            if found is not None:
                return found
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        for candidate in (orig, current):
            if candidate is not None and type(candidate).__module__.startswith("sqlite3"):
                found = _sqlite_problem(candidate, text)
                if found is not None:
                    return found
        current = current.__cause__ or current.__context__
    return None


@contextlib.contextmanager
def machine_problems(path: str | os.PathLike | None) -> Iterator[None]:
    """Inside: an error that is the machine's (see :func:`machine_problem`) leaves as its
    EnvironmentProblem, naming ``path`` when the error does not name a file itself."""
    try:
        yield
    except AppError:
        raise
    except Exception as exc:
        problem = machine_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise


# PostgreSQL's answers when the database may not be written: a read-only transaction (a standby
# server, or default_transaction_read_only), or a login without the right to write.
_SERVER_READ_ONLY = {"25006", "42501"}


def is_read_only(exc: BaseException) -> bool:
    """True when ``exc`` says the database may only be read: SQLite's read-only file or
    ``query_only``, or a server's read-only transaction or missing right to write."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) in _SERVER_READ_ONLY:
        return True
    words = str(exc).lower()
    return "readonly" in words or "read-only" in words


def is_damaged_database(exc: BaseException) -> bool:
    """True for SQLite's "file is not a database" / "database disk image is malformed"."""
    orig = getattr(exc, "orig", None) or exc
    primary = (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF
    return primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT)


def error_message(error: BaseException) -> Message:
    """What to tell the user about an error: its own message for an AppError or a machine's
    problem, a generic one else."""
    if isinstance(error, AppError):
        return error.as_message()
    problem = machine_problem(error)
    if problem is not None:
        return problem.as_message()
    return Message("unexpected")


def message(error: BaseException) -> str:
    """The sentence to show for an error, in Vietnamese (see :func:`error_message`)."""
    return render(error_message(error))
