"""Settings kept with the data (the ``settings`` table): what every committee's documents share
and how the file is backed up. Values are stored as text and come back typed, with a default
when never set, so a new database works without anyone opening the settings page.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from core import models as m
from core.db import Database
from core.errors import ValidationError
from core.text import clean

# Keys, so callers do not spell them by hand.
RECIPIENTS = "documents.recipients"
SIGNER_AUTHORITY = "documents.signer_authority"
BACKUP_FOLDER = "backup.folder"
BACKUP_KEEP = "backup.keep"


@dataclass(frozen=True)
class Spec:
    label: str  # Vietnamese, for error messages
    default: str | int
    kind: type = str
    multiline: bool = False
    limit: int = 2000
    low: int = 0
    high: int = 0


SPECS: dict[str, Spec] = {
    # One recipient per line, without the leading dash the document adds. Empty: each
    # committee's own members ("Các thành viên Tiểu ban"), the agencies concerned, "Lưu: VT".
    RECIPIENTS: Spec("Nơi nhận mặc định", "", multiline=True, limit=4000),
    # "KT. TRƯỞNG BAN", "T/L BAN THƯỜNG VỤ": the line above the signer's title.
    SIGNER_AUTHORITY: Spec("Dòng thẩm quyền ký", "", limit=m.SHORT),
    # Empty: the ``backups`` folder beside the database file.
    BACKUP_FOLDER: Spec("Thư mục sao lưu", "", limit=1000),
    BACKUP_KEEP: Spec("Số bản sao lưu giữ lại", 30, kind=int, low=1, high=3650),
}


def _parse(key: str, value: object) -> str | int:
    """The value as it will be stored, cleaned and checked, or a ValidationError on ``key``."""
    spec = SPECS[key]
    if spec.kind is int:
        raw = clean(str(value)) if value is not None else ""
        try:
            number = int(raw)
        except ValueError:
            raise ValidationError("invalid_number", field=spec.label, field_name=key,
                                  value=raw) from None
        if not spec.low <= number <= spec.high:
            raise ValidationError("out_of_range", field=spec.label, field_name=key, value=raw,
                                  low=spec.low, high=spec.high)
        return number
    text = clean(None if value is None else str(value), multiline=spec.multiline)
    if len(text) > spec.limit:
        raise ValidationError("too_long", field=spec.label, field_name=key, limit=spec.limit,
                              value=text)
    return text


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, *, key: str) -> str | int:
        """The stored value, or the default; a stored value that no longer parses gives the
        default rather than stopping the program (it was written by hand or by an old version)."""
        with self.db.reading() as session:
            row = session.get(m.Setting, key)
            stored = row.value if row is not None else None
        return self._typed(key, stored)

    def all(self) -> dict[str, str | int]:
        with self.db.reading() as session:
            stored = {row.key: row.value for row in session.scalars(select(m.Setting))}
        return {key: self._typed(key, stored.get(key)) for key in SPECS}

    def set(self, *, key: str, value: object) -> str | int:
        return self.set_many(values={key: value})[key]

    def set_many(self, *, values: dict[str, object]) -> dict[str, str | int]:
        """Check every value first, then store them together (one Save = one transaction)."""
        parsed = {key: _parse(key, value) for key, value in values.items()}
        with self.db.transaction() as session:
            for key, value in parsed.items():
                session.merge(m.Setting(key=key, value=str(value)))
        return parsed

    def lines(self, *, key: str) -> list[str]:
        """A multi-line setting as its non-empty lines (the recipients list)."""
        return [line for line in str(self.get(key=key)).split("\n") if line.strip()]

    @staticmethod
    def _typed(key: str, stored: str | None) -> str | int:
        spec = SPECS[key]
        if stored is None:
            return spec.default
        try:
            return _parse(key, stored)
        except ValidationError:
            return spec.default


__all__ = ["BACKUP_FOLDER", "BACKUP_KEEP", "RECIPIENTS", "SIGNER_AUTHORITY", "SPECS",
           "SettingsService"]
