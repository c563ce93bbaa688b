"""A committee's members on a given day, in protocol order: add, correct, change role, end."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.text import person_sort_key
from core.validate import date_vn
from gui.operations import Changes
from gui.date_fields import DateField
from gui.dialogs import Ask
from gui.models import Column
from gui.registers.member_dialogs import AddMemberDialog, ChangeRoleDialog, EndMembershipDialog, SeatDialog
from gui.registers.register_view import RegisterView
from gui.widgets import mark_data


class MembersTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self._order: dict[int, int] = {}
        self.committee = QComboBox()
        self.committee.setAccessibleName(self.tr("Ban"))
        self.committee.setMinimumContentsLength(16)
        self.committee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        mark_data(self.committee)
        self.day = DateField(dt.date.today(), compact=True)
        self.day.setAccessibleName(self.tr("Xem thành viên tại ngày"))
        committee_label, day_label = QLabel(self.tr("&Ban:")), QLabel(self.tr("Tại &ngày:"))
        committee_label.setBuddy(self.committee)
        day_label.setBuddy(self.day)
        self.view = RegisterView(
            [Column(self.tr("STT"), lambda r: self._order.get(r.id), sort=lambda r: self._order.get(r.id),
                    align=Qt.AlignmentFlag.AlignRight),
             Column(self.tr("Họ và tên"), lambda r: r.full_name, sort=lambda r: person_sort_key(r.full_name)),
             Column(self.tr("Chức danh"), lambda r: r.role, sort=lambda r: (r.rank, r.role)),
             Column(self.tr("Chức vụ"), lambda r: r.position),
             Column(self.tr("Cơ quan"), lambda r: r.agency_name),
             Column(self.tr("Từ ngày"), lambda r: date_vn(r.start_date), sort=lambda r: r.start_date),
             Column(self.tr("Đến ngày"), lambda r: date_vn(r.end_date), sort=lambda r: r.end_date)],
            table_name=self.tr("Thành viên của ban"),
            search_placeholder=self.tr("Tìm thành viên (gõ không dấu cũng được)"),
            search_name=self.tr("Tìm thành viên"), muted=self._is_past)
        self.search, self.table = self.view.search, self.view.table
        self.show_past = self.view.add_toggle(self.tr("Hiện cả người đã thôi tham gia"),
                                              lambda _on: self.reload())
        view = self.view
        self.add_button = view.add_button(self.tr("Thêm thành viên…"), self.cmd_new, primary=True,
                                          tooltip=self.tr("Thêm một thành viên vào ban (Ctrl+N)"))
        view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                        tooltip=self.tr("Sửa chỗ nhập nhầm (F2 hoặc Enter)"))
        view.add_button(self.tr("Đổi chức danh…"), self.change_role, needs_selection=True,
                        tooltip=self.tr("Kiện toàn: chức danh mới từ một ngày, giữ chức danh cũ"))
        view.add_button(self.tr("Thôi tham gia…"), self.end_membership, needs_selection=True,
                        tooltip=self.tr("Kết thúc tư cách thành viên từ một ngày"))
        view.add_button(self.tr("Xóa"), self.cmd_delete, needs_selection=True,
                        tooltip=self.tr("Xóa dòng nhập nhầm (phím Delete)"))
        self.export_button = view.add_button(
            self.tr("Xuất danh sách (Excel)…"), self.export_members,
            tooltip=self.tr("Danh sách thành viên theo thứ tự nghi thức, ra tệp Excel"))
        self.import_button = view.add_button(
            self.tr("Nhập từ Excel…"), self.import_members,
            tooltip=self.tr("Thêm thành viên từ một bảng Excel sẵn có"))
        self.empty = QLabel()
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        self.create_committee = QPushButton(self.tr("Tạo ban…"))
        self.create_committee.clicked.connect(lambda _=False: self.page.new_committee())
        top = QHBoxLayout()
        top.addWidget(committee_label)
        top.addWidget(self.committee, 1)
        top.addSpacing(16)
        top.addWidget(day_label)
        top.addWidget(self.day)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.create_committee)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addLayout(top)
        layout.addLayout(empty_row)
        layout.addWidget(self.view, 1)
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        self.table.fit_columns([5, 20, 18, 0, 0, 10, 10], stretch=(3, 4))
        self.committee.currentIndexChanged.connect(lambda _i: self.reload_members())
        self.day.value_changed.connect(lambda _d: self.reload_members())

    def export_members(self) -> None:
        from gui.exchange.member_list import export_member_list

        committee_id = self.committee_id()
        if committee_id is not None:
            export_member_list(self, self.page.services, committee_id,
                               on=self.day.last_read())

    def import_members(self) -> None:
        from gui.exchange.import_register import ImportRegisterDialog

        if self.committee_id() is None:
            return
        if ImportRegisterDialog.run(self, self.page.services, "members",
                                    committee_id=self.committee_id()) is not None:
            self.page.window_.ops.announce(Changes(people=True, committees=True))

    def _is_past(self, record) -> bool:
        day = self.day.last_read()
        return (record.end_date is not None and record.end_date < day) or (
            record.start_date is not None and record.start_date > day)

    def commands(self) -> set[str]:
        return {"new", "find", "edit", "delete"}

    def committee_id(self) -> int | None:
        return self.committee.currentData()

    def select_committee(self, committee_id: int) -> None:
        self.committee.setCurrentIndex(max(0, self.committee.findData(committee_id)))

    def reload(self) -> None:
        """Refill the committee list (keeping the choice), then the members."""
        services = self.page.services
        if services is None:
            return
        chosen = self.committee_id()
        self.committee.blockSignals(True)
        self.committee.clear()
        for committee in services.committees.list():
            self.committee.addItem(committee.name, committee.id)
        self.committee.setCurrentIndex(max(0, self.committee.findData(chosen)))
        self.committee.blockSignals(False)
        self.reload_members()

    def reload_members(self) -> None:
        services, committee_id = self.page.services, self.committee_id()
        has_committee = committee_id is not None
        rows = []
        if services is not None and has_committee:
            rows = services.committees.members(committee_id=committee_id, on=self.day.last_read(),
                                               include_past=self.show_past.isChecked())
        if self.show_past.isChecked():  # protocol order for the history too
            rows.sort(key=lambda r: (r.rank, person_sort_key(r.full_name), r.start_date or dt.date.min))
        self._order = {r.id: i for i, r in enumerate(rows, start=1)}
        self.view.set_rows(rows)
        for button in (self.add_button, self.export_button, self.import_button):
            button.setEnabled(has_committee)
        self.view.sync_menu()
        self.create_committee.setVisible(not has_committee)
        if not has_committee:
            self.empty.setText(self.tr("Chưa có ban nào. Hãy tạo ban trước, rồi thêm thành viên."))
        elif not rows:
            self.empty.setText(self.tr("Ban này chưa có thành viên vào ngày đang xem. Bấm «Thêm thành "
                                       "viên…» (Ctrl+N) để thêm."))
        self.empty.setVisible(not has_committee or not rows)

    def _changed(self, record=None) -> None:
        self.page.window_.ops.announce(Changes(committees=True))
        if record is not None:
            self.table.select_where(lambda r: r.id == record.id)

    def _run(self, dialog) -> None:
        if Ask.form(dialog):
            self._changed(dialog.result_record)

    def cmd_new(self) -> None:
        committee_id = self.committee_id()
        if committee_id is None:
            self.page.new_committee()
            return
        self.search.clear()
        self._run(AddMemberDialog(self, self.page.services,
                                  self.page.services.committees.get(committee_id=committee_id)))

    def cmd_edit(self) -> None:
        if (record := self.view.current()) is not None:
            self._run(SeatDialog(self, self.page.services, record))

    def change_role(self) -> None:
        if (record := self.view.current()) is not None:
            self._run(ChangeRoleDialog(self, self.page.services, record))

    def end_membership(self) -> None:
        if (record := self.view.current()) is not None:
            self._run(EndMembershipDialog(self, self.page.services, record))

    def cmd_delete(self) -> None:
        """Remove a seat entered by mistake; someone who left is ended, not deleted."""
        record = self.view.current()
        if record is None or not Ask.confirm(self, self.tr(
                "Xóa dòng «{name} – {role}» khỏi ban? Chỉ xóa khi nhập nhầm; nếu người này thôi "
                "tham gia, hãy dùng «Thôi tham gia…» để giữ lịch sử.").format(
                name=record.full_name, role=record.role)):
            return
        if self.page.window_.ops.run(self, self.page.services.committees.delete_member,
                                     membership_id=record.id):
            self._changed()
