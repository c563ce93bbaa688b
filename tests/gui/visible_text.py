"""Every word of the program a user can see in a widget tree: labels, buttons, titles, tabs,
menus, table headers, placeholders, tooltips, accessible names. Item texts of widgets marked
with ``dataValues`` (names, roles: the user's data) are left out."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from resources import I18N

VIETNAMESE_LETTERS = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
# Qt's own words that must never show in the Vietnamese interface.
QT_ENGLISH = {
    "OK", "&OK", "Cancel", "&Cancel", "Yes", "&Yes", "No", "&No", "Save", "&Save", "Save All",
    "Close", "&Close", "Apply", "Discard", "Don't Save", "Reset", "Restore Defaults", "Help",
    "Open", "&Open", "Abort", "Retry", "Ignore", "Yes to &All", "N&o to All", "Select All",
    "&Select All", "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "&Delete", "&Step up",
    "Step &down", "Previous Month", "Next Month", "Today", "Show Details...", "Hide Details...",
    "Look in:", "File &name:", "Files of type:", "&Choose", "Choose", "Back", "Forward",
    "Parent Directory", "Create New Folder", "List View", "Detail View", "Name", "Size", "Type",
    "Date Modified",
}


def _html_free(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text)


def _menu_texts(menu: QMenu | QMenuBar, where: str) -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        found.append((where, action.text().split("\t")[0]))
        if action.menu() is not None:
            found.extend(_menu_texts(action.menu(), where))
    return found


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """The texts of one widget (not of its children)."""
    where = f"{type(widget).__name__} {widget.objectName()}".strip()
    data = bool(widget.property("dataValues"))
    texts = [widget.toolTip(), widget.accessibleName()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel) and not data:
        texts.append(_html_free(widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i)]
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        if widget.lineEdit() is not None:
            texts.append(widget.lineEdit().placeholderText())
        if not data:
            texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QAbstractSpinBox):
        texts.append(widget.specialValueText())
    if isinstance(widget, QListWidget) and not data:
        texts += [widget.item(i).text() for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(model.columnCount())]
    found = [(where, t) for t in texts if t and t.strip()]
    if isinstance(widget, (QMenuBar, QMenu)):
        found += _menu_texts(widget, where)
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """The texts of ``root`` and everything inside it, shown or on another tab or page."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += widget_texts(widget)
    return found


def translated_sources() -> set[str]:
    """Vietnamese source strings that have an English translation differing from them."""
    tree = ET.parse(I18N / "thuky_en.ts")
    return {m.findtext("source") for m in tree.iter("message")
            if (m.findtext("translation") or "") != m.findtext("source")}


def untranslated_in_english(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    sources = translated_sources()
    return [(where, text) for where, text in texts
            if VIETNAMESE_LETTERS.search(text) or text in sources]


def english_in_vietnamese(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if text.strip() in QT_ENGLISH]
