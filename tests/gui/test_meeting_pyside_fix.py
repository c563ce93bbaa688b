"""A day of typing emits thousands of signals and reads model data thousands of times; the
program must survive them all (PySide6 6.12.0 on Python 3.11 takes a reference to None or True
at each of them: see gui/pyside_fixes.py)."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_many_signals_emitted_from_python_do_not_abort_the_program():
    script = ("import gui\n"
              "from PySide6.QtCore import QAbstractListModel, QObject, Signal\n"
              "from PySide6.QtWidgets import QApplication, QLineEdit\n"
              "app = QApplication([])\n"
              "class A(QObject):\n    s = Signal(str)\n"
              "class M(QAbstractListModel):\n"
              "    def rowCount(self, parent=None): return 1\n"
              "    def data(self, index, role=0): return None\n"
              "a, m, field = A(), M(), QLineEdit()\n"
              "field.textChanged.connect(lambda text: None)\n"
              "for i in range(100_000):\n"
              "    a.s.emit('x')\n"
              "    m.index(0).data()\n"
              "    field.setText(str(i))\n"
              "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
