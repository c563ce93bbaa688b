"""Window and user settings (language, last database, recent files, geometry), kept in an INI
file in the program's data folder, so tests that point the data folder elsewhere stay isolated."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from core.paths import data_dir

MAX_RECENT = 8


def app_settings() -> QSettings:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    from gui.i18n import DEFAULT_LANGUAGE, LANGUAGES

    value = str(app_settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    app_settings().setValue("ui/language", value)


def last_database() -> Path | None:
    value = app_settings().value("data/last_database", "")
    return Path(str(value)) if value else None


def recent_files() -> list[Path]:
    values: Any = app_settings().value("data/recent", []) or []
    if isinstance(values, str):
        values = [values]
    return [Path(v) for v in values if v]


def remember_database(path: Path) -> None:
    """Make ``path`` the last database and put it first in the recent files."""
    settings = app_settings()
    settings.setValue("data/last_database", str(path))
    recent = [str(path)] + [str(p) for p in recent_files() if p != path]
    settings.setValue("data/recent", recent[:MAX_RECENT])
    settings.setValue("data/source", "file")


def open_meeting_key(db_path: Path) -> str:
    """The setting that remembers which meeting (and tab) of ``db_path`` is open."""
    import hashlib

    return "meetings/open-" + hashlib.sha1(str(db_path).encode()).hexdigest()[:16]


def open_meeting(db_path: Path) -> str:
    """``"<meeting id>:<tab>"`` of the meeting left open in ``db_path``, or ``""``."""
    return str(app_settings().value(open_meeting_key(db_path)) or "")


def last_source() -> str:
    """What the program showed last: "file" (a data file on this PC) or "server"."""
    return str(app_settings().value("data/source", "file"))


def remember_source(source: str) -> None:
    app_settings().setValue("data/source", source)


def last_server():
    """The shared database connected to last (core.server_login.ServerAddress), or None. Its
    password is never here: it is in the OS keyring, or asked."""
    from core.server_login import DEFAULT_PORT, ServerAddress

    store = app_settings()
    host = str(store.value("server/host", "") or "")
    if not host:
        return None
    try:
        port = int(store.value("server/port", DEFAULT_PORT))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return ServerAddress(host=host, port=port, database=str(store.value("server/database", "")),
                         user=str(store.value("server/user", "")))


def remember_server(address) -> None:
    store = app_settings()
    for key in ("host", "port", "database", "user"):
        store.setValue(f"server/{key}", getattr(address, key))
    store.setValue("data/source", "server")
