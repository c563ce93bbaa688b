"""Saving a document safely, and the file name it gets by default.

A save writes a temporary file beside the target and then swaps it in with ``os.replace``, so a
power cut or a file open in Word never leaves a half-written or lost document: the old file stays
as it was and the temporary file is removed.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import unicodedata
from pathlib import Path
from typing import Protocol

from core.documents import phrases as ph
from core.errors import EnvironmentProblem
from core.storage import fsync_folder, remove_stale_temp_files, temp_path_for

# Names Windows refuses whatever the extension (CON.docx cannot be created either).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_STEM = 120


class _Saveable(Protocol):
    def save(self, path_or_stream) -> None: ...


def ascii_fold(text: str) -> str:
    """"Biên bản BCĐ" -> "Bien ban BCD": no diacritics, đ/Đ to d/D, other non-ASCII dropped."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.encode("ascii", "ignore").decode("ascii")


def safe_file_stem(text: str) -> str:
    """A file name stem Windows accepts: ASCII, hyphens for spaces and forbidden characters, no
    trailing dots or spaces, not a reserved device name, not too long."""
    stem = _FORBIDDEN.sub("-", ascii_fold(unicodedata.normalize("NFC", text)))
    stem = re.sub(r"\s+", "-", stem.strip())
    stem = re.sub(r"-{2,}", "-", stem).strip("-. ")
    stem = stem[:MAX_STEM].rstrip("-. ")
    if not stem:
        stem = "van-ban"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def default_file_name(kind: str, date: dt.date, committee_abbreviation: str | None) -> str:
    """"Bien-ban-2019-12-16-BCD-TTDN.docx", "Thong-bao-ket-luan-…", "Giay-moi-…"."""
    prefix = ph.FILE_PREFIX[kind]
    parts = [prefix, date.isoformat()]
    if committee_abbreviation:
        parts.append(committee_abbreviation)
    return safe_file_stem("-".join(parts)) + ".docx"


def save_document(document: _Saveable, path: str | os.PathLike) -> Path:
    """Write ``document`` to ``path`` atomically; raise EnvironmentProblem for the machine's faults.

    file_locked: the target is open in Word (Windows refuses to replace it);
    folder_missing / folder_readonly: nowhere to write; disk_full: no room. The old file is kept.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise EnvironmentProblem("folder_missing", path=str(folder))
    if target.is_dir():
        raise EnvironmentProblem("file_exists", path=str(target))
    remove_stale_temp_files(folder)  # what an interrupted export left here
    temp = temp_path_for(target, ".docx")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except PermissionError as exc:
        raise EnvironmentProblem("folder_readonly", path=str(folder)) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise EnvironmentProblem("folder_readonly", path=str(folder)) from exc
        raise
    try:
        try:
            with os.fdopen(fd, "wb") as stream:
                document.save(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, _FILE_MODE & ~_umask())  # like any file the user saves, not 0600
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                raise EnvironmentProblem("disk_full", path=str(target)) from exc
            raise
        try:
            os.replace(temp, target)
        except PermissionError as exc:  # Windows: the target is open in Word
            raise EnvironmentProblem("file_locked", path=str(target)) from exc
        except OSError as exc:
            if exc.errno == errno.EBUSY or getattr(exc, "winerror", None) in (32, 33):
                raise EnvironmentProblem("file_locked", path=str(target)) from exc
            raise
        fsync_folder(folder)  # the rename survives a power cut
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target


_FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
