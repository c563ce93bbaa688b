"""The rows of the progress preview: one per task the returned files touch, clean changes first,
then what needs a look. Plain data, so the table model and the tests read the same thing."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.excel.progress_import import LegacyCell, ProgressChange, ProgressPreview
from core.services.imports import ACCEPTABLE_CONFLICTS
from gui.i18n import message_text

CHANGE = "change"


@dataclass(frozen=True)
class ProgressRow:
    code: str
    content: str
    file: str
    sheet: str
    row: int | None
    kind: str                     # CHANGE, or the conflict's kind
    message: str = ""             # why it needs a look
    change: ProgressChange | None = None
    legacy_cells: tuple[LegacyCell, ...] = ()  # cells typed in TCVN3/VNI on this row

    @property
    def is_conflict(self) -> bool:
        return self.kind != CHANGE

    @property
    def acceptable(self) -> bool:
        """Can be ticked: a clean change, or a conflict the user may judge."""
        return self.change is not None and (not self.is_conflict
                                             or self.kind in ACCEPTABLE_CONFLICTS)

    @property
    def file_name(self) -> str:
        return Path(self.file).name


def rows_of(preview: ProgressPreview, contents: Mapping[str, str]) -> list[ProgressRow]:
    cells: dict[tuple[str, str, int | None], list[LegacyCell]] = defaultdict(list)
    for cell in preview.legacy_cells:
        cells[(cell.file, cell.sheet, cell.row)].append(cell)

    def note(file: str, sheet: str, row: int | None) -> tuple[LegacyCell, ...]:
        return tuple(cells.get((file, sheet, row), ()))

    rows = [ProgressRow(c.task_code, contents.get(c.task_code, ""), c.file, c.sheet, c.row,
                        CHANGE, "", c, note(c.file, c.sheet, c.row))
            for c in preview.changes]
    for conflict in preview.conflicts:
        if conflict.row is None:
            continue  # a whole file: shown above the table
        code = conflict.task_code or ""
        rows.append(ProgressRow(code, contents.get(code, ""), conflict.file, conflict.sheet,
                                conflict.row, conflict.kind, message_text(conflict.message), conflict.change,
                                note(conflict.file, conflict.sheet, conflict.row)))
    return rows


def file_problems(preview: ProgressPreview) -> list[str]:
    """Sentences for files that could not be used at all (damaged, password, .xls, too big,
    not a form of this program)."""
    return [message_text(conflict.message) for conflict in preview.conflicts if conflict.row is None]


def date_text(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""
