"""The interface words for stored codes (statuses, kinds), translatable like every other string.

The core keeps the Vietnamese labels for documents and messages; these are the same words as
the window shows them, so an English interface can say "Planned" while the minutes stay Vietnamese.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "MeetingLabels"

MEETING_STATUS = {
    "planned": QT_TRANSLATE_NOOP("MeetingLabels", "Dự kiến"),
    "held": QT_TRANSLATE_NOOP("MeetingLabels", "Đã họp"),
    "finalised": QT_TRANSLATE_NOOP("MeetingLabels", "Đã chốt biên bản"),
}
ATTENDANCE_STATUS = {
    "invited": QT_TRANSLATE_NOOP("MeetingLabels", "Chưa điểm danh"),
    "present": QT_TRANSLATE_NOOP("MeetingLabels", "Có mặt"),
    "absent": QT_TRANSLATE_NOOP("MeetingLabels", "Vắng mặt"),
    "substituted": QT_TRANSLATE_NOOP("MeetingLabels", "Dự thay"),
}
# Data, not interface: these words are stored and printed in the minutes and the invitation,
# which are Vietnamese whatever language the window speaks. Not translated.
MEETING_KINDS = ("Phiên họp định kỳ", "Hội nghị giao ban", "Buổi làm việc", "Họp đột xuất", "Hội nghị")
FOLLOW_UP_TITLE = "Kiểm điểm việc thực hiện kết luận"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def meeting_status(status: str) -> str:
    return tr(str(MEETING_STATUS.get(status, status)))


def attendance_status(status: str) -> str:
    return tr(str(ATTENDANCE_STATUS.get(status, status)))


def minutes_text(minutes: int) -> str:
    """75 → "75 phút (1 giờ 15 phút)"."""
    translate = QCoreApplication.translate
    if minutes < 60:
        return translate("MeetingLabels", "{n} phút").format(n=minutes)
    hours, rest = divmod(minutes, 60)
    spelled = (translate("MeetingLabels", "{h} giờ {m} phút").format(h=hours, m=rest) if rest
               else translate("MeetingLabels", "{h} giờ").format(h=hours))
    return translate("MeetingLabels", "{n} phút ({spelled})").format(n=minutes, spelled=spelled)


def when_text(starts_at: dt.datetime, ends_at: dt.datetime | None) -> str:
    """"08:00–10:30 ngày 11/06/2020"."""
    hours = f"{starts_at:%H:%M}" + (f"–{ends_at:%H:%M}" if ends_at else "")
    return QCoreApplication.translate("MeetingLabels", "{hours} ngày {day}").format(
        hours=hours, day=f"{starts_at:%d/%m/%Y}")


def local_time(utc: dt.datetime) -> dt.datetime:
    """Event times are stored in UTC; people read them in the PC's time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
