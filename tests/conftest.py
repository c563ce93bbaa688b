"""Shared fixtures: every test gets its own data folder and database; nothing touches real data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.engines import ON_PG, PG_URL

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Point the program's data folder at a temporary one for every test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("THUKY_DATA_DIR", str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_log_left_behind():
    """A test that set up the program's log (the command line does) leaves none for the next."""
    yield
    import logging

    from core import logs

    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "db" / "test.sqlite"


# On PostgreSQL (tests/engines.py), every test that takes the ``db`` fixture runs on the server,
# each in a fresh database copied from one migrated once per run.


class _PgDatabases:
    """Fresh databases on the test server, each a copy of a template migrated once."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        from core.db import server_url

        self.base = server_url(url)
        self.admin = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.prefix = f"thuky_t{os.getpid()}"
        self.count = 0
        self.template = None
        self.pending: list = []

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def new_url(self, migrated: bool = True):
        if migrated and self.template is None:
            from core.db import open_url

            self.template = f"{self.prefix}_template"
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{self.template}" TEMPLATE template0')
            open_url(self.base.set(database=self.template)).close()
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        source = self.template if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return self.base.set(database=name)

    def drop(self, url) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    def drop_later(self, url) -> None:
        """Drop ``url`` a few tests later: a closed window's last signals (a picker's focus
        leaving, a timer) may still reach its database while the next test starts."""
        self.pending.append(url)

    def drop_pending(self, keep: int = 20) -> None:
        while len(self.pending) > keep:
            self.drop(self.pending.pop(0))

    def close(self) -> None:
        # The last windows' databases stay: their closing signals may still come after this,
        # and the test server is thrown away whole.
        self.drop_pending(keep=3)
        if self.template is not None:
            self.drop(self.base.set(database=self.template))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases():
    if not ON_PG:
        pytest.skip("needs a PostgreSQL server: set THUKY_TEST_PG_URL (tools/pg_server.sh)")
    databases = _PgDatabases(PG_URL)
    yield databases
    databases.close()


@pytest.fixture
def pg_url(pg_databases):
    """The URL of an empty database (no tables) on the test server."""
    url = pg_databases.new_url(migrated=False)
    yield url
    pg_databases.drop(url)


@pytest.fixture
def db(request, db_path):
    if ON_PG:
        from core.db import open_url

        databases = request.getfixturevalue("pg_databases")
        url = databases.new_url()
        database = open_url(url)
        yield database
        database.close()
        databases.drop(url)
        return
    from core.db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db):
    from core.services import Services

    return Services(db)


def pytest_configure(config):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
