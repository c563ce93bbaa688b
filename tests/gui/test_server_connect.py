"""Tệp → Kết nối máy chủ dữ liệu…: the user types where the office's database is, tries the
connection and reads what is wrong in words, connects (the window switches to the server and
says so), finds it again at the next start, and goes back to the data file on this PC. The
password is kept in the OS keyring, or asked each time; never written in the settings."""
from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text

from core.server_login import KEYRING_SERVICE, ServerAddress
from gui import settings


class MemoryKeyring(KeyringBackend):
    """A keyring as Windows' Credential Manager behaves, kept in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def fill(address: ServerAddress, password: str = "", *, then=None):
    """A form filler: types the address as a user would, optionally presses a button first."""

    def filler(dialog):
        dialog.host.setText(address.host)
        dialog.port.setText(str(address.port))
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        dialog.password.setText(password)
        if then is not None:
            return then(dialog)
        return True

    return filler


def settings_text() -> str:
    store = settings.app_settings()
    store.sync()
    return Path(store.fileName()).read_text(encoding="utf-8")


# -- without a server ------------------------------------------------------------------------------


def test_an_unreachable_server_is_said_in_words_and_nothing_is_lost(window, db_path, answers,
                                                                   no_keyring):
    seen = {}

    def try_then_cancel(dialog):
        assert not dialog.remember.isEnabled()  # no keyring on this PC: asked each time
        assert dialog.no_keyring_note.isVisibleTo(dialog)
        seen["tried"] = dialog.try_connection()
        seen["answer"] = dialog.answer.text()
        seen["connected"] = dialog.submit()
        seen["after"] = dialog.answer.text()
        seen["typed"] = (dialog.host.text(), dialog.password.text())
        return False

    answers["forms"].append(fill(ServerAddress("127.0.0.1", 1, "thuky", "hoa"), "bí mật",
                                 then=try_then_cancel))
    assert not window.connect_server_dialog()
    assert seen["tried"] is False and seen["connected"] is False
    assert "Không kết nối được máy chủ dữ liệu" in seen["answer"]
    assert "không nhận kết nối ở cổng này" in seen["answer"]
    assert "Không kết nối được" in seen["after"]
    assert seen["typed"] == ("127.0.0.1", "bí mật")
    assert window.db.path is not None  # still on the data file
    assert "bí mật" not in settings_text()


def test_a_missing_field_is_said_under_it(window, answers, no_keyring):
    seen = {}

    def submit(dialog):
        seen["ok"] = dialog.submit()
        seen["host"] = dialog.form.error("host")
        seen["port"] = dialog.form.error("port")
        return False

    answers["forms"].append(fill(ServerAddress("", 5432, "thuky", "hoa"), then=submit))
    window.connect_server_dialog()
    assert seen["ok"] is False and "Chưa nhập Máy chủ" in seen["host"]

    answers["forms"].append(lambda d: (d.host.setText("may-chu"), d.port.setText("99999"),
                                       d.database.setText("thuky"), d.user.setText("hoa"),
                                       submit(d))[-1])
    window.connect_server_dialog()
    assert "65535" in seen["port"]


# -- on a real server ------------------------------------------------------------------------------


def address_of(url) -> ServerAddress:
    return ServerAddress.from_url(url)


def test_connecting_switches_the_window_and_the_next_start_finds_it(
        make_window, db_path, answers, pg_databases, memory_keyring, qtbot):
    url = pg_databases.new_url(migrated=False)
    try:
        window = make_window(db_path)
        address = address_of(url)
        seen = {}

        def try_then_connect(dialog):
            assert dialog.remember.isChecked()
            seen["tried"] = dialog.try_connection()
            seen["answer"] = dialog.answer.text()
            return True

        answers["forms"].append(fill(address, "mật-khẩu-1", then=try_then_connect))
        assert window.connect_server_dialog()
        assert seen["tried"] and "Kết nối được: PostgreSQL" in seen["answer"]
        assert "còn trống" in seen["answer"]
        assert window.db.is_server
        assert url.database in window.windowTitle()
        assert url.database in window.location_label.text()
        assert "máy chủ" in window.location_label.text()
        assert window.local_action.isEnabled()
        # the server is remembered, its password only in the keyring
        assert settings.last_source() == "server"
        assert settings.last_server() == address
        assert "mật-khẩu-1" not in settings_text()
        assert memory_keyring.saved == {(KEYRING_SERVICE, address.keyring_name): "mật-khẩu-1"}
        window.services.committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")

        # the next start: the same server, without asking
        from gui.main_window import MainWindow
        from gui.server_connect import reopen_last_server

        again = MainWindow()
        qtbot.addWidget(again)
        assert reopen_last_server(again)
        assert [c.name for c in again.services.committees.list()] == ["Ban Chỉ đạo tỉnh"]
        again.close()

        # and back to the data file on this PC
        assert window.open_local_file()
        assert window.db.path == db_path.absolute() or window.db.path.samefile(db_path)
        assert settings.last_source() == "file"
        assert not window.local_action.isEnabled()
    finally:
        window.close()
        pg_databases.drop(url)


def test_each_refusal_of_the_server_is_said_as_what_it_is(
        window, db_path, answers, pg_databases, no_keyring, monkeypatch):
    url = pg_databases.new_url()
    try:
        address = address_of(url)
        answered = []

        def try_only(dialog):
            dialog.try_connection()
            answered.append(dialog.answer.text())
            return False

        missing = ServerAddress(address.host, address.port, "khong_co_csdl_nay", address.user)
        answers["forms"].append(fill(missing, then=try_only))
        window.connect_server_dialog()
        assert "không có cơ sở dữ liệu «khong_co_csdl_nay»" in answered[-1]

        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        engine.dispose()
        answers["forms"].append(fill(address, then=try_only))
        window.connect_server_dialog()
        assert "phiên bản mới hơn của chương trình" in answered[-1]

        import core.db

        monkeypatch.setattr(core.db, "MIN_SERVER_VERSION", 99)
        answers["forms"].append(fill(address, then=try_only))
        window.connect_server_dialog()
        assert "cần PostgreSQL 99 trở lên" in answered[-1]
        assert window.db.path is not None  # nothing switched
    finally:
        pg_databases.drop(url)


@pytest.fixture
def password_user(pg_databases):
    """A login that must give its password (the test server trusts its other users)."""
    folder = os.environ.get("THUKY_TEST_PG_DIR")
    if not folder or not os.access(Path(folder) / "data" / "pg_hba.conf", os.W_OK):
        pytest.skip("needs the test server's own folder (THUKY_TEST_PG_DIR) to ask for a password")
    hba = Path(folder) / "data" / "pg_hba.conf"
    before = hba.read_text()
    admin = pg_databases.admin
    with admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS thuky_hoa"))
        conn.execute(text("CREATE ROLE thuky_hoa LOGIN PASSWORD 'dung-roi'"))
        hba.write_text("local all thuky_hoa scram-sha-256\n" + before)
        conn.execute(text("SELECT pg_reload_conf()"))
    yield "thuky_hoa"
    with admin.connect() as conn:
        hba.write_text(before)
        conn.execute(text("SELECT pg_reload_conf()"))
        conn.execute(text("DROP ROLE IF EXISTS thuky_hoa"))


def test_a_wrong_password_is_said_and_the_right_one_connects(
        window, answers, pg_databases, password_user, memory_keyring):
    url = pg_databases.new_url()
    try:
        address = ServerAddress(address_of(url).host, address_of(url).port, url.database,
                                password_user)
        seen = {}

        def submit_thrice(dialog):
            seen["wrong"] = dialog.submit()
            seen["answer"] = dialog.answer.text()
            dialog.password.setText("dung-roi")
            seen["no_rights"] = dialog.submit()
            seen["rights_answer"] = dialog.answer.text()
            with pg_databases.admin.connect() as conn:  # the administrator grants the rights
                conn.execute(text(f"GRANT thuky TO {password_user}"))
            return True

        answers["forms"].append(fill(address, "sai-roi", then=submit_thrice))
        assert window.connect_server_dialog()
        assert seen["wrong"] is False
        assert "không nhận tên đăng nhập «thuky_hoa»" in seen["answer"]
        assert seen["no_rights"] is False
        assert "chưa được cấp quyền dùng cơ sở dữ liệu" in seen["rights_answer"]
        assert window.db.is_server and window.db.user == "thuky_hoa"
        assert memory_keyring.saved[(KEYRING_SERVICE, address.keyring_name)] == "dung-roi"
        window.close()
    finally:
        pg_databases.drop(url)


def test_the_next_start_asks_for_a_password_that_was_not_kept(
        qtbot, answers, pg_databases, password_user, no_keyring):
    from gui.main_window import MainWindow
    from gui.server_connect import reopen_last_server

    url = pg_databases.new_url()
    try:
        with pg_databases.admin.connect() as conn:
            conn.execute(text(f"GRANT thuky TO {password_user}"))
        address = ServerAddress(address_of(url).host, address_of(url).port, url.database,
                                password_user)
        settings.remember_server(address)
        seen = {}

        def type_password(dialog):
            seen["problem"] = dialog.answer.text()
            seen["filled"] = (dialog.host.text(), dialog.database.text(), dialog.user.text())
            dialog.password.setText("dung-roi")
            return True

        answers["forms"].append(type_password)
        window = MainWindow()
        qtbot.addWidget(window)
        assert reopen_last_server(window)
        assert "Hãy nhập mật khẩu để kết nối máy chủ dữ liệu" in seen["problem"]
        assert seen["filled"] == (address.host, address.database, password_user)
        assert window.db.is_server and window.db.user == password_user
        assert "dung-roi" not in settings_text()
        window.close()
    finally:
        pg_databases.drop(url)
