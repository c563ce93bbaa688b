import datetime as dt
import sqlite3

from PySide6.QtCore import Qt

from core.backup import backup_to


def test_window_shows_where_the_data_lives_and_the_last_backup(window, db_path):
    assert db_path.name in window.windowTitle()
    assert str(db_path) in window.location_label.text()
    assert window.backup_label.text() == "Chưa có bản sao lưu"


def test_navigation_reaches_every_area_by_keyboard(window, qtbot):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Tổng quan", "Cuộc họp", "Nhiệm vụ", "Thành viên và Ban", "Cơ quan, đơn vị",
                      "Cài đặt"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["meetings"]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["settings"]


def test_empty_database_offers_the_demo_data_and_opens_it(window, qtbot, tmp_path):
    page = window.show_page("meetings")
    assert page.demo_button.isVisibleTo(page)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert "du-lieu-mau" in window.windowTitle()
    assert page.model.rowCount() == 5
    assert not page.demo_button.isVisibleTo(page)
    page.search.setText("tieu ban tuyen truyen")
    titles = {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())}
    assert titles and all("Tiểu ban" in t or "Đại hội" in t for t in titles)


def test_recent_files_remember_opened_databases(window, tmp_path, db_path):  # files, not a server
    other = tmp_path / "other.sqlite"
    window.open_database(other)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries[0] == str(other)
    assert any(e.endswith("test.sqlite") for e in entries)


def test_restore_asks_first_then_replaces_and_keeps_the_current_data(window, db_path, tmp_path, answers,
                                                                     qtbot):
    services = window.services
    services.agencies.create(name="Sở Nội vụ")
    saved = tmp_path / "saved.sqlite"
    backup_to(db_path, saved)
    services.agencies.create(name="Sở Tài chính")

    answers["confirm"] = False
    assert not window.restore(saved)
    assert "Sở Tài chính" in [a.name for a in window.services.agencies.list()]
    assert "sẽ được thay" in answers["asked"][-1]

    answers["confirm"] = True
    job = window.restore(saved)  # copied beside the window, which waits greyed
    assert job is not None and not window.centralWidget().isEnabled()
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "done" and window.centralWidget().isEnabled()
    assert "Đã khôi phục" in window.statusBar().currentMessage()
    assert [a.name for a in window.services.agencies.list()] == ["Sở Nội vụ"]
    kept = [p for p in window.backups() if "truoc-khoi-phuc" in p.name]
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    assert {r[0] for r in conn.execute("SELECT name FROM agencies")} == {"Sở Nội vụ", "Sở Tài chính"}
    conn.close()


def test_window_size_and_splitter_are_remembered(qtbot, db_path, answers):
    from gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.open_database(db_path)
    first.show()
    qtbot.waitExposed(first)
    # A size the user could choose: above the window's minimum, inside the 800x600 offscreen screen.
    first.resize(798, 590)
    width = first.size().width()
    default = first.splitter.sizes()
    first.splitter.setSizes([first.nav.minimumWidth(), sum(default)])  # the narrowest navigation
    chosen = first.splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.size().width(), second.size().height()) == (width, 590)
    assert second.splitter.sizes() == chosen
    assert chosen != default  # the user's own split, not the one every window starts with
    second.close()


def test_backing_up_onto_the_data_file_itself_is_refused(window, db_path, tmp_path, answers,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.services.agencies.create(name="Sở Nội vụ")
    link = tmp_path / "lien-ket"
    link.symlink_to(db_path.parent)
    for chosen in (db_path, link / db_path.name, db_path.parent / ".." / "db" / db_path.name):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, c=chosen, **k: (str(c), ""))
        window.backup_now()
        assert "chính tệp dữ liệu" in answers["warnings"][-1]
    assert [a.name for a in window.services.agencies.list()] == ["Sở Nội vụ"]


def test_a_backup_from_a_newer_program_is_refused_before_the_question(window, db_path, tmp_path,
                                                                       answers):
    window.services.agencies.create(name="Sở Nội vụ")
    newer = tmp_path / "newer.sqlite"
    backup_to(db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert not window.restore(newer)
    assert answers["asked"] == []  # nothing to confirm: refused first
    assert "phiên bản mới hơn" in answers["warnings"][-1]
    assert [a.name for a in window.services.agencies.list()] == ["Sở Nội vụ"]


def test_the_daily_backup_is_made_after_the_window_opens(make_window, db_path, qtbot):
    from core.db import open_database

    open_database(db_path).close()  # a file used before: each day's first opening backs it up
    window = make_window(db_path)
    today = db_path.parent / "backups" / f"{db_path.stem}-{dt.date.today().isoformat()}.sqlite"
    assert window.services is not None  # the window is usable before the copy is made
    qtbot.waitUntil(lambda: not window.backup_running(), timeout=10_000)
    assert today.exists()
    assert window.backup_label.text().startswith("Sao lưu gần nhất:")


def test_a_failed_daily_backup_is_said_in_the_status_bar_and_logged(window, db_path, qtbot,
                                                                    tmp_path, caplog):
    from core.services.settings import BACKUP_FOLDER

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    window.services.settings.set(key=BACKUP_FOLDER, value=str(blocked))
    window.start_daily_backup()
    qtbot.waitUntil(lambda: not window.backup_running(), timeout=10_000)
    assert window.backup_label.text() == "Sao lưu hằng ngày không thành công"
    assert str(blocked) in window.statusBar().currentMessage()
    assert any("daily backup" in r.getMessage() for r in caplog.records)


def test_closing_during_the_daily_backup_leaves_no_half_file(make_window, db_path, monkeypatch):
    from core import backup
    from core.db import open_database

    db = open_database(db_path)
    with db.engine.begin() as conn:
        for i in range(300):
            conn.exec_driver_sql(
                "INSERT INTO agencies (name, is_active, search_key, dup_key, created_at, "
                "updated_at) VALUES (?, 1, '', '', '2020-01-01', '2020-01-01')",
                (f"Cơ quan {i} " + "x" * 400,))
    db.close()
    monkeypatch.setattr(backup, "STEP_PAGES", 1)  # many small steps: closing lands in the middle
    window = make_window(db_path)
    window.start_daily_backup()
    window.close()
    assert not window.backup_running()
    folder = db_path.parent / "backups"
    assert not list(folder.glob(".tmp-*"))
    for made in folder.glob("*.sqlite"):  # finished before the close, or not there at all
        backup.check_backup(made)


def test_backing_up_runs_beside_the_window_and_says_where(window, db_path, tmp_path, qtbot,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.services.agencies.create(name="Sở Nội vụ")
    target = tmp_path / "usb" / "sao-luu.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup_now()
    qtbot.waitUntil(lambda: not window.ops.busy(), timeout=60_000)
    assert "Đã sao lưu vào" in window.statusBar().currentMessage()
    conn = sqlite3.connect(target)
    assert {r[0] for r in conn.execute("SELECT name FROM agencies")} == {"Sở Nội vụ"}
    conn.close()
    assert [p.name for p in target.parent.iterdir()] == ["sao-luu.sqlite"]  # no temporary twin
