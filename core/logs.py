"""A rotating log file beside the database, so an unexpected error can be found and reported.

The ``logs`` folder and the file are made only when something is first written to them, so a
command that only reads leaves nothing beside the data file.
"""
from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from pathlib import Path

from core.paths import log_dir_for

LOG_FILE_NAME = "thuky-bcd.log"
_handler: logging.Handler | None = None


class _LazyRotatingHandler(logging.handlers.RotatingFileHandler):
    """Opens (and makes the folder of) its file at the first record; remembers a failure."""

    failed = False

    def _open(self):  # the base class's hook
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # logging's name
        self.failed = True  # said by the caller; never a traceback on the console


def setup_logging(db_path: Path) -> Path:
    """Send the program's log to ``logs/thuky-bcd.log`` beside ``db_path``; return its path."""
    global _handler
    folder = log_dir_for(Path(db_path))
    log_path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = _LazyRotatingHandler(log_path, maxBytes=2_000_000, backupCount=5,
                                    encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return log_path


def current_log_path() -> Path | None:
    """The log file, if records can be written there (None when none is set up or it failed)."""
    if isinstance(_handler, logging.FileHandler) and not getattr(_handler, "failed", False):
        return Path(_handler.baseFilename)
    return None


def log_is_written(write: Callable[[], None]) -> Path | None:
    """Run ``write`` (a logging call) and return the log file if the record reached it, so
    that "details are in the log" is only said when they are."""
    handler = _handler
    if handler is None:
        logging.getLogger().addHandler(logging.NullHandler())  # no traceback on the console
        write()
        return None
    write()
    try:
        handler.flush()
    except OSError:
        return None
    return current_log_path()
