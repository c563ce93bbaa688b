"""Time the registers' lists in the real window at 10,000 people and 2,000 agencies: loading a
list, filtering it as a search is typed key by key, and sorting it by name.

    python benchmarks/gui_lists.py [--people 10000] [--agencies 2000]

Runs offscreen in a temporary folder; prints milliseconds (median of a few runs).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from benchmarks.data import AGENCY_KINDS, FAMILY, GIVEN, PROVINCES  # noqa: E402
from core import models as m  # noqa: E402
from core.db import open_database  # noqa: E402
from core.text import duplicate_key, fold  # noqa: E402

RUNS = 5
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Hữu", "Quang")


def fill(path: Path, *, people: int, agencies: int, members: int = 60) -> None:
    """Agencies, people and one committee with ``members`` seats, by bulk insert."""
    rng = random.Random(11)
    now = dt.datetime(2026, 1, 1)
    db = open_database(path, daily_backup=False)
    try:
        with db.engine.begin() as conn:
            rows = []
            for i in range(agencies):
                name = f"{AGENCY_KINDS[i % len(AGENCY_KINDS)]} {PROVINCES[i % len(PROVINCES)]} {i + 1}"
                rows.append(dict(id=i + 1, name=name, is_active=i % 50 != 0, search_key=fold(name),
                                 dup_key=duplicate_key(name), created_at=now, updated_at=now))
            conn.execute(insert(m.Agency), rows)
            rows = []
            for i in range(people):
                name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {i + 1}"
                rows.append(dict(id=i + 1, full_name=name, position="Phó Giám đốc",
                                 agency_id=rng.randint(1, agencies), is_active=True,
                                 search_key=fold(name), dup_key=duplicate_key(name),
                                 created_at=now, updated_at=now))
            conn.execute(insert(m.Person), rows)
            conn.execute(insert(m.Committee), [dict(
                id=1, name="Ban Chỉ đạo công tác thông tin đối ngoại", abbreviation="BCĐ",
                style="state", number_reset="year", is_active=True, search_key="", dup_key="bcd",
                created_at=now, updated_at=now)])
            conn.execute(insert(m.Membership), [dict(
                committee_id=1, person_id=p, role="Ủy viên", rank=50, start_date=dt.date(2024, 1, 1),
                created_at=now, updated_at=now) for p in rng.sample(range(1, people + 1), members)])
    finally:
        db.close()


def ms(call, runs: int = RUNS) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def type_keys(app, box, text: str) -> list[float]:  # noqa: ANN001
    """Set the search box one character more at a time, as typing does; ms per keystroke."""
    times = []
    for end in range(1, len(text) + 1):
        start = time.perf_counter()
        box.setText(text[:end])
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    box.clear()
    app.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--agencies", type=int, default=2_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="thuky-bench-"))
    os.environ["THUKY_DATA_DIR"] = str(folder / "data")
    path = folder / "lists.sqlite"
    fill(path, people=args.people, agencies=args.agencies)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.registers.member_dialogs import AddMemberDialog
    from gui.style import apply_style

    app = QApplication([])
    apply_style(app)
    install_translators("vi")
    start = time.perf_counter()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_database(path)
    app.processEvents()
    print(f"{args.people:,} people, {args.agencies:,} agencies")
    print(f"{'open the database, fill every page':<44} {(time.perf_counter() - start) * 1000:8.1f} ms")

    agencies = window.show_page("agencies")
    members = window.show_page("members")
    people = members.people
    members.tabs.setCurrentWidget(people)
    app.processEvents()
    results = [
        ("load agencies list", lambda: (agencies.reload(), app.processEvents())),
        ("load people list", lambda: (people.reload(), app.processEvents())),
        ("load a committee's members", lambda: (members.members.reload(), app.processEvents())),
        ("sort people by given name (descending)",
         lambda: people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)),
        ("sort people by agency", lambda: people.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)),
        ("sort agencies by name (descending)",
         lambda: agencies.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)),
        ("open 'add member' (10,000 people to pick)",
         lambda: AddMemberDialog(window, window.services,
                                 window.services.committees.get(committee_id=1)).deleteLater()),
    ]
    for label, call in results:
        print(f"{label:<44} {ms(call):8.1f} ms")
    for label, box, text in (("type 'nguyen van bich' in people", people.search, "nguyen van bich"),
                             ("type 'so thong tin' in agencies", agencies.search, "so thong tin")):
        type_keys(app, box, text)  # the first pass folds every row once
        keys = type_keys(app, box, text)
        print(f"{label:<44} {statistics.median(keys):8.1f} ms a key, worst {max(keys):.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
