import datetime as dt

from PySide6.QtCore import Qt

from gui.operations import EVERYTHING, Changes
from tests.gui.conftest import press
from tests.gui.meeting_helpers import type_date

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date.today()


def column(table, col):
    return [table.proxy.index(r, col).data() for r in range(table.proxy.rowCount())]


def member(name, role, *, agency="", position="", start="01/01/2024", end=""):
    def fill(dialog):
        dialog.person.setEditText(name)
        dialog.agency.setEditText(agency)
        dialog.roles.role.setEditText(role)
        if position:
            dialog.roles.position.setText(position)
        dialog.start.setText(start)
        dialog.end.setText(end)
    return fill


def test_set_up_a_committee_from_nothing(window, qtbot, answers):
    page = window.show_page("members")
    tab = page.members
    assert tab.create_committee.isVisibleTo(tab)
    assert "Chưa có ban nào" in tab.empty.text()
    assert not tab.add_button.isEnabled()

    def committee(dialog):
        dialog.name.setText("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh")
        dialog.abbreviation.setText("BCĐ")
        dialog.identity.inputs["style"].setCurrentIndex(1)  # party
        dialog.identity.inputs["issuing_body"].setText("BAN CHỈ ĐẠO THÔNG TIN ĐỐI NGOẠI")
        dialog.identity.inputs["place_name"].setText("Quảng Ninh")
    answers["forms"].append(committee)
    tab.create_committee.click()
    assert page.tabs.currentWidget() is tab  # back where the user started, to add members
    assert tab.committee.currentText() == "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"
    created = window.services.committees.list()[0]
    assert (created.style, created.place_name) == ("party", "Quảng Ninh")

    # A new person in a new agency (the agency is created after a yes), then the chair.
    answers["forms"].append(member("Trần Thị Lan", "Ủy viên", agency="Sở Văn hóa, Thể thao và Du lịch",
                                   position="Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"))
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert "Chưa có cơ quan «Sở Văn hóa, Thể thao và Du lịch»" in answers["asked"][-1]
    answers["forms"].append(member("Trần Đức Thuần", "Trưởng ban",
                                   position="Trưởng Ban Tuyên giáo Tỉnh ủy"))
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    answers["forms"].append(member("Vũ Thị Ngọc Anh", "Thư ký"))
    tab.cmd_new()

    assert column(tab.table, 1) == ["Trần Đức Thuần", "Trần Thị Lan", "Vũ Thị Ngọc Anh"]  # protocol
    assert column(tab.table, 2) == ["Trưởng ban", "Ủy viên", "Thư ký"]
    assert column(tab.table, 4)[1] == "Sở Văn hóa, Thể thao và Du lịch"
    assert not tab.empty.isVisibleTo(tab)
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # click on "Họ và tên": by given name
    assert column(tab.table, 1) == ["Vũ Thị Ngọc Anh", "Trần Thị Lan", "Trần Đức Thuần"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(tab.table, 0) == ["1", "2", "3"]
    overview = window.show_page("overview")
    assert [overview.marks[k].text() for k in ("committees", "agencies", "members", "identity")] == \
        ["✓", "✓", "✓", "✓"]  # the four steps of the overview are done
    assert window.services.people.list()[0].full_name == "Vũ Thị Ngọc Anh"


def test_an_existing_person_is_picked_by_typing_without_diacritics(window, qtbot, answers):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo")
    agency = services.agencies.create(name="Sở Ngoại vụ")
    services.people.create(full_name="Phạm Minh Đức", position="Giám đốc Sở Ngoại vụ", agency_id=agency.id)
    window.ops.announce(EVERYTHING)
    page = window.show_page("members")
    page.members.select_committee(committee.id)

    def pick(dialog):
        completer = dialog.person.completer()
        completer.setCompletionPrefix("pham minh duc")
        assert completer.completionCount() == 1
        dialog.person.setEditText(completer.currentCompletion())
        assert not dialog.agency.isEnabled()
        assert dialog.roles.position.text() == "Giám đốc Sở Ngoại vụ"
        dialog.roles.role.setEditText("Ủy viên")
        assert dialog.roles.rank.value() == 50
    answers["forms"].append(pick)
    page.members.cmd_new()
    assert len(services.people.list()) == 1  # nobody created twice
    assert column(page.members.table, 3) == ["Giám đốc Sở Ngoại vụ"]


def test_a_wrong_date_is_explained_and_everything_typed_stays(window, answers):
    committee = window.services.committees.create(name="Ban Chỉ đạo")
    window.ops.announce(EVERYTHING)
    page = window.show_page("members")
    page.members.select_committee(committee.id)
    answers["forms"].append(member("Lê Thị Thu Hằng", "Phó Trưởng ban thường trực", start="31/02/2026"))
    page.members.cmd_new()
    dialog = answers["dialogs"][-1]
    assert "«31/02/2026» không phải là ngày hợp lệ" in dialog.form.error("start_date")
    assert dialog.person.currentText() == "Lê Thị Thu Hằng"
    assert dialog.roles.role.currentText() == "Phó Trưởng ban thường trực"
    assert window.services.people.list() == []  # nothing half-saved


def test_change_role_and_end_membership_keep_the_history(window, answers):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo")
    hoa = services.people.create(full_name="Nguyễn Văn Hòa", position="Giám đốc Sở")
    lan = services.people.create(full_name="Trần Thị Lan")
    services.committees.add_member(committee_id=committee.id, person_id=hoa.id, role="Ủy viên",
                                   start_date="01/01/2020")
    services.committees.add_member(committee_id=committee.id, person_id=lan.id, role="Ủy viên",
                                   start_date="01/01/2020")
    window.ops.announce(EVERYTHING)
    page = window.show_page("members")
    tab = page.members
    tab.select_committee(committee.id)
    tab.table.select_where(lambda r: r.full_name == "Nguyễn Văn Hòa")

    def promote(dialog):
        dialog.roles.role.setEditText("Phó Trưởng ban")
        dialog.effective.setText("01/07/2024")
    answers["forms"].append(promote)
    tab.change_role()
    assert column(tab.table, 1) == ["Nguyễn Văn Hòa", "Trần Thị Lan"]
    assert column(tab.table, 2) == ["Phó Trưởng ban", "Ủy viên"]

    tab.table.select_where(lambda r: r.full_name == "Trần Thị Lan")
    answers["forms"].append(lambda d: d.end.setText("31/12/2024"))
    tab.end_membership()
    assert column(tab.table, 1) == ["Nguyễn Văn Hòa"]

    type_date(tab.day, dt.date(2024, 3, 1))  # the committee as it was
    assert column(tab.table, 2) == ["Ủy viên", "Ủy viên"]
    type_date(tab.day, dt.date.today())
    tab.show_past.setChecked(True)
    rows = list(zip(column(tab.table, 1), column(tab.table, 2), column(tab.table, 6)))
    assert rows == [("Nguyễn Văn Hòa", "Phó Trưởng ban", ""),
                    ("Nguyễn Văn Hòa", "Ủy viên", "30/06/2024"),
                    ("Trần Thị Lan", "Ủy viên", "31/12/2024")]


def test_delete_removes_a_seat_entered_by_mistake_after_asking(window, qtbot, answers):
    services = window.services
    committee = services.committees.create(name="Ban Chỉ đạo")
    person = services.people.create(full_name="Đặng Văn Tuấn")
    services.committees.add_member(committee_id=committee.id, person_id=person.id, role="Ủy viên")
    window.ops.announce(EVERYTHING)
    tab = window.show_page("members").members
    tab.select_committee(committee.id)
    tab.table.setFocus()
    tab.table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "Chỉ xóa khi nhập nhầm" in answers["asked"][-1]
    assert column(tab.table, 1) == []


def test_people_tab_sorts_by_given_name_and_finds_without_diacritics(window, qtbot, answers):
    for name in ("Nguyễn Văn Hòa", "Trần Thị Bích", "Nguyễn Thị Anh"):
        window.services.people.create(full_name=name)
    window.ops.announce(Changes(people=True))
    page = window.show_page("members")
    page.tabs.setCurrentWidget(page.people)
    assert column(page.people.table, 0) == ["Nguyễn Thị Anh", "Trần Thị Bích", "Nguyễn Văn Hòa"]
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert page.people.search.hasFocus()
    qtbot.keyClicks(page.people.search, "nguyen")
    assert column(page.people.table, 0) == ["Nguyễn Thị Anh", "Nguyễn Văn Hòa"]

    answers["forms"].append(lambda d: (d.full_name.setText("Bùi Văn Cẩm"), d.email.setText("cam@")))
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = answers["dialogs"][-1]
    assert "không đúng dạng địa chỉ thư điện tử" in dialog.form.error("email")
    assert dialog.full_name.text() == "Bùi Văn Cẩm"


def test_a_committee_cannot_sit_under_its_own_sub_committee(window, answers):
    services = window.services
    parent = services.committees.create(name="Ban Chỉ đạo tỉnh")
    child = services.committees.create(name="Tiểu ban Tuyên truyền", parent_id=parent.id)
    window.ops.announce(Changes(committees=True))
    page = window.show_page("members")
    tab = page.committees
    page.tabs.setCurrentWidget(tab)
    assert column(tab.table, 2) == ["", "Ban Chỉ đạo tỉnh"]
    tab.table.select_where(lambda r: r.id == parent.id)

    def loop(dialog):
        dialog.tabs.setCurrentIndex(1)
        dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(child.id))
    answers["forms"].append(loop)
    tab.cmd_edit()
    dialog = answers["dialogs"][-1]
    assert "trực thuộc chính nó hoặc ban con của nó" in dialog.form.error("parent_id")
    assert dialog.tabs.currentIndex() == 0  # the tab with the field at fault is shown


def test_a_committee_keeps_its_own_recipients_and_signers_post(window, answers, tmp_path):
    services = window.services
    committee = services.committees.create(name="Tiểu ban Tuyên truyền", style="party")
    window.ops.announce(Changes(committees=True))
    page = window.show_page("members")
    tab = page.committees
    page.tabs.setCurrentWidget(tab)
    tab.table.select_where(lambda r: r.id == committee.id)

    def documents(dialog):
        dialog.tabs.setCurrentIndex(1)
        dialog.identity.inputs["recipients"].setPlainText(
            "Thường trực Tỉnh ủy (để b/c);\nCác thành viên Tiểu ban;\nLưu Văn phòng Tiểu ban.")
        dialog.identity.inputs["signer_own_post"].setChecked(True)
    answers["forms"].append(documents)
    tab.cmd_edit()
    saved = services.committees.get(committee_id=committee.id)
    assert saved.recipients.splitlines() == [
        "Thường trực Tỉnh ủy (để b/c);", "Các thành viên Tiểu ban;", "Lưu Văn phòng Tiểu ban."]
    assert saved.signer_own_post

    def look(dialog):  # opened again, it shows what was saved
        assert dialog.identity.inputs["recipients"].toPlainText().startswith("Thường trực Tỉnh ủy")
        assert dialog.identity.inputs["signer_own_post"].isChecked()
    answers["forms"].append(look)
    tab.cmd_edit()
