"""Build a large database for benchmarks: by default ten times a busy secretariat's ten years
(50,000 meetings, 1,000,000 opinions, 500,000 tasks). Rows go in with SQLAlchemy Core bulk
inserts on a database opened the normal way (WAL, synchronous=FULL, foreign keys on).

    python benchmarks/data.py OUT.sqlite [--scale 1.0]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from core import models as m  # noqa: E402
from core.db import open_database  # noqa: E402
from core.status import status_group  # noqa: E402
from core.text import NO_TEXT_ORDER, duplicate_key, fold, order_key  # noqa: E402

WORDS = ("tuyên truyền thông tin đối ngoại báo chí đại hội kế hoạch triển khai nhiệm vụ trọng tâm "
         "phối hợp chặt chẽ cơ quan đơn vị địa phương hoàn thiện hạ tầng mạng xã hội quảng bá hình "
         "ảnh tỉnh du lịch đầu tư kinh tế quốc phòng an ninh đào tạo bồi dưỡng cán bộ").split()
PROVINCES = ("Quảng Ninh", "Hà Nam", "Hải Dương", "Đà Nẵng", "Lạng Sơn", "Nghệ An", "Cà Mau",
             "Điện Biên", "Bắc Ninh", "Thái Bình")
AGENCY_KINDS = ("Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
                "Ban Tuyên giáo", "Văn phòng", "Báo", "Đài Phát thanh - Truyền hình",
                "Sở Nội vụ", "Sở Tài chính", "Công an", "Ủy ban nhân dân huyện", "Trung tâm Truyền thông")
GIVEN = ("Bích", "Tuấn", "Cẩm", "Thuần", "Phúc", "Hương", "Dũng", "Lan", "Hòa", "Đức", "Anh", "Sơn")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Vi", "Mai")
DEADLINES = (("date", "Trước {d}"), ("period", "Quý {q}/{y}"), ("regular", "Thường xuyên"))
BATCH = 20_000


def _sentence(rng: random.Random, n: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def _flush(conn, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)
        rows.clear()


def build(path: Path, *, scale: float = 1.0, seed: int = 7, today: dt.date | None = None) -> dict:
    """Fill a new database at ``path``; return the counts and the seconds it took."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    n_committees = max(2, int(25 * scale))
    n_agencies = max(10, int(2_000 * min(scale, 1.0)))
    n_people = max(20, int(10_000 * min(scale, 1.0)))
    n_meetings = int(50_000 * scale)
    opinions_per_meeting = 20
    tasks_per_meeting = 10
    started = time.perf_counter()
    db = open_database(path, daily_backup=False)
    now = dt.datetime(2026, 1, 1)
    try:
        with db.engine.begin() as conn:
            agencies = []
            for i in range(n_agencies):
                name = f"{AGENCY_KINDS[i % len(AGENCY_KINDS)]} {PROVINCES[i % len(PROVINCES)]} {i + 1}"
                agencies.append(dict(id=i + 1, name=name, is_active=True, search_key=fold(name),
                                     dup_key=duplicate_key(name), created_at=now, updated_at=now))
            conn.execute(insert(m.Agency), agencies)
            lead_orders = {a["id"]: order_key(a["name"]) for a in agencies}
            people = []
            for i in range(n_people):
                name = f"{rng.choice(FAMILY)} Văn {rng.choice(GIVEN)} {i + 1}"
                people.append(dict(id=i + 1, full_name=name, position="Ủy viên",
                                   agency_id=rng.randint(1, n_agencies), is_active=True,
                                   search_key=fold(name), dup_key=duplicate_key(name),
                                   created_at=now, updated_at=now))
            conn.execute(insert(m.Person), people)
            conn.execute(insert(m.Committee), [
                dict(id=c + 1, name=f"Ban Chỉ đạo số {c + 1}", abbreviation=f"BCĐ{c + 1}",
                     style="state" if c % 2 else "party", number_reset="year", is_active=True,
                     search_key="", dup_key=f"bcd {c + 1}", created_at=now, updated_at=now)
                for c in range(n_committees)])
        meeting_rows, opinion_rows, task_rows, coordinator_rows = [], [], [], []
        opinion_id = task_id = 0
        start_day = today - dt.timedelta(days=3650)
        with db.engine.begin() as conn:
            for meeting_id in range(1, n_meetings + 1):
                committee = (meeting_id % n_committees) + 1
                day = start_day + dt.timedelta(days=rng.randint(0, 3650 + 60))
                starts = dt.datetime.combine(day, dt.time(8, 0))
                title = f"Phiên họp {meeting_id}: {_sentence(rng, 6)}"
                meeting_rows.append(dict(
                    id=meeting_id, committee_id=committee, kind="Phiên họp định kỳ", title=title,
                    starts_at=starts, ends_at=starts + dt.timedelta(hours=3),
                    status="finalised" if day < today else "planned", search_key=fold(title),
                    created_at=now, updated_at=now))
                for position in range(opinions_per_meeting):
                    opinion_id += 1
                    text = _sentence(rng, 30)
                    opinion_rows.append(dict(
                        id=opinion_id, meeting_id=meeting_id, position=position,
                        speaker_id=rng.randint(1, n_people), speaker_name="Đồng chí",
                        is_guest=False, text=text, search_key=fold(text)))
                for _ in range(tasks_per_meeting):
                    task_id += 1
                    kind, pattern = rng.choice(DEADLINES)
                    due = None if kind == "regular" else day + dt.timedelta(days=rng.randint(7, 200))
                    deadline_text = pattern.format(d=due.strftime("%d/%m/%Y") if due else "",
                                                   q=(due.month - 1) // 3 + 1 if due else "",
                                                   y=due.year if due else "")
                    done = None
                    if due and rng.random() < 0.7:
                        done = due + dt.timedelta(days=rng.randint(-30, 20))
                        done = min(max(done, day), today) if done <= today else None
                    content = _sentence(rng, 14)
                    lead = rng.randint(1, n_agencies)
                    coordinators = list(
                        {rng.randint(1, n_agencies) for _ in range(rng.randint(0, 2))} - {lead})
                    # The sort keys the program keeps on every write (core.models).
                    task_rows.append(dict(
                        id=task_id, code=f"NV-{task_id:07d}", meeting_id=meeting_id,
                        content=content, lead_agency_id=lead, assigned_on=day,
                        deadline_kind=kind, deadline_text=deadline_text, due_date=due,
                        original_due_date=due, extension_count=0, completed_on=done,
                        search_key=fold(content), content_order=order_key(content),
                        lead_order=lead_orders[lead], status_group=status_group(due, done),
                        coordinators_order=(lead_orders[coordinators[0]] if coordinators
                                            else NO_TEXT_ORDER),
                        has_coordinators=bool(coordinators), created_at=now, updated_at=now))
                    for position, coordinator in enumerate(coordinators):
                        coordinator_rows.append(dict(task_id=task_id, agency_id=coordinator,
                                                     position=position))
                if len(opinion_rows) >= BATCH:
                    _flush(conn, m.Meeting, meeting_rows)
                    _flush(conn, m.Opinion, opinion_rows)
                    _flush(conn, m.Task, task_rows)
                    _flush(conn, m.TaskCoordinator, coordinator_rows)
            for table, rows in ((m.Meeting, meeting_rows), (m.Opinion, opinion_rows),
                                (m.Task, task_rows), (m.TaskCoordinator, coordinator_rows)):
                _flush(conn, table, rows)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    return dict(committees=n_committees, agencies=n_agencies, people=n_people,
                meetings=n_meetings, opinions=opinion_id, tasks=task_id,
                seconds=time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists; give a new file name")
    result = build(args.out, scale=args.scale)
    print(", ".join(f"{k}={v:,.1f}" if isinstance(v, float) else f"{k}={v:,}" for k, v in result.items()))


if __name__ == "__main__":
    main()
