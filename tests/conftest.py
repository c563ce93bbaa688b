"""Shared fixtures: every test gets its own data folder and database; nothing touches real data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Point the program's data folder at a temporary one for every test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("THUKY_DATA_DIR", str(folder))
    yield folder


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "db" / "test.sqlite"


@pytest.fixture
def db(db_path):
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
