"""Dates and times typed as people type them, the one way every date and time is entered.

QDateEdit/QTimeEdit edit one section at a time: after a click, typing 15/3/2023 gives another
date with no warning. Here the whole text is read (15/03/2023, 15/3/2023, 15/3/23, 15032023;
7:30, 07:30, 730), the date read is said next to the field ("→ thứ Tư, 15/03/2023"), a text
that cannot be read is said under it, and the text itself is never replaced by another date.
A calendar button (or Alt+↓, F4) opens a month to click in.
"""
from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.text import tidy
from core.validate import read_date, read_time
from resources import ICONS


class _TypedLine(QLineEdit):
    """The text box inside a date or time field: Alt+↓ or F4 opens the calendar."""

    popup_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.popup_requested.emit()
            return
        super().keyPressEvent(event)


class TypedField(QWidget):
    """A text box, what was read from it on its right, and a message under it."""

    textEdited = Signal(str)  # like QLineEdit's, so forms treat it as one
    editingFinished = Signal()
    value_changed = Signal(object)  # the value read (None when blank), after each change that reads

    placeholder = ""
    width_chars = 12
    extra_width = 30

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 messages: bool = True, compact: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.compact = compact  # in a row of filters: what was read and what is wrong go in the tooltip
        self.edit = _TypedLine()
        self.edit.setPlaceholderText(self.placeholder_text())
        sample = "8" * self.width_chars  # the widest digits, plus padding, frame and the calendar button
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance(sample) + self.extra_width)
        self.readback = QLabel()
        self.readback.setProperty("role", "hint")
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._messages = messages and not compact
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit)
        row.addWidget(self.readback)
        if not compact:
            row.addStretch(1)
        self.readback.setVisible(not compact)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._last: object = self.value()
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)

    # --- what subclasses say ------------------------------------------------------------------

    def placeholder_text(self) -> str:
        return ""

    def read(self, text: str) -> object:
        raise NotImplementedError

    def shown(self, value: object) -> str:
        raise NotImplementedError

    def said(self, value: object) -> str:
        """The read-back: what the program understood."""
        raise NotImplementedError

    def unreadable(self) -> str:
        raise NotImplementedError

    # --- the field -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._refresh()
        self._last = self.value()

    def clear(self) -> None:
        self.setText("")

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> object:
        """What the text reads as; None when blank or unreadable (see :meth:`is_valid`)."""
        text = self.edit.text().strip()
        return self.read(text) if text else None

    def is_valid(self) -> bool:
        """Blank (when optional) or readable."""
        text = self.edit.text().strip()
        return (self.optional if not text else self.read(text) is not None)

    def leave_messages_to_form(self) -> None:
        """In a :class:`gui.forms.Form`, whose own line under the field says what is wrong."""
        self._messages = False
        self.optional = True
        self.message.hide()

    def set_value(self, value: object) -> None:
        self.setText(self.shown(value) if value is not None else "")

    def _typed(self, text: str) -> None:
        if tidy(text) != text:
            self.edit.setText(tidy(text))
        self._refresh(typing=True)
        self.textEdited.emit(self.edit.text())
        self._announce()

    def _finished(self) -> None:
        value = self.value()
        if value is not None and self.edit.text() != self.shown(value):
            self.edit.setText(self.shown(value))  # 15/3/23 becomes 15/03/2023 once left
        self._refresh()
        self._announce()
        self.editingFinished.emit()

    def last_read(self) -> object:
        """The last value the text read as (a field being retyped still has one)."""
        return self._last

    def _announce(self) -> None:
        text = self.edit.text().strip()
        value = self.value()
        if (value is not None or (not text and self.optional)) and value != self._last:
            self._last = value
            self.value_changed.emit(value)

    def _refresh(self, *, typing: bool = False) -> None:
        text = self.edit.text().strip()
        value = self.read(text) if text else None
        self.readback.setText(self.said(value) if value is not None else "")
        problem = ""
        if text and value is None:
            problem = self.unreadable()
        elif not text and not self.optional and not typing:
            problem = self.unreadable()
        self.edit.setProperty("invalid", bool(problem))
        self.edit.setStyleSheet("border: 2px solid #b42318;" if problem else "")
        self.edit.setToolTip(problem or (self.readback.text() if self.compact else ""))
        if self._messages:
            self.message.setText(problem)
            self.message.setVisible(bool(problem))


class DateField(TypedField):
    """A date: ``date()`` is the date read, or None (blank or unreadable)."""

    width_chars = 10
    extra_width = 62

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, messages: bool = True, compact: bool = False) -> None:
        super().__init__(parent, optional=optional, messages=messages, compact=compact)
        self._calendar: QCalendarWidget | None = None
        action = self.edit.addAction(QIcon(str(ICONS / "calendar.svg")),
                                     QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Chọn trên lịch (Alt+↓)"))
        action.triggered.connect(self.show_calendar)
        self.edit.popup_requested.connect(self.show_calendar)
        self.set_date(value)

    def placeholder_text(self) -> str:
        return self.tr("ngày/tháng/năm")

    def read(self, text: str) -> dt.date | None:
        return read_date(text)

    def shown(self, value: object) -> str:
        return f"{value:%d/%m/%Y}"

    def said(self, value: object) -> str:
        assert isinstance(value, dt.date)  # what read() gives
        weekdays = (self.tr("thứ Hai"), self.tr("thứ Ba"), self.tr("thứ Tư"), self.tr("thứ Năm"),
                    self.tr("thứ Sáu"), self.tr("thứ Bảy"), self.tr("Chủ nhật"))
        return f"→ {weekdays[value.weekday()]}, {value:%d/%m/%Y}"

    def unreadable(self) -> str:
        return self.tr("Chưa đọc được ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/3/2026 hoặc 15032026.")

    def value(self) -> dt.date | None:
        return cast("dt.date | None", super().value())  # what read() gives

    def last_read(self) -> dt.date | None:
        return cast("dt.date | None", super().last_read())

    def date(self) -> dt.date | None:
        return self.value()

    def set_date(self, value: dt.date | QDate | None) -> None:
        if isinstance(value, QDate):
            value = cast("dt.date", value.toPython())
        if isinstance(value, dt.datetime):
            value = value.date()
        self.set_value(value)

    def calendar(self) -> QCalendarWidget:
        """The month that drops down (made the first time it is asked for)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._calendar

    def show_calendar(self) -> None:
        if self.edit.isReadOnly() or not self.isEnabled():
            return
        self._calendar = self.calendar()
        self._calendar.setSelectedDate(QDate(self.date() or dt.date.today()))  # type: ignore[call-overload]  # PySide6 takes a date; its stubs miss it
        self._calendar.adjustSize()
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar().hide()
        self.edit.setText(self.shown(day.toPython()))
        self._refresh()
        self.edit.setFocus()
        self.textEdited.emit(self.edit.text())
        self._announce()


class TimeField(TypedField):
    """A time of day: ``time()`` is the time read, or None (blank or unreadable)."""

    width_chars = 5

    def __init__(self, value: dt.time | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, messages: bool = True, compact: bool = False) -> None:
        super().__init__(parent, optional=optional, messages=messages, compact=compact)
        self.set_time(value)

    def placeholder_text(self) -> str:
        return self.tr("giờ:phút")

    def read(self, text: str) -> dt.time | None:
        return read_time(text)

    def shown(self, value: object) -> str:
        return f"{value:%H:%M}"

    def said(self, value: object) -> str:
        return "" if self.edit.text().strip() == self.shown(value) else f"→ {value:%H:%M}"

    def unreadable(self) -> str:
        return self.tr("Chưa đọc được giờ. Hãy gõ giờ:phút, ví dụ 7:30, 07:30 hoặc 730.")

    def value(self) -> dt.time | None:
        return cast("dt.time | None", super().value())  # what read() gives

    def time(self) -> dt.time | None:
        return self.value()

    def set_time(self, value: dt.time | None) -> None:
        if value is not None and not isinstance(value, dt.time):
            value = value.toPython()  # a QTime
        self.set_value(value)


def when_row(*widgets: QWidget) -> QWidget:
    """Fields side by side (a date, a start and an end time) with their messages under the row,
    where a sentence has the room to be read."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    column.addLayout(row)
    for widget in widgets:
        if isinstance(widget, TypedField):
            widget.layout().removeWidget(widget.message)  # type: ignore[union-attr]  # a TypedField is made with its layout
            column.addWidget(widget.message)
    return box
