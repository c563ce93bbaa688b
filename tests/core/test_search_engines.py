"""A search typed on a shared server finds what it finds on a PC: the same records, in the same
order, counted the same, for every list that searches (tasks, meetings, agencies, people,
committees), with or without marks, đ included, each typed word beginning a word."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from core.db import open_database, open_url
from core.migrations import SERVER_SEARCH_INDEX
from core.server_copy import copy_database
from core.services import Services
from tests.engines import server_only

pytestmark = server_only("compares a PC's data file with the same data on a PostgreSQL server")

TODAY = dt.date(2026, 3, 15)
QUERIES = ["đại hội", "dai hoi", "ĐẠI", "tuyên truyền", "tuyen", "uyen", "đ", "d", "Đ", "so",
           "sở nội", "bao hai", "kế hoạch", "ke hoach 2026", "quang ba", "thong tin doi ngoai",
           "nguyen", "nguyễn thị", "van", "(", "%", "_", "/", "2026", "xyz", "hoi nghi tong ket",
           "ban chi dao", "uy ban nhan dan", "dan", "Dương", "duong", "phuc", "phó"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def both(demo_file, pg_url):
    """The demo data on a PC and, copied, on the server: (file's services, server's services)."""
    with open_database(demo_file, daily_backup=False) as local, open_url(pg_url) as server:
        copy_database(local, server)
        yield Services(local), Services(server)


def _answers(services: Services, query: str) -> dict[str, object]:
    tasks = services.tasks
    return {
        "tasks": [t.id for t in tasks.list(search=query, today=TODAY)],
        "tasks, first page": [t.id for t in tasks.list(search=query, today=TODAY, limit=20)],
        "tasks counted": tasks.count(search=query, today=TODAY),
        "open tasks counted": tasks.count(search=query, today=TODAY, status="in_progress"),
        "tasks by content": [t.id for t in tasks.list(search=query, today=TODAY,
                                                      order_by="content")],
        "meetings": [x.id for x in services.meetings.list(search=query)],
        "agencies": [x.id for x in services.agencies.list(search=query, include_inactive=True)],
        "people": [x.id for x in services.people.list(search=query)],
        "committees": [x.id for x in services.committees.list(search=query,
                                                               include_inactive=True)],
    }


def test_every_search_finds_the_same_records_on_both_engines(both):
    local, server = both
    found_any = 0
    for query in QUERIES:
        on_file, on_server = _answers(local, query), _answers(server, query)
        assert on_server == on_file, query
        found_any += bool(on_file["tasks"])
    assert found_any >= len(QUERIES) // 2  # the data has something for most of them


def test_the_server_searches_through_its_trigram_index(both):
    _, server = both
    with server.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = :name"),
                            {"name": SERVER_SEARCH_INDEX}).scalar() == 1
        # once the server knows the register's size, a search of a rare word uses the index
        conn.execute(text("ANALYZE tasks"))
        conn.execute(text("SET enable_seqscan = off"))  # a small register: force the choice
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT id FROM tasks WHERE search_key LIKE '%tuyen%'")).scalars())
    assert SERVER_SEARCH_INDEX in plan
