"""Everyone the program knows (members, speakers, signers): find, add, edit, retire, delete."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.errors import AppError
from core.text import person_sort_key
from gui.dialogs import Ask, delete_or_retire, show_error
from gui.models import Column
from gui.registers.person_dialog import PersonDialog
from gui.registers.register_view import RegisterView


class PeopleTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
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
        self.show_inactive = self.view.add_toggle(self.tr("Hiện cả người đã ngừng theo dõi"),
                                                  lambda _on: self.reload())
        self.view.add_button(self.tr("Thêm người…"), self.cmd_new, primary=True,
                             tooltip=self.tr("Thêm một người (Ctrl+N)"))
        self.view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                             tooltip=self.tr("Sửa thông tin người đang chọn (F2 hoặc Enter)"))
        self.active_button = self.view.add_button(
            self.tr("Ngừng theo dõi"), self.toggle_active, needs_selection=True,
            tooltip=self.tr("Bỏ khỏi các danh sách chọn, vẫn giữ trong các cuộc họp đã qua"))
        self.view.add_button(self.tr("Xóa"), self.cmd_delete, needs_selection=True,
                             tooltip=self.tr("Xóa người nhập nhầm (phím Delete)"))
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        self.table.selection_changed.connect(self._selection_changed)
        self.table.fit_columns([24, 0, 0, 14, 22], stretch=(1, 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.view)

    def commands(self) -> set[str]:
        return {"new", "find", "edit", "delete"}

    def reload(self) -> None:
        services = self.page.services
        if services is not None:
            self.view.set_rows(services.people.list(include_inactive=self.show_inactive.isChecked()))

    def _selection_changed(self) -> None:
        record = self.view.current()
        self.active_button.setText(self.tr("Theo dõi lại") if record is not None and not record.is_active
                                   else self.tr("Ngừng theo dõi"))
        self.view.sync_menu()

    def _changed(self, record=None) -> None:
        self.page.window_.bus.changed.emit("people")
        if record is not None:
            self.table.select_where(lambda r: r.id == record.id)

    def cmd_new(self) -> None:
        dialog = PersonDialog(self, self.page.services)
        if Ask.form(dialog):
            self.search.clear()
            self._changed(dialog.result_record)

    def cmd_edit(self) -> None:
        record = self.view.current()
        if record is not None:
            dialog = PersonDialog(self, self.page.services, record)
            if Ask.form(dialog):
                self._changed(dialog.result_record)

    def toggle_active(self) -> None:
        record = self.view.current()
        if record is None:
            return
        try:
            changed = self.page.services.people.set_active(person_id=record.id, active=not record.is_active)
        except AppError as exc:
            show_error(self, exc)
            return
        self._changed(changed)

    def cmd_delete(self) -> None:
        record = self.view.current()
        if record is None or not Ask.confirm(self, self.tr("Xóa «{name}» khỏi danh sách người?")
                                             .format(name=record.full_name)):
            return
        if delete_or_retire(self, lambda: self.page.services.people.delete(person_id=record.id), name=record.full_name,
                            active=record.is_active, retire=self.toggle_active,
                            retire_question=self.tr("{problem}\n\nNgừng theo dõi «{name}» thay vì xóa?")):
            self._changed()
