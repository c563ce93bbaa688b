"""Keyboard users and screen readers: every input is named and reachable."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gui.operations import EVERYTHING
from tests.gui.conftest import press
from tests.gui.test_language import BUILDERS, fill

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        owner = widget.parentWidget()
        inner = isinstance(owner, (QComboBox, QAbstractSpinBox)) or any(
            isinstance(w, (QCalendarWidget, QComboBox)) for w in _ancestors(widget))
        if inner or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, INPUTS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
        if isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_every_input_has_a_name_a_screen_reader_can_say(window, qtbot):
    data = fill(window.services)
    window.ops.announce(EVERYTHING)
    assert unnamed_inputs(window) == []
    for name, build in BUILDERS.items():
        dialog = build(window, window.services, data)
        qtbot.addWidget(dialog)
        assert unnamed_inputs(dialog) == [], name
        for field in dialog.form.fields.values():  # Alt+letter on the label reaches the input
            assert isinstance(field.label, QLabel) and field.label.buddy() is field.widget, name
            assert "&" in field.label.text(), (name, field.label.text())


def test_every_page_is_reached_with_ctrl_and_its_number(window, qtbot):
    for number, key in enumerate(window.pages, start=1):
        press(qtbot, window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key]


def test_the_edit_menu_greys_what_the_page_cannot_do(window):
    window.show_page("settings")
    enabled = {name for name, action in window.command_actions.items() if action.isEnabled()}
    assert enabled == {"save"}
    window.show_page("agencies")
    enabled = {name for name, action in window.command_actions.items() if action.isEnabled()}
    assert enabled == {"new", "find", "edit", "delete"}


def test_delete_in_a_date_box_edits_the_date_and_deletes_no_member(window, qtbot, answers):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo")
    person = services.people.create(full_name="Đỗ Văn Phúc")
    services.committees.add_member(committee_id=committee.id, person_id=person.id, role="Ủy viên")
    window.ops.announce(EVERYTHING)
    tab = window.show_page("members").members
    tab.table.selectRow(0)
    tab.day.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert answers["asked"] == []
    assert tab.view.table.source.rowCount() == 1


def test_ctrl_n_right_after_ctrl_2_adds_a_meeting(window, qtbot):
    window.services.committees.create(name="Ban Chỉ đạo")
    window.ops.announce(EVERYTHING)
    window.nav.setFocus()
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is window.pages["meetings"]
    assert window.command_actions["new"].isEnabled()
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def test_ctrl_n_on_the_opinions_tab_starts_a_new_opinion(window, qtbot, monkeypatch):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo")
    meeting = services.meetings.create(committee_id=committee.id, kind="Phiên họp", title="Phiên họp quý I",
                                       starts_at=dt.datetime(2026, 3, 2, 8))
    window.ops.announce(EVERYTHING)
    ws = window.show_page("meetings").open_meeting(meeting.id)
    ws.show_tab("info")
    assert not window.command_actions["new"].isEnabled()  # nothing to add on "Thông tin"
    ws.show_tab("opinions")
    assert window.command_actions["new"].isEnabled()
    started = []
    monkeypatch.setattr(ws.opinions.editor, "start_new", lambda: started.append(True))
    ws.opinions.table.setFocus()
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert started == [True]
