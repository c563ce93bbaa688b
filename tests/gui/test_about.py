"""Help → About: what support asks for first, in the window and copied for an e-mail."""
from __future__ import annotations

import sqlite3
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from gui.about import AboutDialog

ROOT = Path(__file__).resolve().parents[2]


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def open_about(window, answers) -> AboutDialog:
    shown = []
    answers["forms"].append(lambda dialog: shown.append(dialog) or False)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Trợ &giúp")
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], AboutDialog)
    return shown[0]


def test_about_shows_version_data_file_log_folder_and_library_versions(window, answers, db_path):
    dialog = open_about(window, answers)
    shown = {label: value.text() for label, value in dialog.value_labels.items()}
    assert shown["Phiên bản"].startswith(project_version() + " ")
    assert shown["Tệp dữ liệu"] == str(Path(db_path).absolute())
    assert shown["Thư mục nhật ký"] == str(Path(db_path).absolute().parent / "logs")
    assert shown["Qt"].startswith(qVersion())
    assert shown["Python"] == sys.version.split()[0]
    assert shown["SQLite"] == sqlite3.sqlite_version


def test_copy_puts_every_line_on_the_clipboard(window, answers, db_path):
    dialog = open_about(window, answers)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "ThuKyBCD"
    assert f"Tệp dữ liệu: {Path(db_path).absolute()}" in copied
    assert f"SQLite: {sqlite3.sqlite_version}" in copied
    assert any(line.startswith(f"Phiên bản: {project_version()}") for line in copied)
