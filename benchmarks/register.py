"""Time the task register and the overview at 500,000 tasks, as the window runs them.

    python benchmarks/register.py [DB.sqlite] [--scale 1.0] [--runs 7]

Without DB (or with a DB path that does not exist yet) a database is built first with
benchmarks/data.py (about two minutes at scale 1.0). Each measure runs once to warm the cache,
then ``--runs`` times; the median and the worst are printed in milliseconds.

"first page" is what the register does before the list shows: one page of 200 tasks with their
notices, through the same Qt model the window uses (offscreen). "count" is the total shown
under the list, counted on a worker thread while the list is already on screen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.data import build  # noqa: E402
from core.db import open_database  # noqa: E402
from core.reports.periods import period_containing  # noqa: E402
from core.services import Services  # noqa: E402

RUNS = 7


def timed(label: str, call, runs: int) -> tuple[float, float]:  # noqa: ANN001
    result = call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - start) * 1000)
    median, worst = statistics.median(samples), max(samples)
    size = f"   ({result:,} tasks)" if isinstance(result, int) else ""
    print(f"  {label:<48} median {median:7.1f} ms   worst {worst:7.1f} ms{size}", flush=True)
    return median, worst


def run(path: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.tasks.filters import RegisterFilter

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the model needs one
    db = open_database(path, daily_backup=False)
    services = Services(db)
    today = dt.date.today()
    try:
        with db.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                      for t in ("tasks", "meetings", "agencies", "committees")}
        print("database:", ", ".join(f"{k}={v:,}" for k, v in counts.items()))
        model, columns = register_model(services)
        committee = 3 if counts["committees"] >= 3 else 1  # 20,000 tasks at scale 1.0
        parts = register_measures(services, model, today, counts)
        for heading, measures in parts:
            print(heading)
            for label, call in measures:
                timed(label, call, runs)

        print("\nsorting (header click: first page in the new order):")
        for index, column in enumerate(columns):
            for descending in (False, True):
                def call(index=index, descending=descending) -> int:  # noqa: ANN001
                    model.set_filter(RegisterFilter())
                    model.order_column, model.descending = index, descending
                    model.reload()
                    return model.rowCount()
                timed(f"{column.key} {'desc' if descending else 'asc'}, whole register", call,
                      max(1, runs // 3) if column.key not in ("deadline", "soon", "source") else runs)
        for index, column in enumerate(columns):
            def call(index=index) -> int:  # noqa: ANN001
                model.filter = RegisterFilter(committee_id=committee)
                model.order_column, model.descending = index, False
                model.reload()
                return model.rowCount()
            timed(f"{column.key} asc, one committee", call, runs)

        print("\noverview:")
        quarter = period_containing("quarter", today)
        year = period_containing("year", today)
        timed("today: late, due soon, meetings", lambda: services.overview.today(today=today), runs)
        for name, period, scope in (("quarter, all committees", quarter, None),
                                    ("quarter, one committee", quarter, committee),
                                    ("year, all committees", year, None)):
            timed(f"per agency, {name}", lambda p=period, c=scope: services.reports.summary(
                start=p.start, end=p.end, committee_id=c, today=today), runs)
        timed("whole page load (offscreen, quarter)", _overview_page(services), runs)
        with tempfile.TemporaryDirectory() as folder:
            for ext in (".docx", ".xlsx"):
                timed(f"report {ext}, one committee, a year",
                      _report(services, committee, year, Path(folder) / f"bao-cao{ext}"), 1)
    finally:
        db.close()


def register_model(services):  # noqa: ANN001, ANN201
    """The register's Qt model over ``services``, with the window's columns (a QApplication must
    exist); its total is counted apart, by :func:`register_measures`."""
    from gui.tasks.register_model import RegisterColumn, TaskRegisterModel

    columns = [RegisterColumn(key, key, order) for key, order in (
        ("content", "content"), ("source", "source"), ("lead", "lead"),
        ("coordinators", "coordinators"), ("deadline", "due"), ("status", "status"),
        ("soon", "due"), ("progress", "progress"))]
    model = TaskRegisterModel(columns)
    model.services = services
    model.counter.start = lambda count: None  # counted apart
    return model, columns


def register_measures(services, model, today: dt.date,  # noqa: ANN001
                      counts: dict[str, int]) -> list[tuple[str, list[tuple[str, object]]]]:
    """What the register runs for each filter and each pause while typing a search, as
    (heading, [(label, call)]) (also timed on a server by benchmarks/server.py)."""
    from gui.tasks.filters import RegisterFilter

    committee = 3 if counts["committees"] >= 3 else 1  # 20,000 tasks at scale 1.0
    agency = min(17, counts["agencies"])
    meeting = services.meetings.list(committee_id=committee, limit=1)[0].id

    def page(chosen: RegisterFilter):  # noqa: ANN202
        def call() -> int:
            model.set_filter(chosen)
            return model.rowCount()
        return call

    def count(chosen: RegisterFilter):  # noqa: ANN202
        return lambda: services.tasks.count(today=today, **chosen.query(today))

    filters = {
        "no filter": RegisterFilter(),
        "status: overdue": RegisterFilter(statuses=("overdue",)),
        "status: not done": RegisterFilter(statuses=("overdue", "in_progress", "regular")),
        "committee": RegisterFilter(committee_id=committee),
        "committee + overdue": RegisterFilter(committee_id=committee, statuses=("overdue",)),
        "source meeting": RegisterFilter(committee_id=committee, meeting_id=meeting),
        "agency (lead or coordinating)": RegisterFilter(agency_id=agency),
        "agency, lead only + overdue": RegisterFilter(agency_id=agency, lead_only=True,
                                                      statuses=("overdue",)),
        "deadline this week": RegisterFilter(period="week"),
        "deadline this month": RegisterFilter(period="month"),
        "deadline this quarter": RegisterFilter(period="quarter"),
        "deadline passed (overdue)": RegisterFilter(period="overdue"),
        "due within 7 days": RegisterFilter(period="soon"),
    }
    from gui.tasks.register_model import PAGE

    by_filter = []
    for name, chosen in filters.items():
        by_filter.append((f"{name}: first page", page(chosen)))
        by_filter.append((f"{name}: count", count(chosen)))
    typing = []
    for typed in ("q", "qu", "qua", "quan", "quang", "quang b", "quang ba", "quang ba hinh",
                  "quang ba hinh anh", "tuyen truyen", "đại hội", "xyzq (no match)"):
        chosen = RegisterFilter(search=typed.split(" (")[0])
        typing.append((f"'{typed}': first page", page(chosen)))
        typing.append((f"'{typed}': count", count(chosen)))
    for name, chosen in (("'tuyen' + overdue", RegisterFilter(search="tuyen", statuses=("overdue",))),
                         ("'t' + overdue", RegisterFilter(search="t", statuses=("overdue",))),
                         ("'quang ba' + committee", RegisterFilter(search="quang ba",
                                                                  committee_id=committee))):
        typing.append((f"{name}: first page", page(chosen)))
        typing.append((f"{name}: count", count(chosen)))
    return [(f"\nregister, first page ({PAGE} rows) and total, per filter:", by_filter),
            ("\ntyping a search (each prefix is what one pause after typing runs):", typing)]


def _overview_page(services):  # noqa: ANN001, ANN202
    from gui.pages.overview import OverviewPage

    class _Window:
        bus = None
        pages: dict = {}

    page = OverviewPage(_Window())
    page.services = services

    def call() -> None:
        page.reload()
    return call


def _report(services, committee: int, period, path: Path):  # noqa: ANN001, ANN202
    def call() -> None:
        services.reports.write(committee_id=committee, start=period.start, end=period.end,
                               path=path, overwrite=True)
    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        run(args.db, args.runs)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        made = build(path, scale=args.scale)
        print(f"built in {made['seconds']:.1f} s: " + ", ".join(
            f"{k}={v:,}" for k, v in made.items() if k != "seconds"))
        run(path, args.runs)


if __name__ == "__main__":
    main()
