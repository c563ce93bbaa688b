"""Start-up behaviour of the window program: unexpected errors, a second copy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def test_unexpected_error_is_logged_and_the_user_told_where(qtbot, db_path, monkeypatch):
    from core.logs import setup_logging
    from gui.app import install_excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    log_path = setup_logging(db_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("lỗi thử nghiệm")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert str(log_path) in shown[0]
    assert "vẫn được lưu" in shown[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "lỗi thử nghiệm" in logged


def test_second_copy_is_told_the_file_is_in_use(qtbot, db_path, monkeypatch):
    from core.db import open_database
    from gui import app

    warnings = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    first = open_database(db_path)
    try:
        assert app.run_gui(["--db", str(db_path)]) == 2
    finally:
        first.close()
    assert len(warnings) == 1 and "đang được mở" in warnings[0]


def test_start_up_stays_light(tmp_path):
    """Opening the window on an existing file loads neither the document and spreadsheet
    libraries, nor the migrations, nor Qt Charts: they load when first used."""
    from core.db import open_database

    open_database(tmp_path / "x.sqlite").close()
    heavy = ["docx", "openpyxl", "alembic", "PySide6.QtCharts"]
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from gui.main_window import MainWindow; w = MainWindow(); "
            f"w.open_database(r'{tmp_path / 'x.sqlite'}'); w.show(); app.processEvents(); "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    env = {"QT_QPA_PLATFORM": "offscreen", "THUKY_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], env=env, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr
