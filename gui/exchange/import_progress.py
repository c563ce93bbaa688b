"""Take in the forms agencies sent back: read, show every change and every problem, write only
what the user ticks, in one transaction."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.excel import legacy
from core.excel.progress_import import ProgressPreview
from core.services.imports import ApplyResult, ImportService
from core.progress import Progress
from gui.dialogs import Ask
from gui.exchange.check_model import ROW_ROLE, CheckableRowsModel, PreviewColumn
from gui.exchange.files import FilePicker, Modal, last_folder, remember_folder
from gui.exchange.progress_rows import ProgressRow, date_text, file_problems, rows_of
from gui.operations import Job, ProgressLine, counting, ops_for
from gui.i18n import message_text

if TYPE_CHECKING:
    from core.services import Services


# Widest each column starts (pixels) so that "Cần xem lại" stays in view on a 1366-pixel
# screen; it takes the room left.
_WIDTHS = {1: 120, 2: 200, 3: 240, 4: 165, 5: 175, 7: 150}
_NOTE_COLUMN = 6
_FILES_SHOWN = 3


class ImportProgressDialog(QDialog):
    """``run()`` asks for the files first; the preview writes nothing until "Ghi…"."""

    applied = Signal(object)  # ApplyResult: the task views should reload

    def __init__(self, services: Services, paths: Sequence[Path], *,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imports = ImportService(services.db)
        self.paths = list(paths)
        self.today = today or dt.date.today()
        self.preview: ProgressPreview | None = None
        self.result_: ApplyResult | None = None
        self.setWindowTitle(self.tr("Nhập tình hình thực hiện do các cơ quan gửi lại"))
        self.resize(1180, 640)

        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        add = QPushButton(self.tr("Thêm tệp…"))
        add.clicked.connect(self.add_files)
        again = QPushButton(self.tr("Đọc lại"))
        again.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.files_label, 1)
        top.addWidget(add)
        top.addWidget(again)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("background: #fde2e1; padding: 6px; border-radius: 3px;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet("background: #fff4ce; padding: 6px; border-radius: 3px;")

        self.model = CheckableRowsModel(self.tr("Nhận"), self._columns(), self,
                                        checkable=lambda row: row.acceptable,
                                        tone=self._tone)
        self.model.checked_changed.connect(self._update_counts)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Các thay đổi đọc được"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Chi tiết dòng đang chọn"))
        self.details.setPlaceholderText(self.tr("Chọn một dòng để xem đầy đủ nội dung."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        self.check_all = QPushButton(self.tr("Chọn tất cả thay đổi"))
        self.check_all.clicked.connect(
            lambda: self.model.set_all(True, only=lambda row: not row.is_conflict))
        self.check_none = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.check_none.clicked.connect(lambda: self.model.set_all(False))
        self.apply_button = QPushButton(self.tr("Ghi các thay đổi đã chọn"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.check_all, self.check_none):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        self.progress = ProgressLine()
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.job: Job[Any] | None = None
        self.reload()

    @classmethod
    def run(cls, parent: QWidget | None, services: Services, *,
            today: dt.date | None = None) -> ApplyResult | None:
        """Pick the returned files, preview, write what is ticked. None when nothing was written."""
        title = QApplication.translate("ImportProgressDialog", "Chọn các tệp cơ quan gửi lại")
        paths = FilePicker.open_files(parent, title, last_folder())
        if not paths:
            return None
        remember_folder(paths[0].parent)
        dialog = cls(services, paths, today=today, parent=parent)
        Modal.exec(dialog)
        return dialog.result_

    # --- reading ------------------------------------------------------------------------

    def add_files(self) -> None:
        more = FilePicker.open_files(self, self.tr("Thêm tệp cơ quan gửi lại"), last_folder())
        known = {path.resolve() for path in self.paths}
        self.paths += [path for path in more if path.resolve() not in known]
        if more:
            self.reload()

    def reload(self) -> None:
        """Read the files again against the tasks as they are now."""
        names = ", ".join(path.name for path in self.paths[:_FILES_SHOWN])
        if len(self.paths) > _FILES_SHOWN:
            names += self.tr(" và {more} tệp khác").format(more=len(self.paths) - _FILES_SHOWN)
        self.files_label.setText(self.tr("{count} tệp: {names}").format(
            count=len(self.paths), names=names))
        self.files_label.setToolTip("\n".join(str(path) for path in self.paths))
        self.preview = None
        self.model.set_rows([], checked=lambda row: False)
        imports, paths, today = self.imports, list(self.paths), self.today

        def read(progress: Progress) -> tuple[ProgressPreview, dict[str, str]]:
            preview = imports.preview_progress(paths=paths, today=today, progress=progress)
            codes = [c.task_code for c in preview.changes]
            codes += [c.task_code for c in preview.conflicts if c.task_code]
            return preview, imports.task_contents(codes=codes)

        self._start(read, self._read, counting(self.tr("Đang đọc {done}/{total} tệp…")))

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
               describe: Callable[[int, int], str], *, cancellable: bool = True) -> Job[Any]:
        """Reading and writing run beside the window; the buttons wait meanwhile."""
        self.apply_button.setEnabled(False)
        job = ops_for(self).background(self, work, describe=describe, on_done=done,
                                       view=self.progress, cancellable=cancellable)
        job.finished.connect(lambda _outcome: self._update_counts())
        self.job = job
        return job

    def _read(self, read: tuple[ProgressPreview, dict[str, str]]) -> None:
        self.preview, contents = read
        self.model.set_rows(rows_of(self.preview, contents),
                            checked=lambda row: not row.is_conflict)
        self.table.resizeColumnsToContents()
        for column, width in _WIDTHS.items():  # the rest is in the tooltip and the details
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self._show_banners(self.preview)
        if self.model.rows:
            self.table.selectRow(0)

    def _show_banners(self, preview: ProgressPreview) -> None:
        problems = file_problems(preview)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        notes = [message_text(warning) for warning in preview.warnings]
        if preview.legacy_cells:
            notes.append(self.tr(
                "{count} ô có vẻ gõ bằng bảng mã cũ (TCVN3 hoặc VNI). Ô TCVN3 đã được chuyển "
                "sang Unicode: hãy đọc lại các dòng tô tím. Ô VNI không chuyển được: dòng đó "
                "không nhận; hãy nhờ cơ quan chuyển mã (Unikey) rồi gửi lại.").format(
                count=len(preview.legacy_cells)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _update_counts(self) -> None:
        preview = self.preview
        chosen = len(self.model.checked_rows())
        self.apply_button.setEnabled(chosen > 0)
        if preview is None:
            self.summary.setText(self.tr("Chưa đọc được tệp nào."))
            return
        tasks_conflicting = sum(1 for row in self.model.rows if row.is_conflict)
        self.summary.setText(self.tr(
            "{changes} nhiệm vụ có thay đổi, {unchanged} không đổi, {conflicts} chỗ cần xem "
            "lại. Đã chọn {chosen} để ghi.").format(
            changes=len(preview.changes), unchanged=preview.unchanged,
            conflicts=tasks_conflicting + len(file_problems(preview)), chosen=chosen))

    # --- the table ----------------------------------------------------------------------

    def _columns(self) -> list[PreviewColumn]:
        tr = self.tr
        return [
            PreviewColumn(tr("Mã"), lambda r: r.code),
            PreviewColumn(tr("Nội dung nhiệm vụ"), lambda r: r.content),
            PreviewColumn(tr("Tình hình thực hiện (cũ → mới)"), self._progress_text,
                          self._progress_tip),
            PreviewColumn(tr("Ngày hoàn thành"), self._date_text),
            PreviewColumn(tr("Trạng thái"), self._status_text),
            PreviewColumn(tr("Cần xem lại"), self._note),
            PreviewColumn(tr("Tệp, dòng"), self._where),
        ]

    def _tone(self, row: ProgressRow) -> str | None:
        if row.is_conflict:
            return "warning" if row.acceptable else "error"
        return "legacy" if row.legacy_cells else None

    def _old_new(self, old: str, new: str) -> str:
        empty = self.tr("(trống)")
        return self.tr("{old} → {new}").format(old=old or empty, new=new or empty)

    def _progress_text(self, row: ProgressRow) -> str:
        change = row.change
        if change is None or not change.progress_changed:
            return self.tr("(không đổi)") if change else ""
        return self._old_new(_one_line(change.old_progress), _one_line(change.new_progress))

    def _progress_tip(self, row: ProgressRow) -> str:
        change = row.change
        if change is None:
            return ""
        return self.tr("Trước: {old}\nMới: {new}").format(old=change.old_progress,
                                                          new=change.new_progress)

    def _date_text(self, row: ProgressRow) -> str:
        change = row.change
        if change is None or not change.completed_changed:
            return ""
        return self._old_new(date_text(change.old_completed_on), date_text(change.new_completed_on))

    def _status_text(self, row: ProgressRow) -> str:
        change = row.change
        if change is None:
            return ""
        if change.old_status == change.new_status:
            return change.new_status
        return self._old_new(change.old_status, change.new_status)

    def _where(self, row: ProgressRow) -> str:
        if row.row is None:
            return row.file_name
        return self.tr("{file}, dòng {row}").format(file=row.file_name, row=row.row)

    def _note(self, row: ProgressRow) -> str:
        parts = [row.message] if row.message else []
        for cell in row.legacy_cells:
            encoding = legacy.ENCODING_NAMES.get(cell.encoding, cell.encoding)
            if cell.converted:
                parts.append(self.tr("Ô {cell} gõ bằng bảng mã {encoding}, đã chuyển thành "
                                     "«{text}».").format(cell=f"{cell.column}{cell.row}",
                                                          encoding=encoding, text=cell.converted))
            else:
                parts.append(self.tr("Ô {cell} gõ bằng bảng mã {encoding}, chưa chuyển được.")
                             .format(cell=f"{cell.column}{cell.row}", encoding=encoding))
        return " ".join(parts)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            self.details.clear()
            return
        lines = [self.tr("{code}: {content}").format(code=row.code, content=row.content),
                 self._where(row)]
        if row.change is not None:
            lines.append(self._progress_tip(row))
        if note := self._note(row):
            lines.append(note)
        self.details.setPlainText("\n".join(line for line in lines if line))

    # --- writing ------------------------------------------------------------------------

    def apply(self) -> Job[ApplyResult] | None:
        """Write what is ticked (beside the window); the dialog closes once it is written."""
        chosen = self.model.checked_rows()
        if not chosen or self.preview is None:
            return None
        risky = [row for row in chosen if row.is_conflict]
        if risky and not Ask.confirm(self, self.tr(
                "Bạn đã chọn nhận {count} thay đổi đang cần xem lại ({codes}). Những thay đổi "
                "này sẽ ghi đè lên những gì đã sửa ở đây. Vẫn ghi?").format(
                count=len(risky), codes=", ".join(row.code for row in risky))):
            return None
        imports, preview, today = self.imports, self.preview, self.today
        codes = [row.code for row in chosen]
        job = self._start(lambda _progress: imports.apply_progress(
            preview_or_updates=preview, accepted_codes=codes, today=today),
            self._applied, lambda _done, _total: self.tr("Đang ghi tình hình thực hiện…"),
            cancellable=False)  # one transaction: it is written whole or not at all
        job.finished.connect(self._apply_ended)
        return job

    def _apply_ended(self, outcome: str) -> None:
        if outcome == "failed":  # said; the files are read again against the tasks as they are
            self.reload()

    def _applied(self, result: ApplyResult) -> None:
        self.result_ = result
        self.applied.emit(result)
        Ask.inform(self, self.tr(
            "Đã ghi tình hình thực hiện của {tasks} nhiệm vụ: {reports} báo cáo mới, {done} ngày "
            "hoàn thành. {same} dòng không có gì mới.").format(
            tasks=result.tasks_changed, reports=result.progress_added, done=result.completed_set,
            same=result.already_recorded))
        self.accept()


def _one_line(text: str) -> str:
    return " ".join(text.split())
