"""The look: Fusion with a light palette and one stylesheet, the same on Windows 10 and 11.

Fusion is used everywhere because native Windows styles draw stylesheet-patched widgets
inconsistently; sizes are in points so Qt's own high-DPI scaling (125%, 150%) keeps them readable.
Keyboard focus is always visible: a blue outline on inputs, lists and buttons.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from resources import ICONS as ICON_DIR

FONT_FAMILIES = ["Segoe UI", "Noto Sans", "Liberation Sans", "DejaVu Sans"]
FONT_POINTS = 10

ACCENT = "#1d4ed8"
ACCENT_SOFT = "#dbe4fb"
WINDOW = "#f4f5f7"
SURFACE = "#ffffff"
BORDER = "#c9ced6"
TEXT = "#1f2933"
MUTED = "#5b6470"
ERROR = "#b42318"

ICONS = ICON_DIR.as_posix()

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {WINDOW}; }}
QListWidget#navigation {{
    background: #e9ecf1; border: none; border-right: 1px solid {BORDER};
    padding: 8px 0; outline: none;
}}
QListWidget#navigation::item {{
    padding: 0 12px; margin: 1px 8px; border-radius: 6px; color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #dde2ea; }}
QListWidget#navigation::item:selected {{
    background: {SURFACE}; color: {ACCENT}; font-weight: 600; border-left: 3px solid {ACCENT};
}}
QListWidget#navigation:focus {{ border-right: 2px solid {ACCENT}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; padding-bottom: 2px; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 4px 6px;
    min-height: 20px;
}}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{ICONS}/arrow-down.svg"); width: 10px; height: 6px; }}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 20px; subcontrol-origin: border; }}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url("{ICONS}/arrow-up.svg"); width: 10px; height: 6px; }}
QSpinBox::down-arrow {{ image: url("{ICONS}/arrow-down.svg"); width: 10px; height: 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {ACCENT}; padding: 3px 5px;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {ERROR}; padding: 3px 5px;
}}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled {{ background: #eef0f3; color: {MUTED}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{
    background: #eef0f3; border: 1px dashed {BORDER};
}}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px;
    padding: 5px 14px; min-height: 20px;
}}
QPushButton:hover {{ background: #eef2fb; border-color: #9aa8c0; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border-color: {ACCENT};
}}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: #1e40af; }}
QPushButton:default:focus, QPushButton[primary="true"]:focus {{ border: 2px solid #0b1f5c; }}
QPushButton:disabled {{ color: #9aa1ab; background: #eef0f3; border-color: #d9dde3; }}
QTableView, QListView {{
    background: {SURFACE}; alternate-background-color: #f7f8fa; border: 1px solid {BORDER};
    border-radius: 4px; gridline-color: #e6e9ee;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QTableView:focus, QListView:focus {{ border: 2px solid {ACCENT}; }}
QHeaderView::section {{
    background: #eef0f4; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #e1e4ea; padding: 5px 8px; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; background: {WINDOW}; top: -1px; }}
QTabBar::tab {{
    background: transparent; padding: 7px 16px; margin-right: 2px;
    border: 1px solid transparent; border-bottom: none;
}}
QTabBar::tab:selected {{
    background: {WINDOW}; border-color: {BORDER}; border-top: 3px solid {ACCENT};
    border-top-left-radius: 4px; border-top-right-radius: 4px; font-weight: 600;
}}
QTabBar::tab:focus {{ color: {ACCENT}; text-decoration: underline; }}
QGroupBox {{
    border: 1px solid {BORDER}; border-radius: 6px; margin-top: 14px; padding: 12px 10px 8px 10px;
    background: {SURFACE};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: 600; }}
QCheckBox:focus {{ color: {ACCENT}; text-decoration: underline; }}
QStatusBar {{ background: #e9ecf1; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 6px; }}
QToolTip {{ background: #fffbe6; color: {TEXT}; border: 1px solid {BORDER}; }}
"""


def app_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINTS)
    return font


def apply_style(app: QApplication) -> None:
    """Give the whole application the program's look (call once, before windows are built)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW, QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f7f8fa", QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.WindowText: TEXT, QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT, QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: TEXT, QPalette.ColorRole.PlaceholderText: "#7b8390",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    app.setFont(app_font())
    app.setStyleSheet(STYLESHEET)
