"""The main window: the open database's meetings, or a welcome page that offers the demo data."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import APP_TITLE
from core.db import Database, open_database
from core.errors import AppError
from core.paths import data_dir
from core.services import Services


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.db: Database | None = None
        self.services: Services | None = None
        self.resize(1100, 700)

        self.pages = QStackedWidget()
        self.welcome = self._build_welcome()
        self.meetings = QTableWidget(0, 3)
        self.meetings.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Ban"), self.tr("Cuộc họp")])
        self.meetings.horizontalHeader().setStretchLastSection(True)
        self.meetings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.meetings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.meetings.setAccessibleName(self.tr("Danh sách cuộc họp"))
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.meetings)
        self.setCentralWidget(self.pages)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Chào mừng đến với Thư ký Ban Chỉ đạo"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        text = QLabel(self.tr(
            "Chưa có cuộc họp nào trong tệp dữ liệu này.\n"
            "Bạn có thể mở dữ liệu mẫu (năm cuộc họp có thật) để xem chương trình làm việc thế nào."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Mở dữ liệu mẫu"))
        self.demo_button.setAccessibleName(self.tr("Mở dữ liệu mẫu"))
        self.demo_button.clicked.connect(self.open_demo)
        for widget in (title, text, self.demo_button):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignCenter)
        return page

    def open_database(self, path: Path) -> None:
        """Open ``path`` (created if new) and show it; the previous database is closed."""
        new_db = open_database(path)
        if self.db is not None:
            self.db.close()
        self.db = new_db
        self.services = Services(new_db)
        self.setWindowTitle(f"{APP_TITLE} - {path.name}")
        self.statusBar().showMessage(self.tr("Dữ liệu lưu tại: {path}").format(path=path))
        for warning in new_db.warnings:
            QMessageBox.warning(self, APP_TITLE, warning)
        self.reload()

    def reload(self) -> None:
        rows = self.services.meetings.list() if self.services else []
        self.meetings.setRowCount(len(rows))
        for i, meeting in enumerate(rows):
            values = [f"{meeting.starts_at:%d/%m/%Y}",
                      meeting.committee_abbreviation or meeting.committee_name, meeting.title]
            for j, value in enumerate(values):
                self.meetings.setItem(i, j, QTableWidgetItem(value))
        self.meetings.resizeColumnsToContents()
        self.pages.setCurrentWidget(self.meetings if rows else self.welcome)

    def open_demo(self) -> None:
        """Build the demo database in the data folder (once) and open it."""
        from core.demo import build_demo

        target = data_dir() / "du-lieu-mau.sqlite"
        try:
            if not target.exists():
                build_demo(target)
            self.open_database(target)
        except AppError as exc:
            QMessageBox.warning(self, APP_TITLE, exc.message())

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
