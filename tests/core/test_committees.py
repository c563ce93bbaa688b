import datetime as dt
import unicodedata

import pytest

from core import errors
from core import models as m
from core.services.committees import ROLES, default_rank

BCD = "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"
TIEU_BAN = "Tiểu ban Tuyên truyền và Phục vụ Đại hội Đảng bộ tỉnh lần thứ XVII"


def _person(services, name, position=None, agency=None):
    agency_id = None
    if agency:
        found = services.agencies.list(search=agency)
        agency_id = found[0].id if found else services.agencies.create(name=agency).id
    return services.people.create(full_name=name, position=position, agency_id=agency_id)


@pytest.fixture
def bcd(services):
    return services.committees.create(name=BCD, abbreviation="BCĐ", place_name="Quảng Ninh",
                                      parent_body="TỈNH ỦY QUẢNG NINH", term_label="2020-2025")


# --- committees -------------------------------------------------------------------------------

def test_create_keeps_the_document_identity_and_cleans_text(services):
    signer = _person(services, "Vi Ngọc Bích")
    created = services.committees.create(
        name=unicodedata.normalize("NFD", f"  {BCD} "), abbreviation="BCĐ", style="party",
        number_reset="term", issuing_body="BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI",
        place_name=" Quảng Ninh ", default_signer_id=signer.id, term_label="2020-2025")
    assert created.name == BCD
    assert (created.style, created.number_reset, created.place_name) == ("party", "term", "Quảng Ninh")
    assert created.default_signer_name == "Vi Ngọc Bích"
    assert services.committees.get(committee_id=created.id) == created


def test_wrong_style_and_duplicate_name_are_refused(services, bcd):
    with pytest.raises(errors.ValidationError) as caught:
        services.committees.create(name="Hội đồng thi đua", style="nhà nước")
    assert caught.value.field == "style"
    with pytest.raises(errors.DuplicateError) as caught:
        services.committees.create(name="ban chỉ đạo công tác thông tin đối ngoại tỉnh")
    assert BCD in caught.value.message()


def test_sub_committee_shows_its_parent_and_search_ignores_diacritics(services, bcd):
    tieu_ban = services.committees.create(name=TIEU_BAN, parent_id=bcd.id)
    assert tieu_ban.parent_name == BCD
    assert [c.name for c in services.committees.list(search="dai hoi dang bo")] == [TIEU_BAN]
    assert [c.name for c in services.committees.list(search="bcd")] == [BCD]
    assert [c.name for c in services.committees.list()] == [BCD, TIEU_BAN]


def test_a_committee_cannot_sit_under_itself_or_its_own_sub_committee(services, bcd):
    tieu_ban = services.committees.create(name=TIEU_BAN, parent_id=bcd.id)
    to_giup_viec = services.committees.create(name="Tổ giúp việc Tiểu ban", parent_id=tieu_ban.id)
    for parent in (bcd.id, tieu_ban.id, to_giup_viec.id):
        with pytest.raises(errors.ValidationError) as caught:
            services.committees.update(committee_id=bcd.id, parent_id=parent)
        assert caught.value.code == "committee_cycle"
        assert BCD in caught.value.message()
    assert services.committees.get(committee_id=bcd.id).parent_id is None


def test_update_changes_only_what_is_passed(services, bcd):
    updated = services.committees.update(committee_id=bcd.id, term_label="2025-2030", abbreviation=None)
    assert (updated.name, updated.place_name, updated.term_label, updated.abbreviation) == (
        BCD, "Quảng Ninh", "2025-2030", None)


def test_delete_is_refused_while_members_children_and_meetings_hold_it(services, db, bcd):
    services.committees.create(name=TIEU_BAN, parent_id=bcd.id)
    bich = _person(services, "Vi Ngọc Bích")
    services.committees.add_member(committee_id=bcd.id, person_id=bich.id, role="Trưởng ban")
    with db.transaction() as session:
        session.add(m.Meeting(committee_id=bcd.id, kind="hội nghị giao ban", title="Giao ban năm 2019",
                              starts_at=dt.datetime(2019, 12, 16, 8)))
    with pytest.raises(errors.ReferencedError) as caught:
        services.committees.delete(committee_id=bcd.id)
    message = caught.value.message()
    for holder in ["1 cuộc họp", "1 lượt thành viên", "1 ban trực thuộc"]:
        assert holder in message
    assert services.committees.get(committee_id=bcd.id).name == BCD
    lone = services.committees.create(name="Hội đồng thi đua khen thưởng")
    services.committees.delete(committee_id=lone.id)
    with pytest.raises(errors.NotFoundError):
        services.committees.get(committee_id=lone.id)


# --- roles and ranks --------------------------------------------------------------------------

def test_roles_are_offered_in_protocol_order_and_ranked_however_typed():
    assert ROLES[0] == "Trưởng ban" and ROLES.index("Phó Trưởng ban thường trực") < ROLES.index("Phó Trưởng ban")
    assert [default_rank(r) for r in ROLES] == sorted(default_rank(r) for r in ROLES)
    assert default_rank("Uỷ viên") == default_rank("ủy viên") == 50
    assert default_rank("Phó Trưởng ban Thường trực") == 20
    assert default_rank("Trưởng Tiểu ban") == 10
    assert default_rank("Thành viên Tổ giúp việc") == 70
    assert default_rank("Cố vấn") == 80


# --- members on a date ------------------------------------------------------------------------

def test_members_are_listed_in_protocol_order_or_by_name(services, bcd):
    seats = [("Trần Đức Thuần", "Ủy viên"), ("Phạm Hồng Cẩm", "Phó Trưởng ban"),
             ("Mai Vũ Tuấn", "Phó Trưởng ban thường trực"), ("Vi Ngọc Bích", "Trưởng ban"),
             ("Nguyễn Quang Phúc", "Uỷ viên"), ("Đỗ Thu Hà", "Thư ký")]
    for name, role in seats:
        person = _person(services, name)
        services.committees.add_member(committee_id=bcd.id, person_id=person.id, role=role)
    assert [r.full_name for r in services.committees.members(committee_id=bcd.id)] == [
        "Vi Ngọc Bích", "Mai Vũ Tuấn", "Phạm Hồng Cẩm", "Nguyễn Quang Phúc", "Trần Đức Thuần",
        "Đỗ Thu Hà"]
    assert [r.full_name for r in services.committees.members_sorted_by_name(committee_id=bcd.id)] == [
        "Vi Ngọc Bích", "Phạm Hồng Cẩm", "Đỗ Thu Hà", "Nguyễn Quang Phúc", "Trần Đức Thuần",
        "Mai Vũ Tuấn"]


def test_an_explicit_rank_overrides_the_role(services, bcd):
    first = _person(services, "Nguyễn Quang Phúc")
    second = _person(services, "Trần Đức Thuần")
    services.committees.add_member(committee_id=bcd.id, person_id=first.id, role="Ủy viên", rank=55)
    services.committees.add_member(committee_id=bcd.id, person_id=second.id, role="Ủy viên")
    assert [r.full_name for r in services.committees.members(committee_id=bcd.id)] == [
        "Trần Đức Thuần", "Nguyễn Quang Phúc"]


def test_members_on_a_date_before_and_after_kien_toan(services, bcd):
    bich = _person(services, "Vi Ngọc Bích", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
                   "Ban Tuyên giáo Tỉnh ủy")
    cam = _person(services, "Phạm Hồng Cẩm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy")
    old = services.committees.add_member(committee_id=bcd.id, person_id=bich.id, role="Trưởng ban",
                                         start_date="01/06/2016")
    services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Phó Trưởng ban",
                                   start_date=dt.date(2016, 6, 1))
    ended = services.committees.end_membership(membership_id=old.id, end_date=dt.date(2020, 10, 15))
    assert ended.end_date == dt.date(2020, 10, 15)
    services.committees.change_role(membership_id=services.committees.members(
        committee_id=bcd.id, on=dt.date(2021, 1, 1))[0].id, role="Trưởng ban",
        position="Trưởng Ban Tuyên giáo Tỉnh ủy", effective=dt.date(2020, 10, 16))

    in_2019 = services.committees.members(committee_id=bcd.id, on=dt.date(2019, 12, 16))
    assert [(r.full_name, r.role, r.position) for r in in_2019] == [
        ("Vi Ngọc Bích", "Trưởng ban", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy"),
        ("Phạm Hồng Cẩm", "Phó Trưởng ban", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")]
    in_2021 = services.committees.members(committee_id=bcd.id, on="15/03/2021")
    assert [(r.full_name, r.role, r.position) for r in in_2021] == [
        ("Phạm Hồng Cẩm", "Trưởng ban", "Trưởng Ban Tuyên giáo Tỉnh ủy")]
    last_day = services.committees.members(committee_id=bcd.id, on=dt.date(2020, 10, 15))
    assert [r.role for r in last_day] == ["Trưởng ban", "Phó Trưởng ban"]  # end date is inclusive


def test_members_show_the_agency_name_of_that_day(services, bcd):
    person = _person(services, "Nguyễn Văn Hòa", agency="Sở Thông tin và Truyền thông")
    services.committees.add_member(committee_id=bcd.id, person_id=person.id, role="Ủy viên")
    agency_id = services.people.get(person_id=person.id).agency_id
    services.agencies.rename(agency_id=agency_id, new_name="Sở Khoa học và Công nghệ",
                             effective=dt.date(2025, 3, 1))
    on_2019 = services.committees.members(committee_id=bcd.id, on=dt.date(2019, 12, 16))
    on_2025 = services.committees.members(committee_id=bcd.id, on=dt.date(2025, 6, 1))
    assert on_2019[0].agency_name == "Sở Thông tin và Truyền thông"
    assert on_2025[0].agency_name == "Sở Khoa học và Công nghệ"


def test_position_is_copied_from_the_person_when_not_given(services, bcd):
    bich = _person(services, "Vi Ngọc Bích", "Trưởng Ban Tuyên giáo Tỉnh ủy")
    seat = services.committees.add_member(committee_id=bcd.id, person_id=bich.id, role="Trưởng ban")
    services.people.update(person_id=bich.id, position="Phó Bí thư Tỉnh ủy")
    assert services.committees.get_member(membership_id=seat.id).position == "Trưởng Ban Tuyên giáo Tỉnh ủy"


def test_change_role_keeps_the_old_seat_in_history(services, bcd):
    thuan = _person(services, "Trần Đức Thuần", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")
    seat = services.committees.add_member(committee_id=bcd.id, person_id=thuan.id,
                                          role="Phó Trưởng ban", start_date=dt.date(2015, 1, 5))
    new = services.committees.change_role(membership_id=seat.id, role="Trưởng ban",
                                          effective=dt.date(2017, 1, 1))
    assert (new.role, new.rank, new.start_date, new.end_date) == ("Trưởng ban", 10, dt.date(2017, 1, 1), None)
    assert new.position == "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"  # carried over when not given
    history = services.committees.members(committee_id=bcd.id, include_past=True)
    assert [(r.role, r.start_date, r.end_date) for r in sorted(history, key=lambda r: r.start_date)] == [
        ("Phó Trưởng ban", dt.date(2015, 1, 5), dt.date(2016, 12, 31)),
        ("Trưởng ban", dt.date(2017, 1, 1), None)]
    assert [r.role for r in services.committees.members(committee_id=bcd.id, on=dt.date(2017, 2, 24))] == [
        "Trưởng ban"]


def test_change_role_on_or_before_the_seat_start_is_refused(services, bcd):
    thuan = _person(services, "Trần Đức Thuần")
    seat = services.committees.add_member(committee_id=bcd.id, person_id=thuan.id, role="Ủy viên",
                                          start_date=dt.date(2017, 1, 1), end_date=dt.date(2018, 1, 1))
    with pytest.raises(errors.ValidationError) as caught:
        services.committees.change_role(membership_id=seat.id, role="Trưởng ban",
                                        effective=dt.date(2017, 1, 1))
    assert "01/01/2017" in caught.value.message()
    with pytest.raises(errors.ConflictError) as caught:
        services.committees.change_role(membership_id=seat.id, role="Trưởng ban",
                                        effective=dt.date(2019, 1, 1))
    assert caught.value.code == "membership_ended"
    assert len(services.committees.members(committee_id=bcd.id, include_past=True)) == 1


def test_the_same_person_cannot_hold_two_overlapping_seats(services, bcd):
    phuc = _person(services, "Nguyễn Quang Phúc")
    services.committees.add_member(committee_id=bcd.id, person_id=phuc.id, role="Ủy viên",
                                   start_date=dt.date(2016, 1, 1), end_date=dt.date(2020, 10, 15))
    for start, end in [(None, None), (dt.date(2020, 10, 15), None), (None, dt.date(2016, 1, 1)),
                       (dt.date(2018, 1, 1), dt.date(2018, 2, 1))]:
        with pytest.raises(errors.DuplicateError) as caught:
            services.committees.add_member(committee_id=bcd.id, person_id=phuc.id,
                                           role="Phó Trưởng ban", start_date=start, end_date=end)
        assert "Nguyễn Quang Phúc" in caught.value.message()
        assert "01/01/2016" in caught.value.message()
    later = services.committees.add_member(committee_id=bcd.id, person_id=phuc.id,
                                           role="Phó Trưởng ban", start_date=dt.date(2020, 10, 16))
    with pytest.raises(errors.DuplicateError):  # editing a seat into an overlap is refused too
        services.committees.update_member(membership_id=later.id, start_date=dt.date(2020, 1, 1))
    # The same person on another committee at the same time is fine.
    other = services.committees.create(name=TIEU_BAN)
    services.committees.add_member(committee_id=other.id, person_id=phuc.id, role="Phó Trưởng ban",
                                   start_date=dt.date(2020, 6, 11))


def test_reversed_dates_are_refused(services, bcd):
    cam = _person(services, "Phạm Hồng Cẩm")
    with pytest.raises(errors.ValidationError) as caught:
        services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên",
                                       start_date=dt.date(2020, 1, 1), end_date=dt.date(2019, 12, 31))
    assert caught.value.code == "dates_reversed"
    assert caught.value.field == "end_date"
    seat = services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên",
                                          start_date=dt.date(2020, 1, 1))
    with pytest.raises(errors.ValidationError) as caught:
        services.committees.end_membership(membership_id=seat.id, end_date=dt.date(2019, 6, 1))
    assert "01/06/2019" in caught.value.message()
    assert services.committees.get_member(membership_id=seat.id).end_date is None


def test_update_member_with_a_new_role_takes_its_rank(services, bcd):
    cam = _person(services, "Phạm Hồng Cẩm")
    seat = services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên")
    fixed = services.committees.update_member(membership_id=seat.id, role="Phó Trưởng ban thường trực")
    assert (fixed.role, fixed.rank) == ("Phó Trưởng ban thường trực", 20)
    assert services.committees.update_member(membership_id=seat.id, rank=25).role == fixed.role


def test_an_inactive_person_cannot_take_a_current_seat(services, bcd):
    cam = _person(services, "Phạm Hồng Cẩm")
    services.people.set_active(person_id=cam.id, active=False)
    with pytest.raises(errors.ConflictError) as caught:
        services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên")
    assert "Phạm Hồng Cẩm" in caught.value.message()
    past = services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên",
                                          start_date="01/01/2014", end_date="31/12/2016")
    assert past.end_date == dt.date(2016, 12, 31)


def test_a_seat_typed_by_mistake_can_be_deleted(services, bcd):
    cam = _person(services, "Phạm Hồng Cẩm")
    seat = services.committees.add_member(committee_id=bcd.id, person_id=cam.id, role="Ủy viên")
    services.committees.delete_member(membership_id=seat.id)
    assert services.committees.members(committee_id=bcd.id, include_past=True) == []
    services.people.delete(person_id=cam.id)  # nothing holds the person any more
