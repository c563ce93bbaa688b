"""A hand-built committee whose every number in the Q1/2026 report is known.

Committee X met on 15/12/2025 (tasks t1-t12) and on 10/02/2026 (t13, t14); committee Y met on
05/01/2026 (t15) and must not appear in X's report. The report is written on 10/04/2026 for
Q1/2026, so it speaks for 31/03/2026.

    task lead  given       deadline (now)        done         why it is here
    t1   Sở    15/12/2025  31/01/2026            20/01/2026   due, done on time
    t2   Sở    15/12/2025  31/03/2026 (last day) 31/03/2026   done on the due date: on time
    t3   Báo   15/12/2025  28/02/2026            05/03/2026   due, done late
    t4   Báo   15/12/2025  15/03/2026            -            due, overdue
    t5   Đài   15/12/2025  31/12/2025            -            overdue from before the period
    t6   Đài   15/12/2025  thường xuyên          -            never due, never overdue
    t7   Sở    15/12/2025  31/03/2026 (last day) -            due on the last day: not overdue
    t8   Báo   15/12/2025  15/02 → 30/04/2026    -            extended past the period
    t9   Đài   15/12/2025  15/01 → 20/03/2026    25/03/2026   extended, judged by the new date
    t10  Sở    15/12/2025  10/01/2026            05/04/2026   done after the period: overdue then
    t11  Dương 15/12/2025  20/02/2026            18/02/2026   a person leads alone
    t12  Sở    15/12/2025  thường xuyên          01/02/2026   no deadline, done: on time
    t13  Báo   10/02/2026  30/06/2026            -            given in the period
    t14  Đài   10/02/2026  01/03/2026            25/02/2026   given, due, done on time
    t15  Sở    05/01/2026  01/02/2026            -            committee Y
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

D = dt.date
Q1 = (D(2026, 1, 1), D(2026, 3, 31))
WRITTEN_ON = D(2026, 4, 10)
SO, BAO, DAI = "Sở Nội vụ", "Báo Hải Dương", "Đài Phát thanh - Truyền hình tỉnh"
PERSON = "Dương Văn Minh"  # sorts after "Báo", before "Đài" (đ comes after d)

# name: (meeting, lead, deadline as written, completed on, extended to (text, on))
TASKS = {
    "t1": (1, SO, "31/01/2026", D(2026, 1, 20), None),
    "t2": (1, SO, "31/03/2026", D(2026, 3, 31), None),
    "t3": (1, BAO, "28/02/2026", D(2026, 3, 5), None),
    "t4": (1, BAO, "15/03/2026", None, None),
    "t5": (1, DAI, "31/12/2025", None, None),
    "t6": (1, DAI, "Thường xuyên", None, None),
    "t7": (1, SO, "31/03/2026", None, None),
    "t8": (1, BAO, "15/02/2026", None, ("30/04/2026", D(2026, 2, 10))),
    "t9": (1, DAI, "15/01/2026", D(2026, 3, 25), ("20/03/2026", D(2026, 1, 12))),
    "t10": (1, SO, "10/01/2026", D(2026, 4, 5), None),
    "t11": (1, PERSON, "20/02/2026", D(2026, 2, 18), None),
    "t12": (1, SO, "Thường xuyên", D(2026, 2, 1), None),
    "t13": (2, BAO, "30/06/2026", None, None),
    "t14": (2, DAI, "01/03/2026", D(2026, 2, 25), None),
    "t15": (3, SO, "01/02/2026", None, None),
}

# What X's Q1 report must say: measure -> lead -> tasks counted.
EXPECTED = {
    "assigned": {BAO: {"t13"}, DAI: {"t14"}},
    "due": {SO: {"t1", "t2", "t7", "t10"}, BAO: {"t3", "t4"}, DAI: {"t9", "t14"}, PERSON: {"t11"}},
    "done_on_time": {SO: {"t1", "t2", "t12"}, DAI: {"t14"}, PERSON: {"t11"}},
    "done_late": {BAO: {"t3"}, DAI: {"t9"}},
    "overdue": {SO: {"t10"}, BAO: {"t4"}, DAI: {"t5"}},
    "due_done": {SO: {"t1", "t2"}, BAO: {"t3"}, DAI: {"t9", "t14"}, PERSON: {"t11"}},
    "extended": {DAI: {"t9"}},
}


@dataclass
class Dataset:
    committee_x: int
    committee_y: int
    agencies: dict[str, int] = field(default_factory=dict)
    person: int = 0
    tasks: dict[str, int] = field(default_factory=dict)

    def names(self, ids) -> set[str]:  # noqa: ANN001
        by_id = {v: k for k, v in self.tasks.items()}
        return {by_id[i] for i in ids}


def build(services) -> Dataset:  # noqa: ANN001
    x = services.committees.create(name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hải Dương",
                                   abbreviation="BCĐ", parent_body="UBND tỉnh Hải Dương",
                                   issuing_body="Ban Chỉ đạo công tác thông tin đối ngoại",
                                   place_name="Hải Dương")
    y = services.committees.create(name="Tiểu ban Tuyên truyền Đại hội", abbreviation="TBTT",
                                   style="party")
    data = Dataset(x.id, y.id)
    for name in (SO, BAO, DAI):
        data.agencies[name] = services.agencies.create(name=name).id
    data.person = services.people.create(full_name=PERSON, position="Chuyên viên").id
    meetings = {
        1: services.meetings.create(committee_id=x.id, kind="Phiên họp định kỳ",
                                    title="Phiên họp quý IV/2025",
                                    starts_at=dt.datetime(2025, 12, 15, 8, 0)).id,
        2: services.meetings.create(committee_id=x.id, kind="Phiên họp",
                                    title="Phiên họp tháng 2/2026",
                                    starts_at=dt.datetime(2026, 2, 10, 8, 0)).id,
        3: services.meetings.create(committee_id=y.id, kind="Phiên họp",
                                    title="Phiên họp của Tiểu ban",
                                    starts_at=dt.datetime(2026, 1, 5, 8, 0)).id,
    }
    for name, (meeting, lead, deadline, done, extension) in TASKS.items():
        leads = ({"lead_person_id": data.person} if lead == PERSON
                 else {"lead_agency_id": data.agencies[lead]})
        task = services.tasks.create(meeting_id=meetings[meeting], content=f"Nhiệm vụ {name}",
                                     deadline=deadline, today=D(2025, 12, 15), **leads)
        if extension is not None:
            services.tasks.extend_deadline(task_id=task.id, new_deadline=extension[0],
                                           changed_on=extension[1], reason="Chờ ý kiến",
                                           today=extension[1])
        if done is not None:
            services.tasks.mark_done(task_id=task.id, completed_on=done, today=WRITTEN_ON)
        data.tasks[name] = task.id
    return data
