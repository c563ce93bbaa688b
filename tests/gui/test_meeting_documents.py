"""The documents of a meeting, written from the workspace header as a clerk would."""
from __future__ import annotations

import docx
from PySide6.QtWidgets import QDialogButtonBox

from core.services.documents import DocumentOptions

from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)
from tests.gui.meeting_helpers import add_opinion, click, planned  # noqa: F401  (fixture)


def write(qtbot, workspace, kind):
    """The document's button; the file is written beside the window: wait for it."""
    click(qtbot, workspace.documents.buttons[kind])
    qtbot.waitUntil(lambda: not workspace.ops.busy(), timeout=60_000)


def _accept(edit=None):
    def drive(dialog):
        if edit is not None:
            edit(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()
    return drive


def _all_text(path) -> str:
    document = docx.Document(path)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_minutes_from_the_header_hold_what_was_typed_and_keep_their_number(
        planned, desktop, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    add_opinion(qtbot, workspace, "phuc", "Đề nghị các thành viên bám sát nhiệm vụ được phân công.")
    target = tmp_path / "bien-ban.docx"
    desktop["save"] = target
    desktop["modal"] = _accept()
    write(qtbot, workspace, "minutes")
    assert desktop["suggested"][-1].name.startswith("Bien-ban-2020-06-11")
    text = _all_text(target)
    assert "Đề nghị các thành viên bám sát nhiệm vụ được phân công." in text
    assert "Số 01-BB/" in text  # the party style of the Tiểu ban: no colon, hyphen before BB
    assert desktop["finished"] and "số 01" in desktop["finished"][-1][0]

    again = tmp_path / "bien-ban-2.docx"
    desktop["save"] = again
    write(qtbot, workspace, "minutes")
    assert "Số 01-BB/" in _all_text(again)  # written again: the same number


def test_notice_signed_as_the_user_chooses(planned, desktop, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    target = tmp_path / "thong-bao.docx"
    desktop["save"] = target

    def choose(dialog):
        assert dialog.code.text().startswith("→ số 01-TB/")  # the number with its series
        dialog.authority.setCurrentText("KT. TRƯỞNG BAN")
        dialog.signer_title.setText("PHÓ TRƯỞNG BAN")
        dialog.signer_name.setText("Phạm Văn Dũng")
        dialog.number.setValue(7)
        assert dialog.code.text().startswith("→ số 07-TB/")

    desktop["modal"] = _accept(choose)
    write(qtbot, workspace, "notice")
    text = _all_text(target)
    # Typed in the state words, written in the party words of this Tiểu ban: never mixed.
    assert "K/T TRƯỞNG BAN" in text and "PHÓ TRƯỞNG BAN" in text and "Phạm Văn Dũng" in text
    assert "Số 07-TB/" in text
    assert workspace.services.documents.issued(meeting_id=workspace.meeting.id, kind="notice").number == 7


def test_cancelling_writes_nothing_and_takes_no_number(planned, desktop, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    desktop["modal"] = _accept()
    desktop["save"] = None  # the clerk closes the save dialog
    write(qtbot, workspace, "invitation")
    assert workspace.services.documents.issued(meeting_id=workspace.meeting.id, kind="invitation") is None
    assert not list(tmp_path.glob("*.docx"))


def test_a_planned_meeting_asks_before_its_minutes_and_a_no_writes_nothing(
        planned, desktop, answers, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    target = tmp_path / "bien-ban.docx"
    desktop["save"] = target
    desktop["modal"] = _accept()
    answers["confirm"] = False
    write(qtbot, workspace, "minutes")
    assert "chưa diễn ra" in answers["asked"][-1]
    assert not target.exists()
    assert workspace.services.documents.issued(meeting_id=workspace.meeting.id, kind="minutes") is None

    answers["confirm"] = True  # the clerk insists: a draft
    write(qtbot, workspace, "minutes")
    text = _all_text(target)
    # Nobody was marked: nobody is counted present.
    assert "Có mặt: 0/7 đồng chí; Chưa điểm danh: 7 đồng chí." in text


def test_the_dialog_proposes_the_signer_of_the_committee_in_its_own_words(
        planned, desktop, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    seen = {}

    def look(dialog):
        seen["authorities"] = [dialog.authority.itemText(i) for i in range(dialog.authority.count())]
        seen["title"] = dialog.signer_title.text()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
        return False

    desktop["modal"] = look
    write(qtbot, workspace, "notice")
    # The chair is the Tiểu ban's deputy head: K/T, his own title, party words only.
    assert seen["authorities"][0] == "K/T TRƯỞNG TIỂU BAN"
    assert seen["title"] == "PHÓ TRƯỞNG TIỂU BAN"
    assert not any(a.startswith(("TM.", "KT.", "TL.")) for a in seen["authorities"])


def test_a_number_reserved_by_an_unfinished_write_is_shown_and_reused(
        planned, desktop, qtbot, tmp_path):  # noqa: F811
    workspace, _data = planned
    services, meeting_id = workspace.services, workspace.meeting.id
    services.meetings.set_status(meeting_id=meeting_id, new_status="held")
    documents = services.documents
    # An earlier write took number 04 and stopped before its file was confirmed.
    prepared = documents.prepare(meeting_id=meeting_id, kind="minutes").with_options(
        DocumentOptions(number=4))
    documents._reserve(prepared, tmp_path / "lost.docx")
    seen = {}

    def look(dialog):
        seen["note"], seen["number"] = dialog.note.text(), dialog.number.value()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    desktop["modal"] = look
    desktop["save"] = tmp_path / "bien-ban.docx"
    write(qtbot, workspace, "minutes")
    assert seen["number"] == 4 and "Số 04 đã được giữ" in seen["note"]
    assert "Số 04-BB/" in _all_text(tmp_path / "bien-ban.docx")
    issued = documents.issued(meeting_id=meeting_id, kind="minutes")
    assert (issued.number, issued.reserved) == (4, False)
