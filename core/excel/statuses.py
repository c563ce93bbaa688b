"""Task statuses as the Excel layer writes and reads them.

The labels MUST equal core.status's labels (written by another branch; they will be unified when
merging). Kept here so the Excel layer does not depend on code it cannot see yet.
"""
from __future__ import annotations

import datetime as dt

DONE_ON_TIME = "Đã hoàn thành đúng hạn"
DONE_LATE = "Đã hoàn thành quá hạn"
IN_PROGRESS = "Đang thực hiện trong hạn"
OVERDUE = "Đang thực hiện quá hạn"
NO_DEADLINE = "Thường xuyên / không thời hạn"

STATUS_LABELS: tuple[str, ...] = (DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE, NO_DEADLINE)
DONE_LABELS = frozenset({DONE_ON_TIME, DONE_LATE})

# Fill and font colours (RGB hex) of each status: light fills with dark text still print legibly
# in black and white.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    DONE_ON_TIME: ("C6EFCE", "006100"),  # green
    DONE_LATE: ("FFD8A8", "8A4B00"),     # orange
    IN_PROGRESS: ("DDEBF7", "1F4E79"),   # blue
    OVERDUE: ("FFC7CE", "9C0006"),       # red
    NO_DEADLINE: ("E7E6E6", "404040"),   # grey
}

DUE_SOON_DAYS = 7


def task_status(due: dt.date | None, completed: dt.date | None, today: dt.date) -> str:
    """The status label by the rules of document-formats.md (D due, C completed, T today).

    A task done with no deadline counts as done on time: it met every deadline it had.
    """
    if completed is not None:
        return DONE_LATE if due is not None and completed > due else DONE_ON_TIME
    if due is None:
        return NO_DEADLINE
    return IN_PROGRESS if today <= due else OVERDUE


def due_soon(due: dt.date | None, completed: dt.date | None, today: dt.date) -> bool:
    """Open, and due within the next seven days (today included)."""
    return completed is None and due is not None and 0 <= (due - today).days <= DUE_SOON_DAYS
