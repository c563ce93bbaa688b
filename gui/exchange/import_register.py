"""Members or agencies from a workbook the user already has: sheet, columns, preview, import.

Nothing is stored until "Nhập"; then every ticked row goes in, or none does.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from core.excel.register_import import MEMBERS, RegisterPreview, list_sheets
from core.services.imports import (
    ImportService,
    RegisterImportResult,
    first_rows,
    likely_sheet,
)
from gui.date_fields import DateField
from core.progress import Progress
from gui.dialogs import Ask, error_text
from gui.exchange.check_model import CheckableRowsModel, PreviewColumn
from gui.exchange.column_mapping import ColumnMapping
from gui.exchange.files import FilePicker, Modal, last_folder, remember_folder
from gui.operations import Job, ProgressLine, counting, ops_for
from gui.i18n import messages_text

if TYPE_CHECKING:
    from core.services import Services

MAX_HEADER_ROW = 1000
MAX_COLUMN_WIDTH = 190  # pixels; the full text is in the tooltip
MAX_ROWS_FITTED = 2000  # row heights fitted to wrapped notes up to this many rows


class ImportRegisterDialog(QDialog):
    imported = Signal(object)  # RegisterImportResult: the register views should reload

    def __init__(self, services: Services, kind: str, path: Path, *,
                 committee_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.imports = ImportService(services.db)
        self.kind = kind
        self.path = Path(path)
        self.preview: RegisterPreview | None = None
        self.result_: RegisterImportResult | None = None
        members = kind == MEMBERS
        self.setWindowTitle(self.tr("Nhập danh sách thành viên từ Excel") if members
                            else self.tr("Nhập danh sách cơ quan, đơn vị từ Excel"))
        self.resize(1100, 640)

        self.file_label = QLabel()
        other = QPushButton(self.tr("Chọn tệp khác…"))
        other.clicked.connect(self.choose_other_file)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Trang tính"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, MAX_HEADER_ROW)
        self.header_row.setAccessibleName(self.tr("Dòng tiêu đề cột"))
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(other)
        top.addWidget(QLabel(self.tr("Trang:")))
        top.addWidget(self.sheet)
        top.addWidget(QLabel(self.tr("Dòng tiêu đề:")))
        top.addWidget(self.header_row)

        self.columns = ColumnMapping(kind)
        mapping_box = QGroupBox(self.tr("Cột nào là gì (đã đoán theo tiêu đề, sửa nếu sai)"))
        QVBoxLayout(mapping_box).addWidget(self.columns)

        self.committee = QComboBox()
        self.committee.setAccessibleName(self.tr("Ban"))
        self.has_start = QCheckBox(self.tr("Tham gia Ban từ ngày"))
        self.start = DateField(dt.date.today(), compact=True)
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        seat_row = QHBoxLayout()
        if members:
            seat_row.addWidget(QLabel(self.tr("Nhập vào:")))
            seat_row.addWidget(self.committee, 1)
            seat_row.addWidget(self.has_start)
            seat_row.addWidget(self.start)
            self._fill_committees(committee_id)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("background: #fde2e1; padding: 6px; border-radius: 3px;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")

        self.model = CheckableRowsModel(self.tr("Nhập"), self._table_columns(), self,
                                        checkable=lambda row: not row.errors,
                                        tone=lambda row: "error" if row.errors
                                        else "warning" if row.warnings else None)
        self.model.checked_changed.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Các dòng đọc được"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(True)
        self._rows_fitter = QTimer(self, singleShot=True, interval=0)
        self._rows_fitter.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_fitter.start())

        self.import_button = QPushButton(self.tr("Nhập"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        if members:
            layout.addLayout(seat_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.progress = ProgressLine()
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.job: Job[Any] | None = None
        self._reading = 0  # a newer read makes what an older one finds stale

        self.sheet.currentIndexChanged.connect(lambda _i: self.read(guess_header=True))
        self.header_row.editingFinished.connect(lambda: self.read(guess_columns=True))
        self.columns.changed.connect(lambda: self.read())
        self.open_file(self.path)

    @classmethod
    def run(cls, parent: QWidget | None, services: Services, kind: str, *,
            committee_id: int | None = None) -> RegisterImportResult | None:
        """Pick the workbook, then the dialog; the counts imported, or None."""
        title = QApplication.translate("ImportRegisterDialog", "Chọn tệp Excel cần nhập")
        path = FilePicker.open_file(parent, title, last_folder())
        if path is None:
            return None
        remember_folder(path.parent)
        dialog = cls(services, kind, path, committee_id=committee_id, parent=parent)
        Modal.exec(dialog)
        return dialog.result_

    # --- choosing what to read -----------------------------------------------------------

    def _fill_committees(self, committee_id: int | None) -> None:
        for committee in self.services.committees.list():
            self.committee.addItem(committee.name, committee.id)
        if committee_id is not None:
            index = self.committee.findData(committee_id)
            self.committee.setCurrentIndex(max(index, 0))

    def choose_other_file(self) -> None:
        path = FilePicker.open_file(self, self.tr("Chọn tệp Excel cần nhập"), self.path.parent)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.file_label.setText(self.tr("Tệp: {name}").format(name=self.path.name))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        try:
            self.sheet.addItems(list_sheets(self.path))
            self.sheet.setCurrentText(likely_sheet(self.path, self.kind) or self.sheet.itemText(0))
        except AppError as exc:
            self._failed(exc)
            return
        finally:
            self.sheet.blockSignals(False)
        self.read(guess_header=True)

    def read(self, *, guess_header: bool = False, guess_columns: bool = False) -> None:
        """Read the sheet again: headings and columns guessed, or as the user set them."""
        sheet = self.sheet.currentText()
        mapping = None if guess_header or guess_columns else self.columns.mapping()
        header = None if guess_header else self.header_row.value()
        imports, kind, path = self.imports, self.kind, self.path

        def work(progress: Progress) -> RegisterPreview | AppError:
            try:  # a sheet that cannot be read is the dialog's to explain, columns offered
                return imports.preview_register(kind=kind, path=path, sheet=sheet,
                                                mapping=mapping or None, header_row=header,
                                                progress=progress)
            except AppError as exc:
                return exc

        if self.job is not None and self.job.running():
            self.job.cancel()  # only reading: what it would find is stale now
        self._reading += 1
        generation = self._reading
        self.import_button.setEnabled(False)
        self.job = ops_for(self).background(
            self, work, view=self.progress,
            describe=counting(self.tr("Đang đọc bảng «{sheet}»: {done}/{total} dòng…").replace(
                "{sheet}", sheet.replace("{", "{{").replace("}", "}}"))),
            on_done=lambda found: self._read(found, generation, sheet, header, mapping))

    def _read(self, found: RegisterPreview | AppError, generation: int, sheet: str,
              header: int | None, mapping: dict[str, int] | None) -> None:
        if generation != self._reading:
            return  # the user changed the sheet or the columns meanwhile: a newer read follows
        if isinstance(found, AppError):
            self._failed(found, sheet=sheet, header=header, mapping=mapping or {})
            return
        preview = found
        self.preview = preview
        self.problem.hide()
        self.header_row.blockSignals(True)
        self.header_row.setValue(preview.header_row)
        self.header_row.blockSignals(False)
        self.columns.set_columns(preview.headings, preview.mapping)
        self.model.set_rows(preview.rows, checked=lambda row: not row.errors)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Data columns as wide as their text up to a cap; the notes take the rest, wrapped,
        so what is wrong with a row is read without scrolling sideways."""
        table = self.table
        table.resizeColumnsToContents()
        last = self.model.columnCount() - 1
        for column in range(2, last):
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= MAX_ROWS_FITTED:
            self.table.resizeRowsToContents()

    def _failed(self, error: AppError, *, sheet: str = "", header: int | None = None,
                mapping: dict[str, int] | None = None) -> None:
        """Say why in the dialog; still offer the columns of the sheet, to map by hand."""
        self.preview = None
        self.problem.setText(error_text(error))
        self.problem.show()
        self.model.set_rows([], checked=lambda row: False)
        if not sheet:
            return
        try:
            rows = first_rows(self.path, sheet, limit=MAX_HEADER_ROW if header else 1)
        except AppError:
            return
        chosen = next((values for number, values in rows if number == header), None)
        if chosen is None and rows:
            number, chosen = rows[0]
            self.header_row.blockSignals(True)
            self.header_row.setValue(number)
            self.header_row.blockSignals(False)
        self.columns.set_columns(chosen or (), mapping or {})

    # --- the preview --------------------------------------------------------------------

    def _table_columns(self) -> list[PreviewColumn]:
        tr = self.tr
        row = PreviewColumn(tr("Dòng"), lambda r: str(r.row))
        note = PreviewColumn(tr("Lỗi, lưu ý"), lambda r: messages_text((*r.errors, *r.warnings)))
        if self.kind == MEMBERS:
            return [row, PreviewColumn(tr("Họ và tên"), lambda r: r.full_name),
                    PreviewColumn(tr("Chức vụ"), lambda r: r.position),
                    PreviewColumn(tr("Cơ quan"), lambda r: r.agency),
                    PreviewColumn(tr("Vai trò trong Ban"), lambda r: r.role),
                    PreviewColumn(tr("Điện thoại"), lambda r: r.phone),
                    PreviewColumn(tr("Email"), lambda r: r.email), note]
        return [row, PreviewColumn(tr("Tên cơ quan"), lambda r: r.name),
                PreviewColumn(tr("Tên viết tắt"), lambda r: r.short_name), note]

    def _update_summary(self) -> None:
        rows = self.model.rows
        chosen = len(self.model.checked_rows())
        errors = sum(1 for row in rows if row.errors)
        repeated = sum(1 for row in rows if row.duplicate_of)
        self.summary.setText(self.tr(
            "{rows} dòng: {errors} dòng có lỗi (không nhập được), {repeated} dòng trùng với "
            "dữ liệu đã có hoặc dòng khác (sẽ dùng lại, không tạo thêm). Đã chọn {chosen} dòng."
        ).format(rows=len(rows), errors=errors, repeated=repeated, chosen=chosen))
        members_ok = self.kind != MEMBERS or self.committee.currentData() is not None
        self.import_button.setEnabled(chosen > 0 and members_ok and self.preview is not None)

    # --- importing ----------------------------------------------------------------------

    def do_import(self) -> Job[RegisterImportResult] | None:
        """Write the ticked rows beside the window; the dialog closes once they are in."""
        if self.preview is None:
            return None
        rows = [row.row for row in self.model.checked_rows()]
        imports, preview = self.imports, self.preview
        if self.kind == MEMBERS:
            start = self.start.last_read() if self.has_start.isChecked() else None
            committee = self.committee.currentData()

            def work(_progress: Progress) -> RegisterImportResult:
                return imports.import_members(committee_id=committee, preview=preview,
                                              accepted_rows=rows, start_date=start)
        else:
            def work(_progress: Progress) -> RegisterImportResult:
                return imports.import_agencies(preview=preview, accepted_rows=rows)
        self.import_button.setEnabled(False)
        self.job = ops_for(self).background(  # one transaction: written whole or not at all
            self, work, describe=lambda _done, _total: self.tr("Đang nhập {rows} dòng…").format(
                rows=len(rows)), cancellable=False, view=self.progress, on_done=self._imported)
        self.job.finished.connect(lambda _outcome: self._update_summary())
        return self.job

    def _imported(self, result: RegisterImportResult) -> None:
        self.result_ = result
        self.imported.emit(result)
        Ask.inform(self, self._result_text(result))
        self.accept()

    def _result_text(self, result: RegisterImportResult) -> str:
        agencies = self.tr("Cơ quan: {new} thêm mới, {old} đã có.").format(
            new=result.agencies_created, old=result.agencies_reused)
        if self.kind != MEMBERS:
            return agencies
        text = self.tr("Đã thêm {seats} thành viên vào {committee}. Người: {new} thêm mới, {old} "
                       "đã có.").format(seats=result.members_added,
                                        committee=self.committee.currentText(),
                                        new=result.people_created, old=result.people_reused)
        text += " " + agencies
        if result.already_members:
            text += "\n" + self.tr("Đã là thành viên, giữ nguyên: {names}.").format(
                names=", ".join(result.already_members))
        return text
