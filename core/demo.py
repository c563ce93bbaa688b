"""Build the demo database from :mod:`core.demo_data`, through the same services the window uses.

The file is written under a temporary name and renamed when complete, so a failure never leaves
a half-built demo behind; an existing file is never overwritten.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from core import demo_data as data
from core.db import open_database
from core.errors import AppError, EnvironmentProblem, machine_problem
from core.messages import Message
from core.services import Services
from core.storage import TEMP_PREFIX, temp_path_for


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _when(value: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M") if value else None


def build_demo(target: Path) -> Message:
    """Create ``target`` with the five seed meetings; return a one-line summary."""
    target = Path(target)
    if target.exists():
        raise AppError("file_exists", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target, ".sqlite")  # recognised and removed at a later start if left
    for leftover in _companions(tmp):
        leftover.unlink(missing_ok=True)
    try:
        db = open_database(tmp, daily_backup=False)
        try:
            counts = load_demo(Services(db))
        finally:
            db.close()
        os.replace(tmp, target)
    except Exception as exc:
        problem = machine_problem(exc, target)  # the user named the target, not our temp file
        if problem is None:
            raise
        if TEMP_PREFIX in str(problem.values.get("path", "")):
            problem = EnvironmentProblem(problem.code, **{**problem.values, "path": str(target)})
        raise problem from exc
    finally:
        for leftover in _companions(tmp):
            leftover.unlink(missing_ok=True)
    return Message("demo_summary", committees=counts["committees"], people=counts["people"],
                   meetings=counts["meetings"], opinions=counts["opinions"], tasks=counts["tasks"])


def _companions(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))]


def load_demo(services: Services) -> dict[str, int]:
    """Record the demo committees, people, meetings and tasks; return how many of each."""
    agencies = {key: services.agencies.create(name=name, short_name=short).id
                for key, (name, short) in data.AGENCIES.items()}
    people = {key: services.people.create(full_name=name, position=position,
                                          agency_id=agencies[agency]).id
              for key, (name, position, agency) in data.PEOPLE.items()}
    committees = {}
    for key, spec in data.COMMITTEES.items():
        fields = {k: v for k, v in spec.items() if k != "members"}
        committee = services.committees.create(**fields)
        committees[key] = committee.id
        for person, role, position, start, end in spec["members"]:
            services.committees.add_member(
                committee_id=committee.id, person_id=people[person], role=role, position=position,
                start_date=_date(start), end_date=_date(end))
    counts = {"committees": len(committees), "people": len(people), "meetings": 0,
              "opinions": 0, "tasks": 0}
    for spec in data.MEETINGS:
        _load_meeting(services, spec, agencies, people, committees, counts)
    return counts


def _load_meeting(services: Services, spec: dict, agencies: dict, people: dict,
                  committees: dict, counts: dict) -> None:
    meetings, tasks = services.meetings, services.tasks
    meeting = meetings.create(
        committee_id=committees[spec["committee"]], kind=spec["kind"], title=spec["title"],
        starts_at=_when(spec["starts_at"]), ends_at=_when(spec["ends_at"]), place=spec["place"],  # type: ignore[arg-type]  # every demo meeting has its start
        chair_id=people[spec["chair"]], secretary_id=people[spec["secretary"]])
    counts["meetings"] += 1
    detail = meetings.get(meeting_id=meeting.id)
    for attendee in detail.attendance:
        key = next((k for k, v in people.items() if v == attendee.person_id), None)
        if key in spec["absent"]:
            meetings.set_attendance(attendance_id=attendee.id, status="absent",
                                    absence_reason=spec["absent"][key])
        else:
            meetings.set_attendance(attendance_id=attendee.id, status="present")
    for name, position, agency in spec["guests"]:
        guest = meetings.add_guest(meeting_id=meeting.id, name=name, position=position,
                                   agency_id=agencies[agency], name_is_title=True)
        meetings.set_attendance(attendance_id=guest.id, status="present")
    items = []
    for title, presenter, agency, minutes in spec["agenda"]:
        item = meetings.add_agenda_item(
            meeting_id=meeting.id, title=title,
            presenter_person_id=people[presenter] if presenter else None,
            presenter_agency_id=agencies[agency] if agency else None, planned_minutes=minutes)
        items.append(item.id)
    for index, speaker, text in spec["opinions"]:
        if speaker in people:
            meetings.add_opinion(meeting_id=meeting.id, agenda_item_id=items[index],
                                 speaker_id=people[speaker], text=text)
        else:
            meetings.add_opinion(meeting_id=meeting.id, agenda_item_id=items[index],
                                 speaker_name=speaker, text=text)
        counts["opinions"] += 1
    points = []
    for text, subs in spec["conclusions"]:
        point = meetings.add_conclusion_point(meeting_id=meeting.id, text=text)
        points.append(point.id)
        for sub in subs:
            meetings.add_conclusion_point(meeting_id=meeting.id, text=sub, parent_id=point.id)
    for index, content, lead, coordinators, deadline, done, progress in spec["tasks"]:
        task = tasks.create(
            meeting_id=meeting.id, conclusion_point_id=points[index], content=content,
            lead_agency_id=agencies[lead], coordinator_ids=[agencies[c] for c in coordinators],
            deadline=deadline)
        counts["tasks"] += 1
        if progress:
            reported = _date(done) or meeting.starts_at.date() + dt.timedelta(days=30)
            tasks.add_progress(task_id=task.id, text=progress, reported_on=reported,
                               reported_by=data.AGENCIES[lead][0])
        if done:
            tasks.mark_done(task_id=task.id, completed_on=dt.date.fromisoformat(done))
    meetings.set_status(meeting_id=meeting.id, new_status="held")
    if spec["status"] == "finalised":
        meetings.set_status(meeting_id=meeting.id, new_status="finalised")
