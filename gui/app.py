"""Start the window: parse ``--db``, open the database, install the error handler."""
from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core import APP_NAME
from core.errors import AppError, machine_problem
from core.logs import current_log_path, setup_logging
from core.paths import is_server_url
from core.paths import default_db_path
from gui import settings
from gui.dialogs import error_text
from gui.i18n import app_title, install_translators
from gui.style import apply_style
from resources import ICONS

log = logging.getLogger(__name__)


def _parse(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", add_help=False)
    parser.add_argument("--db", default=None)  # a data file, or postgresql://… (a server)
    parser.add_argument("--page", default=None)  # hidden: open on a page (screenshots, support)
    # hidden: quit once the window is drawn (start-up benchmarks of the bundle and of Python)
    parser.add_argument("--quit-when-shown", action="store_true")
    known, _unknown = parser.parse_known_args(args)
    return known


def install_excepthook() -> None:
    """An unexpected error: log it with its traceback, tell the user where the log is, go on.

    Everything typed is saved as it is typed, so nothing is lost by carrying on.
    """

    def hook(kind, value, tb) -> None:
        problem = machine_problem(value)
        if problem is not None:  # a full disk, a read-only folder: the machine's, not a bug
            log.warning("machine problem: %r", value)
            QMessageBox.warning(None, app_title(), error_text(problem))
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        where = current_log_path()
        if where is None:
            text = QApplication.translate(
                "App", "Đã xảy ra lỗi không mong muốn. Những gì bạn đã nhập vẫn được lưu.")
        else:
            text = QApplication.translate(
                "App",
                "Đã xảy ra lỗi không mong muốn. Những gì bạn đã nhập vẫn được lưu.\n"
                "Chi tiết lỗi được ghi trong tệp nhật ký:\n{path}",
            ).format(path=where)
        QMessageBox.critical(None, app_title(), text)

    sys.excepthook = hook


def _reopened_server(window) -> bool:
    """The program showed a server database last: connect to it again (asking for the password
    when none is saved); False, and the data file on this PC opens, when the user cancels."""
    if settings.last_source() != "server":
        return False
    from gui.server_connect import reopen_last_server

    return reopen_last_server(window)


def run_gui(args: list[str]) -> int:
    options = _parse(args)
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    assert isinstance(app, QApplication)  # a window program's application
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    server = options.db if is_server_url(options.db) else None
    if server is not None:
        options.db = None
        db_path = default_db_path()
    else:
        options.db = Path(options.db) if options.db else None
        db_path = (options.db or settings.last_database() or default_db_path()).expanduser().absolute()
    setup_logging(db_path)
    install_excepthook()
    install_translators(settings.language())
    app.setApplicationDisplayName(app_title())
    app.setWindowIcon(QIcon(str(ICONS / "app.svg")))
    apply_style(app)

    from gui.main_window import MainWindow

    # The window is on screen first; the data file is opened and the first page filled right
    # after (the daily backup then runs in the background).
    window = MainWindow()
    if window.first_run and window.screen().availableGeometry().width() <= 1440:
        window.setGeometry(window.screen().availableGeometry())
        window.showMaximized()  # a laptop screen: use all of it
    else:
        window.show()
    app.processEvents()
    try:
        if server is not None:
            window.open_server(server)
        elif options.db is not None or not _reopened_server(window):
            window.open_database(db_path)
    except AppError as exc:
        if server is not None or options.db is not None or db_path == default_db_path():
            window.hide()
            QMessageBox.warning(None, app_title(), error_text(exc))
            return 2
        # The last database is gone or in use: fall back to the default one, and say why.
        QMessageBox.warning(None, app_title(), error_text(exc))
        try:
            window.open_database(default_db_path())
        except AppError as again:
            window.hide()
            QMessageBox.warning(None, app_title(), error_text(again))
            return 2
    if options.page in window.pages:
        window.show_page(options.page)
    if options.quit_when_shown:
        QTimer.singleShot(0, lambda: (app.processEvents(), app.quit()))
    return app.exec()
