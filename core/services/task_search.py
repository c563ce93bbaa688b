"""The search text of tasks: content, lead and coordinators folded, kept current when an
agency's name changes. Depends only on the models, so every service can use it."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import models as m
from core import text


def reindex_tasks(session: Session, *, agency_id: int | None = None) -> int:
    """Refresh the search text of the tasks naming an agency, after it is renamed or merged,
    inside the caller's transaction. Returns how many tasks were refreshed."""
    query = select(m.Task)
    if agency_id is not None:
        query = query.where(
            (m.Task.lead_agency_id == agency_id)
            | m.Task.id.in_(select(m.TaskCoordinator.task_id)
                            .where(m.TaskCoordinator.agency_id == agency_id)))
    tasks = list(session.scalars(query))
    for task in tasks:
        refresh_search_key(session, task)
    return len(tasks)


def refresh_search_key(session: Session, task: m.Task) -> None:
    """Content, lead and coordinators folded: "báo hải dương tuyên truyền" finds the task."""
    names = []
    if task.lead_agency_id is not None:
        names.append(session.get_one(m.Agency, task.lead_agency_id).name)
    if task.lead_person_id is not None:
        names.append(session.get_one(m.Person, task.lead_person_id).full_name)
    ids = [link.agency_id for link in task.coordinators]
    if ids:
        names.extend(session.scalars(select(m.Agency.name).where(m.Agency.id.in_(ids))))
    task.search_key = text.fold(" ".join([task.content, *names]))
