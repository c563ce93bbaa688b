"""The documents of the open meeting: minutes, conclusion notice and invitation as Word files,
and the meeting's tasks as an Excel list, each two clicks away from the workspace header."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
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
from core.services.documents import DocumentOptions, PreparedDocument
from gui.date_fields import DateField
from gui.dialogs import Ask
from gui.operations import Changes, Job, ops_for, show_failure


class DocumentDialog(QDialog):
    """What the user decides before a document is written: its number (the next free one is
    proposed, or the one already issued for this meeting), its date and, for a notice or an
    invitation, who signs and with which authority line."""

    def __init__(self, parent: QWidget | None, *, title: str, number: int, issue_date: dt.date,
                 signed: bool, authorities: list[str], signer_title: str, signer_name: str,
                 note: str = "", code: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        tr = self.tr
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.number.setValue(number)
        self.number.setAccessibleName(tr("Số văn bản"))
        # The number as it is printed, with its series ("05/BB-BCĐ"), beside the box.
        self.code = QLabel()
        self.code.setProperty("role", "hint")
        if code is not None:
            self.number.valueChanged.connect(lambda n: self.code.setText(
                tr("→ số {code}").format(code=code(n))))
            self.code.setText(tr("→ số {code}").format(code=code(number)))
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.code, 1)
        self.issue_date = DateField(issue_date)
        self.issue_date.setAccessibleName(tr("Ngày văn bản"))
        form = QFormLayout()
        form.addRow(tr("&Số:"), number_row)
        form.addRow(tr("&Ngày:"), self.issue_date)
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.authority.addItems(authorities)
        self.authority.setAccessibleName(tr("Dòng thẩm quyền ký"))
        self.signer_title = QLineEdit(signer_title)
        self.signer_title.setAccessibleName(tr("Chức danh người ký"))
        self.signer_name = QLineEdit(signer_name)
        self.signer_name.setAccessibleName(tr("Họ tên người ký"))
        wide = self.fontMetrics().averageCharWidth() * 44  # a full title or name, whole
        for field in (self.authority, self.signer_title, self.signer_name):
            field.setMinimumWidth(wide)
        if signed:
            form.addRow(tr("&Thẩm quyền ký:"), self.authority)
            form.addRow(tr("&Chức danh người ký:"), self.signer_title)
            form.addRow(tr("&Người ký:"), self.signer_name)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        if note:
            form.addRow(self.note)
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

    def accept(self) -> None:
        if not self.issue_date.is_valid():  # said under the field; nothing is written
            self.issue_date.setFocus()
            return
        super().accept()

    def options(self) -> DocumentOptions:
        options = DocumentOptions(number=self.number.value(), issue_date=self.issue_date.date())
        if not self.signed:
            return options
        return DocumentOptions(
            number=options.number, issue_date=options.issue_date,
            authority=self.authority.currentText().strip(),
            signer_title=self.signer_title.text().strip() or None,
            signer_name=self.signer_name.text().strip() or None)


class DocumentsBar(QWidget):
    """Buttons in the workspace header. Everything typed is saved before a document is made."""

    def __init__(self, workspace) -> None:
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

    def export(self, kind: str) -> Job[tuple[Path, Any]] | None:
        """Ask what the document says and where it goes, then write it beside the window (the
        status bar says so); the job, or None when nothing is written."""
        # The Excel and file-dialog pieces load on first use, not with the window.
        from gui.exchange.export_tasks import ExportTasksDialog
        from gui.exchange.files import FilePicker, Modal, last_folder

        workspace = self.workspace
        if workspace.meeting is None or workspace.services is None:
            return None
        workspace.flush()
        services, meeting_id = workspace.services, workspace.meeting.id
        if kind == "tasks":
            ExportTasksDialog.run(self, services, {"meeting_id": meeting_id})
            return None
        try:
            prepared = services.documents.prepare(meeting_id=meeting_id, kind=kind)
            insist = False
            if prepared.concerns:
                if not Ask.confirm(self, self._concern_text(prepared)):
                    return None
                insist = True
            dialog = self._dialog(kind, prepared)
            if not Modal.exec(dialog):
                return None
            prepared = prepared.with_options(dialog.options())
            name = services.documents.default_file_name(meeting_id=meeting_id, kind=kind)
            path = FilePicker.save_file(self, dialog.windowTitle(), last_folder() / name)
            if path is None:
                return None
            if kind == "invitation":  # the materials list, numbered as the package is
                from dataclasses import replace

                from core.services.material_pack import invitation_lines

                lines = invitation_lines(services.materials.list(meeting_id=meeting_id))
                data = prepared.data
                prepared = replace(prepared, data=replace(
                    data, preparation=tuple(data.preparation) + tuple(lines)))
        except AppError as error:
            show_failure(self, error)
            return None
        documents, target, title = services.documents, Path(path), self._titles()[kind]
        return ops_for(self).background(
            self, lambda _progress: documents.write_prepared(prepared, target, insist=insist),
            describe=lambda _done, _total: self.tr("Đang ghi {document}…").format(
                document=title.lower()),
            cancellable=False,  # the number is taken with the file: both or neither
            changes=Changes(meeting_id=meeting_id),
            on_done=lambda done: self._written(done, dialog))

    def _written(self, done: tuple[Path, Any], dialog: DocumentDialog) -> None:
        from gui.exchange.files import Finished

        written, issued = done
        text = self.tr("Đã ghi {path} (số {number:02d}).").format(path=written,
                                                                 number=issued.number)
        pdfs, problem = dialog.pdf.convert([written])
        if pdfs:
            text += " " + self.tr("Bản PDF: {path}.").format(path=pdfs[0])
        if problem:
            text += " " + problem
        Finished.offer(self, text, file=written, folder=written.parent)

    def _titles(self) -> dict[str, str]:
        return {"minutes": self.tr("Biên bản"), "notice": self.tr("Thông báo kết luận"),
                "invitation": self.tr("Giấy mời")}

    def _concern_text(self, prepared: PreparedDocument) -> str:
        """Asked before a document the meeting is not ready for: it can still be written, as a
        draft, when the clerk says so."""
        kind = self._titles()[prepared.kind]
        lines = []
        if "not_held" in prepared.concerns:
            lines.append(self.tr("Cuộc họp chưa diễn ra (còn «Dự kiến»): chưa ai được điểm danh, "
                                 "chưa có diễn biến."))
        if "no_conclusion" in prepared.concerns:
            lines.append(self.tr("Cuộc họp chưa có kết luận hay nhiệm vụ nào."))
        lines.append(self.tr("Vẫn ghi {kind} như một bản dự thảo?").format(kind=kind.lower()))
        return "\n".join(lines)

    def _dialog(self, kind: str, prepared: PreparedDocument) -> DocumentDialog:
        """The proposals of ``prepared`` (built once), for the clerk to confirm or change."""
        signature = prepared.signature
        current = signature.authority or "" if signature else ""
        authorities = list(dict.fromkeys([current, *prepared.authorities, ""]))
        note = ""
        if prepared.issued is not None and prepared.issued.reserved:
            note = self.tr("Số {number:02d} đã được giữ cho văn bản này từ lần ghi trước chưa "
                           "xong (tệp {path} có thể chưa có). Ghi lại sẽ dùng lại số này.").format(
                number=prepared.issued.number, path=prepared.issued.file_path or "")
        from core.documents.wording import number_code

        data = prepared.data
        issuer = data.number.issuer or data.committee.abbreviation
        return DocumentDialog(
            self, title=self._titles()[kind], number=prepared.number,  # type: ignore[arg-type]  # prepare() numbers every document
            code=lambda n: number_code(data.committee.style, n, data.number.type_code, issuer),
            issue_date=prepared.issue_date, signed=kind != "minutes",
            authorities=authorities, signer_title=signature.title if signature else "",
            signer_name=signature.name if signature else "", note=note)
