"""Committees (Ban Chỉ đạo, Tiểu ban, Hội đồng) and, through :mod:`memberships`, their members.

A committee carries what its documents need: the header lines, the place name, the number
series style and the default signer. A Tiểu ban may sit under a parent committee.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import models as m
from core import text
from core.db import Database
from core.errors import ConflictError, DuplicateError, NotFoundError, ReferencedError, ValidationError
from core.services.common import KEEP, Keep, begins_a_word, describe_holders, given
from core.services.memberships import ROLES, MemberRecord, MembershipMethods, default_rank
from core.services.people import get_person
from core.validate import choice, optional, required


@dataclass(frozen=True)
class CommitteeRecord:
    id: int
    name: str
    abbreviation: str | None
    parent_id: int | None
    parent_name: str | None
    style: str  # "state" (Nhà nước) or "party" (Đảng): document layout and numbering
    number_reset: str  # "year" or "term": when the document numbers start again at 1
    parent_body: str | None
    issuing_body: str | None
    place_name: str | None
    secretariat_name: str | None
    default_signer_id: int | None
    default_signer_name: str | None
    term_label: str | None
    is_active: bool
    recipients: str | None = None       # Nơi nhận of its notices, one a line; None: the default
    signer_own_post: bool = False       # the signer's post in his own agency under his title


def _record(session: Session, c: m.Committee) -> CommitteeRecord:
    signer = session.get(m.Person, c.default_signer_id) if c.default_signer_id else None
    return CommitteeRecord(
        c.id, c.name, c.abbreviation, c.parent_id, c.parent.name if c.parent else None, c.style,
        c.number_reset, c.parent_body, c.issuing_body, c.place_name, c.secretariat_name,
        c.default_signer_id, signer.full_name if signer else None, c.term_label, c.is_active,
        c.recipients, bool(c.signer_own_post))


def get_committee(session: Session, committee_id: int) -> m.Committee:
    committee = session.get(m.Committee, committee_id)
    if committee is None:
        raise NotFoundError(kind="ban", id=committee_id)
    return committee


# Text fields other than the name: (label, length limit), checked the same way on create/update.
_TEXT_FIELDS = {
    "abbreviation": ("Tên viết tắt", m.SHORT),
    "parent_body": ("Cơ quan cấp trên", m.LONG_LINE),
    "issuing_body": ("Cơ quan ban hành", m.LONG_LINE),
    "place_name": ("Địa danh", m.SHORT),
    "secretariat_name": ("Cơ quan thường trực", m.LONG_LINE),
    "term_label": ("Nhiệm kỳ", m.SHORT),
}


class CommitteeService(MembershipMethods):
    def __init__(self, db: Database) -> None:
        self.db = db

    def _check_duplicate(self, session: Session, name: str, *, exclude: int | None = None) -> None:
        query = select(m.Committee).where(m.Committee.dup_key == text.duplicate_key(name))
        if exclude is not None:
            query = query.where(m.Committee.id != exclude)
        existing = session.scalars(query).first()
        if existing is not None:
            raise DuplicateError("duplicate_committee", field="Tên ban", field_name="name",
                                 existing=existing.name, value=name)

    def _apply(self, session: Session, committee: m.Committee, values: dict) -> None:
        """Check and set every field passed (a value, or None to clear), leaving KEEP ones."""
        if given(values["name"]):
            committee.name = required(values["name"], field="name", label="Tên ban")
            committee.dup_key = text.duplicate_key(committee.name)
            self._check_duplicate(session, committee.name, exclude=committee.id)
        for field, (label, limit) in _TEXT_FIELDS.items():
            if given(values[field]):
                setattr(committee, field, optional(values[field], field=field, label=label,
                                                   limit=limit))
        if given(values["recipients"]):
            lines = text.clean(values["recipients"] or "", multiline=True)
            if len(lines) > 4000:
                raise ValidationError("too_long", field="Nơi nhận", field_name="recipients",
                                      limit=4000, value=lines)
            committee.recipients = lines or None
        if given(values["signer_own_post"]):
            committee.signer_own_post = bool(values["signer_own_post"])
        if given(values["style"]):
            committee.style = choice(values["style"], field="style", label="Thể thức văn bản",
                                     choices=m.DOCUMENT_STYLES)
        if given(values["number_reset"]):
            committee.number_reset = choice(values["number_reset"], field="number_reset",
                                            label="Đánh số lại", choices=m.NUMBER_RESETS)
        if given(values["parent_id"]):
            committee.parent = _valid_parent(session, committee, values["parent_id"])
        if given(values["default_signer_id"]):
            committee.default_signer_id = _valid_signer(session, values["default_signer_id"])
        committee.search_key = text.fold(f"{committee.name} {committee.abbreviation or ''}")

    def create(self, *, name: str, abbreviation: str | None = None, parent_id: int | None = None,
               style: str = "state", number_reset: str = "year", parent_body: str | None = None,
               issuing_body: str | None = None, place_name: str | None = None,
               secretariat_name: str | None = None, default_signer_id: int | None = None,
               term_label: str | None = None, recipients: str | None = None,
               signer_own_post: bool = False) -> CommitteeRecord:
        values = dict(locals())  # every field, as passed; _apply checks and sets them
        del values["self"]
        with self.db.transaction() as session:
            committee = m.Committee()
            self._apply(session, committee, values)
            session.add(committee)
            session.flush()
            return _record(session, committee)

    def update(self, *, committee_id: int, name: str | Keep = KEEP,
               abbreviation: str | None | Keep = KEEP, parent_id: int | None | Keep = KEEP,
               style: str | Keep = KEEP, number_reset: str | Keep = KEEP,
               parent_body: str | None | Keep = KEEP, issuing_body: str | None | Keep = KEEP,
               place_name: str | None | Keep = KEEP, secretariat_name: str | None | Keep = KEEP,
               default_signer_id: int | None | Keep = KEEP,
               term_label: str | None | Keep = KEEP, recipients: str | None | Keep = KEEP,
               signer_own_post: bool | Keep = KEEP) -> CommitteeRecord:
        """Change the fields passed; :data:`KEEP` (the default) leaves one as it is, None clears it.
        Documents already issued keep the header they were printed with."""
        values = dict(locals())  # every field, KEEP where not passed
        del values["self"], values["committee_id"]
        with self.db.transaction() as session:
            committee = get_committee(session, committee_id)
            self._apply(session, committee, values)
            session.flush()
            return _record(session, committee)

    def get(self, *, committee_id: int) -> CommitteeRecord:
        with self.db.reading() as session:
            return _record(session, get_committee(session, committee_id))

    def list(self, *, search: str = "", include_inactive: bool = False) -> list[CommitteeRecord]:
        """Committees in Vietnamese A-Z order; ``search`` ignores diacritics (đ included) and
        matches the name or the abbreviation."""
        with self.db.reading() as session:
            query = select(m.Committee)
            if not include_inactive:
                query = query.where(m.Committee.is_active.is_(True))
            for word in text.search_words(search):
                query = query.where(begins_a_word(m.Committee.search_key, word))
            rows = [_record(session, c) for c in session.scalars(query)]
        return sorted(rows, key=lambda r: text.sort_key(r.name))

    def set_active(self, *, committee_id: int, active: bool) -> CommitteeRecord:
        """A dissolved committee leaves the pick lists; its meetings and documents stay."""
        with self.db.transaction() as session:
            committee = get_committee(session, committee_id)
            committee.is_active = active
            return _record(session, committee)

    def delete(self, *, committee_id: int) -> None:
        """Delete a committee nothing points to; otherwise say what holds it."""
        with self.db.transaction() as session:
            committee = get_committee(session, committee_id)
            count = select(func.count())
            holders = describe_holders(session, [
                ("holds_meetings", count.where(m.Meeting.committee_id == committee.id)),
                ("holds_memberships", count.where(m.Membership.committee_id == committee.id)),
                ("holds_sub_committees", count.where(m.Committee.parent_id == committee.id)),
                ("holds_issued_documents", count.where(m.IssuedDocument.committee_id == committee.id)),
            ])
            if holders:
                raise ReferencedError(kind="ban", name=committee.name, holders=holders)
            session.delete(committee)


def _valid_parent(session: Session, committee: m.Committee, parent_id: int | None) -> m.Committee | None:
    """The parent, unless it is the committee itself or one of its own sub-committees."""
    if parent_id is None:
        return None
    parent = get_committee(session, parent_id)
    seen: set[int] = set()
    ancestor: m.Committee | None = parent
    while ancestor is not None and ancestor.id not in seen:
        if committee.id is not None and ancestor.id == committee.id:
            raise ValidationError("committee_cycle", field="Ban cấp trên", field_name="parent_id",
                                  name=committee.name)
        seen.add(ancestor.id)
        ancestor = ancestor.parent
    return parent


def _valid_signer(session: Session, person_id: int | None) -> int | None:
    if person_id is None:
        return None
    person = get_person(session, person_id)
    if not person.is_active:
        raise ConflictError("inactive", kind="Người", name=person.full_name)
    return person.id


__all__ = ["ROLES", "CommitteeRecord", "CommitteeService", "MemberRecord", "default_rank",
           "get_committee"]
