""""Lưu thêm bản PDF": the checkbox the document dialogs show. Enabled when the PC has Word or
LibreOffice (which one is named in its tooltip); otherwise disabled, with the reason beside it."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from core import pdf
from core.errors import AppError
from gui.dialogs import error_text

_found: list = []  # the converter, looked for once per session (it does not come and go)


def converter() -> pdf.Converter | None:
    if not _found:
        _found.append(pdf.find_converter())
    return _found[0]


class PdfOption(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.converter = converter()
        self.check = QCheckBox(tr("Lưu thêm bản PDF"))
        self.check.setAccessibleName(tr("Lưu thêm bản PDF"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.note, 1)
        if self.converter is None:
            self.check.setEnabled(False)
            self.note.setText(tr("Máy này chưa có Microsoft Word hay LibreOffice nên không lưu "
                                 "được bản PDF."))
            self.note.setStyleSheet("color: #616161;")
        else:
            self.check.setToolTip(tr("Bản PDF được tạo bằng {program}, ghi bên cạnh tệp Word.")
                                  .format(program=self.converter.name))

    @property
    def wanted(self) -> bool:
        return self.check.isEnabled() and self.check.isChecked()

    def convert(self, documents: Sequence[Path]) -> tuple[list[Path], str | None]:
        """The PDFs written and, if it failed, the sentence to show (the .docx files stay)."""
        if not self.wanted or not documents:
            return [], None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return pdf.to_pdf(documents, converter=self.converter), None
        except AppError as exc:
            return [], error_text(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
