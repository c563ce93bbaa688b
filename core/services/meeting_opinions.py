"""Opinions (ý kiến phát biểu): who spoke, under which agenda item, what they said, in order.

A speaker is matched against the attendance list, so the minutes print the chức vụ they held that
day. Someone who was not on the list may still speak (a late guest): the opinion is kept and
marked ``is_guest`` so the secretary can add them to the list.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, load_only

from core import models as m
from core import text as vn
from core.db import Database
from core.services import versions
from core.services.common import KEEP, Keep, given
from core.services.meeting_common import (
    OPINION_LIMIT,
    editable_meeting,
    ensure_same_meeting,
    get_row,
    meeting_day,
    move_in,
    position_on,
    positive,
    renumber,
)
from core.services.meeting_records import OpinionRecord, opinion_record
from core.validate import optional, required

_KIND = "ý kiến"


@dataclass(frozen=True)
class _Speaker:
    person_id: int | None
    name: str
    position: str | None
    is_guest: bool


def _find_speaker(session: Session, meeting: m.Meeting, person_id: int | None,
                  name: str | None) -> _Speaker:
    """The speaker as the minutes should print them. Only a member's seat (the member, or their
    substitute) makes a speaker not a guest; invited guests and people not listed are guests."""
    rows = list(session.scalars(select(m.Attendance).where(m.Attendance.meeting_id == meeting.id)
                                .order_by(m.Attendance.is_member.desc(), m.Attendance.rank)))
    if person_id is not None:
        person = get_row(session, m.Person, person_id, "người")
        for row in rows:
            if row.person_id == person.id:
                return _Speaker(person.id, person.full_name, row.position, not row.is_member)
        position = position_on(session, person, committee_id=meeting.committee_id,
                               day=meeting_day(meeting))
        return _Speaker(person.id, person.full_name, position, True)
    name = required(name, field="speaker_name", label="Người phát biểu")
    key = vn.duplicate_key(name)
    for row in rows:
        if vn.duplicate_key(row.name) == key:
            return _Speaker(row.person_id, row.name, row.position, not row.is_member)
        if row.substitute_name and vn.duplicate_key(row.substitute_name) == key:
            return _Speaker(None, row.substitute_name, row.substitute_position, not row.is_member)
    return _Speaker(None, name, None, True)


def _opinion_text(value: str) -> str:
    return required(value, field="text", label="Nội dung ý kiến", limit=OPINION_LIMIT, multiline=True)


def _search_key(opinion: m.Opinion) -> str:
    return vn.fold(f"{opinion.speaker_name} {opinion.text}")


def _ordered(session: Session, meeting_id: int) -> list[m.Opinion]:
    """The meeting's opinions in spoken order, loading only what ordering needs (texts can be
    long)."""
    return list(session.scalars(
        select(m.Opinion).where(m.Opinion.meeting_id == meeting_id)
        .options(load_only(m.Opinion.id, m.Opinion.position, m.Opinion.agenda_item_id))
        .order_by(m.Opinion.position, m.Opinion.id)))


def _next_position(session: Session, meeting_id: int) -> int:
    last = session.scalar(select(func.max(m.Opinion.position)).where(m.Opinion.meeting_id == meeting_id))
    return (last or 0) + 1


def _check_item(session: Session, agenda_item_id: int | None, meeting_id: int) -> None:
    if agenda_item_id is not None:
        item = get_row(session, m.AgendaItem, agenda_item_id, "nội dung họp")
        ensure_same_meeting(item, meeting_id, "Nội dung họp")


class OpinionOps:
    db: Database

    def add_opinion(self, *, meeting_id: int, text: str, agenda_item_id: int | None = None,
                    speaker_id: int | None = None, speaker_name: str | None = None,
                    speaker_position: str | None = None,
                    duration_seconds: int | None = None) -> OpinionRecord:
        """Record an opinion after the last one. A typed ``speaker_position`` wins over the one
        found in the attendance list."""
        body = _opinion_text(text)
        speaker_position = optional(speaker_position, field="speaker_position", label="Chức vụ")
        duration_seconds = positive(duration_seconds, field="duration_seconds", label="Thời lượng (giây)")
        with self.db.transaction() as session:
            meeting = editable_meeting(session, meeting_id)
            _check_item(session, agenda_item_id, meeting.id)
            speaker = _find_speaker(session, meeting, speaker_id, speaker_name)
            opinion = m.Opinion(
                meeting_id=meeting.id, agenda_item_id=agenda_item_id,
                position=_next_position(session, meeting.id), speaker_id=speaker.person_id,
                speaker_name=speaker.name, speaker_position=speaker_position or speaker.position,
                is_guest=speaker.is_guest, text=body, duration_seconds=duration_seconds)
            opinion.search_key = _search_key(opinion)
            session.add(opinion)
            session.flush()
            return opinion_record(opinion)

    def get_opinion(self, *, opinion_id: int) -> OpinionRecord:
        """The opinion as stored now."""
        with self.db.reading() as session:
            return opinion_record(get_row(session, m.Opinion, opinion_id, _KIND))

    def update_opinion(self, *, opinion_id: int, text: str | Keep = KEEP,
                       agenda_item_id: int | None | Keep = KEEP,
                       speaker_id: int | None | Keep = KEEP, speaker_name: str | None | Keep = KEEP,
                       speaker_position: str | None | Keep = KEEP,
                       duration_seconds: int | None | Keep = KEEP,
                       expected_version: int | None = None) -> OpinionRecord:
        """Change what is given; a new speaker is matched against the attendance list again.
        ``expected_version``: the version the user was editing; when someone else has saved the
        opinion since, an EditConflict carries both texts and nothing is written."""
        mine = text if given(text) else ""
        with self.db.transaction() as session, versions.saving(
                self.db, m.Opinion, opinion_id, kind="Ý kiến", mine=mine,
                theirs=lambda row: row.text):
            opinion = get_row(session, m.Opinion, opinion_id, _KIND)
            versions.check_version(opinion, expected_version, kind="Ý kiến", mine=mine,
                                   theirs=lambda row: row.text)
            meeting = editable_meeting(session, opinion.meeting_id)
            if given(text):
                opinion.text = _opinion_text(text)
            if given(agenda_item_id):
                _check_item(session, agenda_item_id, meeting.id)
                opinion.agenda_item_id = agenda_item_id
            if given(speaker_id) or given(speaker_name):
                speaker = _find_speaker(session, meeting, speaker_id if given(speaker_id) else None,
                                        speaker_name if given(speaker_name) else None)
                opinion.speaker_id, opinion.speaker_name = speaker.person_id, speaker.name
                opinion.speaker_position, opinion.is_guest = speaker.position, speaker.is_guest
            if given(speaker_position):
                opinion.speaker_position = optional(speaker_position, field="speaker_position",
                                                    label="Chức vụ")
            if given(duration_seconds):
                opinion.duration_seconds = positive(duration_seconds, field="duration_seconds",
                                                    label="Thời lượng (giây)")
            opinion.search_key = _search_key(opinion)
            session.flush()
            return opinion_record(opinion)

    def move_opinion(self, *, opinion_id: int, agenda_item_id: int | None | Keep = KEEP,
                     new_index: int | None = None) -> OpinionRecord:
        """Move an opinion under ``agenda_item_id`` (default: where it is) to ``new_index`` among
        that item's opinions (0-based; None = last)."""
        with self.db.transaction() as session:
            opinion = get_row(session, m.Opinion, opinion_id, _KIND)
            editable_meeting(session, opinion.meeting_id)
            if given(agenda_item_id):
                _check_item(session, agenda_item_id, opinion.meeting_id)
                opinion.agenda_item_id = agenda_item_id
            everything = _ordered(session, opinion.meeting_id)
            others = [o for o in everything if o is not opinion]
            group = [o for o in others if o.agenda_item_id == opinion.agenda_item_id]
            index = len(group) if new_index is None else max(0, min(new_index, len(group)))
            if not group:
                ordered = [*others, opinion]
            elif index < len(group):
                ordered = move_in(everything, opinion, others.index(group[index]))
            else:
                ordered = move_in(everything, opinion, others.index(group[-1]) + 1)
            renumber(ordered)
            session.flush()
            return opinion_record(opinion)

    def delete_opinion(self, *, opinion_id: int) -> None:
        with self.db.transaction() as session:
            opinion = get_row(session, m.Opinion, opinion_id, _KIND)
            editable_meeting(session, opinion.meeting_id)
            session.delete(opinion)
            session.flush()
            renumber(_ordered(session, opinion.meeting_id))
