"""The English window says what core tells the user in English: refused deletes with what still
holds the record (counted, "1 task" / "2 tasks"), import problems and warnings. Every name in the
data is plain ASCII, so any Vietnamese letter on screen is a word that came from core untranslated."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from core import models as m
from core.excel.register_import import MEMBERS
from core.excel.tasks_export import CODE_HEADING
from core.text import fold
from gui.exchange import ImportProgressDialog, ImportRegisterDialog
from tests.gui.visible_text import VIETNAMESE_LETTERS
from gui.operations import EVERYTHING

TODAY = dt.date(2026, 3, 10)


def vietnamese(texts: list[str]) -> list[str]:
    return [text for text in texts if VIETNAMESE_LETTERS.search(text)]


def _book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _agency_with_tasks(services, db):
    """An agency leading two tasks of a held meeting that has taken a document number."""
    agency = services.agencies.create(name="Department of Information")
    services.people.create(full_name="John Smith", agency_id=agency.id)
    committee = services.committees.create(name="Provincial Steering Committee", abbreviation="PSC")
    meeting = services.meetings.create(committee_id=committee.id, kind="Regular meeting",
                                       title="March meeting", starts_at=dt.datetime(2026, 3, 2, 8))
    for content in ("Publish the yearly plan", "Train the spokespeople"):
        services.tasks.create(meeting_id=meeting.id, content=content, lead_agency_id=agency.id,
                              deadline="30/6/2026")
    with db.transaction() as session:
        session.add(m.IssuedDocument(committee_id=committee.id, meeting_id=meeting.id,
                                     doc_type="BB", series="2026", number=5,
                                     issued_on=dt.date(2026, 3, 2)))
    return agency, committee, meeting


def settle(qtbot, dialog):
    """Wait for the dialog's reading, which runs beside the window."""
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.running(), timeout=120_000)


def test_refused_deletes_say_what_holds_the_record_in_english(make_window, db_path, answers):
    window = make_window(db_path, "en")
    agency, committee, meeting = _agency_with_tasks(window.services, window.db)
    window.ops.announce(EVERYTHING)

    page = window.show_page("agencies")
    page.reload()
    page.table.selectRow(0)
    answers["confirm"] = [True, False]  # delete: yes; deactivate instead: no
    page.cmd_delete()
    refused = answers["asked"][-1]
    assert "2 tasks led" in refused and "1 person of the agency" in refused
    assert window.services.agencies.get(agency_id=agency.id).is_active

    meetings = window.show_page("meetings")
    meetings.list.committee.setCurrentIndex(meetings.list.committee.findData(committee.id))
    meetings.list.select(meeting.id)
    answers["confirm"] = [True, False]  # delete: yes; and the tasks with it: no
    meetings.list.delete_button.click()
    taken_along = answers["asked"][-1]
    assert "2 tasks, 1 numbered document" in taken_along
    assert window.services.meetings.get(meeting_id=meeting.id).title == "March meeting"

    assert vietnamese(answers["asked"]) == []
    assert vietnamese(answers["warnings"]) == []


def test_import_problems_and_warnings_are_in_english(make_window, db_path, qtbot, tmp_path):
    window = make_window(db_path, "en")
    services = window.services
    committee = services.committees.create(name="Provincial Steering Committee", abbreviation="PSC")
    members = _book(tmp_path / "members.xlsx", [
        ["No", "Full name", "Position", "Agency", "Role", "Phone", "Email"],
        [1, "John Smith", "Director", "Department of Information", "Member", 912345678,
         "john@@example"],
        [2, None, "Deputy", "Provincial Office", "Member", dt.date(2026, 1, 2), None],
        [3, "John Smith", "Director", "Department of Information", "Member", "12", None],
    ])
    dialog = ImportRegisterDialog(services, MEMBERS, members, committee_id=committee.id)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)  # the file is read beside the window
    model = dialog.model
    notes = [model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())]
    assert "Row 2: the email “john@@example” is not a valid address" in notes[0]
    assert "Excel dropped the leading zero" in notes[0]  # a warning, the row still imports
    assert "Row 3: no full name." in notes[1]
    assert "repeats row 2 of the file" in notes[2]
    assert vietnamese(notes) == []

    # Returned progress forms: one without the export time (a warning), rows with problems,
    # and a workbook that is no form of this program.
    form = _book(tmp_path / "returned.xlsx", [
        ["No", "Content", fold(CODE_HEADING), "Progress", "Completed on"],
        [1, "Something", "X-404", "Done already", None],
        [2, "Something else", None, "Added by hand", None],
    ])
    other = _book(tmp_path / "other.xlsx", [["Name", "Phone"], ["John Smith", "0912345678"]])
    progress = ImportProgressDialog(services, [form, other], today=TODAY)
    qtbot.addWidget(progress)
    settle(qtbot, progress)
    rows = [progress.model.index(r, c).data() or "" for r in range(progress.model.rowCount())
            for c in range(progress.model.columnCount())]
    shown = [progress.problems.text(), progress.notes.text(), *rows]
    assert "does not record when the list was exported" in progress.notes.text()
    assert "has no task code column" in progress.problems.text()
    assert any("the task code “X-404” is not in the data" in text for text in rows)
    assert vietnamese(shown) == []
