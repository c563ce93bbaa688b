"""Trợ giúp → Giới thiệu: what support asks first (version, where the data and the log are, the
versions of Qt, Python and SQLite), with a button that copies it all for an e-mail."""
from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.logs import current_log_path
from core.paths import log_dir_for
from core.version import is_bundled, runtime_versions, version
from gui.i18n import app_title
from resources import ICONS


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("Giới thiệu {name}").format(name=app_title()))
        self.rows = self.about_rows(db_path)

        title = QLabel(f"<b>{app_title()}</b>")
        title.setObjectName("aboutTitle")
        icon = QLabel()
        icon.setPixmap(QIcon(str(ICONS / "app.svg")).pixmap(48, 48))
        purpose = QLabel(self.tr("Quản lý cuộc họp, biên bản, thông báo kết luận và theo dõi "
                                 "nhiệm vụ của Ban Chỉ đạo."))
        purpose.setWordWrap(True)

        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for label, value in self.rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label + ":", shown)
            self.value_labels[label] = shown

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Sao chép thông tin"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        head = QFormLayout()
        head.addRow(icon, title)
        layout.addLayout(head)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def about_rows(self, db_path: Path | None) -> list[tuple[str, str]]:
        """(label, value) in the order shown, labels in the interface language."""
        log_path = current_log_path()
        log_folder = log_path.parent if log_path else (log_dir_for(db_path) if db_path else None)
        build = self.tr("bản cài đặt") if is_bundled() else self.tr("chạy từ mã nguồn (Python)")
        rows = [
            (self.tr("Phiên bản"), f"{version()} ({build})"),
            (self.tr("Tệp dữ liệu"), str(db_path) if db_path else self.tr("chưa mở tệp nào")),
            (self.tr("Thư mục nhật ký"), str(log_folder) if log_folder else "—"),
            ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
        ]
        return rows + list(runtime_versions().items())

    def text(self) -> str:
        """Everything shown, one "label: value" a line, for a support e-mail."""
        return "\n".join([f"{APP_NAME}", *(f"{label}: {value}" for label, value in self.rows)])

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
