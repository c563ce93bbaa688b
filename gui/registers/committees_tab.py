"""The committees of this database: a Ban Chỉ đạo, its Tiểu ban, each with its document style."""
from __future__ import annotations

from PySide6.QtCore import Qt

from typing import Any

from gui.models import Column
from gui.operations import Changes
from gui.registers.active_register import ActiveRegister, RegisterTab
from gui.registers.committee_dialog import CommitteeDialog
from gui.registers.register_view import RegisterView


class CommitteesTab(RegisterTab):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        styles = {"state": self.tr("Nhà nước"), "party": self.tr("Đảng")}
        resets = {"year": self.tr("Theo năm"), "term": self.tr("Theo nhiệm kỳ")}
        self.view = RegisterView(
            [Column(self.tr("Tên ban"), lambda r: r.name),
             Column(self.tr("Viết tắt"), lambda r: r.abbreviation),
             Column(self.tr("Trực thuộc"), lambda r: r.parent_name),
             Column(self.tr("Thể thức"), lambda r: styles.get(r.style, r.style)),
             Column(self.tr("Đánh số"), lambda r: resets.get(r.number_reset, r.number_reset)),
             Column(self.tr("Người ký mặc định"), lambda r: r.default_signer_name)],
            table_name=self.tr("Danh sách ban"),
            search_placeholder=self.tr("Tìm ban theo tên hoặc tên viết tắt"),
            search_name=self.tr("Tìm ban"), muted=lambda r: not r.is_active)
        self.search, self.table = self.view.search, self.view.table
        self.register = ActiveRegister(
            self, self.view, changes=Changes(committees=True),
            rows=lambda inactive: self.page.services.committees.list(include_inactive=inactive),
            set_active=lambda id_, on: self.page.services.committees.set_active(
                committee_id=id_, active=on),
            delete=lambda id_: self.page.services.committees.delete(committee_id=id_),
            show_inactive=self.tr("Hiện cả ban đã giải thể"), retire=self.tr("Giải thể"),
            revive=self.tr("Hoạt động lại"))
        self.show_inactive = self.register.show_inactive
        self.view.add_button(self.tr("Thêm ban…"), self.cmd_new, primary=True,
                             tooltip=self.tr("Thêm một Ban Chỉ đạo, Tiểu ban… (Ctrl+N)"))
        self.view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                             tooltip=self.tr("Sửa thông tin và thể thức văn bản (F2 hoặc Enter)"))
        self.view.add_button(self.tr("Xem thành viên"), self.show_members, needs_selection=True)
        self.active_button = self.register.add_active_button()
        self.view.add_button(self.tr("Xóa"), self.cmd_delete, needs_selection=True,
                             tooltip=self.tr("Xóa ban nhập nhầm (phím Delete)"))
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        # The name takes the room; names that begin alike ("Ban Chỉ đạo … tỉnh Hà Nam", "… tỉnh
        # Hà Tĩnh") are shortened in the middle, so their ends still tell them apart.
        self.table.fit_columns([0, 10, 18, 10, 12, 18], stretch=(0,))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.lay_out()

    def cmd_new(self) -> Any:
        """Add a committee; returns it (None when cancelled)."""
        return self.register.form(CommitteeDialog(self, self.page.services), new=True)

    def cmd_edit(self) -> None:
        self.register.edit_chosen(lambda record: CommitteeDialog(self, self.page.services, record))

    def show_members(self) -> None:
        record = self.view.current()
        if record is not None:
            self.page.show_members_of(record.id)

    def cmd_delete(self) -> None:
        record = self.view.current()
        if record is not None:
            self.register.delete(
                question=self.tr("Xóa ban «{name}»?").format(name=record.name), name=record.name,
                retire_question=self.tr("{problem}\n\nĐánh dấu «{name}» là đã giải thể thay vì xóa?"))
