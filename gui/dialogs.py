"""The few modal questions the program asks, in one place so tests can answer them."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from core import APP_TITLE
from core.errors import MESSAGES_VI, AppError
from gui.i18n import core_message

log = logging.getLogger(__name__)


class Ask:
    """Modal questions. Tests replace these classmethods with ``monkeypatch``."""

    @classmethod
    def confirm(cls, parent: QWidget | None, text: str, *, title: str = APP_TITLE) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def text(cls, parent: QWidget | None, label: str, *, title: str = APP_TITLE,
             value: str = "") -> str | None:
        result, ok = QInputDialog.getText(parent, title, label, text=value)
        return result if ok else None

    @classmethod
    def inform(cls, parent: QWidget | None, text: str, *, title: str = APP_TITLE) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def warn(cls, parent: QWidget | None, text: str, *, title: str = APP_TITLE) -> None:
        QMessageBox.warning(parent, title, text)


def error_text(error: AppError) -> str:
    """The error's sentence in the interface language."""
    template = MESSAGES_VI.get(error.code)
    if template is None:
        return error.message()
    return core_message(error.code, template, error.values)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong. An AppError is theirs to fix; anything else is a bug and
    is re-raised to the logging excepthook after this message."""
    if isinstance(error, AppError):
        Ask.warn(parent, error_text(error))
        return
    raise error
