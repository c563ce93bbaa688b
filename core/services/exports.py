"""Exports the window offers: the task list, the forms sent to each agency, a member list.

Each takes the task register's filters (core.services.task_queries.task_filters) so a file
holds exactly what the user was looking at, and suggests a file name Windows and e-mail take.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import models as m
from core import text
from core.db import Database
from core.errors import AppError, EnvironmentProblem
from core.excel.db_rows import heading_for, iter_task_rows, load_task_rows
from core.excel.members_export import write_member_list
from core.excel.names import file_stem
from core.excel.rows import MemberRow, TaskRow
from core.excel._sheet import check_target
from core.excel.tasks_export import write_agency_forms, write_task_list
from core.progress import Cancelled, Progress
from core.services.committees import CommitteeService
from core.services.tasks import TaskService

_HEADING_KEYS = ("committee_id", "meeting_id", "agency_id")
FORMS_FOLDER = "Phieu cap nhat nhiem vu"


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    rows: int                  # tasks or members written
    folder: Path               # where the files are (to open it)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- task list and agency forms -------------------------------------------------------

    def count_tasks(self, *, filters: Mapping[str, Any], today: dt.date | None = None) -> int:
        return TaskService(self.db).count(today=today or dt.date.today(), **filters)

    def scope_name(self, *, filters: Mapping[str, Any], short: bool = True) -> str:
        """What the list is about, in words: the meeting, committee or agency filtered on
        (abbreviations first when ``short``, as in a file name, whose dates cannot hold "/";
        said to the user, a date is written 15/03/2026)."""
        with self.db.reading() as session:
            parts = []
            if filters.get("meeting_id") is not None:
                meeting = session.get(m.Meeting, filters["meeting_id"])
                if meeting is not None:
                    day = f"{meeting.starts_at:%d-%m-%Y}" if short else f"{meeting.starts_at:%d/%m/%Y}"
                    parts.append(f"{meeting.title} {day}")
            elif filters.get("committee_id") is not None:
                committee = session.get(m.Committee, filters["committee_id"])
                if committee is not None:
                    parts.append(committee.abbreviation if short and committee.abbreviation
                                 else committee.name)
            if filters.get("agency_id") is not None:
                agency = session.get(m.Agency, filters["agency_id"])
                if agency is not None:
                    parts.append(agency.short_name if short and agency.short_name
                                 else agency.name)
        return " - ".join(parts)

    def task_list_name(self, *, filters: Mapping[str, Any], today: dt.date | None = None) -> str:
        """"Bang theo doi nhiem vu - BCĐ - 10-03-2026.xlsx", without diacritics."""
        today = today or dt.date.today()
        scope = self.scope_name(filters=filters)
        words = ["Bang theo doi nhiem vu", *([scope] if scope else []), f"{today:%d-%m-%Y}"]
        return file_stem(" - ".join(words)) + ".xlsx"

    def check_target(self, *, path: Path | str) -> Path:
        """Refuse at once a file that cannot be written there (a folder that is gone), before
        any long work; replacing a file the user chose is allowed."""
        return check_target(Path(path), overwrite=True)

    def task_list(self, *, path: Path | str, filters: Mapping[str, Any],
                  today: dt.date | None = None, overwrite: bool = False,
                  progress: Progress | None = None) -> ExportResult:
        """The list the register shows, in the official layout; refused when it is empty.
        ``progress(done, total)`` hears the rows written (see core.progress)."""
        today = today or dt.date.today()
        total = self.count_tasks(filters=filters, today=today) if progress is not None else 0
        exported_at = _utcnow()  # before reading: a change made meanwhile counts as newer
        heading = self._heading(filters)
        rows = iter_task_rows(self.db, today=today, **filters)  # streamed into the file
        first = next(rows, None)
        if first is None:
            raise AppError("export_nothing")
        count = 1

        def counted():
            nonlocal count
            yield first
            for row in rows:
                count += 1
                yield row

        try:
            written = write_task_list(counted(), Path(path), heading, today=today,
                                      exported_at=exported_at, overwrite=overwrite,
                                      progress=progress, total=total)
        finally:
            rows.close()
        return ExportResult((written,), count, written.parent)

    def agency_forms(self, *, folder: Path | str, filters: Mapping[str, Any],
                     today: dt.date | None = None, open_only: bool = True,
                     progress: Progress | None = None) -> ExportResult:
        """One form per lead agency in a new dated folder inside ``folder`` (so forms sent
        earlier are never mixed with these). ``open_only`` leaves out finished tasks. Stopped
        through ``progress``, it leaves no folder and no form."""
        today = today or dt.date.today()
        exported_at = _utcnow()
        heading = self._heading(filters)
        rows = load_task_rows(self.db, today=today, **filters)
        if open_only:
            rows = [row for row in rows if row.completed_on is None]
        by_agency = _by_lead(rows)
        if not by_agency:
            raise AppError("export_nothing")
        parent = Path(folder)
        if not parent.is_dir():
            raise AppError("folder_missing", path=str(parent))
        target = _new_folder(parent, f"{FORMS_FOLDER} {today:%d-%m-%Y}")
        try:
            paths = write_agency_forms(by_agency, target, heading, today=today,
                                       exported_at=exported_at, progress=progress)
        except Cancelled:
            shutil.rmtree(target, ignore_errors=True)  # the folder was made for these forms
            raise
        except BaseException:
            if not any(target.iterdir()):
                target.rmdir()
            raise
        return ExportResult(tuple(paths), len(rows), target)

    def _heading(self, filters: Mapping[str, Any]):
        return heading_for(self.db, **{key: filters.get(key) for key in _HEADING_KEYS})

    # --- member list ----------------------------------------------------------------------

    def member_list_name(self, *, committee_id: int, on: dt.date | None = None) -> str:
        on = on or dt.date.today()
        committee = CommitteeService(self.db).get(committee_id=committee_id)
        scope = committee.abbreviation or committee.name
        return file_stem(f"Danh sach thanh vien - {scope} - {on:%d-%m-%Y}") + ".xlsx"

    def member_list(self, *, committee_id: int, path: Path | str, on: dt.date | None = None,
                    overwrite: bool = False, progress: Progress | None = None) -> ExportResult:
        """Who sits on the committee on ``on`` (default today), in protocol order."""
        on = on or dt.date.today()
        committees = CommitteeService(self.db)
        committee = committees.get(committee_id=committee_id)
        members = committees.members(committee_id=committee_id, on=on)
        rows = [MemberRow(seat.rank, seat.full_name, seat.position or "", seat.agency_name or "",
                          seat.role, seat.phone or "", seat.email or "") for seat in members]
        heading = dataclasses.replace(
            heading_for(self.db, committee_id=committee_id),
            title=f"DANH SÁCH THÀNH VIÊN {committee.name.upper()}", as_of=on)
        written = write_member_list(rows, Path(path), heading, today=on, overwrite=overwrite,
                                    progress=progress, total=len(rows))
        return ExportResult((written,), len(rows), written.parent)


def _by_lead(rows: list[TaskRow]) -> dict[str, list[TaskRow]]:
    """Tasks by lead (agency, or person when no agency leads), agencies in Vietnamese order.
    Coordinators are not sent a form: the lead reports for the task."""
    grouped: dict[str, list[TaskRow]] = {}
    for row in rows:
        grouped.setdefault(row.lead_agency or "Chưa rõ cơ quan chủ trì", []).append(row)
    return {name: grouped[name] for name in sorted(grouped, key=text.sort_key)}


def _new_folder(parent: Path, name: str) -> Path:
    stem = file_stem(name)
    for number in range(1, 1000):
        target = parent / (stem if number == 1 else f"{stem} ({number})")
        try:
            target.mkdir()
        except FileExistsError:
            continue
        except PermissionError as exc:
            raise EnvironmentProblem("folder_readonly", path=str(parent)) from exc
        return target
    raise AppError("file_exists", path=str(parent / stem))
