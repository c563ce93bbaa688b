"""The first page: what is late, what falls due in the next seven days, the next meetings and
the meetings whose minutes or notice are not issued; then, for a chosen period, the work of
each lead agency as a table and a chart. Every number opens the register on its tasks."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import AppError
from core.reports.periods import Period, period_containing
from core.services.overview import Today
from core.services.reports import lead_filters
from core.status import TaskStatus
from gui.operations import Changes
from gui.date_fields import DateField
from gui.dialogs import error_text
from gui.pages import Page
from gui.pages.setup_steps import SetupSteps
from gui.tasks.filters import RegisterFilter
from gui.tasks.lead_table import LeadTableModel
from gui.tasks.overview_parts import Card, ShortList
from gui.i18n import period_text, word_text

if TYPE_CHECKING:
    from core.reports.model import Summary
    from gui.pages.tasks import TasksPage
    from gui.tasks.lead_chart import LeadChart

LEADS_TAB = 1  # the tab of the table per lead agency
RELOAD_ON = ("tasks", "meetings", "agencies", "committees", "people", "settings")


class OverviewPage(Page):
    def __init__(self, window) -> None:
        super().__init__(window)
        tr = self.tr
        self.today: Today | None = None
        self.summary: Summary | None = None
        self.chart: LeadChart | None = None
        self._leads_stale = True

        self.committee = QComboBox()
        self.committee.setAccessibleName(tr("Ban"))
        self.committee.currentIndexChanged.connect(self.reload)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(tr("Ban:")))
        top.addWidget(self.committee)
        self.remind_button = QPushButton(tr("Đôn đốc…"))
        self.remind_button.setToolTip(tr("Công văn đôn đốc các cơ quan chủ trì có nhiệm vụ quá hạn"))
        self.remind_button.clicked.connect(self.open_reminders)
        top.addWidget(self.remind_button)

        self.overdue_card = Card(tr("nhiệm vụ quá hạn chưa hoàn thành"), TaskStatus.OVERDUE.colour)
        self.soon_card = Card(tr("nhiệm vụ đến hạn trong 7 ngày tới"), "#B26A00")
        self.meetings_card = Card(tr("cuộc họp sắp tới"), TaskStatus.IN_PROGRESS.colour)
        self.undocumented_card = Card(tr("cuộc họp chưa ban hành biên bản hoặc thông báo"),
                                      TaskStatus.REGULAR.colour)
        self.overdue_card.clicked.connect(self.open_overdue)
        self.soon_card.clicked.connect(self.open_due_soon)
        self.meetings_card.clicked.connect(self.open_meetings)
        self.undocumented_card.clicked.connect(self.open_meetings)
        cards = QHBoxLayout()
        for card in (self.overdue_card, self.soon_card, self.meetings_card, self.undocumented_card):
            cards.addWidget(card, 1)

        self.overdue_list = ShortList(tr("Quá hạn gần đây nhất"), self.open_task, self.open_overdue)
        self.soon_list = ShortList(tr("Sắp đến hạn"), self.open_task, self.open_due_soon)
        self.meetings_list = ShortList(tr("Cuộc họp sắp tới"), self.open_meeting, self.open_meetings)
        self.undocumented_list = ShortList(tr("Chưa ban hành biên bản, thông báo kết luận"),
                                           self.open_meeting, self.open_meetings)
        lists = QWidget()
        grid = QGridLayout(lists)
        grid.addWidget(self.overdue_list, 0, 0)
        grid.addWidget(self.soon_list, 0, 1)
        grid.addWidget(self.meetings_list, 1, 0)
        grid.addWidget(self.undocumented_list, 1, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(lists, tr("Việc cần theo dõi"))
        self.tabs.addTab(self._build_leads(), tr("Theo cơ quan chủ trì"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.board = QWidget()
        layout = QVBoxLayout(self.board)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        # A data file with no committee yet shows the steps that set it up instead.
        self.setup = SetupSteps(window)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.board)
        QVBoxLayout(self).addWidget(self.stack)

    @property
    def marks(self) -> dict:
        """The set-up steps' marks (✓ done, ○ to do)."""
        return self.setup.marks

    def _build_leads(self) -> QWidget:
        tr = self.tr
        self.period = QComboBox()
        self.period.setAccessibleName(tr("Kỳ"))
        for text, key in ((tr("Tháng này"), "month"), (tr("Quý này"), "quarter"),
                          (tr("6 tháng này"), "half"), (tr("Năm nay"), "year"),
                          (tr("Khoảng ngày"), "dates")):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(1)
        today = dt.date.today()
        quarter = period_containing("quarter", today)
        self.start, self.end = DateField(quarter.start, compact=True), DateField(quarter.end, compact=True)
        for edit, name in ((self.start, tr("Từ ngày")), (self.end, tr("Đến ngày"))):
            edit.setAccessibleName(name)
            edit.value_changed.connect(lambda _d: self.reload_leads())
            edit.setVisible(False)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.report_button = QPushButton(tr("Lập báo cáo…"))
        self.report_button.clicked.connect(self.open_report_dialog)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Kỳ:")))
        controls.addWidget(self.period)
        controls.addWidget(self.start)
        controls.addWidget(self.end)
        controls.addWidget(self.period_label, 1)
        controls.addWidget(self.report_button)

        self.leads = LeadTableModel(self)
        self.lead_view = QTableView()
        self.lead_view.setModel(self.leads)
        self.lead_view.setAccessibleName(tr("Kết quả theo cơ quan chủ trì"))
        self.lead_view.verticalHeader().hide()
        self.lead_view.setSortingEnabled(True)
        self.lead_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.lead_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.lead_view.clicked.connect(self._lead_clicked)
        self.lead_view.activated.connect(self._lead_clicked)
        self.lead_view.setWordWrap(True)
        header = self.lead_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Number columns as wide as their two-line heading or a large number, fixed up front:
        # fitting them to the contents would read every one of thousands of rows.
        metrics = self.lead_view.fontMetrics()
        for column in range(1, 7):
            number = max(metrics.horizontalAdvance(t) for t in ("100,0 %", "000.000")) + 24
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # the heading as the header draws it (its font, padding, sort arrow), not its rows
            header.resizeSection(column, max(header.sectionSizeFromContents(column).width(), number))
        self.chart_holder = QWidget()
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.lead_view)
        self.split.addWidget(self.chart_holder)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(controls)
        layout.addWidget(self.split, 1)
        return box

    # --- page ----------------------------------------------------------------------------------
    def set_services(self, services) -> None:
        self.services = services
        self.committee.blockSignals(True)
        keep = self.committee.currentData()
        self.committee.clear()
        self.committee.addItem(self.tr("Mọi ban"), None)
        for c in services.committees.list():
            self.committee.addItem(c.name, c.id)
        self.committee.setCurrentIndex(max(self.committee.findData(keep), 0))
        self.committee.blockSignals(False)
        self.reload()

    def data_changed(self, changes: Changes) -> None:
        if changes.committees and self.services is not None:
            self.set_services(self.services)
        elif changes.any(*RELOAD_ON) or changes.meeting_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.services is None:
            return
        ready = self.setup.reload(self.services)
        self.stack.setCurrentWidget(self.board if ready else self.setup)
        today = dt.date.today()
        self.heading.setText(self.tr("Hôm nay, {date}").format(date=f"{today:%d/%m/%Y}"))
        committee = self.committee.currentData()
        self.today = self.services.overview.today(committee_id=committee, today=today)
        self._show_today(self.today)
        self.reload_leads()

    def reload_leads(self) -> None:
        """Count the period's work per lead agency; only when its tab is shown (at 500,000
        tasks the counting is the slowest part of the page)."""
        if self.services is None:
            return
        try:
            period = self.chosen_period()
        except AppError as exc:  # dates the wrong way round: said until they are fixed
            self.period_label.setText(error_text(exc))
            return
        if self.tabs.currentIndex() != LEADS_TAB:
            self._leads_stale = True
            return
        self._leads_stale = False
        self.summary = self.services.reports.summary(
            committee_id=self.committee.currentData(), start=period.start, end=period.end)
        self.period_label.setText(self.tr("{label}, tính đến ngày {date}").format(
            label=period_text(period)[:1].upper() + period_text(period)[1:], date=f"{self.summary.as_of:%d/%m/%Y}"))
        self.leads.set_summary(self.summary)
        if self.chart is not None:
            self.chart.show_summary(self.summary)

    def chosen_period(self) -> Period:
        kind = self.period.currentData()
        if kind == "dates":
            start, end = self.start.last_read(), self.end.last_read()
            assert start is not None and end is not None  # both fields start with a date and keep the last read
            return Period(start, end)
        return period_containing(kind, dt.date.today())

    # --- opening what a number counts --------------------------------------------------------
    def open_register(self, query: dict, note: str):
        return cast("TasksPage", self.window_.show_page("tasks")).show_filtered(RegisterFilter.from_query(query, note=note))

    def open_overdue(self):
        return self.open_register(Today.overdue_filters(self.committee.currentData()), "")

    def open_due_soon(self):
        return self.open_register(Today.due_soon_filters(self.committee.currentData()),
                                  self.tr("đến hạn trong 7 ngày tới"))

    def open_number(self, row: int, column: int):
        """The register on the tasks counted in a cell of the per-agency table."""
        assert self.summary is not None  # numbers are shown only with their summary
        lead = self.leads.lead_at(row)
        measure = self.leads.measure_at(column)
        who = lead.name if lead is not None else self.tr("mọi cơ quan")
        if measure is None:
            if lead is None:
                return None
            return self.open_register({**lead.filters, **self._scope()}, lead.name)
        query = lead_filters(measure, self.summary, lead)
        note = self.tr("{who}: {what}, {period}").format(
            who=who, what=self.leads.headings[column].lower(), period=period_text(self.summary.period))
        return self.open_register(query, note)

    def open_task(self, task_id) -> None:
        if task_id is not None:
            cast("TasksPage", self.window_.pages["tasks"]).open_task(task_id)

    def open_meeting(self, _meeting_id) -> None:
        self.open_meetings()

    def open_meetings(self) -> None:
        self.window_.show_page("meetings")

    def open_report_dialog(self):
        from gui.tasks.report_dialog import ReportDialog

        dialog = ReportDialog(self.window_, committee_id=self.committee.currentData(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_reminders(self):
        from gui.exchange.reminders import open_reminders

        dialog = open_reminders(self, self.window_.services,
                                committee_id=self.committee.currentData())
        return dialog

    # --- inside ----------------------------------------------------------------------------
    def _scope(self) -> dict:
        committee = self.committee.currentData()
        return {} if committee is None else {"committee_id": committee}

    def _show_today(self, now: Today) -> None:
        tr = self.tr
        self.overdue_card.set_value(now.overdue_count)
        self.soon_card.set_value(now.due_soon_count)
        self.meetings_card.set_value(now.next_meeting_count)
        self.undocumented_card.set_value(now.undocumented_count)
        self.overdue_list.show_lines([
            (tr("{content} — {lead}, quá hạn {n} ngày").format(
                content=_short(t.content), lead=t.lead_name, n=(now.today - t.due_date).days),  # type: ignore[operator]  # an overdue task has its deadline
             t.id, t.content) for t in now.overdue], now.overdue_count,
            tr("Không có nhiệm vụ quá hạn."))
        self.soon_list.show_lines([
            (tr("{content} — {lead}, hạn {date}").format(
                content=_short(t.content), lead=t.lead_name, date=f"{t.due_date:%d/%m/%Y}"),
             t.id, t.content) for t in now.due_soon], now.due_soon_count,
            tr("Không có nhiệm vụ đến hạn trong 7 ngày tới."))
        self.meetings_list.show_lines([
            (f"{m.starts_at:%d/%m/%Y %H:%M} · {m.committee_abbreviation or m.committee_name} · "
             f"{m.title}", m.id, m.title) for m in now.next_meetings], now.next_meeting_count,
            tr("Chưa có cuộc họp nào sắp tới."))
        self.undocumented_list.show_lines([
            (tr("{date} · {title} — chưa có: {missing}").format(
                date=f"{x.meeting.starts_at:%d/%m/%Y}", title=x.meeting.title,
                missing=", ".join(map(word_text, x.missing))), x.meeting.id, x.meeting.title)
            for x in now.undocumented], now.undocumented_count,
            tr("Mọi cuộc họp đã có biên bản và thông báo kết luận."))

    def _lead_clicked(self, index) -> None:
        if index.isValid() and index.column() != 6:
            self.open_number(index.row(), index.column())

    def _period_changed(self) -> None:
        dates = self.period.currentData() == "dates"
        self.start.setVisible(dates)
        self.end.setVisible(dates)
        self.reload_leads()

    def _tab_changed(self, index: int) -> None:
        if index != LEADS_TAB:
            return
        if self._leads_stale:
            self.reload_leads()
        if self.chart is None:
            self._make_chart()

    def _make_chart(self) -> None:
        from gui.tasks.lead_chart import LeadChart  # Qt Charts: loaded only when shown

        self.chart = LeadChart()
        self.chart_holder.layout().addWidget(self.chart)  # type: ignore[union-attr]  # made with its layout
        height = max(self.split.height(), 400)
        self.split.setSizes([height // 2, height - height // 2])
        if self.summary is not None:
            self.chart.show_summary(self.summary)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
