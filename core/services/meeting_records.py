"""What the meeting service hands out: frozen records, never live ORM rows."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from core import models as m
from core.attendance import SEATED, tally
from core.text import subpoint_label
from core.services.meeting_common import ATTENDANCE_STATUS_LABELS, MEETING_STATUS_LABELS

def conclusion_label(index: int, *, sub: bool = False) -> str:
    """The printed number of the ``index``-th point (0-based): "1.", "2."; sub-points "a)", "đ)",
    the same labels the documents print."""
    return subpoint_label(index) if sub else f"{index + 1}."


@dataclass(frozen=True)
class AgendaItemRecord:
    id: int
    meeting_id: int
    number: int  # 1-based, as printed
    title: str
    presenter_person_id: int | None
    presenter_agency_id: int | None
    presenter_text: str | None
    planned_minutes: int | None


@dataclass(frozen=True)
class AgendaDraft:
    """An agenda item not stored yet: one line of a template, or of the meeting being copied."""

    title: str
    presenter_person_id: int | None = None
    presenter_agency_id: int | None = None
    presenter_text: str | None = None
    planned_minutes: int | None = None

    @classmethod
    def of(cls, item: AgendaItemRecord) -> AgendaDraft:
        return cls(item.title, item.presenter_person_id, item.presenter_agency_id,
                   item.presenter_text, item.planned_minutes)


@dataclass(frozen=True)
class AttendanceRecord:
    id: int
    meeting_id: int
    person_id: int | None
    is_member: bool
    rank: int
    name: str
    position: str | None
    agency_id: int | None
    agency_name: str | None
    role: str | None
    status: str
    absence_reason: str | None
    substitute_name: str | None
    substitute_position: str | None
    name_is_title: bool = False  # a title or description typed as the name ("Đại diện …")

    @property
    def status_label(self) -> str:
        return ATTENDANCE_STATUS_LABELS[self.status]

    @property
    def seat_filled(self) -> bool:
        """Someone sat in this seat: the invitee or a substitute (core.attendance)."""
        return self.status in SEATED


@dataclass(frozen=True)
class AttendanceCount:
    present: int
    absent: int
    not_marked: int
    total: int


@dataclass(frozen=True)
class OpinionRecord:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    position: int
    speaker_id: int | None
    speaker_name: str
    speaker_position: str | None
    is_guest: bool
    text: str
    duration_seconds: int | None
    version: int = 1  # the stored version this record shows (several people editing at once)


@dataclass(frozen=True)
class ConclusionRecord:
    id: int
    meeting_id: int
    parent_id: int | None
    position: int
    label: str  # "1." or "a)"
    text: str
    task_count: int
    children: tuple[ConclusionRecord, ...] = ()


@dataclass(frozen=True)
class MeetingEventRecord:
    id: int
    at: dt.datetime
    old_status: str
    new_status: str
    reason: str | None


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    committee_id: int
    committee_name: str
    committee_abbreviation: str | None
    kind: str
    number: int | None
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str | None
    chair_name: str | None
    status: str

    @property
    def status_label(self) -> str:
        return MEETING_STATUS_LABELS[self.status]

    @property
    def date(self) -> dt.date:
        return self.starts_at.date()


@dataclass(frozen=True)
class MeetingDetail(MeetingRecord):
    chair_id: int | None
    chair_position: str | None
    secretary_id: int | None
    secretary_name: str | None
    secretary_position: str | None
    notes: str | None
    agenda: tuple[AgendaItemRecord, ...]
    attendance: tuple[AttendanceRecord, ...]  # members by rank, then guests
    opinions: tuple[OpinionRecord, ...]       # in agenda order, then spoken order
    conclusions: tuple[ConclusionRecord, ...]  # top-level points, each with its sub-points
    events: tuple[MeetingEventRecord, ...]
    task_count: int

    @property
    def total_planned_minutes(self) -> int:
        return sum(item.planned_minutes or 0 for item in self.agenda)

    @property
    def members(self) -> AttendanceCount:
        return _count(a for a in self.attendance if a.is_member)

    @property
    def guests(self) -> AttendanceCount:
        return _count(a for a in self.attendance if not a.is_member)

    def opinions_under(self, agenda_item_id: int | None) -> tuple[OpinionRecord, ...]:
        return tuple(o for o in self.opinions if o.agenda_item_id == agenda_item_id)


@dataclass(frozen=True)
class DeletedMeeting:
    """What a delete removed, to tell the user (and the log) exactly."""

    meeting_id: int
    title: str
    tasks: int
    opinions: int
    conclusion_points: int
    agenda_items: int
    attendance: int
    detached_documents: int  # issued numbers kept in the series, no longer tied to the meeting


def _count(rows) -> AttendanceCount:
    counted = tally(a.status for a in rows)
    return AttendanceCount(counted.present, counted.absent, counted.not_marked, counted.total)


def agenda_record(item: m.AgendaItem) -> AgendaItemRecord:
    return AgendaItemRecord(item.id, item.meeting_id, item.position, item.title,
                            item.presenter_person_id, item.presenter_agency_id, item.presenter_text,
                            item.planned_minutes)


def attendance_record(row: m.Attendance) -> AttendanceRecord:
    return AttendanceRecord(row.id, row.meeting_id, row.person_id, row.is_member, row.rank, row.name,
                            row.position, row.agency_id, row.agency_name, row.role, row.status,
                            row.absence_reason, row.substitute_name, row.substitute_position,
                            bool(row.name_is_title))


def attendance_order(row: m.Attendance) -> tuple:
    return (not row.is_member, row.rank, row.id)


def opinion_record(row: m.Opinion) -> OpinionRecord:
    return OpinionRecord(row.id, row.meeting_id, row.agenda_item_id, row.position, row.speaker_id,
                         row.speaker_name, row.speaker_position, row.is_guest, row.text,
                         row.duration_seconds, row.version)


def conclusion_tree(points: list[m.ConclusionPoint],
                    task_counts: Mapping[int | None, int]) -> tuple[ConclusionRecord, ...]:
    """Top-level points in order, each carrying its sub-points, labelled 1., 2. / a), b)."""
    ordered = sorted(points, key=lambda p: (p.position, p.id))
    children: dict[int, list[m.ConclusionPoint]] = {}
    for point in ordered:
        if point.parent_id is not None:
            children.setdefault(point.parent_id, []).append(point)

    def build(point: m.ConclusionPoint, index: int, sub: bool) -> ConclusionRecord:
        kids = tuple(build(c, i, True) for i, c in enumerate(children.get(point.id, [])))
        return ConclusionRecord(point.id, point.meeting_id, point.parent_id, point.position,
                                conclusion_label(index, sub=sub), point.text,
                                task_counts.get(point.id, 0), kids)

    top = [p for p in ordered if p.parent_id is None]
    return tuple(build(p, i, False) for i, p in enumerate(top))


def event_record(row: m.MeetingEvent) -> MeetingEventRecord:
    return MeetingEventRecord(row.id, row.at, row.old_status, row.new_status, row.reason)
