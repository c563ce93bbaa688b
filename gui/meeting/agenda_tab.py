"""Chương trình: the agenda items in order, each with its presenter (a member, an agency, or a
line typed by hand) and planned minutes; reordered by dragging or Alt+Up/Alt+Down."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.services.meeting_records import AgendaItemRecord, MeetingDetail
from gui.dialogs import Ask
from gui.meeting import labels
from gui.meeting.base import WorkspaceTab
from gui.meeting.followup import FollowUpPanel
from gui.meeting.pick import Choice, PickField
from gui.meeting.record_model import RecordListModel
from gui.meeting.registers import AGENCY, PERSON
from gui.meeting.widgets import (
    FieldMessage,
    LineEditor,
    TextEditor,
    fit_columns,
    on_keys,
    record_table,
    select_row,
    selected_row,
    wire_reordering,
)
from gui.models import Column


class AgendaTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self.model = RecordListModel([
            Column(tr("TT"), lambda r: r.number, align=Qt.AlignmentFlag.AlignRight),
            Column(tr("Phút"), lambda r: r.planned_minutes or "", align=Qt.AlignmentFlag.AlignRight),
            Column(tr("Người / cơ quan trình bày"), lambda r: r.presenter_text or ""),
            Column(tr("Nội dung"), lambda r: r.title.split("\n", 1)[0]),
        ], self, reorderable=True)
        self.table = record_table(self.model, name=tr("Chương trình họp"), reorderable=True)
        self.total_label = QLabel()
        self.new_title = LineEditor()
        self.new_title.setPlaceholderText(tr("Nội dung mới: gõ rồi nhấn Enter"))
        self.new_title.setAccessibleName(tr("Nội dung mới"))
        self.add_button = QPushButton(tr("Thêm"))
        self.add_message = FieldMessage()
        self.up_button = QPushButton(tr("↑ Lên"))
        self.up_button.setToolTip(tr("Đưa nội dung lên trên (Alt+↑)"))
        self.down_button = QPushButton(tr("↓ Xuống"))
        self.down_button.setToolTip(tr("Đưa nội dung xuống dưới (Alt+↓)"))
        self.remove_button = QPushButton(tr("Xóa…"))
        self.remove_button.setToolTip(tr("Xóa nội dung khỏi chương trình (Delete)"))

        self.title = TextEditor()
        self.title.setAccessibleName(tr("Nội dung"))
        self.title.setMaximumHeight(110)
        self.presenter = PickField(free_text=True)
        self.presenter.setAccessibleName(self.tr("Người hoặc cơ quan trình bày"))
        self.presenter.setPlaceholderText(tr("Thành viên hoặc cơ quan; gõ không dấu cũng được"))
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Số phút dự kiến"))
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(tr(" phút"))
        self.minutes.setSpecialValueText(tr("(chưa định)"))
        self.messages = {k: FieldMessage() for k in ("title", "presenter", "minutes")}
        self.detail_box = QGroupBox(tr("Nội dung đang chọn"))
        form = QFormLayout(self.detail_box)
        form.addRow(tr("Nội dung:"), self.title)
        form.addRow("", self.messages["title"])
        form.addRow(tr("Trình bày:"), self.presenter)
        form.addRow("", self.messages["presenter"])
        form.addRow(tr("Thời gian:"), self.minutes)
        form.addRow("", self.messages["minutes"])
        self.followup = FollowUpPanel(workspace)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.total_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.add_message)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_box)
        right_layout.addWidget(self.followup, 1)
        right_layout.addStretch(0)  # takes the room the follow-up panel leaves when it is empty
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.new_title.returnPressed.connect(self.add_item)
        self.add_button.clicked.connect(self.add_item)
        self.move_selected = wire_reordering(self.table, self.move, self.up_button, self.down_button)
        self.remove_button.clicked.connect(self.remove_selected)
        on_keys(self.table, "Delete", self.remove_selected)
        self.title.textChanged.connect(self._title_edited)
        self.title.focus_lost.connect(self.ws.flush)
        self.minutes.valueChanged.connect(self._minutes_edited)
        self.presenter.picked.connect(self._presenter_picked)
        self.presenter.focus_lost.connect(self._presenter_left)
        self._loading = False

    # --- showing -------------------------------------------------------------------------------

    def load(self, meeting: MeetingDetail) -> None:
        current = self.current()
        self.model.set_rows(meeting.agenda)
        fit_columns(self.table, widest=220)
        self._load_choices(meeting)
        self.followup.load(meeting)
        self._update_total()
        row = self.model.row_of(current.id) if current else None
        select_row(self.table, row if row is not None else (0 if meeting.agenda else None))
        self._show_selected()

    def _load_choices(self, meeting: MeetingDetail) -> None:
        registers = self.ws.registers
        day = meeting.starts_at.date()
        self.presenter.set_choices(lambda: registers.member_choices(meeting.committee_id, day)
                                   + registers.agency_choices())

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        if "agenda" in parts:
            self.model.refresh_rows(meeting.agenda)
            self._update_total()
        if "registers" in parts or "starts_at" in parts:
            self._load_choices(meeting)
        if "starts_at" in parts:
            self.followup.load(meeting)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.add_button, self.up_button, self.down_button, self.remove_button,
                       self.minutes):
            widget.setEnabled(not read_only)
        for field in (self.new_title, self.presenter):
            field.setReadOnly(read_only)
        self.title.setReadOnly(read_only)
        self.table.setDragEnabled(not read_only)
        self.followup.set_read_only(read_only)

    def current(self) -> AgendaItemRecord | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def _show_selected(self) -> None:
        item = self.current()
        self.detail_box.setEnabled(item is not None)
        self._loading = True
        try:
            self.title.set_text_keeping_undo(item.title if item else "")
            self.minutes.setValue(item.planned_minutes or 0 if item else 0)
            choice = None
            if item is not None and (item.presenter_person_id or item.presenter_agency_id):
                choice = Choice(item.presenter_text or "",
                                (PERSON, item.presenter_person_id) if item.presenter_person_id
                                else (AGENCY, item.presenter_agency_id))
            self.presenter.set_choice(choice, text=item.presenter_text if item else "")
        finally:
            self._loading = False
        for message in self.messages.values():
            message.clear_message()

    def _update_total(self) -> None:
        total = sum(i.planned_minutes or 0 for i in self.model.rows)
        self.total_label.setText(self.tr("Tổng thời gian dự kiến: {total}").format(
            total=labels.minutes_text(total)))

    def _take(self, record: AgendaItemRecord) -> None:
        self.model.replace(record)
        self.ws.apply(self, record)
        self._update_total()

    # --- editing -------------------------------------------------------------------------------

    def add_item(self) -> None:
        if self.ws.read_only:
            return
        title = self.new_title.text()
        record = self.ws.call(self.ws.services.meetings.add_agenda_item, line=self.add_message,
                              meeting_id=self.ws.meeting.id, title=title)
        if record is None:  # said under the field; the text stays in it
            return
        self.new_title.clear()
        self.model.append(record)
        self.ws.apply(self, record)
        self._update_total()
        select_row(self.table, len(self.model.rows) - 1)

    def _title_edited(self) -> None:
        item = self.current()
        if self._loading or item is None or self.ws.read_only:
            return
        text = self.title.toPlainText()
        self.ws.autosave(f"agenda.{item.id}.title", lambda: self._take(
            self.ws.services.meetings.update_agenda_item(item_id=item.id, title=text)),
            self.messages["title"])

    def _minutes_edited(self, value: int) -> None:
        item = self.current()
        if self._loading or item is None or self.ws.read_only:
            return
        self.ws.autosave(f"agenda.{item.id}.minutes", lambda: self._take(
            self.ws.services.meetings.update_agenda_item(item_id=item.id,
                                                         planned_minutes=value or None)),
            self.messages["minutes"])

    def _presenter_picked(self, choice: Choice | None) -> None:
        item = self.current()
        if self._loading or item is None or self.ws.read_only:
            return
        kind, ref = choice.value if choice is not None else (None, None)
        text = None if choice is not None else self.presenter.text()
        record = self.ws.call(self.ws.services.meetings.update_agenda_item, item_id=item.id,
                              presenter_person_id=ref if kind == PERSON else None,
                              presenter_agency_id=ref if kind == AGENCY else None,
                              presenter_text=text)
        if record is not None:
            self._take(record)

    def _presenter_left(self) -> None:
        item = self.current()
        if item is not None and self.presenter.text() != (item.presenter_text or ""):
            self.presenter.accept_typed(leaving=True)

    def move(self, row: int, new_row: int) -> None:  # type: ignore[override]  # a row of the list, not QWidget.move()
        if self.ws.read_only or row == new_row:
            return
        self.ws.flush()
        item = self.model.record(row)
        ordered = self.ws.call(self.ws.services.meetings.move_agenda_item, item_id=item.id,
                               new_index=new_row)
        if ordered is None:
            return
        self.model.move(row, new_row)
        self.ws.refresh(self)
        self.model.refresh_rows(self.ws.meeting.agenda)
        select_row(self.table, new_row)

    def remove_selected(self) -> None:
        item = self.current()
        if item is None or self.ws.read_only:
            return
        spoken = len(self.ws.meeting.opinions_under(item.id))
        question = self.tr("Xóa nội dung «{title}» khỏi chương trình?").format(
            title=item.title.split("\n", 1)[0])
        if spoken:
            question += "\n" + self.tr("{n} ý kiến đã ghi ở nội dung này sẽ được giữ lại, chuyển "
                                       "về mục «Chưa xếp vào nội dung nào».").format(n=spoken)
        if not Ask.confirm(self, question):
            return
        self.ws.flush()
        if self.ws.call(self.ws.services.meetings.remove_agenda_item, item_id=item.id) is None:
            return
        self.model.remove(item.id)
        self.ws.refresh(self)  # numbers, and the opinions that were under it
        self.model.refresh_rows(self.ws.meeting.agenda)
        self._update_total()
        self._show_selected()
