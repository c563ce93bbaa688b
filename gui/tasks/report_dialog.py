"""Writing the periodic report from the window: a committee, a period (month, quarter, half-year,
year or two dates), Word or Excel. The same report as ``python main.py report``."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.documents.files import safe_file_stem
from core.errors import AppError
from core.paths import data_dir
from core.services.exports import ExportService
from core.reports.periods import Period, period_containing, period_of
from gui.date_fields import DateField, when_row
from gui.dialog_parts import committee_combo
from gui.dialogs import error_text
from gui.i18n import period_text
from gui.operations import Job, ops_for

ROMAN = ("I", "II", "III", "IV")


class ReportDialog(QDialog):
    def __init__(self, window, *, committee_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        tr = self.tr
        self.window_ = window
        self.services = window.services
        self.written: Path | None = None
        self.setWindowTitle(tr("Lập báo cáo tình hình thực hiện kết luận"))

        self.committee = committee_combo(self.services, committee_id, tr("Ban"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kỳ báo cáo"))
        for text, key in ((tr("Tháng"), "month"), (tr("Quý"), "quarter"),
                          (tr("6 tháng"), "half"), (tr("Năm"), "year"),
                          (tr("Khoảng ngày"), "dates")):
            self.kind.addItem(text, key)
        self.number = QComboBox()
        self.number.setAccessibleName(tr("Tháng, quý hoặc nửa năm"))
        self.year = QSpinBox()
        self.year.setAccessibleName(tr("Năm"))
        self.year.setRange(2000, 2100)
        today = dt.date.today()
        self.year.setValue(today.year)
        quarter = period_containing("quarter", today)
        self.start, self.end = DateField(quarter.start), DateField(quarter.end)
        for edit, name in ((self.start, tr("Từ ngày")), (self.end, tr("Đến ngày"))):
            edit.setAccessibleName(name)
        self.chosen = QWidget()
        row = QHBoxLayout(self.chosen)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number)
        row.addWidget(QLabel(tr("năm")))
        row.addWidget(self.year)
        self.dates = when_row(self.start, QLabel(tr("đến")), self.end)
        self.word = QRadioButton(tr("Word (.docx)"))
        self.excel = QRadioButton(tr("Excel (.xlsx)"))
        self.word.setChecked(True)
        formats = QWidget()
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.word)
        row.addWidget(self.excel)
        row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(tr("Ban:"), self.committee)
        form.addRow(tr("Kỳ báo cáo:"), self.kind)
        form.addRow("", self.chosen)
        form.addRow("", self.dates)
        form.addRow(tr("Định dạng:"), formats)
        from gui.pdf_option import PdfOption

        self.pdf = PdfOption()
        form.addRow("", self.pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(tr("Ghi báo cáo…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.number.currentIndexChanged, self.year.valueChanged,
                       self.start.value_changed, self.end.value_changed,
                       self.committee.currentIndexChanged):
            signal.connect(self._show_summary)
        self.kind.setCurrentIndex(1)  # a quarter: the usual report
        self._kind_changed()
        self.number.setCurrentIndex((today.month - 1) // 3)
        self.write_button.setEnabled(self.committee.count() > 0)

    @staticmethod
    def ask_path(parent: QWidget, suggested: Path, file_filter: str) -> Path | None:
        """Where to write (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(parent, parent.windowTitle(), str(suggested),
                                              file_filter)
        return Path(name) if name else None

    def period(self) -> Period:
        kind = self.kind.currentData()
        if kind == "dates":
            start, end = self.start.last_read(), self.end.last_read()
            assert start is not None and end is not None  # both fields start with a date and keep the last read
            return Period(start, end)
        return period_of(kind, self.year.value(), self.number.currentData() or 1)

    job: Job[Path] | None = None

    def write(self) -> Job[Path] | None:
        """Ask where, then write the report in the background (a progress line in the window's
        status bar); the dialog stays open and says where it went."""
        try:
            period = self.period()
        except AppError as exc:
            self._say(error_text(exc), error=True)
            return None
        ext = ".docx" if self.word.isChecked() else ".xlsx"
        abbreviation = self.services.committees.get(committee_id=self.committee.currentData()).abbreviation
        stem = safe_file_stem(f"Bao-cao-ket-luan-{abbreviation or ''}-{period.start:%Y%m%d}-{period.end:%Y%m%d}")
        file_filter = self.tr("Word (*.docx)") if ext == ".docx" else self.tr("Excel (*.xlsx)")
        path = self.ask_path(self, data_dir() / f"{stem}{ext}", file_filter)
        if path is None:
            return None
        if path.suffix.lower() not in (".docx", ".xlsx"):
            path = path.with_suffix(ext)
        reports, committee = self.services.reports, self.committee.currentData()
        ops = ops_for(self)
        if not ops.run(self, ExportService(self.services.db).check_target, line=self, path=path):
            return None
        self._say(self.tr("Đang lập báo cáo…"))
        self.job = ops.background(
            self, lambda progress: reports.write(  # the file dialog asked before replacing
                committee_id=committee, start=period.start, end=period.end, path=path,
                overwrite=True, progress=progress),
            describe=lambda done, _total: self.tr("Đang lập báo cáo: đếm nhiệm vụ…") if done == 0
            else self.tr("Đang lập báo cáo: ghi tệp…"),
            on_done=self._written, line=self)
        self.job.finished.connect(self._ended)
        return self.job

    says_every_problem = True  # the dialog's own line says what the runner finds wrong

    def show_message(self, text: str) -> None:
        self._say(text, error=True)

    def clear_message(self) -> None:
        """The next words are said by what follows."""

    def _ended(self, outcome: str) -> None:
        if outcome == "cancelled":
            self._say(self.tr("Đã dừng; chưa ghi tệp nào."))

    def _written(self, written: Path) -> None:
        self.written = written
        text = self.tr("Đã ghi báo cáo vào {path}").format(path=self.written)
        pdfs, problem = self.pdf.convert([self.written] if self.written.suffix == ".docx" else [])
        if pdfs:
            text += " " + self.tr("Bản PDF: {path}.").format(path=pdfs[0])
        self._say(text + (" " + problem if problem else ""), error=bool(problem))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.number.blockSignals(True)
        self.number.clear()
        if kind == "month":
            for month in range(1, 13):
                self.number.addItem(self.tr("Tháng {n}").format(n=month), month)
        elif kind == "quarter":
            for n in range(1, 5):
                self.number.addItem(self.tr("Quý {n}").format(n=ROMAN[n - 1]), n)
        elif kind == "half":
            self.number.addItem(self.tr("6 tháng đầu"), 1)
            self.number.addItem(self.tr("6 tháng cuối"), 2)
        self.number.blockSignals(False)
        self.number.setVisible(kind in ("month", "quarter", "half"))
        self.chosen.setVisible(kind != "dates")
        self.dates.setVisible(kind == "dates")
        self._show_summary()

    def _show_summary(self) -> None:
        committee = self.committee.currentData()
        if committee is None:
            self.summary.setText(self.tr("Chưa có ban nào trong dữ liệu."))
            return
        try:
            period = self.period()
            total = self.services.reports.summary(committee_id=committee, start=period.start,
                                                  end=period.end).total
        except AppError as exc:
            self.summary.setText(error_text(exc))
            return
        self.summary.setText(self.tr(
            "Báo cáo {period}: giao {assigned}, đến hạn {due}, hoàn thành đúng hạn {on_time}, "
            "hoàn thành quá hạn {late}, quá hạn chưa hoàn thành {overdue}.").format(
            period=period_text(period), assigned=total.assigned, due=total.due,
            on_time=total.done_on_time, late=total.done_late, overdue=total.overdue))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")
        self.message.setText(text)
