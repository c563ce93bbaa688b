"""What following others' changes costs: a save with its change counted and logged (who did
what) against the same save without, and the few-second read of the counters (with this
program's heartbeat) against a bare query, on SQLite and, when given, on a PostgreSQL server.

    python benchmarks/live_changes.py [--pg postgresql://…/empty_db] [--saves 300] [--rounds 7]

Rounds alternate (with, without, with, …); times are milliseconds per save or per read:
min / median / max over the rounds, and the ratio of the medians.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, text  # noqa: E402

from core.changes import read_counters  # noqa: E402
from core.db import open_database, open_url  # noqa: E402
from core.presence import PresenceBoard  # noqa: E402
from core.services import Services  # noqa: E402


def _opinion(services: Services) -> int:
    committee = services.committees.create(name=f"Ban Chỉ đạo đo thời gian {time.time_ns()}",
                                           abbreviation="BCĐ")
    import datetime as dt

    meeting = services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                       title="Phiên họp đo", starts_at=dt.datetime(2026, 3, 2, 8))
    return services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Nguyễn Văn A",
                                         text="Ý kiến").id


def _recorder(db, on: bool) -> None:  # noqa: ANN001
    """Switch the change recorder's listeners on or off on this database's sessions."""
    from core.changes import _bulk, _collect

    pairs = [("after_flush", _collect), ("do_orm_execute", _bulk),
             ("before_commit", db.changes._before_commit), ("after_commit", db.changes._after_commit),
             ("after_rollback", db.changes._after_rollback)]
    for name, fn in pairs:
        if on and not event.contains(db._sessions, name, fn):
            event.listen(db._sessions, name, fn)
        elif not on and event.contains(db._sessions, name, fn):
            event.remove(db._sessions, name, fn)


def _saves(services: Services, opinion_id: int, count: int, tag: str) -> float:
    start = time.perf_counter()
    for n in range(count):
        # a new person each time: every save is its own history entry, the slower case
        services.db.user = f"{tag}{n}"
        services.meetings.update_opinion(opinion_id=opinion_id, text=f"Ý kiến {tag} {n}")
    return (time.perf_counter() - start) * 1000 / count


def _reads(fn, count: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for _ in range(count):
        fn()
    return (time.perf_counter() - start) * 1000 / count


def _line(name: str, with_: list[float], bare: list[float]) -> str:
    def mmm(values: list[float]) -> str:
        return f"{min(values):7.2f} {statistics.median(values):7.2f} {max(values):7.2f}"

    ratio = statistics.median(with_) / statistics.median(bare)
    return f"  {name:<34} {mmm(with_)}   {mmm(bare)}   x{ratio:.2f}"


def run(db, label: str, saves: int, rounds: int) -> None:  # noqa: ANN001
    services = Services(db)
    opinion_id = _opinion(services)
    board = PresenceBoard(db)
    save_on, save_off, read_on, read_off = [], [], [], []
    for r in range(rounds):
        for on in (True, False) if r % 2 == 0 else (False, True):
            _recorder(db, on)
            (save_on if on else save_off).append(_saves(services, opinion_id, saves, f"r{r}{on}"))
        _recorder(db, True)

        def poll() -> None:
            board.beat(1)
            board.others(1)
            read_counters(db, meeting_id=1)

        def bare() -> None:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1")).all()

        for fn, into in ((poll, read_on), (bare, read_off)) if r % 2 == 0 else (
                (bare, read_off), (poll, read_on)):
            into.append(_reads(fn, 200))
    print(f"{label}: ms each, min median max (with)   min median max (bare)   ratio")
    print(_line("save of an opinion, logged+counted", save_on, save_off))
    print(_line("poll (heartbeat, who, counters)", read_on, read_off))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("THUKY_BENCH_PG_URL"))
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", daily_backup=False)
        try:
            run(db, "SQLite", args.saves, args.rounds)
        finally:
            db.close()
    if args.pg:
        db = open_url(args.pg)
        try:
            run(db, "PostgreSQL", args.saves, args.rounds)
        finally:
            db.close()


if __name__ == "__main__":
    main()
