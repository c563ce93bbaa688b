import datetime as dt
import re
import unicodedata

import pytest

from core import errors
from core.status import TaskStatus
from tests.core.meeting_data import MEETING_TITLE, hold_meeting, seed

D = dt.date
TTTT = "Sở Thông tin và Truyền thông"
BAO = "Báo Hải Dương"
DAI = "Đài Phát thanh - Truyền hình tỉnh"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
VPTU = "Văn phòng Tỉnh ủy"


@pytest.fixture
def data(db):
    return seed(db)


@pytest.fixture
def meeting(services, data):
    return hold_meeting(services, data)


@pytest.fixture
def new_task(services, data, meeting):
    def make(content="Tăng cường nắm bắt, quản lý thông tin trên các mạng xã hội", lead=TTTT,
             deadline="Quý III/2020", coordinators=(), **extra):
        return services.tasks.create(meeting_id=meeting.id, content=content, lead_agency_id=data.agency(lead),
                                     coordinator_ids=[data.agency(c) for c in coordinators],
                                     deadline=deadline, **extra)
    return make


def test_a_task_from_the_conclusion_names_lead_coordinators_and_deadline(services, data, meeting, new_task):
    task = new_task(content="Xây dựng các chuyên trang, chuyên mục, tăng thời lượng tuyên truyền về Đại hội",
                    lead=BAO, coordinators=[DAI, TTTT], deadline="Trước ngày 30/9/2020",
                    today=D(2020, 7, 1))
    assert re.fullmatch(r"NV-2020-\d{6}", task.code)
    assert (task.meeting_title, task.meeting_date, task.assigned_on) == (MEETING_TITLE, D(2020, 6, 11), D(2020, 6, 11))
    assert (task.lead_name, task.coordinator_names) == (BAO, (DAI, TTTT))
    assert (task.deadline_kind, task.deadline_text, task.due_date) == ("date", "Trước ngày 30/9/2020", D(2020, 9, 30))
    assert task.original_due_date == D(2020, 9, 30) and task.extension_count == 0
    assert (task.status_label, task.due_soon) == ("Đang thực hiện trong hạn", False)
    # The code never changes, whatever is edited later.
    edited = services.tasks.update(task_id=task.id, content="Xây dựng chuyên trang Đại hội", assigned_on=D(2021, 1, 4),
                                   deadline="Quý I/2021")
    assert edited.code == task.code


def test_a_task_needs_a_lead_and_a_deadline_it_can_meet(services, data, meeting, new_task):
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.create(meeting_id=meeting.id, content="Việc không ai làm", deadline="Quý III/2020")
    assert caught.value.code == "lead_required"
    with pytest.raises(errors.ValidationError) as caught:
        new_task(deadline="trước 15/5/2020")
    assert caught.value.code == "deadline_before_meeting"
    assert "15/5/2020" in caught.value.message() and "11/06/2020" in caught.value.message()
    with pytest.raises(errors.ValidationError) as caught:
        new_task(deadline="sớm nhất có thể")
    assert caught.value.code == "invalid_deadline"
    with pytest.raises(errors.ValidationError) as caught:
        new_task(content="\u200b \u00a0")
    assert caught.value.field == "content"
    # Without a year, the deadline is the next 30/9 after the meeting.
    assert new_task(deadline="trước 30/9").due_date == D(2020, 9, 30)
    outside = services.tasks.create(content="Tổng kết công tác tuyên truyền", lead_agency_id=data.agency(VPTU),
                                    deadline="năm 2026", assigned_on="05/01/2026", today=D(2026, 1, 5))
    assert (outside.meeting_id, outside.code[:8]) == (None, "NV-2026-")
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.create(content="Việc", lead_agency_id=data.agency(VPTU), deadline="31/12/2025",
                              assigned_on=D(2026, 1, 5))
    assert caught.value.code == "deadline_before_assigned"


def test_text_pasted_from_word_is_cleaned_and_search_ignores_marks(services, data, new_task):
    pasted = unicodedata.normalize("NFD", "Hoàn thiện\u00a0kế hoạch trang trí,\u200b tuyên truyền trực quan")
    task = new_task(content=pasted, lead=VHTTDL, coordinators=[VPTU])
    assert task.content == "Hoàn thiện kế hoạch trang trí, tuyên truyền trực quan"
    new_task()
    assert [t.id for t in services.tasks.list(search="trang tri")] == [task.id]
    assert [t.id for t in services.tasks.list(search="van phong tinh uy")] == [task.id]  # a coordinator
    assert [t.id for t in services.tasks.list(search="VĂN HÓA")] == [task.id]


def test_coordinators_come_without_repeats_and_without_the_lead(services, data, new_task):
    task = new_task(lead=BAO, coordinators=[DAI, BAO, DAI, TTTT])
    assert task.coordinator_names == (DAI, TTTT)
    moved = services.tasks.reassign(task_id=task.id, lead_agency_id=data.agency(DAI),
                                    coordinator_ids=[data.agency(TTTT), data.agency(DAI), data.agency(BAO)])
    assert (moved.lead_name, moved.coordinator_names) == (DAI, (TTTT, BAO))
    assert [t.id for t in services.tasks.list(search="bao hai duong")] == [task.id]
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.reassign(task_id=task.id, lead_agency_id=None)
    assert caught.value.code == "lead_required"
    person = services.tasks.reassign(task_id=task.id, lead_agency_id=None, lead_person_id=data.person("Lê Thị Mai"))
    assert (person.lead_name, person.lead_agency_id) == ("Lê Thị Mai", None)


def test_a_deactivated_agency_gets_no_new_tasks_but_keeps_its_old_ones(services, data, new_task):
    kept = new_task(lead=DAI, coordinators=[VPTU])
    services.agencies.set_active(agency_id=data.agency(DAI), active=False)
    services.agencies.set_active(agency_id=data.agency(VPTU), active=False)
    with pytest.raises(errors.ValidationError) as caught:
        new_task(lead=DAI)
    assert caught.value.code == "inactive" and DAI in caught.value.message()
    with pytest.raises(errors.ValidationError) as caught:
        new_task(lead=BAO, coordinators=[VPTU])
    assert caught.value.field == "coordinator_ids"
    again = services.tasks.reassign(task_id=kept.id, coordinator_ids=[data.agency(VPTU), data.agency(BAO)])
    assert (again.lead_name, again.coordinator_names) == (DAI, (VPTU, BAO))


def test_progress_shows_the_latest_report(services, new_task):
    task = new_task()
    services.tasks.add_progress(task_id=task.id, text="Đã ban hành kế hoạch.", reported_on=D(2020, 8, 1),
                                reported_by="Sở TT&TT", source_file="bao-cao-thang-8.xlsx")
    late_arrival = services.tasks.add_progress(task_id=task.id, text="Đã họp triển khai.", reported_on="20/07/2020")
    assert late_arrival.last_progress == "Đã ban hành kế hoạch."  # an older report does not hide a newer one
    history = services.tasks.history(task_id=task.id)
    assert [p.text for p in history.progress] == ["Đã họp triển khai.", "Đã ban hành kế hoạch."]
    assert history.progress[1].source_file == "bao-cao-thang-8.xlsx"
    with pytest.raises(errors.ValidationError):
        services.tasks.add_progress(task_id=task.id, text="  ")


def test_done_on_the_due_date_is_on_time_and_a_day_later_is_late(services, new_task):
    task = new_task(deadline="30/9/2020")
    done = services.tasks.mark_done(task_id=task.id, completed_on=D(2020, 9, 30), today=D(2020, 10, 5))
    assert done.status is TaskStatus.DONE_ON_TIME and done.status_label == "Đã hoàn thành đúng hạn"
    late = services.tasks.mark_done(task_id=task.id, completed_on="01/10/2020", today=D(2020, 10, 5))
    assert late.status_label == "Đã hoàn thành quá hạn"
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.mark_done(task_id=task.id, completed_on=D(2020, 6, 10), today=D(2020, 10, 5))
    assert caught.value.code == "completed_before_assigned"
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.mark_done(task_id=task.id, completed_on=D(2026, 10, 1), today=D(2020, 10, 5))
    assert caught.value.code == "completed_in_future"
    reopened = services.tasks.reopen(task_id=task.id, today=D(2020, 10, 5))
    assert (reopened.completed_on, reopened.status_label) == (None, "Đang thực hiện quá hạn")
    assert services.tasks.get(task_id=task.id, today=D(2020, 9, 30)).status_label == "Đang thực hiện trong hạn"
    assert services.tasks.get(task_id=task.id, today=D(2020, 9, 25)).due_soon


def test_an_extension_keeps_the_original_deadline_and_its_history(services, new_task):
    task = new_task(deadline="trước 31/7/2020")
    assert services.tasks.get(task_id=task.id, today=D(2020, 8, 10)).status is TaskStatus.OVERDUE
    extended = services.tasks.extend_deadline(task_id=task.id, new_deadline="Quý III/2020",
                                              reason="Chờ ý kiến Thường trực Tỉnh ủy", changed_on=D(2020, 7, 25),
                                              today=D(2020, 8, 10))
    assert (extended.deadline_text, extended.due_date, extended.original_due_date, extended.extension_count) == (
        "Quý III/2020", D(2020, 9, 30), D(2020, 7, 31), 1)
    assert extended.status is TaskStatus.IN_PROGRESS  # judged by the new deadline
    change = services.tasks.history(task_id=task.id).deadline_changes[0]
    assert (change.old_text, change.old_due_date, change.new_due_date, change.reason) == (
        "trước 31/7/2020", D(2020, 7, 31), D(2020, 9, 30), "Chờ ý kiến Thường trực Tỉnh ủy")
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.extend_deadline(task_id=task.id, new_deadline="15/9/2020")
    assert caught.value.code == "deadline_not_later"
    services.tasks.mark_done(task_id=task.id, completed_on=D(2020, 9, 1), today=D(2020, 9, 2))
    with pytest.raises(errors.ConflictError) as caught:
        services.tasks.extend_deadline(task_id=task.id, new_deadline="Quý IV/2020")
    assert caught.value.code == "task_completed"


def test_split_keeps_the_original_as_the_first_part(services, new_task):
    task = new_task(content="Tuyên truyền trực quan và tổ chức triển lãm", lead=VHTTDL, coordinators=[VPTU])
    services.tasks.add_progress(task_id=task.id, text="Đã khảo sát địa điểm.", reported_on=D(2020, 7, 1))
    parts = services.tasks.split(task_id=task.id, parts=["Trang trí, tuyên truyền trực quan", " ",
                                                         "Tổ chức triển lãm, trưng bày chào mừng Đại hội"])
    assert [p.content for p in parts] == ["Trang trí, tuyên truyền trực quan",
                                         "Tổ chức triển lãm, trưng bày chào mừng Đại hội"]
    assert parts[0].code == task.code and parts[0].last_progress == "Đã khảo sát địa điểm."
    assert parts[1].code != task.code
    assert {(p.lead_name, p.coordinator_names, p.due_date) for p in parts} == {(VHTTDL, (VPTU,), D(2020, 9, 30))}
    assert sum(services.tasks.counts_by_status(today=D(2020, 8, 1)).values()) == 2
    with pytest.raises(errors.ValidationError) as caught:
        services.tasks.split(task_id=task.id, parts=["Chỉ một phần"])
    assert caught.value.code == "split_parts"


def test_finalised_minutes_freeze_the_task_but_not_its_follow_up(services, data, meeting, new_task):
    task = new_task(deadline="trước 31/7/2020")
    services.meetings.set_status(meeting_id=meeting.id, new_status="held")
    services.meetings.set_status(meeting_id=meeting.id, new_status="finalised")
    for edit in [lambda: services.tasks.update(task_id=task.id, content="Sửa"),
                 lambda: services.tasks.reassign(task_id=task.id, lead_agency_id=data.agency(BAO)),
                 lambda: services.tasks.split(task_id=task.id, parts=["A", "B"]),
                 lambda: services.tasks.delete(task_id=task.id)]:
        with pytest.raises(errors.ConflictError) as caught:
            edit()
        assert caught.value.code == "meeting_finalised"
    services.tasks.add_progress(task_id=task.id, text="Đang triển khai.", reported_on=D(2020, 7, 15))
    services.tasks.extend_deadline(task_id=task.id, new_deadline="Quý III/2020", changed_on=D(2020, 7, 20))
    done = services.tasks.mark_done(task_id=task.id, completed_on=D(2020, 9, 15), today=D(2020, 10, 1))
    assert (done.status_label, done.extension_count, done.last_progress) == (
        "Đã hoàn thành đúng hạn", 1, "Đang triển khai.")


def test_the_register_filters_in_sql(services, data, meeting, new_task):
    t1 = new_task(content="Quản lý thông tin trên mạng xã hội", lead=TTTT, deadline="31/7/2020")
    t2 = new_task(content="Chuyên trang Đại hội", lead=BAO, coordinators=[TTTT], deadline="Quý III/2020")
    t3 = new_task(content="Kế hoạch trang trí", lead=VHTTDL, deadline="15/8/2020")
    t4 = new_task(content="Phối hợp cung cấp thông tin", lead=VPTU, deadline="thường xuyên")
    t5 = new_task(content="Báo cáo nhanh", lead=TTTT, deadline="30/6/2020")
    services.tasks.mark_done(task_id=t5.id, completed_on=D(2020, 7, 2), today=D(2020, 8, 10))
    other = hold_meeting(services, data, starts_at=dt.datetime(2020, 7, 10, 8), ends_at=None)
    t6 = services.tasks.create(meeting_id=other.id, content="Tập huấn phóng viên", lead_agency_id=data.agency(TTTT),
                               deadline="10/8/2020")
    today = D(2020, 8, 10)
    ids = lambda records: [r.id for r in records]  # noqa: E731
    assert ids(services.tasks.list(today=today)) == [t5.id, t1.id, t6.id, t3.id, t2.id, t4.id]
    assert ids(services.tasks.list(agency_id=data.agency(TTTT), today=today)) == [t5.id, t1.id, t6.id, t2.id]
    assert ids(services.tasks.list(agency_id=data.agency(TTTT), lead_only=True, today=today)) == [t5.id, t1.id, t6.id]
    assert ids(services.tasks.list(status=TaskStatus.OVERDUE, today=today)) == [t1.id]
    assert ids(services.tasks.list(status=["in_progress", TaskStatus.REGULAR], today=today)) == [
        t6.id, t3.id, t2.id, t4.id]
    assert ids(services.tasks.list(due_from=D(2020, 8, 1), due_to=D(2020, 8, 31), today=today)) == [t6.id, t3.id]
    assert ids(services.tasks.list(meeting_id=other.id, today=today)) == [t6.id]
    assert ids(services.tasks.list(committee_id=data.committee_id, limit=2, offset=1, today=today)) == [t1.id, t6.id]
    assert services.tasks.count(agency_id=data.agency(TTTT), today=today) == 4
    record = {r.id: r for r in services.tasks.list(today=today)}
    assert record[t6.id].due_soon and not record[t1.id].due_soon
    assert services.tasks.counts_by_status(today=today) == {
        TaskStatus.DONE_ON_TIME: 0, TaskStatus.DONE_LATE: 1, TaskStatus.IN_PROGRESS: 3,
        TaskStatus.OVERDUE: 1, TaskStatus.REGULAR: 1}
    assert services.tasks.counts_by_status(today=today, agency_id=data.agency(TTTT))[TaskStatus.IN_PROGRESS] == 2
    assert ids(services.tasks.open_tasks_of_agency(agency_id=data.agency(TTTT), today=today)) == [t1.id, t6.id, t2.id]
    assert ids(services.tasks.due_between(start=D(2020, 6, 1), end=D(2020, 7, 31))) == [t5.id, t1.id]
    assert ids(services.tasks.due_between(start=D(2020, 6, 1), end=D(2020, 7, 31), open_only=True)) == [t1.id]
    assert services.tasks.overdue_count_by_agency(today=D(2020, 8, 20)) == [
        (data.agency(TTTT), TTTT, 2), (data.agency(VHTTDL), VHTTDL, 1)]


def test_a_renamed_agency_is_found_by_its_new_name_after_reindex(services, data, new_task):
    task = new_task(lead=TTTT)
    services.agencies.rename(agency_id=data.agency(TTTT), new_name="Sở Khoa học và Công nghệ",
                             effective=D(2025, 3, 1))
    assert services.tasks.get(task_id=task.id).lead_name == "Sở Khoa học và Công nghệ"
    assert services.tasks.reindex(agency_id=data.agency(TTTT)) == 1
    assert [t.id for t in services.tasks.list(search="khoa hoc va cong nghe")] == [task.id]


def test_delete_removes_the_task_and_its_progress(services, new_task):
    task = new_task()
    services.tasks.add_progress(task_id=task.id, text="Đang làm.")
    services.tasks.delete(task_id=task.id)
    with pytest.raises(errors.NotFoundError):
        services.tasks.get(task_id=task.id)
