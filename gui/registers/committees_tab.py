"""The committees of this database: a Ban Chỉ đạo, its Tiểu ban, each with its document style."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.errors import AppError
from gui.dialogs import Ask, delete_or_retire, show_error
from gui.models import Column
from gui.registers.committee_dialog import CommitteeDialog
from gui.registers.register_view import RegisterView


class CommitteesTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
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
        self.show_inactive = self.view.add_toggle(self.tr("Hiện cả ban đã giải thể"),
                                                  lambda _on: self.reload())
        self.view.add_button(self.tr("Thêm ban…"), self.cmd_new, primary=True,
                             tooltip=self.tr("Thêm một Ban Chỉ đạo, Tiểu ban… (Ctrl+N)"))
        self.view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                             tooltip=self.tr("Sửa thông tin và thể thức văn bản (F2 hoặc Enter)"))
        self.view.add_button(self.tr("Xem thành viên"), self.show_members, needs_selection=True)
        self.active_button = self.view.add_button(self.tr("Giải thể"), self.toggle_active,
                                                  needs_selection=True)
        self.view.add_button(self.tr("Xóa"), self.cmd_delete, needs_selection=True,
                             tooltip=self.tr("Xóa ban nhập nhầm (phím Delete)"))
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        self.table.selection_changed.connect(self._selection_changed)
        # The name takes the room; names that begin alike ("Ban Chỉ đạo … tỉnh Hà Nam", "… tỉnh
        # Hà Tĩnh") are shortened in the middle, so their ends still tell them apart.
        self.table.fit_columns([0, 10, 18, 10, 12, 18], stretch=(0,))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.view)

    def commands(self) -> set[str]:
        return {"new", "find", "edit", "delete"}

    def reload(self) -> None:
        services = self.page.services
        if services is not None:
            self.view.set_rows(services.committees.list(include_inactive=self.show_inactive.isChecked()))

    def _selection_changed(self) -> None:
        record = self.view.current()
        self.active_button.setText(self.tr("Hoạt động lại") if record is not None and not record.is_active
                                   else self.tr("Giải thể"))
        self.view.sync_menu()

    def _changed(self, record=None) -> None:
        self.page.window_.bus.changed.emit("committees")
        if record is not None:
            self.table.select_where(lambda r: r.id == record.id)

    def cmd_new(self):
        """Add a committee; returns it (None when cancelled)."""
        dialog = CommitteeDialog(self, self.page.services)
        if not Ask.form(dialog):
            return None
        self.search.clear()
        self._changed(dialog.result_record)
        return dialog.result_record

    def cmd_edit(self) -> None:
        record = self.view.current()
        if record is not None:
            dialog = CommitteeDialog(self, self.page.services, record)
            if Ask.form(dialog):
                self._changed(dialog.result_record)

    def show_members(self) -> None:
        record = self.view.current()
        if record is not None:
            self.page.show_members_of(record.id)

    def toggle_active(self) -> None:
        record = self.view.current()
        if record is None:
            return
        try:
            changed = self.page.services.committees.set_active(committee_id=record.id,
                                                               active=not record.is_active)
        except AppError as exc:
            show_error(self, exc)
            return
        self._changed(changed)

    def cmd_delete(self) -> None:
        record = self.view.current()
        if record is None or not Ask.confirm(self, self.tr("Xóa ban «{name}»?").format(name=record.name)):
            return
        if delete_or_retire(self, lambda: self.page.services.committees.delete(committee_id=record.id), name=record.name,
                            active=record.is_active, retire=self.toggle_active,
                            retire_question=self.tr("{problem}\n\nĐánh dấu «{name}» là đã giải thể thay vì xóa?")):
            self._changed()
