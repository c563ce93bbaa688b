"""Meetings: plan, hold, finalise (and reopen with a reason), copy, delete, find.

The agenda, attendance, opinions and conclusions are edited through the same service (mixins
in meeting_agenda, meeting_attendance, meeting_opinions, meeting_conclusions), and every one of
those edits is refused once the minutes are finalised.
"""
from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, exists, extract, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from core import models as m
from core import text
from core.changes import last_change
from core.db import Database
from core.errors import ConflictError, ReferencedError, ValidationError
from core.messages import Message, Word
from core.services import versions
from core.services.common import KEEP, Keep, begins_a_word, given
from core.services.meeting_agenda import AgendaOps, add_item, check_draft
from core.services.meeting_attendance import AttendanceOps, invite_committee_members
from core.services.meeting_common import (
    MEETING_STATUS_LABELS,
    as_datetime,
    editable_meeting,
    get_meeting,
    get_row,
    meeting_day,
    position_on,
    positive,
    refresh_meeting_search_key,
    time_vn,
)
from core.services.meeting_conclusions import ConclusionOps
from core.services.meeting_opinions import OpinionOps
from core.services.meeting_records import (
    AgendaDraft,
    DeletedMeeting,
    MeetingDetail,
    MeetingRecord,
    agenda_record,
    attendance_order,
    attendance_record,
    conclusion_tree,
    event_record,
    opinion_record,
)
from core.services.task_queries import TaskRecord, load_task_records, task_select
from core.status import open_clause
from core.validate import choice, optional, required

# planned → held → finalised; finalised → held is a reopening (reason required); held → planned
# undoes a "held" clicked too early.
_STEPS = {("planned", "held"), ("held", "finalised"), ("finalised", "held"), ("held", "planned")}


class MeetingService(AgendaOps, AttendanceOps, OpinionOps, ConclusionOps):
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the meeting itself ----------------------------------------------------------------

    def create(self, *, committee_id: int, kind: str, title: str, starts_at: dt.datetime,
               ends_at: dt.datetime | None = None, place: str | None = None,
               chair_id: int | None = None, secretary_id: int | None = None,
               number: int | None = None, notes: str | None = None,
               invite_members: bool = True, agenda: Sequence[AgendaDraft] = ()) -> MeetingDetail:
        """A planned meeting; by default the committee's members on that day are invited.
        ``agenda`` (from a template or an earlier meeting) is stored in the same transaction, so
        a meeting never exists with half its agenda."""
        fields = _clean_fields(kind=kind, title=title, starts_at=starts_at, ends_at=ends_at,
                               place=place, number=number, notes=notes)
        drafts = [check_draft(d) for d in agenda]
        with self.db.transaction() as session:
            get_row(session, m.Committee, committee_id, "ban")
            meeting = m.Meeting(committee_id=committee_id, status="planned", **fields)
            session.add(meeting)
            _set_people(session, meeting, chair_id=chair_id, secretary_id=secretary_id)
            session.flush()
            for position, draft in enumerate(drafts, start=1):
                add_item(session, meeting, draft, position=position)
            if invite_members:
                invite_committee_members(session, meeting)
            refresh_meeting_search_key(session, meeting)
            session.flush()
            return _detail(session, meeting)

    def update(self, *, meeting_id: int, kind: str | Keep = KEEP, title: str | Keep = KEEP,
               starts_at: dt.datetime | Keep = KEEP, ends_at: dt.datetime | None | Keep = KEEP,
               place: str | None | Keep = KEEP, chair_id: int | None | Keep = KEEP,
               secretary_id: int | None | Keep = KEEP, number: int | None | Keep = KEEP,
               notes: str | None | Keep = KEEP, expected: dict | None = None) -> MeetingDetail:
        """Change what is given, with the rules of :meth:`create`. A new date or a new chair
        re-copies the chair's and secretary's positions for that day; the attendance list is left
        as it is (use :meth:`invite_members` to add members of the new date). A save of someone
        else landing between this one's read and write is an EditConflict, never overwritten.
        ``expected``: the values the user's screen showed for the fields saved; a field someone
        else has changed since is an EditConflict with both values (one field at a time: a
        change of another field by someone else is no conflict)."""
        with self.db.transaction() as session, versions.saving(
                self.db, m.Meeting, meeting_id, kind="Thông tin cuộc họp",
                mine=title if given(title) else "", theirs=lambda row: row.title):
            meeting = editable_meeting(session, meeting_id)
            current = {"kind": meeting.kind, "title": meeting.title, "starts_at": meeting.starts_at,
                       "ends_at": meeting.ends_at, "place": meeting.place, "number": meeting.number,
                       "notes": meeting.notes}
            changes = {"kind": kind, "title": title, "starts_at": starts_at, "ends_at": ends_at,
                       "place": place, "number": number, "notes": notes}
            for name, seen in (expected or {}).items():
                stored, mine = getattr(meeting, name), changes.get(name, KEEP)
                if stored != seen and (not given(mine) or stored != mine):
                    who, at = last_change(session, "meetings", meeting_id, name) or (None, None)
                    raise versions.conflict(meeting, kind="Thông tin cuộc họp", who=who, at=at,
                                            mine=versions.shown(mine), theirs=versions.shown(stored))
            merged = {k: (v if given(v) else current[k]) for k, v in changes.items()}
            for key, value in _clean_fields(**merged).items():
                setattr(meeting, key, value)
            if given(chair_id) or given(secretary_id) or given(starts_at):
                _set_people(session, meeting,
                            chair_id=chair_id if given(chair_id) else meeting.chair_id,
                            secretary_id=secretary_id if given(secretary_id) else meeting.secretary_id)
            refresh_meeting_search_key(session, meeting)
            session.flush()
            return _detail(session, meeting)

    def get(self, *, meeting_id: int) -> MeetingDetail:
        with self.db.reading() as session:
            return _detail(session, get_meeting(session, meeting_id))

    def list(self, *, committee_id: int | None = None, year: int | None = None,
             status: str | None = None, search: str = "",
             limit: int | None = None) -> list[MeetingRecord]:
        """Newest first. ``search`` ignores diacritics and matches each word in the meeting's
        title, kind, place, chair or agenda, its committee's name, in an opinion (or its
        speaker), or in a conclusion."""
        query = (select(m.Meeting.id, m.Meeting.committee_id, m.Committee.name,
                        m.Committee.abbreviation, m.Meeting.kind,
                        m.Meeting.number, m.Meeting.title, m.Meeting.starts_at, m.Meeting.ends_at,
                        m.Meeting.place, m.Meeting.chair_name, m.Meeting.status)
                 .join(m.Committee, m.Committee.id == m.Meeting.committee_id))
        if committee_id is not None:
            query = query.where(m.Meeting.committee_id == committee_id)
        if year is not None:
            query = query.where(m.Meeting.starts_at >= dt.datetime(year, 1, 1),
                                m.Meeting.starts_at < dt.datetime(year + 1, 1, 1))
        if status is not None:
            choice(status, field="status", label="Tình trạng cuộc họp", choices=m.MEETING_STATUSES)
            query = query.where(m.Meeting.status == status)
        for word in text.search_words(search):
            query = query.where(or_(
                begins_a_word(m.Meeting.search_key, word),
                begins_a_word(m.Committee.search_key, word),
                exists().where(m.Opinion.meeting_id == m.Meeting.id,
                               begins_a_word(m.Opinion.search_key, word)),
                exists().where(m.ConclusionPoint.meeting_id == m.Meeting.id,
                               begins_a_word(m.ConclusionPoint.search_key, word))))
        query = query.order_by(m.Meeting.starts_at.desc(), m.Meeting.id.desc()).limit(limit)
        with self.db.reading() as session:
            return [MeetingRecord(*row) for row in session.execute(query)]  # type: ignore[call-arg]  # mypy cannot unpack a Row of more than ten typed columns

    def years(self, *, committee_id: int | None = None) -> builtins.list[int]:
        """The years that have meetings (newest first), for the list's year filter."""
        year = extract("year", m.Meeting.starts_at)
        query = select(year).distinct().order_by(year.desc())
        if committee_id is not None:
            query = query.where(m.Meeting.committee_id == committee_id)
        with self.db.reading() as session:
            return [int(y) for y in session.scalars(query) if y is not None]

    # --- status --------------------------------------------------------------------------

    def set_status(self, *, meeting_id: int, new_status: str, reason: str | None = None) -> MeetingDetail:
        """Move along planned → held → finalised. Reopening finalised minutes needs a reason;
        every change is kept as an event (old, new, reason, time)."""
        reason = optional(reason, field="reason", label="Lý do", limit=10_000, multiline=True)
        with self.db.transaction() as session:
            meeting = get_meeting(session, meeting_id)
            old = meeting.status
            if new_status == old:
                return _detail(session, meeting)
            if (old, new_status) not in _STEPS:
                raise ConflictError("bad_status_change", old=Word(MEETING_STATUS_LABELS.get(old, old)),
                                    new=Word(MEETING_STATUS_LABELS.get(new_status, new_status)))
            if old == "finalised" and reason is None:
                raise ValidationError("reason_required", field="Lý do", field_name="reason")
            meeting.status = new_status
            session.add(m.MeetingEvent(meeting_id=meeting.id, old_status=old, new_status=new_status,
                                       reason=reason))
            session.flush()
            return _detail(session, meeting)

    # --- copy and delete -------------------------------------------------------------------

    def copy(self, *, meeting_id: int, starts_at: dt.datetime) -> MeetingDetail:
        """A new planned meeting like this one (committee, kind, title, place, chair, secretary,
        agenda) on another day, inviting the members of that day. Guests, marks, opinions and
        conclusions are not copied. The length is kept if the original had an end time."""
        with self.db.transaction() as session:
            source = get_meeting(session, meeting_id)
            start = as_datetime(starts_at, field="starts_at", label="Thời gian bắt đầu")
            if start is None:
                raise ValidationError("required", field="Thời gian bắt đầu", field_name="starts_at")
            end = start + (source.ends_at - source.starts_at) if source.ends_at else None
            meeting = m.Meeting(committee_id=source.committee_id, kind=source.kind, title=source.title,
                                starts_at=start, ends_at=end, place=source.place, status="planned")
            session.add(meeting)
            _set_people(session, meeting, chair_id=source.chair_id, secretary_id=source.secretary_id)
            session.flush()
            for item in source.agenda:
                session.add(m.AgendaItem(
                    meeting_id=meeting.id, position=item.position, title=item.title,
                    presenter_person_id=item.presenter_person_id,
                    presenter_agency_id=item.presenter_agency_id,
                    presenter_text=item.presenter_text, planned_minutes=item.planned_minutes))
            session.flush()
            invite_committee_members(session, meeting)
            refresh_meeting_search_key(session, meeting)
            session.flush()
            return _detail(session, meeting)

    def delete(self, *, meeting_id: int, confirm: bool = False) -> DeletedMeeting:
        """Delete a meeting that is not finalised. If tasks were drawn from it, refuse unless
        ``confirm``: then its tasks go too (with their progress). Document numbers already
        issued stay in the committee's series, detached from the meeting, so no number is reused."""
        with self.db.transaction() as session:
            meeting = editable_meeting(session, meeting_id)

            def count(model, column=None) -> int:
                column = column if column is not None else model.meeting_id
                query = select(func.count()).select_from(model).where(column == meeting.id)
                return session.scalar(query) or 0

            result = DeletedMeeting(
                meeting.id, meeting.title, count(m.Task), count(m.Opinion), count(m.ConclusionPoint),
                count(m.AgendaItem), count(m.Attendance), count(m.IssuedDocument))
            if not confirm and (result.tasks or result.detached_documents):
                holders = tuple(Message(code, n=n) for code, n in (
                    ("holds_tasks", result.tasks),
                    ("holds_numbered_documents", result.detached_documents)) if n)
                raise ReferencedError("meeting_has_tasks", title=meeting.title, holders=holders)
            session.execute(update(m.IssuedDocument).where(m.IssuedDocument.meeting_id == meeting.id)
                            .values(meeting_id=None))
            session.execute(delete(m.Task).where(m.Task.meeting_id == meeting.id))
            session.expunge(meeting)
            # Agenda, attendance, opinions, conclusions and events CASCADE in the database.
            session.execute(delete(m.Meeting).where(m.Meeting.id == meeting_id))
            return result

    # --- follow-up -------------------------------------------------------------------------

    def open_tasks_for_review(self, *, committee_id: int, before: dt.date,
                              today: dt.date | None = None, limit: int | None = None) -> builtins.list[TaskRecord]:
        """Tasks still open from the committee's meetings before ``before``, oldest meeting
        first, for the "review of earlier conclusions" item of the next meeting. Status is as of
        ``today`` (default: the ``before`` date, i.e. what the meeting will see)."""
        earlier = select(m.Meeting.id).where(m.Meeting.committee_id == committee_id,
                                             m.Meeting.starts_at < dt.datetime.combine(before, dt.time()))
        query = (task_select().where(m.Task.meeting_id.in_(earlier), open_clause())
                 .order_by(m.Meeting.starts_at, m.Task.id).limit(limit))
        with self.db.reading() as session:
            return load_task_records(session, query, today=today or before)


def _clean_fields(*, kind, title, starts_at, ends_at, place, number, notes) -> dict:
    start = as_datetime(starts_at, field="starts_at", label="Thời gian bắt đầu")
    if start is None:
        raise ValidationError("required", field="Thời gian bắt đầu", field_name="starts_at")
    end = as_datetime(ends_at, field="ends_at", label="Thời gian kết thúc")
    if end is not None and end < start:
        raise ValidationError("ends_before_start", field_name="ends_at", start=time_vn(start),
                              end=time_vn(end))
    return {
        "kind": required(kind, field="kind", label="Loại cuộc họp", limit=m.SHORT),
        "title": required(title, field="title", label="Tên cuộc họp", limit=m.LONG_LINE),
        "starts_at": start,
        "ends_at": end,
        "place": optional(place, field="place", label="Địa điểm", limit=m.LONG_LINE),
        "number": positive(number, field="number", label="Số phiên họp"),
        "notes": optional(notes, field="notes", label="Ghi chú", limit=100_000, multiline=True),
    }


def _set_people(session: Session, meeting: m.Meeting, *, chair_id: int | None,
                secretary_id: int | None) -> None:
    """Copy chair and secretary names and positions as of the meeting's day."""
    day = meeting_day(meeting)
    for role, person_id in (("chair", chair_id), ("secretary", secretary_id)):
        name = position = None
        if person_id is not None:
            person = get_row(session, m.Person, person_id, "người")
            name = person.full_name
            position = position_on(session, person, committee_id=meeting.committee_id, day=day)
        setattr(meeting, f"{role}_id", person_id)
        setattr(meeting, f"{role}_name", name)
        setattr(meeting, f"{role}_position", position)


def _detail(session: Session, meeting: m.Meeting) -> MeetingDetail:
    session.flush()
    meeting = session.scalars(
        select(m.Meeting).where(m.Meeting.id == meeting.id)
        .options(selectinload(m.Meeting.committee), selectinload(m.Meeting.agenda),
                 selectinload(m.Meeting.attendance), selectinload(m.Meeting.opinions),
                 selectinload(m.Meeting.conclusions), selectinload(m.Meeting.events))
        .execution_options(populate_existing=True)).one()
    agenda_order: dict[int | None, int] = {item.id: item.position for item in meeting.agenda}
    opinions = sorted(meeting.opinions, key=lambda o: (
        o.agenda_item_id is None, agenda_order.get(o.agenda_item_id, 0), o.position, o.id))
    task_counts = dict(session.execute(
        select(m.Task.conclusion_point_id, func.count())
        .where(m.Task.meeting_id == meeting.id, m.Task.conclusion_point_id.is_not(None))
        .group_by(m.Task.conclusion_point_id)).all())
    task_count = session.scalar(select(func.count()).where(m.Task.meeting_id == meeting.id)) or 0
    return MeetingDetail(
        meeting.id, meeting.committee_id, meeting.committee.name, meeting.committee.abbreviation,
        meeting.kind, meeting.number,
        meeting.title, meeting.starts_at, meeting.ends_at, meeting.place, meeting.chair_name,
        meeting.status, meeting.chair_id, meeting.chair_position, meeting.secretary_id,
        meeting.secretary_name, meeting.secretary_position, meeting.notes,
        tuple(agenda_record(i) for i in meeting.agenda),
        tuple(attendance_record(a) for a in sorted(meeting.attendance, key=attendance_order)),
        tuple(opinion_record(o) for o in opinions),
        conclusion_tree(list(meeting.conclusions), task_counts),
        tuple(event_record(e) for e in sorted(meeting.events, key=lambda e: (e.at, e.id))),
        task_count)


__all__ = ["MeetingService"]
