"""Reminder letters for a committee with 2,000 agencies and about 50,000 overdue tasks: time and
peak memory of ``ReminderService.write`` against bare python-docx writing the same letters
(the same tasks read with sqlite3, one Document() per letter, cells set through python-docx).

    python benchmarks/reminders.py DB.sqlite [--runs 3] [--overdue 50000]

DB is a database from benchmarks/data.py (kept, e.g. in /tmp). The first run moves meetings of
other committees to committee 1 until it has ``--overdue`` overdue tasks, and gives its
meetings conclusion notices (numbers to cite); later runs find it ready. Each measure runs in a
fresh process (its peak resident memory is its own), the two kinds alternating; a run of the
program on a committee with a tenth of the tasks shows whether memory grows with the letters.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG, SMALL = 1, 2  # committees


def overdue_by_committee(conn: sqlite3.Connection, today: dt.date) -> dict[int, int]:
    return dict(conn.execute(
        "SELECT m.committee_id, count(*) FROM tasks t JOIN meetings m ON m.id = t.meeting_id "
        "WHERE t.completed_on IS NULL AND t.due_date < ? AND t.lead_agency_id IS NOT NULL "
        "GROUP BY m.committee_id", (today.isoformat(),)).fetchall())


def prepare(path: Path, wanted: int, today: dt.date) -> dict[int, int]:
    conn = sqlite3.connect(path)
    try:
        counts = overdue_by_committee(conn, today)
        if counts.get(BIG, 0) < wanted:
            have, moved = counts.get(BIG, 0), []
            for committee, n in sorted(counts.items(), key=lambda kv: -kv[1]):
                if committee in (BIG, SMALL) or have >= wanted:
                    continue
                moved.append(committee)
                have += n
            conn.executemany("UPDATE meetings SET committee_id = ? WHERE committee_id = ?",
                             [(BIG, c) for c in moved])
        if not conn.execute("SELECT 1 FROM issued_documents WHERE doc_type = 'TB' LIMIT 1").fetchone():
            rows, numbers = [], {}
            for meeting_id, committee, starts in conn.execute(
                    "SELECT id, committee_id, starts_at FROM meetings WHERE committee_id IN (?, ?) "
                    "ORDER BY starts_at", (BIG, SMALL)):
                year = starts[:4]
                numbers[(committee, year)] = numbers.get((committee, year), 0) + 1
                rows.append((committee, meeting_id, "TB", year, numbers[(committee, year)],
                             starts[:10], starts))
            conn.executemany("INSERT INTO issued_documents (committee_id, meeting_id, doc_type, "
                             "series, number, issued_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             rows)
        conn.commit()
        conn.execute("ANALYZE")
        return overdue_by_committee(conn, today)
    finally:
        conn.close()


def run_program(path: Path, committee: int, out: Path, today: dt.date) -> dict:
    from core.db import open_database
    from core.services import Services
    from core.services.reminders import ReminderOptions

    db = open_database(path, daily_backup=False)
    try:
        start = time.perf_counter()
        batch = Services(db).reminders.write(committee_id=committee, out_dir=out,
                                             options=ReminderOptions(as_of=today))
        seconds = time.perf_counter() - start
    finally:
        db.close()
    return {"seconds": seconds, "letters": len(batch.letters), "tasks": batch.task_count}


def run_bare(path: Path, committee: int, out: Path, today: dt.date) -> dict:
    """The same letters with python-docx alone: what the library costs without the program."""
    from docx import Document

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    start = time.perf_counter()
    where = ("t.completed_on IS NULL AND t.due_date < ? AND t.lead_agency_id IS NOT NULL AND "
             "t.meeting_id IN (SELECT id FROM meetings WHERE committee_id = ?)")
    agencies = conn.execute(f"SELECT DISTINCT t.lead_agency_id FROM tasks t WHERE {where}",
                            (today.isoformat(), committee)).fetchall()
    letters = tasks = 0
    for (agency_id,) in agencies:
        name = conn.execute("SELECT name FROM agencies WHERE id = ?", (agency_id,)).fetchone()[0]
        rows = conn.execute(
            f"SELECT t.content, d.number, d.issued_on, t.deadline_text, t.due_date, t.last_progress "
            f"FROM tasks t LEFT JOIN issued_documents d ON d.meeting_id = t.meeting_id AND "
            f"d.doc_type = 'TB' WHERE {where} AND t.lead_agency_id = ? ORDER BY t.due_date, t.id",
            (today.isoformat(), committee, agency_id)).fetchall()
        doc = Document()
        doc.add_paragraph("BAN CHỈ ĐẠO")
        doc.add_paragraph(f"Số: {letters + 1:02d}/BCĐ-VP")
        doc.add_paragraph("V/v đôn đốc thực hiện nhiệm vụ được giao")
        doc.add_paragraph(f"Kính gửi: {name}")
        doc.add_paragraph("Đến ngày …, các nhiệm vụ dưới đây đã quá thời hạn:")
        table = doc.add_table(rows=1, cols=6)
        for cell, text in zip(table.rows[0].cells, ("STT", "Nội dung", "Văn bản", "Thời hạn",
                                                    "Số ngày quá hạn", "Tình hình")):
            cell.text = text
        for i, (content, number, issued, deadline, due, progress) in enumerate(rows, start=1):
            cells = table.add_row().cells
            late = (today - dt.date.fromisoformat(due)).days
            for cell, text in zip(cells, (str(i), content, f"TB số {number} ngày {issued}",
                                          deadline, str(late), progress or "")):
                cell.text = text
        doc.add_paragraph("Đề nghị … báo cáo trước ngày …")
        doc.save(out / f"{letters + 1:03d}.docx")
        letters += 1
        tasks += len(rows)
    conn.close()
    return {"seconds": time.perf_counter() - start, "letters": letters, "tasks": tasks}


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def child(kind: str, path: Path, committee: int, today: dt.date) -> None:
    import threading

    out = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:  # resident memory through the run: flat, or growing with the letters
        while not done.wait(0.2):
            samples.append(_rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = (run_program if kind == "program" else run_bare)(path, committee, out, today)
    finally:
        done.set()
        sampler.join()
        shutil.rmtree(out, ignore_errors=True)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(samples)
    result["rss_quarters"] = [round(samples[min(n - 1, n * q // 4)], 1) for q in (1, 2, 3, 4)] \
        if n else []
    print(json.dumps(result))


def spawn(kind: str, path: Path, committee: int, today: dt.date) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(path), "--committee",
                           str(committee), "--today", today.isoformat()],
                          capture_output=True, text=True, check=True, env=dict(os.environ))
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(label: str, runs: list[dict], key: str, unit: str) -> str:
    values = sorted(r[key] for r in runs)
    return (f"{label:<34} min {values[0]:8.1f} {unit}  median {statistics.median(values):8.1f} "
            f"{unit}  max {values[-1]:8.1f} {unit}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--overdue", type=int, default=50_000)
    parser.add_argument("--child")
    parser.add_argument("--committee", type=int, default=BIG)
    parser.add_argument("--today")
    args = parser.parse_args()
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    if args.child:
        child(args.child, args.db, args.committee, today)
        return
    counts = prepare(args.db, args.overdue, today)
    print(f"committee {BIG}: {counts.get(BIG, 0):,} overdue tasks; committee {SMALL}: "
          f"{counts.get(SMALL, 0):,}")
    program, bare, small = [], [], []
    for _ in range(args.runs):
        program.append(spawn("program", args.db, BIG, today))
        bare.append(spawn("bare", args.db, BIG, today))
    small.append(spawn("program", args.db, SMALL, today))
    first = program[0]
    print(f"{first['letters']:,} letters, {first['tasks']:,} tasks per run")
    print(line("program (ReminderService.write)", program, "seconds", "s"))
    print(line("bare python-docx", bare, "seconds", "s"))
    ratio = statistics.median(r["seconds"] for r in program) / statistics.median(
        r["seconds"] for r in bare)
    print(f"ratio program / bare (median): {ratio:.2f}")
    print(line("program peak memory", program, "peak_mb", "MB"))
    print(line("bare peak memory", bare, "peak_mb", "MB"))
    print(f"program resident memory at 1/4, 1/2, 3/4 and the end of the run (MB): "
          f"{program[-1]['rss_quarters']}")
    print(f"program on committee {SMALL} ({small[0]['letters']:,} letters, "
          f"{small[0]['tasks']:,} tasks): {small[0]['seconds']:.1f} s, peak {small[0]['peak_mb']:.1f} MB")


if __name__ == "__main__":
    main()
