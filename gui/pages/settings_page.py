"""Settings: what each committee prints on its documents, what all documents share, the
language, and where backups go. One Save (Ctrl+S) stores everything shown."""
from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.services.settings import BACKUP_FOLDER, BACKUP_KEEP, RECIPIENTS, SIGNER_AUTHORITY
from gui import settings as ui_settings
from gui.operations import Changes, FormLines, MessageBox
from gui.dialogs import Ask
from gui.forms import Form, Problem
from gui.i18n import LANGUAGES
from gui.pages import Page, heading
from gui.registers.identity_fields import IdentityFields
from gui.widgets import mark_data


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    return box, form


class SettingsPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._loading = False
        self._shown_id: int | None = None
        self.dirty = False
        identity_box, identity_layout = _group(self.tr("Thể thức văn bản của từng ban"))
        self.form = Form(identity_layout, self)
        self.committee = QComboBox()
        mark_data(self.committee)
        self.form.add("committee", self.tr("&Ban:"), self.committee,
                      hint=self.tr("Mỗi ban có dòng tiêu đề, địa danh và thể thức riêng."))
        self.committee_hint = cast(QLabel, self.form.fields["committee"].extra[0])  # the hint under it
        self._hint_text = self.committee_hint.text()
        self.identity = IdentityFields(self.form)
        shared_box, shared_layout = _group(self.tr("Chung cho mọi văn bản"))
        self.authority = self.form.add(
            SIGNER_AUTHORITY, self.tr("Dòng thẩm quyền &ký:"), QLineEdit(), layout=shared_layout,
            hint=self.tr("Để trống: theo chức danh của người ký trong ban (TM., KT., TL.). Điền "
                         "(ví dụ T/L BAN THƯỜNG VỤ) để mọi văn bản dùng dòng này."))
        self.recipients = self.form.add(
            RECIPIENTS, self.tr("&Nơi nhận mặc định:"), QPlainTextEdit(), layout=shared_layout,
            hint=self.tr("Mỗi dòng một nơi nhận, không cần gạch đầu dòng."))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(self.fontMetrics().height() * 6)
        language_box, language_layout = _group(self.tr("Ngôn ngữ"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        mark_data(self.language)  # each language is named in itself, so its speakers find it
        self.form.add("language", self.tr("Ngôn ngữ &giao diện:"), self.language, layout=language_layout,
                      hint=self.tr("Áp dụng khi mở lại chương trình."))
        backup_box, backup_layout = _group(self.tr("Sao lưu"))
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("Thư mục «backups» cạnh tệp dữ liệu"))
        self.form.add(BACKUP_FOLDER, self.tr("&Thư mục sao lưu:"), self.backup_folder,
                      layout=backup_layout, check=self._folder_check)
        self.choose_folder = QPushButton(self.tr("Chọn thư mục…"))
        self.choose_folder.clicked.connect(lambda _=False: self.pick_folder())
        backup_layout.addRow("", self.choose_folder)
        self.keep = QSpinBox()
        self.keep.setRange(1, 3650)
        self.keep.setMaximumWidth(120)
        self.form.add(BACKUP_KEEP, self.tr("Số bản &giữ lại:"), self.keep, layout=backup_layout,
                      hint=self.tr("Mỗi ngày mở chương trình tạo một bản; bản cũ nhất bị xóa khi vượt số này."))
        self.server_backup_note = QLabel(self.tr(
            "Dữ liệu đang ở trên máy chủ nên chương trình không tự sao lưu mỗi ngày trên máy này: "
            "sao lưu hằng ngày của máy chủ do người quản trị máy chủ làm. «Tệp → Sao lưu ngay…» "
            "chép toàn bộ dữ liệu trên máy chủ thành một tệp dữ liệu ở thư mục sao lưu trên máy "
            "này; «Tệp → Khôi phục từ bản sao lưu…» đưa một tệp như thế trở lại máy chủ."))
        self.server_backup_note.setWordWrap(True)
        self.server_backup_note.setProperty("role", "hint")
        self.server_backup_note.hide()
        backup_layout.addRow("", self.server_backup_note)
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Lưu mọi thay đổi trên trang này (Ctrl+S)"))
        self.save_button.clicked.connect(lambda _=False: self.cmd_save())
        self.revert_button = QPushButton(self.tr("Bỏ thay đổi"))
        self.revert_button.clicked.connect(lambda _=False: self.reload())
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self._build_layout(identity_box, shared_box, language_box, backup_box)
        self.committee.currentIndexChanged.connect(self._committee_changed)
        for field in self.form.fields.values():
            for signal in ("textChanged", "currentIndexChanged", "valueChanged"):
                if hasattr(field.widget, signal) and field.name != "committee":
                    getattr(field.widget, signal).connect(self._mark_dirty)

    def _build_layout(self, identity: QGroupBox, shared: QGroupBox, language: QGroupBox,
                      backup: QGroupBox) -> None:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(identity, 0, 0, 3, 1)
        grid.addWidget(shared, 0, 1)
        grid.addWidget(language, 1, 1)
        grid.addWidget(backup, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading(self.tr("Cài đặt"), self.tr(
            "Thông tin in trên văn bản, ngôn ngữ và sao lưu. Bấm «Lưu cài đặt» (Ctrl+S) để lưu.")))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _folder_check(self, value: object) -> None:
        text = str(value).strip()
        if text and not Path(text).is_dir():
            raise Problem(self.tr("Không có thư mục này. Hãy chọn bằng nút «Chọn thư mục…»."))

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.status.setText(self.tr("Có thay đổi chưa lưu."))

    def commands(self) -> set[str]:
        return {"save"}

    # -- load ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.services is None:
            return
        self._loading = True
        chosen = self.committee.currentData()
        self.committee.blockSignals(True)
        self.committee.clear()
        for committee in self.services.committees.list():
            self.committee.addItem(committee.name, committee.id)
        self.committee.setCurrentIndex(max(0, self.committee.findData(chosen)))
        self.committee.blockSignals(False)
        self._show_committee()
        values = self.services.settings.all()
        self.authority.setText(str(values[SIGNER_AUTHORITY]))
        self.recipients.setPlainText(str(values[RECIPIENTS]))
        self.backup_folder.setText(str(values[BACKUP_FOLDER]))
        self.keep.setValue(int(values[BACKUP_KEEP]))
        on_server = self.services.db.is_server  # no daily copy here: the server's own backups
        self.server_backup_note.setVisible(on_server)
        self.keep.setEnabled(not on_server)
        self.backup_folder.setPlaceholderText(
            self.tr("Thư mục «backups» của chương trình trên máy này") if on_server
            else self.tr("Thư mục «backups» cạnh tệp dữ liệu"))
        self.language.setCurrentIndex(max(0, self.language.findData(ui_settings.language())))
        for name in self.form.fields:
            self.form.set_error(name, None)
        self._loading = False
        self.dirty = False
        self.status.setText("")

    def _show_committee(self) -> None:
        assert self.services is not None  # shown with an open database
        committee_id = self.committee.currentData()
        self._shown_id = committee_id
        record = self.services.committees.get(committee_id=committee_id) if committee_id else None
        self.identity.show(record)
        for widget in self.identity.inputs.values():
            widget.setEnabled(record is not None)
        self.committee_hint.setText(self._hint_text if record is not None else self.tr(
            "Chưa có ban nào: hãy tạo ban ở trang «Thành viên và Ban» trước."))

    def _committee_changed(self, _index: int) -> None:
        """Another committee chosen: offer to save what was typed for the one shown before."""
        if self._loading:
            return
        if self.dirty and Ask.confirm(self, self.tr(
                "Lưu các thay đổi trên trang Cài đặt trước khi chuyển sang ban khác?")):
            if not self.cmd_save():
                self.committee.blockSignals(True)
                self.committee.setCurrentIndex(self.committee.findData(self._shown_id))
                self.committee.blockSignals(False)
                return
        self._loading = True
        self._show_committee()
        self._loading = False

    # -- save ----------------------------------------------------------------------------------
    def cmd_save(self) -> bool:
        """Check everything, then store: the committee's identity, the shared settings, the
        language. Stays as typed when something is refused."""
        if self.services is None or not self.form.check_all():
            return False
        if not self.window_.ops.run(self, self._store, line=FormLines(self.form.place_error, MessageBox(self))):
            return False
        language_changed = self.language.currentData() != ui_settings.language()
        ui_settings.set_language(self.language.currentData())
        self.dirty = False
        self.window_.ops.announce(Changes(settings=True, committees=True, initiator=self))
        self.window_.settings_saved()
        self.status.setText(self.tr("Đã lưu.") if not language_changed else self.tr(
            "Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình."))
        return True

    def flush(self) -> None:
        if self.dirty:
            self.cmd_save()

    def pick_folder(self) -> None:
        start = self.backup_folder.text() or str(self.window_.backup_folder() or "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục sao lưu"), start)
        if folder:
            self.backup_folder.setText(folder)
            self.form.check(BACKUP_FOLDER)

    def _store(self) -> None:
        services = self.open_services
        if self._shown_id is not None:
            services.committees.update(committee_id=self._shown_id, **self.identity.values())
        services.settings.set_many(values={
            SIGNER_AUTHORITY: self.authority.text(), RECIPIENTS: self.recipients.toPlainText(),
            BACKUP_FOLDER: self.backup_folder.text(), BACKUP_KEEP: self.keep.value()})

    def data_changed(self, changes: Changes) -> None:
        """Show other pages' changes, unless the user is typing here (their text wins)."""
        if changes.any("committees", "settings") and changes.initiator is not self and not self.dirty:
            self.reload()
