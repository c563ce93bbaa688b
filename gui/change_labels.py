"""Who did what, in words: a recorded change (core.services.change_history) as the histories of
a meeting and a task show it, "Sửa ý kiến: nội dung", with who made it and when."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from core.services.change_history import ChangeRecord

_CONTEXT = "ChangeLabels"

WHAT = {
    "meetings": QT_TRANSLATE_NOOP("ChangeLabels", "thông tin cuộc họp"),
    "meeting_events": QT_TRANSLATE_NOOP("ChangeLabels", "tình trạng cuộc họp"),
    "agenda_items": QT_TRANSLATE_NOOP("ChangeLabels", "nội dung chương trình họp"),
    "attendance": QT_TRANSLATE_NOOP("ChangeLabels", "người dự họp"),
    "opinions": QT_TRANSLATE_NOOP("ChangeLabels", "ý kiến"),
    "conclusion_points": QT_TRANSLATE_NOOP("ChangeLabels", "điểm kết luận"),
    "meeting_materials": QT_TRANSLATE_NOOP("ChangeLabels", "tài liệu"),
    "tasks": QT_TRANSLATE_NOOP("ChangeLabels", "nhiệm vụ"),
    "task_progress": QT_TRANSLATE_NOOP("ChangeLabels", "báo cáo tình hình"),
    "task_deadline_changes": QT_TRANSLATE_NOOP("ChangeLabels", "gia hạn"),
}
ACTION = {
    "create": QT_TRANSLATE_NOOP("ChangeLabels", "Thêm {what}"),
    "update": QT_TRANSLATE_NOOP("ChangeLabels", "Sửa {what}"),
    "delete": QT_TRANSLATE_NOOP("ChangeLabels", "Xóa {what}"),
}
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ChangeLabels", "tên"),
    "kind": QT_TRANSLATE_NOOP("ChangeLabels", "loại"),
    "number": QT_TRANSLATE_NOOP("ChangeLabels", "số"),
    "starts_at": QT_TRANSLATE_NOOP("ChangeLabels", "thời gian"),
    "ends_at": QT_TRANSLATE_NOOP("ChangeLabels", "giờ kết thúc"),
    "place": QT_TRANSLATE_NOOP("ChangeLabels", "địa điểm"),
    "chair_id": QT_TRANSLATE_NOOP("ChangeLabels", "người chủ trì"),
    "secretary_id": QT_TRANSLATE_NOOP("ChangeLabels", "thư ký"),
    "notes": QT_TRANSLATE_NOOP("ChangeLabels", "ghi chú"),
    "status": QT_TRANSLATE_NOOP("ChangeLabels", "tình trạng"),
    "text": QT_TRANSLATE_NOOP("ChangeLabels", "nội dung"),
    "content": QT_TRANSLATE_NOOP("ChangeLabels", "nội dung"),
    "speaker_id": QT_TRANSLATE_NOOP("ChangeLabels", "người phát biểu"),
    "speaker_name": QT_TRANSLATE_NOOP("ChangeLabels", "người phát biểu"),
    "agenda_item_id": QT_TRANSLATE_NOOP("ChangeLabels", "nội dung chương trình"),
    "planned_minutes": QT_TRANSLATE_NOOP("ChangeLabels", "thời lượng"),
    "presenter_text": QT_TRANSLATE_NOOP("ChangeLabels", "người trình bày"),
    "absence_reason": QT_TRANSLATE_NOOP("ChangeLabels", "lý do vắng"),
    "substitute_name": QT_TRANSLATE_NOOP("ChangeLabels", "người dự thay"),
    "deadline_text": QT_TRANSLATE_NOOP("ChangeLabels", "thời hạn"),
    "lead_agency_id": QT_TRANSLATE_NOOP("ChangeLabels", "chủ trì"),
    "lead_person_id": QT_TRANSLATE_NOOP("ChangeLabels", "chủ trì"),
    "completed_on": QT_TRANSLATE_NOOP("ChangeLabels", "ngày hoàn thành"),
    "assigned_on": QT_TRANSLATE_NOOP("ChangeLabels", "ngày giao"),
    "conclusion_point_id": QT_TRANSLATE_NOOP("ChangeLabels", "điểm kết luận"),
    "reported_on": QT_TRANSLATE_NOOP("ChangeLabels", "ngày báo cáo"),
    "reported_by": QT_TRANSLATE_NOOP("ChangeLabels", "người báo cáo"),
}


def tr(text: object) -> str:
    """``text``: a word declared above (QT_TRANSLATE_NOOP gives back the string itself)."""
    return QCoreApplication.translate(_CONTEXT, str(text))


def describe(change: ChangeRecord) -> str:
    """"Sửa ý kiến: nội dung, người phát biểu"; the fields are named for a correction only."""
    what = tr(WHAT.get(change.kind, change.kind))
    text = tr(ACTION.get(change.action, change.action)).format(what=what)
    named = list(dict.fromkeys(tr(FIELDS[f]) for f in change.fields if f in FIELDS))
    if change.action == "update" and named:
        text += ": " + ", ".join(named)
    return text


def local(at: dt.datetime) -> dt.datetime:
    """A stored UTC time on this PC's clock."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def who_and_when(change: ChangeRecord) -> str:
    return tr("{who}, {time}").format(who=change.who, time=f"{local(change.at):%H:%M %d/%m/%Y}")
