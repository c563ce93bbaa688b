"""The same database on SQLite and on a PostgreSQL server, side by side.

    python benchmarks/server.py --to postgresql://user@host/empty_db [--scale 0.1] [DB.sqlite]
        [--runs 7] [--window-runs 3] [--only copy,queries,register,window]

1. copy-to-server of the file into the empty server database, then copy-from-server into a new
   file: time of each, rows, and whether each table's row count and checksum are the same at
   all three places (the file, the server, the file brought back). A server database that
   already holds exactly the file's rows is used as it is (the copy is then not timed again).
2. the named queries of benchmarks/queries.py (target < 50 ms each),
3. the register's filters and each pause while typing a search, through the window's own Qt
   model (benchmarks/register.py; target < 100 ms a keystroke),
4. opening the window on the database (``main.py --db … --quit-when-shown``, a new process each
   time: from the command to the first page shown).

Every measure runs on both engines alternately (one on the file, one on the server, …) after a
warm-up, and prints min / median / max in milliseconds and the server's median over SQLite's.
Without DB, one is built first (benchmarks/data.py; scale 1.0 is ten years of a busy
secretariat, ten times over: 500,000 tasks).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.data import build  # noqa: E402
from benchmarks.queries import named_queries  # noqa: E402
from core.db import open_database, open_url  # noqa: E402
from core.server_copy import checks, copy_database  # noqa: E402
from core.services import Services  # noqa: E402

RUNS = 7
PARTS = ("copy", "queries", "register", "window")


def once(call) -> float:  # noqa: ANN001
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def show(xs: list[float]) -> str:
    return f"{min(xs):7.1f} {statistics.median(xs):7.1f} {max(xs):7.1f}"


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"{'':<46} {'SQLite min/med/max ms':>23} {'PostgreSQL min/med/max ms':>25}  ratio")


def side_by_side(label: str, on_file, on_server, runs: int,  # noqa: ANN001
                 target: float | None = None) -> tuple[float, float]:
    on_file(), on_server()  # warm both caches once
    a, b = [], []
    for _ in range(runs):  # alternating, so both see the same machine
        a.append(once(on_file))
        b.append(once(on_server))
    ratio = statistics.median(b) / max(statistics.median(a), 1e-6)
    over = ""
    if target is not None:
        late = [name for name, xs in (("SQLite", a), ("PostgreSQL", b))
                if statistics.median(xs) > target]
        over = f"  OVER {target:.0f} ms: {', '.join(late)}" if late else ""
    print(f"{label:<46} {show(a):>23} {show(b):>25}  {ratio:5.2f}{over}", flush=True)
    return statistics.median(a), statistics.median(b)


def _rows(db) -> int:  # noqa: ANN001
    return sum(c.rows for c in checks(db))


def copy_both_ways(path: Path, url: str) -> None:
    print("copy-to-server and back:")
    with open_database(path, daily_backup=False) as file_db, open_url(url) as server_db:
        started = time.perf_counter()
        original = checks(file_db)
        print(f"  the file's checks: {sum(c.rows for c in original):,} rows in "
              f"{len(original)} tables, read in {time.perf_counter() - started:.1f} s")
        with server_db.engine.connect() as conn:
            from core.server_copy import _first_non_empty

            filled = _first_non_empty(conn) is not None
        if filled:
            same = checks(server_db) == original
            print(f"  the server already holds the data; same rows and checksums: {same}")
            if not same:
                raise SystemExit("the server database holds other data: give an empty one")
        else:
            started = time.perf_counter()
            on_server = copy_database(file_db, server_db)
            seconds = time.perf_counter() - started
            print(f"  copy-to-server: {sum(c.rows for c in on_server):,} rows in {seconds:.1f} s "
                  f"({seconds / 60:.1f} min, target < 5 min); checked inside the copy: "
                  f"{on_server == original}")
            with server_db.engine.connect() as conn:  # what a server does after a bulk load
                conn.exec_driver_sql("ANALYZE")
    with tempfile.TemporaryDirectory() as folder:
        back = Path(folder) / "back.sqlite"
        with open_url(url) as server_db, open_database(back, daily_backup=False) as home:
            started = time.perf_counter()
            again = copy_database(server_db, home)
            seconds = time.perf_counter() - started
        with open_database(back, daily_backup=False) as home:
            final = checks(home)
        print(f"  copy-from-server: {sum(c.rows for c in again):,} rows in {seconds:.1f} s; "
              f"row counts and checksums of every table equal to the original's: "
              f"{final == original}")
        for one, other in zip(original, final, strict=True):
            if one != other:
                print(f"    differs: {one} / {other}")


def queries(file_db, server_db, runs: int) -> None:  # noqa: ANN001
    today = dt.date.today()
    header("named queries (benchmarks/queries.py), target < 50 ms:")
    local = named_queries(Services(file_db), today)
    remote = named_queries(Services(server_db), today)
    for (label, on_file), (_, on_server) in zip(local, remote, strict=True):
        side_by_side(label, on_file, on_server, runs, target=50)


def register(file_db, server_db, runs: int) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from benchmarks.register import register_measures, register_model

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the models need one
    today = dt.date.today()
    sides = []
    for db in (file_db, server_db):
        with db.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                      for t in ("tasks", "meetings", "agencies", "committees")}
        services = Services(db)
        model, _ = register_model(services)
        sides.append(register_measures(services, model, today, counts))
    for (heading, local), (_, remote) in zip(*sides, strict=True):
        header(heading.strip() + " target < 100 ms:")
        for (label, on_file), (_, on_server) in zip(local, remote, strict=True):
            side_by_side(label, on_file, on_server, runs, target=100)


def window(path: Path, url: str, runs: int) -> None:
    header(f"opening the window (a new process each time, {runs} runs each):")
    with tempfile.TemporaryDirectory(prefix="thuky-bench-") as folder:
        env = {**os.environ, "THUKY_DATA_DIR": folder}

        def opening(where: str):  # noqa: ANN202
            command = [sys.executable, str(ROOT / "main.py"), "--db", where, "--quit-when-shown"]
            return lambda: subprocess.run(command, env=env, check=True,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        side_by_side("main.py --db … until the first page shows", opening(str(path)),
                     opening(url), runs)


def run(path: Path, url: str, runs: int, window_runs: int, parts: set[str]) -> None:
    if "copy" in parts:
        copy_both_ways(path, url)
    with open_database(path, daily_backup=False) as file_db, open_url(url) as server_db:
        if "queries" in parts:
            queries(file_db, server_db, runs)
        if "register" in parts:
            register(file_db, server_db, runs)
    if "window" in parts:
        window(path, url, window_runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--to", required=True, help="an empty server database")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--window-runs", type=int, default=3)
    parser.add_argument("--only", default=",".join(PARTS),
                        help=f"some of {','.join(PARTS)} (all by default)")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    if args.db is not None and args.db.exists():
        run(args.db, args.to, args.runs, args.window_runs, parts)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        made = build(path, scale=args.scale)
        print(f"built in {made['seconds']:.1f} s: " + ", ".join(
            f"{k}={v:,}" for k, v in made.items() if k != "seconds"))
        run(path, args.to, args.runs, args.window_runs, parts)


if __name__ == "__main__":
    main()
