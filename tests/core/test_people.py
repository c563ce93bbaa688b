import datetime as dt
import unicodedata

import pytest

from core import errors
from core import models as m

BICH = "Vi Ngọc Bích"
BICH_POSITION = "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy"


@pytest.fixture
def agencies(services):
    names = ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông", "Văn phòng Tỉnh ủy"]
    return {n: services.agencies.create(name=n).id for n in names}


def test_create_stores_nfc_trimmed_text(services, agencies):
    typed = unicodedata.normalize("NFD", "  Vi  Ngọc\u00a0Bích ")
    person = services.people.create(full_name=typed, position=f" {BICH_POSITION}  ",
                                    agency_id=agencies["Ban Tuyên giáo Tỉnh ủy"], phone=" 0203 3835 ")
    assert person.full_name == BICH
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.position == BICH_POSITION
    assert person.agency_name == "Ban Tuyên giáo Tỉnh ủy"
    assert person.phone == "0203 3835"
    assert services.people.get(person_id=person.id) == person


def test_empty_name_is_refused_with_the_field_named(services):
    with pytest.raises(errors.ValidationError) as caught:
        services.people.create(full_name=" \u200b ")
    assert caught.value.field == "full_name"
    assert "Họ và tên" in caught.value.message()


def test_same_name_in_same_agency_is_a_duplicate_whatever_the_tone_placement(services, agencies):
    office = agencies["Văn phòng Tỉnh ủy"]
    services.people.create(full_name="Nguyễn Văn Hòa", agency_id=office)
    for typed in ["Nguyễn Văn Hoà", unicodedata.normalize("NFD", "nguyễn văn hòa")]:
        with pytest.raises(errors.DuplicateError) as caught:
            services.people.create(full_name=typed, agency_id=office)
        assert "Nguyễn Văn Hòa" in caught.value.message()
    # "Hoa" without a tone is a different name.
    services.people.create(full_name="Nguyễn Văn Hoa", agency_id=office)


def test_same_name_in_another_agency_is_another_person(services, agencies):
    services.people.create(full_name="Nguyễn Văn Hòa", agency_id=agencies["Văn phòng Tỉnh ủy"])
    other = services.people.create(full_name="Nguyễn Văn Hoà",
                                   agency_id=agencies["Sở Thông tin và Truyền thông"])
    assert len(services.people.list(search="nguyen van hoa")) == 2
    with pytest.raises(errors.DuplicateError):  # moving him into the first one's agency
        services.people.update(person_id=other.id, agency_id=agencies["Văn phòng Tỉnh ủy"])
    assert services.people.get(person_id=other.id).agency_name == "Sở Thông tin và Truyền thông"


def test_two_people_without_agency_and_one_name_are_duplicates(services):
    services.people.create(full_name="Trần Đức Thuần")
    with pytest.raises(errors.DuplicateError):
        services.people.create(full_name="Trần  Đức Thuần ")


def test_search_ignores_diacritics_and_needs_every_word(services, agencies):
    services.people.create(full_name="Nguyễn Quang Phúc", position="Trưởng Ban Tuyên giáo Tỉnh ủy")
    services.people.create(full_name="Trần Đức Thuần", agency_id=agencies["Ban Tuyên giáo Tỉnh ủy"])
    services.people.create(full_name="Nguyễn Văn Hòa", agency_id=agencies["Sở Thông tin và Truyền thông"])

    def names(**kw):
        return [p.full_name for p in services.people.list(**kw)]

    assert names(search="nguyen van") == ["Nguyễn Văn Hòa"]
    assert names(search="duc thuan") == ["Trần Đức Thuần"]
    assert names(search="ĐỨC") == ["Trần Đức Thuần"]
    assert names(search="tuyen giao") == ["Nguyễn Quang Phúc", "Trần Đức Thuần"]  # position, agency
    assert names(search="thong tin hoa") == ["Nguyễn Văn Hòa"]
    assert names(search="nguyen thuan") == []
    assert names(agency_id=agencies["Ban Tuyên giáo Tỉnh ủy"]) == ["Trần Đức Thuần"]


def test_search_finds_people_by_the_new_name_of_a_renamed_agency(services, agencies):
    services.people.create(full_name="Nguyễn Văn Hòa", agency_id=agencies["Sở Thông tin và Truyền thông"])
    services.agencies.rename(agency_id=agencies["Sở Thông tin và Truyền thông"],
                             new_name="Sở Khoa học và Công nghệ", effective=dt.date(2025, 3, 1))
    assert [p.full_name for p in services.people.list(search="khoa hoc")] == ["Nguyễn Văn Hòa"]
    assert services.people.list()[0].agency_name == "Sở Khoa học và Công nghệ"


def test_list_sorts_by_given_name_then_family_name(services):
    for name in ["Trần Đức Thuần", BICH, "Mai Vũ Tuấn", "Nguyễn Quang Phúc", "Phạm Hồng Cẩm",
                 "Đỗ Văn Bích", "Vũ Thị Ánh"]:
        services.people.create(full_name=name)
    assert [p.full_name for p in services.people.list()] == [
        "Vũ Thị Ánh", "Đỗ Văn Bích", BICH, "Phạm Hồng Cẩm", "Nguyễn Quang Phúc", "Trần Đức Thuần",
        "Mai Vũ Tuấn"]


def test_email_is_checked_loosely_and_blank_is_allowed(services):
    person = services.people.create(full_name=BICH, email=" bichvn@quangninh.gov.vn ")
    assert person.email == "bichvn@quangninh.gov.vn"
    for bad in ["bichvn@quangninh", "bichvn.quangninh.gov.vn", "bich vn@quangninh.gov.vn"]:
        with pytest.raises(errors.ValidationError) as caught:
            services.people.update(person_id=person.id, email=bad)
        assert caught.value.field == "email"
        assert bad in caught.value.message()
    assert services.people.update(person_id=person.id, email="  ").email is None


def test_update_changes_only_what_is_passed(services, agencies):
    person = services.people.create(full_name=BICH, position="Trưởng Ban Tuyên giáo Tỉnh ủy",
                                    agency_id=agencies["Ban Tuyên giáo Tỉnh ủy"], phone="0912")
    updated = services.people.update(person_id=person.id, position=BICH_POSITION, phone=None)
    assert (updated.full_name, updated.position, updated.agency_name, updated.phone) == (
        BICH, BICH_POSITION, "Ban Tuyên giáo Tỉnh ủy", None)
    assert [p.full_name for p in services.people.list(search="thuong vu")] == [BICH]


def test_unknown_agency_is_refused(services):
    with pytest.raises(errors.NotFoundError):
        services.people.create(full_name=BICH, agency_id=999)


def test_deactivated_people_leave_the_default_list(services):
    person = services.people.create(full_name="Phạm Hồng Cẩm")
    services.people.set_active(person_id=person.id, active=False)
    assert services.people.list() == []
    assert [p.full_name for p in services.people.list(include_inactive=True)] == ["Phạm Hồng Cẩm"]


def test_delete_is_refused_while_meetings_and_committees_point_to_the_person(services, db):
    person = services.people.create(full_name=BICH)
    with db.transaction() as session:
        committee = m.Committee(name="Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
                                default_signer_id=person.id)
        session.add(m.Membership(committee=committee, person_id=person.id, role="Trưởng ban"))
        meeting = m.Meeting(committee=committee, kind="hội nghị giao ban",
                            title="Giao ban công tác thông tin đối ngoại năm 2019",
                            starts_at=dt.datetime(2019, 12, 16, 8), chair_id=person.id)
        meeting.opinions = [m.Opinion(position=1, speaker_id=person.id, speaker_name=BICH, text="…"),
                            m.Opinion(position=2, speaker_id=person.id, speaker_name=BICH, text="…")]
        session.add(meeting)
    with pytest.raises(errors.ReferencedError) as caught:
        services.people.delete(person_id=person.id)
    message = caught.value.message()
    assert BICH in message
    for holder in ["1 lượt là thành viên ban", "1 cuộc họp do người này chủ trì",
                   "2 ý kiến phát biểu", "1 ban chọn người này ký mặc định"]:
        assert holder in message
    assert services.people.get(person_id=person.id).full_name == BICH


def test_unused_person_can_be_deleted(services):
    person = services.people.create(full_name="Nguyễn Văn A")
    services.people.delete(person_id=person.id)
    with pytest.raises(errors.NotFoundError):
        services.people.get(person_id=person.id)
