"""Which database engine the tests run on. With THUKY_TEST_PG_URL naming a database on a
PostgreSQL server (``tools/pg_server.sh`` starts a throw-away one), the ``db`` fixture gives each
test a fresh database there instead of an SQLite file."""
from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("THUKY_TEST_PG_URL") or None
ON_PG = PG_URL is not None


def sqlite_only(reason: str):
    """Skips a test on PostgreSQL; ``reason`` says what only an SQLite file has."""
    return pytest.mark.skipif(ON_PG, reason=f"SQLite only: {reason}")


def server_only(reason: str):
    """Skips a test on SQLite; ``reason`` says what only a server shows."""
    return pytest.mark.skipif(not ON_PG, reason=f"PostgreSQL only: {reason}")
