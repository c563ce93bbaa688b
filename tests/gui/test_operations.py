"""Long work runs beside the window: an export in the background while the register stays in
use, a progress line with counts, a button that stops it without leaving a file, and a failure
in the worker said where every failure is said."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from core.errors import AppError
from core.services import exports as exports_module
from tests.gui import tasks_data as td
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)


@pytest.fixture
def data(window):
    return td.build(window.services)


@pytest.fixture
def page(window, data):
    page = window.show_page("tasks")
    page.reload()
    return page


@pytest.fixture
def gate(monkeypatch):
    """Holds the export's worker after its first rows until the test opens the gate, so what
    the window does meanwhile is seen whatever the machine's speed."""
    reached, opened = threading.Event(), threading.Event()
    real = exports_module.iter_task_rows

    def held(db, **kwargs):
        for n, row in enumerate(real(db, **kwargs)):
            if n == 2:
                reached.set()
                assert opened.wait(30), "the test never opened the gate"
            yield row

    monkeypatch.setattr(exports_module, "iter_task_rows", held)
    yield reached, opened
    opened.set()  # a failed test must not leave the worker waiting


@pytest.fixture
def out(tmp_path):
    """The folder the user saves into (the database lives elsewhere)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def start_export(page, desktop, target):
    desktop["save"] = target
    desktop["modal"] = lambda dialog: dialog.export()
    job = page.export_excel()
    assert job is not None
    return job


def test_an_export_runs_while_the_register_stays_in_use(page, data, desktop, gate, qtbot,
                                                       out):
    reached, opened = gate
    window = page.window()
    job = start_export(page, desktop, out / "ds.xlsx")
    qtbot.waitUntil(reached.is_set)
    # The worker is in the middle of the list: the window still turns its event loop, shows
    # the progress with counts, and the register answers the keyboard.
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    assert job.running()
    line = window.ops.line
    assert line.isVisible() and line.label.text().startswith("Đang xuất ")
    assert line.label.text().endswith(f"/{len(data.tasks)} nhiệm vụ…")
    before = page.model.rowCount()
    page.bar.search.setText("quang ba hinh")
    qtbot.waitUntil(lambda: page.model.filter.search == "quang ba hinh")
    assert 0 < page.model.rowCount() < before
    assert job.running()
    opened.set()
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "done"
    assert (out / "ds.xlsx").is_file()
    assert not line.isVisible()
    assert desktop["finished"] and "Đã xuất" in desktop["finished"][0][0]


def test_stopping_an_export_leaves_no_file(page, desktop, gate, qtbot, out):
    reached, opened = gate
    window = page.window()
    job = start_export(page, desktop, out / "ds.xlsx")
    qtbot.waitUntil(reached.is_set)
    assert window.ops.line.cancel_button.isEnabled()
    window.ops.line.cancel_button.click()
    opened.set()
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "cancelled"
    assert list(out.iterdir()) == []  # neither the file nor its temporary twin
    assert desktop["finished"] == []
    assert "chưa có gì được ghi" in window.statusBar().currentMessage()


def test_a_failure_in_the_worker_is_said_like_any_other(page, desktop, answers, monkeypatch,
                                                         qtbot, out):
    def full(self, **_kwargs):
        raise AppError("disk_full", path=str(out / "ds.xlsx"))

    monkeypatch.setattr(exports_module.ExportService, "task_list", full)
    job = start_export(page, desktop, out / "ds.xlsx")
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "failed"
    assert "Ổ đĩa đã đầy" in answers["warnings"][-1]

    def bug(self, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(exports_module.ExportService, "task_list", bug)
    job = start_export(page, desktop, out / "ds.xlsx")
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.outcome == "failed"
    assert "lỗi của máy (RuntimeError)" in answers["warnings"][-1]
    assert list(out.iterdir()) == []
