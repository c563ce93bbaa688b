"""Drafts: what a clerk typed that cannot be a record yet (an opinion whose speaker is not
chosen), kept on disk so a power cut does not take it. Small JSON values in the ``settings``
table under ``draft.<name>``; written in one transaction each, like any edit.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from core import models as m
from core.db import Database

log = logging.getLogger(__name__)
_PREFIX = "draft."


def opinion_draft_key(meeting_id: int) -> str:
    return f"opinion.{meeting_id}"


class DraftService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, *, name: str, value: dict[str, Any]) -> None:
        with self.db.transaction() as session:
            session.merge(m.Setting(key=_PREFIX + name, value=json.dumps(value, ensure_ascii=False)))

    def get(self, *, name: str) -> dict[str, Any] | None:
        with self.db.reading() as session:
            row = session.get(m.Setting, _PREFIX + name)
            stored = row.value if row is not None else None
        if stored is None:
            return None
        try:
            value = json.loads(stored)
        except ValueError:
            log.warning("unreadable draft %s", name)
            return None
        return value if isinstance(value, dict) else None

    def clear(self, *, name: str) -> None:
        with self.db.transaction() as session:
            row = session.get(m.Setting, _PREFIX + name)
            if row is not None:
                session.delete(row)


__all__ = ["DraftService", "opinion_draft_key"]
