"""The documents of the open meeting: minutes, conclusion notice and invitation as Word files,
and the meeting's tasks as an Excel list, each two clicks away from the workspace header."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from core.services.documents import DocumentOptions, body_word
from gui.dialogs import show_error


class DocumentDialog(QDialog):
    """What the user decides before a document is written: its number (the next free one is
    proposed, or the one already issued for this meeting), its date and, for a notice or an
    invitation, who signs and with which authority line."""

    def __init__(self, parent: QWidget | None, *, title: str, number: int, issue_date: dt.date,
                 signed: bool, authorities: list[str], signer_title: str, signer_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        tr = self.tr
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.number.setValue(number)
        self.number.setAccessibleName(tr("Số văn bản"))
        self.issue_date = QDateEdit(QDate(issue_date.year, issue_date.month, issue_date.day))
        self.issue_date.setDisplayFormat("dd/MM/yyyy")
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setAccessibleName(tr("Ngày văn bản"))
        form = QFormLayout()
        form.addRow(tr("&Số:"), self.number)
        form.addRow(tr("&Ngày:"), self.issue_date)
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.authority.addItems(authorities)
        self.authority.setAccessibleName(tr("Dòng thẩm quyền ký"))
        self.signer_title = QLineEdit(signer_title)
        self.signer_title.setAccessibleName(tr("Chức danh người ký"))
        self.signer_name = QLineEdit(signer_name)
        self.signer_name.setAccessibleName(tr("Họ tên người ký"))
        if signed:
            form.addRow(tr("&Thẩm quyền ký:"), self.authority)
            form.addRow(tr("&Chức danh người ký:"), self.signer_title)
            form.addRow(tr("&Người ký:"), self.signer_name)
        from gui.pdf_option import PdfOption

        self.pdf = PdfOption()
        form.addRow("", self.pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Ghi tệp Word…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.signed = signed

    def options(self) -> DocumentOptions:
        day = self.issue_date.date()
        options = DocumentOptions(number=self.number.value(),
                                  issue_date=dt.date(day.year(), day.month(), day.day()))
        if not self.signed:
            return options
        return DocumentOptions(
            number=options.number, issue_date=options.issue_date,
            authority=self.authority.currentText().strip(),
            signer_title=self.signer_title.text().strip() or None,
            signer_name=self.signer_name.text().strip() or None)


class DocumentsBar(QWidget):
    """Buttons in the workspace header. Everything typed is saved before a document is made."""

    def __init__(self, workspace) -> None:  # noqa: ANN001
        super().__init__(workspace)
        self.workspace = workspace
        tr = self.tr
        self.buttons = {
            "minutes": QPushButton(tr("Biên bản")),
            "notice": QPushButton(tr("Thông báo kết luận")),
            "invitation": QPushButton(tr("Giấy mời")),
            "tasks": QPushButton(tr("Nhiệm vụ (Excel)")),
        }
        self.buttons["minutes"].setToolTip(tr("Ghi biên bản cuộc họp ra tệp Word"))
        self.buttons["notice"].setToolTip(tr("Ghi thông báo kết luận ra tệp Word"))
        self.buttons["invitation"].setToolTip(tr("Ghi giấy mời ra tệp Word"))
        self.buttons["tasks"].setToolTip(tr("Xuất các nhiệm vụ của cuộc họp ra tệp Excel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Văn bản:")))
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            layout.addWidget(button)

    def export(self, kind: str) -> Path | None:
        # The Excel and file-dialog pieces load on first use, not with the window.
        from gui.exchange.export_tasks import ExportTasksDialog
        from gui.exchange.files import FilePicker, Finished, Modal, last_folder

        workspace = self.workspace
        if workspace.meeting is None or workspace.services is None:
            return None
        workspace.flush()
        services, meeting_id = workspace.services, workspace.meeting.id
        if kind == "tasks":
            ExportTasksDialog.run(self, services, {"meeting_id": meeting_id})
            return None
        try:
            dialog = self._dialog(kind)
            if not Modal.exec(dialog):
                return None
            name = services.documents.default_file_name(meeting_id=meeting_id, kind=kind)
            path = FilePicker.save_file(self, dialog.windowTitle(), last_folder() / name)
            if path is None:
                return None
            options = dialog.options()
            if kind == "invitation":  # the materials list, numbered as the package is
                from dataclasses import replace

                from core.services.material_pack import invitation_lines

                lines = invitation_lines(services.materials.list(meeting_id=meeting_id))
                options = replace(options, preparation=options.preparation + lines)
            written, issued = services.documents.write(meeting_id=meeting_id, kind=kind,
                                                       path=path, options=options)
        except AppError as error:
            show_error(self, error)
            return None
        text = self.tr("Đã ghi {path} (số {number:02d}).").format(path=written,
                                                                 number=issued.number)
        pdfs, problem = dialog.pdf.convert([written])
        if pdfs:
            text += " " + self.tr("Bản PDF: {path}.").format(path=pdfs[0])
        if problem:
            text += " " + problem
        Finished.offer(self, text, file=written, folder=written.parent)
        return written

    def _dialog(self, kind: str) -> DocumentDialog:
        services, meeting = self.workspace.services, self.workspace.meeting
        titles = {"minutes": self.tr("Biên bản"), "notice": self.tr("Thông báo kết luận"),
                  "invitation": self.tr("Giấy mời")}
        data = services.documents.build(meeting_id=meeting.id, kind=kind)
        committee = data.committee
        body = body_word(committee.name, committee.issuing_body)
        signature = getattr(data, "signature", None)
        authorities = [signature.authority or "" if signature else "", f"T/M {body}",
                       "KT. TRƯỞNG BAN", "TL. TRƯỞNG BAN", ""]
        unique = list(dict.fromkeys(authorities))
        return DocumentDialog(
            self, title=titles[kind], number=data.number.number,
            issue_date=data.issue_date or dt.date.today(), signed=kind != "minutes",
            authorities=unique, signer_title=signature.title if signature else "",
            signer_name=signature.name if signature else "")
