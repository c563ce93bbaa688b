"""Where the program keeps its files. Tests and scripts override with THUKY_DATA_DIR."""
from __future__ import annotations

import os
from pathlib import Path

from core import APP_NAME

DB_FILE_NAME = "thuky-bcd.sqlite"


def data_dir() -> Path:
    """The user's local (not roaming) data folder: %LOCALAPPDATA%\\ThuKyBCD on Windows."""
    override = os.environ.get("THUKY_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder beside the database file."""
    return db_path.parent / "backups"


def log_dir_for(db_path: Path) -> Path:
    return db_path.parent / "logs"


def seeds_dir() -> Path:
    """The press reports the demo data is drawn from, shipped inside the package."""
    return Path(__file__).resolve().parent / "demo_seeds"


def is_server_url(text: str | os.PathLike | None) -> bool:
    """True for ``postgresql://…`` (or ``postgres://``, ``postgresql+psycopg://``)."""
    return isinstance(text, str) and text.split("://", 1)[0].split("+", 1)[0].lower() in (
        "postgresql", "postgres")
