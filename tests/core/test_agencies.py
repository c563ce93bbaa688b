import datetime as dt
import unicodedata

import pytest

from core import errors
from core import models as m
from core.messages import render


def test_create_cleans_the_name_and_search_ignores_diacritics(services):
    typed = unicodedata.normalize("NFD", "  Sở Thông tin và  Truyền thông ")
    created = services.agencies.create(name=typed, short_name="Sở TT&TT")
    assert created.name == "Sở Thông tin và Truyền thông"
    services.agencies.create(name="Sở Văn hóa, Thể thao và Du lịch Đà Nẵng")
    assert [a.name for a in services.agencies.list(search="so thong tin")] == [created.name]
    assert [a.name for a in services.agencies.list(search="da nang")] == [
        "Sở Văn hóa, Thể thao và Du lịch Đà Nẵng"]
    assert [a.name for a in services.agencies.list(search="TT&TT")] == [created.name]


def test_list_is_in_vietnamese_order(services):
    for name in ["Văn phòng Tỉnh ủy", "Đài Phát thanh - Truyền hình tỉnh", "Báo Hải Dương", "Ban Tuyên giáo Tỉnh ủy"]:
        services.agencies.create(name=name)
    assert [a.name for a in services.agencies.list()] == [
        "Ban Tuyên giáo Tỉnh ủy", "Báo Hải Dương", "Đài Phát thanh - Truyền hình tỉnh", "Văn phòng Tỉnh ủy"]


def test_empty_and_duplicate_names_are_refused_with_the_field_named(services):
    with pytest.raises(errors.ValidationError) as caught:
        services.agencies.create(name="   ")
    assert caught.value.field == "name"
    assert "Tên cơ quan" in caught.value.message()
    services.agencies.create(name="Sở Văn hóa, Thể thao và Du lịch")
    with pytest.raises(errors.DuplicateError) as caught:
        services.agencies.create(name="sở văn hoá, thể thao và du lịch")
    assert "Sở Văn hóa, Thể thao và Du lịch" in caught.value.message()


def test_rename_keeps_the_old_name_for_old_dates(services, db):
    from core.services.agencies import agency_name_on

    agency = services.agencies.create(name="Sở Thông tin và Truyền thông")
    renamed = services.agencies.rename(agency_id=agency.id, new_name="Sở Khoa học và Công nghệ",
                                       effective=dt.date(2025, 3, 1))
    assert renamed.name == "Sở Khoa học và Công nghệ"
    assert renamed.old_names == (("Sở Thông tin và Truyền thông", dt.date(2025, 3, 1)),)
    with db.reading() as session:
        row = session.get(m.Agency, agency.id)
        assert agency_name_on(row, dt.date(2019, 12, 16)) == "Sở Thông tin và Truyền thông"
        assert agency_name_on(row, dt.date(2025, 3, 1)) == "Sở Khoa học và Công nghệ"


def _task(session, code, lead, coordinators=()):
    task = m.Task(code=code, content="Tuyên truyền", lead_agency_id=lead, assigned_on=dt.date(2020, 6, 11),
                  deadline_kind="regular", deadline_text="Thường xuyên")
    task.coordinators = [m.TaskCoordinator(agency_id=a, position=i) for i, a in enumerate(coordinators)]
    session.add(task)


def test_merge_moves_tasks_and_people_and_loses_nothing(services, db):
    old = services.agencies.create(name="Sở Thông tin và Truyền thông")
    new = services.agencies.create(name="Sở Khoa học và Công nghệ")
    other = services.agencies.create(name="Báo Hải Dương")
    with db.transaction() as session:
        _task(session, "T1", old.id)
        _task(session, "T2", other.id, [old.id, new.id])
        _task(session, "T3", other.id, [old.id])
        session.add(m.Person(full_name="Nguyễn Văn A", agency_id=old.id))
    services.agencies.merge(source_id=old.id, target_id=new.id)
    with db.reading() as session:
        leads = dict(session.query(m.Task.code, m.Task.lead_agency_id).all())
        assert leads == {"T1": new.id, "T2": other.id, "T3": other.id}
        coords = sorted(session.query(m.TaskCoordinator.task_id, m.TaskCoordinator.agency_id).all())
        assert {a for _, a in coords} == {new.id}
        assert len(coords) == 2
        assert session.query(m.Person.agency_id).scalar() == new.id
    assert [a.name for a in services.agencies.list()] == ["Báo Hải Dương", "Sở Khoa học và Công nghệ"]
    assert services.agencies.get(agency_id=old.id).merged_into_id == new.id
    with pytest.raises(errors.AppError):
        services.agencies.merge(source_id=new.id, target_id=new.id)


def test_delete_is_refused_while_tasks_point_to_it(services, db):
    agency = services.agencies.create(name="Văn phòng Tỉnh ủy")
    with db.transaction() as session:
        _task(session, "T1", agency.id)
    with pytest.raises(errors.ReferencedError) as caught:
        services.agencies.delete(agency_id=agency.id)
    assert "1 nhiệm vụ chủ trì" in caught.value.message()
    assert services.agencies.get(agency_id=agency.id).name == "Văn phòng Tỉnh ủy"
    unused = services.agencies.create(name="Sở Tài chính")
    services.agencies.delete(agency_id=unused.id)
    with pytest.raises(errors.NotFoundError):
        services.agencies.get(agency_id=unused.id)


def test_deactivated_agencies_leave_the_default_list(services):
    agency = services.agencies.create(name="Sở Tài chính")
    services.agencies.set_active(agency_id=agency.id, active=False)
    assert services.agencies.list() == []
    assert [a.name for a in services.agencies.list(include_inactive=True)] == ["Sở Tài chính"]


def test_tasks_are_found_by_the_new_name_after_rename_and_merge(services):
    old = services.agencies.create(name="Sở Thông tin và Truyền thông")
    services.tasks.create(content="Quản lý thông tin trên mạng xã hội", deadline="Thường xuyên",
                          lead_agency_id=old.id, assigned_on=dt.date(2020, 6, 11))
    services.agencies.rename(agency_id=old.id, new_name="Sở Khoa học và Công nghệ",
                             effective=dt.date(2025, 3, 1))
    assert [t.content for t in services.tasks.list(search="khoa hoc cong nghe")] == [
        "Quản lý thông tin trên mạng xã hội"]
    target = services.agencies.create(name="Trung tâm Truyền thông tỉnh")
    services.agencies.merge(source_id=old.id, target_id=target.id)
    assert [t.lead_agency_name for t in services.tasks.list(search="trung tam truyen thong")] == [
        "Trung tâm Truyền thông tỉnh"]


def test_usage_says_what_a_merge_would_move(services, db):
    agency = services.agencies.create(name="Sở Ngoại vụ")
    assert services.agencies.usage(agency_id=agency.id) == ()
    services.people.create(full_name="Trần Văn Tuấn", agency_id=agency.id)
    with db.transaction() as session:
        _task(session, "T1", agency.id)
    usage = services.agencies.usage(agency_id=agency.id)
    assert [(m.code, m.values["n"]) for m in usage] == [("holds_lead_tasks", 1), ("holds_agency_people", 1)]
    assert ", ".join(map(render, usage)) == "1 nhiệm vụ chủ trì, 1 người thuộc cơ quan"
