"""Two secretaries edit the same opinion: the second save is not lost, the user chooses to keep
theirs or take the other, and what they typed stays within reach."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.db import open_again
from core.services import Services
from tests.gui.meeting_helpers import add_opinion, focus, keys, planned  # noqa: F401


@pytest.fixture
def opened(planned, qtbot):
    ws, _data = planned
    add_opinion(qtbot, ws, "dung", "Ý kiến một.")
    tab = ws.opinions
    tab.table.selectRow(0)
    assert tab.editor.editing.text == "Ý kiến một."
    other = open_again(ws.services.db)  # Lan's program, on the same database
    other.user = "Lan"
    Services(other).meetings.update_opinion(opinion_id=tab.editor.editing.id,
                                            text="Ý kiến một, Lan đã sửa.")
    yield ws, tab
    other.close()


def type_more(tab) -> None:
    focus(tab.editor.text)
    tab.editor.text.moveCursor(tab.editor.text.textCursor().MoveOperation.End)
    keys(tab.editor.text, " Hoa bổ sung.")


def test_keeping_mine_saves_it_over_the_other(opened, answers):
    ws, tab = opened
    answers["confirm"] = True
    type_more(tab)
    assert ws.flush()
    assert "Lan sửa lúc" in answers["asked"][-1]
    assert "Ý kiến một, Lan đã sửa." in answers["asked"][-1]
    stored = ws.services.meetings.get_opinion(opinion_id=tab.editor.editing.id)
    assert stored.text == "Ý kiến một. Hoa bổ sung."
    assert tab.editor.editing.version == stored.version


def test_taking_theirs_keeps_mine_on_the_clipboard(opened, answers):
    ws, tab = opened
    answers["confirm"] = False
    type_more(tab)
    assert ws.flush()
    assert tab.editor.text.toPlainText() == "Ý kiến một, Lan đã sửa."
    assert QApplication.clipboard().text() == "Ý kiến một. Hoa bổ sung."
    stored = ws.services.meetings.get_opinion(opinion_id=tab.editor.editing.id)
    assert stored.text == "Ý kiến một, Lan đã sửa."
    # the next keystroke saves over Lan's version without asking again
    keys(tab.editor.text, "!")
    assert ws.flush()
    assert ws.services.meetings.get_opinion(opinion_id=stored.id).text == "Ý kiến một, Lan đã sửa.!"
