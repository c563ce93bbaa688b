"""A meeting's Word documents: numbers from the committee's series, the data as it was on the
meeting's day, and the file written so that a number is issued exactly once.

Writing goes prepare → confirm → write. ``prepare`` reads the meeting once and proposes the
number (the one kept with the meeting, else the next in the series: the year for a state
committee, the term for a party one), the date, the signer and the recipients; the user's
choices are applied to it without reading again (``PreparedDocument.with_options``);
``write_prepared`` then reserves the number in one transaction (a number already used, or a
database that cannot be written, is refused here, before any file exists), writes the file
under a temporary name and renames it, and marks the number written. A reservation whose file
never appeared (the program was stopped in between) stays with the meeting: the next write of
that document reuses it, and ``pending`` lists such reservations.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core import documents as d
from core import models as m
from core.db import Database
from core.documents import signers
from core.errors import ConflictError, EnvironmentProblem, ValidationError, is_read_only
from core.services import settings as st
from core.services.agencies import agency_name_on
from core.services.document_parts import (
    collective_of,
    committee_identity,
    head_on,
    recipients_for,
    shared_settings,
    signature_for,
)
from core.services.meeting_common import get_row
from core.services.meetings import MeetingService

KINDS = {"minutes": "BB", "notice": "TB", "invitation": "GM"}
LABELS = {"minutes": "Biên bản", "notice": "Thông báo kết luận", "invitation": "Giấy mời"}
INVITATION_LEAD_DAYS = 5  # an old meeting's invitation is dated a working week before it


@dataclass(frozen=True)
class IssuedNumber:
    doc_type: str
    series: str
    number: int
    issued_on: dt.date
    meeting_id: int | None
    state: str = "written"              # "reserved": taken, its file not confirmed written
    file_path: str | None = None

    @property
    def reserved(self) -> bool:
        return self.state == "reserved"


@dataclass(frozen=True)
class DocumentOptions:
    """What the user chooses when writing a document; None takes the committee's defaults."""

    number: int | None = None
    issue_date: dt.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    authority: str | None = None          # KT. TRƯỞNG BAN, T/L …, T/M …; "" for none
    recipients: tuple[str, ...] | None = None
    archive: str | None = None
    preparation: tuple[str, ...] = ()
    contact: str | None = None


@dataclass(frozen=True)
class PreparedDocument:
    """A document ready to write: its data (number included) and what to ask the user first."""

    meeting_id: int
    kind: str
    data: Any                           # MinutesData | NoticeData | InvitationData
    meeting_day: dt.date
    number_reset: str
    term_label: str | None
    issued: IssuedNumber | None         # the number already kept with the meeting, if any
    concerns: tuple[str, ...] = ()      # "not_held", "no_conclusion": asked before writing
    authorities: tuple[str, ...] = ()   # the authority lines of the committee's style
    invitees: tuple[tuple, tuple] = ((), ())  # invitation: every member and guest, signer too

    @property
    def number(self) -> int | None:
        return self.data.number.number

    @property
    def issue_date(self) -> dt.date:
        return self.data.issue_date or self.meeting_day

    @property
    def signature(self) -> d.Signature | None:
        return getattr(self.data, "signature", None)

    def series_on(self, day: dt.date) -> str:
        return _series(self.number_reset, self.term_label, day)

    def with_options(self, options: DocumentOptions) -> PreparedDocument:
        """The user's choices (number, date, who signs) applied, without reading the data again."""
        data = self.data
        day = options.issue_date or self.issue_date
        number = d.DocumentNumber(data.number.type_code,
                                  options.number if options.number is not None else self.number,
                                  self.series_on(day), data.number.issuer)
        data = replace(data, number=number, issue_date=day)
        signature = self.signature
        if signature is not None:
            style = data.committee.style
            authority = signature.authority if options.authority is None else (
                signers.in_style(options.authority, style) or None)
            title = (options.signer_title or "").strip().upper()
            signature = d.Signature(
                title=title or signature.title, name=options.signer_name or signature.name,
                authority=authority, post=None if title and title != signature.title
                else signature.post)
            data = replace(data, signature=signature)
            if self.kind == "invitation":
                data = replace(data, meeting=_without(data.meeting, self.invitees, signature.name))
        return replace(self, data=data)


def series_of(committee: m.Committee, day: dt.date) -> str:
    """The series a number belongs to: the year (restarts each year) or the term label."""
    return _series(committee.number_reset, committee.term_label, day)


def _series(number_reset: str, term_label: str | None, day: dt.date) -> str:
    if number_reset == "term":
        return term_label or "nhiệm kỳ"
    return str(day.year)


def body_word(committee_name: str, issuing_body: str | None) -> str:
    """How the committee names itself in an authority line: BAN CHỈ ĐẠO, TIỂU BAN."""
    return signers.collective(committee_name, issuing_body)


def invitation_date(meeting_day: dt.date, today: dt.date) -> dt.date:
    """An invitation is issued before the meeting: today for a meeting still to come, else a
    working week before the meeting (never on a weekend)."""
    if today < meeting_day:
        return today
    day = meeting_day - dt.timedelta(days=INVITATION_LEAD_DAYS)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- numbers ------------------------------------------------------------------------------
    def next_number(self, *, committee_id: int, kind: str, on: dt.date) -> int:
        """The number the next document of this kind would take in the committee's series."""
        with self.db.reading() as session:
            committee = get_row(session, m.Committee, committee_id, "ban")
            return _next_number(session, committee, KINDS[kind], series_of(committee, on))

    def issued(self, *, meeting_id: int, kind: str) -> IssuedNumber | None:
        with self.db.reading() as session:
            row = _issued_row(session, meeting_id, KINDS[kind])
            return _issued(row) if row else None

    def pending(self) -> list[IssuedNumber]:
        """Numbers reserved whose file was never confirmed written (the program was stopped
        while writing): each is reused by the next write of that meeting's document."""
        with self.db.reading() as session:
            rows = session.scalars(select(m.IssuedDocument)
                                   .where(m.IssuedDocument.state == "reserved")
                                   .order_by(m.IssuedDocument.id)).all()
            return [_issued(row) for row in rows]

    def proposed_number(self, *, meeting_id: int, kind: str, on: dt.date | None = None) -> int:
        """The meeting's number for this document if issued, else the next free one."""
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            row = _issued_row(session, meeting_id, KINDS[kind])
            if row is not None:
                return row.number
            day = on or _default_issue_date(kind, meeting.starts_at.date())
            return _next_number(session, meeting.committee, KINDS[kind],
                                series_of(meeting.committee, day))

    # --- prepare ------------------------------------------------------------------------------
    def prepare(self, *, meeting_id: int, kind: str,
                options: DocumentOptions | None = None) -> PreparedDocument:
        """Everything the document prints, for the meeting as it was that day, and what the
        user should be asked before it is written."""
        _check_kind(kind)
        options = options or DocumentOptions()
        detail = MeetingService(self.db).get(meeting_id=meeting_id)
        shared = shared_settings(self.db)
        day = detail.starts_at.date()
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            committee = meeting.committee
            issue_date = options.issue_date or _default_issue_date(kind, day)
            row = _issued_row(session, meeting_id, KINDS[kind])
            number = options.number
            if number is None:
                number = row.number if row else _next_number(
                    session, committee, KINDS[kind], series_of(committee, issue_date))
            identity = committee_identity(committee)
            doc_number = d.DocumentNumber(KINDS[kind], number, series_of(committee, issue_date))
            record = _meeting_record(session, detail)
            signature = None
            if kind != "minutes":
                signer = _signer(session, meeting, committee, issue_date)
                signature = signature_for(
                    session, committee, signer, issue_date, name=options.signer_name,
                    title=options.signer_title, authority=options.authority,
                    shared_authority=shared[st.SIGNER_AUTHORITY])
            recipients = _recipients(kind, committee, options, shared[st.RECIPIENTS])
            authorities = tuple(signers.authority_choices(committee.style, collective_of(committee)))
            prepared = PreparedDocument(
                meeting_id=meeting_id, kind=kind, data=None, meeting_day=day,
                number_reset=committee.number_reset, term_label=committee.term_label,
                issued=_issued(row) if row else None, concerns=_concerns(kind, detail),
                authorities=authorities, invitees=(record.members, record.guests))
        data: d.MinutesData | d.NoticeData | d.InvitationData
        if kind == "minutes":
            data = d.MinutesData(committee=identity, number=doc_number, meeting=record,
                                 issue_date=issue_date, recipients=recipients)
        elif signature is None:  # every kind but the minutes has its signer, above
            raise AssertionError(kind)
        elif kind == "notice":
            data = d.NoticeData(committee=identity, number=doc_number, meeting=record,
                                issue_date=issue_date, signature=signature, recipients=recipients)
        else:
            data = d.InvitationData(
                committee=identity, number=doc_number,
                meeting=_without(record, prepared.invitees, signature.name),
                issue_date=issue_date, signature=signature, recipients=recipients,
                preparation=options.preparation, contact=options.contact)
        return replace(prepared, data=data)

    def build(self, *, meeting_id: int, kind: str, options: DocumentOptions | None = None):
        """The document's data (core.documents model) for the meeting as it was that day."""
        return self.prepare(meeting_id=meeting_id, kind=kind, options=options).data

    # --- write --------------------------------------------------------------------------------
    def write(self, *, meeting_id: int, kind: str, path: Path,
              options: DocumentOptions | None = None,
              insist: bool = False) -> tuple[Path, IssuedNumber]:
        """Prepare and write in one step (the command line). ``insist`` writes a document the
        meeting is not ready for (not held yet, a notice without conclusions) as a draft."""
        prepared = self.prepare(meeting_id=meeting_id, kind=kind, options=options)
        return self.write_prepared(prepared, Path(path), insist=insist)

    def write_prepared(self, prepared: PreparedDocument, path: Path, *,
                       insist: bool = False) -> tuple[Path, IssuedNumber]:
        """Reserve the number, write the file (temporary name, then rename), mark it written.

        Nothing is written when the number is taken, the database cannot be written or the
        meeting is not ready (unless ``insist``). A file that cannot be written (open in Word,
        read-only folder) gives its number back.
        """
        if prepared.concerns and not insist:
            raise ConflictError(f"document_{prepared.concerns[0]}", kind=LABELS[prepared.kind])
        if prepared.number is None:
            raise ValidationError("required", field="Số văn bản", field_name="number")
        if prepared.kind == "invitation" and prepared.issue_date > prepared.meeting_day:
            raise ValidationError(
                "invitation_after_meeting", field="Ngày giấy mời", field_name="issue_date",
                date=f"{prepared.issue_date:%d/%m/%Y}", meeting_date=f"{prepared.meeting_day:%d/%m/%Y}")
        from core.documents.files import save_document

        document = getattr(d, f"build_{prepared.kind}")(prepared.data)
        target = Path(path)
        row_id, before = self._reserve(prepared, target)
        try:
            save_document(document, target)
        except BaseException:
            self._release(row_id, before)
            raise
        return target, self._confirm(row_id, target)

    def default_file_name(self, *, meeting_id: int, kind: str) -> str:
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            return d.default_file_name(kind, meeting.starts_at.date(),
                                       meeting.committee.abbreviation or "")

    def _reserve(self, prepared: PreparedDocument, target: Path) -> tuple[int, tuple | None]:
        """Take the number for the meeting in one transaction; give what to restore on failure."""
        doc_type, number = KINDS[prepared.kind], prepared.number
        series, issued_on = prepared.data.number.series, prepared.issue_date
        try:
            with self.db.transaction() as session:
                meeting = get_row(session, m.Meeting, prepared.meeting_id, "cuộc họp")
                row = _issued_row(session, prepared.meeting_id, doc_type)
                taken = session.scalar(select(m.IssuedDocument.id).where(
                    m.IssuedDocument.committee_id == meeting.committee_id,
                    m.IssuedDocument.doc_type == doc_type, m.IssuedDocument.series == series,
                    m.IssuedDocument.number == number,
                    m.IssuedDocument.id != (row.id if row is not None else -1)))
                if taken is not None:
                    raise ValidationError("number_taken", field="Số văn bản", field_name="number",
                                          number=number, series=series)
                before = None
                if row is None:
                    row = m.IssuedDocument(committee_id=meeting.committee_id,
                                           meeting_id=prepared.meeting_id, doc_type=doc_type)
                    session.add(row)
                else:
                    before = (row.number, row.series, row.issued_on, row.state, row.file_path)
                row.number, row.series, row.issued_on = number, series, issued_on  # type: ignore[assignment]  # prepare() numbers every document it gives
                row.state, row.file_path = "reserved", str(target)
                session.flush()
                return row.id, before
        except DBAPIError as exc:
            if is_read_only(exc):
                raise EnvironmentProblem("database_readonly", path=self.db.label) from exc
            raise

    def _release(self, row_id: int, before: tuple | None) -> None:
        with self.db.transaction() as session:
            row = session.get(m.IssuedDocument, row_id)
            if row is None:
                return
            if before is None:
                session.delete(row)
            else:
                row.number, row.series, row.issued_on, row.state, row.file_path = before

    def _confirm(self, row_id: int, target: Path) -> IssuedNumber:
        with self.db.transaction() as session:
            row = session.get_one(m.IssuedDocument, row_id)
            row.state, row.file_path = "written", str(target)
            session.flush()
            return _issued(row)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError("invalid_choice", field="Loại văn bản", field_name="kind",
                              value=kind, choices=", ".join(KINDS))


def _concerns(kind: str, detail) -> tuple[str, ...]:
    """What makes the document premature: minutes or a notice of a meeting not held yet, a
    notice with no conclusion to announce."""
    found = []
    if kind in ("minutes", "notice") and detail.status == "planned":
        found.append("not_held")
    if kind == "notice" and not detail.conclusions and not detail.task_count:
        found.append("no_conclusion")
    return tuple(found)


def _signer(session: Session, meeting: m.Meeting, committee: m.Committee,
            day: dt.date) -> m.Person | None:
    """Who signs by default: the chair of the meeting, else the committee's usual signer, else
    its head on that day."""
    for person_id in (meeting.chair_id, committee.default_signer_id):
        if person_id is not None:
            return session.get(m.Person, person_id)
    return head_on(session, committee, day)


def _without(record: d.MeetingRecord, invitees: tuple[tuple, tuple], signer: str) -> d.MeetingRecord:
    """The invitation's list without the person who signs it."""
    members, guests = invitees
    return replace(record, members=tuple(a for a in members if a.name != signer),
                   guests=tuple(a for a in guests if a.name != signer))


def _issued_row(session: Session, meeting_id: int, doc_type: str) -> m.IssuedDocument | None:
    return session.scalars(select(m.IssuedDocument).where(
        m.IssuedDocument.meeting_id == meeting_id, m.IssuedDocument.doc_type == doc_type)).first()


def _issued(row: m.IssuedDocument) -> IssuedNumber:
    return IssuedNumber(row.doc_type, row.series, row.number, row.issued_on, row.meeting_id,
                        row.state or "written", row.file_path)


def _next_number(session: Session, committee: m.Committee, doc_type: str, series: str) -> int:
    highest = session.scalar(select(func.max(m.IssuedDocument.number)).where(
        m.IssuedDocument.committee_id == committee.id, m.IssuedDocument.doc_type == doc_type,
        m.IssuedDocument.series == series))
    return (highest or 0) + 1


def _default_issue_date(kind: str, meeting_day: dt.date) -> dt.date:
    """Minutes and notices are dated the meeting's day; an invitation comes before it."""
    if kind == "invitation":
        return invitation_date(meeting_day, dt.date.today())
    return meeting_day


def _meeting_record(session: Session, detail) -> d.MeetingRecord:
    day = detail.starts_at.date()
    members: list[d.Attendee] = []
    guests: list[d.Attendee] = []
    for a in detail.attendance:
        attendee = d.Attendee(
            name=a.name, position=a.position, agency=a.agency_name, status=a.status,
            absence_reason=a.absence_reason,
            substitute=d.PersonRef(a.substitute_name, a.substitute_position, True)
            if a.substitute_name else None,
            is_person=not a.name_is_title)
        (members if a.is_member else guests).append(attendee)
    titles = {a.name: a.name_is_title for a in detail.attendance}
    agenda = []
    for item in detail.agenda:
        agenda.append(d.AgendaItem(title=item.title, presenter=item.presenter_text, opinions=tuple(
            _opinion(o, titles) for o in detail.opinions_under(item.id))))
    other = tuple(_opinion(o, titles) for o in detail.opinions_under(None))
    conclusions = tuple(
        d.ConclusionPoint(p.text, tuple(d.ConclusionPoint(c.text) for c in p.children))
        for p in detail.conclusions)
    point_index = {p.id: i for i, p in enumerate(detail.conclusions)}
    for i, p in enumerate(detail.conclusions):
        for child in p.children:
            point_index[child.id] = i
    tasks = []
    rows = session.scalars(select(m.Task).where(m.Task.meeting_id == detail.id)
                           .order_by(m.Task.id)).all()
    for task in rows:
        if task.lead_agency_id is not None:
            lead = agency_name_on(session.get_one(m.Agency, task.lead_agency_id), day)
        else:
            lead = session.get_one(m.Person, task.lead_person_id).full_name
        coordinators = tuple(agency_name_on(session.get_one(m.Agency, link.agency_id), day)
                             for link in task.coordinators)
        tasks.append(d.TaskLine(
            content=task.content, lead=lead, coordinators=coordinators,
            deadline_kind=task.deadline_kind, deadline_text=task.deadline_text,
            due_date=task.original_due_date or task.due_date,
            point_index=point_index.get(task.conclusion_point_id)))
    return d.MeetingRecord(
        kind=detail.kind, title=detail.title, starts_at=detail.starts_at, ends_at=detail.ends_at,
        place=detail.place or "",
        chair=d.PersonRef(detail.chair_name or "", detail.chair_position,
                          True if detail.chair_id is not None else None),
        secretary=d.PersonRef(detail.secretary_name, detail.secretary_position,
                              True if detail.secretary_id is not None else None)
        if detail.secretary_name else None,
        members=tuple(members), guests=tuple(guests), agenda=tuple(agenda),
        other_opinions=other, conclusions=conclusions, tasks=tuple(tasks))


def _opinion(o, titles: dict[str, bool]) -> d.Opinion:
    """A speaker from the register is a person; one from the meeting's list is what that row
    says; a name typed for this opinion only is left to the writer (core.documents.wording)."""
    if o.speaker_id is not None:
        is_person = True
    elif o.speaker_name in titles:
        is_person = not titles[o.speaker_name]
    else:
        is_person = None
    return d.Opinion(speaker_name=o.speaker_name, text=o.text, speaker_position=o.speaker_position,
                     speaker_is_person=is_person)


def _recipients(kind: str, committee: m.Committee, options: DocumentOptions,
                shared: str) -> d.Recipients:
    """Nơi nhận: the notice goes to the committee's list (core.services.document_parts); the
    minutes to those who attended, the invitation to those invited; each ends with "Lưu"."""
    if kind == "notice" or options.recipients is not None:
        return recipients_for(committee, shared, lines=options.recipients, archive=options.archive)
    from core.documents import phrases as ph

    line = ph.RECIPIENTS_MEETING if kind == "minutes" else ph.RECIPIENTS_INVITEES
    archive = options.archive or ("VT, hồ sơ" if kind == "minutes" else "VT")
    return d.Recipients((line,), archive)
