"""Tệp → Kết nối máy chủ dữ liệu…: where the office's shared database is, who logs in, and a
trial connection that says in words what is wrong. The password goes into the OS keyring when
the user asks and the PC has one; otherwise it is asked at each connection, never written in the
settings.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from core.errors import AppError, ValidationError
from core.server_login import (
    DEFAULT_PORT,
    ServerAddress,
    check_address,
    check_server,
    forget_password,
    keyring_available,
    save_password,
    saved_password,
)
from gui.dialogs import error_text
from gui.forms import FormDialog

OK_COLOUR = "#1b5e20"


class ServerDialog(FormDialog):
    """``connect`` opens the URL it is given (the window switching to it) or raises AppError."""

    def __init__(self, parent: QWidget | None, connect: Callable[[object], None], *,
                 address: ServerAddress | None = None, problem: str | None = None) -> None:
        super().__init__(parent, self.tr("Kết nối máy chủ dữ liệu"))
        self.setObjectName("ServerDialog")
        self._connect = connect
        self.add_intro(self.tr(
            "Dùng chung một cơ sở dữ liệu PostgreSQL trên máy chủ của cơ quan để nhiều người "
            "cùng làm việc. Người quản trị máy chủ cho biết các thông tin dưới đây."))
        tr = self.tr
        self.host = self.form.add("host", tr("&Máy chủ:"), QLineEdit(),
                                  hint=tr("Tên hoặc địa chỉ IP của máy chủ, ví dụ 192.168.1.10"))
        self.port = QLineEdit()
        self.port.setMaximumWidth(90)
        self.port.setPlaceholderText(str(DEFAULT_PORT))
        self.form.add("port", tr("&Cổng:"), self.port)
        self.database = self.form.add("database", tr("&Cơ sở dữ liệu:"), QLineEdit())
        self.user = self.form.add("user", tr("&Tên đăng nhập:"), QLineEdit())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("password", tr("Mật &khẩu:"), self.password)
        self.remember = QCheckBox(tr("&Ghi nhớ mật khẩu trên máy này (trong kho mật khẩu của "
                                     "Windows)"))
        self.has_keyring = keyring_available()
        if self.has_keyring:
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(tr("Máy này không có kho mật khẩu: mật khẩu được hỏi mỗi "
                                        "lần kết nối và không lưu ở đâu cả."))
        self.form.layout.addRow("", self.remember)
        self.no_keyring_note = QLabel(tr("Máy này không có kho mật khẩu: mật khẩu được hỏi mỗi "
                                         "lần kết nối và không lưu ở đâu cả."))
        self.no_keyring_note.setProperty("role", "hint")
        self.no_keyring_note.setWordWrap(True)
        self.no_keyring_note.setVisible(not self.has_keyring)
        self.form.layout.addRow("", self.no_keyring_note)

        self.answer = QLabel()
        self.answer.setObjectName("serverAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.hide()
        self.outer.addWidget(self.answer)

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Kết nối"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Hủy"))
        self.test_button = QPushButton(tr("&Thử kết nối"))
        self.test_button.setAutoDefault(False)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.try_connection)
        self.finish_layout()

        if address is not None:
            self.host.setText(address.host)
            self.port.setText(str(address.port))
            self.database.setText(address.database)
            self.user.setText(address.user)
            self.password.setText(saved_password(address) or "")
        if problem:
            self.say(problem, ok=False)
        first_empty = next((w for w in (self.host, self.database, self.user, self.password)
                            if not w.text()), self.host)
        first_empty.setFocus()

    # --- what was typed ------------------------------------------------------------------------
    def address(self) -> ServerAddress:
        return check_address(host=self.host.text(), port=self.port.text(),
                             database=self.database.text(), user=self.user.text())

    def url(self):
        return self.address().url(self.password.text())

    def say(self, text: str, *, ok: bool) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet(f"color: {OK_COLOUR};" if ok else "color: #b00020;")
        self.answer.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show the whole answer (a top-level dialog does not grow by itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def _refused(self, exc: AppError) -> None:
        if isinstance(exc, ValidationError) and self.form.place_error(exc):
            self.answer.hide()
            return
        self.say(error_text(exc), ok=False)

    # --- the buttons ---------------------------------------------------------------------------
    def try_connection(self) -> bool:
        """Thử kết nối: connect once, change nothing, and say what was found."""
        self.say(self.tr("Đang thử kết nối…"), ok=True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QGuiApplication.processEvents()
            found = check_server(self.url())
        except AppError as exc:
            self._refused(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        what = {
            "ready": self.tr("cơ sở dữ liệu đã có dữ liệu của chương trình"),
            "older": self.tr("cơ sở dữ liệu của phiên bản cũ hơn, sẽ được nâng cấp khi kết nối"),
            "empty": self.tr("cơ sở dữ liệu còn trống, chương trình sẽ tạo các bảng khi kết nối"),
        }[found.state]
        self.say(self.tr("Kết nối được: PostgreSQL {version}, {what}.").format(
            version=found.server_version, what=what), ok=True)
        return True

    def submit(self) -> bool:
        """Kết nối: open the database (the window switches to it); stay open, with everything as
        typed and the reason shown, when it cannot."""
        self.answer.hide()
        try:
            address = self.address()
            self._connect(address.url(self.password.text()))
        except AppError as exc:
            self._refused(exc)
            return False
        if self.remember.isChecked() and self.password.text():
            save_password(address, self.password.text())
        else:
            forget_password(address)
        self.accept()
        return True
