"""Time per key typed into a pick field (an agenda item's presenter: the committee's members and
2,000 agencies) and into a date field (the meeting's date), on the benchmark data, through the
real widgets, against the bare Qt widgets doing the least of the same job in the same run
(a QLineEdit with a QCompleter over the same names; a plain QLineEdit), alternating.

    python benchmarks/typing_keys.py [DB.sqlite] [--scale 1.0]

Without DB (or with a DB path that does not exist yet) the data is built first (benchmarks/data.py,
about 75 s at scale 1.0). Each key goes in as the keyboard delivers it (a key event with its
text, Unikey-style), and is timed until Qt has handled everything it caused. Milliseconds per
key: min / median / max over every key of several runs; the target is under 30 ms.
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
from benchmarks.workspace import big_meeting, open_window  # noqa: E402

RUNS = 5
PICK_TYPED = "so thong tin va truyen thong"
DATE_TYPED = "15/3/2023"


def per_key(widget, typed: str) -> list[float]:  # noqa: ANN001
    """Clear ``widget``, type ``typed`` key by key; milliseconds each key took to be handled."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.clear()
    QApplication.processEvents()
    samples = []
    for char in typed:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, ours: list[float], bare: list[float]) -> None:
    def line(name: str, s: list[float]) -> str:
        return f"  {name:<34} min {min(s):6.2f}  median {statistics.median(s):6.2f}  max {max(s):7.2f} ms"
    print(label)
    print(line("program", ours))
    print(line("bare Qt", bare))
    print(f"  ratio (median program / median bare Qt): {statistics.median(ours) / statistics.median(bare):.1f}x")


def run(path: Path) -> None:
    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtWidgets import QCompleter, QLineEdit

    meeting_id = big_meeting(path)
    app, window = open_window(path)
    ws = window.show_page("meetings").open_meeting(meeting_id)
    ws.show_tab("agenda")
    ws.agenda.table.selectRow(0)
    presenter = ws.agenda.presenter
    presenter.setFocus()
    presenter.matches("")  # the choices are read when first typed into; not part of a key
    names = [c.label for c in presenter.model_.choices]
    bare_pick = QLineEdit()
    completer = QCompleter(QStringListModel(names), bare_pick)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare_pick.setCompleter(completer)
    bare_pick.show()
    ws.show_tab("info")
    date = ws.info.date
    bare_date = QLineEdit()
    bare_date.show()
    app.processEvents()

    print(f"{len(names):,} choices in the presenter field; {len(PICK_TYPED)} keys "
          f"«{PICK_TYPED}»; {len(DATE_TYPED)} keys «{DATE_TYPED}» in the date; {RUNS} runs each")
    pick, pick_bare, day, day_bare = [], [], [], []
    for _ in range(RUNS):  # alternating, so both see the same machine
        ws.show_tab("agenda")
        presenter.setFocus()
        pick += per_key(presenter, PICK_TYPED)
        presenter.completer_.popup().hide()
        pick_bare += per_key(bare_pick, PICK_TYPED.replace("so ", "", 1))
        completer.popup().hide()
        ws.show_tab("info")
        date.setFocus()
        day += per_key(date.edit, DATE_TYPED)
        ws.autosaver.cancel("info.when")  # the meeting keeps its date between runs
        day_bare += per_key(bare_date, DATE_TYPED)
    report("typing into the pick field (popup filtered and ranked on each key)", pick, pick_bare)
    report("typing into the date field (read back on each key)", day, day_bare)
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    if not path.exists():
        started = time.perf_counter()
        build(path, scale=args.scale, today=dt.date.today())
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    run(path)


if __name__ == "__main__":
    main()
