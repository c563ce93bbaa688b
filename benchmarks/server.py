"""The same database on SQLite and on a PostgreSQL server, side by side: copy-to-server and back
(with their checks), then the common queries of benchmarks/queries.py on each engine,
alternating, min / median / max in milliseconds and the server's ratio to SQLite.

    python benchmarks/server.py --to postgresql://user@host/empty_db [--scale 0.1] [DB.sqlite]

The server database must be empty. Without DB, one is built first (benchmarks/data.py; scale 1.0
is ten years of a busy secretariat).
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import build  # noqa: E402
from benchmarks.queries import named_queries  # noqa: E402
from core.db import open_database, open_url  # noqa: E402
from core.server_copy import copy_database  # noqa: E402
from core.services import Services  # noqa: E402

RUNS = 7


def once(call) -> float:  # noqa: ANN001
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def side_by_side(file_db, server_db) -> None:  # noqa: ANN001
    today = dt.date.today()
    local = named_queries(Services(file_db), today)
    remote = named_queries(Services(server_db), today)
    print(f"{'query':<46} {'SQLite min/med/max ms':>24} {'PostgreSQL min/med/max ms':>27}  ratio")
    for (label, on_file), (_, on_server) in zip(local, remote, strict=True):
        on_file(), on_server()  # warm both caches once
        a, b = [], []
        for _ in range(RUNS):  # alternating, so both see the same machine
            a.append(once(on_file))
            b.append(once(on_server))

        def show(xs: list[float]) -> str:
            return f"{min(xs):6.1f} {statistics.median(xs):6.1f} {max(xs):7.1f}"

        ratio = statistics.median(b) / max(statistics.median(a), 1e-6)
        print(f"{label:<46} {show(a):>24} {show(b):>27}  {ratio:5.2f}")


def run(path: Path, url: str) -> None:
    with open_database(path, daily_backup=False) as file_db, open_url(url) as server_db:
        started = time.perf_counter()
        checks = copy_database(file_db, server_db)
        rows = sum(c.rows for c in checks)
        print(f"copy-to-server: {rows:,} rows in {time.perf_counter() - started:.1f} s, "
              "counts and checksums equal")
        side_by_side(file_db, server_db)
    with tempfile.TemporaryDirectory() as folder:
        back = Path(folder) / "back.sqlite"
        with open_url(url) as server_db, open_database(back, daily_backup=False) as home:
            started = time.perf_counter()
            again = copy_database(server_db, home)
            print(f"copy-from-server: {sum(c.rows for c in again):,} rows in "
                  f"{time.perf_counter() - started:.1f} s; same checksums as the original: "
                  f"{again == checks}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--to", required=True, help="an empty server database")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        run(args.db, args.to)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        made = build(path, scale=args.scale)
        print(f"built in {made['seconds']:.1f} s: " + ", ".join(
            f"{k}={v:,}" for k, v in made.items() if k != "seconds"))
        run(path, args.to)


if __name__ == "__main__":
    main()
