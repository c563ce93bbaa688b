"""The agenda (chương trình họp): items in order, each with who presents it and for how long."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m
from core.db import Database
from core.services.agencies import agency_name_on
from core.services.common import KEEP, Keep, given
from core.services.meeting_common import (
    editable_meeting,
    position_on,
    get_row,
    meeting_day,
    move_in,
    positive,
    refresh_meeting_search_key,
    renumber,
)
from core.services.meeting_records import AgendaDraft, AgendaItemRecord, agenda_record
from core.validate import optional, required

_KIND = "nội dung họp"


def _items(session: Session, meeting_id: int) -> list[m.AgendaItem]:
    return list(session.scalars(select(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)
                                .order_by(m.AgendaItem.position, m.AgendaItem.id)))


def presenter_line(session: Session, meeting: m.Meeting, person_id: int | None,
                   agency_id: int | None) -> str | None:
    """What the documents print as presenter when the clerk typed nothing: "đồng chí <name>,
    <position that day>" for a person, the agency's name on the meeting's day for an agency."""
    day = meeting_day(meeting)
    agency = (agency_name_on(get_row(session, m.Agency, agency_id, "cơ quan"), day)
              if agency_id is not None else None)
    if person_id is None:
        return agency
    person = get_row(session, m.Person, person_id, "người")
    position = position_on(session, person, committee_id=meeting.committee_id, day=day)
    return ", ".join(part for part in (f"đồng chí {person.full_name}", position or agency) if part)


def check_draft(draft: AgendaDraft) -> AgendaDraft:
    """The draft with its texts cleaned and its minutes checked (before any transaction)."""
    return AgendaDraft(
        required(draft.title, field="title", label="Nội dung họp", limit=10_000, multiline=True),
        draft.presenter_person_id, draft.presenter_agency_id,
        optional(draft.presenter_text, field="presenter_text", label="Người trình bày"),
        positive(draft.planned_minutes, field="planned_minutes", label="Thời gian dự kiến (phút)"))


def add_item(session: Session, meeting: m.Meeting, draft: AgendaDraft, *, position: int) -> m.AgendaItem:
    """Store a checked draft at ``position``; without a presenter text, the presenter's name (and
    agency) on the meeting's day is what the minutes will print."""
    line = presenter_line(session, meeting, draft.presenter_person_id, draft.presenter_agency_id)
    item = m.AgendaItem(meeting_id=meeting.id, position=position, title=draft.title,
                        presenter_person_id=draft.presenter_person_id,
                        presenter_agency_id=draft.presenter_agency_id,
                        presenter_text=draft.presenter_text or line,
                        planned_minutes=draft.planned_minutes)
    session.add(item)
    session.flush()
    return item


class AgendaOps:
    db: Database

    def add_agenda_item(self, *, meeting_id: int, title: str, presenter_person_id: int | None = None,
                        presenter_agency_id: int | None = None, presenter_text: str | None = None,
                        planned_minutes: int | None = None) -> AgendaItemRecord:
        draft = AgendaDraft(title, presenter_person_id, presenter_agency_id, presenter_text,
                            planned_minutes)
        checked = check_draft(draft)
        with self.db.transaction() as session:
            meeting = editable_meeting(session, meeting_id)
            item = add_item(session, meeting, checked, position=len(_items(session, meeting.id)) + 1)
            refresh_meeting_search_key(session, meeting)
            return agenda_record(item)

    def update_agenda_item(self, *, item_id: int, title: str | Keep = KEEP,
                           presenter_person_id: int | None | Keep = KEEP,
                           presenter_agency_id: int | None | Keep = KEEP,
                           presenter_text: str | None | Keep = KEEP,
                           planned_minutes: int | None | Keep = KEEP) -> AgendaItemRecord:
        """Change what is given. Changing the presenter without a text re-derives the printed line."""
        with self.db.transaction() as session:
            item = get_row(session, m.AgendaItem, item_id, _KIND)
            meeting = editable_meeting(session, item.meeting_id)
            if given(title):
                item.title = required(title, field="title", label="Nội dung họp", limit=10_000,
                                      multiline=True)
            presenter_changed = given(presenter_person_id) or given(presenter_agency_id)
            person_id = presenter_person_id if given(presenter_person_id) else item.presenter_person_id
            agency_id = presenter_agency_id if given(presenter_agency_id) else item.presenter_agency_id
            line = presenter_line(session, meeting, person_id, agency_id)  # checks both exist
            item.presenter_person_id, item.presenter_agency_id = person_id, agency_id
            if given(presenter_text):
                item.presenter_text = optional(presenter_text, field="presenter_text",
                                               label="Người trình bày")
            if presenter_changed and not (given(presenter_text) and item.presenter_text):
                item.presenter_text = line
            if given(planned_minutes):
                item.planned_minutes = positive(planned_minutes, field="planned_minutes",
                                                label="Thời gian dự kiến (phút)")
            session.flush()
            refresh_meeting_search_key(session, meeting)
            return agenda_record(item)

    def remove_agenda_item(self, *, item_id: int) -> int:
        """Remove an item; the opinions recorded under it stay, under no item. Returns how many
        opinions that was, so the GUI can say so."""
        with self.db.transaction() as session:
            item = get_row(session, m.AgendaItem, item_id, _KIND)
            meeting = editable_meeting(session, item.meeting_id)
            orphans = list(session.scalars(select(m.Opinion).where(m.Opinion.agenda_item_id == item.id)))
            for opinion in orphans:
                opinion.agenda_item_id = None
            session.delete(item)
            session.flush()
            renumber(_items(session, meeting.id))
            refresh_meeting_search_key(session, meeting)
            return len(orphans)

    def move_agenda_item(self, *, item_id: int, new_index: int) -> tuple[AgendaItemRecord, ...]:
        """Move an item to ``new_index`` (0-based, clamped); the others close up. Returns the
        agenda in its new order."""
        with self.db.transaction() as session:
            item = get_row(session, m.AgendaItem, item_id, _KIND)
            editable_meeting(session, item.meeting_id)
            ordered = move_in(_items(session, item.meeting_id), item, new_index)
            renumber(ordered)
            session.flush()
            return tuple(agenda_record(i) for i in ordered)
