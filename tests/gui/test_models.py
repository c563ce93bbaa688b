"""Every register's model passes Qt's model tester with real data, filtered and sorted."""
import pytest
from PySide6.QtCore import Qt

from core.demo import load_demo
from gui.operations import EVERYTHING


@pytest.fixture
def demo_window(window):
    load_demo(window.services)
    window.ops.announce(EVERYTHING)
    return window


def tables(window):
    """Each register as the user reaches it (a tab's list loads when the tab is shown)."""
    members = window.pages["members"]
    yield "agencies", window.show_page("agencies").table, "so"
    window.show_page("members")
    for name, search in (("members", "tran"), ("committees", "tieu ban"), ("people", "nguyen")):
        tab = getattr(members, name)
        members.tabs.setCurrentWidget(tab)
        yield name, tab.table, search


def test_register_models_pass_the_model_tester(demo_window, qtmodeltester):
    for name, table, search in tables(demo_window):
        assert table.source.rowCount() > 0, name
        qtmodeltester.check(table.source)
        table.proxy.set_search(search)
        assert 0 < table.proxy.rowCount() < table.source.rowCount() or name == "members", name
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(table.proxy)
        table.proxy.set_search("")


def test_sorting_keeps_the_selected_row_selected(demo_window):
    page = demo_window.show_page("members")
    page.tabs.setCurrentWidget(page.people)
    table = page.people.table
    table.selectRow(3)
    chosen = table.current()
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert table.current() == chosen
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert table.current() == chosen
