"""Task statuses as the Excel layer writes and reads them: labels (the drop-down), colours (light
fill, dark text, legible printed in black and white) and the rule, all taken from core.status."""
from __future__ import annotations

import datetime as dt

from core import status as s

DONE_ON_TIME = s.TaskStatus.DONE_ON_TIME.label
DONE_LATE = s.TaskStatus.DONE_LATE.label
IN_PROGRESS = s.TaskStatus.IN_PROGRESS.label
OVERDUE = s.TaskStatus.OVERDUE.label
NO_DEADLINE = s.TaskStatus.REGULAR.label

STATUS_LABELS: tuple[str, ...] = (DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE, NO_DEADLINE)
DONE_LABELS = frozenset({DONE_ON_TIME, DONE_LATE})
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    status.label: (status.fill.lstrip("#"), status.colour.lstrip("#")) for status in s.TaskStatus
}
DUE_SOON_DAYS = s.DUE_SOON_DAYS


def task_status(due: dt.date | None, completed: dt.date | None, today: dt.date) -> str:
    """The status label on ``today`` (see core.status for the rules)."""
    return s.task_status(due, completed, today).label


due_soon = s.due_soon
