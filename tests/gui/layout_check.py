"""What a person sees cut off: a label, a button, a tab or a column header whose text is wider
than the room it has (compared with what Qt itself needs to draw it whole)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from gui.meeting.widgets import ElidedLabel

SLACK = 1  # pixels of rounding


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}".strip()


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or isinstance(label, ElidedLabel) or "<" in text:
        return None  # shortens itself with the whole text in its tooltip; rich text
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"label wraps past its height: «{text}»"
        return None
    if label.minimumSizeHint().width() > label.width() + SLACK:
        return f"label cut: «{text}» needs {label.minimumSizeHint().width()}, has {label.width()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if button.sizeHint().width() > button.width() + SLACK:
        return f"button cut: «{button.text()}» needs {button.sizeHint().width()}, has {button.width()}"
    return None


def _header(header: QHeaderView) -> list[str]:
    view = header.parentWidget()
    if header.orientation().name != "Horizontal" or not isinstance(view, QAbstractItemView):
        return []
    model = header.model()
    if model is None:
        return []
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation())
        if not text:
            continue
        need = header.sectionSizeHint(logical)
        if need > header.sectionSize(logical) + SLACK:
            found.append(f"header cut in {view.accessibleName()}: «{text}» needs {need}, "
                         f"has {header.sectionSize(logical)}")
    return found


def _tabs(bar: QTabBar) -> list[str]:
    return [f"tab cut: «{bar.tabText(i)}»" for i in range(bar.count())
            if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + SLACK]


def cut_texts(root: QWidget) -> list[str]:
    """Every text inside ``root`` shown narrower than it needs."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button(widget)
        elif isinstance(widget, QHeaderView):
            found += [f"{root.objectName() or type(root).__name__}: {p}" for p in _header(widget)]
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.fontMetrics().horizontalAdvance(widget.title()) + 30 > widget.width():
                problem = f"group title cut: «{widget.title()}»"
        if problem:
            found.append(f"{_name(widget)}: {problem}")
    return found
