"""The meeting calendar: a committee's year by month (meetings planned and held, and the lines
of its meeting plan not yet turned into meetings), the plan itself (typed in advance: date,
kind, main contents), planned meetings made from it, and the .ics export of planned meetings.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core import models as m
from core import text
from core.calendar_ics import CalendarEvent, calendar_text
from core.db import Database
from core.errors import ConflictError, EnvironmentProblem, NotFoundError, ValidationError
from core.services.committees import get_committee
from core.services.meeting_agenda import add_item, check_draft
from core.services.meeting_attendance import invite_committee_members
from core.services.meeting_common import refresh_meeting_search_key
from core.services.meeting_records import AgendaDraft
from core.validate import parse_date

UID_KEY = "calendar.uid_base"     # a random id of this data file, for stable event UIDs
DEFAULT_START = dt.time(8, 0)


@dataclass(frozen=True)
class PlanEntry:
    id: int
    committee_id: int
    planned_on: dt.date
    kind: str
    contents: str
    meeting_id: int | None


@dataclass(frozen=True)
class CalendarMeeting:
    id: int
    starts_at: dt.datetime
    kind: str
    title: str
    place: str | None
    status: str                      # planned | held | finalised

    @property
    def held(self) -> bool:
        return self.status != "planned"


@dataclass(frozen=True)
class MonthView:
    month: int
    meetings: tuple[CalendarMeeting, ...]
    plan: tuple[PlanEntry, ...]      # plan lines without a meeting yet


@dataclass(frozen=True)
class YearView:
    committee_id: int
    year: int
    months: tuple[MonthView, ...]    # 12, January first

    @property
    def planned_count(self) -> int:
        return sum(1 for mo in self.months for x in mo.meetings if not x.held)

    @property
    def held_count(self) -> int:
        return sum(1 for mo in self.months for x in mo.meetings if x.held)


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the plan ------------------------------------------------------------------------------
    def add_plan_entry(self, *, committee_id: int, planned_on: dt.date | str, kind: str,
                       contents: str = "") -> PlanEntry:
        day, kind, contents = _checked(planned_on, kind, contents)
        with self.db.transaction() as session:
            get_committee(session, committee_id)
            row = m.MeetingPlanEntry(committee_id=committee_id, planned_on=day, kind=kind,
                                     contents=contents)
            session.add(row)
            session.flush()
            return _entry(row)

    def update_plan_entry(self, *, entry_id: int, planned_on: dt.date | str, kind: str,
                          contents: str = "") -> PlanEntry:
        day, kind, contents = _checked(planned_on, kind, contents)
        with self.db.transaction() as session:
            row = _plan_row(session, entry_id)
            row.planned_on, row.kind, row.contents = day, kind, contents
            session.flush()
            return _entry(row)

    def remove_plan_entry(self, *, entry_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(_plan_row(session, entry_id))

    def plan(self, *, committee_id: int, year: int) -> list[PlanEntry]:
        with self.db.reading() as session:
            return [_entry(r) for r in session.scalars(_plan_query(committee_id, year))]

    def create_meetings(self, *, committee_id: int, year: int,
                        entry_ids: Iterable[int] | None = None,
                        at: dt.time = DEFAULT_START) -> list[int]:
        """Planned meetings from the plan's lines that have none yet (one transaction): the
        kind and "tháng M/YYYY" as title, each line of the contents an agenda item, the
        committee's members on that day invited."""
        wanted = set(entry_ids) if entry_ids is not None else None
        created = []
        with self.db.transaction() as session:
            committee = get_committee(session, committee_id)
            for row in session.scalars(_plan_query(committee_id, year)):
                if wanted is not None and row.id not in wanted:
                    continue
                if row.meeting_id is not None:
                    if wanted is not None:
                        raise ConflictError("plan_not_planned", date=f"{row.planned_on:%d/%m/%Y}")
                    continue
                starts = dt.datetime.combine(row.planned_on, at)
                title = f"{row.kind} tháng {row.planned_on.month}/{row.planned_on.year}"
                meeting = m.Meeting(committee_id=committee.id, kind=row.kind, title=title,
                                    starts_at=starts, status="planned")
                session.add(meeting)
                session.flush()
                lines = [x.strip(" -•\t") for x in row.contents.splitlines()]
                for position, line in enumerate((x for x in lines if x), start=1):
                    add_item(session, meeting, check_draft(AgendaDraft(line)), position=position)
                invite_committee_members(session, meeting)
                refresh_meeting_search_key(session, meeting)
                row.meeting_id = meeting.id
                created.append(meeting.id)
        return created

    # --- the year ------------------------------------------------------------------------------
    def year(self, *, committee_id: int, year: int) -> YearView:
        start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
        with self.db.reading() as session:
            get_committee(session, committee_id)
            meetings = [CalendarMeeting(*r) for r in session.execute(
                select(m.Meeting.id, m.Meeting.starts_at, m.Meeting.kind, m.Meeting.title,
                       m.Meeting.place, m.Meeting.status)
                .where(m.Meeting.committee_id == committee_id, m.Meeting.starts_at >= start,
                       m.Meeting.starts_at < end).order_by(m.Meeting.starts_at, m.Meeting.id))]
            plan = [_entry(r) for r in session.scalars(_plan_query(committee_id, year))
                    if r.meeting_id is None]
        months = tuple(MonthView(
            month, tuple(x for x in meetings if x.starts_at.month == month),
            tuple(p for p in plan if p.planned_on.month == month)) for month in range(1, 13))
        return YearView(committee_id, year, months)

    # --- .ics ----------------------------------------------------------------------------------
    def write_ics(self, *, committee_id: int, path: Path | str, year: int | None = None,
                  now: dt.datetime | None = None) -> tuple[Path, int]:
        """The committee's planned meetings (of ``year``, or from today on) as an .ics file."""
        path = Path(path)
        now = now or m.utcnow()
        with self.db.transaction() as session:
            committee = get_committee(session, committee_id)
            base = _uid_base(session)
            query = select(m.Meeting).where(m.Meeting.committee_id == committee_id,
                                            m.Meeting.status == "planned")
            if year is not None:
                query = query.where(m.Meeting.starts_at >= dt.datetime(year, 1, 1),
                                    m.Meeting.starts_at < dt.datetime(year + 1, 1, 1))
            else:
                query = query.where(m.Meeting.starts_at >= dt.datetime.combine(dt.date.today(),
                                                                              dt.time()))
            events = [_event(meeting, base) for meeting in
                      session.scalars(query.order_by(m.Meeting.starts_at, m.Meeting.id))]
            name = committee.name
        body = calendar_text(events, name=name, now=now).encode("utf-8")
        if not path.parent.is_dir():
            raise EnvironmentProblem("folder_missing", path=str(path.parent))
        temp = path.with_name(f".~{path.name}.tmp")
        try:
            temp.write_bytes(body)
            temp.replace(path)
        except PermissionError as exc:
            temp.unlink(missing_ok=True)
            raise EnvironmentProblem("file_locked", path=str(path)) from exc
        except OSError as exc:
            temp.unlink(missing_ok=True)
            if exc.errno == 28:
                raise EnvironmentProblem("disk_full", path=str(path)) from exc
            raise
        return path, len(events)


def _event(meeting: m.Meeting, base: str) -> CalendarEvent:
    lines = []
    if meeting.chair_name:
        lines.append(f"Chủ trì: {meeting.chair_name}")
    if meeting.agenda:
        lines.append("Nội dung:")
        lines += [f"{i}. {item.title.splitlines()[0]}" for i, item in
                  enumerate(meeting.agenda, start=1)]
    changed = meeting.updated_at or meeting.created_at
    return CalendarEvent(
        uid=f"cuoc-hop-{meeting.id}-{base}@thuky-bcd", starts_at=meeting.starts_at,
        ends_at=meeting.ends_at, summary=meeting.title, location=meeting.place or "",
        description="\n".join(lines),
        sequence=max(0, int((changed - dt.datetime(2020, 1, 1)).total_seconds()))
        if changed else 0, last_modified=changed)


def _uid_base(session) -> str:
    row = session.get(m.Setting, UID_KEY)
    if row is None:
        row = m.Setting(key=UID_KEY, value=uuid.uuid4().hex[:16])
        session.add(row)
        session.flush()
    return row.value


def _plan_query(committee_id: int, year: int):
    return (select(m.MeetingPlanEntry)
            .where(m.MeetingPlanEntry.committee_id == committee_id,
                   m.MeetingPlanEntry.planned_on >= dt.date(year, 1, 1),
                   m.MeetingPlanEntry.planned_on <= dt.date(year, 12, 31))
            .order_by(m.MeetingPlanEntry.planned_on, m.MeetingPlanEntry.id))


def _plan_row(session, entry_id: int) -> m.MeetingPlanEntry:
    row = session.get(m.MeetingPlanEntry, entry_id)
    if row is None:
        raise NotFoundError(kind="dòng kế hoạch", id=entry_id)
    return row


def _checked(planned_on: dt.date | str, kind: str, contents: str) -> tuple[dt.date, str, str]:
    day = parse_date(planned_on, field="planned_on", label="Ngày họp dự kiến")
    if day is None:
        raise ValidationError("required", field="ngày họp dự kiến", field_name="planned_on")
    kind = text.clean(kind or "")
    if not kind:
        raise ValidationError("required", field="loại cuộc họp", field_name="kind")
    if len(kind) > m.SHORT:
        raise ValidationError("too_long", field="Loại cuộc họp", field_name="kind", limit=m.SHORT)
    return day, kind, text.clean(contents or "", multiline=True)


def _entry(row: m.MeetingPlanEntry) -> PlanEntry:
    return PlanEntry(row.id, row.committee_id, row.planned_on, row.kind, row.contents,
                     row.meeting_id)
