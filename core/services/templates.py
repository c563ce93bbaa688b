"""Meeting templates, one per committee: the kind, title, place and agenda a committee's meetings
usually share, so planning the next giao ban starts from the last one's shape.

Kept as JSON in the ``settings`` table (key ``template.committee.<id>``): a template is a
convenience, not part of the record, and needs no table of its own.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass

from sqlalchemy import select

from core import models as m
from core.db import Database
from core.services.meeting_common import get_meeting, get_row
from core.services.meeting_records import AgendaDraft

log = logging.getLogger(__name__)
_VERSION = 1


@dataclass(frozen=True)
class MeetingTemplate:
    committee_id: int
    kind: str
    title: str
    place: str | None
    agenda: tuple[AgendaDraft, ...]


def template_key(committee_id: int) -> str:
    return f"template.committee.{committee_id}"


class TemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_from_meeting(self, *, meeting_id: int) -> MeetingTemplate:
        """Make this meeting's kind, title, place and agenda its committee's template (replacing
        the previous one). Attendance, opinions and conclusions are never part of a template."""
        with self.db.transaction() as session:
            meeting = get_meeting(session, meeting_id)
            agenda = tuple(AgendaDraft(i.title, i.presenter_person_id, i.presenter_agency_id,
                                       i.presenter_text, i.planned_minutes)
                           for i in sorted(meeting.agenda, key=lambda i: (i.position, i.id)))
            template = MeetingTemplate(meeting.committee_id, meeting.kind, meeting.title,
                                       meeting.place, agenda)
            value = {"version": _VERSION, "kind": template.kind, "title": template.title,
                     "place": template.place, "agenda": [asdict(d) for d in agenda]}
            session.merge(m.Setting(key=template_key(meeting.committee_id),
                                    value=json.dumps(value, ensure_ascii=False)))
            return template

    def get(self, *, committee_id: int) -> MeetingTemplate | None:
        """The committee's template, or None. Presenters deleted from the registers since are
        dropped (their printed line stays), so a template never points at a missing row."""
        with self.db.reading() as session:
            get_row(session, m.Committee, committee_id, "ban")
            row = session.get(m.Setting, template_key(committee_id))
            if row is None:
                return None
            try:
                value = json.loads(row.value)
                items = [AgendaDraft(**item) for item in value["agenda"]]
                kind, title, place = value["kind"], value["title"], value.get("place")
            except (ValueError, KeyError, TypeError):
                log.warning("unreadable template for committee %s", committee_id)
                return None
            people = set(session.scalars(select(m.Person.id).where(
                m.Person.id.in_([i.presenter_person_id for i in items if i.presenter_person_id]))))
            agencies = set(session.scalars(select(m.Agency.id).where(
                m.Agency.id.in_([i.presenter_agency_id for i in items if i.presenter_agency_id]))))
        agenda = tuple(AgendaDraft(
            i.title, i.presenter_person_id if i.presenter_person_id in people else None,
            i.presenter_agency_id if i.presenter_agency_id in agencies else None,
            i.presenter_text, i.planned_minutes) for i in items)
        return MeetingTemplate(committee_id, kind, title, place, agenda)

    def delete(self, *, committee_id: int) -> None:
        with self.db.transaction() as session:
            row = session.get(m.Setting, template_key(committee_id))
            if row is not None:
                session.delete(row)


__all__ = ["MeetingTemplate", "TemplateService", "template_key"]
