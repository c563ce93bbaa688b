"""Everyone the program knows (members, speakers, signers): find, add, edit, retire, delete."""
from __future__ import annotations

from typing import Any

from core.text import person_sort_key
from gui.models import Column
from gui.operations import Changes
from gui.registers.active_register import ActiveRegister, RegisterTab
from gui.registers.person_dialog import PersonDialog
from gui.registers.register_view import RegisterView


class PeopleTab(RegisterTab):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.view = RegisterView(
            [Column(self.tr("Họ và tên"), lambda r: r.full_name, sort=lambda r: person_sort_key(r.full_name)),
             Column(self.tr("Chức vụ"), lambda r: r.position),
             Column(self.tr("Cơ quan"), lambda r: r.agency_name),
             Column(self.tr("Điện thoại"), lambda r: r.phone),
             Column(self.tr("Thư điện tử"), lambda r: r.email)],
            table_name=self.tr("Danh sách người"),
            search_placeholder=self.tr("Tìm theo tên, chức vụ, cơ quan (gõ không dấu cũng được)"),
            search_name=self.tr("Tìm người"), muted=lambda r: not r.is_active)
        self.search, self.table = self.view.search, self.view.table
        self.register = ActiveRegister(
            self, self.view, changes=Changes(people=True),
            rows=lambda inactive: self.page.services.people.list(include_inactive=inactive),
            set_active=lambda id_, on: self.page.services.people.set_active(person_id=id_, active=on),
            delete=lambda id_: self.page.services.people.delete(person_id=id_),
            show_inactive=self.tr("Hiện cả người đã ngừng theo dõi"),
            retire=self.tr("Ngừng theo dõi"), revive=self.tr("Theo dõi lại"),
            retire_tooltip=self.tr("Bỏ khỏi các danh sách chọn, vẫn giữ trong các cuộc họp đã qua"))
        self.show_inactive = self.register.show_inactive
        self.view.add_button(self.tr("Thêm người…"), self.cmd_new, primary=True,
                             tooltip=self.tr("Thêm một người (Ctrl+N)"))
        self.view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                             tooltip=self.tr("Sửa thông tin người đang chọn (F2 hoặc Enter)"))
        self.active_button = self.register.add_active_button()
        self.view.add_button(self.tr("Xóa"), self.cmd_delete, needs_selection=True,
                             tooltip=self.tr("Xóa người nhập nhầm (phím Delete)"))
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        self.table.fit_columns([24, 0, 0, 14, 22], stretch=(1, 2))
        self.lay_out()

    def cmd_new(self) -> None:
        self.register.form(PersonDialog(self, self.page.services), new=True)

    def cmd_edit(self) -> None:
        self.register.edit_chosen(lambda record: PersonDialog(self, self.page.services, record))

    def cmd_delete(self) -> None:
        record = self.view.current()
        if record is not None:
            self.register.delete(
                question=self.tr("Xóa «{name}» khỏi danh sách người?").format(name=record.full_name),
                name=record.full_name,
                retire_question=self.tr("{problem}\n\nNgừng theo dõi «{name}» thay vì xóa?"))
