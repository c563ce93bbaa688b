"""The register's queries: the full-text index and the portable LIKE find the same tasks, the
index follows every change, the new filters, and the sort of every column."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from core import models as m
from core.services import task_fulltext
from core.services.task_queries import ORDER_KEYS
from core.status import TaskStatus

D = dt.date
TODAY = D(2026, 3, 15)
CONTENTS = [
    "Tuyên truyền Đại hội Đảng bộ tỉnh",
    "Quảng bá hình ảnh du lịch (đợt 2), 50% kinh phí",
    "Đánh giá công tác thông tin đối ngoại quý I",
    "Tổng hợp ý kiến: \"Hội nghị\" giao ban_tháng",
    "Xây dựng chuyên mục trên Báo Hải Dương",
]
QUERIES = ["tuyen", "TUYÊN truyền", "dai hoi", "đại", "quang ba", "uyen", "(dot", "50%", "%",
           "\"hoi", "ban_thang", "_", "du", "d", "thong tin doi ngoai", "hai duong", "so noi vu",
           "bao", "xyz", "y kien:", "nghi\""]


@pytest.fixture
def tasks(services):
    committee = services.committees.create(name="Ban Chỉ đạo tỉnh", abbreviation="BCĐ")
    meeting = services.meetings.create(committee_id=committee.id, kind="Phiên họp",
                                       title="Phiên họp quý I", starts_at=dt.datetime(2026, 1, 5, 8))
    so = services.agencies.create(name="Sở Nội vụ").id
    bao = services.agencies.create(name="Báo Hải Dương").id
    made = []
    for i, content in enumerate(CONTENTS):
        made.append(services.tasks.create(
            meeting_id=meeting.id, content=content, lead_agency_id=so if i % 2 else bao,
            coordinator_ids=[so] if i == 4 else [], deadline=f"{12 + 2 * i}/03/2026"))
    return made


def ids(records) -> list[int]:
    return [r.id for r in records]


def both_ways(db, words: list[str]) -> tuple[set[int], set[int]]:
    """The portable search and the engine's indexed one (FTS5 on SQLite, the trigram-narrowed
    clause on PostgreSQL)."""
    indexed = (task_fulltext.server_clause(words) if db.is_server
               else task_fulltext.fts_clause(words))
    with db.reading() as session:
        like = set(session.scalars(select(m.Task.id).where(task_fulltext.like_clause(words))))
        fts = set(session.scalars(select(m.Task.id).where(indexed)))
    return like, fts


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_and_the_portable_search_agree(db, tasks, query):
    like, fts = both_ways(db, task_fulltext.search_words(query))
    assert like == fts


def test_each_word_begins_a_word_without_marks(services, tasks):
    def found(query):
        return {t.content for t in services.tasks.list(search=query)}

    assert found("tuy") == {CONTENTS[0]}
    assert found("uyen") == set()  # inside a word: not a match
    assert found("ĐẠI HỘI") == {CONTENTS[0]}
    assert found("hai duong") == {CONTENTS[0], CONTENTS[2], CONTENTS[4]}  # lead, or content
    assert found("so noi") == {CONTENTS[1], CONTENTS[3], CONTENTS[4]}  # lead or coordinator


def test_many_matches_take_the_other_road_to_the_same_answer(services, tasks, monkeypatch):
    few = {q: (ids(services.tasks.list(search=q, today=TODAY)),
               services.tasks.count(search=q, today=TODAY),
               services.tasks.count(search=q, today=TODAY, status="in_progress"))
           for q in QUERIES}
    monkeypatch.setattr(task_fulltext, "FEW_MATCHES", 0)
    for q in QUERIES:
        assert (ids(services.tasks.list(search=q, today=TODAY)),
                services.tasks.count(search=q, today=TODAY),
                services.tasks.count(search=q, today=TODAY, status="in_progress")) == few[q], q


def test_without_the_index_the_search_still_works(services, tasks, monkeypatch):
    monkeypatch.setattr(task_fulltext, "fts_available", lambda session: False)
    assert [t.content for t in services.tasks.list(search="quang ba")] == [CONTENTS[1]]
    assert services.tasks.count(search="so noi vu") == 3


def test_the_index_follows_every_change(db, services, tasks):
    first = tasks[0]
    services.tasks.update(task_id=first.id, content="Kiểm tra an ninh mạng")
    assert ids(services.tasks.list(search="an ninh")) == [first.id]
    assert services.tasks.list(search="tuyen truyen") == []
    services.tasks.reassign(task_id=first.id, lead_agency_id=services.agencies.create(
        name="Công an tỉnh").id)
    assert ids(services.tasks.list(search="cong an")) == [first.id]
    parts = services.tasks.split(task_id=tasks[2].id, parts=["Đánh giá phần một", "Đánh giá phần hai"])
    assert set(ids(services.tasks.list(search="danh gia phan"))) == {p.id for p in parts}
    services.tasks.delete(task_id=tasks[4].id)
    assert services.tasks.list(search="chuyen muc") == []
    if db.is_server:  # a trigram index is the table's own: PostgreSQL keeps it with each row
        return
    with db.reading() as session:  # the index holds exactly the rows of the table
        indexed = session.execute(select(func.count()).select_from(
            task_fulltext.table(task_fulltext.FTS_TABLE))).scalar()
        assert indexed == session.scalar(select(func.count()).select_from(m.Task))
        check = session.connection().exec_driver_sql(
            "INSERT INTO task_fts(task_fts, rank) VALUES ('integrity-check', 1)")
        assert check is not None


def test_an_agency_renamed_is_found_by_its_new_name(services, tasks):
    bao = services.agencies.list(search="bao hai duong")[0]
    services.agencies.rename(agency_id=bao.id, new_name="Báo Hải Dương điện tử")
    assert len(services.tasks.list(search="dien tu")) == 3


def test_new_filters(services, tasks):
    # Deadlines: 12, 14, 16, 18 and 20 March; today is the 15th.
    done = services.tasks.mark_done(task_id=tasks[0].id, completed_on=D(2026, 3, 14), today=TODAY)
    services.tasks.extend_deadline(task_id=tasks[1].id, new_deadline="30/04/2026",
                                   changed_on=D(2026, 3, 1), today=TODAY)
    assert ids(services.tasks.list(completed_from=D(2026, 3, 1), completed_to=D(2026, 3, 31))) == [done.id]
    assert ids(services.tasks.list(completed_to=D(2026, 3, 13))) == []
    assert ids(services.tasks.list(extended=True)) == [tasks[1].id]
    assert ids(services.tasks.list(extended=False)) == ids(tasks[:1] + tasks[2:])
    # Late on the 13th: due the 12th and done only on the 14th. Not late on the 15th any more.
    assert ids(services.tasks.list(overdue_on=D(2026, 3, 13), today=TODAY)) == [tasks[0].id]
    assert ids(services.tasks.list(overdue_on=D(2026, 3, 15), today=TODAY)) == []
    soon = services.tasks.list(due_soon=True, today=TODAY)
    assert ids(soon) == ids(tasks[2:]) and all(t.due_soon for t in soon)
    person = services.people.create(full_name="Dương Văn Minh")
    alone = services.tasks.create(meeting_id=tasks[0].meeting_id, content="Việc riêng",
                                  lead_person_id=person.id, deadline="Thường xuyên")
    assert ids(services.tasks.list(lead_person_id=person.id)) == [alone.id]


@pytest.mark.parametrize("key", ORDER_KEYS)
def test_every_column_sorts_both_ways_and_pages_add_up(services, tasks, key):
    services.tasks.mark_done(task_id=tasks[3].id, completed_on=D(2026, 3, 12), today=TODAY)
    up = ids(services.tasks.list(order_by=key, today=TODAY))
    down = ids(services.tasks.list(order_by=key, descending=True, today=TODAY))
    assert sorted(up) == sorted(down) == sorted(t.id for t in tasks)
    pages = [ids(services.tasks.list(order_by=key, today=TODAY, limit=2, offset=o)) for o in (0, 2, 4)]
    assert sum(pages, []) == up


def test_text_sorts_by_the_folded_text_and_status_puts_late_first(services, tasks):
    contents = [t.content for t in services.tasks.list(order_by="content", today=TODAY)]
    assert contents == [CONTENTS[2], CONTENTS[1], CONTENTS[3], CONTENTS[0], CONTENTS[4]]
    statuses = [t.status for t in services.tasks.list(order_by="status", today=TODAY)]
    assert statuses == [TaskStatus.OVERDUE] * 2 + [TaskStatus.IN_PROGRESS] * 3


def test_status_sorts_late_first_and_back_exactly_reversed(services, tasks):
    services.tasks.mark_done(task_id=tasks[0].id, completed_on=D(2026, 3, 14), today=TODAY)  # late
    services.tasks.mark_done(task_id=tasks[4].id, completed_on=D(2026, 3, 1), today=TODAY)  # on time
    regular = services.tasks.create(meeting_id=tasks[0].meeting_id, content="Theo dõi thường xuyên",
                                    lead_agency_id=tasks[0].lead_agency_id, deadline="Thường xuyên")
    up = services.tasks.list(order_by="status", today=TODAY)
    assert [t.status for t in up] == [TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS,
                                      TaskStatus.IN_PROGRESS, TaskStatus.REGULAR,
                                      TaskStatus.DONE_LATE, TaskStatus.DONE_ON_TIME]
    assert [t.id for t in up][:4] == [tasks[1].id, tasks[2].id, tasks[3].id, regular.id]
    down = services.tasks.list(order_by="status", descending=True, today=TODAY)
    assert [t.id for t in down] == [t.id for t in up][::-1]
    services.tasks.reopen(task_id=tasks[0].id, today=TODAY)  # late again, and first
    assert services.tasks.list(order_by="status", limit=1, today=TODAY)[0].id == tasks[0].id


def test_content_and_progress_sort_in_vietnamese_order(services, tasks):
    """A before Ă before Â, D before Đ, tones after letters; tasks without progress come last
    whichever way the column is sorted; an edited text takes its new place."""
    for task, content in zip(tasks, ["Đôn đốc", "Ăn ở cho đại biểu", "Dự thảo báo cáo",
                                     "Ân hạn nộp", "An toàn thông tin"], strict=True):
        services.tasks.update(task_id=task.id, content=content)
    contents = [t.content for t in services.tasks.list(order_by="content", today=TODAY)]
    assert contents == ["An toàn thông tin", "Ăn ở cho đại biểu", "Ân hạn nộp", "Dự thảo báo cáo",
                        "Đôn đốc"]
    down = [t.content for t in services.tasks.list(order_by="content", descending=True,
                                                    today=TODAY)]
    assert down == contents[::-1]
    for task, text in zip(tasks[:3], ["Đã xong bước một", "Đang lấy ý kiến", "Dang dở"]):
        services.tasks.add_progress(task_id=task.id, text=text, today=TODAY)
    up = [t.id for t in services.tasks.list(order_by="progress", today=TODAY)]
    down = [t.id for t in services.tasks.list(order_by="progress", descending=True, today=TODAY)]
    assert up[:3] == [tasks[2].id, tasks[0].id, tasks[1].id]  # Dang, Đã, Đang
    assert down[:3] == [tasks[1].id, tasks[0].id, tasks[2].id]
    assert set(up[3:]) == set(down[3:]) == {tasks[3].id, tasks[4].id}  # no progress: last
    services.tasks.update(task_id=tasks[0].id, content="Ấn định lịch họp")
    assert services.tasks.list(order_by="content", limit=1, today=TODAY)[0].content == "An toàn thông tin"
    assert [t.content for t in services.tasks.list(order_by="content", today=TODAY)][3] == \
        "Ấn định lịch họp"


def test_lead_sorts_in_vietnamese_order_and_follows_renames_and_merges(services, tasks):
    leads = lambda **kw: [t.lead_name for t in services.tasks.list(order_by="lead", today=TODAY, **kw)]  # noqa: E731
    assert leads() == ["Báo Hải Dương"] * 3 + ["Sở Nội vụ"] * 2
    assert leads(descending=True) == ["Sở Nội vụ"] * 2 + ["Báo Hải Dương"] * 3
    bao = tasks[0].lead_agency_id
    services.agencies.rename(agency_id=bao, new_name="Đài Phát thanh tỉnh", effective=D(2026, 3, 1))
    assert leads() == ["Đài Phát thanh tỉnh"] * 3 + ["Sở Nội vụ"] * 2  # Đ after D, before S
    dai = services.agencies.create(name="Dân vận")
    services.tasks.reassign(task_id=tasks[1].id, lead_agency_id=dai.id)
    assert leads()[:2] == ["Dân vận", "Đài Phát thanh tỉnh"]
    services.agencies.merge(source_id=tasks[3].lead_agency_id, target_id=dai.id)
    assert leads() == ["Dân vận"] * 2 + ["Đài Phát thanh tỉnh"] * 3
    person = services.people.create(full_name="Ân Văn Bình")
    alone = services.tasks.create(meeting_id=tasks[0].meeting_id, content="Việc riêng",
                                  lead_person_id=person.id, deadline="Thường xuyên")
    assert services.tasks.list(order_by="lead", limit=1, today=TODAY)[0].id == alone.id
    services.people.update(person_id=person.id, full_name="Vũ Văn Bình")
    assert services.tasks.list(order_by="lead", descending=True, limit=1, today=TODAY)[0].id == alone.id


def test_coordinators_sort_by_the_first_one_and_follow_every_change(services, tasks):
    first = lambda **kw: [t.id for t in services.tasks.list(order_by="coordinators", today=TODAY, **kw)]  # noqa: E731
    so = tasks[1].lead_agency_id
    bao = tasks[0].lead_agency_id
    assert first()[0] == tasks[4].id  # the only task with a coordinator
    assert first(descending=True)[0] == tasks[4].id  # tasks without any come last both ways
    office = services.agencies.create(name="Văn phòng").id
    services.tasks.reassign(task_id=tasks[2].id, lead_agency_id=bao, coordinator_ids=[so, office])
    assert first()[:2] == [tasks[2].id, tasks[4].id]  # both first name "Sở Nội vụ": by id
    services.tasks.reassign(task_id=tasks[2].id, lead_agency_id=bao, coordinator_ids=[office, so])
    assert first()[:2] == [tasks[4].id, tasks[2].id]  # now "Văn phòng" first: after "Sở"
    services.agencies.rename(agency_id=office, new_name="Ban Dân vận", effective=D(2026, 3, 1))
    assert first()[:2] == [tasks[2].id, tasks[4].id]  # "Ban" before "Sở"
    services.tasks.reassign(task_id=tasks[2].id, lead_agency_id=bao, coordinator_ids=[])
    assert first()[0] == tasks[4].id and first(descending=True)[0] == tasks[4].id
    assert set(first()[1:]) == set(first(descending=True)[1:])
