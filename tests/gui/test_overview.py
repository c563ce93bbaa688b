"""The overview: the first page, its numbers, every number opening the register on exactly the
tasks it counted, the chart that survives black-and-white printing, and the report dialog."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from core.reports.periods import Period
from core.services.reports import lead_filters
from gui.operations import EVERYTHING, Changes
from tests.gui import tasks_data as td
from tests.gui.meeting_helpers import type_date



@pytest.fixture
def data(window):
    built = td.build(window.services)
    window.ops.announce(EVERYTHING)
    return built


@pytest.fixture
def overview(window, data):
    return window.show_page("overview")


def register_ids(window) -> set[int]:
    register = window.pages["tasks"]
    register.model.fetch_all()
    return {register.model.record(r).id for r in range(register.model.rowCount())}


def test_the_overview_is_the_first_page(window):
    assert window.current_page() is window.pages["overview"]


def test_cards_count_what_is_late_due_soon_and_the_meetings(overview, data):
    assert overview.overdue_card.button.text() == "2"        # a, j
    assert overview.soon_card.button.text() == "2"           # b (today), c (in 3 days)
    assert overview.meetings_card.button.text() == "0"
    assert overview.undocumented_card.button.text() == "2"   # neither meeting has its documents
    lines = [overview.overdue_list.list.item(i).text() for i in range(overview.overdue_list.list.count())]
    assert lines[0].startswith(td.CONTENT["a"]) and lines[0].endswith("quá hạn 1 ngày")
    undocumented = overview.undocumented_list.list.item(0).text()
    assert undocumented.endswith("chưa có: biên bản, thông báo kết luận")


def test_a_meeting_with_both_documents_issued_is_no_longer_listed(window, overview, data, tmp_path):
    for kind in ("minutes", "notice"):
        window.services.documents.write(meeting_id=data.meetings["tb"], kind=kind,
                                        path=tmp_path / f"{kind}.docx", insist=True)
    window.ops.announce(Changes(meetings=True))
    assert overview.undocumented_card.button.text() == "1"


def test_clicking_a_card_opens_the_register_on_exactly_those_tasks(window, overview, data, qtbot):
    qtbot.mouseClick(overview.overdue_card.button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["tasks"]
    assert data.names(register_ids(window)) == {"a", "j"}
    window.show_page("overview")
    qtbot.mouseClick(overview.soon_card.button, Qt.MouseButton.LeftButton)
    assert data.names(register_ids(window)) == {"b", "c"}


def choose_period(overview, start: dt.date, end: dt.date) -> None:
    overview.period.setCurrentIndex(overview.period.findData("dates"))
    type_date(overview.start, start)
    type_date(overview.end, end)


def test_every_number_of_the_agency_table_opens_exactly_its_tasks(window, overview, data, qtbot):
    today = data.today
    choose_period(overview, today - dt.timedelta(days=45), today + dt.timedelta(days=5))
    overview.tabs.setCurrentIndex(1)
    model, view = overview.leads, overview.lead_view
    assert [model.value(r, 0) for r in range(model.rowCount())] == [td.BAO, td.DAI, td.SO, "Tổng cộng"]
    for row in range(model.rowCount()):
        for column in range(1, 6):
            window.show_page("overview")
            index = model.index(row, column)
            view.scrollTo(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.visualRect(index).center())
            assert window.current_page() is window.pages["tasks"]
            expected = window.services.tasks.list(
                **lead_filters(model.measure_at(column), overview.summary, model.lead_at(row)))
            assert register_ids(window) == {t.id for t in expected}, (row, column)
            assert len(expected) == model.value(row, column), (row, column)


def test_agency_numbers_for_the_period(qtmodeltester, overview, data):
    today = data.today
    overview.tabs.setCurrentIndex(1)
    choose_period(overview, today - dt.timedelta(days=45), today + dt.timedelta(days=5))
    qtmodeltester.check(overview.leads)
    got = {overview.leads.value(r, 0): [overview.leads.value(r, c) for c in range(1, 7)]
           for r in range(overview.leads.rowCount())}
    # given 40 and 20 days ago; due: a b c f g j (h moved to +10); done f g; late a j; f on time
    assert got[td.DAI][:5] == [3, 3, 1, 0, 1]    # c f j given and due; f on time; j late
    assert got[td.SO][:5] == [4, 2, 0, 1, 1]     # a d g i given; a g due; g late; a overdue
    assert got["Tổng cộng"][:5] == [10, 6, 1, 1, 2]
    assert got["Tổng cộng"][5] == pytest.approx(2 / 6)
    overview.lead_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # most due first
    names = [overview.leads.value(r, 0) for r in range(overview.leads.rowCount())]
    assert names == [td.DAI, td.SO, td.BAO, "Tổng cộng"]  # the total stays last


def test_the_committee_choice_narrows_everything(overview, data):
    overview.committee.setCurrentIndex(overview.committee.findData(data.committees["tb"]))
    assert overview.overdue_card.button.text() == "1"      # j
    assert overview.undocumented_card.button.text() == "1"
    overview.open_overdue()
    assert data.names(register_ids(overview.window_)) == {"j"}


def test_the_chart_reads_in_black_and_white(overview, data):
    from PySide6.QtCharts import QBarSeries

    today = data.today
    choose_period(overview, today - dt.timedelta(days=45), today + dt.timedelta(days=5))
    overview.tabs.setCurrentIndex(1)
    chart = overview.chart
    assert chart is not None
    series = [s for s in chart.chart().series() if isinstance(s, QBarSeries)][0]
    assert series.isLabelsVisible()
    styles = [bars.brush().style() for bars in series.barSets()]
    assert len(set(styles)) == len(styles) == 3  # a pattern each, not colour alone
    assert all(bars.pen().color().name() == "#000000" for bars in series.barSets())
    assert chart.values["overdue"][0] == 1 and sum(chart.values["overdue"]) == 2


@pytest.mark.parametrize("ext", [".docx", ".xlsx"])
def test_the_report_dialog_writes_word_or_excel(window, overview, data, tmp_path, monkeypatch,
                                                ext, qtbot):
    from gui.tasks.report_dialog import ReportDialog

    target = tmp_path / f"bao-cao{ext}"
    monkeypatch.setattr(ReportDialog, "ask_path", staticmethod(lambda parent, path, f: target))
    dialog = overview.open_report_dialog()
    dialog.committee.setCurrentIndex(dialog.committee.findData(data.committees["bcd"]))
    dialog.kind.setCurrentIndex(dialog.kind.findData("dates"))
    type_date(dialog.start, data.today - dt.timedelta(days=45))
    type_date(dialog.end, data.today + dt.timedelta(days=5))
    assert dialog.period() == Period(data.today - dt.timedelta(days=45),
                                     data.today + dt.timedelta(days=5))
    assert "quá hạn chưa hoàn thành 1" in dialog.summary.text()  # a
    (dialog.excel if ext == ".xlsx" else dialog.word).setChecked(True)
    job = dialog.write()  # written in the background; the dialog says where
    qtbot.waitUntil(lambda: not job.running(), timeout=60_000)
    assert job.result == target and target.exists()
    assert str(target) in dialog.message.text()
    if ext == ".xlsx":
        assert load_workbook(target).sheetnames[0] == "Tổng hợp"


def test_the_report_dialog_names_a_quarter(window, overview, data):
    dialog = overview.open_report_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    dialog.year.setValue(2026)
    dialog.number.setCurrentIndex(0)
    assert dialog.period().label == "quý I năm 2026"
    dialog.kind.setCurrentIndex(dialog.kind.findData("dates"))
    type_date(dialog.start, dt.date(2026, 3, 2))
    type_date(dialog.end, dt.date(2026, 3, 1))
    assert dialog.write() is None
    assert "sớm hơn ngày bắt đầu" in dialog.message.text()


def test_dates_the_wrong_way_round_are_said_not_counted(overview, data):
    choose_period(overview, data.today, data.today - dt.timedelta(days=1))
    assert "sớm hơn ngày bắt đầu" in overview.period_label.text()
