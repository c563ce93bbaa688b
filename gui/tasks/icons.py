"""Small icons drawn once: a status dot in the status's strong colour, and the flag of a task
due within seven days. Drawn, not shipped, so they follow the status colours of core.status."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from core.status import TaskStatus

SIZE = 16
FLAG_COLOUR = "#B26A00"  # dark amber: reads on white and on every status fill


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_icon(status: TaskStatus) -> QIcon:
    """A dot; done statuses get a white tick, late ones an exclamation bar, so the icon reads
    without colour too."""
    pixmap, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(status.colour)))
    p.drawEllipse(QRectF(2, 2, SIZE - 4, SIZE - 4))
    p.setPen(QPen(QColor("white"), 2))
    if status.is_done:
        p.drawPolyline([QPointF(5, 8.5), QPointF(7.2, 10.8), QPointF(11, 5.5)])
    elif status in (TaskStatus.OVERDUE,):
        p.drawLine(QPointF(8, 4.5), QPointF(8, 9))
        p.drawPoint(QPointF(8, 11.5))
    p.end()
    return QIcon(pixmap)


@cache
def due_soon_icon() -> QIcon:
    pixmap, p = _canvas()
    p.setPen(QPen(QColor(FLAG_COLOUR), 1.6))
    p.drawLine(QPointF(3.5, 2), QPointF(3.5, 14.5))
    flag = QPainterPath(QPointF(4, 2.5))
    flag.lineTo(13.5, 5)
    flag.lineTo(4, 8.5)
    flag.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(FLAG_COLOUR)))
    p.drawPath(flag)
    p.end()
    return QIcon(pixmap)
