"""The register's filter bar: search, status, period of the deadline, committee, source
meeting, agency (lead or coordinating). It emits one RegisterFilter whenever a choice changes;
typing waits for a pause (150 ms) so a search is not run on every key."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from core.reports.periods import period_containing
from core.services import Services
from core.status import TaskStatus
from core.text import fold
from gui.date_fields import DateField
from gui.tasks.filters import DONE, OPEN, RegisterFilter
from gui.tasks.icons import status_icon
from gui.i18n import status_text
from gui.widgets import note_long_searches

DEBOUNCE_MS = 150
FOLD_ROLE = Qt.ItemDataRole.UserRole + 10
MEETING_LIMIT = 300  # meetings listed when no committee is chosen (latest first)


class _FoldingCompleter(QCompleter):
    """Completes "so noi" to "Sở Nội vụ": the typed text is folded like the items' names."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


class SearchableCombo(QComboBox):
    """A combo box of names (first item: "all") in which typing without marks finds a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        completer = _FoldingCompleter(self.items, self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._restore_text)  # type: ignore[union-attr]  # editable: it has one

    def fill(self, first: str, entries: list[tuple[int, str]]) -> None:
        keep = self.currentData()
        self.blockSignals(True)
        self.items.clear()
        for value, name in [(None, first), *entries]:
            item = QStandardItem(name)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setData(fold(name), FOLD_ROLE)
            item.setToolTip(name)
            self.items.appendRow(item)
        index = self.findData(keep) if keep is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def select(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def _restore_text(self) -> None:
        """Text typed that names nothing goes back to the chosen item's name."""
        if self.currentText() != self.itemText(self.currentIndex()):
            found = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
            self.setCurrentIndex(found if found >= 0 else self.currentIndex())
            self.setEditText(self.itemText(self.currentIndex()))


class HorizontalScroll(QScrollArea):
    """Holds a wide row of controls: as tall as its content, scrolled sideways only when the
    window is too narrow for it (the register stays usable on a small screen)."""

    if TYPE_CHECKING:
        def widget(self) -> QWidget: ...  # the content, set in __init__


    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        content = self.widget().minimumSizeHint()
        height = max(content.height(), self.widget().sizeHint().height())
        if content.width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()


class FilterBar(QWidget):
    changed = Signal(object)  # RegisterFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.services: Services | None = None
        self._extra: tuple = ()
        self._note = ""
        self._quiet = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Tìm theo nội dung, cơ quan (gõ không dấu cũng được)"))
        self.search.setAccessibleName(tr("Tìm nhiệm vụ"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        note_long_searches(self.search)
        self.search.returnPressed.connect(self._emit_now)

        self.status = QComboBox()
        self.status.setAccessibleName(tr("Trạng thái"))
        # Item data are plain strings ("open", "overdue"…): Qt compares them, not tuples.
        self.status.addItem(tr("Mọi trạng thái"), "")
        self.status.addItem(tr("Chưa hoàn thành"), ",".join(OPEN))
        for status in (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.REGULAR,
                       TaskStatus.DONE_LATE, TaskStatus.DONE_ON_TIME):
            self.status.addItem(status_icon(status), status_text(status.label), status.value)
        self.status.addItem(tr("Đã hoàn thành"), ",".join(DONE))

        self.period = QComboBox()
        self.period.setAccessibleName(tr("Thời hạn"))
        for text, key in ((tr("Mọi thời hạn"), "all"), (tr("Hạn trong tuần này"), "week"),
                          (tr("Hạn trong tháng này"), "month"), (tr("Hạn trong quý này"), "quarter"),
                          (tr("Đã quá hạn"), "overdue"), (tr("Đến hạn trong 7 ngày tới"), "soon"),
                          (tr("Chọn khoảng ngày…"), "dates"),
                          (tr("Đã đôn đốc, vẫn quá hạn"), "chased")):
            self.period.addItem(text, key)
        month = period_containing("month", dt.date.today())
        self.due_from = self._date_edit(month.start, tr("Hạn từ ngày"))
        self.due_to = self._date_edit(month.end, tr("Hạn đến ngày"))
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(tr("từ")))
        dates.addWidget(self.due_from)
        dates.addWidget(QLabel(tr("đến")))
        dates.addWidget(self.due_to)
        self.dates.hide()

        self.committee = QComboBox()
        self.committee.setAccessibleName(tr("Ban"))
        self.meeting = SearchableCombo()
        self.meeting.setAccessibleName(tr("Cuộc họp giao nhiệm vụ"))
        self.agency = SearchableCombo()
        self.agency.setAccessibleName(tr("Cơ quan chủ trì hoặc phối hợp"))
        self.lead_only = QCheckBox(tr("Chỉ cơ quan chủ trì"))
        self.clear_button = QPushButton(tr("Bỏ mọi bộ lọc"))
        self.clear_button.clicked.connect(lambda: self.set_filter(RegisterFilter()))
        for combo in (self.status, self.period, self.committee, self.meeting, self.agency):
            # Narrow when the window is: the list that drops down still shows whole names.
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._widen_popup(self.status)
        self._widen_popup(self.period)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self._labelled(tr("Trạng thái:"), self.status), 2)
        top.addWidget(self._labelled(tr("Thời hạn:"), self.period), 2)
        top.addWidget(self.dates)
        grid.addLayout(top, 0, 0, 1, 5)
        grid.addWidget(self._labelled(tr("Ban:"), self.committee), 1, 0)
        grid.addWidget(self._labelled(tr("Cuộc họp:"), self.meeting), 1, 1)
        grid.addWidget(self._labelled(tr("Cơ quan:"), self.agency), 1, 2)
        grid.addWidget(self.lead_only, 1, 3)
        grid.addWidget(self.clear_button, 1, 4, alignment=Qt.AlignmentFlag.AlignRight)
        for column, stretch in enumerate((3, 3, 3, 0, 0)):
            grid.setColumnStretch(column, stretch)

        self.status.currentIndexChanged.connect(self._emit_now)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.due_from.value_changed.connect(lambda _d: self.timer.start())
        self.due_to.value_changed.connect(lambda _d: self.timer.start())
        self.committee.currentIndexChanged.connect(self._committee_changed)
        self.meeting.currentIndexChanged.connect(self._emit_now)
        self.agency.currentIndexChanged.connect(self._emit_now)
        self.lead_only.toggled.connect(self._emit_now)

    # --- filling -------------------------------------------------------------------------------
    def populate(self, services) -> None:
        """Committees, agencies and meetings of the open database (choices kept if still there)."""
        self.services = services
        self._quiet = True
        try:
            keep = self.committee.currentData()
            self.committee.clear()
            self.committee.addItem(self.tr("Mọi ban"), None)
            for c in services.committees.list(include_inactive=True):
                self.committee.addItem(c.name, c.id)
                self.committee.setItemData(self.committee.count() - 1, c.name,
                                           Qt.ItemDataRole.ToolTipRole)
            self.committee.setCurrentIndex(max(self.committee.findData(keep), 0))
            self.agency.fill(self.tr("Mọi cơ quan"), [
                (a.id, a.name) for a in services.agencies.list(include_inactive=True)])
            self._fill_meetings()
            for combo in (self.committee, self.agency):
                self._widen_popup(combo)
        finally:
            self._quiet = False

    def _fill_meetings(self) -> None:
        if self.services is None:
            return
        committee = self.committee.currentData()
        meetings = self.services.meetings.list(
            committee_id=committee, limit=None if committee is not None else MEETING_LIMIT)
        self.meeting.fill(self.tr("Mọi cuộc họp"), [
            (mt.id, f"{mt.starts_at:%d/%m/%Y} · {mt.title}") for mt in meetings])
        self._widen_popup(self.meeting)

    # --- reading and setting -----------------------------------------------------------------
    def current(self) -> RegisterFilter:
        period = self.period.currentData()
        return RegisterFilter(
            committee_id=self.committee.currentData(), meeting_id=self.meeting.currentData(),
            agency_id=self.agency.currentData(), lead_only=self.lead_only.isChecked(),
            statuses=tuple(x for x in (self.status.currentData() or "").split(",") if x),
            period=period,
            due_from=self.due_from.last_read() if period == "dates" else None,
            due_to=self.due_to.last_read() if period == "dates" else None,
            search=self.search.text(), extra=self._extra, note=self._note)

    def set_filter(self, chosen: RegisterFilter) -> None:
        """Show ``chosen`` in the widgets, then announce it once."""
        self._quiet = True
        try:
            self.search.setText(chosen.search)
            self.timer.stop()
            self.status.setCurrentIndex(max(self.status.findData(",".join(chosen.statuses)), 0))
            self.period.setCurrentIndex(max(self.period.findData(chosen.period), 0))
            self.dates.setVisible(chosen.period == "dates")
            if chosen.due_from:
                self.due_from.set_date(chosen.due_from)
            if chosen.due_to:
                self.due_to.set_date(chosen.due_to)
            self.committee.setCurrentIndex(max(self.committee.findData(chosen.committee_id), 0))
            self._fill_meetings()
            self.meeting.select(chosen.meeting_id)
            self.agency.select(chosen.agency_id)
            self.lead_only.setChecked(chosen.lead_only)
            self._extra, self._note = chosen.extra, chosen.note
        finally:
            self._quiet = False
        self._emit()

    def drop_extra(self) -> None:
        """Forget the filters the bar cannot show (the overview's number), keep the rest."""
        self._extra, self._note = (), ""
        self._emit()

    # --- inside ----------------------------------------------------------------------------
    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget, 1)
        return box

    def _date_edit(self, value: dt.date, name: str) -> DateField:
        edit = DateField(value, compact=True)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _widen_popup(combo: QComboBox) -> None:
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def _period_changed(self) -> None:
        self.dates.setVisible(self.period.currentData() == "dates")
        self._emit_now()

    def _committee_changed(self) -> None:
        if self._quiet:
            return
        self._quiet = True
        try:
            self._fill_meetings()
            self.meeting.select(None)
        finally:
            self._quiet = False
        self._emit_now()

    def _emit_now(self) -> None:
        self.timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())

