"""The program side by side with the bare libraries it is built on, as whole processes, in the
same run, alternating (program, floor, program, floor, …). Every line gives min/median/max of
each and the ratio of the medians.

    python benchmarks/floors.py window DB.sqlite [--runs 5] [--first-of-day] [--visit-all]
    python benchmarks/floors.py minutes DB.sqlite --meeting ID [--runs 5]
    python benchmarks/floors.py tasks DB.sqlite [--runs 3]
    python benchmarks/floors.py all DB.sqlite --meeting ID

Floors: a bare PySide6 window (QApplication + an empty QMainWindow of the same size, shown and
painted); python-docx writing as many paragraphs as the program's minutes hold; openpyxl
write-only writing the tasks' rows x 11 columns of plain values read with sqlite3 from the
same file. Byte-code caching is on (the normal case); both sides run offscreen. Seconds are
from the moment the process is started; memory is the process's peak resident size.

"window" reports when the window is shown and when the first page is usable (its numbers on
screen); ``--first-of-day`` removes today's backup before each program run, so the daily
backup runs too (the process waits for it to finish after measuring, so no run leaves half a
backup); ``--visit-all`` opens every page before the memory is read.

DB.sqlite comes from benchmarks/data.py. The window only reads it; ``export minutes`` gives the
meeting its minutes number the first time, as the program does; the daily backups are written
beside it in ``backups``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# -- the child processes ---------------------------------------------------------------------

BARE_WINDOW = """
import json, os, resource, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1200, 720)
w.show()
app.processEvents()
w.repaint()
shown = time.time() - t0
print(json.dumps({"shown": shown, "usable": shown,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
sys.stdout.flush()
os._exit(0)
"""

PROGRAM_WINDOW = """
import json, os, resource, sys, time
t0 = float(os.environ["BENCH_T0"])
sys.path.insert(0, os.environ["BENCH_ROOT"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
marks = {}

def window():
    for widget in app.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None

def usable(win):
    page = win.pages.get("overview")
    return win.db is not None and page is not None and (
        getattr(page, "today", None) is not None or page.stack.currentWidget() is page.setup)

def finish(win):
    if os.environ.get("BENCH_VISIT_ALL"):
        for key in list(win.pages):
            win.show_page(key)
            app.processEvents()
            win.repaint()
    marks["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if os.environ.get("BENCH_WAIT_BACKUP"):
        waited = time.time()
        while getattr(win, "backup_running", lambda: False)():
            app.processEvents()
            time.sleep(0.01)
        marks["backup_wait"] = time.time() - waited
    print(json.dumps(marks))
    sys.stdout.flush()
    os._exit(0)

def poll():
    win = window()
    if win is None:
        return
    if "shown" not in marks:
        win.repaint()
        marks["shown"] = time.time() - t0
    if usable(win):
        win.repaint()
        marks["usable"] = time.time() - t0
        timer.stop()
        finish(win)

timer = QTimer()
timer.setInterval(1)
timer.timeout.connect(poll)
timer.start()
import main
main.main(["--db", os.environ["BENCH_DB"]])
"""

DOCX_FLOOR = """
import os, resource, sys, json
import docx
n = int(sys.argv[1]); size = int(sys.argv[2])
words = "ý kiến của đồng chí về việc triển khai nhiệm vụ trọng tâm tuyên truyền đối ngoại".split()
text = " ".join(words[i % len(words)] for i in range(size // 5))[:size]
d = docx.Document()
for i in range(n):
    d.add_paragraph(text)
d.save(sys.argv[3])
print(json.dumps({"rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

XLSX_FLOOR = """
import os, resource, sqlite3, sys, json
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("Nhiệm vụ")
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
query = '''SELECT t.id, t.content, t.code, a.name, t.deadline_text, t.due_date, t.last_progress,
                  t.completed_on, t.extension_count, t.original_due_date, t.meeting_id
           FROM tasks t LEFT JOIN agencies a ON a.id = t.lead_agency_id'''
n = 0
for row in conn.execute(query):
    ws.append(row)
    n += 1
wb.save(sys.argv[2])
print(json.dumps({"rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rows": n}))
"""


# ``python main.py ARGS…`` that also prints its peak memory.
PROGRAM_COMMAND = [sys.executable, "-c",
                   "import json, resource, sys; sys.path.insert(0, '.'); import main; "
                   "code = main.main(sys.argv[1:]); "
                   "print(json.dumps({'rss': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss"
                   " / 1024})); sys.exit(code)"]


def _env(**extra: str) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BENCH_ROOT"] = str(ROOT)
    env.update(extra)
    return env


def _run(args: list[str], env: dict) -> tuple[float, dict]:
    """Run a process; return its wall time and the JSON it printed last (if any)."""
    env = dict(env, BENCH_T0=repr(time.time()))
    started = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"{args[:4]} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    info = {}
    for line in reversed(out.stdout.strip().splitlines()):
        if line.startswith("{"):
            info = json.loads(line)
            break
    return seconds, info


def _stats(values: list[float]) -> tuple[float, float, float]:
    return min(values), statistics.median(values), max(values)


def report(label: str, program: list[float], floor: list[float], unit: str = "s") -> float:
    p, f = _stats(program), _stats(floor)
    ratio = p[1] / f[1] if f[1] else float("nan")
    fmt = "{:.2f}" if unit == "s" else "{:.0f}"
    show = lambda t: "/".join(fmt.format(v) for v in t)  # noqa: E731
    print(f"{label:<38} program {show(p):>20} {unit}   floor {show(f):>20} {unit}   "
          f"ratio {ratio:.2f}x")
    return ratio


# -- the comparisons --------------------------------------------------------------------------

def bench_window(db: Path, runs: int, *, first_of_day: bool, visit_all: bool) -> None:
    data = tempfile.mkdtemp(prefix="thuky-bench-")
    env = _env(THUKY_DATA_DIR=data, BENCH_DB=str(db))
    if visit_all:
        env["BENCH_VISIT_ALL"] = "1"
    if first_of_day:
        env["BENCH_WAIT_BACKUP"] = "1"
    today_backup = db.parent / "backups" / f"{db.stem}-{dt.date.today().isoformat()}.sqlite"
    if not first_of_day and not today_backup.exists():  # every run after the day's first
        _run([sys.executable, "-c", PROGRAM_WINDOW], dict(env, BENCH_WAIT_BACKUP="1"))
    prog: dict[str, list[float]] = {"shown": [], "usable": [], "rss": [], "backup_wait": []}
    bare: dict[str, list[float]] = {"shown": [], "rss": []}
    for _ in range(runs):
        if first_of_day:
            today_backup.unlink(missing_ok=True)
        _, info = _run([sys.executable, "-c", PROGRAM_WINDOW], env)
        for key in prog:
            if key in info:
                prog[key].append(info[key])
        _, info = _run([sys.executable, "-c", BARE_WINDOW], env)
        bare["shown"].append(info["shown"])
        bare["rss"].append(info["rss"])
    what = "first start of a day" if first_of_day else "start"
    print(f"window on {db.name} ({what}, {runs} runs, min/median/max)")
    report("window shown", prog["shown"], bare["shown"])
    report("first page usable", prog["usable"], bare["shown"])
    report("peak memory" + (" (every page visited)" if visit_all else ""), prog["rss"],
           bare["rss"], "MiB")
    if prog["backup_wait"]:
        print(f"{'daily backup finished after usable':<38} "
              + "/".join(f"{v:.2f}" for v in _stats(prog["backup_wait"])) + " s")


def bench_minutes(db: Path, meeting: int, runs: int) -> None:
    import docx

    tmp = Path(tempfile.mkdtemp(prefix="thuky-bench-"))
    env = _env(THUKY_DATA_DIR=str(tmp / "data"))
    prog_t, floor_t, prog_m, floor_m = [], [], [], []
    size = paragraphs = 0
    for i in range(runs):
        out = tmp / f"minutes-{i}.docx"
        seconds, info = _run([*PROGRAM_COMMAND, "export", "minutes", "--meeting", str(meeting),
                              "--db", str(db), "--out", str(out)], env)
        prog_m.append(info["rss"])
        prog_t.append(seconds)
        if not paragraphs:
            texts = [p.text for p in docx.Document(out).paragraphs]
            paragraphs = len(texts)
            size = max(1, sum(map(len, texts)) // max(1, paragraphs))
        seconds, info = _run([sys.executable, "-c", DOCX_FLOOR, str(paragraphs), str(size),
                              str(tmp / f"floor-{i}.docx")], env)
        floor_t.append(seconds)
        floor_m.append(info["rss"])
    print(f"export minutes of meeting {meeting} as a process ({paragraphs} paragraphs, "
          f"{runs} runs, min/median/max)")
    report("export minutes", prog_t, floor_t)
    report("peak memory", prog_m, floor_m, "MiB")


def bench_tasks(db: Path, runs: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="thuky-bench-"))
    env = _env(THUKY_DATA_DIR=str(tmp / "data"))
    prog_t, floor_t, prog_m, floor_m = [], [], [], []
    rows = 0
    for i in range(runs):
        out = tmp / f"tasks-{i}.xlsx"
        seconds, info = _run([*PROGRAM_COMMAND, "export", "tasks", "--db", str(db),
                              "--out", str(out)], env)
        prog_t.append(seconds)
        prog_m.append(info["rss"])
        size = out.stat().st_size
        out.unlink()
        floor_out = tmp / f"floor-{i}.xlsx"
        seconds, info = _run([sys.executable, "-c", XLSX_FLOOR, str(db), str(floor_out)], env)
        floor_t.append(seconds)
        floor_m.append(info["rss"])
        rows = info["rows"]
        floor_size = floor_out.stat().st_size
        floor_out.unlink()
    print(f"export tasks as a process ({rows:,} tasks, {runs} runs, min/median/max; "
          f"file {size / 1e6:.1f} MB, floor's {floor_size / 1e6:.1f} MB)")
    report("export tasks", prog_t, floor_t)
    report("peak memory", prog_m, floor_m, "MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("window", "minutes", "tasks", "all"))
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--meeting", type=int, default=1)
    parser.add_argument("--first-of-day", action="store_true")
    parser.add_argument("--visit-all", action="store_true")
    args = parser.parse_args(argv)
    db = args.db.expanduser().absolute()
    if not db.exists():
        parser.error(f"{db} does not exist: build it with benchmarks/data.py")
    if args.what in ("window", "all"):
        bench_window(db, args.runs, first_of_day=args.first_of_day, visit_all=args.visit_all)
    if args.what == "all":
        bench_window(db, max(2, args.runs // 2), first_of_day=True, visit_all=False)
        bench_window(db, max(2, args.runs // 2), first_of_day=False, visit_all=True)
    if args.what in ("minutes", "all"):
        bench_minutes(db, args.meeting, args.runs)
    if args.what in ("tasks", "all"):
        bench_tasks(db, max(1, args.runs // 2) if args.what == "all" else args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
