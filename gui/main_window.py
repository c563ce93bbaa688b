"""The main window: side navigation to the areas of the program, the File menu, the status bar.

Pages are independent widgets (gui/pages/); the window gives them the open database's services
and tells them to reload when data changes (``DataBus.changed``).
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from core.backup import backup_to, check_backup, last_backup, list_backups, restore_backup
from core.errors import AppError, error_message
from core.paths import backup_dir_for, data_dir
from core.storage import same_file
from gui import settings
from gui.daily_backup import DailyBackup
from gui.dialogs import Ask, error_text, show_error
from gui.i18n import app_title, message_text
from gui.pages import COMMANDS, Page, PageSet, page_titles

if TYPE_CHECKING:  # the database layer loads after the window is on screen
    from core.db import Database
    from core.services import Services

log = logging.getLogger(__name__)
DEMO_FILE_NAME = "du-lieu-mau.sqlite"
BACKUP_DELAY_MS = 1000  # the day's backup starts once the first page has its data on screen


class DataBus(QObject):
    """One signal that says "data of this kind changed": every view that shows it reloads."""

    changed = Signal(str)


class MainWindow(QMainWindow):
    database_opened = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.db: Database | None = None
        self.services: Services | None = None
        self.bus = DataBus(self)
        self.daily_backup = DailyBackup(self)
        self._backup_folder: Path | None = None
        self.daily_backup.finished.connect(self._backup_finished)
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(BACKUP_DELAY_MS)
        self._backup_timer.timeout.connect(self.start_daily_backup)
        self.setObjectName("MainWindow")
        self.resize(1200, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Các phần của chương trình"))
        self.nav.setMaximumWidth(260)
        self.nav.setMinimumWidth(170)
        self.stack = QStackedWidget()
        # Each page is built when first shown or used (PageSet); until then an empty stand-in
        # holds its place in the stack.
        self.pages = PageSet(self)
        self._keys: list[str] = []
        for key, title in page_titles():
            self._keys.append(key)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._page_changed)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel()
        # A long path must not make the whole window wider: the label gives way, and its
        # tooltip keeps the full path.
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._build_menus()
        self.nav.blockSignals(True)  # the first page is built once there is data to show
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._update_commands()
        self.setWindowTitle(app_title())
        self.bus.changed.connect(self._on_data_changed)
        self._restore_geometry()

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.new_db_action = self._action(self.tr("Tạo tệp dữ liệu &mới…"), self.new_database_dialog,
                                          "Ctrl+Shift+N")
        self.open_db_action = self._action(self.tr("&Mở tệp dữ liệu…"), self.open_database_dialog,
                                           QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.tr("Mở &dữ liệu mẫu"), self.open_demo)
        self.backup_action = self._action(self.tr("&Sao lưu ngay…"), self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action(self.tr("&Khôi phục từ bản sao lưu…"), self.restore_dialog)
        self.quit_action = self._action(self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)
        self.recent_menu = QMenu(self.tr("Tệp mở &gần đây"), self)
        for action in (self.new_db_action, self.open_db_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        self.command_actions = {
            "new": self._action(self.tr("&Thêm mới…"), lambda: self.run_command("new"),
                                QKeySequence.StandardKey.New),
            "find": self._action(self.tr("T&ìm"), lambda: self.run_command("find"),
                                 QKeySequence.StandardKey.Find),
            "edit": self._action(self.tr("&Sửa mục đang chọn…"), lambda: self.run_command("edit"), "F2"),
            "delete": self._action(self.tr("&Xóa mục đang chọn…"), lambda: self.run_command("delete"),
                                   QKeySequence.StandardKey.Delete),
            "save": self._action(self.tr("&Lưu"), lambda: self.run_command("save"),
                                 QKeySequence.StandardKey.Save),
        }
        for name in COMMANDS:
            edit_menu.addAction(self.command_actions[name])
            if name in ("find", "delete"):
                edit_menu.addSeparator()

        go_menu = self.menuBar().addMenu(self.tr("&Đi tới"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = self._action(item.text(), lambda _=False, r=row: self.nav.setCurrentRow(r),
                                  f"Ctrl+{row + 1}")
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.about_action = self._action(self.tr("&Giới thiệu chương trình…"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        from gui.about import AboutDialog

        dialog = AboutDialog(self.db.path if self.db else None, self)
        Ask.form(dialog)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.recent_files()
        for path in recent:
            self.recent_menu.addAction(self._action(str(path), lambda _=False, p=path: self.open_path(p)))
        self.recent_menu.setEnabled(bool(recent))

    # -- database ------------------------------------------------------------------------------
    def open_database(self, path: Path) -> None:
        """Open ``path`` (created if new) and show it; the previous database is closed first
        only once the new one has opened."""
        from core.db import open_database
        from core.services import Services

        path = Path(path).expanduser().absolute()
        is_new = not path.exists() or path.stat().st_size == 0
        new_db = open_database(path, daily_backup=False)
        self.flush_pages()  # what was typed goes into the file it was typed for
        self._close_db()
        self.db = new_db
        self.services = Services(new_db)
        if not is_new:
            self._backup_timer.start()
        settings.remember_database(path)
        self._fill_recent_menu()
        self.setWindowTitle(f"{path.name} - {app_title()}")
        self.location_label.setText(self.tr("Dữ liệu lưu tại: {path}").format(path=path))
        self.location_label.setToolTip(str(path))
        self._show_last_backup()
        for page in self.pages.built():
            page.set_services(self.services)
        self.pages[self._keys[max(self.nav.currentRow(), 0)]]  # the page shown: built, filled
        if settings.open_meeting(path):
            self.pages["meetings"]  # reopens the meeting that was open when the program stopped
        for warning in new_db.warnings:
            Ask.warn(self, message_text(warning))
        self.database_opened.emit(path)

    def open_server(self, url: str) -> None:
        """Open a shared database on a PostgreSQL server and show it (as :meth:`open_database`:
        the previous database is closed only once this one has opened)."""
        from core.db import open_url
        from core.services import Services

        new_db = open_url(url)
        self.flush_pages()
        self._close_db()
        self.db = new_db
        self.services = Services(new_db)
        label = new_db.label
        self.setWindowTitle(f"{label} - {app_title()}")
        self.location_label.setText(self.tr("Dữ liệu trên máy chủ: {server}").format(server=label))
        self.location_label.setToolTip(label)
        self._show_last_backup()
        for page in self.pages.built():
            page.set_services(self.services)
        self.pages[self._keys[max(self.nav.currentRow(), 0)]]  # the page shown: built, filled

    def open_path(self, path: Path) -> bool:
        try:
            self.open_database(path)
        except AppError as exc:
            show_error(self, exc)
            return False
        return True

    def _close_db(self) -> None:
        self._backup_timer.stop()
        self.daily_backup.cancel()  # a copy under way stops; no half file is left
        if self.db is not None:
            self.db.close()
            self.db = None
            self.services = None

    # -- backups -------------------------------------------------------------------------------
    def backup_folder(self) -> Path | None:
        """Where backups go: the folder chosen in Settings, else ``backups`` beside the file."""
        if self.db is None or self.db.path is None:
            return None
        from core.services.settings import BACKUP_FOLDER

        chosen = str(self.services.settings.get(key=BACKUP_FOLDER)) if self.services else ""
        return Path(chosen) if chosen else backup_dir_for(self.db.path)

    def start_daily_backup(self) -> None:
        """The day's rolling backup, in the chosen folder, keeping the chosen number, made on a
        worker thread. A backup that fails must not stop the day's work: it is said in the
        status bar and written to the log."""
        from core.services.settings import BACKUP_KEEP

        self._backup_timer.stop()
        if self.db is None or self.db.path is None:
            return
        self._backup_folder = self.backup_folder()
        keep = int(self.services.settings.get(key=BACKUP_KEEP))
        self.backup_label.setText(self.tr("Đang sao lưu…"))
        self.backup_label.setToolTip("")
        self.daily_backup.start(self.db.path, self._backup_folder, keep)

    def backup_running(self) -> bool:
        """The day's backup is due or under way."""
        return self._backup_timer.isActive() or self.daily_backup.running()

    def _backup_finished(self, _made, problem) -> None:  # noqa: ANN001
        if self.db is None:
            return
        if problem is None:
            self._show_last_backup()
            return
        problem = message_text(error_message(problem))
        text = self.tr("Không tạo được bản sao lưu hằng ngày trong «{folder}»: {problem}").format(
            folder=self._backup_folder, problem=problem)
        self.backup_label.setText(self.tr("Sao lưu hằng ngày không thành công"))
        self.backup_label.setToolTip(text)
        self.statusBar().showMessage(text)

    def settings_saved(self) -> None:
        """The Settings page stored new values: make today's backup where they now say."""
        if self.db is not None and self.db.path is not None:
            self.start_daily_backup()

    def _show_last_backup(self) -> None:
        self.backup_label.setToolTip("")
        latest = last_backup(self.db.path, self.backup_folder()) if self.db and self.db.path else None
        if latest is None:
            self.backup_label.setText(self.tr("Chưa có bản sao lưu"))
        else:
            self.backup_label.setText(self.tr("Sao lưu gần nhất: {when}").format(
                when=latest.made_at.strftime("%H:%M %d/%m/%Y")))

    def _db_filter(self) -> str:
        return self.tr("Tệp dữ liệu (*.sqlite *.db)")

    def new_database_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Tạo tệp dữ liệu mới"),
                                              str(data_dir()), self._db_filter())
        if name:
            path = Path(name)
            if path.suffix.lower() not in {".sqlite", ".db"}:
                path = path.with_suffix(".sqlite")
            if path.exists():
                show_error(self, AppError("file_exists", path=str(path)))
                return
            self.open_path(path)

    def open_database_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Mở tệp dữ liệu"), str(data_dir()),
                                              self._db_filter())
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        """Build the demo database in the data folder (once) and open it."""
        from core.demo import build_demo

        target = data_dir() / DEMO_FILE_NAME
        try:
            if not target.exists():
                build_demo(target)
            self.open_database(target)
        except AppError as exc:
            show_error(self, exc)

    def backup_now(self) -> None:
        if self.db is None or self.db.path is None:
            return
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        default = self.backup_folder() / f"{self.db.path.stem}-sao-luu-{stamp}.sqlite"
        default.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Sao lưu dữ liệu"), str(default),
                                              self._db_filter())
        if not name:
            return
        try:
            info = backup_to(self.db.path, Path(name))
        except AppError as exc:
            show_error(self, exc)
            return
        self._show_last_backup()
        self.statusBar().showMessage(self.tr("Đã sao lưu vào {path}").format(path=info.path), 8000)

    def restore_dialog(self) -> None:
        if self.db is None or self.db.path is None:
            return
        folder = self.backup_folder()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu để khôi phục"),
                                              str(folder), self._db_filter())
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path) -> bool:
        """Replace the open database with ``backup`` after the user confirms; the current
        content is backed up first."""
        if self.db is None or self.db.path is None:
            return False
        db_path = self.db.path
        try:  # a newer program's, another program's or a damaged file: said before anything
            check_backup(backup)
            if same_file(backup, db_path):
                raise AppError("restore_onto_itself", path=str(backup))
        except AppError as exc:
            show_error(self, exc)
            return False
        when = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%H:%M %d/%m/%Y")
        question = self.tr(
            "Toàn bộ dữ liệu hiện có trong «{db}» sẽ được thay bằng bản sao lưu «{backup}» "
            "(lưu lúc {when}). Dữ liệu hiện tại sẽ được sao lưu trước khi thay.\n\n"
            "Bạn có chắc muốn khôi phục?").format(db=db_path.name, backup=backup.name, when=when)
        if not Ask.confirm(self, question):
            return False
        self.flush_pages()
        self._close_db()
        try:
            saved = restore_backup(backup, db_path)
        except AppError as exc:
            show_error(self, exc)
            self.open_path(db_path)
            return False
        self.open_path(db_path)
        self.statusBar().showMessage(
            self.tr("Đã khôi phục. Dữ liệu trước khi khôi phục được lưu tại {path}").format(
                path=saved.path), 15000)
        self.bus.changed.emit("all")
        return True

    def backups(self) -> list[Path]:
        """Backups of the open file, newest first: the chosen folder's and those beside the file
        (copies made before a restore or an upgrade always go there)."""
        if self.db is None or self.db.path is None:
            return []
        folders = dict.fromkeys([self.backup_folder(), backup_dir_for(self.db.path)])
        found = [b for folder in folders for b in list_backups(self.db.path, folder)]
        return [b.path for b in sorted(found, key=lambda b: b.made_at, reverse=True)]

    # -- pages ---------------------------------------------------------------------------------
    def page_built(self, key: str, page: Page) -> None:
        """A page was built (PageSet): put it in its stand-in's place and give it the data."""
        index = self._keys.index(key)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        page.commands_changed.connect(self._update_commands)
        if self.services is not None:
            page.set_services(self.services)
        self._update_commands()

    def show_page(self, key: str) -> Page:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self.pages[key]

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _page_changed(self, row: int) -> None:
        if self.services is not None:
            self.pages[self._keys[row]]
        self.stack.setCurrentIndex(row)
        self._update_commands()

    def _update_commands(self) -> None:
        """Grey out the Edit menu's commands the page shown does not answer."""
        page = self.current_page()
        available = page.commands() if isinstance(page, Page) else set()
        for name, action in self.command_actions.items():
            action.setEnabled(name in available)

    def run_command(self, command: str) -> None:
        page = self.current_page()
        if isinstance(page, Page):
            page.run_command(command)

    def _on_data_changed(self, kind: str) -> None:
        for page in self.pages.built():
            page.data_changed(kind)

    # -- window state --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        store = settings.app_settings()
        geometry = store.value("window/geometry")
        self.first_run = geometry is None
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def flush_pages(self) -> None:
        """Save what is typed but not stored yet, on every page."""
        for page in self.pages.built():
            page.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush_pages()
        store = settings.app_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        store.sync()
        self._close_db()
        super().closeEvent(event)
