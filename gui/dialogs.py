"""The few modal questions the program asks, in one place so tests can answer them."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from core.errors import AppError
from gui.i18n import app_title, message_text

log = logging.getLogger(__name__)


class Ask:
    """Modal questions and forms. Tests replace these classmethods with ``monkeypatch``."""

    @classmethod
    def confirm(cls, parent: QWidget | None, text: str, *, title: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title or app_title(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def text(cls, parent: QWidget | None, label: str, *, title: str | None = None,
             value: str = "") -> str | None:
        result, ok = QInputDialog.getText(parent, title or app_title(), label, text=value)
        return result if ok else None

    @classmethod
    def inform(cls, parent: QWidget | None, text: str, *, title: str | None = None) -> None:
        QMessageBox.information(parent, title or app_title(), text)

    @classmethod
    def warn(cls, parent: QWidget | None, text: str, *, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or app_title(), text)

    @classmethod
    def form(cls, dialog: QDialog) -> bool:
        """Show a form dialog (gui.forms.FormDialog) until it is saved or cancelled."""
        return dialog.exec() == QDialog.DialogCode.Accepted


def error_text(error: AppError, **overrides: object) -> str:
    """The error's sentence in the interface language. ``overrides`` replace values, e.g. the
    field's label as the form shows it."""
    return message_text(error.as_message(**overrides))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong. An AppError is theirs to fix; anything else is a bug and
    is re-raised to the logging excepthook after this message."""
    if isinstance(error, AppError):
        Ask.warn(parent, error_text(error))
        return
    raise error
