"""A rotating log file beside the database, so an unexpected error can be found and reported."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core.paths import log_dir_for

LOG_FILE_NAME = "thuky-bcd.log"
_handler: logging.Handler | None = None


def setup_logging(db_path: Path) -> Path:
    """Send the program's log to ``logs/thuky-bcd.log`` beside ``db_path``; return its path."""
    global _handler
    folder = log_dir_for(Path(db_path))
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return log_path


def current_log_path() -> Path | None:
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
