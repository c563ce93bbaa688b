"""Time the common queries on a large database, through the same services the window uses.

    python benchmarks/queries.py [DB.sqlite] [--scale 1.0]

Without DB, builds one first (benchmarks/data.py) in a temporary folder. Each query runs a few
times; the median and the worst are printed in milliseconds.
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
from core.db import open_database  # noqa: E402
from core.services import Services  # noqa: E402

RUNS = 7


def timed(label: str, call) -> None:  # noqa: ANN001
    call()  # warm the page cache once, as a user's second look would be
    samples, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - start) * 1000)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"{label:<46} median {statistics.median(samples):8.1f} ms   worst {max(samples):8.1f} ms"
          f"   ({size} rows)")


def named_queries(services: Services, today: dt.date) -> list[tuple[str, object]]:
    """The common queries, as (label, call): also timed on a server by benchmarks/server.py."""
    monday = today - dt.timedelta(days=today.weekday())
    busiest = 1
    return [
        ("a committee's meetings (list, newest first)",
         lambda: services.meetings.list(committee_id=busiest)),
        ("an agency's open tasks",
         lambda: services.tasks.open_tasks_of_agency(agency_id=17, today=today)),
        ("tasks due this week",
         lambda: services.tasks.due_between(start=monday, end=monday + dt.timedelta(days=6),
                                            open_only=True)),
        ("overdue tasks by agency", lambda: services.tasks.overdue_count_by_agency(today=today)),
        ("task register, first page", lambda: services.tasks.list(today=today, limit=200)),
        ("task register, search 'quang ba hinh anh'",
         lambda: services.tasks.list(search="quang ba hinh anh", today=today, limit=200)),
        ("meetings search 'dai hoi' (titles, opinions)",
         lambda: services.meetings.list(committee_id=busiest, search="dai hoi")),
    ]


def run(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    services = Services(db)
    try:
        with db.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                      for t in ("meetings", "opinions", "tasks", "agencies")}
        print("database:", ", ".join(f"{k}={v:,}" for k, v in counts.items()))
        for label, call in named_queries(services, dt.date.today()):
            timed(label, call)
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        run(args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        made = build(path, scale=args.scale)
        print(f"built in {made['seconds']:.1f} s: " + ", ".join(
            f"{k}={v:,}" for k, v in made.items() if k != "seconds"))
        run(path)


if __name__ == "__main__":
    main()
