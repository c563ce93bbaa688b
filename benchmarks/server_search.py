"""Which index makes the task register's search fast on PostgreSQL, with the same answers as
on SQLite: none (LIKE reads every task), pg_trgm, or a functional full-text index
(to_tsvector over the folded search text; and over unaccent(content), the textbook form).

    python benchmarks/server_search.py DB.sqlite --to postgresql://…/db_holding_the_same_data
        [--runs 5]

The server database must already hold the file's data (benchmarks/server.py copies it). For
each way, the index is built (time and size printed), then each search runs as the register
runs it (first page of 200, and the total), alternating with the same search on the SQLite
file: min / median / max in ms and the ratio to SQLite. "same" says whether the total and the
first page are those SQLite gives. The server is left with the program's own index (0011).
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import and_, func, literal_column, text  # noqa: E402

from core import models as m  # noqa: E402
from core.db import open_database, open_url  # noqa: E402
from core.migrations import SERVER_SEARCH_INDEX  # noqa: E402
from core.services import Services, task_fulltext  # noqa: E402

RUNS = 5
SEARCHES = ("q", "qu", "qua", "quan", "quang", "quang b", "quang ba", "quang ba hinh",
            "quang ba hinh anh", "tuyen truyen", "đại hội", "dai hoi ke hoach", "so noi vu",
            "ha nam", "điện biên", "du lich dau tu", "xyzq")
TSV = "ix_bench_tasks_tsv"
UNACCENT = "ix_bench_tasks_unaccent"


def _tsquery(words: list[str]) -> str:
    """``'quang':* & 'ba':*``: each word a quoted prefix."""
    return " & ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "':*" for w in words)


def tsv_clause(words: list[str]):  # noqa: ANN201
    vector = func.to_tsvector(literal_column("'simple'::regconfig"), m.Task.search_key)
    query = func.to_tsquery(literal_column("'simple'::regconfig"), _tsquery(words))
    return and_(vector.op("@@")(query), task_fulltext.like_clause(words))


def unaccent_clause(words: list[str]):  # noqa: ANN201
    vector = func.to_tsvector(literal_column("'simple'::regconfig"),
                              func.bench_unaccent(func.lower(m.Task.content)))
    query = func.to_tsquery(literal_column("'simple'::regconfig"), _tsquery(words))
    return and_(vector.op("@@")(query), task_fulltext.like_clause(words))


def _execute(db, *sql: str) -> float:  # noqa: ANN001
    started = time.perf_counter()
    with db.engine.begin() as conn:
        for statement in sql:
            conn.execute(text(statement))
    return time.perf_counter() - started


def _size(db, index: str) -> str:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT pg_size_pretty(pg_relation_size(CAST(:i AS regclass)))"),
                            {"i": index}).scalar()


WAYS = {
    "no index (LIKE reads every task)": dict(
        make=(), index=None, clause=task_fulltext.like_clause),
    "pg_trgm GIN on search_key (chosen)": dict(
        make=("CREATE EXTENSION IF NOT EXISTS pg_trgm",
              f"CREATE INDEX IF NOT EXISTS {SERVER_SEARCH_INDEX} ON tasks "
              "USING gin (search_key gin_trgm_ops)"),
        index=SERVER_SEARCH_INDEX, clause=task_fulltext.server_clause),
    "GIN to_tsvector('simple', search_key), prefix": dict(
        make=(f"CREATE INDEX {TSV} ON tasks USING gin "
              "(to_tsvector('simple'::regconfig, search_key))",),
        index=TSV, clause=tsv_clause),
    "GIN to_tsvector(unaccent(lower(content)))": dict(
        make=("CREATE EXTENSION IF NOT EXISTS unaccent",
              "CREATE OR REPLACE FUNCTION bench_unaccent(text) RETURNS text LANGUAGE sql "
              "IMMUTABLE PARALLEL SAFE AS $$ SELECT public.unaccent('public.unaccent', $1) $$",
              f"CREATE INDEX {UNACCENT} ON tasks USING gin "
              "(to_tsvector('simple'::regconfig, bench_unaccent(lower(content))))"),
        index=UNACCENT, clause=unaccent_clause),
}


def run(path: Path, url: str, runs: int) -> None:
    today = dt.date.today()
    with open_database(path, daily_backup=False) as file_db, open_url(url) as server_db:
        local, remote = Services(file_db), Services(server_db)
        with server_db.engine.connect() as conn:
            tasks = conn.execute(text("SELECT count(*) FROM tasks")).scalar()
        print(f"{tasks:,} tasks; SQLite searches with its FTS5 index (0004)")
        _execute(server_db, f"DROP INDEX IF EXISTS {SERVER_SEARCH_INDEX}",
                 f"DROP INDEX IF EXISTS {TSV}", f"DROP INDEX IF EXISTS {UNACCENT}")
        expected = {}
        for search in SEARCHES:
            expected[search] = (local.tasks.count(search=search, today=today),
                                [t.id for t in local.tasks.list(search=search, today=today,
                                                                limit=200)])
        real = task_fulltext.server_clause
        summary = []
        try:
            for name, way in WAYS.items():
                seconds = _execute(server_db, *way["make"], "ANALYZE tasks")
                size = _size(server_db, way["index"]) if way["index"] else "-"
                print(f"\n{name}: index built in {seconds:.1f} s, {size}")
                print(f"{'search':<22} {'what':<11} {'SQLite min/med/max':>22} "
                      f"{'PostgreSQL min/med/max':>24}  ratio  same")
                task_fulltext.server_clause = way["clause"]
                worst, differ = 0.0, []
                for search in SEARCHES:
                    got = (remote.tasks.count(search=search, today=today),
                           [t.id for t in remote.tasks.list(search=search, today=today,
                                                            limit=200)])
                    same = got == expected[search]
                    if not same:
                        differ.append(f"{search!r} ({got[0]:,} for {expected[search][0]:,})")
                    for what, call_file, call_server in (
                            ("first page",
                             lambda s=search: local.tasks.list(search=s, today=today, limit=200),
                             lambda s=search: remote.tasks.list(search=s, today=today, limit=200)),
                            ("count", lambda s=search: local.tasks.count(search=s, today=today),
                             lambda s=search: remote.tasks.count(search=s, today=today))):
                        a, b = [], []
                        for _ in range(runs):
                            started = time.perf_counter()
                            call_file()
                            a.append((time.perf_counter() - started) * 1000)
                            started = time.perf_counter()
                            call_server()
                            b.append((time.perf_counter() - started) * 1000)
                        worst = max(worst, statistics.median(b))
                        ratio = statistics.median(b) / max(statistics.median(a), 1e-6)
                        print(f"{search:<22} {what:<11} {min(a):6.1f} {statistics.median(a):6.1f} "
                              f"{max(a):7.1f}  {min(b):6.1f} {statistics.median(b):6.1f} "
                              f"{max(b):7.1f}  {ratio:5.2f}  {'yes' if same else 'NO'}",
                              flush=True)
                summary.append((name, seconds, size, worst, differ))
                if way["index"] and way["index"] != SERVER_SEARCH_INDEX:
                    _execute(server_db, f"DROP INDEX {way['index']}")
        finally:
            task_fulltext.server_clause = real
            _execute(server_db, *WAYS["pg_trgm GIN on search_key (chosen)"]["make"],
                     f"DROP INDEX IF EXISTS {TSV}", f"DROP INDEX IF EXISTS {UNACCENT}",
                     "DROP FUNCTION IF EXISTS bench_unaccent(text)")
        print("\nsummary: way, index build, size, slowest median of a keystroke, answers")
        for name, seconds, size, worst, differ in summary:
            answers = "same as SQLite" if not differ else "DIFFER: " + ", ".join(differ)
            print(f"  {name:<46} {seconds:6.1f} s {size:>9} {worst:8.1f} ms  {answers}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--to", required=True, help="a server database holding the same data")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    run(args.db, args.to, args.runs)


if __name__ == "__main__":
    main()
