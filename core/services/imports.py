"""Committing what the user accepted from imported workbooks: agencies' progress, registers.

Reading (core.excel.progress_import, core.excel.register_import) never writes; these methods
write, each as one transaction, only what the user accepted in the preview.

Progress (see core.services.progress_apply):
- ``accepted_codes=None`` takes every clean change and no conflict. A conflict is taken only
  when its task code is listed explicitly, and only for the kinds the user can judge
  (changed here since the form was sent, an unknown status, "done" without a date); an unknown
  code, a bad or future date or text in an old encoding is refused.
- At apply time each task is checked again: edited since the preview, or since the form was
  sent and not ticked by hand, refuses the whole import, naming the task, file and row.
- Idempotent: a text equal to the task's current progress or already kept from the same file
  adds no progress row, and the same preview applied twice changes nothing the second time.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from core import models as m
from core.db import Database
from core.excel.db_rows import DatabaseTasks
from core.excel.progress_import import ProgressPreview, ProgressUpdate, read_returned_workbooks
from core.excel.register_import import (
    AGENCIES,
    MEMBERS,
    RegisterPreview,
    guess_mapping,
    list_sheets,
    read_agencies,
    read_members,
)
from core.excel.safe_open import iter_rows, open_workbook
from core.progress import Progress
from core.services import progress_apply, register_apply
from core.services.committees import get_committee
from core.services.progress_apply import ACCEPTABLE_CONFLICTS, ApplyResult
from core.services.register_apply import RegisterImportResult

_CHUNK = 500
HEADING_PEEK_ROWS = 20

__all__ = ["ACCEPTABLE_CONFLICTS", "AGENCIES", "MEMBERS", "ApplyResult", "ImportService",
           "RegisterImportResult"]


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- progress returned by agencies ---------------------------------------------------

    def preview_progress(self, *, paths: Iterable[Path | str],
                         today: dt.date | None = None,
                         progress: Progress | None = None) -> ProgressPreview:
        """Read returned forms against the tasks as stored now; writes nothing. ``progress``
        hears the files read."""
        return read_returned_workbooks([Path(p) for p in paths], DatabaseTasks(self.db),
                                       today=today or dt.date.today(), progress=progress)

    def apply_progress(self, *, preview_or_updates: ProgressPreview | Iterable[ProgressUpdate],
                       accepted_codes: Iterable[str] | None = None, today: dt.date | None = None,
                       reported_on: dt.date | None = None) -> ApplyResult:
        """Write the accepted changes in one transaction: a progress report per new text (dated
        ``reported_on``, default today; reported by the task's lead; with its source file),
        the task's current progress, and completion dates checked like
        :meth:`TaskService.mark_done`. See the module docstring for conflicts and repeats."""
        today = today or dt.date.today()
        items = progress_apply.plan(preview_or_updates, accepted_codes)
        with self.db.transaction() as session:
            return progress_apply.apply(session, items, today=today,
                                        reported_on=reported_on or today)

    def task_contents(self, *, codes: Iterable[str]) -> dict[str, str]:
        """Task code → content, for a preview that shows what each task is about."""
        wanted = sorted(set(codes))
        found: dict[str, str] = {}
        with self.db.reading() as session:
            for start in range(0, len(wanted), _CHUNK):
                query = select(m.Task.code, m.Task.content).where(
                    m.Task.code.in_(wanted[start:start + _CHUNK]))
                found.update((code, content) for code, content in session.execute(query))
        return found

    # --- members and agencies from the user's own workbook -------------------------------

    def preview_register(self, *, kind: str, path: Path | str, sheet: str | None = None,
                         mapping: dict[str, int] | None = None,
                         header_row: int | None = None,
                         progress: Progress | None = None) -> RegisterPreview:
        """Read a register, flagging names already stored (after NFC and tone folding).
        ``progress`` hears the rows read."""
        reader = read_members if kind == MEMBERS else read_agencies
        return reader(path, sheet=sheet, mapping=mapping, header_row=header_row,
                      existing_names=self.existing_names(kind=kind), progress=progress)

    def existing_names(self, *, kind: str) -> list[str]:
        column = m.Person.full_name if kind == MEMBERS else m.Agency.name
        with self.db.reading() as session:
            return list(session.scalars(select(column)))

    def import_members(self, *, committee_id: int, preview: RegisterPreview,
                       accepted_rows: Iterable[int] | None = None,
                       start_date: dt.date | None = None) -> RegisterImportResult:
        """All or nothing: agencies and people found again are reused, new ones created, and a
        seat added for each person (rank from the role, "Thành viên" when none is given).
        Someone who already holds a seat over that time is left as they are and named in
        ``already_members``. Refused when an accepted row has an error."""
        rows = register_apply.chosen(preview, accepted_rows)
        with self.db.transaction() as session:
            get_committee(session, committee_id)
            return register_apply.import_members(session, rows, committee_id=committee_id,  # type: ignore[arg-type]  # a member list's preview holds member rows only
                                                 start_date=start_date)

    def import_agencies(self, *, preview: RegisterPreview,
                        accepted_rows: Iterable[int] | None = None) -> RegisterImportResult:
        """All or nothing: agencies found again (or merged into another) are reused."""
        rows = register_apply.chosen(preview, accepted_rows)
        with self.db.transaction() as session:
            return register_apply.import_agencies(session, rows)  # type: ignore[arg-type]  # an agency list's preview holds agency rows only


def first_rows(path: Path | str, sheet: str, *, limit: int = HEADING_PEEK_ROWS
               ) -> list[tuple[int, tuple]]:
    """The first rows holding data, for choosing the heading row and the columns by hand."""
    rows: list[tuple[int, tuple]] = []
    with open_workbook(path) as wb:
        for number, values in iter_rows(wb, sheet, path=path):
            rows.append((number, values))
            if len(rows) >= limit:
                break
    return rows


def likely_sheet(path: Path | str, kind: str) -> str | None:
    """The first sheet whose top rows carry a heading the register needs (a name column), so
    a workbook that opens on a cover or notes sheet still goes to the list."""
    needed = {"name"} if kind == AGENCIES else {"full_name", "given_name"}
    for sheet in list_sheets(path):
        for _, values in first_rows(path, sheet):
            if needed & set(guess_mapping(values, kind)):
                return sheet
    return None
