"""Facts about where a database file lives: its one true path, a network drive, who else has it
open; and the temporary files the program writes beside its targets (named so that a later
start recognises and removes the ones an interrupted run left behind)."""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import socket
import sys
import time
from typing import TextIO
from pathlib import Path

from core.errors import DatabaseInUseError

log = logging.getLogger(__name__)

TEMP_PREFIX = ".thuky-tmp-"
_TEMP_NAME = re.compile(r"^\.thuky-tmp-(\d+)-")
_LEGACY_TEMP = re.compile(r"^\.tmp-.*\.sqlite(-journal|-wal|-shm)?$")
_STALE_AFTER = dt.timedelta(days=2)  # a live process with that number is another one by then


def true_path(path: Path | str) -> Path:
    """The one path of a file, whatever the spelling: ``~`` expanded, symlinks and ``..``
    resolved, and (where the disk ignores case) the case as stored."""
    path = Path(path).expanduser()
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links, a name too long: keep it as given
        return path.absolute()


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when ``a`` and ``b`` name the same file (any spelling, link, or case)."""
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:
        pass
    first, second = true_path(a), true_path(b)
    if first == second:
        return True
    if sys.platform == "win32" or _case_insensitive(first.parent):
        return str(first).casefold() == str(second).casefold()
    return False


def _case_insensitive(folder: Path) -> bool:
    try:
        return folder.exists() and Path(str(folder).swapcase()).exists() and \
            os.path.samefile(folder, str(folder).swapcase())
    except OSError:
        return False


def temp_path_for(target: Path, suffix: str | None = None) -> Path:
    """A temporary name beside ``target`` that a later start can recognise as this program's:
    ``.thuky-tmp-<process id>-<random><suffix>``."""
    suffix = target.suffix if suffix is None else suffix
    return target.with_name(f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{suffix}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _process_started(pid: int) -> float | None:
    """When process ``pid`` started (epoch seconds), where the system says (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime"))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return None


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove what an interrupted backup, upgrade, restore or export left in ``folder``: our
    temporary files whose process has ended (or is younger than the file). Returns them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        legacy = _LEGACY_TEMP.match(entry.name)
        if not (match or legacy):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if match:
            pid = int(match.group(1))
            started = _process_started(pid) if _pid_alive(pid) else None
            stale = (not _pid_alive(pid) or (started is not None and started > mtime + 1)
                     or now - mtime > _STALE_AFTER.total_seconds())
            if pid == os.getpid():
                stale = False
        else:
            stale = now - mtime > _STALE_AFTER.total_seconds()
        if stale:
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError as exc:
                log.info("cannot remove leftover %s: %s", entry.path, exc)
    if removed:
        log.info("removed %d leftover temporary files in %s", len(removed), folder)
    return removed


def fsync_file(path: Path) -> None:
    """Push ``path``'s content to the disk (before it is renamed into place)."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_durably(temp: Path, target: Path) -> None:
    """fsync ``temp``, rename it over ``target``, fsync the folder."""
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(target.parent)


_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afs", "9p", "davfs", "ncpfs"}


def is_network_path(path: Path) -> bool:
    """True when the file is on a network share, where SQLite's locking cannot be trusted."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    return _linux_fs_type(Path(text)) in _NETWORK_FS


def _linux_fs_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = os.path.realpath(path.parent if not path.is_dir() else path)
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


class InstanceLock:
    """An OS lock on ``<database>.lock``: a second copy of the program gets a clear message.

    The OS drops the lock when the process dies, so a power cut never leaves a stale lock.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: TextIO | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            try:
                handle.seek(0)
                owner = handle.read().strip() or "?"
            except OSError:  # Windows refuses to read a locked range
                owner = "?"
            handle.close()
            raise DatabaseInUseError(path=str(self.db_path), owner=owner) from None
        try:  # who holds it, for the message a second copy shows (a full disk may refuse it)
            handle.seek(0)
            handle.truncate()
            handle.write(f"{socket.gethostname()}, pid {os.getpid()}")
            handle.flush()
        except OSError:
            _unlock(handle)
            handle.close()
            raise
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
