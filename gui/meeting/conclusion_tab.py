"""Kết luận và nhiệm vụ: the chair's conclusion typed point by point as it is spoken (Enter:
next point), sub-points a), b); and the tasks drawn from it.

Text edits save one point at a time; adding, moving, indenting or deleting a point reads the
conclusion again (it is small) so the numbering is always the service's.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from core.errors import EditConflict
from core.services.meeting_records import ConclusionRecord, MeetingDetail
from core.text import clean
from gui.dialogs import Ask
from gui.meeting.base import WorkspaceTab
from gui.meeting.conclusion_model import ConclusionModel
from gui.meeting.tasks_panel import TasksPanel
from gui.meeting.widgets import FieldMessage, TextEditor, WrappingTree, on_keys

SAVE_KEY = "conclusion.edit"


class ConclusionTab(WorkspaceTab):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        tr = self.tr
        self.editing: ConclusionRecord | None = None
        self.new_parent: int | None = None  # where a new point goes (None: a top-level point)
        self._loading = False
        self.model = ConclusionModel(self)
        self.tree = WrappingTree()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(tr("Các điểm kết luận"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.editor_label = QLabel()
        self.text = TextEditor(submit_on_enter=True)
        self.text.setAccessibleName(tr("Nội dung điểm kết luận"))
        self.text.setPlaceholderText(tr("Ghi kết luận của chủ trì. Enter: sang điểm tiếp theo; "
                                        "Shift+Enter: xuống dòng."))
        self.message = FieldMessage()
        self.new_point_button = QPushButton(tr("Thêm điểm"))
        self.new_sub_button = QPushButton(tr("Thêm ý con a), b)"))
        self.up_button = QPushButton(tr("↑ Lên"))
        self.up_button.setToolTip(tr("Đưa điểm lên trên (Alt+↑)"))
        self.down_button = QPushButton(tr("↓ Xuống"))
        self.down_button.setToolTip(tr("Đưa điểm xuống dưới (Alt+↓)"))
        self.indent_button = QPushButton(tr("→ Thành ý con"))
        self.indent_button.setToolTip(tr("Đưa điểm vào trong điểm phía trên, thành ý a), b) (Ctrl+→)"))
        self.outdent_button = QPushButton(tr("← Thành điểm"))
        self.outdent_button.setToolTip(tr("Đưa ý con ra thành một điểm riêng (Ctrl+←)"))
        self.delete_button = QPushButton(tr("Xóa điểm…"))
        self.tasks = TasksPanel(workspace, self.point_label,
                                lambda: [p.id for p in self.model.all_points()])

        point_buttons = QHBoxLayout()
        for button in (self.new_point_button, self.new_sub_button, self.up_button, self.down_button,
                       self.indent_button, self.outdent_button, self.delete_button):
            point_buttons.addWidget(button)
        point_buttons.addStretch(1)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_label)
        editor_layout.addWidget(self.text, 1)
        editor_layout.addWidget(self.message)
        top = QSplitter()
        top.addWidget(self.tree)
        top.addWidget(editor)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(top, 1)
        upper_layout.addLayout(point_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.tasks)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.selectionModel().currentChanged.connect(lambda *_: self._point_chosen())
        self.text.textChanged.connect(self._edited)
        self.text.submitted.connect(self.submit)
        self.text.focus_lost.connect(self.ws.flush)
        self.new_point_button.clicked.connect(lambda: self.start_new(sub=False))
        self.new_sub_button.clicked.connect(lambda: self.start_new(sub=True))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.indent_button.clicked.connect(self.indent)
        self.outdent_button.clicked.connect(self.outdent)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tasks.create_button.clicked.connect(self.create_task)
        self.tasks.counts_changed.connect(self.model.set_task_counts)
        on_keys(self.tree, "Alt+Up", lambda: self.move_selected(-1))
        on_keys(self.tree, "Alt+Down", lambda: self.move_selected(1))
        on_keys(self.tree, "Ctrl+Right", self.indent)
        on_keys(self.tree, "Ctrl+Left", self.outdent)
        on_keys(self.tree, "Delete", self.delete_selected)
        on_keys(self, "Ctrl+T", self.create_task)

    # --- showing -------------------------------------------------------------------------------

    def load(self, meeting: MeetingDetail) -> None:
        keep = self.editing.id if self.editing else None
        self._show_points(meeting.conclusions, keep=keep)
        if self.editing is None:
            self.edit(None, parent=None)
        else:
            self._show_editing()
        self.tasks.load(meeting.id)

    def _show_points(self, points: tuple[ConclusionRecord, ...], *, keep: int | None) -> None:
        """The tree, with ``keep`` current if it still exists. The editor's text is left alone:
        replacing it while the clerk types would move the cursor and lose the undo steps."""
        self.model.set_points(points)
        self.tree.expandAll()
        index = self.model.index_of(keep)
        self._select_quietly(index)
        self.editing = self.model.point(index)
        self._show_label()

    def _select_quietly(self, index: QModelIndex) -> None:
        self._loading = True
        try:
            self.tree.setCurrentIndex(index)
            if not index.isValid():
                self.tree.clearSelection()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        for button in (self.new_point_button, self.new_sub_button, self.up_button, self.down_button,
                       self.indent_button, self.outdent_button, self.delete_button):
            button.setEnabled(not read_only)
        self.tasks.set_read_only(read_only)

    def point_label(self, point_id: int | None) -> str:
        point = self.model.point(self.model.index_of(point_id))
        if point is None:
            return ""
        if point.parent_id is None:
            return point.label
        parent = self.model.point(self.model.index_of(point.parent_id))
        return f"{parent.label}{point.label}" if parent else point.label

    def _point_chosen(self) -> None:
        if self._loading:
            return
        point = self.model.point(self.tree.currentIndex())
        if point is not None:
            self.edit(point)

    def edit(self, point: ConclusionRecord | None, *, parent: int | None = None) -> None:
        self.ws.flush()
        self.editing = point
        self.new_parent = parent
        self._show_editing()

    def _show_editing(self) -> None:
        self._loading = True
        try:
            self.text.set_text_keeping_undo(self.editing.text if self.editing else "")
        finally:
            self._loading = False
        self._show_label()
        self.message.clear_message()

    def _show_label(self) -> None:
        if self.editing is not None:
            self.editor_label.setText(self.tr("Điểm {label}").format(label=self.point_label(self.editing.id)))
            return
        parent = self.model.point(self.model.index_of(self.new_parent))
        self.editor_label.setText(self.tr("Ý con mới của điểm {label}").format(label=parent.label)
                                  if parent else self.tr("Điểm kết luận mới"))

    # --- text ----------------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading and not self.ws.read_only:
            self.ws.autosave(SAVE_KEY, self._save, self.message)

    def _save(self) -> None:
        text = self.text.toPlainText()
        meetings = self.ws.services.meetings
        if self.editing is None:
            if not clean(text, multiline=True):
                return
            record = meetings.add_conclusion_point(meeting_id=self.ws.meeting.id, text=text,
                                                   parent_id=self.new_parent)
            index = self.model.add_point(record)
            self.tree.expandAll()
            self._select_quietly(index)
            self.editing = record
            self._show_label()
        else:
            try:
                record = meetings.update_conclusion_point(point_id=self.editing.id, text=text,
                                                          expected_text=self.editing.text)
            except EditConflict as conflict:
                record = self._settle(conflict)
            self.model.replace_text(record)
            self.editing = self.model.point(self.model.index_of(record.id))
        self.ws.refresh(self)  # points are nested: the meeting is read again, never patched

    def _settle(self, conflict: EditConflict) -> ConclusionRecord:
        """Someone else changed this point since it was shown: keep mine (saved over theirs)
        or take theirs (an edit Ctrl+Z takes back; mine is on the clipboard as well)."""
        from gui.conflicts import keep_mine, replace_keeping_undo

        meetings = self.ws.services.meetings
        assert self.editing is not None  # the conflict came from saving the point being edited
        if keep_mine(self, conflict, mine=conflict.mine, theirs=conflict.theirs):
            return meetings.update_conclusion_point(point_id=self.editing.id, text=conflict.mine)
        self._loading = True
        try:
            replace_keeping_undo(self.text, conflict.theirs)
        finally:
            self._loading = False
        return dataclasses.replace(self.editing, text=conflict.theirs)

    def _read_points(self) -> None:
        """Numbering after a structural change, as the service gives it."""
        self.ws.refresh(self)
        conclusions = self.ws.meeting.conclusions
        self._show_points(conclusions, keep=self.editing.id if self.editing else None)
        if self.editing is None:
            self.edit(None)

    def submit(self) -> None:
        """Enter: keep this point, start the next one at the same level."""
        if self.ws.read_only:
            return
        if self.editing is None and not clean(self.text.toPlainText(), multiline=True):
            self.message.show_message(self.tr("Điểm kết luận trống nên chưa được lưu."))
            return
        if not self.ws.flush():
            return
        parent = self.editing.parent_id if self.editing else self.new_parent
        self.edit(None, parent=parent)
        self._select_quietly(QModelIndex())
        self.text.setFocus()

    def start_new(self, *, sub: bool) -> None:
        parent = None
        if sub:
            point = self.editing or self.model.point(self.tree.currentIndex())
            if point is None:
                Ask.inform(self, self.tr("Hãy chọn điểm kết luận sẽ chứa ý con."))
                return
            parent = point.parent_id or point.id
        self.edit(None, parent=parent)
        self.text.setFocus()

    # --- structure -----------------------------------------------------------------------------

    def _siblings(self, point: ConclusionRecord) -> list[ConclusionRecord]:
        if point.parent_id is None:
            return list(self.model.points)
        parent = self.model.point(self.model.index_of(point.parent_id))
        return list(parent.children) if parent else []

    def _structure(self, action, **kwargs) -> None:
        self.ws.flush()
        if self.ws.call(action, **kwargs) is not None:
            self._read_points()

    def move_selected(self, step: int) -> None:
        point = self.editing
        if point is None or self.ws.read_only:
            return
        index = [p.id for p in self._siblings(point)].index(point.id) + step
        if 0 <= index < len(self._siblings(point)):
            self._structure(self.ws.services.meetings.move_conclusion_point, point_id=point.id,
                            new_index=index)

    def indent(self) -> None:
        """Make a point a sub-point of the point above it."""
        point = self.editing
        if point is None or point.parent_id is not None or self.ws.read_only:
            return
        siblings = self._siblings(point)
        row = [p.id for p in siblings].index(point.id)
        if row > 0:
            above = siblings[row - 1]
            self._structure(self.ws.services.meetings.move_conclusion_point, point_id=point.id,
                            parent_id=above.id, new_index=len(above.children))

    def outdent(self) -> None:
        """Make a sub-point a point of its own, right after its parent."""
        point = self.editing
        if point is None or point.parent_id is None or self.ws.read_only:
            return
        parent_row = [p.id for p in self.model.points].index(point.parent_id)
        self._structure(self.ws.services.meetings.move_conclusion_point, point_id=point.id,
                        parent_id=None, new_index=parent_row + 1)

    def delete_selected(self) -> None:
        point = self.editing
        if point is None or self.ws.read_only:
            return
        tasks = sum(1 for t in self.tasks.model.rows
                    if t.conclusion_point_id in {point.id, *(c.id for c in point.children)})
        question = self.tr("Xóa điểm kết luận {label}?").format(label=self.point_label(point.id))
        if point.children:
            question += "\n" + self.tr("Các ý con của điểm này cũng bị xóa ({n} ý).").format(
                n=len(point.children))
        if tasks:
            question += "\n" + self.tr("{n} nhiệm vụ giao theo điểm này vẫn được giữ, chỉ không còn "
                                       "gắn với điểm nào.").format(n=tasks)
        if not Ask.confirm(self, question):
            return
        self.ws.autosaver.cancel(SAVE_KEY)
        if self.ws.call(self.ws.services.meetings.delete_conclusion_point, point_id=point.id) is None:
            return
        self.editing = None
        self._read_points()
        self.tasks.load(self.ws.meeting.id)

    # --- tasks ---------------------------------------------------------------------------------

    def create_task(self):
        """The task form, filled with the words selected in the point (or the whole point)."""
        if self.ws.read_only:
            return None
        if not self.ws.flush() or self.editing is None:
            if self.editing is None:
                Ask.inform(self, self.tr("Hãy chọn (hoặc ghi) điểm kết luận để giao nhiệm vụ."))
            return None
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n")
        content = clean(selected or self.editing.text, multiline=True)
        return self.tasks.open_dialog(point_id=self.editing.id, content=content)
