import datetime as dt

from PySide6.QtCore import Qt

from core.services.settings import BACKUP_FOLDER, BACKUP_KEEP, RECIPIENTS, SIGNER_AUTHORITY
from gui import settings as ui_settings
from gui.operations import EVERYTHING
from tests.gui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier


def settings_page(window):
    window.ops.announce(EVERYTHING)
    return window.show_page("settings")


def test_each_committee_keeps_its_own_document_identity(window, qtbot):
    services = window.services
    first = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại")
    second = services.committees.create(name="Tiểu ban Tuyên truyền")
    page = settings_page(window)
    page.committee.setCurrentIndex(page.committee.findData(second.id))
    inputs = page.identity.inputs
    inputs["parent_body"].setText("ĐẢNG BỘ TỈNH QUẢNG NINH")
    inputs["issuing_body"].setText("BAN TUYÊN GIÁO")
    inputs["place_name"].setText("Quảng Ninh")
    inputs["secretariat_name"].setText("Văn phòng Ban Tuyên giáo")
    inputs["style"].setCurrentIndex(inputs["style"].findData("party"))
    inputs["number_reset"].setCurrentIndex(inputs["number_reset"].findData("term"))
    assert page.status.text() == "Có thay đổi chưa lưu."
    page.save_button.setFocus()
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert page.status.text() == "Đã lưu."
    saved = services.committees.get(committee_id=second.id)
    assert (saved.parent_body, saved.issuing_body, saved.place_name, saved.style, saved.number_reset) == (
        "ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN TUYÊN GIÁO", "Quảng Ninh", "party", "term")
    assert saved.secretariat_name == "Văn phòng Ban Tuyên giáo"
    assert services.committees.get(committee_id=first.id).style == "state"
    page.committee.setCurrentIndex(page.committee.findData(first.id))
    assert inputs["place_name"].text() == ""


def test_switching_committee_with_unsaved_typing_offers_to_save_it(window, answers):
    services = window.services
    first = services.committees.create(name="Ban A")
    second = services.committees.create(name="Ban B")
    page = settings_page(window)
    page.committee.setCurrentIndex(page.committee.findData(first.id))
    page.identity.inputs["place_name"].setText("Hà Nam")
    page.committee.setCurrentIndex(page.committee.findData(second.id))
    assert "Lưu các thay đổi" in answers["asked"][-1]
    assert services.committees.get(committee_id=first.id).place_name == "Hà Nam"
    assert page.committee.currentData() == second.id


def test_shared_settings_and_the_language_are_saved(window):
    page = settings_page(window)
    page.authority.setText("KT. TRƯỞNG BAN")
    page.recipients.setPlainText("Như trên;\nThường trực Tỉnh ủy;\nLưu: VT.")
    page.keep.setValue(12)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.cmd_save()
    values = window.services.settings.all()
    assert values[SIGNER_AUTHORITY] == "KT. TRƯỞNG BAN"
    assert window.services.settings.lines(key=RECIPIENTS) == ["Như trên;", "Thường trực Tỉnh ủy;", "Lưu: VT."]
    assert values[BACKUP_KEEP] == 12
    assert ui_settings.language() == "en"
    assert "khi mở lại chương trình" in page.status.text()


def test_a_missing_backup_folder_is_explained_and_nothing_is_saved(window, tmp_path):
    page = settings_page(window)
    page.backup_folder.setText(str(tmp_path / "khong-co"))
    page.authority.setText("T/L BAN THƯỜNG VỤ")
    assert not page.cmd_save()
    assert "Không có thư mục này" in page.form.error(BACKUP_FOLDER)
    assert window.services.settings.get(key=SIGNER_AUTHORITY) == ""
    assert page.authority.text() == "T/L BAN THƯỜNG VỤ"


def test_the_chosen_backup_folder_and_count_are_used(window, db_path, tmp_path, make_window,
                                                     qtbot):
    folder = tmp_path / "usb"
    folder.mkdir()
    for day in (1, 2, 3):  # older daily backups already there
        (folder / f"{db_path.stem}-2020-01-0{day}.sqlite").write_bytes(b"")
    page = settings_page(window)
    page.backup_folder.setText(str(folder))
    page.keep.setValue(2)
    assert page.cmd_save()
    qtbot.waitUntil(lambda: not window.backup_running())  # the copy runs in the background
    today = f"{db_path.stem}-{dt.date.today().isoformat()}.sqlite"
    assert sorted(p.name for p in folder.iterdir()) == [f"{db_path.stem}-2020-01-03.sqlite", today]
    assert window.backups()[0] == folder / today
    assert window.backup_label.text().startswith("Sao lưu gần nhất:")
    assert not (db_path.parent / "backups" / today).exists()
    window.close()
    again = make_window(db_path)  # the next start: the day's backup goes to the chosen folder only
    assert again.backup_folder() == folder
    assert not (db_path.parent / "backups").exists()


def test_on_a_data_file_the_daily_backup_is_described_as_before(window, db_path):
    page = window.show_page("settings")
    assert not page.server_backup_note.isVisibleTo(page)
    assert page.keep.isEnabled()
