"""Agencies (cơ quan, đơn vị): find, add, edit, rename from a date, merge, deactivate, delete."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout

from core.errors import AppError
from core.services.agencies import AgencyRecord
from core.validate import date_vn
from gui.models import Column
from gui.operations import Changes
from gui.pages import Page, heading
from gui.registers.active_register import ActiveRegister
from gui.registers.agency_dialogs import AgencyDialog, MergeAgencyDialog, RenameAgencyDialog
from gui.registers.register_view import RegisterView


class AgenciesPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._names: dict[int, str] = {}
        self.view = RegisterView(
            [Column(self.tr("Tên cơ quan, đơn vị"), lambda r: r.name),
             Column(self.tr("Tên viết tắt"), lambda r: r.short_name),
             Column(self.tr("Tình trạng"), self._status)],
            table_name=self.tr("Danh sách cơ quan, đơn vị"),
            search_placeholder=self.tr("Tìm cơ quan (gõ không dấu cũng được, ví dụ: so thong tin)"),
            search_name=self.tr("Tìm cơ quan"),
            muted=lambda r: not r.is_active)
        self.search = self.view.search
        self.table = self.view.table
        self.register = ActiveRegister(
            self, self.view, changes=Changes(agencies=True), rows=self._rows,
            set_active=lambda id_, on: self.open_services.agencies.set_active(agency_id=id_, active=on),
            delete=lambda id_: self.open_services.agencies.delete(agency_id=id_),
            show_inactive=self.tr("Hiện cả cơ quan đã ngừng hoạt động"),
            retire=self.tr("Ngừng hoạt động"), revive=self.tr("Hoạt động lại"))
        self.show_inactive = self.register.show_inactive
        view = self.view
        self.add_button = view.add_button(self.tr("Thêm cơ quan…"), self.cmd_new, primary=True,
                                          tooltip=self.tr("Thêm một cơ quan, đơn vị (Ctrl+N)"))
        self.edit_button = view.add_button(self.tr("Sửa…"), self.cmd_edit, needs_selection=True,
                                           tooltip=self.tr("Sửa tên viết tắt (F2 hoặc Enter)"))
        self.rename_button = view.add_button(
            self.tr("Đổi tên…"), self.rename, needs_selection=True,
            tooltip=self.tr("Đổi tên từ một ngày; văn bản cũ vẫn giữ tên cũ"))
        self.merge_button = view.add_button(
            self.tr("Gộp vào…"), self.merge, needs_selection=True,
            tooltip=self.tr("Chuyển nhiệm vụ và người sang cơ quan khác, rồi ngừng cơ quan này"))
        self.active_button = self.register.add_active_button()
        self.delete_button = view.add_button(
            self.tr("Xóa"), self.cmd_delete, needs_selection=True,
            tooltip=self.tr("Xóa cơ quan nhập nhầm (phím Delete)"))
        self.import_button = view.add_button(
            self.tr("Nhập từ Excel…"), self.import_agencies,
            tooltip=self.tr("Thêm cơ quan, đơn vị từ một bảng Excel sẵn có"))
        self.history = QLabel()
        self.history.setProperty("role", "hint")
        self.history.setWordWrap(True)
        self.table.open_requested.connect(lambda _r: self.cmd_edit())
        self.table.selection_changed.connect(self._show_history)
        self.table.fit_columns([0, 18, 24], stretch=(0,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(heading(self.tr("Cơ quan, đơn vị"), self.tr(
            "Các cơ quan chủ trì, phối hợp nhiệm vụ và nơi công tác của thành viên. Khi cơ quan "
            "đổi tên hoặc sáp nhập, hãy dùng «Đổi tên» hoặc «Gộp» để văn bản cũ vẫn đúng.")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.history)

    def _status(self, record: AgencyRecord) -> str:
        if record.merged_into_id is not None:
            return self.tr("Đã gộp vào {name}").format(name=self._names.get(record.merged_into_id, "?"))
        return self.tr("Đang hoạt động") if record.is_active else self.tr("Ngừng hoạt động")

    def commands(self) -> set[str]:
        return {"new", "find", "edit", "delete"}

    def reload(self) -> None:
        if self.services is not None:
            self.register.reload()
            self._show_history()

    def _rows(self, include_inactive: bool) -> list[AgencyRecord]:
        everything = self.open_services.agencies.list(include_inactive=True)
        self._names = {a.id: a.name for a in everything}  # "merged into …" names retired ones
        return everything if include_inactive else [a for a in everything if a.is_active]

    def data_changed(self, changes: Changes) -> None:
        if changes.agencies:
            self.reload()

    def _show_history(self) -> None:
        record = self.view.current()
        self.history.setText("")
        if record is not None and self.services is not None:
            try:
                full = self.services.agencies.get(agency_id=record.id)
            except AppError:
                return
            if full.old_names:
                self.history.setText(self.tr("Tên trước đây: {names}").format(names="; ".join(
                    self.tr("{name} (đến hết {day})").format(
                        name=name, day=date_vn(until - dt.timedelta(days=1)))
                    for name, until in full.old_names)))

    # -- actions -------------------------------------------------------------------------------
    def import_agencies(self) -> None:
        from gui.exchange.import_register import ImportRegisterDialog

        if self.services is not None and ImportRegisterDialog.run(
                self, self.services, "agencies") is not None:
            self.register.changed()

    def cmd_new(self) -> None:
        self.register.form(AgencyDialog(self, self.open_services), new=True)

    def cmd_edit(self) -> None:
        self.register.edit_chosen(lambda record: AgencyDialog(self, self.open_services, record))

    def rename(self) -> None:
        self.register.edit_chosen(lambda record: RenameAgencyDialog(self, self.open_services, record))

    def merge(self) -> None:
        self.register.edit_chosen(lambda record: MergeAgencyDialog(self, self.open_services, record))

    def toggle_active(self) -> None:
        changed = self.register.toggle_active()
        if changed is not None and not changed.is_active and not self.show_inactive.isChecked():
            self.window_.statusBar().showMessage(self.tr(
                "«{name}» đã ngừng hoạt động. Đánh dấu «Hiện cả cơ quan đã ngừng hoạt động» để "
                "xem lại.").format(name=changed.name), 8000)

    def cmd_delete(self) -> None:
        """Delete an agency entered by mistake; one that is in use can be deactivated instead."""
        assert self.services is not None  # commands run on an open database
        record = self.view.current()
        if record is not None:
            self.register.delete(
                question=self.tr("Xóa cơ quan «{name}»?").format(name=record.name), name=record.name,
                retire_question=self.tr("{problem}\n\nCho «{name}» ngừng hoạt động thay vì xóa?"))
