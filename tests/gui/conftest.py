"""GUI fixtures: the real main window over a real temporary database, modal dialogs answered."""
from __future__ import annotations

import pytest


@pytest.fixture
def answers(monkeypatch):
    """Answers for the program's modal questions; records what was asked or shown.

    ``answers["forms"]`` is a queue of fillers, one per form dialog the program opens: each gets
    the dialog, fills its fields as a user would, and the dialog is then saved (a filler that
    returns False cancels instead). Every dialog opened is kept in ``answers["dialogs"]``.
    """
    from gui.dialogs import Ask

    state = {"confirm": True, "text": None, "asked": [], "warnings": [], "info": [],
             "forms": [], "dialogs": []}

    def confirm(cls, parent, text, **_kw):
        state["asked"].append(text)
        answer = state["confirm"]
        return answer.pop(0) if isinstance(answer, list) else answer

    def ask_text(cls, parent, label, **_kw):
        state["asked"].append(label)
        return state["text"]

    def form(cls, dialog):
        state["dialogs"].append(dialog)
        if not state["forms"]:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}: {dialog.windowTitle()}")
        if state["forms"].pop(0)(dialog) is False:
            dialog.reject()
            return False
        return dialog.submit()

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    monkeypatch.setattr(Ask, "text", classmethod(ask_text))
    monkeypatch.setattr(Ask, "form", classmethod(form))
    monkeypatch.setattr(Ask, "warn", classmethod(lambda cls, p, t, **k: state["warnings"].append(t)))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, **k: state["info"].append(t)))
    return state


@pytest.fixture
def make_window(qtbot, answers, qapp):
    """Build main windows in a language (the style applied, as the program does at start-up)."""
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.style import STYLESHEET, apply_style

    if qapp.styleSheet() != STYLESHEET:  # once: restyling repolishes every widget alive
        apply_style(qapp)
    made = []

    def build(path, language: str = "vi"):
        from core.paths import is_server_url

        install_translators(language)
        win = MainWindow()
        qtbot.addWidget(win)
        if is_server_url(path):
            win.open_server(path)
        else:
            win.open_database(path)
        win.show()
        made.append(win)
        return win

    yield build
    for win in made:
        win.close()
        win.deleteLater()
    install_translators("vi")


@pytest.fixture
def window(make_window, request):
    """The main window on a fresh database: an SQLite file, or, when the tests run on
    PostgreSQL (tests/engines.py), a fresh server database for a test that does not reach for
    the data file itself (``db_path``)."""
    from tests.engines import ON_PG

    if ON_PG and "db_path" not in request.fixturenames:
        databases = request.getfixturevalue("pg_databases")
        databases.drop_pending()
        url = databases.new_url()
        request.addfinalizer(lambda: databases.drop_later(url))
        return make_window(url.render_as_string(hide_password=False))
    return make_window(request.getfixturevalue("db_path"))


def press(qtbot, window, key, modifier=None):
    """A key press where the focus is, as the user's keyboard would send it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)
