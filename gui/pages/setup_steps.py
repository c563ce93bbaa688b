"""The four steps that set up a new data file (committee, agencies, members, document identity),
each with its button: what the overview shows until a committee exists."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.pages import heading

if TYPE_CHECKING:
    from core.services import Services

DONE, TODO = "✓", "○"


class SetupSteps(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.services: Services | None = None
        self.steps = [
            ("committees", self.tr("Khai báo ban"),
             self.tr("Tên Ban Chỉ đạo (hoặc Tiểu ban), tên viết tắt, thể thức văn bản."),
             self.tr("Thêm ban…"), self._new_committee),
            ("agencies", self.tr("Thêm cơ quan, đơn vị"),
             self.tr("Các sở, ban, ngành chủ trì hoặc phối hợp nhiệm vụ."),
             self.tr("Thêm cơ quan…"), lambda: self._go("agencies", "new")),
            ("members", self.tr("Thêm thành viên"),
             self.tr("Trưởng ban, Phó Trưởng ban, Ủy viên, Thư ký… với chức vụ và cơ quan."),
             self.tr("Thêm thành viên…"), self._new_member),
            ("identity", self.tr("Kiểm tra thông tin in trên văn bản"),
             self.tr("Cơ quan ban hành, địa danh, nơi nhận."),
             self.tr("Mở Cài đặt"), lambda: self._go("settings", None)),
        ]
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        card = QFrame()
        card.setObjectName("startCard")
        card.setStyleSheet("#startCard { background: white; border: 1px solid #c9ced6; border-radius: 8px; }")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        for row, (key, title, text, button_text, action) in enumerate(self.steps):
            mark = QLabel(TODO)
            mark.setStyleSheet("font-size: 16pt; color: #1d4ed8;")
            words = QLabel(f"<b>{row + 1}. {title}</b><br>{text}")
            words.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _=False, a=action: a())
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self.marks[key], self.buttons[key] = mark, button
        grid.setColumnStretch(1, 1)
        self.demo_hint = QLabel(self.tr("Muốn xem thử trước? Mở dữ liệu mẫu gồm năm cuộc họp thật "
                                        "(trong tệp riêng, không ảnh hưởng dữ liệu của bạn)."))
        self.demo_hint.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Mở dữ liệu mẫu"))
        self.demo_button.clicked.connect(lambda _=False: window.open_demo())
        keys = QLabel(self.tr("Phím tắt: Ctrl+1…6 chuyển trang · Ctrl+N thêm mới · Ctrl+F tìm · "
                              "F2 hoặc Enter sửa · Delete xóa · Ctrl+S lưu cài đặt"))
        keys.setProperty("role", "hint")
        keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading(self.tr("Tổng quan"), self.tr(
            "Bắt đầu bằng bốn bước dưới đây. Khi đã có ban, trang này cho thấy việc quá hạn, việc "
            "sắp đến hạn và các cuộc họp sắp tới.")))
        layout.addWidget(card)
        layout.addSpacing(8)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(keys)

    def reload(self, services: Services) -> bool:
        """Mark the steps done; True when a committee exists (the overview can be shown)."""
        self.services = services
        done = self.services.overview.setup_steps()
        for key, finished in done.items():
            self.marks[key].setText(DONE if finished else TODO)
            self.marks[key].setAccessibleName(self.tr("Đã xong") if finished else self.tr("Chưa làm"))
            self.buttons[key].setProperty("primary", not finished and key == self._next(done))
            self.buttons[key].style().unpolish(self.buttons[key])
            self.buttons[key].style().polish(self.buttons[key])
        empty = not any(done.values())
        self.demo_hint.setVisible(empty)
        self.demo_button.setVisible(empty)
        return done["committees"]

    @staticmethod
    def _next(done: dict[str, bool]) -> str | None:
        return next((key for key, finished in done.items() if not finished), None)

    def _go(self, key: str, command: str | None) -> None:
        page = self.window_.show_page(key)
        if command is not None:
            page.run_command(command)

    def _new_committee(self) -> None:
        self.window_.show_page("members").new_committee()

    def _new_member(self) -> None:
        page = self.window_.show_page("members")
        page.tabs.setCurrentWidget(page.members)
        page.run_command("new")
