"""Reading the forms agencies send back: what changed, and what needs the secretariat's eye.

Rows are matched by the task code in the hidden column. Nothing is written anywhere: the
preview lists the changes (old → new) and the conflicts, each naming file, sheet and row; a
service commits :meth:`ProgressPreview.updates` once the user accepts them.

Rules: an empty cell never erases what is recorded; the status column is advisory (the status
follows from the dates), but "done" without a completion date is a conflict; a task edited
here after the form was sent is a conflict, not a silent overwrite.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from core.errors import AppError
from core.messages import Message, Word
from core.excel import legacy
from core.excel.cells import cell_text, heading_key, parse_date
from core.excel.safe_open import iter_rows, open_workbook
from core.excel.statuses import DONE_LABELS, STATUS_LABELS, task_status
from core.excel.tasks_export import CODE_HEADING, COLUMNS, EXPORTED_AT_LABEL, EXPORTED_AT_PROPERTY
from core.progress import Progress, counted

HEADER_SEARCH_ROWS = 40
PROGRESS_LIMIT = 100_000  # characters of one progress text (the import refuses longer ones)
ROW_BATCH = 500
_CODE = heading_key(CODE_HEADING)
_PROGRESS = heading_key(COLUMNS[7][0])
_COMPLETED = heading_key(COLUMNS[8][0])
_STATUS = heading_key(COLUMNS[9][0])
_STATUS_KEYS = {heading_key(label): label for label in STATUS_LABELS}


@dataclass(frozen=True)
class KnownTask:
    """What the database holds for a task now (built by the caller)."""

    code: str
    progress: str = ""
    completed_on: dt.date | None = None
    due_date: dt.date | None = None
    updated_at: dt.datetime | None = None  # naive UTC, as stored
    assigned_on: dt.date | None = None


@dataclass(frozen=True)
class ProgressChange:
    task_code: str
    file: str
    sheet: str
    row: int
    old_progress: str
    new_progress: str
    old_completed_on: dt.date | None
    new_completed_on: dt.date | None
    old_status: str
    new_status: str
    exported_at: dt.datetime | None = None  # when the form was sent (naive UTC), if it says

    @property
    def progress_changed(self) -> bool:
        return self.new_progress != self.old_progress

    @property
    def completed_changed(self) -> bool:
        return self.new_completed_on != self.old_completed_on


@dataclass(frozen=True)
class ProgressConflict:
    """Something the user must look at. ``row`` is None for a whole file; ``change`` is what
    the row proposes, when it could still be accepted by hand."""

    file: str
    sheet: str
    row: int | None
    message: Message
    kind: str
    task_code: str | None = None
    change: ProgressChange | None = None


@dataclass(frozen=True)
class LegacyCell:
    """A cell that looks typed in TCVN3 or VNI; ``converted`` is the Unicode text when known."""

    file: str
    sheet: str
    row: int
    column: str
    text: str
    encoding: str
    converted: str | None


@dataclass(frozen=True)
class ProgressUpdate:
    """What a service writes for one task. None: leave that field as it is."""

    task_code: str
    progress: str | None
    completed_on: dt.date | None
    source_file: str


@dataclass(frozen=True)
class ProgressPreview:
    changes: tuple[ProgressChange, ...]
    conflicts: tuple[ProgressConflict, ...]
    legacy_cells: tuple[LegacyCell, ...]
    unchanged: int
    files: tuple[str, ...]
    warnings: tuple[Message, ...] = ()

    def updates(self) -> tuple[ProgressUpdate, ...]:
        return tuple(
            ProgressUpdate(change.task_code,
                           change.new_progress if change.progress_changed else None,
                           change.new_completed_on if change.completed_changed else None,
                           change.file)
            for change in self.changes)


@dataclass
class _Collector:
    known: Mapping[str, KnownTask]
    today: dt.date
    changes: list[ProgressChange] = field(default_factory=list)
    conflicts: list[ProgressConflict] = field(default_factory=list)
    legacy_cells: list[LegacyCell] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    seen: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    unchanged: int = 0

    def mark(self) -> tuple:
        return (len(self.changes), len(self.conflicts), len(self.legacy_cells),
                len(self.warnings), set(self.seen), self.unchanged)

    def rollback(self, mark: tuple) -> None:
        """Forget what a file contributed before it failed: it counts as one unreadable file."""
        changes, conflicts, cells, warnings, seen, unchanged = mark
        del self.changes[changes:], self.conflicts[conflicts:], self.legacy_cells[cells:]
        del self.warnings[warnings:]
        self.seen = {code: where for code, where in self.seen.items() if code in seen}
        self.unchanged = unchanged


def read_returned_workbooks(paths: Iterable[Path | str], known_tasks: Mapping[str, KnownTask], *,
                            today: dt.date, progress: Progress | None = None) -> ProgressPreview:
    """Read every returned workbook; a file that cannot be read becomes a conflict, so one bad
    file does not stop the others. ``progress`` hears the files read (it may stop the reading:
    nothing is written by it)."""
    state = _Collector(known_tasks, today)
    files = []
    paths = list(paths)
    for path in counted(paths, progress, len(paths), every=1):
        name = str(path)
        files.append(name)
        mark = state.mark()
        try:
            _read_file(Path(path), state)
        except AppError as exc:
            state.rollback(mark)
            state.conflicts.append(ProgressConflict(name, "", None, exc.as_message(), "file"))
    return ProgressPreview(tuple(state.changes), tuple(state.conflicts),
                           tuple(state.legacy_cells), state.unchanged, tuple(files),
                           tuple(state.warnings))


def _exported_at(wb) -> dt.datetime | None:
    for prop in getattr(wb, "custom_doc_props", ()) or ():
        if prop.name == EXPORTED_AT_PROPERTY:
            return _parse_time(prop.value)
    return None


def _parse_time(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _read_file(path: Path, state: _Collector) -> None:
    name = str(path)
    found_form = False
    with open_workbook(path) as wb:
        exported_at = _exported_at(wb)
        for ws in wb.worksheets:
            rows = iter_rows(wb, ws.title, path=path)
            columns = None
            batch: list[tuple[int, tuple]] = []
            for number, values in rows:
                if columns is None:
                    if number > HEADER_SEARCH_ROWS:
                        break
                    keys = [heading_key(value) for value in values]
                    if EXPORTED_AT_LABEL in values:
                        marker = _next_value(rows, values.index(EXPORTED_AT_LABEL))
                        exported_at = exported_at or _parse_time(marker)
                        continue
                    if _CODE in keys:
                        columns = {key: keys.index(key) for key in
                                   (_CODE, _PROGRESS, _COMPLETED, _STATUS) if key in keys}
                        found_form = True
                        if exported_at is None:
                            state.warnings.append(Message("progress_no_export_time", name=name))
                    continue
                batch.append((number, values))
                if len(batch) >= ROW_BATCH:
                    _read_rows(state, name, ws.title, batch, columns, exported_at)
                    batch = []
            if batch and columns is not None:
                _read_rows(state, name, ws.title, batch, columns, exported_at)
    if not found_form:
        state.conflicts.append(ProgressConflict(
            name, "", None, Message("progress_not_a_form", name=name, column=CODE_HEADING),
            "not_a_form"))


def _read_rows(state: _Collector, file: str, sheet: str, batch: list[tuple[int, tuple]],
               columns: dict[str, int], exported_at: dt.datetime | None) -> None:
    """A batch of rows, their tasks looked up together when the known tasks can (a returned
    list of 5,000 tasks is ten queries, not 5,000)."""
    prefetch = getattr(state.known, "prefetch", None)
    if prefetch is not None:
        prefetch([cell_text(_value(values, columns, _CODE)) for _, values in batch])
    for number, values in batch:
        _read_row(state, file, sheet, number, values, columns, exported_at)


def _next_value(rows, index: int) -> object:
    """The value under the export-time label (the next row holding data, same column)."""
    for _, values in rows:
        return values[index] if index < len(values) else None
    return None


def _value(values: tuple, columns: dict[str, int], key: str) -> object:
    index = columns.get(key)
    return values[index] if index is not None and index < len(values) else None


def _text(state: _Collector, where: tuple[str, str, int], values: tuple, columns: dict[str, int],
          key: str) -> tuple[str, str | None]:
    """The cell's text and, if it looks typed in VNI, the encoding name (cannot convert)."""
    raw = _value(values, columns, key)
    if isinstance(raw, str):
        encoding, converted = legacy.convert(raw)
        if encoding:
            file, sheet, row = where
            column = get_column_letter(columns[key] + 1)
            state.legacy_cells.append(
                LegacyCell(file, sheet, row, column, raw, encoding, converted))
            if converted is None:
                return cell_text(raw, multiline=True), encoding
            return cell_text(converted, multiline=True), None
    return cell_text(raw, multiline=True), None


def _read_row(state: _Collector, file: str, sheet: str, row: int, values: tuple,
              columns: dict[str, int], exported_at: dt.datetime | None) -> None:
    def conflict(problem: Message, kind: str, code: str | None = None,
                 change: ProgressChange | None = None) -> None:
        state.conflicts.append(ProgressConflict(
            file, sheet, row, Message("at_row", row=row, problem=problem), kind, code, change))

    code = cell_text(_value(values, columns, _CODE))
    progress, progress_encoding = _text(state, (file, sheet, row), values, columns, _PROGRESS)
    raw_date = _value(values, columns, _COMPLETED)
    status_text = cell_text(_value(values, columns, _STATUS))
    if not code:
        if progress or raw_date not in (None, ""):
            conflict(Message("progress_no_code"), "no_code")
        return
    known = state.known.get(code)
    if known is None:
        conflict(Message("progress_unknown_code", code=code), "unknown_code", code)
        return
    if code in state.seen:
        first_file, first_sheet, first_row = state.seen[code]
        conflict(Message("progress_duplicate", code=code, file=first_file, sheet=first_sheet,
                         first_row=first_row), "duplicate", code)
        return
    state.seen[code] = (file, sheet, row)
    try:
        completed = parse_date(raw_date)
    except ValueError:
        conflict(Message("progress_bad_date", value=cell_text(raw_date)), "bad_date", code)
        return
    new_progress = progress or known.progress  # an empty cell never erases
    new_completed = completed or known.completed_on
    change = ProgressChange(
        code, file, sheet, row, known.progress, new_progress, known.completed_on, new_completed,
        task_status(known.due_date, known.completed_on, state.today),
        task_status(known.due_date, new_completed, state.today), exported_at)
    changed = change.progress_changed or change.completed_changed
    if progress_encoding:
        conflict(Message("progress_legacy_encoding",
                         encoding=legacy.ENCODING_NAMES[progress_encoding]),
                 "legacy_encoding", code, change)
        return
    if completed is not None and completed > state.today:
        conflict(Message("progress_future_date", completed=f"{completed:%d/%m/%Y}",
                         today=f"{state.today:%d/%m/%Y}"), "future_date", code, change)
        return
    if completed is not None and known.assigned_on is not None and completed < known.assigned_on:
        conflict(Message("progress_before_assigned", completed=f"{completed:%d/%m/%Y}",
                         assigned=f"{known.assigned_on:%d/%m/%Y}"), "before_assigned", code, change)
        return
    if len(progress) > PROGRESS_LIMIT:
        conflict(Message("progress_too_long", length=f"{len(progress):,}".replace(",", "."),
                         limit=f"{PROGRESS_LIMIT:,}".replace(",", ".")), "too_long", code, change)
        return
    status = _STATUS_KEYS.get(heading_key(status_text)) if status_text else None
    if status_text and status is None:
        conflict(Message("progress_bad_status", status=status_text), "bad_status", code,
                 change if changed else None)
        return
    if status in DONE_LABELS and new_completed is None:
        conflict(Message("progress_status_without_date", status=Word(status)),
                 "status_without_date", code, change if changed else None)
        return
    if not changed:
        state.unchanged += 1
        return
    if exported_at is not None and known.updated_at is not None and known.updated_at > exported_at:
        conflict(Message("progress_changed_since_export", code=code,
                         changed=_local(known.updated_at), exported=_local(exported_at)),
                 "changed_since_export", code, change)
        return
    state.changes.append(change)


def _local(utc: dt.datetime) -> str:
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M %d/%m/%Y")
