"""Writing the progress that agencies sent back, as the user accepted it in the preview.

Rules (core.services.imports documents them for callers):
- One transaction: any refused change leaves the database as it was, and the error names the
  task, the file and the row.
- A change is checked again against the task as it is now. If the task no longer holds what the
  preview showed as "old", it was edited meanwhile: refused (read the files again). If it was
  edited here after the form was sent, refused unless the user ticked that conflict by hand.
- Same text twice is one report: a text equal to the task's current progress, or already
  recorded from the same file, adds no progress row. Importing a file again changes nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import models as m
from core.errors import AppError, ConflictError, ValidationError
from core.messages import Message
from core.excel.progress_import import (
    PROGRESS_LIMIT,
    ProgressChange,
    ProgressPreview,
    ProgressUpdate,
)
from core.services.tasks import check_completed_on
from core.validate import required

# Conflicts the user may still accept by ticking them: the row's proposal is sound, only the
# situation needs a look. Unknown codes, bad or future dates, and text in an old encoding are
# never written.
ACCEPTABLE_CONFLICTS = frozenset({"changed_since_export", "bad_status", "status_without_date"})
_CHUNK = 500


@dataclass(frozen=True)
class ApplyResult:
    tasks_changed: int          # tasks whose progress or completion date changed
    progress_added: int         # new progress reports kept (each with its source file)
    completed_set: int          # completion dates set or corrected
    already_recorded: int       # accepted rows that brought nothing new (same text, same date)
    codes: tuple[str, ...]      # the tasks changed, in the order written


@dataclass(frozen=True)
class _Item:
    update: ProgressUpdate
    change: ProgressChange | None
    explicit: bool              # ticked by hand although the preview flagged it

    @property
    def where(self) -> Message:
        name = Path(self.update.source_file).name
        if self.change is None:
            return Message("where_file", name=name)
        return Message("where_file_sheet_row", name=name, sheet=self.change.sheet,
                       row=self.change.row)


def update_of(change: ProgressChange) -> ProgressUpdate:
    return ProgressUpdate(change.task_code,
                          change.new_progress if change.progress_changed else None,
                          change.new_completed_on if change.completed_changed else None,
                          change.file)


def plan(source: ProgressPreview | Iterable[ProgressUpdate],
         accepted_codes: Iterable[str] | None) -> list[_Item]:
    """What to write. ``accepted_codes`` None takes every clean change and no conflict; a code
    listed that belongs to a conflict accepts that conflict explicitly."""
    accepted = None if accepted_codes is None else set(accepted_codes)
    if not isinstance(source, ProgressPreview):
        return [_Item(update, None, accepted is not None)
                for update in source if accepted is None or update.task_code in accepted]
    items = [_Item(update_of(change), change, False) for change in source.changes
             if accepted is None or change.task_code in accepted]
    if accepted:
        taken = {item.update.task_code for item in items}
        for conflict in source.conflicts:
            code = conflict.task_code
            if code is None or code not in accepted or code in taken:
                continue
            name = Path(conflict.file).name
            where = (Message("where_file_row", name=name, row=conflict.row) if conflict.row
                     else Message("where_file", name=name))
            if conflict.change is None or conflict.kind not in ACCEPTABLE_CONFLICTS:
                raise ValidationError("import_not_acceptable", code=code, where=where,
                                      reason=conflict.message)
            items.append(_Item(update_of(conflict.change), conflict.change, True))
            taken.add(code)
    return items


def apply(session: Session, items: list[_Item], *, today: dt.date,
          reported_on: dt.date) -> ApplyResult:
    tasks, leads = _load(session, sorted({item.update.task_code for item in items}))
    history = _History(session, [task.id for task in tasks.values()],
                       {_source(item) for item in items})
    added = completed = already = 0
    changed: list[str] = []
    for item in items:
        code = item.update.task_code
        task = tasks.get(code)
        if task is None:
            raise AppError("import_task_missing", code=code, where=item.where)
        if item.change is not None and _already_applied(task, item.change):
            already += 1
            continue
        _check_unchanged(task, item)
        did_complete = _set_completed(task, item, today)
        did_add = _add_progress(session, history, task, item, reported_on, leads.get(code))
        completed += did_complete
        added += did_add
        if did_complete or did_add:
            changed.append(code)
        else:
            already += 1
    return ApplyResult(len(changed), added, completed, already, tuple(changed))


def _load(session: Session, codes: list[str]) -> tuple[dict[str, m.Task], dict[str, str]]:
    tasks: dict[str, m.Task] = {}
    leads: dict[str, str] = {}
    for start in range(0, len(codes), _CHUNK):
        query = (select(m.Task, m.Agency.name, m.Person.full_name)
                 .outerjoin(m.Agency, m.Agency.id == m.Task.lead_agency_id)
                 .outerjoin(m.Person, m.Person.id == m.Task.lead_person_id)
                 .where(m.Task.code.in_(codes[start:start + _CHUNK])))
        for task, agency, person in session.execute(query):
            tasks[task.code] = task
            if agency or person:
                leads[task.code] = agency or person
    return tasks, leads


def _already_applied(task: m.Task, change: ProgressChange) -> bool:
    """The task already shows what the row proposes (the same preview applied twice)."""
    return ((task.last_progress or "") == change.new_progress
            and task.completed_on == change.new_completed_on)


def _check_unchanged(task: m.Task, item: _Item) -> None:
    change = item.change
    if change is None:
        return
    if ((task.last_progress or "") != change.old_progress
            or task.completed_on != change.old_completed_on):
        raise ConflictError("import_changed_since_preview", code=change.task_code,
                            where=item.where)
    if (not item.explicit and change.exported_at is not None and task.updated_at is not None
            and task.updated_at > change.exported_at):
        raise ConflictError("import_changed_since_export", code=change.task_code,
                            where=item.where)


def _set_completed(task: m.Task, item: _Item, today: dt.date) -> bool:
    done = item.update.completed_on
    if done is None or done == task.completed_on:
        return False
    try:
        check_completed_on(done, assigned_on=task.assigned_on, today=today)
    except ValidationError as exc:
        raise ValidationError("import_row_invalid", field_name="completed_on", code=task.code,
                              where=item.where, reason=exc.as_message()) from exc
    task.completed_on = done
    return True


def _source(item: _Item) -> str:
    return Path(item.update.source_file).name[:m.LONG_LINE]


class _History:
    """What the tasks' progress history holds that matters here, read once for all of them:
    the latest report date per task, and the texts already kept from the files imported."""

    def __init__(self, session: Session, task_ids: list[int], sources: set[str]) -> None:
        self.latest: dict[int, dt.date] = {}
        self.kept: set[tuple[int, str, str | None]] = set()
        for start in range(0, len(task_ids), _CHUNK):
            chunk = task_ids[start:start + _CHUNK]
            self.latest.update((task_id, day) for task_id, day in session.execute(
                select(m.TaskProgress.task_id, func.max(m.TaskProgress.reported_on))
                .where(m.TaskProgress.task_id.in_(chunk))
                .group_by(m.TaskProgress.task_id)))
            self.kept.update((task_id, text, source) for task_id, text, source in session.execute(
                select(m.TaskProgress.task_id, m.TaskProgress.text, m.TaskProgress.source_file)
                .where(m.TaskProgress.task_id.in_(chunk),
                       m.TaskProgress.source_file.in_(sorted(sources)))))


def _add_progress(session: Session, history: _History, task: m.Task, item: _Item,
                  reported_on: dt.date, lead: str | None) -> bool:
    if not item.update.progress:
        return False
    try:
        body = required(item.update.progress, field="text", label="Tình hình thực hiện",
                        limit=PROGRESS_LIMIT, multiline=True)
    except ValidationError as exc:
        raise ValidationError("import_row_invalid", field_name="text", code=task.code,
                              where=item.where, reason=exc.as_message()) from exc
    source = _source(item)
    if body == (task.last_progress or "") or (task.id, body, source) in history.kept:
        return False
    session.add(m.TaskProgress(task_id=task.id, reported_on=reported_on, text=body,
                               reported_by=(lead or source)[:m.NAME], source_file=source))
    history.kept.add((task.id, body, source))
    latest = history.latest.get(task.id)
    if latest is None or reported_on >= latest:  # as add_progress: the latest report shows
        task.last_progress = body
        history.latest[task.id] = reported_on
    return True
