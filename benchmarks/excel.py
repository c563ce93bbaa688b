"""Time and memory of the task list export: 100,000 tasks by default.

    python benchmarks/excel.py [--rows 100000] [--out FILE] [--tracemalloc]

Prints seconds, the file size and the peak memory: the process's peak resident size
(getrusage) and, with --tracemalloc (several times slower), the peak of Python allocations,
which shows whether memory grows with the number of rows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.excel.rows import SheetHeading, TaskRow  # noqa: E402
from core.excel.tasks_export import write_task_list  # noqa: E402

WORDS = ("tuyên truyền thông tin đối ngoại báo chí đại hội kế hoạch triển khai nhiệm vụ trọng tâm "
         "phối hợp chặt chẽ cơ quan đơn vị địa phương hoàn thiện hạ tầng mạng xã hội quảng bá hình "
         "ảnh tỉnh du lịch đầu tư kinh tế quốc phòng an ninh đào tạo bồi dưỡng cán bộ").split()
AGENCIES = ("Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
            "Ban Tuyên giáo Tỉnh ủy", "Báo Quảng Ninh", "Công an tỉnh", "Sở Nội vụ")


def _rows(count: int, seed: int = 7):
    """Realistic lengths, cheap to make: texts come from a pool so the timing is the export's."""
    rng = random.Random(seed)
    contents = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40))).capitalize()
                for _ in range(997)]
    progress = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30))).capitalize()
                for _ in range(991)]
    coordinators = [tuple(rng.sample(AGENCIES, rng.randint(0, 3))) for _ in range(97)]
    start = dt.date(2016, 1, 1)
    for i in range(count):
        meeting = i // 20
        held = start + dt.timedelta(days=meeting * 3)
        due = held + dt.timedelta(days=10 + i % 111)
        done = due + dt.timedelta(days=i % 61 - 30) if i % 5 < 3 else None
        yield TaskRow(
            code=f"NV-{i + 1:07d}",
            group=f"Phiên họp thứ {meeting + 1} ngày {held:%d/%m/%Y}",
            content=contents[i % len(contents)],
            source_document=f"TB số {meeting % 90 + 1}-TB/BCĐ ngày {held:%d/%m/%Y}",
            lead_agency=AGENCIES[i % len(AGENCIES)],
            coordinators=coordinators[i % len(coordinators)],
            deadline_text=f"Trước {due.day}/{due.month}/{due.year}",
            due_date=due,
            progress=progress[i % len(progress)],
            completed_on=done,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    out = args.out or Path(folder.name) / "tasks.xlsx"
    heading = SheetHeading(agency_lines=("UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO"))
    if args.tracemalloc:
        tracemalloc.start()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    write_task_list(_rows(args.rows), out, heading, today=dt.date(2026, 3, 1), overwrite=True)
    seconds = time.perf_counter() - started
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"rows: {args.rows:,}  seconds: {seconds:.1f}  file: {out.stat().st_size / 1e6:.1f} MB")
    print(f"peak resident memory: {rss_peak / 1024:.0f} MiB (before export {rss_before / 1024:.0f} MiB)")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak Python allocations during export: {peak / 1e6:.1f} MB")
    folder.cleanup()


if __name__ == "__main__":
    main()
