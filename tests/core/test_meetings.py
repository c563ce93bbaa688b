import datetime as dt
import unicodedata

import pytest

from core import errors
from core import models as m
from core.services.meeting_records import conclusion_label
from tests.core.meeting_data import MEETING_DAY, MEETING_START, MEETING_TITLE, PHUC_POSITION, hold_meeting, seed


@pytest.fixture
def data(db):
    return seed(db)


@pytest.fixture
def meeting(services, data):
    return hold_meeting(services, data)


def test_create_copies_the_chair_and_invites_the_members_of_that_day(meeting):
    assert meeting.status == "planned" and meeting.status_label == "Dự kiến"
    assert (meeting.chair_name, meeting.chair_position) == ("Nguyễn Quang Phúc", PHUC_POSITION)
    assert meeting.secretary_name == "Vũ Thị Hòa"
    invited = [(a.name, a.position, a.agency_name) for a in meeting.attendance]
    assert invited == [
        ("Nguyễn Quang Phúc", PHUC_POSITION, "Ban Tuyên giáo Tỉnh ủy"),
        # his position then, not the one he holds now
        ("Trần Văn Hùng", "Giám đốc Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
        ("Lê Thị Mai", "Tổng Biên tập Báo Hải Dương", "Báo Hải Dương"),
        ("Phạm Minh Đức", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Vũ Thị Hòa", "Phó Chánh Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy"),
    ]  # Đỗ Văn Nam left on 31/05/2020; Hoàng Thị Lan joined on 01/07/2020
    assert all(a.is_member and a.status == "invited" for a in meeting.attendance)
    assert (meeting.members.present, meeting.members.total) == (0, 5)


def test_an_agency_renamed_later_keeps_its_old_name_in_the_attendance(services, data):
    services.agencies.rename(agency_id=data.agency("Sở Thông tin và Truyền thông"),
                             new_name="Sở Khoa học và Công nghệ", effective=dt.date(2025, 3, 1))
    meeting = hold_meeting(services, data)
    assert meeting.attendance[1].agency_name == "Sở Thông tin và Truyền thông"


def test_a_meeting_cannot_end_before_it_starts(services, data, meeting):
    with pytest.raises(errors.ValidationError) as caught:
        hold_meeting(services, data, ends_at=dt.datetime(2020, 6, 11, 7, 30))
    assert caught.value.code == "ends_before_start" and caught.value.field == "ends_at"
    assert "07:30 ngày 11/06/2020" in caught.value.message()
    with pytest.raises(errors.ValidationError):
        services.meetings.update(meeting_id=meeting.id, starts_at=dt.datetime(2020, 6, 11, 12, 0))
    assert services.meetings.get(meeting_id=meeting.id).starts_at == MEETING_START


def test_text_pasted_from_word_is_cleaned(services, data):
    pasted = unicodedata.normalize("NFD", "\ufeffBuổi làm việc\u00a0triển khai\u200b nhiệm vụ  ")
    meeting = hold_meeting(services, data, title=pasted, place="Hội trường\u00a0A")
    assert meeting.title == "Buổi làm việc triển khai nhiệm vụ"
    assert meeting.place == "Hội trường A"
    with pytest.raises(errors.ValidationError) as caught:
        hold_meeting(services, data, title=" \u200b ")
    assert caught.value.field == "title"


def test_update_changes_only_what_is_given_and_recopies_the_chair(services, data, meeting):
    updated = services.meetings.update(meeting_id=meeting.id, place=None,
                                       chair_id=data.person("Trần Văn Hùng"))
    assert updated.place is None
    assert updated.title == MEETING_TITLE
    assert updated.chair_position == "Giám đốc Sở Thông tin và Truyền thông"


def test_list_is_newest_first_and_search_finds_opinions_and_conclusions(services, data, meeting):
    later = hold_meeting(services, data, title="Phiên họp định kỳ quý III", starts_at=dt.datetime(2020, 9, 3, 14, 0),
                         ends_at=None)
    older = hold_meeting(services, data, title="Phiên họp thứ nhất", starts_at=dt.datetime(2019, 12, 16, 8, 0),
                         ends_at=None)
    services.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Lê Thị Mai"),
                                  text="Báo đề xuất mở chuyên trang Đại hội.")
    services.meetings.add_conclusion_point(meeting_id=later.id,
                                           text="Sở Văn hóa, Thể thao và Du lịch sớm hoàn thiện kế hoạch trang trí.")
    assert [r.id for r in services.meetings.list(committee_id=data.committee_id)] == [later.id, meeting.id, older.id]
    assert [r.id for r in services.meetings.list(search="CHUYEN TRANG dai hoi")] == [meeting.id]
    assert [r.id for r in services.meetings.list(search="hoàn thiện kế hoạch")] == [later.id]
    assert [r.id for r in services.meetings.list(search="le thi mai")] == [meeting.id]  # the speaker
    assert [r.id for r in services.meetings.list(search="quý iii")] == [later.id]
    assert [r.id for r in services.meetings.list(year=2019)] == [older.id]
    assert services.meetings.list(search="100%") == []
    services.meetings.set_status(meeting_id=meeting.id, new_status="held")
    assert [r.id for r in services.meetings.list(status="held")] == [meeting.id]


def test_agenda_keeps_its_order_and_totals_the_time(services, data, meeting):
    add = services.meetings.add_agenda_item
    first = add(meeting_id=meeting.id, title="Đánh giá kết quả thời gian qua",
                presenter_agency_id=data.agency("Ban Tuyên giáo Tỉnh ủy"), planned_minutes=30)
    second = add(meeting_id=meeting.id, title="Kế hoạch trang trí, tuyên truyền trực quan",
                 presenter_person_id=data.person("Phạm Minh Đức"), planned_minutes=20)
    third = add(meeting_id=meeting.id, title="Thảo luận", planned_minutes=60)
    assert first.presenter_text == "Ban Tuyên giáo Tỉnh ủy"
    assert second.presenter_text == (
        "đồng chí Phạm Minh Đức, Giám đốc Sở Văn hóa, Thể thao và Du lịch")
    moved = services.meetings.move_agenda_item(item_id=third.id, new_index=0)
    assert [(i.number, i.title) for i in moved] == [
        (1, "Thảo luận"), (2, "Đánh giá kết quả thời gian qua"),
        (3, "Kế hoạch trang trí, tuyên truyền trực quan")]
    services.meetings.add_opinion(meeting_id=meeting.id, agenda_item_id=first.id,
                                  speaker_id=data.person("Lê Thị Mai"), text="Ý kiến về kết quả.")
    assert services.meetings.remove_agenda_item(item_id=first.id) == 1
    detail = services.meetings.get(meeting_id=meeting.id)
    assert [(i.number, i.title) for i in detail.agenda] == [
        (1, "Thảo luận"), (2, "Kế hoạch trang trí, tuyên truyền trực quan")]
    assert detail.total_planned_minutes == 80
    assert detail.opinions[0].agenda_item_id is None  # the opinion is kept, under no item
    with pytest.raises(errors.ValidationError):
        add(meeting_id=meeting.id, title="Giải lao", planned_minutes=0)


def test_attendance_marks_and_the_count_a_substitute_fills_a_seat(services, data, meeting):
    rows = {a.name: a for a in meeting.attendance}
    mark = services.meetings.set_attendance
    mark(attendance_id=rows["Nguyễn Quang Phúc"].id, status="present")
    mark(attendance_id=rows["Lê Thị Mai"].id, status="present")
    absent = mark(attendance_id=rows["Trần Văn Hùng"].id, status="absent", absence_reason="Đi công tác")
    assert (absent.status_label, absent.absence_reason) == ("Vắng mặt", "Đi công tác")
    with pytest.raises(errors.ValidationError) as caught:
        mark(attendance_id=rows["Phạm Minh Đức"].id, status="substituted")
    assert caught.value.field == "substitute_name"
    mark(attendance_id=rows["Phạm Minh Đức"].id, status="substituted", substitute_name="Ngô Văn Bình",
         substitute_position="Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")
    with pytest.raises(errors.ValidationError):
        mark(attendance_id=rows["Vũ Thị Hòa"].id, status="late")
    guest = services.meetings.add_guest(meeting_id=meeting.id, name="Nguyễn Văn Tâm",
                                        position="Phó Giám đốc",
                                        agency_id=data.agency("Đài Phát thanh - Truyền hình tỉnh"))
    assert (guest.is_member, guest.agency_name) == (False, "Đài Phát thanh - Truyền hình tỉnh")
    mark(attendance_id=guest.id, status="present")
    detail = services.meetings.get(meeting_id=meeting.id)
    assert (detail.members.present, detail.members.total) == (3, 5)
    assert (detail.members.absent, detail.members.not_marked) == (1, 1)
    assert (detail.guests.present, detail.guests.total) == (1, 1)
    assert detail.attendance[-1].name == "Nguyễn Văn Tâm"  # guests after members
    # Going back to "present" clears the reason typed for the absence.
    assert mark(attendance_id=rows["Trần Văn Hùng"].id, status="present").absence_reason is None
    services.meetings.remove_attendee(attendance_id=guest.id)
    assert services.meetings.get(meeting_id=meeting.id).guests.total == 0


def test_invite_members_adds_only_who_is_missing(services, data):
    meeting = hold_meeting(services, data, invite_members=False)
    assert meeting.attendance == ()
    assert services.meetings.invite_members(meeting_id=meeting.id) == 5
    assert services.meetings.invite_members(meeting_id=meeting.id) == 0


def test_opinions_keep_the_speakers_position_of_the_day_and_mark_guests(services, data, meeting):
    member = services.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Trần Văn Hùng"),
                                           text="Sở sẽ tăng cường quản lý thông tin trên mạng xã hội.")
    assert (member.speaker_position, member.is_guest) == ("Giám đốc Sở Thông tin và Truyền thông", False)
    # Not on the list: allowed, but marked as a guest so the secretary notices.
    outsider = services.meetings.add_opinion(meeting_id=meeting.id, speaker_id=data.person("Nguyễn Thị Thu"),
                                             text="Đề nghị cung cấp lịch Đại hội sớm.")
    assert (outsider.speaker_name, outsider.speaker_position, outsider.is_guest) == (
        "Nguyễn Thị Thu", "Phóng viên", True)
    # A name typed in decomposed Unicode still finds the member on the list.
    typed = services.meetings.add_opinion(meeting_id=meeting.id,
                                          speaker_name=unicodedata.normalize("NFD", "lê thị  mai"),
                                          text="Báo sẽ mở chuyên mục.")
    assert (typed.speaker_name, typed.speaker_id, typed.is_guest) == (
        "Lê Thị Mai", data.person("Lê Thị Mai"), False)
    unknown = services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Một đại biểu",
                                            speaker_position="Đại diện Công an tỉnh", text="Bảo đảm an ninh.")
    assert (unknown.is_guest, unknown.speaker_position) == (True, "Đại diện Công an tỉnh")
    assert [o.position for o in services.meetings.get(meeting_id=meeting.id).opinions] == [1, 2, 3, 4]


def test_a_substitute_speaks_in_the_members_seat(services, data, meeting):
    seat = next(a for a in meeting.attendance if a.name == "Phạm Minh Đức")
    services.meetings.set_attendance(attendance_id=seat.id, status="substituted", substitute_name="Ngô Văn Bình",
                                     substitute_position="Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")
    said = services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Ngô Văn Bình", text="Sở sẽ trang trí.")
    assert (said.is_guest, said.speaker_position) == (False, "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")


def test_an_empty_opinion_is_refused_and_a_long_one_is_kept_whole(services, data, meeting):
    with pytest.raises(errors.ValidationError) as caught:
        services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text=" \u200b\n\n ")
    assert caught.value.code == "required" and caught.value.field == "text"
    with pytest.raises(errors.ValidationError) as caught:
        services.meetings.add_opinion(meeting_id=meeting.id, text="Có ý kiến")
    assert caught.value.field == "speaker_name"
    paragraph = "Đề nghị các cơ quan báo chí tăng cường tuyên truyền về Đại hội Đảng bộ các cấp. "
    speech = "\n\n".join([paragraph * 50] * 13)
    assert len(speech) > 50_000
    said = services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text=speech)
    stored = services.meetings.get(meeting_id=meeting.id).opinions[0].text
    assert stored == said.text == speech.replace(" \n", "\n").strip()
    assert stored.count("\n\n") == 12
    with pytest.raises(errors.ValidationError) as caught:
        services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text="x" * 200_001)
    assert caught.value.code == "too_long"


def test_opinions_move_between_agenda_items_and_print_in_agenda_order(services, data, meeting):
    first = services.meetings.add_agenda_item(meeting_id=meeting.id, title="Báo cáo kết quả")
    second = services.meetings.add_agenda_item(meeting_id=meeting.id, title="Thảo luận")
    say = services.meetings.add_opinion
    a = say(meeting_id=meeting.id, agenda_item_id=second.id, speaker_name="Lê Thị Mai", text="A")
    b = say(meeting_id=meeting.id, agenda_item_id=first.id, speaker_name="Trần Văn Hùng", text="B")
    c = say(meeting_id=meeting.id, agenda_item_id=second.id, speaker_name="Phạm Minh Đức", text="C")
    detail = services.meetings.get(meeting_id=meeting.id)
    assert [o.text for o in detail.opinions] == ["B", "A", "C"]
    services.meetings.move_opinion(opinion_id=c.id, new_index=0)
    assert [o.text for o in services.meetings.get(meeting_id=meeting.id).opinions_under(second.id)] == ["C", "A"]
    services.meetings.move_opinion(opinion_id=a.id, agenda_item_id=first.id, new_index=0)
    detail = services.meetings.get(meeting_id=meeting.id)
    assert [o.text for o in detail.opinions_under(first.id)] == ["A", "B"]
    assert [o.text for o in detail.opinions_under(second.id)] == ["C"]
    edited = services.meetings.update_opinion(opinion_id=b.id, text="B (sửa)", speaker_id=data.person("Lê Thị Mai"))
    assert (edited.text, edited.speaker_name) == ("B (sửa)", "Lê Thị Mai")
    services.meetings.delete_opinion(opinion_id=a.id)
    assert sorted(o.position for o in services.meetings.get(meeting_id=meeting.id).opinions) == [1, 2]
    other = hold_meeting(services, data, starts_at=dt.datetime(2020, 7, 2, 8, 0), ends_at=None)
    with pytest.raises(errors.ValidationError) as caught:
        services.meetings.move_opinion(opinion_id=b.id, agenda_item_id=services.meetings.add_agenda_item(
            meeting_id=other.id, title="Khác").id)
    assert caught.value.code == "wrong_meeting"


def test_conclusions_are_numbered_from_their_order(services, data, meeting):
    add = services.meetings.add_conclusion_point
    one = add(meeting_id=meeting.id, text="Các thành viên tiểu ban bám sát chức năng, nhiệm vụ được phân công.")
    two = add(meeting_id=meeting.id, text="Các cơ quan báo chí:")
    a = add(meeting_id=meeting.id, parent_id=two.id, text="Báo Hải Dương xây dựng chuyên trang, chuyên mục;")
    b = add(meeting_id=meeting.id, parent_id=two.id, text="Đài Phát thanh - Truyền hình tỉnh tăng thời lượng.")
    assert (one.label, two.label, a.label, b.label) == ("1.", "2.", "a)", "b)")
    with pytest.raises(errors.ValidationError) as caught:
        add(meeting_id=meeting.id, parent_id=a.id, text="Quá sâu")
    assert caught.value.code == "conclusion_depth"
    services.meetings.move_conclusion_point(point_id=two.id, new_index=0)
    services.meetings.move_conclusion_point(point_id=b.id, new_index=0)
    tree = services.meetings.get(meeting_id=meeting.id).conclusions
    assert [(p.label, p.text[:15]) for p in tree] == [("1.", "Các cơ quan báo"), ("2.", "Các thành viên ")]
    assert [(p.label, p.text[:8]) for p in tree[0].children] == [("a)", "Đài Phát"), ("b)", "Báo Hải ")]
    moved = services.meetings.move_conclusion_point(point_id=a.id, new_index=5, parent_id=None)
    assert moved.label == "3." and moved.parent_id is None
    updated = services.meetings.update_conclusion_point(point_id=one.id, text="Các thành viên bám sát nhiệm vụ.")
    assert updated.text == "Các thành viên bám sát nhiệm vụ."
    assert [conclusion_label(i, sub=True) for i in range(6)] == ["a)", "b)", "c)", "d)", "đ)", "e)"]


def test_deleting_a_conclusion_keeps_its_tasks_and_says_how_many(services, data, meeting):
    point = services.meetings.add_conclusion_point(meeting_id=meeting.id, text="Các cơ quan báo chí:")
    sub = services.meetings.add_conclusion_point(meeting_id=meeting.id, parent_id=point.id,
                                                 text="Báo Hải Dương xây dựng chuyên trang.")
    task = services.tasks.create(conclusion_point_id=sub.id, content="Xây dựng chuyên trang Đại hội",
                                 lead_agency_id=data.agency("Báo Hải Dương"), deadline="Quý III/2020")
    assert task.meeting_id == meeting.id
    assert services.meetings.get(meeting_id=meeting.id).conclusions[0].children[0].task_count == 1
    assert services.meetings.delete_conclusion_point(point_id=point.id) == 1
    assert services.meetings.get(meeting_id=meeting.id).conclusions == ()
    kept = services.tasks.get(task_id=task.id)
    assert (kept.content, kept.conclusion_point_id) == ("Xây dựng chuyên trang Đại hội", None)


def test_finalised_minutes_refuse_every_edit_until_reopened_with_a_reason(services, data, meeting):
    item = services.meetings.add_agenda_item(meeting_id=meeting.id, title="Thảo luận")
    opinion = services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text="Ý kiến.")
    point = services.meetings.add_conclusion_point(meeting_id=meeting.id, text="Kết luận.")
    with pytest.raises(errors.ConflictError) as caught:
        services.meetings.set_status(meeting_id=meeting.id, new_status="finalised")
    assert caught.value.code == "bad_status_change"
    services.meetings.set_status(meeting_id=meeting.id, new_status="held")
    services.meetings.set_status(meeting_id=meeting.id, new_status="finalised")
    attendee = meeting.attendance[0]
    edits = [
        lambda: services.meetings.update(meeting_id=meeting.id, title="Sửa"),
        lambda: services.meetings.add_agenda_item(meeting_id=meeting.id, title="Thêm"),
        lambda: services.meetings.update_agenda_item(item_id=item.id, title="Sửa"),
        lambda: services.meetings.move_agenda_item(item_id=item.id, new_index=0),
        lambda: services.meetings.remove_agenda_item(item_id=item.id),
        lambda: services.meetings.set_attendance(attendance_id=attendee.id, status="present"),
        lambda: services.meetings.add_guest(meeting_id=meeting.id, name="Khách"),
        lambda: services.meetings.remove_attendee(attendance_id=attendee.id),
        lambda: services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="A", text="B"),
        lambda: services.meetings.update_opinion(opinion_id=opinion.id, text="Sửa"),
        lambda: services.meetings.move_opinion(opinion_id=opinion.id, new_index=0),
        lambda: services.meetings.delete_opinion(opinion_id=opinion.id),
        lambda: services.meetings.add_conclusion_point(meeting_id=meeting.id, text="Thêm"),
        lambda: services.meetings.update_conclusion_point(point_id=point.id, text="Sửa"),
        lambda: services.meetings.delete_conclusion_point(point_id=point.id),
        lambda: services.meetings.delete(meeting_id=meeting.id, confirm=True),
        lambda: services.tasks.create(meeting_id=meeting.id, content="Mới",
                                      lead_agency_id=data.agency("Báo Hải Dương"), deadline="Quý III/2020"),
    ]
    for edit in edits:
        with pytest.raises(errors.ConflictError) as caught:
            edit()
        assert caught.value.code == "meeting_finalised"
        assert MEETING_TITLE in caught.value.message()
    detail = services.meetings.get(meeting_id=meeting.id)
    assert (detail.title, len(detail.agenda), detail.opinions[0].text) == (MEETING_TITLE, 1, "Ý kiến.")

    with pytest.raises(errors.ValidationError) as caught:
        services.meetings.set_status(meeting_id=meeting.id, new_status="held", reason="  ")
    assert caught.value.code == "reason_required"
    reopened = services.meetings.set_status(meeting_id=meeting.id, new_status="held",
                                            reason="Bổ sung ý kiến của Báo Hải Dương theo đề nghị của chủ trì")
    assert [(e.old_status, e.new_status, e.reason) for e in reopened.events] == [
        ("planned", "held", None), ("held", "finalised", None),
        ("finalised", "held", "Bổ sung ý kiến của Báo Hải Dương theo đề nghị của chủ trì")]
    assert all(isinstance(e.at, dt.datetime) for e in reopened.events)
    assert services.meetings.update(meeting_id=meeting.id, title="Tên mới").title == "Tên mới"


def test_copy_plans_the_next_meeting_with_the_members_of_its_day(services, data, meeting):
    services.meetings.add_agenda_item(meeting_id=meeting.id, title="Đánh giá kết quả", planned_minutes=30)
    services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text="Ý kiến.")
    services.meetings.add_guest(meeting_id=meeting.id, name="Khách mời")
    copy = services.meetings.copy(meeting_id=meeting.id, starts_at=dt.datetime(2020, 8, 6, 8, 0))
    assert (copy.status, copy.title, copy.place, copy.chair_name) == (
        "planned", MEETING_TITLE, meeting.place, "Nguyễn Quang Phúc")
    assert copy.ends_at == dt.datetime(2020, 8, 6, 11, 30)
    assert [i.title for i in copy.agenda] == ["Đánh giá kết quả"]
    assert copy.opinions == () and copy.conclusions == ()
    names = [a.name for a in copy.attendance]
    assert "Hoàng Thị Lan" in names and "Khách mời" not in names and "Đỗ Văn Nam" not in names
    assert len(services.meetings.get(meeting_id=meeting.id).agenda) == 1  # the original is untouched


def test_delete_asks_before_taking_tasks_along(services, db, data, meeting):
    services.meetings.add_opinion(meeting_id=meeting.id, speaker_name="Lê Thị Mai", text="Ý kiến.")
    task = services.tasks.create(meeting_id=meeting.id, content="Hoàn thiện kế hoạch trang trí",
                                 lead_agency_id=data.agency("Sở Văn hóa, Thể thao và Du lịch"),
                                 deadline="trước 30/6/2020")
    services.tasks.add_progress(task_id=task.id, text="Đã trình dự thảo.", reported_on=dt.date(2020, 6, 20))
    with db.transaction() as session:
        session.add(m.IssuedDocument(committee_id=data.committee_id, meeting_id=meeting.id, doc_type="BB",
                                     series="2020-2025", number=5, issued_on=MEETING_DAY))
    with pytest.raises(errors.ReferencedError) as caught:
        services.meetings.delete(meeting_id=meeting.id)
    assert "1 nhiệm vụ" in caught.value.message() and "1 văn bản" in caught.value.message()
    assert services.tasks.get(task_id=task.id).content == "Hoàn thiện kế hoạch trang trí"
    deleted = services.meetings.delete(meeting_id=meeting.id, confirm=True)
    assert (deleted.tasks, deleted.opinions, deleted.attendance, deleted.detached_documents) == (1, 1, 5, 1)
    with pytest.raises(errors.NotFoundError):
        services.meetings.get(meeting_id=meeting.id)
    with pytest.raises(errors.NotFoundError):
        services.tasks.get(task_id=task.id)
    with db.reading() as session:
        assert session.query(m.TaskProgress).count() == 0
        assert session.query(m.IssuedDocument.number, m.IssuedDocument.meeting_id).one() == (5, None)


def test_open_tasks_from_earlier_meetings_are_listed_for_review(services, data, meeting):
    sở = data.agency("Sở Thông tin và Truyền thông")
    late = services.tasks.create(meeting_id=meeting.id, content="Quản lý thông tin trên mạng xã hội",
                                 lead_agency_id=sở, deadline="trước 30/6/2020")
    regular = services.tasks.create(meeting_id=meeting.id, content="Cung cấp thông tin cho báo chí",
                                    lead_agency_id=sở, deadline="thường xuyên")
    done = services.tasks.create(meeting_id=meeting.id, content="Báo cáo nhanh", lead_agency_id=sở,
                                 deadline="15/6/2020")
    services.tasks.mark_done(task_id=done.id, completed_on=dt.date(2020, 6, 14))
    nxt = hold_meeting(services, data, starts_at=dt.datetime(2020, 8, 6, 8, 0), ends_at=None)
    services.tasks.create(meeting_id=nxt.id, content="Việc của cuộc họp sau", lead_agency_id=sở,
                          deadline="Quý IV/2020")
    review = services.meetings.open_tasks_for_review(committee_id=data.committee_id, before=dt.date(2020, 8, 6))
    assert [(t.id, t.status_label) for t in review] == [
        (late.id, "Đang thực hiện quá hạn"), (regular.id, "Thường xuyên / không thời hạn")]
    assert review[0].meeting_title == MEETING_TITLE


def test_references_to_missing_rows_are_named_not_crashed_on(services, data, meeting):
    item = services.meetings.add_agenda_item(meeting_id=meeting.id, title="Báo cáo",
                                             presenter_agency_id=data.agency("Ban Tuyên giáo Tỉnh ủy"))
    changed = services.meetings.update_agenda_item(item_id=item.id, presenter_agency_id=data.agency("Văn phòng Tỉnh ủy"))
    assert changed.presenter_text == "Văn phòng Tỉnh ủy"
    typed = services.meetings.update_agenda_item(item_id=item.id, presenter_text="Đồng chí Chánh Văn phòng")
    assert typed.presenter_text == "Đồng chí Chánh Văn phòng"
    with pytest.raises(errors.NotFoundError):
        services.meetings.update_agenda_item(item_id=item.id, presenter_person_id=9999, presenter_text="Ai đó")
    with pytest.raises(errors.NotFoundError):
        services.meetings.add_guest(meeting_id=meeting.id, name="Khách", agency_id=9999, agency_name="Cơ quan lạ")
    with pytest.raises(errors.NotFoundError) as caught:
        services.meetings.get(meeting_id=9999)
    assert "cuộc họp số 9999" in caught.value.message()
    with pytest.raises(errors.ValidationError):
        services.meetings.list(status="done")
    assert services.meetings.get(meeting_id=meeting.id).agenda[0].presenter_text == "Đồng chí Chánh Văn phòng"
