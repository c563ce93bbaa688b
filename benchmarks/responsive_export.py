"""Does the window stay responsive while a 100,000-task list is exported, and what does running
the export through the window's runner (gui.operations, a worker thread with a progress line)
cost against calling the core writer directly?

    QT_QPA_PLATFORM=offscreen python benchmarks/responsive_export.py [--rows 100000] [--runs 3]

Each round runs, one after the other, the bare core call, the export through the runner with
the window idle (as when the user only watches: the time it takes, against the bare call), and
the export through the runner while a timer in the window's thread asks for a turn of the event
loop every 10 ms (as when the user keeps working: the longest gap between two turns is what they
would feel as a freeze; target under 100 ms). Each run writes a fresh file. Prints min/median/max
of each and the ratio of the medians (target: the runner within 5 % of the bare call). The bare
call runs in the window's thread, so its freeze is the whole export.
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

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from benchmarks.excel import _rows  # noqa: E402
from core.excel.rows import SheetHeading  # noqa: E402
from core.excel.tasks_export import write_task_list  # noqa: E402
from core.progress import Progress  # noqa: E402
from gui.operations import Operations, counting  # noqa: E402

TODAY = dt.date(2026, 3, 10)
TICK_MS = 10
HEADING = SheetHeading(agency_lines=("UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO"))


def bare(rows: int, path: Path) -> float:
    start = time.perf_counter()
    write_task_list(_rows(rows), path, HEADING, today=TODAY)
    return time.perf_counter() - start


def through_runner(ops: Operations, rows: int, path: Path, *,
                   watch: bool) -> tuple[float, float, int]:
    """(seconds until the result is back in the window's thread, longest gap between two
    event-loop turns in seconds when ``watch``, progress reports shown)."""
    turns: list[float] = []
    shown = []
    ticker = QTimer()
    # A turn every TICK_MS when the loop is free: often enough to see a freeze of 100 ms, not
    # so often that the measuring itself takes the worker's time (a 0 ms timer would spin).
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: turns.append(time.perf_counter()))
    loop = QEventLoop()

    def work(progress: Progress) -> Path:
        return write_task_list(_rows(rows), path, HEADING, today=TODAY, progress=progress,
                               total=rows)

    def describe(done: int, total: int) -> str:
        shown.append(done)
        return counting("Đang xuất {done}/{total} nhiệm vụ…", "Đang ghi tệp Excel…")(done, total)

    start = time.perf_counter()
    job = ops.background(None, work, describe=describe, cancellable=True)
    job.finished.connect(lambda _outcome: loop.quit())
    if watch:
        ticker.start()
    turns.append(time.perf_counter())
    loop.exec()
    ticker.stop()
    took = time.perf_counter() - start
    if job.outcome != "done":
        raise SystemExit(f"the export ended {job.outcome}: {job.error!r}")
    gaps = [b - a for a, b in zip(turns, turns[1:], strict=False)]
    return took, max(gaps, default=0.0), len(shown)


def stats(values: list[float]) -> str:
    return (f"min {min(values):.3f}  median {statistics.median(values):.3f}  "
            f"max {max(values):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    ops = Operations(window)  # the progress line in a real status bar, as in the program
    window.show()
    bare_s: list[float] = []
    runner_s: list[float] = []
    watched_s: list[float] = []
    gaps_ms: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            bare_s.append(bare(args.rows, Path(folder) / f"bare-{run}.xlsx"))
            took, _gap, shown = through_runner(ops, args.rows, Path(folder) / f"runner-{run}.xlsx",
                                               watch=False)
            runner_s.append(took)
            watched, gap, _shown = through_runner(ops, args.rows,
                                                  Path(folder) / f"watched-{run}.xlsx", watch=True)
            watched_s.append(watched)
            gaps_ms.append(gap * 1000)
            print(f"round {run + 1}: bare {bare_s[-1]:.3f} s, runner {took:.3f} s "
                  f"({shown} progress updates), runner with the loop watched {watched:.3f} s, "
                  f"longest event-loop gap {gap * 1000:.1f} ms", flush=True)
    print(f"\n{args.rows:,} tasks, {args.runs} rounds (bare, runner, runner watched), alternating")
    print(f"bare core call (s):           {stats(bare_s)}")
    print(f"through the runner (s):       {stats(runner_s)}")
    print(f"runner, loop watched (s):     {stats(watched_s)}")
    print(f"runner / bare (medians):      {statistics.median(runner_s) / statistics.median(bare_s):.3f}")
    print(f"watched / bare (medians):     {statistics.median(watched_s) / statistics.median(bare_s):.3f}")
    print(f"longest event-loop gap (ms):  {stats(gaps_ms)}  (target < 100)")
    print(f"bare call's freeze (ms):      {stats([s * 1000 for s in bare_s])}")
    window.close()
    del app


if __name__ == "__main__":
    main()
