"""The Word documents of a meeting: minutes (biên bản), conclusion notice (thông báo kết luận) and
invitation (giấy mời), in the state (NĐ 30/2020) or party (HD 36, HD 16) format.

The writers take plain frozen values (core.documents.model) and format settings
(core.documents.settings); they never read the database.
"""
from core.documents.files import default_file_name, save_document
from core.documents.invitation import build_invitation, write_invitation
from core.documents.minutes import build_minutes, write_minutes
from core.documents.model import (
    AgendaItem,
    Attendee,
    CommitteeIdentity,
    ConclusionPoint,
    DocumentNumber,
    InvitationData,
    MeetingRecord,
    MinutesData,
    MinutesSignatures,
    NoticeData,
    Opinion,
    PersonRef,
    Recipients,
    Signature,
    TaskLine,
)
from core.documents.notice import build_notice, write_notice
from core.documents.settings import FormatSettings

__all__ = [
    "AgendaItem", "Attendee", "CommitteeIdentity", "ConclusionPoint", "DocumentNumber",
    "FormatSettings", "InvitationData", "MeetingRecord", "MinutesData", "MinutesSignatures",
    "NoticeData", "Opinion", "PersonRef", "Recipients", "Signature", "TaskLine",
    "build_invitation", "build_minutes", "build_notice", "default_file_name", "save_document",
    "write_invitation", "write_minutes", "write_notice",
]
