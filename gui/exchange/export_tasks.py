"""Export the tasks being looked at: the tracking list, or one form per agency to e-mail."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.progress import Progress
from core.services.exports import ExportResult, ExportService
from gui.exchange.files import FilePicker, Finished, Modal, last_folder
from gui.operations import Job, counting, ops_for

if TYPE_CHECKING:
    from core.services import Services


class ExportTasksDialog(QDialog):
    """Choose the kind of file, then "Xuất…" asks where and writes it.

    ``filters`` are the task register's (committee_id, meeting_id, agency_id, status, search…):
    the file holds exactly the tasks the user is looking at.
    """

    def __init__(self, services: Services, filters: Mapping[str, Any], *,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exports = ExportService(services.db)
        self.filters = dict(filters)
        self.today = today or dt.date.today()
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Xuất nhiệm vụ ra Excel"))
        self.setMinimumWidth(520)

        count = self.exports.count_tasks(filters=self.filters, today=self.today)
        scope = self.exports.scope_name(filters=self.filters, short=False)
        summary = (self.tr("{count} nhiệm vụ đang xem ({scope}).").format(count=count, scope=scope)
                   if scope else self.tr("{count} nhiệm vụ đang xem.").format(count=count))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)

        self.list_choice = QRadioButton(self.tr("Bảng theo dõi nhiệm vụ (một tệp)"))
        list_hint = QLabel(self.tr("Đủ các cột theo mẫu, để in, báo cáo hoặc lưu."))
        self.forms_choice = QRadioButton(self.tr("Phiếu gửi từng cơ quan (mỗi cơ quan chủ trì "
                                                 "một tệp, trong một thư mục mới)"))
        forms_hint = QLabel(self.tr("Cơ quan chỉ sửa được các cột «Tình hình thực hiện», «Ngày "
                                    "hoàn thành», «Trạng thái», rồi gửi lại tệp để nhập vào."))
        for hint in (list_hint, forms_hint):
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: #4b5563;")
        self.open_only = QCheckBox(self.tr("Bỏ qua nhiệm vụ đã hoàn thành"))
        self.open_only.setChecked(True)
        open_only_row = QHBoxLayout()
        open_only_row.addSpacing(24)
        open_only_row.addWidget(self.open_only)
        group = QButtonGroup(self)
        group.addButton(self.list_choice)
        group.addButton(self.forms_choice)
        self.list_choice.setChecked(True)
        self.forms_choice.toggled.connect(self.open_only.setEnabled)
        self.open_only.setEnabled(False)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("Xuất…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.setEnabled(count > 0)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        for widget in (self.list_choice, list_hint, self.forms_choice, forms_hint):
            layout.addWidget(widget)
        layout.addLayout(open_only_row)
        layout.addStretch(1)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)

    @classmethod
    def run(cls, parent: QWidget | None, services: Services, filters: Mapping[str, Any], *,
            today: dt.date | None = None) -> Job[ExportResult] | None:
        """Show the dialog; the export it started in the background, or None when the user
        closed it."""
        dialog = cls(services, filters, today=today, parent=parent)
        Modal.exec(dialog)
        return dialog.job

    job: Job[ExportResult] | None = None

    def export(self) -> Job[ExportResult] | None:
        """Ask where, then write in the background (a progress line in the window's status
        bar, with a button to stop) and offer to open what was written. The dialog closes as
        the work starts, so the register stays in view; a place that cannot be written is
        said at once and the dialog stays."""
        forms = self.forms_choice.isChecked()
        work = self._forms_work() if forms else self._list_work()
        if work is None:
            return None
        owner = self.parentWidget()
        self.job = ops_for(owner or self).background(
            owner, work, on_done=self._written,
            describe=counting(self.tr("Đang xuất {done}/{total} nhiệm vụ…"),
                              self.tr("Đang ghi tệp Excel…")))
        self.accept()
        return self.job

    def _written(self, result: ExportResult) -> None:
        self.result_ = result
        owner = self.parentWidget()
        if len(result.paths) > 1 or self.forms_choice.isChecked():
            text = self.tr("Đã tạo {files} phiếu ({tasks} nhiệm vụ) trong thư mục:\n{folder}").format(
                files=len(result.paths), tasks=result.rows, folder=result.folder)
            Finished.offer(owner, text, file=None, folder=result.folder)
        else:
            text = self.tr("Đã xuất {tasks} nhiệm vụ vào tệp:\n{path}").format(
                tasks=result.rows, path=result.paths[0])
            Finished.offer(owner, text, file=result.paths[0], folder=result.folder)

    def _list_work(self) -> Callable[[Progress], ExportResult] | None:
        name = self.exports.task_list_name(filters=self.filters, today=self.today)
        path = FilePicker.save_file(self, self.tr("Lưu bảng theo dõi nhiệm vụ"),
                                    last_folder() / name)
        if path is None or not ops_for(self).run(self, self.exports.check_target, path=path):
            return None
        exports, filters, today = self.exports, self.filters, self.today
        # The save dialog has already asked before replacing a file of that name.
        return lambda progress: exports.task_list(path=path, filters=filters, today=today,
                                                  overwrite=True, progress=progress)

    def _forms_work(self) -> Callable[[Progress], ExportResult] | None:
        folder = FilePicker.folder(self, self.tr("Chọn nơi tạo thư mục phiếu gửi cơ quan"),
                                   last_folder())
        if folder is None:
            return None
        exports, filters, today = self.exports, self.filters, self.today
        open_only = self.open_only.isChecked()
        return lambda progress: exports.agency_forms(folder=folder, filters=filters, today=today,
                                                     open_only=open_only, progress=progress)
