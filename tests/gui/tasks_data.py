"""Tasks around today, for the window's tests: one of each status and edge.

Committee "BCĐ" met 40 days ago (tasks a-h); "Tiểu ban" met 20 days ago (tasks i, j).

    a  Sở Nội vụ leads, Báo coordinates   due yesterday             overdue
    b  Báo Hải Dương                     due today                 in progress, due soon
    c  Đài Phát thanh                    due in 3 days             in progress, due soon
    d  Sở Nội vụ                         due in 30 days            in progress
    e  Báo Hải Dương                     "Thường xuyên"            no deadline
    f  Đài Phát thanh                    due 10 days ago, done then  done on the due date
    g  Sở Nội vụ                         due 20 days ago, done 5 ago done late
    h  Báo Hải Dương                     due 2 days ago → in 10    extended: in progress
    i  Sở Nội vụ (Tiểu ban)              due in 60 days            in progress
    j  Đài Phát thanh (Tiểu ban)         due 3 days ago            overdue
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

SO, BAO, DAI = "Sở Nội vụ", "Báo Hải Dương", "Đài Phát thanh - Truyền hình tỉnh"
CONTENT = {
    "a": "Tuyên truyền Đại hội đại biểu toàn quốc",
    "b": "Quảng bá hình ảnh du lịch của tỉnh",
    "c": "Đánh giá công tác thông tin đối ngoại",
    "d": "Xây dựng chuyên mục trên báo điện tử",
    "e": "Theo dõi dư luận trên mạng xã hội",
    "f": "Tổ chức tập huấn phóng viên",
    "g": "Hoàn thiện kế hoạch trang trí khánh tiết",
    "h": "Biên soạn tài liệu hỏi đáp",
    "i": "Chuẩn bị triển lãm ảnh",
    "j": "Phát hành bản tin nội bộ",
}


@dataclass
class Data:
    today: dt.date
    committees: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    agencies: dict[str, int] = field(default_factory=dict)
    tasks: dict[str, int] = field(default_factory=dict)

    def names(self, ids) -> set[str]:  # noqa: ANN001
        by_id = {v: k for k, v in self.tasks.items()}
        return {by_id[i] for i in ids}


def day(today: dt.date, offset: int) -> str:
    return (today + dt.timedelta(days=offset)).strftime("%d/%m/%Y")


def build(services) -> Data:  # noqa: ANN001
    today = dt.date.today()
    data = Data(today)
    for key, name, abbreviation in (("bcd", "Ban Chỉ đạo công tác thông tin đối ngoại", "BCĐ"),
                                    ("tb", "Tiểu ban Tuyên truyền Đại hội", "TBTT")):
        data.committees[key] = services.committees.create(name=name, abbreviation=abbreviation).id
    for name in (SO, BAO, DAI):
        data.agencies[name] = services.agencies.create(name=name).id
    for key, committee, offset in (("bcd", "bcd", -40), ("tb", "tb", -20)):
        start = dt.datetime.combine(today + dt.timedelta(days=offset), dt.time(8, 0))
        data.meetings[key] = services.meetings.create(
            committee_id=data.committees[committee], kind="Phiên họp",
            title=f"Phiên họp {key.upper()}", starts_at=start).id
    plan = {  # meeting, lead, coordinators, deadline
        "a": ("bcd", SO, [BAO], day(today, -1)), "b": ("bcd", BAO, [], day(today, 0)),
        "c": ("bcd", DAI, [SO], day(today, 3)), "d": ("bcd", SO, [], day(today, 30)),
        "e": ("bcd", BAO, [], "Thường xuyên"), "f": ("bcd", DAI, [], day(today, -10)),
        "g": ("bcd", SO, [], day(today, -20)), "h": ("bcd", BAO, [], day(today, -2)),
        "i": ("tb", SO, [], day(today, 60)), "j": ("tb", DAI, [], day(today, -3)),
    }
    for key, (meeting, lead, coordinators, deadline) in plan.items():
        task = services.tasks.create(
            meeting_id=data.meetings[meeting], content=CONTENT[key],
            lead_agency_id=data.agencies[lead],
            coordinator_ids=[data.agencies[c] for c in coordinators], deadline=deadline)
        data.tasks[key] = task.id
    services.tasks.mark_done(task_id=data.tasks["f"], completed_on=today - dt.timedelta(days=10))
    services.tasks.mark_done(task_id=data.tasks["g"], completed_on=today - dt.timedelta(days=5))
    services.tasks.extend_deadline(task_id=data.tasks["h"], new_deadline=day(today, 10),
                                   reason="Chờ số liệu", changed_on=today - dt.timedelta(days=3))
    return data
