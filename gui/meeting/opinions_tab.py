"""Ý kiến: every opinion under the agenda item it was said on, in spoken order.

Left, the agenda items with how many opinions each has; right, the opinions of the chosen item
and the editor below them. Alt+Up/Alt+Down reorder, "Chuyển sang" moves an opinion to another
item, Delete removes one (after asking).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.services.drafts import opinion_draft_key
from core.services.meeting_records import MeetingDetail, OpinionRecord
from gui.dialogs import Ask
from gui.meeting.base import WorkspaceTab
from gui.meeting.opinion_editor import ROW, SUBSTITUTE, OpinionEditor
from gui.meeting.pick import PERSON_KIND, Choice
from gui.meeting.record_model import RecordListModel
from gui.meeting.widgets import on_keys, record_table, select_row, selected_row, wire_reordering
from gui.models import Column
from gui.widgets import headers_whole

PREVIEW = 240


@dataclass(frozen=True)
class Bucket:
    id: int | None  # agenda item id; None = opinions not under any item
    label: str      # "2. Khó khăn, vấn đề phát sinh (4)"


def _combo_value(bucket_id: int | None) -> int:
    """Combo boxes cannot find None among their items: 0 stands for "under no agenda item"."""
    return bucket_id or 0


def _preview(text: str) -> str:
    line = " ".join(text[:PREVIEW].split())
    return line + ("…" if len(text) > PREVIEW else "")


class OpinionsTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self.buckets = RecordListModel([Column(tr("Nội dung"), lambda b: b.label)], self)
        self.bucket_view = QListView()
        self.bucket_view.setModel(self.buckets)
        self.bucket_view.setAccessibleName(tr("Nội dung họp"))
        self.bucket_view.setWordWrap(True)
        self.model = RecordListModel([
            Column(tr("TT"), lambda o: self.model.row_of(o.id) + 1, align=Qt.AlignmentFlag.AlignRight),  # type: ignore[operator]  # a shown opinion has its row
            Column(tr("Người phát biểu"), self._speaker_text),
            Column(tr("Ý kiến"), lambda o: _preview(o.text), tooltip=lambda o: o.text),
        ], self, reorderable=True)
        self.table = record_table(self.model, name=tr("Các ý kiến"), reorderable=True)
        # Each opinion shows its first lines (up to three, wrapped); the whole text is in the
        # tooltip and in the editor below when it is selected.
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(self.table.fontMetrics().lineSpacing() * 3 + 10)
        self.table.horizontalHeader().resizeSection(0, self.table.fontMetrics().horizontalAdvance("000") + 16)
        headers_whole(self.table)
        self.editor = OpinionEditor(workspace)
        self.move_to = QComboBox()
        self.move_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_to.setMinimumContentsLength(20)
        self.move_to.setAccessibleName(tr("Chuyển ý kiến sang nội dung"))
        self.up_button = QPushButton(tr("↑ Lên"))
        self.up_button.setToolTip(tr("Đưa ý kiến lên trên (Alt+↑)"))
        self.down_button = QPushButton(tr("↓ Xuống"))
        self.down_button.setToolTip(tr("Đưa ý kiến xuống dưới (Alt+↓)"))
        self.delete_button = QPushButton(tr("Xóa…"))
        self.delete_button.setToolTip(tr("Xóa ý kiến đang chọn (Delete)"))

        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Chuyển sang nội dung:")))
        tools.addWidget(self.move_to, 1)
        for button in (self.up_button, self.down_button, self.delete_button):
            tools.addWidget(button)
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(tools)
        right.addWidget(top)
        right.addWidget(self.editor)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(self.bucket_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.bucket_view.selectionModel().selectionChanged.connect(lambda *_: self._bucket_chosen())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._opinion_chosen())
        self.editor.saved.connect(self._saved)
        self.editor.editing_changed.connect(self._editing_changed)
        self.move_to.activated.connect(self._move_to_chosen)
        self.move_selected = wire_reordering(self.table, self.move, self.up_button, self.down_button)
        self.delete_button.clicked.connect(self.delete_selected)
        on_keys(self.table, "Delete", self.delete_selected)
        self._selecting = False

    def _speaker_text(self, opinion: OpinionRecord) -> str:
        if opinion.is_guest:
            return self.tr("{name} (khách mời)").format(name=opinion.speaker_name)
        meeting = self.ws.meeting
        if opinion.speaker_id is None and meeting is not None and any(
                a.substitute_name == opinion.speaker_name for a in meeting.attendance):
            return self.tr("{name} (dự thay)").format(name=opinion.speaker_name)
        return opinion.speaker_name

    # --- showing -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        """Selections changed by the program, not the clerk: no reloading in answer."""
        before, self._selecting = self._selecting, True
        try:
            yield
        finally:
            self._selecting = before

    def load(self, meeting: MeetingDetail) -> None:
        self.editor.set_speakers(self._speaker_choices(meeting))
        self._load_buckets(meeting, keep=self.editor.bucket)
        self.editor.edit(None)
        self._bucket_chosen()
        draft = self.ws.services.drafts.get(name=opinion_draft_key(meeting.id))
        if draft and draft.get("text"):
            self.editor.restore_draft(draft)
            self._load_buckets(meeting, keep=self.editor.bucket)
            self._bucket_chosen()

    def _speaker_choices(self, meeting: MeetingDetail) -> list[Choice]:
        choices = []
        for row in meeting.attendance:
            detail = ", ".join(p for p in (row.position, row.agency_name) if p)
            choices.append(Choice(row.name, (ROW, row), detail, PERSON_KIND))
            if row.substitute_name:
                choices.append(Choice(row.substitute_name, (SUBSTITUTE, row),
                                      self.tr("dự thay {name}").format(name=row.name), PERSON_KIND))
        return choices

    def _load_buckets(self, meeting: MeetingDetail, *, keep: int | None) -> None:
        """The agenda items with their counts; ``keep`` stays the current one if it still exists."""
        counts: dict[int | None, int] = {}
        for opinion in meeting.opinions:
            counts[opinion.agenda_item_id] = counts.get(opinion.agenda_item_id, 0) + 1
        buckets = [Bucket(i.id, f"{i.number}. {i.title.split(chr(10), 1)[0]} ({counts.get(i.id, 0)})")
                   for i in meeting.agenda]
        if counts.get(None) or not buckets:
            buckets.append(Bucket(None, self.tr("Chưa xếp vào nội dung nào ({n})").format(
                n=counts.get(None, 0))))
        with self._quiet():
            self.buckets.set_rows(buckets)
            self.move_to.clear()
            for bucket in buckets:
                self.move_to.addItem(bucket.label.rsplit(" (", 1)[0], _combo_value(bucket.id))
            row = self.buckets.row_of(keep)
            self.bucket_view.setCurrentIndex(self.buckets.index(row if row is not None else 0, 0))

    def current_bucket(self) -> int | None:
        index = self.bucket_view.currentIndex()
        return self.buckets.record(index.row()).id if index.isValid() else None

    def select_bucket(self, bucket_id: int | None) -> None:
        row = self.buckets.row_of(bucket_id)
        if row is not None:
            self.bucket_view.setCurrentIndex(self.buckets.index(row, 0))

    def _bucket_chosen(self) -> None:
        """Show the opinions of the chosen agenda item; a new opinion goes under it."""
        if self._selecting:
            return
        bucket_id = self.current_bucket()
        opinions = sorted((o for o in self.ws.meeting.opinions if o.agenda_item_id == bucket_id),
                          key=lambda o: (o.position, o.id))
        with self._quiet():
            self.model.set_rows(opinions)
            self.table.resizeColumnToContents(1)
            editing = self.editor.editing
            if editing is not None and editing.agenda_item_id == bucket_id:
                select_row(self.table, self.model.row_of(editing.id))
        if editing is not None and editing.agenda_item_id != bucket_id:
            self.editor.edit(None)
        self.editor.bucket = bucket_id
        self._sync_move_to()

    def _editing_changed(self, opinion: OpinionRecord | None) -> None:
        if opinion is None:
            with self._quiet():
                self.table.clearSelection()
        self._sync_move_to()

    def _opinion_chosen(self) -> None:
        if self._selecting:
            return
        row = selected_row(self.table)
        if row is not None:
            self.editor.edit(self.model.record(row))

    def _sync_move_to(self) -> None:
        target = self.editor.editing.agenda_item_id if self.editor.editing else self.editor.bucket
        self.move_to.setCurrentIndex(max(0, self.move_to.findData(_combo_value(target))))
        self.move_to.setEnabled(self.editor.editing is not None and not self.ws.read_only)

    def parts_changed(self, parts: frozenset[str], meeting: MeetingDetail) -> None:
        if "attendance" in parts:
            self.editor.set_speakers(self._speaker_choices(meeting))
        if "agenda" in parts or "opinions" in parts:
            self._load_buckets(meeting, keep=self.editor.bucket)
            self._bucket_chosen()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)
        for widget in (self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(not read_only)
        self.table.setDragEnabled(not read_only)
        self._sync_move_to()

    # --- changes -------------------------------------------------------------------------------

    def _saved(self, record: OpinionRecord, created: bool) -> None:
        if created:
            self.model.append(record)
            self.ws.apply(self, record)
            self._refresh_counts()
            with self._quiet():
                select_row(self.table, self.model.row_of(record.id))
        else:
            self.model.replace(record)
            self.ws.apply(self, record)

    def _refresh_counts(self) -> None:
        self._load_buckets(self.ws.meeting, keep=self.current_bucket())

    def move(self, row: int, new_row: int) -> None:  # type: ignore[override]  # a row of the list, not QWidget.move()
        if self.ws.read_only or row == new_row:
            return
        self.ws.flush()
        opinion = self.model.record(row)
        record = self.ws.call(self.ws.services.meetings.move_opinion, opinion_id=opinion.id,
                              new_index=new_row)
        if record is None:
            return
        self.model.move(row, new_row)
        self.ws.refresh(self)  # the positions as the service numbered them
        by_id = {o.id: o for o in self.ws.meeting.opinions}
        self.model.refresh_rows([by_id.get(o.id, o) for o in self.model.rows])
        with self._quiet():
            select_row(self.table, new_row)

    def _move_to_chosen(self, index: int) -> None:
        opinion = self.editor.editing
        target = self.move_to.itemData(index) or None
        if opinion is None or self.ws.read_only or target == opinion.agenda_item_id:
            return
        self.ws.flush()
        record = self.ws.call(self.ws.services.meetings.move_opinion, opinion_id=opinion.id,
                              agenda_item_id=target)
        if record is None:
            self._sync_move_to()
            return
        self.editor.editing = record
        self.ws.refresh(self)
        self.model.remove(record.id)
        self._refresh_counts()
        self.editor.edit(None)

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None or self.ws.read_only:
            return
        opinion = self.model.record(row)
        if not Ask.confirm(self, self.tr("Xóa ý kiến của «{name}»?\n\n{text}").format(
                name=opinion.speaker_name, text=_preview(opinion.text))):
            return
        self.ws.autosaver.cancel("opinion.edit")
        if not self.ws.run(self.ws.services.meetings.delete_opinion, opinion_id=opinion.id):
            return
        self.model.remove(opinion.id)
        self.ws.refresh(self)
        self._refresh_counts()
        self.editor.edit(None)
