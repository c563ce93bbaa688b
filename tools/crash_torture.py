"""Kill a writer at random points and check that nothing committed is lost or damaged.

    python tools/crash_torture.py [--kills 200] [--seed 1] [--folder DIR]

Each round starts a child that opens the data file as the program does and loops over what the
program writes: transactions (one agency each, acknowledged on stdout after the commit), the
backup by hand, the daily backup, an Excel export. After a random delay the child gets SIGKILL
(on Windows: TerminateProcess). Then the file is checked as the next start would meet it:

- corruptions: PRAGMA integrity_check is not "ok", or the program refuses to open the file;
- lost committed writes: acknowledged agencies that are not in the file;
- stale locks: the program says the file is in use although no copy runs;
- broken copies: a backup or an export that exists at its final name but does not open;
- leftovers: temporary files of the killed child still there after the next start.

Prints one line of figures; exits 1 if any of them but kills is not zero.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRITER = r"""
import datetime as dt, random, sys
from pathlib import Path
from core.db import open_database
from core.backup import backup_to, rolling_backup
from core.excel._sheet import save_workbook
from openpyxl import Workbook

path, seed, start = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
db = open_database(path, daily_backup=False)
print("ready", flush=True)
n = start
while True:
    roll = rng.random()
    if roll < 0.75:
        with db.engine.begin() as conn:
            for _ in range(rng.randint(1, 3)):
                conn.exec_driver_sql(
                    "INSERT INTO agencies (name, is_active, search_key, dup_key, created_at,"
                    " updated_at) VALUES (?, 1, ?, ?, '2020-01-01', '2020-01-01')",
                    (f"Sở thử {n}", f"so thu {n}", f"sở thử {n}"))
                n += 1
        print(f"C {n}", flush=True)
    elif roll < 0.85:
        backup_to(path, path.parent / "tay.sqlite")
    elif roll < 0.93:
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 9))
        rolling_backup(db, keep=5, today=day)
    else:
        wb = Workbook()
        wb.active.append(["Sở thử", n] * 50)
        save_workbook(wb, path.parent / "xuat.xlsx", overwrite=True)
"""


@dataclass
class Figures:
    kills: int = 0
    corruptions: int = 0
    lost_committed_writes: int = 0
    stale_locks: int = 0
    broken_copies: int = 0
    leftovers: int = 0
    # for the record, not faults: writes acknowledged, temporary files a kill left and the
    # next start removed
    acknowledged: int = 0
    temp_files_removed: int = 0

    def line(self) -> str:
        return ", ".join(f"{f.name.replace('_', ' ')}: {getattr(self, f.name)}"
                         for f in fields(self))

    def bad(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self)
                   if f.name not in ("kills", "acknowledged", "temp_files_removed"))


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM agencies")}
    finally:
        conn.close()


def _sound_database(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _sound_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _kill(child: subprocess.Popen) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        child.kill()
    else:
        os.kill(child.pid, signal.SIGKILL)


def run(kills: int, seed: int, folder: Path, *, say=print) -> Figures:
    from core import errors
    from core.db import open_database
    from core.storage import TEMP_PREFIX

    rng = random.Random(seed)
    path = folder / "du-lieu.sqlite"
    open_database(path, daily_backup=False).close()
    acknowledged: set[str] = set()
    figures = Figures()
    next_name = 0
    while figures.kills < kills:
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(rng.randrange(1 << 30)), str(next_name)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert child.stdout is not None and child.stderr is not None  # both piped above
        ready = child.stdout.readline()
        if not ready.startswith("ready"):
            child.wait()
            raise RuntimeError(f"the writer did not start: {child.stderr.read()[-2000:]}")
        time.sleep(rng.uniform(0, 0.35))
        _kill(child)
        out, _ = child.communicate()
        figures.kills += 1
        last = next_name
        for line in out.splitlines():
            if line.startswith("C "):
                last = int(line.split()[1])
        acknowledged.update(f"Sở thử {i}" for i in range(next_name, last))
        next_name = last + 10_000  # what was written unacknowledged never collides

        # what the next start must remove: the killed child's files in the data and backup
        # folders (an export folder is cleaned the next time something is written there)
        leftovers_before = [p for where in (folder, folder / "backups")
                            for p in where.glob(f"{TEMP_PREFIX}*")]
        try:
            db = open_database(path, daily_backup=False)
            db.close()
        except errors.DatabaseInUseError:
            figures.stale_locks += 1
        except errors.AppError:
            figures.corruptions += 1
            say(f"round {figures.kills}: the program refuses the file")
            break
        if not _sound_database(path):
            figures.corruptions += 1
            say(f"round {figures.kills}: integrity_check failed")
            break
        missing = acknowledged - _names(path)
        figures.lost_committed_writes += len(missing)
        manual = folder / "tay.sqlite"
        if manual.exists() and not _sound_database(manual):
            figures.broken_copies += 1
        for daily in (folder / "backups").glob("du-lieu-2026-*.sqlite"):
            if not _sound_database(daily):
                figures.broken_copies += 1
        export = folder / "xuat.xlsx"
        if export.exists() and not _sound_xlsx(export):
            figures.broken_copies += 1
        remaining = sum(1 for p in leftovers_before if p.exists())
        figures.leftovers += remaining
        figures.temp_files_removed += len(leftovers_before) - remaining
        figures.acknowledged = len(acknowledged)
        if figures.kills % 50 == 0:
            say(figures.line())
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=None)
    options = parser.parse_args()
    started = time.perf_counter()
    if options.folder is not None:
        options.folder.mkdir(parents=True, exist_ok=True)
        figures = run(options.kills, options.seed, options.folder)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            figures = run(options.kills, options.seed, Path(tmp))
    print(f"{figures.line()} ({time.perf_counter() - started:.0f} s)")
    return 1 if figures.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
