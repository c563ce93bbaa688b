"""The per-agency chart of the overview (Qt Charts, loaded only when the chart is first shown).

Bars per lead agency (the agencies with the most overdue work): done on time, done late,
overdue. Built to read printed in black and white: each series has its own fill pattern (solid,
diagonal hatching, cross hatching) with a black outline, and every bar carries its value;
colour only helps on screen.
"""
from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from core.reports.model import Summary
from core.status import TaskStatus

MAX_LEADS = 8
NAME_CHARS = 26
# (measure, pattern, colour): distinct in grey as well as in colour.
SERIES = (
    ("done_on_time", Qt.BrushStyle.SolidPattern, TaskStatus.DONE_ON_TIME.colour),
    ("done_late", Qt.BrushStyle.BDiagPattern, TaskStatus.DONE_LATE.colour),
    ("overdue", Qt.BrushStyle.DiagCrossPattern, TaskStatus.OVERDUE.colour),
)


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1].rstrip() + "…"


class LeadChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Biểu đồ theo cơ quan chủ trì"))
        self.titles = {"done_on_time": self.tr("Hoàn thành đúng hạn"),
                       "done_late": self.tr("Hoàn thành quá hạn"),
                       "overdue": self.tr("Quá hạn chưa hoàn thành")}
        self.names: list[str] = []
        self.values: dict[str, list[int]] = {}
        self.setMinimumHeight(260)

    def show_summary(self, summary: Summary) -> None:
        """The agencies with the most overdue and late work, most first (top down)."""
        leads = sorted((lead for lead in summary.by_lead
                        if lead.counts.overdue or lead.counts.done),
                       key=lambda lead: (lead.counts.overdue, lead.counts.done_late,
                                         lead.counts.done), reverse=True)[:MAX_LEADS]
        self.names = [lead.name for lead in leads]
        self.values = {m: [getattr(lead.counts, m) for lead in leads] for m, _, _ in SERIES}
        chart = QChart()
        chart.setBackgroundBrush(QBrush(QColor("white")))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QBarSeries()
        for measure, pattern, colour in SERIES:
            bars = QBarSet(self.titles[measure])
            bars.append([float(v) for v in self.values[measure]])
            bars.setBrush(QBrush(QColor(colour), pattern))
            bars.setPen(QPen(QColor("black"), 1))
            bars.setLabelColor(QColor("black"))
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(name) for name in self.names] or [""])
        font = QFont()
        font.setPointSizeF(8.5)
        categories.setLabelsFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        top = max([v for vs in self.values.values() for v in vs] or [0])
        step = max(1, math.ceil(top / 4))  # whole numbers of tasks, four or five ticks
        ticks = max(1, math.ceil(top * 1.15 / step))
        axis.setRange(0, step * ticks)
        axis.setTickCount(ticks + 1)
        axis.setLabelFormat("%d")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        if not leads:
            chart.setTitle(self.tr("Không có nhiệm vụ hoàn thành hay quá hạn trong kỳ."))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
