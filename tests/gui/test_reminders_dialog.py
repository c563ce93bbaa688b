"""Đôn đốc… from the register and the overview: the dialog counts what it will write, writes
the letters into a new folder, a wrong date is said and the typed text stays, and the task's
history and the register's "chased and still late" filter follow."""
from __future__ import annotations


import pytest

from gui.exchange import files
from gui.exchange.reminders import ReminderDialog
from gui.operations import EVERYTHING
from tests.core import report_data as rd


@pytest.fixture
def data(window):
    built = rd.build(window.services)
    window.ops.announce(EVERYTHING)
    return built


@pytest.fixture
def quiet(monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(files.FilePicker, "folder", classmethod(lambda cls, *a: out))
    offered = []
    monkeypatch.setattr(files.Finished, "offer",
                        classmethod(lambda cls, parent, text, **kw: offered.append(text)))
    return out, offered


def test_overview_writes_letters_and_the_task_history_shows_them(window, data, quiet, qtbot):
    out, offered = quiet
    overview = window.show_page("overview")
    overview.committee.setCurrentIndex(overview.committee.findData(data.committee_x))
    dialog = overview.open_reminders()
    qtbot.addWidget(dialog)
    assert dialog.committee.currentData() == data.committee_x
    dialog.as_of.setText("01/04/2026")
    dialog.show_summary()
    assert dialog.summary.text() == "Sẽ ghi 3 công văn cho 3 cơ quan chủ trì (3 nhiệm vụ)."
    batch = dialog.write()
    assert batch is not None and len(batch.letters) == 3
    assert len(list(next(out.glob("Don-doc-*")).glob("*.docx"))) == 3
    assert offered and "Đã ghi 3 công văn đôn đốc" in offered[0]

    register = window.show_page("tasks")
    task = register.open_task(data.tasks["t4"])
    qtbot.addWidget(task)
    rows = [[task.history.index(r, c).data() for c in range(task.history.columnCount())]
            for r in range(task.history.rowCount())]
    assert any(r[1] == "Đôn đốc" and r[2].startswith("Đã đôn đốc bằng văn bản số 01/BCĐ-VP")
               for r in rows)
    register.bar.period.setCurrentIndex(register.bar.period.findData("chased"))
    register.model.fetch_all()
    shown = {register.model.record(r).id for r in range(register.model.rowCount())}
    late_today = {data.tasks[n] for n in ("t4", "t5", "t7")}  # still not done, still late
    assert shown == late_today


def test_register_offers_its_filter_and_a_wrong_date_keeps_the_text(window, data, quiet, qtbot):
    register = window.show_page("tasks")
    register.bar.agency.select(data.agencies[rd.DAI])
    register.bar.committee.setCurrentIndex(register.bar.committee.findData(data.committee_x))
    dialog = register.open_reminders()
    qtbot.addWidget(dialog)
    assert dialog.register.isChecked() and dialog.filters["agency_id"] == data.agencies[rd.DAI]
    dialog.as_of.setText("31/02/2026")
    assert dialog.write() is None
    assert "không phải là ngày hợp lệ" in dialog.message.text()
    assert dialog.as_of.text() == "31/02/2026"
    dialog.as_of.setText("01/04/2026")
    batch = dialog.write()
    assert [x.agency_name for x in batch.letters] == [rd.DAI]


def test_nothing_to_chase_disables_writing(window, data, qtbot):
    dialog = ReminderDialog(window.services, committee_id=data.committee_x)
    qtbot.addWidget(dialog)
    dialog.as_of.setText("01/12/2025")
    dialog.show_summary()
    assert not dialog.write_button.isEnabled()
    assert dialog.summary.text() == "Không có nhiệm vụ nào cần đôn đốc."
