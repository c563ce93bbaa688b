"""The task register driven through its own widgets: search typed without marks, every filter,
sorting by a header click, statuses in their colours, pages fetched as the list scrolls."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core import models as m
from core.reports.periods import period_containing, week_of
from core.status import TaskStatus
from gui.operations import EVERYTHING
from gui.tasks.filter_bar import DEBOUNCE_MS
from gui.tasks.filters import RegisterFilter
from gui.tasks.register_model import PAGE
from gui.i18n import short_status_text
from tests.gui import tasks_data as td
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)
from tests.gui.meeting_helpers import type_date


@pytest.fixture
def data(window):
    return td.build(window.services)


@pytest.fixture
def page(window, data):
    window.ops.announce(EVERYTHING)  # as the pages that recorded the data would
    return window.show_page("tasks")


def shown(page, data) -> set[str]:
    """The tasks the register lists (every page fetched), by their names in tasks_data."""
    page.model.fetch_all()
    return data.names(page.model.record(r).id for r in range(page.model.rowCount()))


def column(page, key: str) -> int:
    return next(i for i, c in enumerate(page.columns) if c.key == key)


def cell(page, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(row, column(page, key)).data(role)


def row_of(page, data, name: str) -> int:
    page.model.fetch_all()
    return page.model.row_of(data.tasks[name])


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_model_passes_qt_model_checks(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_every_task_is_listed_most_urgent_first_with_its_source_and_agencies(page, data):
    assert shown(page, data) == set(td.CONTENT)
    first = page.model.record(0)
    assert first.id == data.tasks["g"]  # the earliest deadline first
    row = row_of(page, data, "a")
    assert cell(page, row, "content") == td.CONTENT["a"]
    assert cell(page, row, "lead") == td.SO and cell(page, row, "coordinators") == td.BAO
    assert cell(page, row, "source").startswith("Phiên họp BCD (")


def test_statuses_at_their_edges_in_their_colours(page, data):
    expected = {
        "a": TaskStatus.OVERDUE, "b": TaskStatus.IN_PROGRESS, "e": TaskStatus.REGULAR,
        "f": TaskStatus.DONE_ON_TIME, "g": TaskStatus.DONE_LATE, "h": TaskStatus.IN_PROGRESS,
    }
    for name, status in expected.items():
        row = row_of(page, data, name)
        assert cell(page, row, "status") == short_status_text(status), name  # short in the cell
        assert cell(page, row, "status", Qt.ItemDataRole.ToolTipRole).startswith(status.label)  # whole
        assert cell(page, row, "status", Qt.ItemDataRole.BackgroundRole).color() == QColor(status.fill)
        assert cell(page, row, "status", Qt.ItemDataRole.ForegroundRole).color() == QColor(status.colour)
    assert cell(page, row_of(page, data, "b"), "soon") == "hôm nay"  # due today: not late
    assert cell(page, row_of(page, data, "c"), "soon") == "còn 3 ngày"
    assert cell(page, row_of(page, data, "c"), "soon", Qt.ItemDataRole.DecorationRole) is not None
    assert cell(page, row_of(page, data, "d"), "soon") == ""
    extended = cell(page, row_of(page, data, "h"), "deadline", Qt.ItemDataRole.ToolTipRole)
    assert "Đã gia hạn 1 lần" in extended  # judged by the new date, the old one kept


def test_typing_a_search_without_marks_waits_for_a_pause_then_queries_once(page, data, qtbot,
                                                                          monkeypatch):
    calls = []
    real = page.services.tasks.list
    monkeypatch.setattr(page.services.tasks, "list", lambda **kw: calls.append(kw) or real(**kw))
    qtbot.keyClicks(page.bar.search, "quang ba hinh")
    assert calls == []  # nothing while typing
    qtbot.wait(DEBOUNCE_MS + 100)
    assert len(calls) == 1 and calls[0]["search"] == "quang ba hinh"
    assert shown(page, data) == {"b"}
    page.bar.search.setText("SỞ NỘI")  # lead agency's name, upper case, with marks
    qtbot.waitUntil(lambda: page.model.filter.search == "SỞ NỘI")
    assert shown(page, data) == {"a", "c", "d", "g", "i"}  # lead, or coordinator (c)


def test_status_filter(page, data):
    choose(page.bar.status, TaskStatus.OVERDUE.value)
    assert shown(page, data) == {"a", "j"}
    page.bar.status.setCurrentIndex(1)  # not done yet
    assert shown(page, data) == {"a", "b", "c", "d", "e", "h", "i", "j"}
    page.bar.status.setCurrentIndex(page.bar.status.count() - 1)  # done
    assert shown(page, data) == {"f", "g"}


def test_agency_filter_lead_or_coordinating(page, data):
    page.bar.agency.select(data.agencies[td.BAO])
    assert shown(page, data) == {"a", "b", "e", "h"}  # a: Báo coordinates
    page.bar.lead_only.setChecked(True)
    assert shown(page, data) == {"b", "e", "h"}


def test_agency_list_finds_a_name_typed_without_marks(page, data):
    completer = page.bar.agency.completer()
    completer.setCompletionPrefix("dai phat")
    assert completer.currentCompletion() == td.DAI


def test_committee_and_source_meeting_filters(page, data):
    choose(page.bar.committee, data.committees["tb"])
    assert shown(page, data) == {"i", "j"}
    meetings = [page.bar.meeting.itemData(i) for i in range(page.bar.meeting.count())]
    assert meetings == [None, data.meetings["tb"]]  # only the committee's meetings to choose
    choose(page.bar.committee, None)
    page.bar.meeting.select(data.meetings["bcd"])
    assert shown(page, data) == set("abcdefgh")


@pytest.mark.parametrize("period", ["week", "month", "quarter"])
def test_period_of_the_deadline(page, data, period):
    today = data.today
    chosen = week_of(today) if period == "week" else period_containing(period, today)
    expected = {name for name, task_id in data.tasks.items()
                if (due := page.services.tasks.get(task_id=task_id).due_date)
                and chosen.start <= due <= chosen.end}
    choose(page.bar.period, period)
    assert shown(page, data) == expected


def test_overdue_soon_and_chosen_dates(page, data, qtbot):
    choose(page.bar.period, "overdue")
    assert shown(page, data) == {"a", "j"}
    choose(page.bar.period, "soon")
    assert shown(page, data) == {"b", "c"}
    choose(page.bar.period, "dates")
    assert page.bar.dates.isVisibleTo(page.bar)
    type_date(page.bar.due_from, data.today + dt.timedelta(days=-3))
    type_date(page.bar.due_to, data.today + dt.timedelta(days=3))
    qtbot.waitUntil(lambda: shown(page, data) == {"a", "b", "c", "j"})  # after the typing pause


def test_header_click_sorts_in_the_database(page, data, qtbot):
    header = page.table.horizontalHeader()
    content = column(page, "content")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, content))
    first = [page.model.record(r).content for r in range(page.model.rowCount())]
    assert first[0] == td.CONTENT["h"] and first[-1] == td.CONTENT["d"]  # Biên…, …, Xây…
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, content))
    again = [page.model.record(r).content for r in range(page.model.rowCount())]
    assert again == list(reversed(first))


def _section_centre(header, index):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(index) + header.sectionSize(index) // 2,
                  header.height() // 2)


def test_a_long_register_is_fetched_a_page_at_a_time(page, data, qtbot, window):
    today = dt.date.today()
    with window.db.transaction() as session:
        agency = data.agencies[td.SO]
        session.add_all(m.Task(code=f"BULK-{i}", content=f"Việc số {i}", lead_agency_id=agency,
                               assigned_on=today, deadline_kind="date", deadline_text="x",
                               due_date=today + dt.timedelta(days=100 + i), search_key=f"viec so {i}")
                        for i in range(2 * PAGE + 50))
    page.reload()
    assert page.model.rowCount() == PAGE and page.model.canFetchMore()
    qtbot.waitUntil(lambda: page.total.text() == "460 nhiệm vụ")
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE)
    page.model.fetch_all()
    assert page.model.rowCount() == 2 * PAGE + 60 and not page.model.canFetchMore()
    page.bar.search.setText("viec so 44")
    qtbot.waitUntil(lambda: page.total.text() == "11 nhiệm vụ")  # 44, 440…449
    assert page.model.rowCount() == 11


def test_filtered_from_elsewhere_names_what_the_bar_cannot_show(page, data, qtbot):
    page.show_filtered(RegisterFilter.from_query(
        {"agency_id": data.agencies[td.SO], "lead_only": True, "completed_from": data.today
         - dt.timedelta(days=30), "completed_to": data.today}, note="Sở Nội vụ: hoàn thành"))
    assert page.bar.agency.currentData() == data.agencies[td.SO] and page.bar.lead_only.isChecked()
    assert page.note_row.isVisibleTo(page) and "Sở Nội vụ: hoàn thành" in page.note.text()
    assert shown(page, data) == {"g"}
    qtbot.mouseClick(page.drop_note, Qt.MouseButton.LeftButton)
    assert not page.note_row.isVisibleTo(page)
    assert shown(page, data) == {"a", "d", "g", "i"}


def test_clearing_filters_shows_everything_again(page, data):
    choose(page.bar.status, TaskStatus.OVERDUE.value)
    page.bar.search.setText("tuyen")
    page.bar.clear_button.click()
    assert page.bar.search.text() == "" and shown(page, data) == set(td.CONTENT)


def test_excel_export_holds_exactly_what_the_register_shows(page, data, desktop, qtbot,  # noqa: F811
                                                             tmp_path):
    import openpyxl

    choose(page.bar.status, TaskStatus.OVERDUE.value)
    listed = {page.model.record(r).code for r in range(page.model.rowCount())}
    target = tmp_path / "qua-han.xlsx"
    desktop["save"] = target
    desktop["modal"] = lambda dialog: dialog.export()
    page.export_button.click()  # written in the background
    qtbot.waitUntil(lambda: not page.window().ops.busy(), timeout=60_000)
    sheet = openpyxl.load_workbook(target).active
    codes = {cell for row in sheet.iter_rows(values_only=True) for cell in row
             if isinstance(cell, str) and cell in listed | {t.code for t in
                                                            page.services.tasks.list()}}
    assert codes == listed and len(listed) == 2
