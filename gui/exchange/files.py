"""File pickers, the modal loop and "open the file or its folder": the parts of the exchange
dialogs that talk to the desktop, as classmethods that tests replace with ``monkeypatch``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from gui.settings import app_settings

_KEY = "exchange/last_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeFiles", text)


def last_folder() -> Path:
    """Where the user last saved or opened an Excel file, else their Documents folder."""
    value = str(app_settings().value(_KEY, "") or "")
    if value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(folder: Path) -> None:
    app_settings().setValue(_KEY, str(folder))


class FilePicker:
    """The standard file dialogs, returning paths (or None / [] when cancelled)."""

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """Ask where to save; the kind of file (.xlsx or .docx) is the suggested name's."""
        suffix = suggested.suffix.lower() or ".xlsx"
        kinds = {".xlsx": _tr("Sổ Excel (*.xlsx)"), ".docx": _tr("Văn bản Word (*.docx)")}
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds[suffix])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    @classmethod
    def open_files(cls, parent: QWidget | None, title: str, start: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, title, str(start), _tr("Sổ Excel (*.xlsx);;Mọi tệp (*)"))
        return [Path(name) for name in names]

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, str(start), _tr("Sổ Excel (*.xlsx);;Mọi tệp (*)"))
        return Path(name) if name else None


class Modal:
    @classmethod
    def exec(cls, dialog: QDialog) -> bool:
        """Show ``dialog`` until it is closed; True when it was accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted


class Finished:
    """After an export: say what was written and offer to open the file or its folder."""

    @classmethod
    def choose(cls, parent: QWidget | None, text: str, *, can_open_file: bool) -> str | None:
        """"file", "folder" or None (closed)."""
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Đã xuất xong"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        open_file = box.addButton(_tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole) \
            if can_open_file else None
        open_folder = box.addButton(_tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_file or open_folder)
        box.exec()
        clicked = box.clickedButton()
        if open_file is not None and clicked is open_file:
            return "file"
        return "folder" if clicked is open_folder else None

    @classmethod
    def open_path(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def offer(cls, parent: QWidget | None, text: str, *, file: Path | None, folder: Path) -> None:
        remember_folder(folder if file is None else file.parent)
        choice = cls.choose(parent, text, can_open_file=file is not None)
        if choice == "file" and file is not None:
            cls.open_path(file)
        elif choice == "folder":
            cls.open_path(folder)
