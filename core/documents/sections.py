"""Body sections the minutes and the notice share: attendance, proceedings, conclusion and tasks."""
from __future__ import annotations

from collections import defaultdict

from core.documents import phrases as ph
from core.documents import wording as w
from core.documents.docx_base import DocBuilder, Span
from core.documents.model import (
    Attendee,
    ConclusionPoint,
    MeetingRecord,
    Opinion,
    PersonRef,
    TaskLine,
)
from core.attendance import SEATED, tally
from core.text import subpoint_label

PRESENT = SEATED  # core.attendance: who came, or sent a substitute


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def attendee_text(attendee: Attendee, *, with_agency: bool = False) -> str:
    ref = PersonRef(attendee.name, attendee.position, attendee.is_person)
    text = w.person(ref, capital=True)
    if with_agency and attendee.agency and not w.described(ref) and attendee.agency not in text:
        text += f", {attendee.agency}"
    return text


def list_lines(builder: DocBuilder, lines: list[str], *, after: float | None = None) -> None:
    """"- a;" "- b;" "- c." as body paragraphs (``after``: the space under each but the last)."""
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        end = ";" if not last else "."
        builder.body_paragraph(f"- {w.strip_end(line)}{end}", after=None if last else after)


def write_attendance(builder: DocBuilder, meeting: MeetingRecord) -> None:
    """Có mặt x/y (core.attendance: a substitute fills the seat), the members present (with
    who came in their place), the absent with reasons, those never marked, the guests who came."""
    members = meeting.members
    counted = tally(m.status for m in members)
    if members:
        builder.body_paragraph(w.count_line(counted))
    present = [m for m in members if m.status in SEATED]
    absent = [m for m in members if m.status == "absent"]
    unmarked = [m for m in members if m.status not in SEATED and m.status != "absent"]
    if present:
        builder.body_paragraph(ph.MEMBERS_PRESENT, keep_next=True)
        lines = []
        for m in present:
            line = attendee_text(m)
            if m.status == "substituted" and m.substitute:
                line += ph.SUBSTITUTED_BY.format(person=w.person(m.substitute))
            lines.append(line)
        list_lines(builder, lines)
    if absent:
        builder.body_paragraph(ph.MEMBERS_ABSENT, keep_next=True)
        list_lines(builder, [attendee_text(m) + w.reason_text(m.absence_reason) for m in absent])
    if unmarked:
        builder.body_paragraph(ph.MEMBERS_NOT_MARKED, keep_next=True)
        list_lines(builder, [attendee_text(m) for m in unmarked])
    guests = [g for g in meeting.guests if g.status in SEATED]
    if guests:
        builder.body_paragraph(ph.GUESTS, keep_next=True)
        list_lines(builder, [attendee_text(g, with_agency=True) for g in guests])


def write_opinion(builder: DocBuilder, opinion: Opinion) -> None:
    """"Đồng chí <name>, <position>, phát biểu: …", later paragraphs of the opinion below it."""
    ref = PersonRef(opinion.speaker_name, opinion.speaker_position, opinion.speaker_is_person)
    template = ph.SPOKE if ref.position and not w.described(ref) else ph.SPOKE_NO_POSITION
    intro = template.format(person=w.person(ref, capital=True))
    parts = paragraphs(opinion.text) or [""]
    builder.body_paragraph([intro, parts[0]])
    for part in parts[1:]:
        builder.body_paragraph(part)


def write_proceedings(builder: DocBuilder, meeting: MeetingRecord, prefix: str = "") -> None:
    """For each agenda item: its title, who presented, every opinion in order, the vote."""
    for i, item in enumerate(meeting.agenda, start=1):
        builder.heading(f"{prefix}{i}. {w.strip_end(item.title)}")
        opinions = list(item.opinions)
        if item.presenter:
            presenter = w.capitalize_first(w.strip_end(item.presenter))
            if presenter.casefold().startswith(ph.COMRADE) and "," in presenter:
                presenter += ","  # "Đồng chí X, Chuyên viên …, trình bày"
            if opinions and opinions[0].speaker_name and opinions[0].speaker_name in presenter:
                # The presenter's own words are the presentation, not a second "phát biểu".
                template = ph.PRESENTED_WITH_DOCUMENTS_SAYING if item.documents_attached \
                    else ph.PRESENTED_SAYING
                parts = paragraphs(opinions.pop(0).text) or [""]
                builder.body_paragraph([template.format(presenter=presenter), parts[0]])
                for part in parts[1:]:
                    builder.body_paragraph(part)
            else:
                template = ph.PRESENTED_WITH_DOCUMENTS if item.documents_attached else ph.PRESENTED
                builder.body_paragraph(template.format(presenter=presenter))
        for opinion in opinions:
            write_opinion(builder, opinion)
        if item.vote:
            builder.body_paragraph(item.vote)
    if meeting.other_opinions:
        builder.heading(ph.OTHER_OPINIONS)
        for opinion in meeting.other_opinions:
            write_opinion(builder, opinion)


def write_task(builder: DocBuilder, task: TaskLine) -> None:
    """"- <b>Sở …:</b> chủ trì, phối hợp với … , hoàn thành trước ngày …"."""
    lead, rest = w.task_parts(task)
    builder.body_paragraph([Span("- "), Span(lead, bold=True), Span(rest + ".")])


def _write_subpoints(builder: DocBuilder, points: tuple[ConclusionPoint, ...], depth: int) -> None:
    for i, point in enumerate(points):
        label = subpoint_label(i) if depth == 1 else "-"
        parts = paragraphs(point.text) or [""]
        builder.body_paragraph(f"{label} {parts[0]}")
        for part in parts[1:]:
            builder.body_paragraph(part)
        _write_subpoints(builder, point.sub_points, depth + 1)


def write_conclusions(builder: DocBuilder, points: tuple[ConclusionPoint, ...],
                      tasks: tuple[TaskLine, ...], prefix: str = "") -> None:
    """Numbered points 1., 2. (sub-points a), b)), each followed by the tasks drawn from it;
    tasks tied to no point go in a last point of their own."""
    by_point: dict[int, list[TaskLine]] = defaultdict(list)
    loose: list[TaskLine] = []
    for task in tasks:
        if task.point_index is not None and 0 <= task.point_index < len(points):
            by_point[task.point_index].append(task)
        else:
            loose.append(task)
    for i, point in enumerate(points):
        parts = paragraphs(point.text) or [""]
        builder.body_paragraph(f"{prefix}{i + 1}. {parts[0]}",
                               keep_next=bool(point.sub_points or by_point[i]))
        for part in parts[1:]:
            builder.body_paragraph(part)
        _write_subpoints(builder, point.sub_points, 1)
        for task in by_point[i]:
            write_task(builder, task)
    if loose:
        builder.body_paragraph(f"{prefix}{len(points) + 1}. {ph.TASKS_POINT}", keep_next=True)
        for task in loose:
            write_task(builder, task)
