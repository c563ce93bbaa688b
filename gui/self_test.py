"""``--self-test``: run everything the program loads at run time once, on a throw-away database.

What IT runs on a new PC and CI runs on the built bundle: a bundle that starts can still lack a
template, a translation or a Qt plug-in that only the first document or dialog needs. Each step
prints one line; the last line is ``self-test: N steps ok`` (exit 0) or the first failure (exit 1).
It never touches the user's data or settings: everything lives in a temporary folder (or in
``--out DIR``, kept for a look), and the window is drawn offscreen unless a platform is given.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

VIETNAMESE_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]")
A4_WIDTH_MM = 210


class SelfTestFailure(Exception):
    """A step found something wrong (as opposed to crashing)."""


@dataclass
class Context:
    work: Path
    out: Path
    db_path: Path = field(init=False)
    window: Any = None  # the MainWindow, once opened
    meeting_id: int = 0
    committee_id: int = 0

    def __post_init__(self) -> None:
        self.db_path = self.work / "tu-kiem-tra.sqlite"

    @property
    def services(self):
        return self.window.services


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# -- steps --------------------------------------------------------------------------------------

def step_translations(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from gui.i18n import install_translators

    install_translators("en")
    english = QCoreApplication.translate("App", "Thư ký Ban Chỉ đạo")
    _check(english != "Thư ký Ban Chỉ đạo" and not VIETNAMESE_LETTERS.search(english),
           f"the English translation was not loaded ({english!r})")
    install_translators("vi")
    qt_button = ("QDialogButtonBox", "Cancel")  # a string of Qt's own, translated by qt_vi
    cancel = QCoreApplication.translate(*qt_button)
    _check(cancel != "Cancel", "Qt's standard buttons have no Vietnamese translation")
    return f"English {english!r}, Vietnamese {cancel!r}"


def step_icons(ctx: Context) -> str:
    from PySide6.QtGui import QIcon, QImageReader

    from resources import ICONS

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _check("svg" in formats, "Qt cannot read SVG images (imageformats plug-in missing)")
    for name in ("app.svg", "arrow-down.svg"):
        _check(not QIcon(str(ICONS / name)).pixmap(32, 32).isNull(), f"icon {name} did not load")
    return "svg, app icon, arrows"


def step_database(ctx: Context) -> str:
    from core.demo import build_demo
    from core.messages import render

    return render(build_demo(ctx.db_path))


def step_window(ctx: Context) -> str:
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    window = MainWindow()
    ctx.window = window
    window.open_database(ctx.db_path)
    window.show()
    QApplication.processEvents()
    for key in list(window.pages):
        window.show_page(key)
        QApplication.processEvents()
    _check(window.services is not None, "the database did not open in the window")
    return f"{len(window.pages)} pages"


def step_meeting(ctx: Context) -> str:
    from PySide6.QtWidgets import QApplication

    meetings = [m for m in ctx.services.meetings.list() if m.status != "planned"]
    _check(bool(meetings), "the demo database has no meeting that was held")
    meeting = max(meetings, key=lambda m: m.starts_at)
    ctx.meeting_id, ctx.committee_id = meeting.id, meeting.committee_id
    workspace = ctx.window.pages["meetings"].open_meeting(meeting.id)
    _check(workspace is not None, "the meeting did not open")
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    return f"{meeting.title[:50]!r}, {workspace.tabs.count()} tabs"


def step_chart(ctx: Context) -> str:
    from gui.tasks.lead_chart import LeadChart

    year = dt.date.today().year
    summary = ctx.services.reports.summary(start=dt.date(2000, 1, 1), end=dt.date(year, 12, 31),
                                           committee_id=ctx.committee_id)
    chart = LeadChart()
    chart.show_summary(summary)
    chart.deleteLater()
    return f"{summary.total.assigned} tasks charted"


def _read_docx(path: Path, heading: str) -> str:
    from docx import Document

    document = Document(str(path))
    width_mm = document.sections[0].page_width.mm  # type: ignore[union-attr]  # a new document's page has its width
    _check(abs(width_mm - A4_WIDTH_MM) < 1, f"{path.name}: page is {width_mm:.0f} mm wide, not A4")
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    _check(any(heading in text for text in texts), f"{path.name}: no heading {heading!r}")
    return f"A4, {heading!r}, {len(document.paragraphs)} paragraphs"


def _document_step(kind: str, heading: str) -> Callable[[Context], str]:
    def step(ctx: Context) -> str:
        path, issued = ctx.services.documents.write(
            meeting_id=ctx.meeting_id, kind=kind, path=ctx.out / f"{kind}.docx")
        return f"{path.name}: {_read_docx(path, heading)}, số {issued.number:02d}"

    step.__name__ = f"step_{kind}"
    return step


def step_task_list(ctx: Context) -> str:
    from openpyxl import load_workbook

    from core.services.exports import ExportService

    result = ExportService(ctx.services.db).task_list(path=ctx.out / "nhiem-vu.xlsx",
                                            filters={"committee_id": ctx.committee_id})
    book = load_workbook(result.paths[0], read_only=True)
    sheet = book.worksheets[0]
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    book.close()
    _check(any("BẢNG THEO DÕI NHIỆM VỤ" in v for v in cells), "task list: no title")
    _check(result.rows > 0, "task list: no task rows")
    return f"{result.paths[0].name}: {result.rows} tasks"


def step_report(ctx: Context) -> str:
    from openpyxl import load_workbook

    start, end = dt.date(2000, 1, 1), dt.date(dt.date.today().year, 12, 31)
    written = []
    for suffix in (".docx", ".xlsx"):
        path = ctx.services.reports.write(committee_id=ctx.committee_id, start=start, end=end,
                                          path=ctx.out / f"bao-cao{suffix}")
        written.append(path)
    detail = _read_docx(written[0], "BÁO CÁO")
    book = load_workbook(written[1], read_only=True)
    sheets = book.sheetnames
    book.close()
    _check(len(sheets) >= 1, "report workbook has no sheet")
    return f"{detail}; Excel sheets {', '.join(sheets)}"


def step_close(ctx: Context) -> str:
    from PySide6.QtWidgets import QApplication

    ctx.window.close()
    QApplication.processEvents()
    _check(ctx.window.db is None, "the database was not closed with the window")
    return "window closed, database released"


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("translations", step_translations),
    ("icons", step_icons),
    ("database", step_database),
    ("window", step_window),
    ("meeting", step_meeting),
    ("chart", step_chart),
    ("minutes", _document_step("minutes", "BIÊN BẢN")),
    ("notice", _document_step("notice", "THÔNG BÁO")),
    ("invitation", _document_step("invitation", "GIẤY MỜI")),
    ("task list", step_task_list),
    ("report", step_report),
    ("close", step_close),
)


def run_steps(ctx: Context, out=None) -> int:
    """Run every step in order, stopping at the first failure; return the exit code."""
    out = out or sys.stdout
    for number, (name, step) in enumerate(STEPS, 1):
        started = time.perf_counter()
        try:
            detail = step(ctx)
        except Exception as exc:  # a step that crashes is a failure to report, not a crash
            print(f"FAILED {number:2d} {name}: {type(exc).__name__}: {exc}", file=out)
            traceback.print_exc(file=out)
            print(f"self-test: failed at step {number} ({name})", file=out)
            return 1
        ms = (time.perf_counter() - started) * 1000
        print(f"ok     {number:2d} {name} ({ms:.0f} ms): {detail}", file=out, flush=True)
    print(f"self-test: {len(STEPS)} steps ok", file=out)
    return 0


# What the offscreen platform cannot do (size hints, raising windows): not a fault of the program.
OFFSCREEN_NOTICES = ("This plugin does not support",)


def _quiet_offscreen_notices() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOTICES):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_self_test(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ThuKyBCD --self-test")
    parser.add_argument("--out", type=Path, default=None,
                        help="thư mục giữ lại các tệp đã ghi (mặc định: thư mục tạm, xóa sau)")
    options = parser.parse_args(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="thuky-self-test-") as tmp:
        work = (options.out or Path(tmp)).absolute()
        work.mkdir(parents=True, exist_ok=True)
        if options.out is not None and any(work.iterdir()):
            print(f"self-test: {work} is not empty; choose an empty or new folder", file=sys.stderr)
            return 2
        # The run's own settings and log, never the user's.
        os.environ["THUKY_DATA_DIR"] = str(work / "settings")
        from PySide6.QtWidgets import QApplication

        from core import APP_NAME
        from core.logs import setup_logging
        from core.version import version

        _quiet_offscreen_notices()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setApplicationName(APP_NAME)
        print(f"self-test of {APP_NAME} {version()} in {work}", flush=True)
        ctx = Context(work=work, out=work)
        setup_logging(ctx.db_path)
        return run_steps(ctx)
