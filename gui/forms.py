"""Forms that check as the user types and say what is wrong next to the field.

A :class:`Form` owns rows of (label, input, error line). Each input may have a check: a core
validator that raises ``ValidationError`` (its return value is ignored), or a function that
raises :class:`Problem` with the sentence; the form shows the sentence, with the field's own
label, under the input as soon as the user has touched it. When the service refuses a save, the
error's ``field`` puts the sentence under the right input. Nothing typed is ever cleared.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.validate import parse_date
from gui.date_fields import TypedField
from gui.dialogs import error_text

Check = Callable[[object], object]
_Widget = TypeVar("_Widget", bound=QWidget)


def plain_label(text: str) -> str:
    """A label's words without the mnemonic '&' and the trailing colon or star."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :*")


def value_of(widget: QWidget) -> object:
    if isinstance(widget, (QLineEdit, TypedField)):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.value()  # type: ignore[attr-defined]  # the forms' spin boxes: QSpinBox, QDoubleSpinBox
    return None


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, (QLineEdit, TypedField)):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentTextChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)


class Problem(Exception):
    """Raised by a form check: the sentence to show under the field, in the user's language."""


def date_required(value: object) -> None:
    """A check for a date that must be given."""
    if parse_date(str(value), field="date", label="") is None:
        raise Problem(QCoreApplication.translate("Forms", "Hãy nhập ngày, ví dụ 15/03/2026."))


def date_optional(value: object) -> None:
    parse_date(str(value), field="date", label="")


@dataclass
class Field:
    name: str
    label: QLabel
    widget: QWidget
    error: QLabel
    check: Check | None = None
    touched: bool = False
    extra: list[QWidget] = field(default_factory=list)

    @property
    def title(self) -> str:
        return plain_label(self.label.text())


class Form(QObject):
    """Rows of a QFormLayout with a check and an error line each."""

    def __init__(self, layout: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self._configured: set[int] = set()
        self._configure(layout)
        self.fields: dict[str, Field] = {}
        self.aliases: dict[str, str] = {}

    def _configure(self, layout: QFormLayout) -> None:
        if id(layout) in self._configured:
            return
        self._configured.add(id(layout))
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.setVerticalSpacing(6)

    def add(self, name: str, label: str, widget: _Widget, *, check: Check | None = None,
            hint: str | None = None, layout: QFormLayout | None = None,
            aliases: tuple[str, ...] = ()) -> _Widget:
        """Add a row; ``label`` carries the mnemonic (``&Tên``) that focuses the input. Rows may
        go into another QFormLayout (a second tab) and still belong to this form. ``aliases``
        are other field names a service may blame for this input."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(plain_label(label))
        widget.setObjectName(name)
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Lỗi: {field}").format(field=plain_label(label)))
        error.hide()
        if isinstance(widget, TypedField):
            widget.leave_messages_to_form()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if widget.maximumWidth() < 2000:  # a narrow input: its notes may still use the full width
            narrow = QHBoxLayout()
            narrow.addWidget(widget)
            narrow.addStretch(1)
            column.addLayout(narrow)
        else:
            column.addWidget(widget)
        item = Field(name, caption, widget, error, check)
        if hint:
            note = QLabel(hint)
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            column.addWidget(note)
            item.extra.append(note)
        column.addWidget(error)
        target = layout or self.layout
        self._configure(target)
        target.addRow(caption, column)
        self.fields[name] = item
        self.aliases.update(dict.fromkeys(aliases, name))
        _on_change(widget, lambda *_args, n=name: self._changed(n))
        return widget

    def value(self, name: str) -> object:
        return value_of(self.fields[name].widget)

    def _changed(self, name: str) -> None:
        item = self.fields[name]
        item.touched = True
        self.check(name)

    def check(self, name: str) -> bool:
        """Run the field's check and show or clear its sentence."""
        item = self.fields[name]
        if item.check is None:
            self.set_error(name, None)
            return True
        try:
            item.check(value_of(item.widget))
        except ValidationError as exc:
            self.set_error(name, error_text(exc, field=item.title))
            return False
        except Problem as problem:
            self.set_error(name, str(problem))
            return False
        self.set_error(name, None)
        return True

    def check_all(self) -> bool:
        """Check every field, show every problem, put the cursor in the first one."""
        bad = [name for name in self.fields if not self.check(name)]
        if bad:
            self.focus(bad[0])
        return not bad

    def focus(self, name: str) -> None:
        """Put the cursor in a field, first showing the tab it is on."""
        widget = self.fields[name].widget
        child, parent = widget, widget.parentWidget()
        while parent is not None:
            tabs = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_error(self, name: str, text: str | None) -> None:
        item = self.fields[name]
        item.error.setText(text or "")
        item.error.setVisible(bool(text))
        item.widget.setProperty("invalid", bool(text))
        item.widget.style().unpolish(item.widget)
        item.widget.style().polish(item.widget)

    def error(self, name: str) -> str:
        return self.fields[name].error.text()

    def place_error(self, exc: ValidationError) -> bool:
        """Show a service's refusal under its field; False when no field of this form is meant."""
        name = self.aliases.get(exc.field or "", exc.field)
        if name not in self.fields:
            return False
        item = self.fields[name]
        self.set_error(name, error_text(exc, field=item.title))
        self.focus(name)
        return True


class FormDialog(QDialog):
    """A dialog around one :class:`Form`: Save checks, calls :meth:`save`, and stays open with
    everything as typed when the check or the service says no."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(18, 16, 18, 14)
        self.outer.setSpacing(10)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.outer.addLayout(form_layout)
        self.general_error = QLabel()
        self.general_error.setProperty("role", "error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_record: Any = None  # the saved record, of the dialog's kind

    def finish_layout(self) -> None:
        """Put the error line and the buttons under whatever the subclass added."""
        self.outer.addWidget(self.general_error)
        self.outer.addWidget(self.buttons)

    def resizeEvent(self, event) -> None:
        """Tabs do not grow for hints that wrap to a second line: make them tall enough for
        the tallest page at this width, so no hint is cut."""
        super().resizeEvent(event)
        for tabs in self.findChildren(QTabWidget):
            layouts = [p.layout() for i in range(tabs.count()) if (p := tabs.widget(i)) is not None]
            width = tabs.currentWidget().width() if tabs.currentWidget() is not None else 0
            if width <= 0:
                continue
            need = max((lay.totalHeightForWidth(width) for lay in layouts
                        if lay is not None and lay.hasHeightForWidth()), default=0)
            extra = tabs.tabBar().sizeHint().height() + 8  # the tab row and the frame
            if need and need + extra > tabs.minimumHeight():
                tabs.setMinimumHeight(need + extra)

    def add_intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", "hint")
        self.outer.insertWidget(0, label)
        return label

    def save(self) -> object:
        """Store what was typed through a service; return the record. Raise AppError to refuse."""
        raise NotImplementedError

    def submit(self) -> bool:
        self.general_error.hide()
        if not self.form.check_all():
            return False
        from gui.operations import FormLines, ops_for

        lines = FormLines(self.form.place_error, _GeneralLine(self.general_error))
        done, record = ops_for(self).attempt(self, self.save, line=lines)
        if not done:
            return False
        self.result_record = record
        if self.result_record is False:  # the subclass asked and the user said no
            return False
        self.accept()
        return True


class _GeneralLine:
    """The form's line above its buttons, for a refusal that names no field of the form."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()

    def clear_message(self) -> None:
        self.label.hide()
