"""A server database's schema: several programs starting at once on an older schema, one
upgrades while the others wait and then use it; a program older than the server's schema, a
database of another program, a missing database or an unreachable server are refused with a
Vietnamese message, the data left as it was."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, text

from core.db import MIGRATION_LOCK, current_revision, open_url
from core.errors import AppError, EnvironmentProblem
from core.migrations import HEAD_REVISION, runner
from core.services import Services


def _at_revision(url, revision: str) -> None:
    """The database as an older program left it: migrated up to ``revision`` only."""
    engine = create_engine(url)
    try:
        runner.upgrade(engine, revision)
    finally:
        engine.dispose()


def _open_in_threads(url, count: int) -> tuple[list, list[BaseException]]:
    opened, failed = [], []
    start = threading.Barrier(count)

    def one() -> None:
        try:
            start.wait()
            db = open_url(url)
            opened.append(Services(db).committees.list())
            db.close()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported by the test
            failed.append(exc)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads), "a program never finished opening"
    return opened, failed


def test_programs_starting_together_on_an_empty_database_create_it_once(pg_url):
    opened, failed = _open_in_threads(pg_url, 4)
    assert failed == [] and len(opened) == 4
    engine = create_engine(pg_url)
    try:
        assert current_revision(engine) == HEAD_REVISION
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        engine.dispose()


def test_programs_starting_together_on_an_older_schema_upgrade_it_once(pg_url):
    _at_revision(pg_url, "0010")  # the older program's saves are counted (0010) too
    with open_url(pg_url, upgrade=False) as older:  # what the office recorded before
        Services(older).committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")
    opened, failed = _open_in_threads(pg_url, 4)
    assert failed == []
    assert [[c.name for c in found] for found in opened] == [["Ban Chỉ đạo tỉnh"]] * 4
    engine = create_engine(pg_url)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_an_upgrade_waits_for_the_program_already_upgrading(pg_url):
    _at_revision(pg_url, "0008")
    holder = create_engine(pg_url)
    done = threading.Event()
    result: list = []

    def opening() -> None:
        try:
            with open_url(pg_url) as db:
                result.append(current_revision(db.engine))
        except BaseException as exc:  # noqa: BLE001
            result.append(exc)
        done.set()

    try:
        with holder.connect() as conn:  # another program is upgrading: it holds the lock
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
            thread = threading.Thread(target=opening)
            thread.start()
            assert not done.wait(1.0), "the schema was changed while another program held the lock"
            assert current_revision(holder) == "0008"
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
        thread.join(60)
        assert result == [HEAD_REVISION]
    finally:
        holder.dispose()


def test_a_program_older_than_the_servers_schema_refuses_and_changes_nothing(pg_url):
    url = pg_url
    with open_url(url) as db:
        Services(db).committees.create(name="Tiểu ban Văn kiện", abbreviation="TBVK")
        with db.engine.begin() as conn:  # a newer program upgraded the server
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(AppError) as caught:
        open_url(url)
    assert caught.value.code == "server_schema_too_new"
    assert "phiên bản mới hơn" in caught.value.message()
    assert url.database in caught.value.message()
    engine = create_engine(url)
    try:
        assert current_revision(engine) == "9999"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM committees")).scalars().all() == [
                "Tiểu ban Văn kiện"]
    finally:
        engine.dispose()


def test_a_database_of_another_program_is_refused_untouched(pg_url):
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE ke_toan (id integer PRIMARY KEY, so_tien numeric)"))
        with pytest.raises(AppError) as caught:
            open_url(pg_url)
        assert caught.value.code == "server_not_ours" and "chương trình khác" in caught.value.message()
        with engine.connect() as conn:
            assert conn.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            )).scalar() == 1
    finally:
        engine.dispose()


def test_a_missing_database_and_an_unreachable_server_are_told_apart(pg_url, tmp_path):
    with pytest.raises(EnvironmentProblem) as caught:
        open_url(pg_url.set(database="khong_co_csdl_nay"))
    assert caught.value.code == "server_database_missing"
    assert "khong_co_csdl_nay" in caught.value.message()
    nowhere = pg_url.set(query={"host": str(tmp_path / "khong-co-may-chu")})
    with pytest.raises(EnvironmentProblem) as caught:
        open_url(nowhere, connect_timeout=2)
    assert caught.value.code == "server_unreachable"
    assert "Không kết nối được" in caught.value.message()
