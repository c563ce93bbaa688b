"""A power cut while the clerk types: the program is killed 1.5 s after the last keystroke (less
than the two seconds promised), and what was typed is in the file, and on screen again when the
program is started on the same file."""
from __future__ import annotations

import datetime as dt
import os
import selectors
import subprocess
import sys
import time

import pytest

from core.db import open_database
from core.services import Services
from tests.conftest import REPO
from tests.gui.meeting_helpers import seed_registers

pytestmark = pytest.mark.slow

OPINION = "Đề nghị tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội trong thời gian Đại hội"
POINT = "Báo Hải Dương, Đài Phát thanh - Truyền hình tỉnh tiếp tục xây dựng các chuyên trang"

# The child: the real window on the file, a meeting open, text typed key by key, then the event
# loop runs (timers and all) until the parent pulls the plug.
CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.i18n import install_translators
from gui.main_window import MainWindow
from tests.gui.meeting_helpers import keys
install_translators("vi")
db, meeting_id, mode, text = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
window = MainWindow()
window.open_database(Path(db))
window.show()
workspace = window.show_page("meetings").open_meeting(meeting_id)
if mode == "conclusion":
    workspace.show_tab("conclusion")
    keys(workspace.conclusion.text, text)
else:
    workspace.show_tab("opinions")
    editor = workspace.opinions.editor
    if mode == "opinion":
        keys(editor.speaker, "dung")
        QTest.keyClick(editor.speaker, Qt.Key.Key_Return)
    keys(editor.text, text)
print("TYPED", flush=True)
app.exec()
"""


def _meeting(db_path) -> int:
    db = open_database(db_path)
    try:
        services = Services(db)
        data = seed_registers(services)
        return services.meetings.create(
            committee_id=data["committee"], kind="Buổi làm việc", title="Buổi làm việc tháng 6",
            starts_at=dt.datetime(2020, 6, 11, 8)).id
    finally:
        db.close()


def _type_then_kill(db_path, meeting_id: int, mode: str, text: str) -> float:
    """Run the child until it has typed, wait 1.5 s, kill it; the seconds it lived after typing."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), str(meeting_id), mode, text],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=60), "the child never finished typing"
        assert child.stdout.readline().strip() == "TYPED", child.stderr.read()
        typed = time.monotonic()
        time.sleep(1.5)
        assert child.poll() is None, child.stderr.read()
        child.kill()  # SIGKILL: no flush, no closeEvent, like a power cut
        lived = time.monotonic() - typed
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    return lived


def _stored(db_path, meeting_id: int):
    db = open_database(db_path)
    try:
        return Services(db).meetings.get(meeting_id=meeting_id)
    finally:
        db.close()


def _reopen(qtbot, db_path):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(db_path)
    window.show()
    return window


def test_an_opinion_typed_before_a_power_cut_is_in_the_file(qtbot, db_path, answers):
    meeting_id = _meeting(db_path)
    lived = _type_then_kill(db_path, meeting_id, "opinion", OPINION)
    assert lived < 2.0
    meeting = _stored(db_path, meeting_id)
    assert [(o.speaker_name, o.text) for o in meeting.opinions] == [("Phạm Văn Dũng", OPINION)]

    window = _reopen(qtbot, db_path)  # the meeting that was open opens again
    assert window.current_page() is window.pages["meetings"]
    workspace = window.pages["meetings"].workspace
    assert workspace.isVisible() and workspace.meeting.id == meeting_id
    assert workspace.current_tab_key() == "opinions"  # the tab the clerk was typing in
    assert workspace.opinions.model.rows[0].text == OPINION
    window.close()


def test_text_typed_before_the_speaker_was_picked_survives_as_a_draft(qtbot, db_path, answers):
    meeting_id = _meeting(db_path)
    _type_then_kill(db_path, meeting_id, "draft", OPINION)
    meeting = _stored(db_path, meeting_id)
    assert meeting.opinions == ()  # no speaker yet: not an opinion of the minutes

    window = _reopen(qtbot, db_path)
    editor = window.pages["meetings"].workspace.opinions.editor
    assert editor.text.toPlainText() == OPINION
    assert "khôi phục" in editor.message.text()
    editor.speaker.setText("Phạm Văn Dũng")
    editor.speaker.accept_typed()
    assert editor.submit()
    window.close()
    meeting = _stored(db_path, meeting_id)
    assert [o.text for o in meeting.opinions] == [OPINION]


def test_a_conclusion_point_typed_before_a_power_cut_is_in_the_file(db_path):
    meeting_id = _meeting(db_path)
    _type_then_kill(db_path, meeting_id, "conclusion", POINT)
    meeting = _stored(db_path, meeting_id)
    assert [p.text for p in meeting.conclusions] == [POINT]
