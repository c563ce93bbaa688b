"""Two people saved the same record: say who saved the other version and when, show both, and
let the user keep theirs or take the other. What they typed is never thrown away: it goes on the
clipboard before the question, and taking the other version is an undoable edit of the field."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from core.errors import EditConflict
from gui.dialogs import Ask, error_text
from gui.i18n import value_text


def keep_mine(parent: QWidget | None, conflict: EditConflict, *, mine: str, theirs: str) -> bool:
    """Ask; True: save mine over the other version, False: take the other version."""
    QApplication.clipboard().setText(mine)
    who = value_text(conflict.values.get("who", ""))
    question = QCoreApplication.translate(
        "Conflicts",
        "{problem}\n\nBản của bạn:\n{mine}\n\nBản của {who}:\n{theirs}\n\n"
        "Giữ bản của bạn? Chọn «Không» để lấy bản của {who}; bản của bạn đã được chép vào bộ "
        "nhớ tạm (Ctrl+V), và Ctrl+Z trong ô nội dung cũng đưa lại.").format(
        problem=error_text(conflict), mine=mine, theirs=theirs, who=who)
    return Ask.confirm(parent, question)


def replace_keeping_undo(editor: QPlainTextEdit, text: str) -> None:
    """Put ``text`` in ``editor`` as one edit the user can undo (Ctrl+Z gives theirs back)."""
    if editor.toPlainText() == text:
        return
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    editor.setTextCursor(cursor)
