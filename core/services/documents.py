"""A meeting's Word documents: numbers from the committee's series, the data as it was on the
meeting's day, and the file written atomically.

The number is proposed as the next in the series (the year for a state committee, the term for
a party one) and kept with the meeting once its document has been written, so writing the
minutes again reuses the same number.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import documents as d
from core import models as m
from core.errors import ValidationError
from core.services.agencies import agency_name_on
from core.services.meeting_common import get_row
from core.services.meetings import MeetingService
from core.services import settings as st

KINDS = {"minutes": "BB", "notice": "TB", "invitation": "GM"}


@dataclass(frozen=True)
class IssuedNumber:
    doc_type: str
    series: str
    number: int
    issued_on: dt.date
    meeting_id: int | None


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


def series_of(committee: m.Committee, day: dt.date) -> str:
    """The series a number belongs to: the year (restarts each year) or the term label."""
    if committee.number_reset == "term":
        return committee.term_label or "nhiệm kỳ"
    return str(day.year)


def body_word(committee_name: str, issuing_body: str | None) -> str:
    """How the committee names itself in an authority line: T/M BAN CHỈ ĐẠO, T/M TIỂU BAN."""
    name = committee_name.casefold()
    if name.startswith("tiểu ban"):
        return "TIỂU BAN"
    if name.startswith("ban chỉ đạo"):
        return "BAN CHỈ ĐẠO"
    if name.startswith("hội đồng"):
        return "HỘI ĐỒNG"
    return (issuing_body or committee_name).upper()


class DocumentService:
    def __init__(self, db) -> None:
        self.db = db

    def next_number(self, *, committee_id: int, kind: str, on: dt.date) -> int:
        """The number the next document of this kind would take in the committee's series."""
        with self.db.reading() as session:
            committee = get_row(session, m.Committee, committee_id, "ban")
            return _next_number(session, committee, KINDS[kind], series_of(committee, on))

    def issued(self, *, meeting_id: int, kind: str) -> IssuedNumber | None:
        with self.db.reading() as session:
            row = _issued_row(session, meeting_id, KINDS[kind])
            return _issued(row) if row else None

    def proposed_number(self, *, meeting_id: int, kind: str, on: dt.date | None = None) -> int:
        """The meeting's number for this document if issued, else the next free one."""
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            row = _issued_row(session, meeting_id, KINDS[kind])
            if row is not None:
                return row.number
            day = on or _default_issue_date(kind, meeting)
            return _next_number(session, meeting.committee, KINDS[kind],
                                series_of(meeting.committee, day))

    def build(self, *, meeting_id: int, kind: str, options: DocumentOptions | None = None):
        """The document's data (core.documents model) for the meeting as it was that day."""
        options = options or DocumentOptions()
        detail = MeetingService(self.db).get(meeting_id=meeting_id)
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            committee = meeting.committee
            issue_date = options.issue_date or _default_issue_date(kind, detail)
            number = options.number
            if number is None:
                row = _issued_row(session, meeting_id, KINDS[kind])
                number = row.number if row else _next_number(
                    session, committee, KINDS[kind], series_of(committee, issue_date))
            identity = d.CommitteeIdentity(
                name=committee.name, abbreviation=committee.abbreviation or "",
                style=committee.style, issuing_body=committee.issuing_body or committee.name.upper(),
                parent_body=committee.parent_body, place_name=committee.place_name or "",
                secretariat_name=committee.secretariat_name)
            doc_number = d.DocumentNumber(KINDS[kind], number, series_of(committee, issue_date))
            record = _meeting_record(session, detail)
        shared = st.SettingsService(self.db)
        settings = {key: shared.get(key=key) for key in (st.RECIPIENTS, st.SIGNER_AUTHORITY)}
        recipients = _recipients(kind, identity.style, options, settings)
        if kind == "minutes":
            return d.MinutesData(committee=identity, number=doc_number, meeting=record,
                                 issue_date=issue_date, recipients=recipients)
        signature = _signature(kind, options, identity, detail, settings)
        if kind == "notice":
            return d.NoticeData(committee=identity, number=doc_number, meeting=record,
                                issue_date=issue_date, signature=signature, recipients=recipients)
        return d.InvitationData(
            committee=identity, number=doc_number, meeting=record, issue_date=issue_date,
            signature=signature, recipients=recipients, preparation=options.preparation,
            contact=options.contact)

    def write(self, *, meeting_id: int, kind: str, path: Path,
              options: DocumentOptions | None = None) -> tuple[Path, IssuedNumber]:
        """Write the document to ``path`` (atomically), then keep its number with the meeting.

        A file that cannot be written (open in Word, read-only folder) consumes no number.
        """
        if kind not in KINDS:
            raise ValidationError("invalid_choice", field="Loại văn bản", field_name="kind",
                                  value=kind, choices=", ".join(KINDS))
        data = self.build(meeting_id=meeting_id, kind=kind, options=options)
        written = getattr(d, f"write_{kind}")(data, Path(path))
        issued = self._keep_number(meeting_id, KINDS[kind], data.number.number, data.number.series,
                                   data.issue_date or dt.date.today())
        return written, issued

    def default_file_name(self, *, meeting_id: int, kind: str) -> str:
        with self.db.reading() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            return d.default_file_name(kind, meeting.starts_at.date(),
                                       meeting.committee.abbreviation or "")

    def _keep_number(self, meeting_id: int, doc_type: str, number: int, series: str,
                     issued_on: dt.date) -> IssuedNumber:
        with self.db.transaction() as session:
            meeting = get_row(session, m.Meeting, meeting_id, "cuộc họp")
            row = _issued_row(session, meeting_id, doc_type)
            if row is None:
                row = m.IssuedDocument(committee_id=meeting.committee_id, meeting_id=meeting_id,
                                       doc_type=doc_type, series=series, number=number,
                                       issued_on=issued_on)
                session.add(row)
            elif (row.number, row.series) != (number, series):
                taken = session.scalar(select(m.IssuedDocument.id).where(
                    m.IssuedDocument.committee_id == meeting.committee_id,
                    m.IssuedDocument.doc_type == doc_type, m.IssuedDocument.series == series,
                    m.IssuedDocument.number == number, m.IssuedDocument.id != row.id))
                if taken is not None:
                    raise ValidationError("number_taken", field="Số văn bản", field_name="number",
                                          number=number, series=series)
                row.number, row.series = number, series
            row.issued_on = issued_on
            session.flush()
            return _issued(row)


def _issued_row(session: Session, meeting_id: int, doc_type: str) -> m.IssuedDocument | None:
    return session.scalars(select(m.IssuedDocument).where(
        m.IssuedDocument.meeting_id == meeting_id, m.IssuedDocument.doc_type == doc_type)).first()


def _issued(row: m.IssuedDocument) -> IssuedNumber:
    return IssuedNumber(row.doc_type, row.series, row.number, row.issued_on, row.meeting_id)


def _next_number(session: Session, committee: m.Committee, doc_type: str, series: str) -> int:
    highest = session.scalar(select(func.max(m.IssuedDocument.number)).where(
        m.IssuedDocument.committee_id == committee.id, m.IssuedDocument.doc_type == doc_type,
        m.IssuedDocument.series == series))
    return (highest or 0) + 1


def _default_issue_date(kind: str, detail) -> dt.date:  # noqa: ANN001
    """Minutes and notices are dated the meeting's day; an invitation is dated today."""
    return dt.date.today() if kind == "invitation" else detail.starts_at.date()


def _meeting_record(session: Session, detail) -> d.MeetingRecord:  # noqa: ANN001
    day = detail.starts_at.date()
    members, guests = [], []
    for a in detail.attendance:
        status = {"present": "present", "absent": "absent", "substituted": "substituted"}.get(
            a.status, "invited")
        attendee = d.Attendee(
            name=a.name, position=a.position, agency=a.agency_name, status=status,
            absence_reason=a.absence_reason,
            substitute=d.PersonRef(a.substitute_name, a.substitute_position)
            if a.substitute_name else None)
        (members if a.is_member else guests).append(attendee)
    agenda = []
    for item in detail.agenda:
        opinions = tuple(d.Opinion(speaker_name=o.speaker_name, text=o.text,
                                   speaker_position=o.speaker_position)
                         for o in detail.opinions_under(item.id))
        agenda.append(d.AgendaItem(title=item.title, presenter=item.presenter_text,
                                   opinions=opinions))
    other = tuple(d.Opinion(speaker_name=o.speaker_name, text=o.text,
                            speaker_position=o.speaker_position)
                  for o in detail.opinions_under(None))
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
            lead = agency_name_on(session.get(m.Agency, task.lead_agency_id), day)
        else:
            lead = session.get(m.Person, task.lead_person_id).full_name
        coordinators = tuple(agency_name_on(session.get(m.Agency, link.agency_id), day)
                             for link in task.coordinators)
        tasks.append(d.TaskLine(
            content=task.content, lead=lead, coordinators=coordinators,
            deadline_kind=task.deadline_kind, deadline_text=task.deadline_text,
            due_date=task.original_due_date or task.due_date,
            point_index=point_index.get(task.conclusion_point_id)))
    return d.MeetingRecord(
        kind=detail.kind, title=detail.title, starts_at=detail.starts_at, ends_at=detail.ends_at,
        place=detail.place or "", chair=d.PersonRef(detail.chair_name or "", detail.chair_position),
        secretary=d.PersonRef(detail.secretary_name, detail.secretary_position)
        if detail.secretary_name else None,
        members=tuple(members), guests=tuple(guests), agenda=tuple(agenda),
        other_opinions=other, conclusions=conclusions, tasks=tuple(tasks))


def _recipients(kind: str, style: str, options: DocumentOptions,
                settings: dict[str, str]) -> d.Recipients:
    """Nơi nhận. A notice takes the organisation's default list (settings page), where a line
    "Lưu: …" is the archive line; minutes and invitations have their own usual lines."""
    if options.recipients is not None:
        lines, archive = list(options.recipients), options.archive
    elif kind == "notice":
        lines, archive = [], options.archive
        for line in str(settings.get(st.RECIPIENTS) or "").splitlines():
            line = line.strip(" -;.")
            if line.casefold().startswith("lưu"):
                archive = archive or line[3:].lstrip(" :")
            elif line:
                lines.append(line)
    elif kind == "minutes":
        lines, archive = ([] if style == "party" else ["Các thành viên dự họp"]), options.archive
    else:
        lines, archive = ["Như thành phần mời"], options.archive
    if archive is None and style == "state":
        archive = "VT, hồ sơ"
    return d.Recipients(tuple(lines), archive)


def _signature(kind: str, options: DocumentOptions, identity: d.CommitteeIdentity, detail,  # noqa: ANN001
               settings: dict[str, str]) -> d.Signature:
    """Default: the chair signs for the committee ("T/M BAN CHỈ ĐẠO / TRƯỞNG BAN"); the user
    changes the authority line, title and name when someone else signs."""
    body = body_word(identity.name, identity.issuing_body)
    authority = options.authority
    if authority is None:
        authority = str(settings.get(st.SIGNER_AUTHORITY) or "") or f"T/M {body}"
    title = options.signer_title or ("TRƯỞNG BAN" if body != "HỘI ĐỒNG" else "CHỦ TỊCH")
    name = options.signer_name or detail.chair_name or ""
    return d.Signature(title=title, name=name, authority=authority or None)
