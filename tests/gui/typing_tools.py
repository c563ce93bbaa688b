"""How Vietnamese typing tools deliver text to a widget, replayed key by key.

- Unikey / EVKey (precomposed Unicode): the bare letter arrives first; each tone or vowel mark
  typed after it arrives as a Backspace and the new letter ("hoa" + f: Backspace, "à").
- The same tools set to combining Unicode ("Unicode tổ hợp"): the new letter arrives as the bare
  letter followed by its combining marks, so the field holds decomposed text (NFD).
- The Windows Telex keyboard (an input method): the word being composed is a preedit shown in
  the field but not yet part of its text, then committed whole when the word ends.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

TOOLS = ("unikey", "unikey-combining", "telex")


def _send_text(widget, text: str) -> None:
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text=char))


def _backspace(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier))


def _bare(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)).replace(
        "đ", "d").replace("Đ", "D")


def replay(widget, text: str, tool: str) -> None:
    """Type ``text`` into ``widget`` as ``tool`` would deliver it."""
    if tool == "telex":
        words = text.split(" ")
        for number, word in enumerate(words):
            composed = ""
            for char in word:  # the preedit grows letter by letter, then the marks appear
                composed += _bare(char)
                QApplication.sendEvent(widget, QInputMethodEvent(composed, []))
            if composed != word:
                QApplication.sendEvent(widget, QInputMethodEvent(word, []))
            commit = QInputMethodEvent("", [])
            commit.setCommitString(word)
            QApplication.sendEvent(widget, commit)
            if number < len(words) - 1:
                _send_text(widget, " ")
        return
    for char in text:
        bare = _bare(char)
        _send_text(widget, bare)
        if bare != char:
            _backspace(widget)
            _send_text(widget, unicodedata.normalize("NFD", char) if tool == "unikey-combining" else char)
