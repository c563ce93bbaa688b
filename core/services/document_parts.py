"""What every document of a committee shares: its identity, who signs and how, where it goes.

Used by the meeting documents and the periodic report, so a committee signs and addresses all
its documents the same way.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m
from core.documents import phrases as ph
from core.documents import signers
from core.documents.model import CommitteeIdentity, Recipients, Signature
from core.services import settings as st
from core.services.meeting_common import membership_on


def committee_identity(committee: m.Committee) -> CommitteeIdentity:
    return CommitteeIdentity(
        name=committee.name, abbreviation=committee.abbreviation or "", style=committee.style,
        issuing_body=committee.issuing_body or committee.name.upper(),
        parent_body=committee.parent_body, place_name=committee.place_name or "",
        secretariat_name=committee.secretariat_name)


def collective_of(committee: m.Committee | CommitteeIdentity) -> str:
    return signers.collective(committee.name, committee.issuing_body)


def head_on(session: Session, committee: m.Committee, day: dt.date) -> m.Person | None:
    """The person who held the head's seat (Trưởng ban, Chủ tịch) on ``day``."""
    seats = session.scalars(select(m.Membership).where(
        m.Membership.committee_id == committee.id,
        (m.Membership.start_date.is_(None)) | (m.Membership.start_date <= day),
        (m.Membership.end_date.is_(None)) | (m.Membership.end_date >= day))
        .order_by(m.Membership.rank, m.Membership.id)).all()
    for seat in seats:
        if signers.rank_of(seat.role) == "head":
            return seat.person
    return None


def signature_for(session: Session, committee: m.Committee, person: m.Person | None,
                  day: dt.date, *, name: str | None = None, title: str | None = None,
                  authority: str | None = None, shared_authority: str = "") -> Signature:
    """The block for ``person`` signing on ``day``: his seat in the committee that day gives
    the title and the default authority (TM. for the head, KT. for a deputy, TL. otherwise).

    ``authority``/``title``/``name`` typed by the user win; an authority typed in the other
    style's words is rewritten in this committee's style. ``shared_authority`` is the
    organisation's setting, used when the user typed none.
    """
    style, collective = committee.style, collective_of(committee)
    seat = membership_on(session, committee_id=committee.id, person_id=person.id, day=day) \
        if person is not None else None
    # Nobody known to sign: the head's block, the name left to write by hand.
    role = seat.role if seat else (None if person else signers.head_title(collective))
    block = signers.signature(
        style=style, collective_word=collective, name=person.full_name if person else "",
        role=role, own_post=person.position if person else None,
        with_own_post=bool(committee.signer_own_post))
    line = block.authority
    chosen = authority if authority is not None else (shared_authority or None)
    if chosen is not None:
        line = signers.in_style(chosen, style) or None
    return Signature(title=(title or block.title).upper(), name=name or block.name,
                     authority=line, post=None if title else block.post)


def _collective_in_text(committee: m.Committee) -> str:
    name = committee.name.casefold()
    for start, _word, _head in ph.COLLECTIVES:
        if name.startswith(start):
            return committee.name[:len(start)]
    return committee.name


def default_recipients(committee: m.Committee) -> tuple[str, ...]:
    """A committee that set no list: its own members and the agencies concerned."""
    return (ph.RECIPIENTS_MEMBERS.format(collective=_collective_in_text(committee)),
            ph.RECIPIENTS_AGENCIES)


def recipients_for(committee: m.Committee, shared: str, *, lines: tuple[str, ...] | None = None,
                   archive: str | None = None) -> Recipients:
    """Nơi nhận: the lines the user typed, else the committee's list, else the organisation's
    default, else the committee's own members. A line "Lưu: …" is the archive line; every
    document ends with one (state "Lưu: VT, …", party "Lưu …")."""
    if lines is not None:
        source = list(lines)
    else:
        text = committee.recipients if committee.recipients and committee.recipients.strip() \
            else shared
        source = [line for line in str(text or "").splitlines() if line.strip()] \
            or list(default_recipients(committee))
    kept = []
    for line in source:
        line = line.strip(" -+•;.")
        if line.casefold().startswith("lưu"):
            archive = archive or line[3:].lstrip(" :")
        elif line:
            kept.append(line)
    return Recipients(tuple(kept), archive or ph.ARCHIVE_STATE_DEFAULT)


def shared_settings(db) -> dict[str, str]:
    service = st.SettingsService(db)
    return {key: str(service.get(key=key) or "") for key in (st.RECIPIENTS, st.SIGNER_AUTHORITY)}
