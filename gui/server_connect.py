"""Opening the window on a server database: from the File menu, and at start when the server
was what the program showed last (with the password from the keyring, else asked)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import AppError
from core.server_login import ServerAddress, saved_password
from gui import settings
from gui.dialogs import Ask, error_text


def connect_dialog(window, *, address: ServerAddress | None = None,
                   problem: str | None = None) -> bool:
    """Ask where to connect (filled with ``address``) until it connects or the user cancels."""
    from gui.server_dialog import ServerDialog

    return Ask.form(ServerDialog(window, window.open_server, address=address, problem=problem))


def reopen_last_server(window) -> bool:
    """Connect to the server used last. Without a saved password the connection is tried
    without one (a server may not ask); when it asks, or anything else stops it, the dialog
    says why and asks. False: not connected (the caller opens the data file on this PC)."""
    address = settings.last_server()
    if address is None:
        return False
    password = saved_password(address)
    try:
        window.open_server(address.url(password))
        return True
    except AppError as exc:
        if exc.code == "server_login_failed" and password is None:
            problem = QCoreApplication.translate(
                "ServerConnect", "Hãy nhập mật khẩu để kết nối máy chủ dữ liệu «{server}».").format(
                server=address.label)
        else:
            problem = error_text(exc)
    return connect_dialog(window, address=address, problem=problem)
