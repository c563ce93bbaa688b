"""Typing one opinion at a time, live: the speaker (a few letters of the name, no diacritics),
what they said, Enter for the next.

A new opinion becomes a stored row at its first autosave once its speaker is known; until then
(text typed before the speaker was picked) it is kept as a draft on disk, so a power cut loses
nothing either way.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError, EditConflict
from core.services.drafts import opinion_draft_key
from core.services.meeting_records import OpinionRecord
from core.text import clean
from gui.dialogs import Ask, error_text
from gui.i18n import value_text
from gui.meeting.pick import Choice, PickField
from gui.meeting.widgets import FieldMessage, TextEditor

SAVE_KEY = "opinion.edit"
ROW, SUBSTITUTE = "row", "substitute"


class DraftKept(AppError):
    """Not an opinion yet: kept as a draft until the speaker is picked."""

    code = "draft_kept"

    def message(self) -> str:
        return self.values["text"]


class OpinionEditor(QWidget):
    saved = Signal(object, bool)     # OpinionRecord, created
    finished = Signal()              # Enter: this opinion is done, start the next
    editing_changed = Signal(object)  # the OpinionRecord now in the form, or None

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        tr = self.tr
        self.editing: OpinionRecord | None = None
        self.bucket: int | None = None  # the agenda item a new opinion goes under
        self._speaker_dirty = False
        self._loading = False
        self.speaker = PickField(free_text=True)
        self.speaker.setAccessibleName(tr("Người phát biểu"))
        self.speaker.setPlaceholderText(tr("Người phát biểu: gõ vài chữ, Enter"))
        self.speaker.setToolTip(tr("Gõ vài chữ của tên, không cần dấu (ví dụ «phuc»), rồi Enter. "
                                   "Người không có trong danh sách mời được ghi là khách mời."))
        self.speaker_note = QLabel()
        self.clock_button = QToolButton()
        self.clock_button.setText(tr("Bấm giờ"))
        self.clock_button.setCheckable(True)
        self.clock_button.setToolTip(tr("Đo thời gian phát biểu của từng người"))
        self.clock_label = QLabel()
        self.text = TextEditor(submit_on_enter=True)
        self.text.setAccessibleName(tr("Nội dung ý kiến"))
        self.text.setPlaceholderText(tr("Nội dung ý kiến. Enter: lưu và nhập ý kiến tiếp theo; "
                                        "Shift+Enter: xuống dòng."))
        self.next_button = QPushButton(tr("Lưu, nhập ý kiến tiếp (Enter)"))
        self.new_button = QPushButton(tr("Ý kiến mới (Ctrl+N)"))
        self.message = FieldMessage()
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_clock)

        speaker_row = QHBoxLayout()  # the clock sits with the speaker it times
        speaker_row.addWidget(self.speaker, 2)
        speaker_row.addWidget(self.clock_button)
        speaker_row.addWidget(self.clock_label)
        speaker_row.addWidget(self.speaker_note, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(speaker_row)
        column.addWidget(self.text, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)

        self.speaker.picked.connect(self._speaker_picked)
        self.speaker.textEdited.connect(lambda _t: self._speaker_typed())
        self.text.textChanged.connect(self._text_changed)
        self.text.submitted.connect(self.submit)
        self.text.focus_lost.connect(self.ws.flush)
        self.next_button.clicked.connect(self.submit)
        self.new_button.clicked.connect(self.start_new)
        self.clock_button.toggled.connect(self._clock_toggled)

    # --- what is shown ------------------------------------------------------------------------

    def set_speakers(self, choices: list[Choice]) -> None:
        self.speaker.set_choices(choices)

    def edit(self, opinion: OpinionRecord | None) -> None:
        """Show ``opinion`` for editing (None: an empty form for a new one)."""
        self.ws.flush()
        self.editing = opinion
        self._speaker_dirty = False
        self._stop_clock()
        self._loading = True
        try:
            if opinion is None:
                self.speaker.set_choice(None)
                self.text.setPlainText("")
            else:
                self.speaker.set_choice(self._choice_for(opinion), text=opinion.speaker_name)
                self.text.set_text_keeping_undo(opinion.text)
        finally:
            self._loading = False
        self.message.clear_message()
        self._show_speaker_note()
        self.editing_changed.emit(opinion)

    def restore_draft(self, draft: dict) -> None:
        """Put back what was being typed before the program stopped."""
        self._loading = True
        try:
            self.editing = None
            self.bucket = draft.get("agenda_item_id")
            self.speaker.set_choice(None, text=draft.get("speaker", ""))
            self.text.setPlainText(draft.get("text", ""))
        finally:
            self._loading = False
        self.message.show_message(self.tr(
            "Đã khôi phục ý kiến đang nhập dở. Hãy chọn người phát biểu để lưu thành ý kiến."))

    def _choice_for(self, opinion: OpinionRecord) -> Choice | None:
        for choice in self.speaker.model_.choices:
            kind, row = choice.value
            if opinion.speaker_id is not None and kind == ROW and row.person_id == opinion.speaker_id:
                return choice
        return next((c for c in self.speaker.model_.choices if c.label == opinion.speaker_name), None)

    def _show_speaker_note(self) -> None:
        choice = self.speaker.choice
        if choice is not None:
            kind, row = choice.value
            position = row.substitute_position if kind == SUBSTITUTE else row.position
            guest = not row.is_member
            note = position or ""
        else:
            guest = bool(self.speaker.text().strip())
            note = ""
        if self.editing is not None and not self._speaker_dirty:
            guest = self.editing.is_guest
            note = self.editing.speaker_position or note
        if guest:
            note = (note + " · " if note else "") + self.tr("khách mời")
        self.speaker_note.setText(note)

    # --- saving --------------------------------------------------------------------------------

    def _speaker_typed(self) -> None:
        self._speaker_dirty = True

    def _speaker_picked(self, choice: Choice | None) -> None:
        self._speaker_dirty = True
        self._show_speaker_note()
        if self.clock_button.isChecked() and self.editing is None:
            self._start_clock()
        if self.editing is not None or self.text.toPlainText().strip():
            self._schedule()
        self.text.setFocus()

    def _text_changed(self) -> None:
        if not self._loading and not self.ws.read_only:
            self._schedule()

    def _schedule(self) -> None:
        self.ws.autosave(SAVE_KEY, self._save, self.message)

    def _speaker_args(self) -> dict:
        choice = self.speaker.choice
        if choice is None:
            return {"speaker_id": None, "speaker_name": self.speaker.text()}
        kind, row = choice.value
        if kind == ROW and row.person_id is not None:
            return {"speaker_id": row.person_id}
        return {"speaker_id": None, "speaker_name": choice.label}

    def _save(self, *, duration: int | None = None) -> None:
        text = self.text.toPlainText()
        meetings = self.ws.services.meetings
        if self.editing is None:
            if not clean(text, multiline=True):
                self._clear_draft()
                return
            if not clean(self.speaker.text()):
                self.ws.services.drafts.save(name=opinion_draft_key(self.ws.meeting.id), value={
                    "speaker": self.speaker.text(), "text": text, "agenda_item_id": self.bucket})
                raise DraftKept(text=self.tr(
                    "Chưa chọn người phát biểu: ý kiến được giữ tạm, chưa vào biên bản. Hãy gõ "
                    "tên người phát biểu rồi nhấn Enter."))
            record = meetings.add_opinion(meeting_id=self.ws.meeting.id, text=text,
                                          agenda_item_id=self.bucket, duration_seconds=duration,
                                          **self._speaker_args())
            self.editing = record
            self._speaker_dirty = False
            self._clear_draft()
            self.saved.emit(record, True)
        else:
            changes: dict = {"text": text}
            if self._speaker_dirty:
                changes.update(self._speaker_args())
            if duration is not None:
                changes["duration_seconds"] = duration
            try:
                record = meetings.update_opinion(opinion_id=self.editing.id,
                                                 expected_version=self.editing.version, **changes)
            except EditConflict as conflict:
                record = self._settle(conflict, changes)
            self.editing = record
            self._speaker_dirty = False
            self.saved.emit(record, False)
        self._show_speaker_note()

    def _settle(self, conflict: EditConflict, changes: dict) -> OpinionRecord:
        """Someone else saved this opinion since it was opened: the user keeps theirs (saved
        over the other) or takes the other; what they typed stays in the undo history and on
        the clipboard either way."""
        assert self.editing is not None  # a conflict comes from saving an opinion being edited
        meetings = self.ws.services.meetings
        question = self.tr(
            "{problem}\n\nBản của bạn:\n{mine}\n\nBản của {who}:\n{theirs}\n\n"
            "Giữ bản của bạn? Chọn «Không» để lấy bản của {who}; bản của bạn được chép vào "
            "bộ nhớ tạm (Ctrl+V) và Ctrl+Z trong ô ý kiến cũng đưa lại.").format(
            problem=error_text(conflict), mine=conflict.mine, theirs=conflict.theirs,
            who=value_text(conflict.values.get("who", "")))
        QApplication.clipboard().setText(conflict.mine)
        if Ask.confirm(self, question):
            return meetings.update_opinion(opinion_id=self.editing.id,
                                           expected_version=conflict.version, **changes)
        theirs = meetings.get_opinion(opinion_id=self.editing.id)
        self._loading = True
        try:
            self.text.set_text_keeping_undo(theirs.text)
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        finally:
            self._loading = False
        return theirs

    def _clear_draft(self) -> None:
        if self.ws.services.drafts.get(name=opinion_draft_key(self.ws.meeting.id)) is not None:
            self.ws.services.drafts.clear(name=opinion_draft_key(self.ws.meeting.id))

    def submit(self) -> bool:
        """Enter: store this opinion now and start the next one. Nothing moves on while what
        was typed cannot be stored (the message says why)."""
        if self.ws.read_only:
            return False
        if self.editing is None and not clean(self.text.toPlainText(), multiline=True):
            self.message.show_message(self.tr("Ý kiến trống nên chưa được lưu. Hãy gõ nội dung "
                                              "ý kiến rồi nhấn Enter."))
            return False
        duration = self._elapsed()
        if duration is not None:
            self.ws.autosave(SAVE_KEY, lambda: self._save(duration=duration), self.message)
        elif not self.ws.autosaver.is_pending(SAVE_KEY) and (self.editing is None or self._speaker_dirty):
            self._schedule()
        if not self.ws.flush():
            if not clean(self.speaker.text()):
                self.speaker.setFocus()
            return False
        self.finished.emit()
        self.start_new()
        return True

    def start_new(self) -> None:
        """An empty form, or the draft left unfinished (typed before its speaker was picked)."""
        self.edit(None)
        draft = self.ws.services.drafts.get(name=opinion_draft_key(self.ws.meeting.id))
        if draft and draft.get("text"):
            self.restore_draft(draft)
        self.speaker.setFocus()

    # --- clock ---------------------------------------------------------------------------------

    def _clock_toggled(self, on: bool) -> None:
        if on and self.speaker.choice is not None:
            self._start_clock()
        elif not on:
            self._stop_clock()

    def _start_clock(self) -> None:
        self._clock.start()
        self._tick.start()
        self._show_clock()

    def _stop_clock(self) -> None:
        self._tick.stop()
        self._clock.invalidate()
        self.clock_label.clear()

    def _elapsed(self) -> int | None:
        if not self._clock.isValid():
            return None
        return max(1, round(self._clock.elapsed() / 1000))

    def _show_clock(self) -> None:
        seconds = self._elapsed() or 0
        self.clock_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def set_read_only(self, read_only: bool) -> None:
        self.speaker.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        for widget in (self.next_button, self.new_button, self.clock_button):
            widget.setEnabled(not read_only)

