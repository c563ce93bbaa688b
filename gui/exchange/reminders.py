"""Đôn đốc…: reminder letters to the lead agencies whose tasks are late, from the register or
the overview. Choose the committee and the cut-off (late, due within N days, or the register's
current filter); the letters go into a new dated folder with their summary list."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from core.reports.wording import number
from core.services.reminders import REPLY_DAYS, ReminderBatch, ReminderOptions
from core.validate import parse_date
from gui.dialog_parts import MessageLine, committee_combo
from gui.dialogs import error_text
from gui.exchange.files import FilePicker, Finished, last_folder
from gui.operations import ops_for
from gui.pdf_option import PdfOption


class ReminderDialog(QDialog):
    written = Signal(object)  # ReminderBatch: the tasks' histories changed

    def __init__(self, services, *, committee_id: int | None = None,
                 filters: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.services = services
        self.filters = dict(filters) if filters is not None else None
        self.batch: ReminderBatch | None = None
        self.setWindowTitle(tr("Đôn đốc thực hiện nhiệm vụ"))
        self.setMinimumWidth(680)

        self.committee = committee_combo(
            services, committee_id or (self.filters or {}).get("committee_id"), tr("Ban"))
        self.overdue = QRadioButton(tr("Nhiệm vụ đã quá hạn"))
        self.due_soon = QRadioButton(tr("Quá hạn và đến hạn trong"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setSuffix(tr(" ngày tới"))
        self.days.setAccessibleName(tr("Số ngày tới"))
        self.register = QRadioButton(tr("Các nhiệm vụ chưa hoàn thành đang xem trong sổ theo dõi"))
        self.register.setVisible(self.filters is not None)
        self.choice = QButtonGroup(self)
        for button in (self.overdue, self.due_soon, self.register):
            self.choice.addButton(button)
        (self.register if self.filters is not None else self.overdue).setChecked(True)
        soon_row = QWidget()
        row = QHBoxLayout(soon_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_soon)
        row.addWidget(self.days)
        row.addStretch(1)
        cutoff = QWidget()
        box = QVBoxLayout(cutoff)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.overdue, soon_row, self.register):
            box.addWidget(widget)

        today = dt.date.today()
        self.as_of = QLineEdit(f"{today:%d/%m/%Y}")
        self.as_of.setAccessibleName(tr("Tính đến ngày"))
        self.reply_by = QLineEdit(f"{today + dt.timedelta(days=REPLY_DAYS):%d/%m/%Y}")
        self.reply_by.setAccessibleName(tr("Hạn gửi báo cáo"))
        self.unit = QLineEdit("VP")
        self.unit.setAccessibleName(tr("Đơn vị soạn thảo"))
        self.unit.setToolTip(tr("Ghi sau số công văn: Số: 12/BCĐ-VP"))
        self.signer = QLineEdit()
        self.signer.setAccessibleName(tr("Người ký"))
        self.signer.setPlaceholderText(tr("Để trống: người ký mặc định của ban"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = MessageLine()

        form = QFormLayout()
        form.addRow(tr("Ban:"), self.committee)
        form.addRow(tr("Đôn đốc:"), cutoff)
        form.addRow(tr("Tính đến ngày:"), self.as_of)
        form.addRow(tr("Đề nghị báo cáo trước ngày:"), self.reply_by)
        form.addRow(tr("Đơn vị soạn thảo:"), self.unit)
        form.addRow(tr("Người ký:"), self.signer)
        self.pdf = PdfOption()
        form.addRow("", self.pdf)
        self.extra_rows = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(tr("Ghi công văn…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for signal in (self.committee.currentIndexChanged, self.choice.buttonClicked,
                       self.days.valueChanged, self.as_of.editingFinished):
            signal.connect(self.show_summary)
        self.show_summary()

    def options(self) -> ReminderOptions:
        """What the form says; raises AppError (with the typed text kept) when a date is wrong."""
        as_of = parse_date(self.as_of.text(), field="as_of", label=self.tr("Tính đến ngày"))
        reply_by = parse_date(self.reply_by.text(), field="reply_by",
                              label=self.tr("Hạn gửi báo cáo"))
        as_of = as_of or dt.date.today()
        return ReminderOptions(
            as_of=as_of, issue_date=dt.date.today() if as_of <= dt.date.today() else as_of,
            due_within=self.days.value() if self.due_soon.isChecked() else None,
            filters=self.filters if self.register.isChecked() else None,
            reply_by=reply_by, drafting_unit=self.unit.text().strip(),
            signer_name=self.signer.text().strip() or None)

    def show_summary(self) -> None:
        committee = self.committee.currentData()
        if committee is None:
            self.summary.setText(self.tr("Chưa có ban nào trong dữ liệu."))
            self.write_button.setEnabled(False)
            return
        try:
            agencies, tasks = self.services.reminders.preview(committee_id=committee,
                                                              options=self.options())
        except AppError as exc:
            self.summary.setText(error_text(exc))
            return
        self.write_button.setEnabled(agencies > 0)
        self.summary.setText(self.tr("Sẽ ghi {letters} công văn cho {letters} cơ quan chủ trì "
                                     "({tasks} nhiệm vụ).").format(letters=number(agencies),
                                                                  tasks=number(tasks))
                             if agencies else self.tr("Không có nhiệm vụ nào cần đôn đốc."))

    def write(self) -> ReminderBatch | None:
        try:
            options = self.options()
        except AppError as exc:
            self.message.say(error_text(exc), error=True)
            return None
        folder = FilePicker.folder(self, self.tr("Chọn thư mục để ghi công văn"), last_folder())
        if folder is None:
            return None
        batch = ops_for(self).call(self, self.services.reminders.write, line=self.message,
                                   committee_id=self.committee.currentData(),
                                   out_dir=folder, options=options)
        if batch is None:
            return None
        self.batch = batch
        self.written.emit(self.batch)
        text = self.tr("Đã ghi {n} công văn đôn đốc ({tasks} nhiệm vụ) và danh sách gửi vào "
                       "thư mục {folder}").format(n=len(self.batch.letters),
                                                 tasks=number(self.batch.task_count),
                                                 folder=self.batch.folder)
        pdfs, problem = self.pdf.convert([x.path for x in self.batch.letters])
        if pdfs:
            text += " " + self.tr("(kèm {n} bản PDF)").format(n=len(pdfs))
        if problem:
            text += " " + problem
        self.message.say(text, error=bool(problem))
        self.show_summary()
        Finished.offer(self, text, file=None, folder=self.batch.folder)
        return self.batch


def open_reminders(parent: QWidget, services, *, committee_id: int | None = None,
                   filters: Mapping[str, Any] | None = None) -> ReminderDialog:
    dialog = ReminderDialog(services, committee_id=committee_id, filters=filters, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
