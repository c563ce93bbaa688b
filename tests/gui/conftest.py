"""GUI fixtures: the real main window over a real temporary database, modal dialogs answered."""
from __future__ import annotations

import pytest


@pytest.fixture
def answers(monkeypatch):
    """Answers for the program's modal questions; records what was asked or shown."""
    from gui.dialogs import Ask

    state = {"confirm": True, "text": None, "asked": [], "warnings": [], "info": []}

    def confirm(cls, parent, text, **_kw):
        state["asked"].append(text)
        return state["confirm"]

    def ask_text(cls, parent, label, **_kw):
        state["asked"].append(label)
        return state["text"]

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    monkeypatch.setattr(Ask, "text", classmethod(ask_text))
    monkeypatch.setattr(Ask, "warn", classmethod(lambda cls, p, t, **k: state["warnings"].append(t)))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, **k: state["info"].append(t)))
    return state


@pytest.fixture
def window(qtbot, db_path, answers):
    from gui.i18n import install_translators
    from gui.main_window import MainWindow

    install_translators("vi")
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_database(db_path)
    win.show()
    yield win
    win.close()
