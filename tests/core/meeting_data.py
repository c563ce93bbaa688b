"""A committee as the seeds describe it: the Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh
lần thứ XVII (Hải Dương), whose 11/06/2020 working session Nguyễn Quang Phúc chaired.

Rows are made with the ORM directly: the people and committee services belong to another part of
the program. Members other than the chair are invented.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import models as m

COMMITTEE = "Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII"
MEETING_DAY = dt.date(2020, 6, 11)
MEETING_START = dt.datetime(2020, 6, 11, 8, 0)
MEETING_TITLE = "Buổi làm việc triển khai nhiệm vụ thời gian tới"
PHUC_POSITION = "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy"

AGENCIES = ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "Báo Hải Dương",
            "Đài Phát thanh - Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
            "Văn phòng Tỉnh ủy"]


@dataclass
class Seed:
    committee_id: int
    agencies: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)

    def agency(self, name: str) -> int:
        return self.agencies[name]

    def person(self, name: str) -> int:
        return self.people[name]


# name, agency, position now, seat role, seat position (None: same as now), rank, start, end
MEMBERS = [
    ("Nguyễn Quang Phúc", "Ban Tuyên giáo Tỉnh ủy", PHUC_POSITION, "Phó Trưởng Tiểu ban", None, 2,
     dt.date(2020, 1, 15), None),
    ("Trần Văn Hùng", "Sở Thông tin và Truyền thông", "Giám đốc Sở Khoa học và Công nghệ",
     "Ủy viên", "Giám đốc Sở Thông tin và Truyền thông", 10, dt.date(2020, 1, 15), None),
    ("Lê Thị Mai", "Báo Hải Dương", "Tổng Biên tập Báo Hải Dương", "Ủy viên", None, 11,
     dt.date(2020, 1, 15), None),
    ("Phạm Minh Đức", "Sở Văn hóa, Thể thao và Du lịch",
     "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Ủy viên", None, 12, dt.date(2020, 1, 15), None),
    ("Vũ Thị Hòa", "Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy", "Ủy viên, Thư ký", None, 13,
     dt.date(2020, 1, 15), None),
    # Left at the kiện toàn before the meeting: must not be invited to it.
    ("Đỗ Văn Nam", "Đài Phát thanh - Truyền hình tỉnh", "Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh",
     "Ủy viên", None, 14, dt.date(2020, 1, 15), dt.date(2020, 5, 31)),
    # Joined after the meeting: invited to later meetings only.
    ("Hoàng Thị Lan", "Đài Phát thanh - Truyền hình tỉnh", "Giám đốc Đài Phát thanh - Truyền hình tỉnh",
     "Ủy viên", None, 14, dt.date(2020, 7, 1), None),
]


def seed(db) -> Seed:
    with db.transaction() as session:
        committee = m.Committee(name=COMMITTEE, abbreviation="TB-TT", style="party",
                                number_reset="term", term_label="2020-2025")
        session.add(committee)
        agencies = {name: m.Agency(name=name) for name in AGENCIES}
        session.add_all(agencies.values())
        session.flush()
        result = Seed(committee.id, {n: a.id for n, a in agencies.items()})
        for name, agency, now, role, then, rank, start, end in MEMBERS:
            person = m.Person(full_name=name, position=now, agency_id=agencies[agency].id)
            session.add(person)
            session.flush()
            session.add(m.Membership(committee_id=committee.id, person_id=person.id, role=role,
                                     position=then or now, rank=rank, start_date=start, end_date=end))
            result.people[name] = person.id
        outsider = m.Person(full_name="Nguyễn Thị Thu", position="Phóng viên",
                            agency_id=agencies["Báo Hải Dương"].id)
        session.add(outsider)
        session.flush()
        result.people[outsider.full_name] = outsider.id
    return result


def hold_meeting(services, data: Seed, **overrides):
    """The 11/06/2020 session, planned with its members invited."""
    values = dict(committee_id=data.committee_id, kind="Buổi làm việc", title=MEETING_TITLE,
                  starts_at=MEETING_START, ends_at=dt.datetime(2020, 6, 11, 11, 30),
                  place="Hội trường Ban Tuyên giáo Tỉnh ủy", chair_id=data.person("Nguyễn Quang Phúc"),
                  secretary_id=data.person("Vũ Thị Hòa"))
    values.update(overrides)
    return services.meetings.create(**values)
