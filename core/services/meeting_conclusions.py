"""The chair's conclusion (kết luận): numbered points 1., 2. with sub-points a), b).

Numbers are never stored: they follow from the order, so inserting or moving a point renumbers
the notice by itself. Tasks may point to a point; deleting the point keeps the tasks.
"""
from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core import models as m
from core import text as vn
from core.db import Database
from core.errors import ValidationError
from core.services.common import KEEP, Keep, given
from core.services.meeting_common import (
    POINT_LIMIT,
    editable_meeting,
    ensure_same_meeting,
    get_row,
    move_in,
    renumber,
)
from core.services.meeting_records import ConclusionRecord, conclusion_label
from core.validate import required

_KIND = "điểm kết luận"


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[m.ConclusionPoint]:
    query = select(m.ConclusionPoint).where(m.ConclusionPoint.meeting_id == meeting_id)
    query = query.where(m.ConclusionPoint.parent_id.is_(None) if parent_id is None
                        else m.ConclusionPoint.parent_id == parent_id)
    return list(session.scalars(query.order_by(m.ConclusionPoint.position, m.ConclusionPoint.id)))


def _children_ids(session: Session, point_id: int) -> list[int]:
    return list(session.scalars(select(m.ConclusionPoint.id).where(m.ConclusionPoint.parent_id == point_id)))


def _check_parent(session: Session, parent_id: int | None, meeting_id: int,
                  moving: m.ConclusionPoint | None = None) -> None:
    """Two levels only: a parent must be a top-level point of the same meeting, and a point that
    has sub-points cannot itself become one."""
    if parent_id is None:
        return
    parent = get_row(session, m.ConclusionPoint, parent_id, _KIND)
    ensure_same_meeting(parent, meeting_id, "Điểm kết luận")
    too_deep = parent.parent_id is not None
    if moving is not None:
        too_deep = too_deep or parent.id == moving.id or bool(_children_ids(session, moving.id))
    if too_deep:
        raise ValidationError("conclusion_depth", field_name="parent_id")


def _record(session: Session, point: m.ConclusionPoint) -> ConclusionRecord:
    siblings = _siblings(session, point.meeting_id, point.parent_id)
    index = next(i for i, p in enumerate(siblings) if p.id == point.id)
    tasks = session.scalar(select(func.count()).where(m.Task.conclusion_point_id == point.id)) or 0
    return ConclusionRecord(point.id, point.meeting_id, point.parent_id, point.position,
                            conclusion_label(index, sub=point.parent_id is not None), point.text, tasks)


def _point_text(value: str) -> str:
    return required(value, field="text", label="Nội dung kết luận", limit=POINT_LIMIT, multiline=True)


class ConclusionOps:
    db: Database

    def add_conclusion_point(self, *, meeting_id: int, text: str,
                             parent_id: int | None = None) -> ConclusionRecord:
        """Add a point at the end (or a sub-point at the end of ``parent_id``'s)."""
        body = _point_text(text)
        with self.db.transaction() as session:
            meeting = editable_meeting(session, meeting_id)
            _check_parent(session, parent_id, meeting.id)
            point = m.ConclusionPoint(meeting_id=meeting.id, parent_id=parent_id, text=body,
                                      position=len(_siblings(session, meeting.id, parent_id)) + 1,
                                      search_key=vn.fold(body))
            session.add(point)
            session.flush()
            return _record(session, point)

    def update_conclusion_point(self, *, point_id: int, text: str,
                                expected_text: str | None = None) -> ConclusionRecord:
        """``expected_text``: the point as the user's screen showed it; when someone else has
        changed it since, an EditConflict carries both texts and nothing is written."""
        body = _point_text(text)
        with self.db.transaction() as session:
            point = get_row(session, m.ConclusionPoint, point_id, _KIND)
            editable_meeting(session, point.meeting_id)
            if expected_text is not None and point.text not in (expected_text, body):
                from core.changes import last_change
                from core.errors import EditConflict
                from core.messages import Message
                from core.services.versions import when_text

                who, at = last_change(session, "conclusion_points", point_id, "text") or (None, None)
                raise EditConflict(kind="Điểm kết luận", who=who or Message("someone_else"),
                                   when=when_text(at), mine=body, theirs=point.text)
            point.text, point.search_key = body, vn.fold(body)
            session.flush()
            return _record(session, point)

    def delete_conclusion_point(self, *, point_id: int) -> int:
        """Delete a point and its sub-points. Tasks drawn from them stay (unlinked); returns how
        many tasks were linked, so the GUI can tell the user."""
        with self.db.transaction() as session:
            point = get_row(session, m.ConclusionPoint, point_id, _KIND)
            editable_meeting(session, point.meeting_id)
            ids = [point.id, *_children_ids(session, point.id)]
            linked = session.scalar(select(func.count()).where(m.Task.conclusion_point_id.in_(ids))) or 0
            meeting_id, parent_id = point.meeting_id, point.parent_id
            session.expunge(point)
            # The database does the rest: sub-points CASCADE, tasks' links SET NULL.
            session.execute(delete(m.ConclusionPoint).where(m.ConclusionPoint.id == point_id))
            renumber(_siblings(session, meeting_id, parent_id))
            return linked

    def move_conclusion_point(self, *, point_id: int, new_index: int,
                              parent_id: int | None | Keep = KEEP) -> ConclusionRecord:
        """Move a point to ``new_index`` (0-based, clamped) among its siblings, or under another
        parent (None = make it a top-level point)."""
        with self.db.transaction() as session:
            point = get_row(session, m.ConclusionPoint, point_id, _KIND)
            editable_meeting(session, point.meeting_id)
            old_parent = point.parent_id
            if given(parent_id) and parent_id != old_parent:
                _check_parent(session, parent_id, point.meeting_id, moving=point)
                point.parent_id = parent_id
                session.flush()
                renumber(_siblings(session, point.meeting_id, old_parent))
            ordered = move_in(_siblings(session, point.meeting_id, point.parent_id), point, new_index)
            renumber(ordered)
            session.flush()
            return _record(session, point)
