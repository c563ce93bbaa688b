"""The stored record: committees, people, agencies, meetings and the tasks they set.

Portable SQLAlchemy 2.0 models (SQLite by default, PostgreSQL later). Nothing is deleted by
cascade from a shared register: foreign keys to agencies, people and committees RESTRICT, and the
services say what holds a row before refusing to delete it. Rows that belong to one meeting
(agenda, attendance, opinions, conclusions) go with their meeting.

A meeting keeps what was true on its day: names and positions are copied onto attendance,
opinions and the chair/secretary lines, so a later rename or reshuffle does not rewrite history.
"""
from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from core.text import NO_TEXT_ORDER, order_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Allowed values, kept here so the schema, the services and the GUI agree.
DOCUMENT_STYLES = ("state", "party")
NUMBER_RESETS = ("year", "term")
MEETING_STATUSES = ("planned", "held", "finalised")
ATTENDANCE_STATUSES = ("invited", "present", "absent", "substituted")
DEADLINE_KINDS = ("date", "period", "regular")

NAME = 500      # names of people, agencies, committees, titles
SHORT = 120     # abbreviations, codes, phones
LONG_LINE = 2000  # positions, places: one long line


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[Table]  # every model maps one table


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Agency(Timestamped, Base):
    """Cơ quan, đơn vị. Renamed agencies keep their old names in :class:`AgencyName`."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    short_name: Mapped[str | None] = mapped_column(String(SHORT))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    search_key: Mapped[str] = mapped_column(String(NAME), default="", index=True)
    dup_key: Mapped[str] = mapped_column(String(NAME), default="", index=True)

    old_names: Mapped[list[AgencyName]] = relationship(
        back_populates="agency", order_by="AgencyName.valid_until", cascade="all, delete-orphan"
    )


class AgencyName(Base):
    """A name an agency carried until ``valid_until`` (exclusive): documents of that time use it."""

    __tablename__ = "agency_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME))
    valid_until: Mapped[dt.date] = mapped_column(Date)

    agency: Mapped[Agency] = relationship(back_populates="old_names")


class Person(Timestamped, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(NAME))
    position: Mapped[str | None] = mapped_column(String(LONG_LINE))  # chức vụ now
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="RESTRICT"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(SHORT))
    email: Mapped[str | None] = mapped_column(String(SHORT))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_key: Mapped[str] = mapped_column(String(NAME), default="", index=True)
    dup_key: Mapped[str] = mapped_column(String(NAME), default="", index=True)

    agency: Mapped[Agency | None] = relationship()


class Committee(Timestamped, Base):
    """Ban Chỉ đạo, Tiểu ban, Hội đồng: who meets, and whose number series documents use."""

    __tablename__ = "committees"
    __table_args__ = (
        CheckConstraint("style IN ('state', 'party')", name="style"),
        CheckConstraint("number_reset IN ('year', 'term')", name="number_reset"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    abbreviation: Mapped[str | None] = mapped_column(String(SHORT))  # BCĐ, TB-TT-KT
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("committees.id", ondelete="RESTRICT"), index=True
    )
    style: Mapped[str] = mapped_column(String(10), default="state")
    number_reset: Mapped[str] = mapped_column(String(10), default="year")
    parent_body: Mapped[str | None] = mapped_column(String(LONG_LINE))   # header, left line 1
    issuing_body: Mapped[str | None] = mapped_column(String(LONG_LINE))  # header, left line 2
    place_name: Mapped[str | None] = mapped_column(String(SHORT))        # "Quảng Ninh, ngày …"
    secretariat_name: Mapped[str | None] = mapped_column(String(LONG_LINE))
    default_signer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    term_label: Mapped[str | None] = mapped_column(String(SHORT))  # nhiệm kỳ 2020-2025
    recipients: Mapped[str | None] = mapped_column(Text)  # Nơi nhận, one a line; None: the default
    # The signer's post in his own agency is printed under his title in the committee.
    signer_own_post: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_key: Mapped[str] = mapped_column(String(NAME), default="")
    dup_key: Mapped[str] = mapped_column(String(NAME), default="", index=True)

    parent: Mapped[Committee | None] = relationship(remote_side="Committee.id")


class Membership(Timestamped, Base):
    """A person's seat on a committee for a span of time (kiện toàn ends one and starts another)."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(SHORT))               # Trưởng ban, Ủy viên…
    position: Mapped[str | None] = mapped_column(String(LONG_LINE))  # chức vụ during this seat
    rank: Mapped[int] = mapped_column(Integer, default=100)        # protocol order, low first
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)         # last day, inclusive
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    committee: Mapped[Committee] = relationship()

    __table_args__ = (Index("ix_memberships_committee_dates", "committee_id", "start_date"),)


class Meeting(Timestamped, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'held', 'finalised')", name="status"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        Index("ix_meetings_committee_starts", "committee_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(SHORT))  # phiên họp định kỳ, hội nghị giao ban…
    number: Mapped[int | None] = mapped_column(Integer)  # phiên họp thứ …
    title: Mapped[str] = mapped_column(String(LONG_LINE))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(LONG_LINE))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    chair_name: Mapped[str | None] = mapped_column(String(NAME))
    chair_position: Mapped[str | None] = mapped_column(String(LONG_LINE))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    secretary_name: Mapped[str | None] = mapped_column(String(NAME))
    secretary_position: Mapped[str | None] = mapped_column(String(LONG_LINE))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(NAME))
    __mapper_args__ = {"version_id_col": version}

    committee: Mapped[Committee] = relationship()
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", order_by="Attendance.rank", cascade="all, delete-orphan"
    )
    opinions: Mapped[list[Opinion]] = relationship(
        back_populates="meeting", order_by="Opinion.position", cascade="all, delete-orphan"
    )
    conclusions: Mapped[list[ConclusionPoint]] = relationship(
        back_populates="meeting", order_by="ConclusionPoint.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[MeetingEvent]] = relationship(
        back_populates="meeting", order_by="MeetingEvent.at", cascade="all, delete-orphan"
    )


class MeetingEvent(Base):
    """The history of a meeting's status: held, finalised, reopened (with the reason)."""

    __tablename__ = "meeting_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    old_status: Mapped[str] = mapped_column(String(12))
    new_status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="events")


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    presenter_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    presenter_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    presenter_text: Mapped[str | None] = mapped_column(String(LONG_LINE))  # as printed that day
    planned_minutes: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class Attendance(Base):
    """One invitee of a meeting: a member (present, absent with reason, substituted) or a guest."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint(
            "status IN ('invited', 'present', 'absent', 'substituted')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    is_member: Mapped[bool] = mapped_column(Boolean, default=True)  # False: đại biểu mời
    rank: Mapped[int] = mapped_column(Integer, default=100)  # protocol order in documents
    name: Mapped[str] = mapped_column(String(NAME))
    position: Mapped[str | None] = mapped_column(String(LONG_LINE))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    agency_name: Mapped[str | None] = mapped_column(String(NAME))
    role: Mapped[str | None] = mapped_column(String(SHORT))
    status: Mapped[str] = mapped_column(String(12), default="invited")
    absence_reason: Mapped[str | None] = mapped_column(String(LONG_LINE))
    substitute_name: Mapped[str | None] = mapped_column(String(NAME))
    substitute_position: Mapped[str | None] = mapped_column(String(LONG_LINE))
    # A guest entered by a title or description, not a person's name: no "đồng chí" before it.
    name_is_title: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class Opinion(Base):
    __tablename__ = "opinions"
    __table_args__ = (Index("ix_opinions_meeting_position", "meeting_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(NAME))
    speaker_position: Mapped[str | None] = mapped_column(String(LONG_LINE))  # held that day
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    search_key: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=utcnow,
                                                           onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(NAME))
    __mapper_args__ = {"version_id_col": version}

    meeting: Mapped[Meeting] = relationship(back_populates="opinions")


class ConclusionPoint(Base):
    """One numbered point of the chair's conclusion; sub-points (a, b) point to their parent."""

    __tablename__ = "conclusion_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("conclusion_points.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="conclusions")


class Task(Timestamped, Base):
    """A task set by a conclusion, followed until done.

    ``deadline_text`` is the deadline as written ("Trước 15/3/2026", "Quý II/2026",
    "Thường xuyên"); ``due_date`` is the date it means (the last day of a period), NULL when
    regular. Status is derived from ``due_date``, ``completed_on`` and today (core.status).

    ``search_key`` is mirrored by the SQLite full-text index ``task_fts`` through triggers
    (migration 0004): a migration that rebuilds this table must create them again.
    """

    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("deadline_kind IN ('date', 'period', 'regular')", name="deadline_kind"),
        CheckConstraint(
            "lead_agency_id IS NOT NULL OR lead_person_id IS NOT NULL", name="has_lead"
        ),
        Index("ix_tasks_open_due", "completed_on", "due_date", "lead_agency_id"),
        Index("ix_tasks_lead_agency", "lead_agency_id", "completed_on", "due_date"),
        # Open tasks grouped by lead agency (the overdue-by-agency count) without a sort.
        Index("ix_tasks_open_lead", "completed_on", "lead_agency_id", "due_date"),
        # Tasks assigned in a period, per lead agency (the overview and the periodic report).
        Index("ix_tasks_assigned_lead", "assigned_on", "lead_agency_id"),
        # A committee's tasks (through its meetings) by status and agency.
        Index("ix_tasks_meeting_open", "meeting_id", "completed_on", "due_date", "lead_agency_id"),
        # The register sorted by content or by latest progress, in Vietnamese order, one page
        # at a time without sorting the whole register; tasks without progress last.
        Index("ix_tasks_content_order", "content_order"),
        Index("ix_tasks_progress_order", "progress_order"),
        Index("ix_tasks_has_progress_order", "has_progress", "progress_order"),
        Index("ix_tasks_status_order", "status_group", "due_date"),
        Index("ix_tasks_lead_order", "lead_order"),
        Index("ix_tasks_coordinators_order", "coordinators_order"),
        Index("ix_tasks_has_coordinators_order", "has_coordinators", "coordinators_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # stable id for returned sheets
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    conclusion_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("conclusion_points.id", ondelete="SET NULL"), index=True
    )
    content: Mapped[str] = mapped_column(Text)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"))
    lead_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    deadline_kind: Mapped[str] = mapped_column(String(10), default="date")
    deadline_text: Mapped[str] = mapped_column(String(SHORT))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    original_due_date: Mapped[dt.date | None] = mapped_column(Date)
    extension_count: Mapped[int] = mapped_column(Integer, default=0)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    last_progress: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    # core.text.order_key of content and last_progress (NO_TEXT_ORDER when there is none),
    # kept by _task_order_keys below.
    content_order: Mapped[str] = mapped_column(Text, default="")
    progress_order: Mapped[str] = mapped_column(Text, default=NO_TEXT_ORDER)
    has_progress: Mapped[bool] = mapped_column(Boolean, default=False)
    status_group: Mapped[int] = mapped_column(Integer, default=1)  # core.status.status_group
    lead_order: Mapped[str] = mapped_column(Text, default="")  # order_key of the lead's name
    # order_key of the first coordinator's name (NO_TEXT_ORDER when none), kept by
    # _coordinators_changed below.
    coordinators_order: Mapped[str] = mapped_column(Text, default=NO_TEXT_ORDER)
    has_coordinators: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(NAME))
    __mapper_args__ = {"version_id_col": version}

    coordinators: Mapped[list[TaskCoordinator]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskCoordinator.position"
    )
    progress: Mapped[list[TaskProgress]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskProgress.reported_on"
    )


class TaskCoordinator(Base):
    __tablename__ = "task_coordinators"

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agencies.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    task: Mapped[Task] = relationship(back_populates="coordinators")


class TaskProgress(Base):
    """A progress report on a task: typed here, or imported from an agency's returned sheet."""

    __tablename__ = "task_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str | None] = mapped_column(String(NAME))
    source_file: Mapped[str | None] = mapped_column(String(LONG_LINE))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    task: Mapped[Task] = relationship(back_populates="progress")


class TaskDeadlineChange(Base):
    """An extension (gia hạn): the old deadline is kept here, the task carries the new one."""

    __tablename__ = "task_deadline_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    old_text: Mapped[str] = mapped_column(String(SHORT))
    old_due_date: Mapped[dt.date | None] = mapped_column(Date)
    new_text: Mapped[str] = mapped_column(String(SHORT))
    new_due_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class IssuedDocument(Base):
    """A number taken from a committee's series (Số: 05/BB-BCĐ), kept with the meeting."""

    __tablename__ = "issued_documents"
    __table_args__ = (
        UniqueConstraint("committee_id", "doc_type", "series", "number", name="series_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="RESTRICT"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    doc_type: Mapped[str] = mapped_column(String(8))  # BB, TB, GM, BC
    series: Mapped[str] = mapped_column(String(SHORT))  # the year, or the term label
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    # "reserved" from the moment the number is taken until the file is in place, then "written".
    state: Mapped[str] = mapped_column(String(10), default="written", server_default="written")
    file_path: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())


class Setting(Base):
    """Program-wide settings kept with the data (document identity, backup count…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(SHORT), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


@event.listens_for(Task, "before_insert")
@event.listens_for(Task, "before_update")
def _task_order_keys(_mapper, connection, task: Task) -> None:
    """Every write of a task through the ORM keeps its sort keys in step with its text,
    deadline, completion and lead (renamed agencies and people: see below)."""
    from sqlalchemy import inspect, select

    from core.status import status_group

    task.status_group = status_group(task.due_date, task.completed_on)
    state = inspect(task)
    if (not state.has_identity or state.attrs.lead_agency_id.history.has_changes()
            or state.attrs.lead_person_id.history.has_changes()):
        if task.lead_agency_id is not None:
            name = connection.scalar(select(Agency.name).where(Agency.id == task.lead_agency_id))
        else:
            name = connection.scalar(select(Person.full_name)
                                     .where(Person.id == task.lead_person_id))
        task.lead_order = order_key(name)
    task.content_order = order_key(task.content)
    task.has_progress = bool(task.last_progress)
    task.progress_order = order_key(task.last_progress) if task.last_progress else NO_TEXT_ORDER


def refresh_coordinators_order(connection, task_ids) -> None:
    """Set the coordinators' sort key of these tasks from their first coordinator's name."""
    from sqlalchemy import select, update

    for task_id in task_ids:
        name = connection.scalar(
            select(Agency.name).join(TaskCoordinator, TaskCoordinator.agency_id == Agency.id)
            .where(TaskCoordinator.task_id == task_id)
            .order_by(TaskCoordinator.position, TaskCoordinator.agency_id).limit(1))
        connection.execute(update(Task.__table__).where(Task.id == task_id).values(
            coordinators_order=order_key(name) if name else NO_TEXT_ORDER,
            has_coordinators=name is not None))


@event.listens_for(TaskCoordinator, "after_insert")
@event.listens_for(TaskCoordinator, "after_update")
@event.listens_for(TaskCoordinator, "after_delete")
def _coordinators_changed(_mapper, connection, link: TaskCoordinator) -> None:
    """A coordinator added, moved, replaced or removed: the task's place in the register's
    order by coordinators follows."""
    refresh_coordinators_order(connection, [link.task_id])


@event.listens_for(Agency, "after_update")
def _agency_renamed(_mapper, connection, agency: Agency) -> None:
    """A renamed agency's tasks take their new place in the register's order by lead and by
    coordinators."""
    from sqlalchemy import inspect, select, update

    if inspect(agency).attrs.name.history.has_changes():
        connection.execute(update(Task.__table__).where(Task.lead_agency_id == agency.id)
                           .values(lead_order=order_key(agency.name)))
        refresh_coordinators_order(connection, connection.scalars(
            select(TaskCoordinator.task_id).where(TaskCoordinator.agency_id == agency.id)).all())


@event.listens_for(Person, "after_update")
def _person_renamed(_mapper, connection, person: Person) -> None:
    from sqlalchemy import inspect, update

    if inspect(person).attrs.full_name.history.has_changes():
        connection.execute(update(Task.__table__).where(Task.lead_agency_id.is_(None),
                                                        Task.lead_person_id == person.id)
                           .values(lead_order=order_key(person.full_name)))


# --- between meetings: reminder letters, meeting materials, the year's meeting plan ----------

class ReminderLetter(Base):
    """A công văn đôn đốc sent to one lead agency; its number is an IssuedDocument (type CV)."""

    __tablename__ = "reminder_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(
        ForeignKey("committees.id", ondelete="RESTRICT"), index=True)
    issued_document_id: Mapped[int] = mapped_column(
        ForeignKey("issued_documents.id", ondelete="RESTRICT"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"), index=True)
    number_text: Mapped[str] = mapped_column(String(SHORT))  # "12/BCĐ-VP" as printed
    issued_on: Mapped[dt.date] = mapped_column(Date)
    reply_by: Mapped[dt.date | None] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(LONG_LINE))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReminderLetterTask(Base):
    """A task a reminder letter chased (the task's history shows the letter)."""

    __tablename__ = "reminder_letter_tasks"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("reminder_letters.id", ondelete="CASCADE"), primary_key=True)
    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True, index=True)


class MeetingMaterial(Base):
    """A file members read before a meeting (tài liệu họp), copied into the database.

    The bytes live in :class:`MaterialChunk` rows of at most 1 MB, written and read one at a
    time, so a large file never sits whole in memory and goes into every backup with the rest.
    """

    __tablename__ = "meeting_materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(NAME))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str | None] = mapped_column(String(NAME))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MaterialChunk(Base):
    __tablename__ = "material_chunks"

    material_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_materials.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MeetingPlanEntry(Timestamped, Base):
    """One line of a committee's meeting plan for the year, typed in advance; turned into a
    planned meeting it keeps the link."""

    __tablename__ = "meeting_plan_entries"
    __table_args__ = (Index("ix_meeting_plan_entries_committee_day", "committee_id", "planned_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="RESTRICT"))
    planned_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(SHORT))
    contents: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True)


# -- several people at once (a shared database) ----------------------------------------------


class ChangeCounter(Base):
    """How many saves have touched an area ("meetings", "tasks", …) or one meeting
    ("meeting:<id>"). Other windows read these few rows every few seconds to show what others
    changed; the same on SQLite and PostgreSQL, and a dropped connection only delays it."""

    __tablename__ = "change_counters"

    scope: Mapped[str] = mapped_column(String(SHORT), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ChangeLogEntry(Base):
    """Who changed what and when, for a meeting's and a task's history. Saves of the same
    record by the same person a few minutes apart are one entry (typing autosaves often)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(NAME))
    # No foreign keys: the entry saying a record was deleted outlives the record.
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    task_id: Mapped[int | None] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(SHORT))  # the table: "opinions", "tasks", …
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(12))   # create, update, delete
    fields: Mapped[str] = mapped_column(String(LONG_LINE), default="")


class Presence(Base):
    """A program that has a meeting open, and when it last said so (its heartbeat)."""

    __tablename__ = "presence"

    session_key: Mapped[str] = mapped_column(String(SHORT), primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    who: Mapped[str] = mapped_column(String(NAME))
    machine: Mapped[str] = mapped_column(String(NAME))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
