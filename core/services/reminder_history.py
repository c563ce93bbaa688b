"""The reminder letters that chased a task: a line of the task's history ("Đã đôn đốc bằng văn
bản số 12/BCĐ-VP ngày 05/03/2026"). Light on purpose: the task pages import it at start-up."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m


@dataclass(frozen=True)
class ReminderRecord:
    """A letter that chased a task, as the task's history shows it."""

    letter_id: int
    number_text: str
    issued_on: dt.date
    reply_by: dt.date | None
    agency_name: str


def reminders_of(session: Session, task_id: int) -> tuple[ReminderRecord, ...]:
    rows = session.execute(
        select(m.ReminderLetter.id, m.ReminderLetter.number_text, m.ReminderLetter.issued_on,
               m.ReminderLetter.reply_by, m.Agency.name)
        .join(m.ReminderLetterTask, m.ReminderLetterTask.letter_id == m.ReminderLetter.id)
        .join(m.Agency, m.Agency.id == m.ReminderLetter.agency_id)
        .where(m.ReminderLetterTask.task_id == task_id)
        .order_by(m.ReminderLetter.issued_on, m.ReminderLetter.id))
    return tuple(ReminderRecord(*row) for row in rows)
