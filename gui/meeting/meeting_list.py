"""The meetings list: filter by committee, year and status; search titles, opinions and
conclusions without diacritics; open, copy, delete.

Filters and search run in the database (a committee may have 2,000 meetings, the file 50,000).
What is typed in the search box first narrows the rows already shown, at once, then the database
search (which also looks inside opinions and conclusions) replaces them 250 ms after typing stops.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services import Services
from core.services.meeting_records import MeetingRecord
from gui.meeting import labels
from gui.meeting.widgets import on_keys, record_table, selected_row
from gui.meeting.record_model import RecordListModel, SourceSortProxy
from gui.models import Column
from gui.widgets import note_long_searches

SEARCH_DELAY_MS = 250
SHOWN = 2500  # rows read at most; narrowing by committee, year or words reads the rest


class MeetingList(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    copy_requested = Signal(int)
    delete_requested = Signal(object)  # MeetingRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.services: Services | None = None
        self.model = RecordListModel([
            Column(tr("Ngày"), lambda r: f"{r.starts_at:%d/%m/%Y}", sort=lambda r: (r.starts_at, r.id)),
            Column(tr("Ban"), lambda r: r.committee_name),
            Column(tr("Cuộc họp"), lambda r: r.title),
            Column(tr("Loại"), lambda r: r.kind),
            Column(tr("Tình trạng"), lambda r: labels.meeting_status(r.status)),
        ], self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = record_table(self.proxy, name=tr("Danh sách cuộc họp"))
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the service's order
        self.table.setSortingEnabled(True)
        width = self.table.fontMetrics().horizontalAdvance
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        for column, sample in enumerate(("00/00/0000", "Tiểu ban Tuyên truyền và Phục vụ",
                                         "", "Hội nghị giao ban", "Đã chốt biên bản")):
            if sample:
                header.resizeSection(column, width(sample) + 24)
        self.committee = QComboBox()
        self.committee.setAccessibleName(tr("Lọc theo ban"))
        self.year = QComboBox()
        self.year.setAccessibleName(tr("Lọc theo năm"))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Lọc theo tình trạng"))
        self.status.addItem(tr("Mọi tình trạng"), None)
        for code in ("planned", "held", "finalised"):
            self.status.addItem(labels.meeting_status(code), code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Tìm trong tên, ý kiến, kết luận (gõ không dấu cũng được)"))
        self.search.setAccessibleName(tr("Tìm cuộc họp"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(tr("Cuộc họp &mới… (Ctrl+N)"))
        self.open_button = QPushButton(tr("Mở (Enter)"))
        self.copy_button = QPushButton(tr("Tạo &bản sao…"))
        self.delete_button = QPushButton(tr("Xóa…"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.committee, 2)
        filters.addWidget(self.year)
        filters.addWidget(self.status)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.copy_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._search_typed)
        note_long_searches(self.search)
        self._search_timer.timeout.connect(self.reload)
        for combo in (self.committee, self.year, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.committee.currentIndexChanged.connect(lambda _i: self._fill_years())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        on_keys(self.table, "Return", self.open_selected)
        on_keys(self.table, "Enter", self.open_selected)
        on_keys(self.table, "Delete", self._delete_selected)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self._copy_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self._filling = False
        self._enable()

    # --- data ----------------------------------------------------------------------------------

    def set_services(self, services) -> None:
        self.services = services
        self._filling = True
        try:
            self.search.clear()
            self.status.setCurrentIndex(0)
            self.committee.clear()
        finally:
            self._filling = False
        self.fill_committees()
        self.reload()

    def fill_committees(self) -> None:
        """The committee filter, keeping the chosen committee if it is still there."""
        chosen = self.committee.currentData()
        self._filling = True
        try:
            self.committee.clear()
            self.committee.addItem(self.tr("Tất cả các ban"), None)
            for committee in self.services.committees.list(include_inactive=True) if self.services else []:
                self.committee.addItem(committee.name, committee.id)
            self.committee.setCurrentIndex(max(0, self.committee.findData(chosen)))
        finally:
            self._filling = False
        self._fill_years()

    def _fill_years(self) -> None:
        chosen = self.year.currentData()
        self._filling = True
        try:
            self.year.clear()
            self.year.addItem(self.tr("Mọi năm"), None)
            for year in self.services.meetings.years(committee_id=self.committee.currentData()) \
                    if self.services else []:
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        finally:
            self._filling = False

    def filters(self) -> dict:
        return {"committee_id": self.committee.currentData(), "year": self.year.currentData(),
                "status": self.status.currentData(), "search": self.search.text()}

    def reload(self) -> None:
        if self._filling:
            return
        self._search_timer.stop()
        current = self.current()
        rows = self.services.meetings.list(**self.filters(), limit=SHOWN + 1) if self.services else []
        more = len(rows) > SHOWN
        rows = rows[:SHOWN]
        self.model.set_rows(rows)
        self.proxy.set_search("")  # the database has searched; nothing more to narrow
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (0, Qt.SortOrder.DescendingOrder):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.count_label.setText(
            self.tr("{n} cuộc họp gần nhất; chọn ban, năm hoặc gõ từ cần tìm để xem các cuộc họp "
                    "khác").format(n=f"{SHOWN:,}".replace(",", ".")) if more
            else self.tr("{n} cuộc họp").format(n=len(rows)))
        if current is not None:
            self.select(current.id)
        elif rows:
            self.table.selectRow(0)
        self._enable()

    def _search_typed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._search_timer.start()

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0 and not any(self.filters().values())

    # --- selection -----------------------------------------------------------------------------

    def current(self) -> MeetingRecord | None:
        row = selected_row(self.table)
        if row is None:
            return None
        return self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def select(self, meeting_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            record = self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if record.id == meeting_id:
                self.table.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        record = self.current()
        if record is not None:
            self.open_requested.emit(record.id)

    def _copy_selected(self) -> None:
        record = self.current()
        if record is not None:
            self.copy_requested.emit(record.id)

    def _delete_selected(self) -> None:
        record = self.current()
        if record is not None:
            self.delete_requested.emit(record)
