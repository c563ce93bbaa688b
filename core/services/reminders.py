"""Reminder letters (công văn đôn đốc): one letter per lead agency whose tasks of a committee
are late on a day (or due within N days, or those the register shows), numbered in the
committee's series, written into a new dated folder with a summary list (.xlsx), and recorded
with the tasks each letter chased.

Nothing half done: the letters are written into a hidden folder first; the folder gets its name
and the numbers and records are committed together, or the folder is removed again.
Memory stays flat however many agencies: one agency's tasks are read, written and let go at a
time.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.documents.files import safe_file_stem
from core.documents.model import CommitteeIdentity, Recipients, Signature
from core.errors import AppError, EnvironmentProblem, ValidationError
from core.services import settings as st
from core.services.committees import get_committee
from core.services.documents import body_word, series_of
from core.services.task_queries import task_filters
from core.services.reminder_history import ReminderRecord, reminders_of
from core.services.task_sources import notice_numbers

DOC_TYPE = "CV"            # công văn, in the committee's number series (issued_documents)
REPLY_DAYS = 10            # the report asked for by default: ten days after the letter
FOLDER_PREFIX = "Don-doc"
_CHUNK = 500  # ids per IN (…)


@dataclass(frozen=True)
class ReminderOptions:
    """What the user chooses. ``due_within`` None: the tasks late on ``as_of``; N: also those
    due within N days. ``filters``: the register's current filters (TaskService.list keywords)
    instead; only the tasks not yet done among them are chased."""

    as_of: dt.date
    due_within: int | None = None
    filters: dict | None = None
    issue_date: dt.date | None = None      # default: as_of
    reply_by: dt.date | None = None        # default: issue date + 10 days
    first_number: int | None = None        # default: the next free number of the series
    drafting_unit: str = "VP"              # state "Số: 12/BCĐ-VP"
    signer_name: str | None = None
    signer_title: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class SentLetter:
    agency_id: int
    agency_name: str
    number: int
    number_text: str                       # "12/BCĐ-VP"
    path: Path
    task_count: int
    late_count: int
    most_days_late: int


@dataclass(frozen=True)
class ReminderBatch:
    folder: Path
    summary: Path
    letters: tuple[SentLetter, ...]
    issued_on: dt.date
    reply_by: dt.date

    @property
    def task_count(self) -> int:
        return sum(letter.task_count for letter in self.letters)


def reminder_clauses(options: ReminderOptions, committee_id: int) -> list:
    """WHERE clauses of the tasks to chase: the committee's, not done, led by an agency."""
    as_of = options.as_of
    if options.filters is not None:
        clauses = task_filters(today=as_of, **{**options.filters, "committee_id": committee_id})
    else:
        clauses = task_filters(today=as_of, committee_id=committee_id)
        last = as_of - dt.timedelta(days=1) if options.due_within is None else \
            as_of + dt.timedelta(days=options.due_within)
        clauses.append(m.Task.due_date <= last)
    return [*clauses, m.Task.completed_on.is_(None), m.Task.lead_agency_id.is_not(None)]


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, *, committee_id: int, options: ReminderOptions) -> tuple[int, int]:
        """(agencies, tasks) a write would cover: the dialog's summary line."""
        with self.db.reading() as session:
            get_committee(session, committee_id)
            row = session.execute(
                select(func.count(func.distinct(m.Task.lead_agency_id)), func.count())
                .select_from(m.Task).where(*reminder_clauses(options, committee_id))).one()
            return int(row[0]), int(row[1])

    def write(self, *, committee_id: int, out_dir: Path | str,
              options: ReminderOptions) -> ReminderBatch:
        """Write the letters and the summary list into a new folder inside ``out_dir``."""
        from core.documents import reminder as rd

        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise EnvironmentProblem("folder_missing", path=str(out_dir))
        issue_date = options.issue_date or options.as_of
        reply_by = options.reply_by or issue_date + dt.timedelta(days=REPLY_DAYS)
        if reply_by < issue_date:
            raise ValidationError("dates_reversed", field_name="reply_by",
                                  start=f"{issue_date:%d/%m/%Y}", end=f"{reply_by:%d/%m/%Y}")
        with self.db.reading() as session:
            committee = get_committee(session, committee_id)
            identity = committee_identity(committee)
            series = series_of(committee, issue_date)
            first = options.first_number or _next_number(session, committee_id, series)
            if first < 1:
                raise ValidationError("invalid_number", field="Số công văn đầu tiên",
                                      field_name="first_number", value=first)
            agencies = _agencies(session, reminder_clauses(options, committee_id))
            if not agencies:
                raise AppError("reminders_nothing", committee=committee.name,
                               as_of=f"{options.as_of:%d/%m/%Y}")
            taken = session.scalar(select(func.count()).select_from(m.IssuedDocument).where(
                m.IssuedDocument.committee_id == committee_id,
                m.IssuedDocument.doc_type == DOC_TYPE, m.IssuedDocument.series == series,
                m.IssuedDocument.number.between(first, first + len(agencies) - 1)))
            if taken:
                raise ValidationError("number_taken", field="Số công văn", field_name="first_number",
                                      number=first, series=series)
            signature = _signature(session, committee, identity, options)
            body = body_word(identity.name, identity.issuing_body)
            head = _HEADS.get(body, "Lãnh đạo Ban")
            recipients = Recipients(("Như trên", f"{head} (để báo cáo)"),
                                    "VT" if identity.style == "state" else None)
            meeting_ids = session.scalars(select(m.Meeting.id).where(
                m.Meeting.committee_id == committee_id)).all()
            notices = notice_numbers(session, meeting_ids)
            writer = rd.ReminderWriter(identity.style)
            with _staging(out_dir) as staging:
                letters: list[tuple[SentLetter, list[int]]] = []
                for i, (agency_id, agency_name, ids) in enumerate(agencies):
                    number = first + i
                    doc_number = rd.letter_number(identity.style, number, identity,
                                                  options.drafting_unit)
                    tasks = _agency_tasks(session, ids, notices)
                    cited = tuple(dict.fromkeys(
                        t.source.replace("TB số", "Thông báo số", 1) for t in tasks
                        if t.source.startswith("TB số")))
                    data = rd.ReminderLetterData(
                        committee=identity, number=doc_number, issue_date=issue_date,
                        as_of=options.as_of, reply_by=reply_by, agency=agency_name, cited=cited,
                        tasks=tuple(tasks), signature=signature, recipients=recipients,
                        head_title=head,
                        due_soon_included=options.filters is not None or bool(options.due_within))
                    name = f"{number:03d}-{safe_file_stem(agency_name)[:80]}.docx"
                    writer.write(data, staging / name)
                    late = [t.days_late(options.as_of) for t in tasks]
                    letters.append((SentLetter(
                        agency_id, agency_name, number,
                        rd.number_text(identity.style, doc_number, identity), staging / name,
                        len(tasks), sum(1 for d in late if d > 0), max(late, default=0)), ids))
                from core.services.reminder_summary import write_summary

                summary_name = f"Danh-sach-cong-van-don-doc-{issue_date:%Y-%m-%d}.xlsx"
                write_summary(staging / summary_name, identity, [x for x, _ in letters],
                              issue_date=issue_date, as_of=options.as_of, reply_by=reply_by)
                folder = _free_name(out_dir, f"{FOLDER_PREFIX}-{issue_date:%Y-%m-%d}-"
                                    f"{safe_file_stem(committee.abbreviation or 'BCD')}")
                staging.rename(folder)
        try:
            self._record(committee_id, series, issue_date, reply_by, folder, letters)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        sent = tuple(SentLetter(**{**x.__dict__, "path": folder / x.path.name}) for x, _ in letters)
        return ReminderBatch(folder, folder / summary_name, sent, issue_date, reply_by)

    def history(self, *, task_id: int) -> tuple[ReminderRecord, ...]:
        """The letters that chased a task, oldest first."""
        with self.db.reading() as session:
            return reminders_of(session, task_id)


    def _record(self, committee_id: int, series: str, issued_on: dt.date, reply_by: dt.date,
                folder: Path, letters: list[tuple[SentLetter, list[int]]]) -> None:
        try:
            with self.db.transaction() as session:
                for letter, task_ids in letters:
                    issued = m.IssuedDocument(committee_id=committee_id, meeting_id=None,
                                              doc_type=DOC_TYPE, series=series,
                                              number=letter.number, issued_on=issued_on)
                    session.add(issued)
                    session.flush()
                    row = m.ReminderLetter(
                        committee_id=committee_id, issued_document_id=issued.id,
                        agency_id=letter.agency_id, number_text=letter.number_text,
                        issued_on=issued_on, reply_by=reply_by,
                        file_name=str(folder / letter.path.name))
                    session.add(row)
                    session.flush()
                    session.execute(insert(m.ReminderLetterTask),
                                    [{"letter_id": row.id, "task_id": t} for t in task_ids])
        except IntegrityError as exc:  # another window took a number meanwhile
            raise ValidationError("number_taken", field="Số công văn", field_name="first_number",
                                  number=letters[0][0].number, series=series) from exc


_HEADS = {"BAN CHỈ ĐẠO": "Trưởng Ban Chỉ đạo", "TIỂU BAN": "Trưởng Tiểu ban",
          "HỘI ĐỒNG": "Chủ tịch Hội đồng"}


def committee_identity(committee: m.Committee) -> CommitteeIdentity:
    return CommitteeIdentity(
        name=committee.name, abbreviation=committee.abbreviation or "", style=committee.style,
        issuing_body=committee.issuing_body or committee.name.upper(),
        parent_body=committee.parent_body, place_name=committee.place_name or "",
        secretariat_name=committee.secretariat_name)


def _signature(session: Session, committee: m.Committee, identity: CommitteeIdentity,
               options: ReminderOptions) -> Signature:
    """Default: the committee's usual signer for the committee (TM. / T/M BAN CHỈ ĐẠO)."""
    body = body_word(identity.name, identity.issuing_body)
    authority = options.authority
    if authority is None:
        stored = session.get(m.Setting, st.SIGNER_AUTHORITY)
        word = "TM." if identity.style == "state" else "T/M"
        authority = (stored.value if stored and stored.value else "") or f"{word} {body}"
    signer = session.get(m.Person, committee.default_signer_id) if committee.default_signer_id else None
    return Signature(
        title=options.signer_title or ("TRƯỞNG BAN" if body != "HỘI ĐỒNG" else "CHỦ TỊCH"),
        name=options.signer_name or (signer.full_name if signer else ""),
        authority=authority or None)


def _next_number(session: Session, committee_id: int, series: str) -> int:
    highest = session.scalar(select(func.max(m.IssuedDocument.number)).where(
        m.IssuedDocument.committee_id == committee_id, m.IssuedDocument.doc_type == DOC_TYPE,
        m.IssuedDocument.series == series))
    return (highest or 0) + 1


def _agencies(session: Session, clauses: list) -> list[tuple[int, str, list[int]]]:
    """The lead agencies with tasks to chase, in Vietnamese order of their names, each with
    its task ids (due first). One query for the committee: per agency, the committee's
    condition would be evaluated again for each of 2,000 agencies."""
    ids: dict[int, list[int]] = {}
    for agency_id, task_id in session.execute(
            select(m.Task.lead_agency_id, m.Task.id).where(*clauses)
            .order_by(m.Task.lead_agency_id, m.Task.due_date.asc().nulls_last(), m.Task.id)):
        ids.setdefault(agency_id, []).append(task_id)  # type: ignore[arg-type]  # the clauses keep tasks with a lead agency
    names: dict[int, str] = {}
    keys = list(ids)
    for start in range(0, len(keys), _CHUNK):
        names.update(session.execute(select(m.Agency.id, m.Agency.name)
                                     .where(m.Agency.id.in_(keys[start:start + _CHUNK]))).all())
    return sorted(((a, names.get(a, ""), ids[a]) for a in keys),
                  key=lambda r: (text.sort_key(r[1]), r[0]))


def _agency_tasks(session: Session, task_ids: list[int], notices: dict[int, str]) -> list:
    """The letter's rows, in the order of ``task_ids``, read by primary key."""
    from core.documents.reminder import ReminderTask

    found = {}
    for start in range(0, len(task_ids), _CHUNK):
        query = (select(m.Task.id, m.Task.content, m.Task.meeting_id, m.Task.deadline_text,
                        m.Task.due_date, m.Task.last_progress, m.Meeting.title, m.Meeting.starts_at)
                 .outerjoin(m.Meeting, m.Meeting.id == m.Task.meeting_id)
                 .where(m.Task.id.in_(task_ids[start:start + _CHUNK])))
        for task_id, content, meeting_id, deadline, due, progress, title, starts in session.execute(query):
            source = notices.get(meeting_id, "") if meeting_id is not None else ""
            if not source and title:
                day = f"{starts:%d/%m/%Y}" if starts else ""
                source = title if day in title else f"{title} ngày {day}"
            found[task_id] = ReminderTask(content, source, deadline, due, progress or "")
    return [found[t] for t in task_ids]


@contextlib.contextmanager
def _staging(out_dir: Path) -> Iterator[Path]:
    """A hidden folder to write into; removed if anything fails before it is renamed."""
    staging = out_dir / f".dang-ghi-{uuid.uuid4().hex[:12]}"
    try:
        staging.mkdir()
    except PermissionError as exc:
        raise EnvironmentProblem("folder_readonly", path=str(out_dir)) from exc
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _free_name(parent: Path, stem: str) -> Path:
    candidate, n = parent / stem, 2
    while candidate.exists():
        candidate, n = parent / f"{stem}-{n}", n + 1
    return candidate
