"""The main window: side navigation to the areas of the program, the File menu, the status bar.

Pages are independent widgets (gui/pages/); the window gives them the open database's services
and runs what the user asks through its :class:`~gui.operations.Operations` (``ops``), whose
``changed`` tells the pages what to reload.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
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

from core.backup import (
    BackupInfo,
    backup_to,
    check_backup,
    check_backup_target,
    last_backup,
    list_backups,
    restore_backup,
)
from core.errors import AppError, error_message
from core.paths import backup_dir_for, data_dir
from core.storage import same_file
from gui import settings
from gui.daily_backup import DailyBackup
from gui.dialogs import Ask
from gui.i18n import app_title, message_text
from gui.operations import EVERYTHING, Changes, Job, Operations, percent, show_failure
from gui.pages import COMMANDS, Page, PageSet, page_titles

if TYPE_CHECKING:  # the database layer loads after the window is on screen
    from core.db import Database
    from core.presence import Visitor
    from core.services import Services
    from gui.pages.meetings import MeetingsPage

log = logging.getLogger(__name__)
DEMO_FILE_NAME = "du-lieu-mau.sqlite"
BACKUP_DELAY_MS = 1000  # the day's backup starts once the first page has its data on screen


class MainWindow(QMainWindow):
    database_opened = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.db: Database | None = None
        self.services: Services | None = None
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
        self.ops = Operations(self)
        self._build_menus()
        self.nav.blockSignals(True)  # the first page is built once there is data to show
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._update_commands()
        self.setWindowTitle(app_title())
        self.ops.changed.connect(self._on_data_changed)
        from gui.live_updates import LiveUpdates

        self.live = LiveUpdates(self)  # others' changes, and who has the open meeting open
        self.live.meeting_changed.connect(self._meeting_changed_by_others)
        self.live.visitors_changed.connect(self._show_visitors)
        self._restore_geometry()

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
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
        self.server_action = self._action(self.tr("&Kết nối máy chủ dữ liệu…"),
                                          self.connect_server_dialog)
        self.local_action = self._action(self.tr("Dùng &tệp dữ liệu trên máy này"),
                                         self.open_local_file)
        self.backup_action = self._action(self.tr("&Sao lưu ngay…"), self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action(self.tr("&Khôi phục từ bản sao lưu…"), self.restore_dialog)
        self.quit_action = self._action(self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)
        self.recent_menu = QMenu(self.tr("Tệp mở &gần đây"), self)
        for action in (self.new_db_action, self.open_db_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.server_action)
        file_menu.addAction(self.local_action)
        self.local_action.setEnabled(False)
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
        self.live.start(new_db)
        if not is_new:
            self._backup_timer.start()
        settings.remember_database(path)
        self._fill_recent_menu()
        self.setWindowTitle(f"{path.name} - {app_title()}")
        self.local_action.setEnabled(False)
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

    def open_server(self, url) -> None:
        """Open a shared database on a PostgreSQL server and show it (as :meth:`open_database`:
        the previous database is closed only once this one has opened). The server (never the
        password) is remembered for the next start."""
        from core.db import open_url
        from core.server_login import ServerAddress
        from core.services import Services

        new_db = open_url(url)
        self.flush_pages()
        self._close_db()
        self.db = new_db
        self.services = Services(new_db)
        self.live.start(new_db)
        assert new_db.url is not None  # a server database has its address
        settings.remember_server(ServerAddress.from_url(new_db.url))
        self.local_action.setEnabled(True)
        label = new_db.label
        self.setWindowTitle(f"{label} - {app_title()}")
        self.location_label.setText(self.tr("Dữ liệu trên máy chủ: {server}").format(server=label))
        self.location_label.setToolTip(label)
        self._show_last_backup()
        for page in self.pages.built():
            page.set_services(self.services)
        self.pages[self._keys[max(self.nav.currentRow(), 0)]]  # the page shown: built, filled

    def connect_server_dialog(self) -> bool:
        """Tệp → Kết nối máy chủ dữ liệu…, filled with the server used last."""
        from gui.server_connect import connect_dialog

        return connect_dialog(self, address=settings.last_server())

    def open_local_file(self) -> bool:
        """Back from a server to the data file on this PC (the one used last, else the default)."""
        from core.paths import default_db_path

        return self.open_path(settings.last_database() or default_db_path())

    def open_path(self, path: Path) -> bool:
        return self.ops.run(self, self.open_database, path=path)

    def _close_db(self) -> None:
        self.ops.shutdown()  # work in the background on this file stops (nothing half written)
        self._backup_timer.stop()
        self.daily_backup.cancel()  # a copy under way stops; no half file is left
        self.live.stop()
        if self.db is not None:
            self.db.close()
            self.db = None
            self.services = None

    # -- backups -------------------------------------------------------------------------------
    def backup_folder(self) -> Path | None:
        """Where backups go: the folder chosen in Settings, else ``backups`` beside the file
        (for a server's data, the program's ``backups`` folder on this PC)."""
        if self.db is None or (self.db.path is None and not self.db.is_server):
            return None
        from core.services.settings import BACKUP_FOLDER

        chosen = str(self.services.settings.get(key=BACKUP_FOLDER)) if self.services else ""
        if chosen:
            return Path(chosen)
        return backup_dir_for(self.db.path) if self.db.path is not None else data_dir() / "backups"

    def start_daily_backup(self) -> None:
        """The day's rolling backup, in the chosen folder, keeping the chosen number, made on a
        worker thread. A backup that fails must not stop the day's work: it is said in the
        status bar and written to the log."""
        from core.services.settings import BACKUP_KEEP

        self._backup_timer.stop()
        if self.db is not None and self.db.is_server:
            return  # the server's own backups (the status bar says so: _show_last_backup)
        if self.db is None or self.db.path is None:
            return
        db_path, self._backup_folder = self.db.path, self.backup_folder()
        assert self.services is not None and self._backup_folder is not None  # both come with the open file
        keep = int(self.services.settings.get(key=BACKUP_KEEP))
        self.backup_label.setText(self.tr("Đang sao lưu…"))
        self.backup_label.setToolTip("")
        self.daily_backup.start(db_path, self._backup_folder, keep)

    def backup_running(self) -> bool:
        """The day's backup is due or under way."""
        return self._backup_timer.isActive() or self.daily_backup.running()

    def _backup_finished(self, _made, problem) -> None:
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
        if self.db is not None and self.db.is_server:
            self.backup_label.setText(self.tr("Không tự sao lưu: dữ liệu trên máy chủ"))
            self.backup_label.setToolTip(self.tr(
                "Sao lưu hằng ngày của máy chủ do người quản trị máy chủ làm. «Tệp → Sao lưu "
                "ngay…» chép dữ liệu trên máy chủ thành một tệp trên máy này."))
            return
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
                show_failure(self, AppError("file_exists", path=str(path)))
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
        if target.exists() or self.ops.run(self, build_demo, target=target):
            self.open_path(target)

    def backup_now(self) -> None:
        if self.db is not None and self.db.is_server:
            self._backup_server()
            return
        if self.db is None or self.db.path is None:
            return
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        default = self.backup_folder() / f"{self.db.path.stem}-sao-luu-{stamp}.sqlite"  # type: ignore[operator]  # an open data file has a backup folder
        default.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Sao lưu dữ liệu"), str(default),
                                              self._db_filter())
        if not name:
            return
        db_path, target = self.db.path, Path(name)
        if not self.ops.run(self, check_backup_target, db_path=db_path, target=target):
            return  # the file itself, a folder that cannot be written: said before any copying
        self.ops.background(
            self, lambda progress: backup_to(db_path, target, progress=progress),
            describe=percent(self.tr("Đang sao lưu… {percent}%")), on_done=self._backed_up)

    def _backup_server(self) -> None:
        """File → Sao lưu on a server: every row into a data file of this program on this PC
        (which any PC opens, and Khôi phục puts back)."""
        from core.backup import backup_server

        db = self.db
        assert db is not None
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
        folder = self.backup_folder()
        assert folder is not None  # a server's data has one on this PC
        folder.mkdir(parents=True, exist_ok=True)
        name = db.url.database if db.url is not None and db.url.database else "may-chu"
        default = folder / f"{name}-sao-luu-{stamp}.sqlite"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Sao lưu dữ liệu trên máy chủ"),
                                                str(default), self._db_filter())
        if not chosen:
            return
        target = Path(chosen)
        self.ops.background(
            self, lambda _progress: backup_server(db, target),
            describe=lambda _done, _total: self.tr("Đang sao lưu dữ liệu trên máy chủ…"),
            cancellable=False, on_done=self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self._show_last_backup()
        self.statusBar().showMessage(self.tr("Đã sao lưu vào {path}").format(path=info.path), 8000)

    def restore_dialog(self) -> None:
        if self.db is None or (self.db.path is None and not self.db.is_server):
            return
        folder = self.backup_folder()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu để khôi phục"),
                                              str(folder), self._db_filter())
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path) -> Job[BackupInfo] | None:
        """Replace the open database with ``backup`` after the user confirms; the current
        content is backed up first. The copying runs beside the window (which waits, greyed,
        since there is no data to show meanwhile); the job, or None when nothing was done."""
        if self.db is not None and self.db.is_server:
            return self._restore_server(backup)
        if self.db is None or self.db.path is None:
            return None
        db_path = self.db.path
        when = self._backup_to_restore(backup, db_path)
        if when is None:
            return None
        question = self.tr(
            "Toàn bộ dữ liệu hiện có trong «{db}» sẽ được thay bằng bản sao lưu «{backup}» "
            "(lưu lúc {when}). Dữ liệu hiện tại sẽ được sao lưu trước khi thay.\n\n"
            "Bạn có chắc muốn khôi phục?").format(db=db_path.name, backup=backup.name, when=when)
        if not Ask.confirm(self, question):
            return None
        self.flush_pages()
        self._close_db()
        self.splitter.setEnabled(False)
        self.menuBar().setEnabled(False)
        job = self.ops.background(
            self, lambda progress: restore_backup(backup, db_path, progress=progress),
            describe=lambda done, _total: self.tr("Đang khôi phục: sao lưu dữ liệu hiện tại…")
            if done == 0 else self.tr("Đang khôi phục: chép bản sao lưu vào…"),
            cancellable=False, on_done=self._restored)
        job.finished.connect(lambda _outcome: self._reopen_after_restore(db_path))
        return job

    def _backup_to_restore(self, backup: Path, db_path: Path | None) -> str | None:
        """When ``backup`` was saved ("hh:mm dd/mm/yyyy"), or None once it has been said why it
        cannot be restored (a newer program's, another program's, a damaged file, or the open
        data file ``db_path`` itself): said before anything is changed."""
        try:
            check_backup(backup)
            if db_path is not None and same_file(backup, db_path):
                raise AppError("restore_onto_itself", path=str(backup))
        except AppError as exc:
            show_failure(self, exc)
            return None
        return dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%H:%M %d/%m/%Y")

    def _restore_server(self, backup: Path) -> Job[BackupInfo] | None:
        """Put a backup file's rows into the server database, in one transaction: the others
        see the old rows until it is done, then the restored ones (their windows reload)."""
        from core.backup import restore_to_server

        db = self.db
        assert db is not None
        when = self._backup_to_restore(backup, None)
        if when is None:
            return None
        question = self.tr(
            "Toàn bộ dữ liệu trên máy chủ «{db}», mà mọi người trong cơ quan đang dùng chung, sẽ "
            "được thay bằng bản sao lưu «{backup}» (lưu lúc {when}). Dữ liệu hiện tại sẽ được sao "
            "lưu vào máy này trước khi thay.\n\nBạn có chắc muốn khôi phục?").format(
            db=db.label, backup=backup.name, when=when)
        if not Ask.confirm(self, question):
            return None
        self.flush_pages()
        job = self.ops.background(
            self, lambda _progress: restore_to_server(backup, db),
            describe=lambda _done, _total: self.tr("Đang khôi phục dữ liệu trên máy chủ…"),
            cancellable=False, on_done=self._restored, changes=EVERYTHING)
        return job

    def _reopen_after_restore(self, db_path: Path) -> None:
        """Whatever happened (a failure has been said), the data file opens again."""
        self.splitter.setEnabled(True)
        self.menuBar().setEnabled(True)
        if self.open_path(db_path):
            self.ops.announce(EVERYTHING)

    def _restored(self, saved: BackupInfo) -> None:
        self.statusBar().showMessage(
            self.tr("Đã khôi phục. Dữ liệu trước khi khôi phục được lưu tại {path}").format(
                path=saved.path), 15000)

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
        assert stand_in is not None  # each key has its place in the stack
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

    def current_page(self) -> QWidget | None:
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

    def _on_data_changed(self, changes: Changes) -> None:
        for page in self.pages.built():
            page.data_changed(changes)

    # -- several people at once (gui.live_updates) --------------------------------------------------
    def open_meeting_id(self) -> int | None:
        """The meeting shown in the workspace, if one is."""
        if not self.pages.is_built("meetings"):
            return None
        page = self._meetings_page()
        workspace = page._workspace if page is not None else None
        if page is None or workspace is None or workspace.meeting is None \
                or page.stack.currentIndex() != 1:
            return None
        return workspace.meeting.id

    def _meetings_page(self) -> MeetingsPage | None:
        """The meetings page when it has been built (pages are built when first shown)."""
        if not self.pages.is_built("meetings"):
            return None
        from gui.pages.meetings import MeetingsPage

        page = self.pages["meetings"]
        return page if isinstance(page, MeetingsPage) else None

    def _meeting_changed_by_others(self, meeting_id: int) -> None:
        if self.open_meeting_id() == meeting_id:
            from gui.meeting.live import show_others_changes

            page = self._meetings_page()
            if page is not None:
                show_others_changes(page)

    def _show_visitors(self, visitors: list[Visitor]) -> None:
        page = self._meetings_page()
        if page is not None and page._workspace is not None:
            page._workspace.header.show_visitors(visitors)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_pages()
        store = settings.app_settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        store.sync()
        self._close_db()
        super().closeEvent(event)
