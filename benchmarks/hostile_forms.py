"""Time and peak memory of reading returned forms: ordinary ones, and ones built to hurt.

    python benchmarks/hostile_forms.py [--tasks 2000] [--runs 5] [--bare-timeout 30]

Each reading runs in a fresh child process (its own peak resident size, no warm caches of the
previous one). "program" is core.excel.progress_import.read_returned_workbooks; "bare" is
openpyxl's read-only iteration of every row, values only, which is what the program did before
it bounded the reading. Ordinary forms are timed alternately, min/median/max and the ratio of
medians; hostile forms once each (the bare library is stopped after --bare-timeout seconds).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.excel import _rows  # noqa: E402
from core.excel.rows import SheetHeading  # noqa: E402
from core.excel.tasks_export import write_agency_forms  # noqa: E402
from tests.core import hostile_forms  # noqa: E402

PROGRAM = r"""
import datetime as dt, json, resource, sys, time
from pathlib import Path
from core.excel.progress_import import read_returned_workbooks
start = time.perf_counter()
preview = read_returned_workbooks([Path(sys.argv[1])], {}, today=dt.date(2026, 3, 10))
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": "refused" if any(c.row is None for c in preview.conflicts)
                  else f"read, {len(preview.conflicts)} rows to look at"}))
"""
BARE = r"""
import json, resource, sys, time
from openpyxl import load_workbook
start = time.perf_counter()
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
wb.close()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": f"{rows} rows"}))
"""


def _child(script: str, path: Path, timeout: float) -> dict:
    try:
        done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                              text=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "peak_mib": float("nan"),
                "outcome": f"stopped after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"seconds": float("nan"), "peak_mib": float("nan"),
                "outcome": done.stderr.strip().splitlines()[-1][:80]}
    return json.loads(done.stdout)


def _form(folder: Path, tasks: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    heading = SheetHeading(agency_lines=("BAN CHỈ ĐẠO",), title="TÌNH HÌNH THỰC HIỆN")
    [path] = write_agency_forms({"Sở Ngoại vụ": list(_rows(tasks))}, folder, heading,
                                today=dt.date(2026, 3, 10))
    return path


def _line(name: str, result: dict) -> str:
    return (f"  {name:8} {result['seconds']:8.2f} s  {result['peak_mib']:7.0f} MiB  "
            f"{result['outcome']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bare-timeout", type=float, default=30)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ordinary = _form(tmp / "ordinary", options.tasks)
        print(f"ordinary form, {options.tasks} tasks, {ordinary.stat().st_size:,} bytes")
        timings: dict[str, list[float]] = {"program": [], "bare": []}
        for _ in range(options.runs):
            for name, script in (("program", PROGRAM), ("bare", BARE)):
                timings[name].append(_child(script, ordinary, 600)["seconds"])
        for name, values in timings.items():
            print(f"  {name:8} min {min(values):.3f}  median {statistics.median(values):.3f}  "
                  f"max {max(values):.3f} s")
        ratio = statistics.median(timings["program"]) / statistics.median(timings["bare"])
        print(f"  ratio program/bare (medians): {ratio:.2f}")

        builders = {
            "stray cell at XFD1048576": hostile_forms.stray_cell_at_xfd1048576,
            "shared-strings bomb (12 M entries)": hostile_forms.shared_strings_bomb,
            "dense shared strings (600 k)": lambda p: hostile_forms.shared_strings_bomb(
                p, entries=600_000),
        }
        for index, (label, build) in enumerate(builders.items()):
            path = _form(tmp / f"hostile{index}", 5)
            started = time.perf_counter()
            build(path)
            print(f"{label}: {path.stat().st_size:,} bytes (built in "
                  f"{time.perf_counter() - started:.1f} s)")
            print(_line("program", _child(PROGRAM, path, 600)))
            print(_line("bare", _child(BARE, path, options.bare_timeout)))


if __name__ == "__main__":
    main()
