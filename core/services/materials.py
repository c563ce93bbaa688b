"""Meeting materials (tài liệu họp): files members read before a meeting, attached to the
meeting or to one agenda item and kept inside the program's data.

A file is copied into the database in chunks of 1 MB (size, SHA-256, who added it and when),
never linked: the original may move or change. Reading and writing go one chunk at a time, so a
100 MB file never sits whole in memory. Stored in the database, the materials go into every
backup and come back with a restore, like the rest of the data.

Limits, stated: one file at most 100 MB, one meeting's materials at most 500 MB; accepted are
PDF, Word, Excel and pictures. Before copying, the free space beside the data file must hold
twice the file (the database and its write-ahead log) and a margin; a disk that fills up anyway
makes SQLite refuse the write, the transaction is rolled back and nothing is half-stored.
Materials can be added or removed until the minutes are finalised.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import os
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from core import models as m
from core.db import Database
from core.errors import EnvironmentProblem, NotFoundError, ValidationError
from core.services.meeting_common import editable_meeting, get_row

CHUNK = 1024 * 1024
MB = 1024 * 1024
MAX_FILE = 100 * MB
MAX_MEETING = 500 * MB
DISK_MARGIN = 50 * MB
ALLOWED = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".bmp",
           ".tif", ".tiff")


@dataclass(frozen=True)
class MaterialRecord:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    agenda_number: int | None       # the item's number in the agenda (1, 2…), None: general
    agenda_title: str | None
    position: int
    file_name: str
    size: int
    sha256: str
    added_by: str | None
    added_at: dt.datetime

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def size_text(size: int) -> str:
    """"850 KB", "12,4 MB" (Vietnamese decimal comma)."""
    if size < MB:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / MB:.1f} MB".replace(".", ",")


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


class MaterialService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, meeting_id: int, path: Path | str, agenda_item_id: int | None = None,
            added_by: str | None = None) -> MaterialRecord:
        """Copy the file at ``path`` into the meeting's materials (one transaction)."""
        path = Path(path)
        name = unicodedata.normalize("NFC", path.name)
        if path.suffix.lower() not in ALLOWED:
            raise ValidationError("material_type", field_name="path", name=name)
        try:
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise EnvironmentProblem("file_missing", path=str(path)) from exc
        if size == 0:
            raise ValidationError("material_empty", field_name="path", name=name)
        if size > MAX_FILE:
            raise ValidationError("material_too_large", field_name="path", name=name,
                                  size=_mb(size), limit=MAX_FILE // MB)
        self._check_room(size)
        try:
            with self.db.transaction() as session:
                editable_meeting(session, meeting_id)
                if agenda_item_id is not None:
                    item = get_row(session, m.AgendaItem, agenda_item_id, "nội dung họp")
                    if item.meeting_id != meeting_id:
                        raise ValidationError("wrong_meeting", kind="Nội dung họp")
                used = session.scalar(select(func.coalesce(func.sum(m.MeetingMaterial.size), 0))
                                      .where(m.MeetingMaterial.meeting_id == meeting_id)) or 0
                if used + size > MAX_MEETING:
                    raise ValidationError("materials_over_limit", field_name="path",
                                          limit=MAX_MEETING // MB, used=_mb(used))
                position = (session.scalar(select(func.max(m.MeetingMaterial.position)).where(
                    m.MeetingMaterial.meeting_id == meeting_id)) or 0) + 1
                row = m.MeetingMaterial(
                    meeting_id=meeting_id, agenda_item_id=agenda_item_id, position=position,
                    file_name=name[:m.NAME], size=size, sha256="",
                    added_by=added_by or _user_name())
                session.add(row)
                session.flush()
                digest, copied = self._copy_in(session, row.id, path)
                if copied != size:  # the file changed while it was read
                    raise EnvironmentProblem("file_locked", path=str(path))
                row.sha256, row.size = digest, copied
                session.flush()
                return _records(session, meeting_id, material_id=row.id)[0]
        except OperationalError as exc:
            if _disk_full(exc):
                raise EnvironmentProblem("disk_full", path=self.db.label) from exc
            raise

    def list(self, *, meeting_id: int) -> list[MaterialRecord]:
        """General materials first, then each agenda item's in agenda order: the packing order."""
        with self.db.reading() as session:
            return _records(session, meeting_id)

    def remove(self, *, material_id: int) -> None:
        with self.db.transaction() as session:
            row = session.get(m.MeetingMaterial, material_id)
            if row is None:
                raise NotFoundError(kind="tài liệu", id=material_id)
            editable_meeting(session, row.meeting_id)
            session.execute(delete(m.MaterialChunk).where(m.MaterialChunk.material_id == material_id))
            session.delete(row)

    def move(self, *, material_id: int, agenda_item_id: int | None) -> MaterialRecord:
        """Attach the material to another agenda item (or to the meeting as a whole)."""
        with self.db.transaction() as session:
            row = session.get(m.MeetingMaterial, material_id)
            if row is None:
                raise NotFoundError(kind="tài liệu", id=material_id)
            editable_meeting(session, row.meeting_id)
            if agenda_item_id is not None:
                item = get_row(session, m.AgendaItem, agenda_item_id, "nội dung họp")
                if item.meeting_id != row.meeting_id:
                    raise ValidationError("wrong_meeting", kind="Nội dung họp")
            session.execute(update(m.MeetingMaterial).where(m.MeetingMaterial.id == material_id)
                            .values(agenda_item_id=agenda_item_id))
            return _records(session, row.meeting_id, material_id=material_id)[0]

    def save_copy(self, *, material_id: int, target: Path | str) -> Path:
        """Write the material to ``target`` (through a temporary file), checked by its hash."""
        target = Path(target)
        with self.db.reading() as session:
            row = session.get(m.MeetingMaterial, material_id)
            if row is None:
                raise NotFoundError(kind="tài liệu", id=material_id)
            with _atomic_file(target) as stream:
                digest = hashlib.sha256()
                for data in chunks(session, material_id):
                    digest.update(data)
                    stream.write(data)
                if digest.hexdigest() != row.sha256:
                    raise EnvironmentProblem("not_a_database", path=str(self.db.path or ""))
        return target

    def open_copy(self, *, material_id: int) -> Path:
        """A copy in a temporary folder to open with its program (the stored file stays)."""
        with self.db.reading() as session:
            row = session.get(m.MeetingMaterial, material_id)
            if row is None:
                raise NotFoundError(kind="tài liệu", id=material_id)
            name = row.file_name
        folder = Path(tempfile.mkdtemp(prefix="thuky-tai-lieu-"))
        return self.save_copy(material_id=material_id, target=folder / _safe_name(name))

    def _copy_in(self, session: Session, material_id: int, path: Path) -> tuple[str, int]:
        digest, total, seq = hashlib.sha256(), 0, 0
        try:
            with open(path, "rb") as stream:
                while data := stream.read(CHUNK):
                    digest.update(data)
                    total += len(data)
                    session.execute(insert(m.MaterialChunk),
                                    {"material_id": material_id, "seq": seq, "data": data})
                    seq += 1
        except PermissionError as exc:
            raise EnvironmentProblem("file_locked", path=str(path)) from exc
        return digest.hexdigest(), total

    def _check_room(self, size: int) -> None:
        if self.db.path is None:
            return
        free = shutil.disk_usage(Path(self.db.path).parent).free
        if free < 2 * size + DISK_MARGIN:
            raise EnvironmentProblem("disk_full", path=str(self.db.path))


def _disk_full(exc: OperationalError) -> bool:
    """SQLite's "database or disk is full", or a server's disk_full (SQLSTATE 53100)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "53100":
        return True
    text = str(exc).lower()
    return "full" in text or "no space left" in text


def chunks(session: Session, material_id: int) -> Iterator[bytes]:
    """The material's bytes, one stored chunk at a time (one row read per chunk)."""
    count = session.scalar(select(func.count()).select_from(m.MaterialChunk)
                           .where(m.MaterialChunk.material_id == material_id)) or 0
    for seq in range(count):
        yield session.execute(select(m.MaterialChunk.data).where(
            m.MaterialChunk.material_id == material_id, m.MaterialChunk.seq == seq)).scalar_one()


def _records(session: Session, meeting_id: int, material_id: int | None = None) -> list[MaterialRecord]:
    query = (select(m.MeetingMaterial.id, m.MeetingMaterial.meeting_id,
                    m.MeetingMaterial.agenda_item_id, m.AgendaItem.position, m.AgendaItem.title,
                    m.MeetingMaterial.position, m.MeetingMaterial.file_name,
                    m.MeetingMaterial.size, m.MeetingMaterial.sha256, m.MeetingMaterial.added_by,
                    m.MeetingMaterial.added_at)
             .outerjoin(m.AgendaItem, m.AgendaItem.id == m.MeetingMaterial.agenda_item_id)
             .where(m.MeetingMaterial.meeting_id == meeting_id))
    if material_id is not None:
        query = query.where(m.MeetingMaterial.id == material_id)
    rows = session.execute(query).all()
    numbers = {item_id: i for i, item_id in enumerate(session.scalars(
        select(m.AgendaItem.id).where(m.AgendaItem.meeting_id == meeting_id)
        .order_by(m.AgendaItem.position, m.AgendaItem.id)), start=1)}
    records = [MaterialRecord(r[0], r[1], r[2], numbers.get(r[2]) if r[2] else None, r[4], r[5],
                              *r[6:]) for r in rows]
    records.sort(key=lambda x: (x.agenda_number or 0, x.position, x.id))
    return records


def _user_name() -> str | None:
    with contextlib.suppress(Exception):
        return unicodedata.normalize("NFC", getpass.getuser())
    return None


def _safe_name(name: str) -> str:
    from core.documents.files import safe_file_stem

    stem, suffix = os.path.splitext(name)
    return safe_file_stem(stem) + suffix.lower()


@contextlib.contextmanager
def _atomic_file(target: Path) -> Iterator:
    """A file written beside ``target`` and renamed over it at the end; removed on failure."""
    folder = target.parent
    if not folder.is_dir():
        raise EnvironmentProblem("folder_missing", path=str(folder))
    fd, temp = tempfile.mkstemp(prefix="~tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        if exc.errno == 28:
            raise EnvironmentProblem("disk_full", path=str(target)) from exc
        if isinstance(exc, PermissionError):
            raise EnvironmentProblem("file_locked", path=str(target)) from exc
        raise
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
