import datetime as dt

from PySide6.QtCore import Qt

from gui.operations import Changes
from tests.gui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier


def names(page):
    return [page.table.proxy.index(r, 0).data() for r in range(page.table.proxy.rowCount())]


def add_by_keyboard(qtbot, window, answers, name, short=""):
    def fill(dialog):
        dialog.name.setText(name)
        dialog.short_name.setText(short)
    answers["forms"].append(fill)
    press(qtbot, window, Qt.Key.Key_N, CTRL)


def test_add_with_ctrl_n_and_find_without_diacritics(window, qtbot, answers):
    page = window.show_page("agencies")
    add_by_keyboard(qtbot, window, answers, "Sở Thông tin và Truyền thông", "Sở TT&TT")
    add_by_keyboard(qtbot, window, answers, "Sở Văn hóa, Thể thao và Du lịch Đà Nẵng")
    add_by_keyboard(qtbot, window, answers, "Báo Hải Dương")
    assert names(page) == ["Báo Hải Dương", "Sở Thông tin và Truyền thông",
                           "Sở Văn hóa, Thể thao và Du lịch Đà Nẵng"]
    assert page.view.current().name == "Báo Hải Dương"  # the new one is selected

    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "so thong tin")
    assert names(page) == ["Sở Thông tin và Truyền thông"]
    assert page.view.count_label.text() == "Tìm thấy 1 trên 3 mục"
    page.search.clear()
    qtbot.keyClicks(page.search, "da nang")
    assert names(page) == ["Sở Văn hóa, Thể thao và Du lịch Đà Nẵng"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert len(names(page)) == 3


def test_a_missing_name_is_explained_next_to_it_and_nothing_typed_is_lost(window, qtbot, answers):
    page = window.show_page("agencies")
    answers["forms"].append(lambda d: d.short_name.setText("VP Tỉnh ủy"))
    page.cmd_new()
    dialog = answers["dialogs"][-1]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Chưa nhập Tên cơ quan" in dialog.form.error("name")
    assert dialog.short_name.text() == "VP Tỉnh ủy"
    qtbot.keyClicks(dialog.name, "Van phong")  # typing clears the complaint at once
    assert dialog.form.error("name") == ""
    assert names(page) == []


def test_a_duplicate_is_refused_under_the_name_field(window, answers):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở Văn hóa, Thể thao và Du lịch")
    answers["forms"].append(lambda d: d.name.setText("sở văn hoá, thể thao và du lịch"))
    page.cmd_new()
    dialog = answers["dialogs"][-1]
    assert "Đã có cơ quan «Sở Văn hóa, Thể thao và Du lịch»" in dialog.form.error("name")
    assert dialog.name.text() == "sở văn hoá, thể thao và du lịch"
    assert dialog.isVisible() is False and dialog.result() == 0


def test_rename_from_a_date_keeps_the_old_name_in_the_history(window, answers):
    page = window.show_page("agencies")
    agency = window.services.agencies.create(name="Sở Thông tin và Truyền thông")
    page.reload()
    page.table.select_where(lambda r: r.id == agency.id)

    def fill(dialog):
        dialog.new_name.setText("Sở Khoa học và Công nghệ")
        dialog.effective.setText("01/03/2025")
    answers["forms"].append(fill)
    page.rename_button.click()
    assert names(page) == ["Sở Khoa học và Công nghệ"]
    assert "Sở Thông tin và Truyền thông (đến hết 28/02/2025)" in page.history.text()
    stored = window.services.agencies.get(agency_id=agency.id)
    assert stored.old_names == (("Sở Thông tin và Truyền thông", dt.date(2025, 3, 1)),)


def test_merge_says_what_moves_then_moves_it(window, answers):
    page = window.show_page("agencies")
    source = window.services.agencies.create(name="Sở Thông tin và Truyền thông")
    target = window.services.agencies.create(name="Sở Khoa học và Công nghệ")
    person = window.services.people.create(full_name="Nguyễn Văn Hòa", agency_id=source.id)
    page.reload()
    page.table.select_where(lambda r: r.id == source.id)

    def fill(dialog):
        dialog.target.setEditText("Sở Khoa học và Công nghệ")
    answers["forms"].append(fill)
    page.merge_button.click()
    assert "1 người thuộc cơ quan của «Sở Thông tin và Truyền thông» sẽ chuyển sang " \
           "«Sở Khoa học và Công nghệ»" in answers["asked"][-1]
    assert window.services.people.get(person_id=person.id).agency_id == target.id
    assert names(page) == ["Sở Khoa học và Công nghệ"]
    page.show_inactive.setChecked(True)
    merged_row = names(page).index("Sở Thông tin và Truyền thông")
    assert page.table.proxy.index(merged_row, 2).data() == "Đã gộp vào Sở Khoa học và Công nghệ"


def test_merge_needs_a_target_from_the_list(window, answers):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở Nội vụ")
    page.reload()
    page.table.selectRow(0)
    answers["forms"].append(lambda d: d.target.setEditText("Sở không có"))
    page.merge_button.click()
    assert "Hãy chọn một cơ quan trong danh sách" in answers["dialogs"][-1].form.error("target")
    assert answers["asked"] == []


def test_delete_key_offers_to_deactivate_an_agency_in_use(window, qtbot, answers):
    page = window.show_page("agencies")
    agency = window.services.agencies.create(name="Sở Ngoại vụ")
    window.services.people.create(full_name="Phạm Minh Đức", agency_id=agency.id)
    page.reload()
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert answers["asked"][0] == "Xóa cơ quan «Sở Ngoại vụ»?"
    assert "còn 1 người thuộc cơ quan" in answers["asked"][1]
    assert "ngừng hoạt động thay vì xóa" in answers["asked"][1]
    assert names(page) == []
    assert window.services.agencies.get(agency_id=agency.id).is_active is False
    page.show_inactive.setChecked(True)
    page.table.selectRow(0)
    assert page.active_button.text() == "Hoạt động lại"
    page.active_button.click()
    assert window.services.agencies.get(agency_id=agency.id).is_active is True


def test_an_unused_agency_is_deleted_after_confirmation(window, qtbot, answers):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở nhập nhầm")
    page.reload()
    page.table.selectRow(0)
    answers["confirm"] = False
    page.cmd_delete()
    assert names(page) == ["Sở nhập nhầm"]
    answers["confirm"] = True
    page.cmd_delete()
    assert names(page) == []


def test_delete_key_in_the_search_box_edits_the_text(window, qtbot, answers):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở Nội vụ")
    page.reload()
    page.table.selectRow(0)
    page.search.setFocus()
    page.search.setText("noi vu")
    page.search.setCursorPosition(0)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert page.search.text() == "oi vu"
    assert answers["asked"] == []


def test_enter_opens_the_selected_agency_for_editing(window, qtbot, answers):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở Tài chính")
    page.reload()
    page.table.setFocus()
    page.table.selectRow(0)
    page.table.setCurrentIndex(page.table.proxy.index(0, 0))
    answers["forms"].append(lambda d: d.short_name.setText("STC"))
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = answers["dialogs"][-1]
    assert dialog.name.isReadOnly() and dialog.name.text() == "Sở Tài chính"
    assert page.table.proxy.index(0, 1).data() == "STC"


def test_the_table_menu_offers_the_same_commands_in_step_with_the_buttons(window):
    page = window.show_page("agencies")
    window.services.agencies.create(name="Sở Nội vụ")
    window.ops.announce(Changes(agencies=True))
    menu = {a.text(): a for a in page.table.actions()}
    assert list(menu) == ["Thêm cơ quan…", "Sửa…", "Đổi tên…", "Gộp vào…", "Ngừng hoạt động", "Xóa",
                          "Nhập từ Excel…"]
    assert menu["Thêm cơ quan…"].isEnabled() and not menu["Xóa"].isEnabled()
    page.table.selectRow(0)
    assert menu["Xóa"].isEnabled()


def test_a_pasted_page_in_the_search_box_finds_by_its_first_words_and_says_so(window, qtbot,
                                                                               answers):
    page = window.show_page("agencies")
    add_by_keyboard(qtbot, window, answers, "Sở Nội vụ")
    add_by_keyboard(qtbot, window, answers, "Báo Hải Dương")
    page.search.setText("Sở Nội vụ\x00 " * 3000)  # a paste: one long text, control characters
    assert names(page) == ["Sở Nội vụ"]
    assert "chỉ tìm theo 12 từ" not in page.search.toolTip()
    page.search.setText(" ".join(f"Sở{i}" for i in range(1000)))
    assert names(page) == []
    assert "chỉ tìm theo 12 từ đầu tiên" in page.search.toolTip()
    page.search.clear()
    assert "chỉ tìm theo" not in page.search.toolTip()
    assert len(names(page)) == 2
