"""Nothing visible is left untranslated: the main window (every page, every tab, the menus) and
every form dialog, in English and in Vietnamese, including Qt's own buttons and menus."""
import datetime as dt
import importlib
import pkgutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)

import gui
from gui.about import AboutDialog
from gui.forms import FormDialog
from gui.operations import EVERYTHING
from gui.server_dialog import ServerDialog
from gui.registers.agency_dialogs import AgencyDialog, MergeAgencyDialog, RenameAgencyDialog
from gui.registers.committee_dialog import CommitteeDialog
from gui.registers.member_dialogs import AddMemberDialog, ChangeRoleDialog, EndMembershipDialog, SeatDialog
from gui.registers.person_dialog import PersonDialog
from resources import I18N
from tests.gui.visible_text import english_in_vietnamese, untranslated_in_english, visible_texts, widget_texts


def fill(services):
    """Data with plain ASCII names, so any Vietnamese letter on screen is a word of the program."""
    old = services.agencies.create(name="Department of Communications", short_name="DoC")
    agency = services.agencies.rename(agency_id=old.id, new_name="Department of Information",
                                      effective=dt.date(2025, 3, 1))
    services.agencies.create(name="Provincial Office")
    parent = services.committees.create(name="Provincial Steering Committee", abbreviation="PSC")
    committee = services.committees.create(name="Sub-committee for Outreach", abbreviation="SO",
                                           parent_id=parent.id, place_name="Quang Ninh")
    person = services.people.create(full_name="John Smith", position="Director", agency_id=agency.id,
                                    email="john@example.org")
    seat = services.committees.add_member(committee_id=committee.id, person_id=person.id,
                                          role="Member", start_date="01/01/2024")
    return {"agency": services.agencies.get(agency_id=agency.id), "committee": committee,
            "person": person, "member": seat}


BUILDERS = {
    "new agency": lambda w, s, d: AgencyDialog(w, s),
    "edit agency": lambda w, s, d: AgencyDialog(w, s, d["agency"]),
    "rename agency": lambda w, s, d: RenameAgencyDialog(w, s, d["agency"]),
    "merge agency": lambda w, s, d: MergeAgencyDialog(w, s, d["agency"]),
    "new person": lambda w, s, d: PersonDialog(w, s),
    "edit person": lambda w, s, d: PersonDialog(w, s, d["person"]),
    "new committee": lambda w, s, d: CommitteeDialog(w, s),
    "edit committee": lambda w, s, d: CommitteeDialog(w, s, d["committee"]),
    "add member": lambda w, s, d: AddMemberDialog(w, s, d["committee"]),
    "edit seat": lambda w, s, d: SeatDialog(w, s, d["member"]),
    "change role": lambda w, s, d: ChangeRoleDialog(w, s, d["member"]),
    "end membership": lambda w, s, d: EndMembershipDialog(w, s, d["member"]),
    "server connection": lambda w, s, d: ServerDialog(w, lambda _url: None),
}


def all_texts(window, qtbot):
    """The window with every page and tab shown once, and every dialog with its errors shown."""
    data = fill(window.services)
    window.ops.announce(EVERYTHING)
    texts = []
    for key, page in window.pages.items():
        window.show_page(key)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
        texts += visible_texts(page)
    texts += visible_texts(window)
    for name, build in BUILDERS.items():
        dialog = build(window, window.services, data)
        qtbot.addWidget(dialog)
        if name.startswith("new") or name == "add member":
            dialog.form.check_all()  # the sentences shown next to empty required fields
        texts += [(f"{name}: {where}", text) for where, text in visible_texts(dialog)]
    about = AboutDialog(window.db.path, window)
    qtbot.addWidget(about)
    texts += [(f"about: {where}", text) for where, text in visible_texts(about)]
    return texts


def test_english_shows_no_vietnamese_word_of_the_program(make_window, db_path, qtbot):
    window = make_window(db_path, "en")
    assert window.nav.item(0).text() == "Overview"
    assert untranslated_in_english(all_texts(window, qtbot)) == []


def test_vietnamese_shows_none_of_qt_english_words(make_window, db_path, qtbot):
    window = make_window(db_path, "vi")
    texts = all_texts(window, qtbot)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    qtbot.addWidget(box)
    texts += visible_texts(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    texts += visible_texts(buttons)
    for editor in (QLineEdit("x"), QPlainTextEdit("x")):
        qtbot.addWidget(editor)
        texts += widget_texts(editor.createStandardContextMenu())
    date = window.pages["members"].members.day
    texts += visible_texts(date.calendar())
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(files)
    texts += visible_texts(files)
    assert {t for _w, t in texts} >= {"&Có", "&Không", "Lưu", "Hủy", "&Sao chép"}
    assert english_in_vietnamese(texts) == []


def test_every_form_dialog_is_in_the_language_test():
    for module in pkgutil.walk_packages(gui.__path__, "gui."):
        importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    covered = {AgencyDialog, MergeAgencyDialog, RenameAgencyDialog, PersonDialog, CommitteeDialog,
               AddMemberDialog, SeatDialog, ChangeRoleDialog, EndMembershipDialog, ServerDialog}
    missing = [cls.__qualname__ for cls in subclasses(FormDialog) if cls not in covered]
    assert missing == [], "add these dialogs to BUILDERS"


def test_english_catalogue_is_complete_and_the_shipped_qm_files_are_current(tmp_path):
    from tools.update_translations import compile_all

    for ts in sorted(I18N.glob("*.ts")):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), \
                (ts.name, message.findtext("source"))
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes":  # one form per plural ("1 task", "2 tasks")
                assert len(forms) == 2 and all("%n" in form for form in forms), \
                    (ts.name, message.findtext("source"))
            else:
                assert (translation.text or "").strip(), (ts.name, message.findtext("source"))
    for made in compile_all(out_dir=tmp_path):
        assert made.read_bytes() == (I18N / made.name).read_bytes(), f"recompile {made.name}"


@pytest.mark.parametrize("language, overview", [("en", "Overview"), ("vi", "Tổng quan")])
def test_the_language_chosen_in_settings_applies_at_the_next_start(make_window, db_path, language, overview):
    from gui import settings as ui_settings

    window = make_window(db_path, "vi")
    page = window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData(language))
    assert page.cmd_save()
    assert window.nav.item(0).text() == "Tổng quan"  # not before the restart
    window.close()
    again = make_window(db_path, ui_settings.language())
    assert again.nav.item(0).text() == overview
    assert again.command_actions["new"].text() == ("&New…" if language == "en" else "&Thêm mới…")
