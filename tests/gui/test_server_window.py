"""The window on a shared database on a PostgreSQL server: it says which server it shows, and
what one secretary records there the others read."""
from __future__ import annotations

import datetime as dt

from core.db import open_url
from core.services import Services


def test_the_window_opens_a_server_database_and_says_so(qtbot, answers, pg_databases):
    from gui.main_window import MainWindow

    url = pg_databases.new_url()
    try:
        with open_url(url) as other:  # another secretary's program, on the same server
            services = Services(other)
            committee = services.committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")
            services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                     title="Phiên họp quý II", starts_at=dt.datetime(2026, 4, 2, 8))
        win = MainWindow()
        qtbot.addWidget(win)
        win.open_server(url.render_as_string(hide_password=False))
        win.show()
        assert url.database in win.windowTitle()
        assert "máy chủ" in win.location_label.text()
        assert [m.title for m in win.services.meetings.list()] == ["Phiên họp quý II"]
        win.close()  # closes its database too
    finally:
        pg_databases.drop(url)


def test_a_server_is_backed_up_to_a_file_here_and_restored_from_it(qtbot, answers, pg_databases,
                                                                     tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from gui.main_window import MainWindow

    url = pg_databases.new_url()
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.open_server(url.render_as_string(hide_password=False))
        # No daily copy on this PC for a server's data, and the window says so.
        assert "máy chủ" in win.backup_label.text()
        page = win.show_page("settings")
        assert page.server_backup_note.isVisibleTo(page)
        assert not page.keep.isEnabled()  # the number of daily copies kept does not apply
        win.services.agencies.create(name="Sở Nội vụ")
        target = tmp_path / "sao-luu-may-chu.sqlite"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        win.backup_now()
        qtbot.waitUntil(lambda: not win.ops.busy(), timeout=60_000)
        assert "Đã sao lưu vào" in win.statusBar().currentMessage()
        conn = sqlite3.connect(target)
        assert {r[0] for r in conn.execute("SELECT name FROM agencies")} == {"Sở Nội vụ"}
        conn.close()

        win.services.agencies.create(name="Sở Tư pháp")  # recorded after the backup
        job = win.restore(target)
        assert job is not None
        assert "mọi người trong cơ quan" in answers["asked"][-1]  # the whole office's data: said
        qtbot.waitUntil(lambda: not win.ops.busy(), timeout=60_000)
        assert [a.name for a in win.services.agencies.list()] == ["Sở Nội vụ"]
        assert "Đã khôi phục" in win.statusBar().currentMessage()
        win.close()
    finally:
        pg_databases.drop(url)
