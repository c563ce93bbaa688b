"""Đóng gói tài liệu: one folder or one .zip for the members, with the index first
(00-Danh-muc-tai-lieu.docx) and the files named "01-<item>-<file>" in the index's order.

Streamed: each file goes from the database to the folder or the zip one stored chunk (1 MB) at
a time. Written under a temporary name and renamed at the end, so a failure (full disk, USB
pulled out) leaves no half package.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core import models as m
from core.documents.files import safe_file_stem
from core.errors import AppError, EnvironmentProblem
from core.services.materials import MaterialRecord, chunks, size_text
from core.services.meeting_common import get_meeting

INDEX_NAME = "00-Danh-muc-tai-lieu.docx"
GENERAL_STEM = "Tai-lieu-chung"


@dataclass(frozen=True)
class PackedFile:
    number: int
    name: str
    material: MaterialRecord


@dataclass(frozen=True)
class PackResult:
    path: Path                  # the folder or the .zip
    files: tuple[PackedFile, ...]
    total_size: int


def packed_names(materials: list[MaterialRecord]) -> list[PackedFile]:
    """"01-Bao-cao-quy-I-Du-thao-bao-cao.pdf": number, agenda item, file (ASCII, short)."""
    out = []
    for number, x in enumerate(materials, start=1):
        item = _short(safe_file_stem(x.agenda_title.split("\n", 1)[0]), 40) \
            if x.agenda_title else GENERAL_STEM
        stem, suffix = os.path.splitext(x.file_name)
        out.append(PackedFile(number, f"{number:02d}-{item}-{_short(safe_file_stem(stem), 60)}"
                                      f"{suffix.lower()}", x))
    return out


MATERIALS_LINE = "Nghiên cứu trước các tài liệu gửi kèm (số như tên tệp trong gói tài liệu):"


def invitation_lines(materials: list[MaterialRecord]) -> tuple[str, ...]:
    """The materials list of the invitation, numbered as the package numbers the files."""
    if not materials:
        return ()
    return (MATERIALS_LINE, *(f"{f.number:02d}. {f.material.file_name}"
                              for f in packed_names(materials)))


def pack(services, *, meeting_id: int, target: Path | str, as_zip: bool) -> PackResult:
    """Write the package to ``target`` (a folder that must not exist yet, or a .zip file)."""
    from core.documents.materials_index import IndexEntry, IndexGroup, write_materials_index

    target = Path(target)
    if not target.parent.is_dir():
        raise EnvironmentProblem("folder_missing", path=str(target.parent))
    if target.exists():
        raise AppError("file_exists", path=str(target))
    materials = services.materials.list(meeting_id=meeting_id)
    if not materials:
        raise AppError("materials_none")
    files = packed_names(materials)
    db = services.db
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        committee = meeting.committee
        style, body = committee.style, committee.issuing_body or committee.name
        title, day = meeting.title, meeting.starts_at.date()
        agenda = list(session.scalars(
            select(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)
            .order_by(m.AgendaItem.position, m.AgendaItem.id)))
        groups = []
        general = [f for f in files if f.material.agenda_item_id is None]
        if general:
            groups.append(IndexGroup("Tài liệu chung", tuple(_entry(IndexEntry, f) for f in general)))
        for number, item in enumerate(agenda, start=1):
            mine = [f for f in files if f.material.agenda_item_id == item.id]
            if mine:
                heading = f"{number}. {item.title.splitlines()[0].strip()}"
                groups.append(IndexGroup(heading, tuple(_entry(IndexEntry, f) for f in mine)))
        work = Path(tempfile.mkdtemp(prefix=".dong-goi-", dir=target.parent))
        try:
            index = write_materials_index(style=style, issuing_body=body, meeting=title, day=day,
                                          groups=tuple(groups), path=work / INDEX_NAME)
            if as_zip:
                temp = work / f"{uuid.uuid4().hex}.zip"
                with zipfile.ZipFile(temp, "w", allowZip64=True) as zf:
                    zf.write(index, INDEX_NAME, compress_type=zipfile.ZIP_DEFLATED)
                    for f in files:
                        info = zipfile.ZipInfo(f.name, date_time=_zip_time(f.material))
                        info.compress_type = zipfile.ZIP_STORED  # PDF, Office, pictures: packed already
                        with zf.open(info, "w", force_zip64=f.material.size > 2**31) as out:
                            for data in chunks(session, f.material.id):
                                out.write(data)
                os.replace(temp, target)
            else:
                folder = work / "goi"
                folder.mkdir()
                shutil.move(str(index), folder / INDEX_NAME)
                for f in files:
                    with open(folder / f.name, "wb") as out:
                        for data in chunks(session, f.material.id):
                            out.write(data)
                folder.rename(target)
        except OSError as exc:
            if exc.errno == 28:
                raise EnvironmentProblem("disk_full", path=str(target)) from exc
            if isinstance(exc, PermissionError):
                raise EnvironmentProblem("folder_readonly", path=str(target.parent)) from exc
            raise
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return PackResult(target, tuple(files), sum(f.material.size for f in files))


def _short(stem: str, limit: int) -> str:
    """At most ``limit`` characters, cut between words where it can."""
    if len(stem) <= limit:
        return stem
    cut = stem[:limit + 1].rsplit("-", 1)[0]
    return (cut if len(cut) >= limit // 2 else stem[:limit]).rstrip("-.")


def _entry(entry_type, f: PackedFile):
    return entry_type(f.number, f.material.file_name, f.name, size_text(f.material.size))


def _zip_time(material: MaterialRecord) -> tuple[int, int, int, int, int, int]:
    t = material.added_at
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)
