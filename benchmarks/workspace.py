"""Time the meeting workspace and the meetings list on the benchmark data, offscreen, through the
real widgets.

    python benchmarks/workspace.py [DB.sqlite] [--scale 1.0]

Without DB (or with a DB path that does not exist yet) the benchmark data is built first
(benchmarks/data.py: at scale 1.0, 50,000 meetings over 25 committees, i.e. 2,000 per committee,
and 1,000,000 opinions). One meeting of committee 1 is then recorded through the services with
40 agenda items, 300 opinions, 40 conclusion points and 100 tasks, and the workspace is driven on
it. Times are milliseconds: the median and the worst of several runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.data import build  # noqa: E402
from core.db import open_database  # noqa: E402
from core.services import Services  # noqa: E402
from core.services.meeting_records import AgendaDraft  # noqa: E402

COMMITTEE = 1
TITLE = "Phiên họp mở rộng: 40 nội dung, 300 ý kiến, 100 nhiệm vụ"
RUNS = 7


def big_meeting(path: Path) -> int:
    """The large meeting, recorded the way the window records one (a service call per edit)."""
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        existing = [m for m in services.meetings.list(committee_id=COMMITTEE, search="40 noi dung")
                    if m.title == TITLE]
        if existing:
            return existing[0].id
        meetings, tasks = services.meetings, services.tasks
        for person in range(1, 31):
            services.committees.add_member(committee_id=COMMITTEE, person_id=person,
                                           role="Ủy viên" if person > 1 else "Trưởng ban",
                                           start_date=dt.date(2000, 1, 1))
        meeting = meetings.create(
            committee_id=COMMITTEE, kind="Phiên họp định kỳ", title=TITLE,
            starts_at=dt.datetime(2026, 3, 2, 8), ends_at=dt.datetime(2026, 3, 2, 17),
            chair_id=1, secretary_id=2,
            agenda=[AgendaDraft(f"Nội dung {i}: báo cáo tình hình triển khai nhiệm vụ trọng tâm",
                                presenter_agency_id=i, planned_minutes=10) for i in range(1, 41)])
        for row in meeting.attendance:
            meetings.set_attendance(attendance_id=row.id, status="present")
        for n in range(300):
            meetings.add_opinion(meeting_id=meeting.id, agenda_item_id=meeting.agenda[n % 40].id,
                                 speaker_id=1 + n % 30,
                                 text=f"Ý kiến {n + 1}: đề nghị tăng cường phối hợp tuyên truyền, "
                                      "quảng bá hình ảnh, hoàn thiện hạ tầng mạng xã hội. " * 6)
        points = []
        for n in range(30):
            point = meetings.add_conclusion_point(
                meeting_id=meeting.id, text=f"Kết luận {n + 1}: các cơ quan phối hợp chặt chẽ.")
            points.append(point.id)
            if n % 3 == 0:
                for sub in range(3):
                    points.append(meetings.add_conclusion_point(
                        meeting_id=meeting.id, text=f"Ý {sub + 1} của kết luận {n + 1}.",
                        parent_id=point.id).id)
        for n in range(100):
            tasks.create(content=f"Nhiệm vụ {n + 1}: hoàn thiện kế hoạch tuyên truyền",
                         deadline=f"Trước {1 + n % 28}/{4 + n % 9}/2026", meeting_id=meeting.id,
                         conclusion_point_id=points[n % len(points)], lead_agency_id=1 + n % 50,
                         coordinator_ids=[51 + n % 20, 80 + n % 7])
        return meeting.id
    finally:
        db.close()


def timed(label: str, call, *, runs: int = RUNS, setup=None) -> None:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} median {statistics.median(samples):8.1f} ms   worst {max(samples):8.1f} ms")


def open_window(path: Path):  # noqa: ANN201
    """The application and the main window on ``path``, 1366×768, settings in a temporary folder."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    os.environ["THUKY_DATA_DIR"] = tempfile.mkdtemp()  # not the user's settings
    from gui.main_window import MainWindow

    window = MainWindow()
    window.open_database(path)
    window.resize(1366, 768)
    window.show()
    return app, window


def run(path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.gui.meeting_helpers import keys

    meeting_id = big_meeting(path)
    app, window = open_window(path)
    page = window.show_page("meetings")
    lst = page.list
    with window.db.engine.connect() as conn:
        counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in ("meetings", "opinions", "tasks", "agencies")}
    print("database:", ", ".join(f"{k}={v:,}" for k, v in counts.items()))

    def choose(combo, value) -> None:  # noqa: ANN001
        combo.setCurrentIndex(max(0, combo.findData(value)))  # "all" (None) is the first item

    print("\nmeetings list")
    timed("all meetings, no filter", lst.reload, runs=3)
    timed(f"one committee ({len(page.services.meetings.list(committee_id=COMMITTEE))} meetings)",
          lambda: choose(lst.committee, COMMITTEE), setup=lambda: choose(lst.committee, None))
    timed("committee + year 2026", lambda: choose(lst.year, 2026), setup=lambda: choose(lst.year, None))
    choose(lst.year, None)
    timed("search 'dai hoi' in the committee (titles, opinions, conclusions)",
          lambda: (lst.search.setText("dai hoi"), lst.reload()), setup=lambda: lst.search.setText(""))
    timed("narrowing as typed, before the database search", lambda: lst.search.setText("phien hop"),
          setup=lambda: (lst.search.setText(""), lst.reload()))
    lst.search.setText("")
    choose(lst.committee, None)
    timed("search 'dai hoi' in every committee", lambda: (lst.search.setText("dai hoi"), lst.reload()),
          runs=3, setup=lambda: lst.search.setText(""))
    timed("search a word no meeting has, every committee (reads all)",
          lambda: (lst.search.setText("khong ai noi"), lst.reload()), runs=3,
          setup=lambda: lst.search.setText(""))
    lst.search.setText("")

    print("\nworkspace: 40 agenda items, 300 opinions, 40 conclusion points, 100 tasks")
    timed("open the meeting (read it, fill all six tabs)", lambda: page.open_meeting(meeting_id),
          runs=5, setup=page.show_list)
    ws = page.open_meeting(meeting_id)
    app.processEvents()
    ws.show_tab("opinions")
    op = ws.opinions
    items = [i.id for i in ws.meeting.agenda]
    counter = iter(range(10_000))
    timed("switch to another agenda item", lambda: op.select_bucket(items[next(counter) % 40]))
    op.select_bucket(items[0])

    def new_opinion() -> None:
        keys(op.editor.speaker, "van")
        QTest.keyClick(op.editor.speaker, Qt.Key.Key_Down)
        op.editor.speaker.accept_typed()
        keys(op.editor.text, "Đề nghị bổ sung nội dung tuyên truyền về Đại hội.")

    timed("add an opinion (Enter: save, start the next)", op.editor.submit, setup=new_opinion)

    def start_edit() -> None:
        op.table.selectRow(3)
        keys(op.editor.text, " Sửa.")

    timed("edit an opinion: the autosave", ws.flush, setup=start_edit)
    op.table.selectRow(2)
    timed("move an opinion down (Alt+Down)", lambda: op.move_selected(1),
          setup=lambda: op.table.selectRow(2))
    target = items[5]
    timed("move an opinion to another agenda item", lambda: (
        op.move_to.setCurrentIndex(op.move_to.findData(target)),
        op._move_to_chosen(op.move_to.currentIndex())), setup=lambda: op.table.selectRow(0), runs=5)

    def away_and_stale() -> None:
        ws.show_tab("info")
        ws.agenda.followup.load(ws.meeting)

    timed("show the agenda tab (reads the open tasks of 2,000 earlier meetings)",
          lambda: (ws.show_tab("agenda"), app.processEvents()), setup=away_and_stale, runs=5)
    print(f"{'':<4}({ws.agenda.followup.title()})")
    ag = ws.agenda
    timed("move an agenda item (Alt+Down)", lambda: ag.move_selected(1),
          setup=lambda: ag.table.selectRow(10))
    ws.show_tab("attendance")
    att = ws.attendance
    timed("mark an attendee absent, reason typed, saved", lambda: (
        att.mark("absent"), keys(att.reason, "Ốm"), ws.flush()), setup=lambda: att.table.selectRow(4))

    ws.show_tab("conclusion")
    con = ws.conclusion

    def edit_point() -> None:
        con.tree.setCurrentIndex(con.model.index(5, 0))
        keys(con.text, " Bổ sung.")

    timed("edit a conclusion point: the autosave", ws.flush, setup=edit_point)
    timed("open the task form (2,000 agencies in its lists)", con.create_task,
          setup=lambda: con.tree.setCurrentIndex(con.model.index(4, 0)), runs=5)
    dialog = con.tasks.dialog
    dialog.lead.set_choice(dialog.lead.matches("so")[0])
    dialog.deadline.setText("Quý III/2026")
    timed("save a task", dialog.save, runs=1)
    timed("move a conclusion point (reads the conclusion again)", lambda: con.move_selected(1),
          setup=lambda: con.tree.setCurrentIndex(con.model.index(2, 0)), runs=5)
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.db is not None and args.db.exists():
        run(args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        made = build(path, scale=args.scale)
        print(f"built in {made['seconds']:.1f} s")
        run(path)


if __name__ == "__main__":
    main()
