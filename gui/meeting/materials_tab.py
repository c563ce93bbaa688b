"""Tài liệu: the files members read before the meeting, attached to the meeting or to an agenda
item by a button or by dropping them here; opened, moved between items or removed until the
minutes are finalised; "Đóng gói tài liệu…" writes one folder or zip for the members."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from core.services.materials import ALLOWED, MAX_FILE, MAX_MEETING, MB, MaterialRecord, size_text
from core.services.meeting_records import MeetingDetail
from gui.dialog_parts import MessageLine
from gui.dialogs import Ask, error_text
from gui.meeting import labels
from gui.meeting.base import WorkspaceTab
from gui.meeting.record_model import RecordListModel
from gui.meeting.widgets import record_table, selected_row
from gui.models import Column


class MaterialFiles:
    """The desktop side (file pickers, opening a file): tests replace these classmethods."""

    @classmethod
    def pick(cls, parent: QWidget) -> list[Path]:
        patterns = " ".join(f"*{ext}" for ext in ALLOWED)
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        names, _ = QFileDialog.getOpenFileNames(
            parent, parent.tr("Chọn tài liệu họp"), start,
            parent.tr("Tài liệu ({patterns})").format(patterns=patterns))
        return [Path(n) for n in names]

    @classmethod
    def pack_target(cls, parent: QWidget, suggested: Path) -> tuple[Path, bool] | None:
        """Where to pack, and whether as a zip (None: cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Đóng gói tài liệu"),
                          parent.tr("Đóng gói thành một tệp nén (.zip) để gửi, hay một thư mục?"),
                          QMessageBox.StandardButton.NoButton, parent)
        as_zip = box.addButton(parent.tr("Tệp .zip"), QMessageBox.ButtonRole.AcceptRole)
        folder = box.addButton(parent.tr("Thư mục"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(parent.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is as_zip:
            name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Đóng gói tài liệu"),
                                                  str(suggested.with_suffix(".zip")), "Zip (*.zip)")
            return (Path(name), True) if name else None
        if box.clickedButton() is folder:
            base = QFileDialog.getExistingDirectory(parent, parent.tr("Đóng gói tài liệu"),
                                                    str(suggested.parent))
            return (Path(base) / suggested.name, False) if base else None
        return None

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MaterialsTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self.setAcceptDrops(True)
        self.model = RecordListModel([
            Column(tr("Số"), lambda r: f"{self.model.rows.index(r) + 1:02d}"),
            Column(tr("Nội dung họp"), lambda r: self._item_text(r)),
            Column(tr("Tệp"), lambda r: r.file_name),
            Column(tr("Dung lượng"), lambda r: r.size_text, align=Qt.AlignmentFlag.AlignRight),
            Column(tr("Người thêm"), lambda r: r.added_by or ""),
            Column(tr("Lúc thêm"), lambda r: f"{labels.local_time(r.added_at):%H:%M %d/%m/%Y}"),
        ], self)
        self.table = record_table(self.model, name=tr("Tài liệu họp"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.item = QComboBox()
        self.item.setAccessibleName(tr("Gắn tài liệu với nội dung"))
        self.add_button = QPushButton(tr("Thêm tệp…"))
        self.add_button.clicked.connect(self.add_files)
        self.move_button = QPushButton(tr("Chuyển sang nội dung này"))
        self.move_button.clicked.connect(self.move_selected)
        self.open_button = QPushButton(tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(tr("Xóa…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.pack_button = QPushButton(tr("Đóng gói tài liệu…"))
        self.pack_button.clicked.connect(self.pack)
        self.hint = QLabel(tr("Kéo thả tệp vào đây, hoặc bấm «Thêm tệp…». Nhận PDF, Word, Excel, "
                              "ảnh; mỗi tệp đến {file} MB, cả cuộc họp đến {meeting} MB. Tài liệu "
                              "được chép vào dữ liệu của chương trình và có trong bản sao lưu.")
                           .format(file=MAX_FILE // MB, meeting=MAX_MEETING // MB))
        self.hint.setWordWrap(True)
        self.message = MessageLine()
        self.total = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Gắn với:")))
        row.addWidget(self.item, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.move_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.pack_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._read_only = False

    # --- workspace -----------------------------------------------------------------------------
    def load(self, meeting: MeetingDetail) -> None:
        keep = self.item.currentData()
        self.item.clear()
        self.item.addItem(self.tr("Cả cuộc họp (tài liệu chung)"), None)
        for number, item in enumerate(meeting.agenda, start=1):
            self.item.addItem(f"{number}. {item.title.splitlines()[0]}", item.id)
        self.item.setCurrentIndex(max(self.item.findData(keep), 0) if keep else 0)
        self.message.clear()
        self.reload()

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        if "agenda" in parts:
            self.load(meeting)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setAcceptDrops(not read_only)
        for button in (self.add_button, self.move_button, self.remove_button):
            button.setEnabled(not read_only)

    def reload(self) -> None:
        services, meeting = self.ws.services, self.ws.meeting
        rows = services.materials.list(meeting_id=meeting.id) if meeting and services else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.total.setText(self.tr("{n} tài liệu, {size}").format(
            n=len(rows), size=size_text(sum(r.size for r in rows))) if rows else
            self.tr("Chưa có tài liệu nào."))
        self.pack_button.setEnabled(bool(rows))

    # --- actions -------------------------------------------------------------------------------
    def add_files(self, paths: list[Path] | None = None) -> int:
        """Copy the files in (each on its own: one refused file does not stop the others)."""
        if self._read_only or self.ws.meeting is None:
            return 0
        paths = MaterialFiles.pick(self) if paths is None else paths
        added, problems = 0, []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    self.ws.services.materials.add(meeting_id=self.ws.meeting.id, path=path,
                                                   agenda_item_id=self.item.currentData())
                    added += 1
                except AppError as exc:
                    problems.append(error_text(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reload()
        self.message.say(" ".join(problems) if problems else
                  self.tr("Đã thêm {n} tài liệu.").format(n=added), error=bool(problems))
        return added

    def selected(self) -> MaterialRecord | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def open_selected(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        copy = self.ws.ops.call(self, self.ws.services.materials.open_copy, line=self.message,
                                material_id=chosen.id)
        if copy is None:
            return None
        MaterialFiles.open(copy)
        return copy

    def move_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self._read_only:
            return
        self.ws.ops.run(self, self.ws.services.materials.move, line=self.message,
                        material_id=chosen.id, agenda_item_id=self.item.currentData())
        self.reload()

    def remove_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or self._read_only:
            return False
        if not Ask.confirm(self, self.tr("Xóa tài liệu «{name}» khỏi cuộc họp?").format(
                name=chosen.file_name)):
            return False
        if not self.ws.ops.run(self, self.ws.services.materials.remove, line=self.message,
                               material_id=chosen.id):
            return False
        self.reload()
        return True

    def pack(self):
        from core.documents.files import safe_file_stem
        from core.services.material_pack import pack
        from gui.exchange.files import Finished, last_folder

        meeting = self.ws.meeting
        if meeting is None:
            return None
        suggested = last_folder() / safe_file_stem(
            f"Tai-lieu-{meeting.starts_at:%Y-%m-%d}-{meeting.title}")[:80]
        chosen = MaterialFiles.pack_target(self, suggested)
        if chosen is None:
            return None
        target, as_zip = chosen
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = pack(self.ws.services, meeting_id=meeting.id, target=target, as_zip=as_zip)
        except AppError as exc:
            self.message.say(error_text(exc), error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = self.tr("Đã đóng gói {n} tài liệu ({size}) vào {path}").format(
            n=len(result.files), size=size_text(result.total_size), path=result.path)
        self.message.say(text)
        Finished.offer(self, text, file=result.path if as_zip else None,
                       folder=result.path.parent if as_zip else result.path)
        return result

    # --- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if not self._read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- inside --------------------------------------------------------------------------------
    def _item_text(self, record: MaterialRecord) -> str:
        if record.agenda_number is None:
            return self.tr("Tài liệu chung")
        return f"{record.agenda_number}. {(record.agenda_title or '').splitlines()[0]}"
