"""Document data for the demo meetings (core.demo_data) and for big synthetic meetings.

Used by the tests, the benchmark, and a settings screen that wants a preview. It reads the demo
tables directly, so it does not depend on the database or the meeting services.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace

from core import demo_data as demo
from core.documents.model import (
    AgendaItem,
    Attendee,
    CommitteeIdentity,
    ConclusionPoint,
    DocumentNumber,
    InvitationData,
    MeetingRecord,
    MinutesData,
    MinutesSignatures,
    NoticeData,
    Opinion,
    PersonRef,
    Recipients,
    Signature,
    TaskLine,
)

_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_deadline(text: str) -> tuple[str, dt.date | None]:
    """("date", 2020-06-30) for "Trước 30/6/2020"; ("regular", None) for "Thường xuyên";
    ("period", None) for "Quý II/2020", "Tháng 11/2014", "Năm 2020"."""
    if "thường xuyên" in text.casefold():
        return "regular", None
    found = _DATE.search(text)
    if found:
        return "date", dt.date(int(found[3]), int(found[2]), int(found[1]))
    return "period", None


def _when(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def committee_identity(key: str) -> CommitteeIdentity:
    spec = demo.COMMITTEES[key]
    return CommitteeIdentity(
        name=spec["name"], abbreviation=spec["abbreviation"], style=spec["style"],
        issuing_body=spec["issuing_body"], parent_body=spec["parent_body"],
        place_name=spec["place_name"], secretariat_name=spec["secretariat_name"])


def _members_on(key: str, day: dt.date) -> list[tuple[str, str, str]]:
    """(person key, role, position) of the members seated on ``day``, in protocol order."""
    seated = []
    for person, role, position, start, end in demo.COMMITTEES[key]["members"]:
        if dt.date.fromisoformat(start) <= day and (end is None or day <= dt.date.fromisoformat(end)):
            seated.append((person, role, position))
    return seated


def meeting_record(index: int) -> MeetingRecord:
    """The demo meeting ``index`` (0-4) as its documents print it."""
    spec = demo.MEETINGS[index]
    starts = _when(spec["starts_at"])
    seated = _members_on(spec["committee"], starts.date())
    positions = {person: position for person, _, position in seated}

    def ref(key: str) -> PersonRef:
        name, position, _ = demo.PEOPLE[key]
        return PersonRef(name, positions.get(key, position))

    members = tuple(
        Attendee(name=demo.PEOPLE[p][0], position=pos,
                 status="absent" if p in spec["absent"] else "present",
                 absence_reason=spec["absent"].get(p))
        for p, _, pos in seated)
    guests = tuple(Attendee(name=n, position=pos, agency=demo.AGENCIES[a][0])
                   for n, pos, a in spec["guests"])
    guest_positions = {n: pos for n, pos, _ in spec["guests"]}

    def opinion(speaker: str, text: str) -> Opinion:
        if speaker in demo.PEOPLE:
            r = ref(speaker)
            return Opinion(speaker_name=r.name, speaker_position=r.position, text=text)
        return Opinion(speaker_name=speaker, speaker_position=guest_positions.get(speaker), text=text)

    agenda = []
    for i, (title, person, agency, _) in enumerate(spec["agenda"]):
        if person:
            r = ref(person)
            presenter: str | None = f"đồng chí {r.name}, {r.position}"
        else:
            presenter = demo.AGENCIES[agency][0] if agency else None
        opinions = tuple(opinion(s, t) for idx, s, t in spec["opinions"] if idx == i)
        agenda.append(AgendaItem(title=title, presenter=presenter, opinions=opinions,
                                 documents_attached=person is not None))
    conclusions = tuple(ConclusionPoint(text, tuple(ConclusionPoint(s) for s in subs))
                        for text, subs in spec["conclusions"])
    tasks = []
    for point, content, lead, coords, deadline, _, _ in spec["tasks"]:
        kind, due = parse_deadline(deadline)
        tasks.append(TaskLine(
            content=content, lead=demo.AGENCIES[lead][0],
            coordinators=tuple(demo.AGENCIES[c][0] for c in coords), deadline_kind=kind,
            deadline_text=deadline, due_date=due, point_index=point))
    return MeetingRecord(
        kind=spec["kind"], title=spec["title"], starts_at=starts, ends_at=_when(spec["ends_at"]),
        place=spec["place"], chair=ref(spec["chair"]), secretary=ref(spec["secretary"]),
        members=members, guests=guests, agenda=tuple(agenda), conclusions=conclusions,
        tasks=tuple(tasks))


def _committee_key(index: int) -> str:
    return demo.MEETINGS[index]["committee"]


def _series(index: int) -> str:
    """The number series: the year (state) or the term (party)."""
    spec = demo.COMMITTEES[_committee_key(index)]
    year = demo.MEETINGS[index]["starts_at"][:4]
    return year if spec["style"] == "state" else spec.get("term_label") or year


def sample_minutes(index: int = 1, *, number: int | None = 5) -> MinutesData:
    committee = committee_identity(_committee_key(index))
    meeting = meeting_record(index)
    return MinutesData(
        committee=committee,
        number=DocumentNumber("BB", number, _series(index)),
        meeting=meeting,
        signatures=MinutesSignatures(),
        recipients=Recipients(("Thành viên Ban Chỉ đạo",), "VT, hồ sơ")
        if committee.style == "state" else Recipients(),
    )


def sample_notice(index: int = 1, *, number: int | None = 25) -> NoticeData:
    committee = committee_identity(_committee_key(index))
    meeting = meeting_record(index)
    state = committee.style == "state"
    body = "TIỂU BAN" if committee.name.startswith("Tiểu ban") else "BAN CHỈ ĐẠO"
    return NoticeData(
        committee=committee,
        number=DocumentNumber("TB", number, _series(index)),
        meeting=meeting,
        issue_date=meeting.starts_at.date() + dt.timedelta(days=2),
        signature=Signature(
            authority="KT. TRƯỞNG BAN" if state else f"T/M {body}",
            title="PHÓ TRƯỞNG BAN THƯỜNG TRỰC" if state else f"TRƯỞNG {body}",
            name=meeting.chair.name if not state else "Mai Vũ Tuấn"),
        recipients=Recipients(
            ("Thường trực Tỉnh ủy (để b/c)", "Các thành viên Ban Chỉ đạo",
             "Các cơ quan, đơn vị liên quan"),
            "VT, hồ sơ" if state else "Văn phòng Ban Tuyên giáo"),
        concluding_title="Trưởng Ban Chỉ đạo" if state else None,
    )


def sample_invitation(index: int = 1, *, number: int | None = 12) -> InvitationData:
    committee = committee_identity(_committee_key(index))
    meeting = meeting_record(index)
    state = committee.style == "state"
    body = "TIỂU BAN" if committee.name.startswith("Tiểu ban") else "BAN CHỈ ĐẠO"
    secretary = meeting.secretary.name if meeting.secretary else ""
    return InvitationData(
        committee=committee,
        number=DocumentNumber("GM", number, _series(index)),
        meeting=meeting,
        issue_date=meeting.starts_at.date() - dt.timedelta(days=5),
        signature=Signature(authority="TL. TRƯỞNG BAN" if state else f"T/L {body}",
                            title="THƯ KÝ", name=secretary),
        recipients=Recipients(("Như thành phần mời",), "VT" if state else "Văn phòng Ban Tuyên giáo"),
        preparation=("Nghiên cứu trước dự thảo báo cáo gửi kèm Giấy mời này",
                     "Chuẩn bị ý kiến phát biểu về lĩnh vực phụ trách"),
        contact=f"Đề nghị các đồng chí xác nhận tham dự với đồng chí {secretary}, "
                "số điện thoại 0203 3835 123",
    )


_WORDS = ("tuyên truyền thông tin đối ngoại báo chí đại hội kế hoạch triển khai nhiệm vụ trọng tâm "
          "phối hợp chặt chẽ cơ quan đơn vị địa phương hoàn thiện hạ tầng mạng xã hội quảng bá hình "
          "ảnh tỉnh du lịch đầu tư kinh tế quốc phòng an ninh đào tạo bồi dưỡng cán bộ").split()


def _sentence(rng: random.Random, n: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def big_minutes(opinions: int = 300, *, style: str = "state", seed: int = 1) -> MinutesData:
    """Minutes of a long meeting: ``opinions`` opinions over ten agenda items, some of several
    paragraphs, twenty conclusion points and forty tasks. Opinion texts start with "Ý kiến số N"
    so a test can find each one and its order."""
    rng = random.Random(seed)
    base = sample_minutes(1 if style == "state" else 2)
    people = [PersonRef(name, position) for name, position, _ in demo.PEOPLE.values()]
    items = []
    per_item = max(1, opinions // 10)
    n = 0
    for i in range(10):
        count = per_item if i < 9 else opinions - per_item * 9
        ops = []
        for _ in range(max(0, count)):
            n += 1
            speaker = rng.choice(people)
            paras = [_sentence(rng, rng.randint(15, 60)) for _ in range(rng.choice((1, 1, 2, 3)))]
            paras[0] = f"Ý kiến số {n}: {paras[0]}"
            ops.append(Opinion(speaker.name, "\n".join(paras), speaker.position))
        items.append(AgendaItem(title=f"Nội dung {i + 1}: {_sentence(rng, 8)}",
                                presenter=rng.choice(list(demo.AGENCIES.values()))[0],
                                opinions=tuple(ops)))
    points = tuple(ConclusionPoint(_sentence(rng, 30),
                                   tuple(ConclusionPoint(_sentence(rng, 20)) for _ in range(i % 3)))
                   for i in range(20))
    agencies = [a for a, _ in demo.AGENCIES.values()]
    tasks = tuple(TaskLine(content=_sentence(rng, 15), lead=rng.choice(agencies),
                           coordinators=tuple(rng.sample(agencies, rng.randint(0, 3))),
                           deadline_kind=kind, deadline_text=text, due_date=due,
                           point_index=i % 20)
                  for i, (kind, text, due) in enumerate(
                      [("date", "Trước 15/3/2026", dt.date(2026, 3, 15)),
                       ("period", "Quý II/2026", None), ("regular", "Thường xuyên", None)] * 13
                      + [("date", "Trước 05/01/2026", dt.date(2026, 1, 5))]))
    meeting = replace(base.meeting, agenda=tuple(items), conclusions=points, tasks=tasks,
                      ends_at=base.meeting.starts_at + dt.timedelta(hours=9))
    return MinutesData(committee=base.committee, number=base.number, meeting=meeting,
                       recipients=base.recipients)
