"""The Word documents of a meeting: minutes (biên bản), conclusion notice (thông báo kết luận) and
invitation (giấy mời), in the state (NĐ 30/2020) or party (HD 36, HD 16) format.

The writers take plain frozen values (core.documents.model) and format settings
(core.documents.settings); they never read the database.
"""
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
from core.documents.settings import FormatSettings

# The writers pull in python-docx: they load on first use, so the window (which imports the data
# classes) starts without it.
_LAZY = {
    "build_invitation": "invitation", "write_invitation": "invitation",
    "build_minutes": "minutes", "write_minutes": "minutes",
    "build_notice": "notice", "write_notice": "notice",
    "default_file_name": "files", "save_document": "files",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"core.documents.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'core.documents' has no attribute {name!r}")


__all__ = [
    "AgendaItem", "Attendee", "CommitteeIdentity", "ConclusionPoint", "DocumentNumber",
    "FormatSettings", "InvitationData", "MeetingRecord", "MinutesData", "MinutesSignatures",
    "NoticeData", "Opinion", "PersonRef", "Recipients", "Signature", "TaskLine",
    "build_invitation", "build_minutes", "build_notice", "default_file_name", "save_document",
    "write_invitation", "write_minutes", "write_notice",
]
