"""Reading and writing the key/value settings kept with the data (table ``settings``), inside
the caller's transaction."""
from __future__ import annotations

from sqlalchemy.orm import Session

from core import models as m
from core.text import clean


def read_setting(session: Session, key: str) -> str | None:
    row = session.get(m.Setting, key)
    return row.value if row is not None else None


def write_setting(session: Session, key: str, value: str | None) -> None:
    """Store ``value`` (NFC-cleaned, line breaks kept); None removes the setting."""
    row = session.get(m.Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    text = clean(value, multiline=True)
    if row is None:
        session.add(m.Setting(key=key, value=text))
    else:
        row.value = text
