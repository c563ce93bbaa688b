"""The words the documents print: dates, numbers, people, deadlines, task lines, recipients."""
import datetime as dt

import pytest

from core.documents import wording as w
from core.text import subpoint_label
from core.documents.model import (
    CommitteeIdentity,
    DocumentNumber,
    PersonRef,
    Recipients,
    TaskLine,
)
from core.documents.settings import FormatSettings, resolve

STATE = CommitteeIdentity(name="Ban Chỉ đạo", abbreviation="BCĐ", style="state",
                          issuing_body="BAN CHỈ ĐẠO")
PARTY = CommitteeIdentity(name="Ban Chỉ đạo", abbreviation="BCĐ", style="party",
                          issuing_body="BAN CHỈ ĐẠO")


@pytest.mark.parametrize("day, expected", [
    (dt.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (dt.date(2026, 2, 14), "ngày 14 tháng 02 năm 2026"),
    (dt.date(2026, 6, 29), "ngày 29 tháng 6 năm 2026"),
    (dt.date(2019, 12, 16), "ngày 16 tháng 12 năm 2019"),
    (dt.date(2020, 3, 9), "ngày 09 tháng 3 năm 2020"),
])
def test_dates_take_a_leading_zero_only_for_day_below_10_and_months_1_and_2(day, expected):
    assert w.date_in_text(day) == expected
    assert w.date_line("Quảng Ninh", day) == f"Quảng Ninh, {expected}"


def test_unknown_end_time_and_date_leave_blanks_to_fill_by_hand():
    assert w.time_text(None) == "…… giờ ……"
    assert w.date_in_text(None) == "ngày …… tháng …… năm ……"
    assert w.time_text(dt.datetime(2020, 3, 31, 8, 5)) == "08 giờ 05"


@pytest.mark.parametrize("committee, number, expected", [
    (STATE, DocumentNumber("BB", 5), "Số: 05/BB-BCĐ"),
    (STATE, DocumentNumber("TB", 125), "Số: 125/TB-BCĐ"),
    (PARTY, DocumentNumber("TB", 25), "Số 25-TB/BCĐ"),
    (PARTY, DocumentNumber("GM", 3, issuer="TBTT"), "Số 03-GM/TBTT"),
])
def test_number_format_per_style(committee, number, expected):
    assert w.document_number(committee.style, number, committee) == expected


def test_a_number_not_yet_taken_leaves_a_blank():
    text = w.document_number("state", DocumentNumber("BB", None), STATE)
    assert text.startswith("Số:") and text.endswith("/BB-BCĐ")
    assert not any(ch.isdigit() for ch in text)
    assert w.document_number("party", DocumentNumber("TB", None), PARTY).endswith("-TB/BCĐ")


@pytest.mark.parametrize("name, comrade", [
    ("Vi Ngọc Bích", True),
    ("Đỗ Thị Minh Hà", True),
    ("Đại diện lãnh đạo Sở Du lịch", False),
    ("Tổng Biên tập Báo Hà Nam", False),
    ("đồng chí Trần Đức Thuần", False),
    ("Đồng chí Trần Đức Thuần", False),
])
def test_comrade_goes_before_names_not_before_descriptions(name, comrade):
    assert w.needs_comrade(name) is comrade


def test_person_line_with_and_without_position():
    ref = PersonRef("Vi Ngọc Bích", "Trưởng Ban Tuyên giáo Tỉnh ủy")
    assert w.person(ref) == "đồng chí Vi Ngọc Bích, Trưởng Ban Tuyên giáo Tỉnh ủy"
    assert w.person(ref, capital=True).startswith("Đồng chí Vi Ngọc Bích")
    assert w.person(PersonRef("Vi Ngọc Bích")) == "đồng chí Vi Ngọc Bích"


@pytest.mark.parametrize("task, phrase", [
    (TaskLine("x", "A", deadline_kind="date", deadline_text="Trước 15/3/2026",
              due_date=dt.date(2026, 3, 15)), "hoàn thành trước ngày 15/03/2026"),
    (TaskLine("x", "A", deadline_kind="date", deadline_text="Trước 5/1/2026"),
     "hoàn thành trước ngày 05/01/2026"),
    (TaskLine("x", "A", deadline_kind="date", deadline_text="trước ngày 31/12"),
     "hoàn thành trước ngày 31/12"),
    (TaskLine("x", "A", deadline_kind="period", deadline_text="Trong tháng 6/2026"),
     "hoàn thành trong tháng 6/2026"),
    (TaskLine("x", "A", deadline_kind="period", deadline_text="Quý II/2026"),
     "hoàn thành trong quý II/2026"),  # mid-sentence: lower case
    (TaskLine("x", "A", deadline_kind="period", deadline_text="Tháng 11/2014"),
     "hoàn thành trong tháng 11/2014"),
    (TaskLine("x", "A", deadline_kind="regular", deadline_text="Thường xuyên"),
     "thực hiện thường xuyên"),
])
def test_deadline_is_phrased_from_its_kind(task, phrase):
    assert w.deadline_phrase(task) == phrase


def test_task_line_names_lead_then_coordinators_content_and_deadline():
    task = TaskLine("Tuyên truyền về Đại hội.", "Sở Văn hóa, Thể thao và Du lịch",
                    coordinators=("Báo Hà Nam", "Đài Phát thanh - Truyền hình", "Sở Ngoại vụ"),
                    deadline_kind="date", deadline_text="Trước 15/3/2026",
                    due_date=dt.date(2026, 3, 15))
    lead, rest = w.task_parts(task)
    assert lead == "Sở Văn hóa, Thể thao và Du lịch:"
    assert rest == (" chủ trì, phối hợp với Báo Hà Nam, Đài Phát thanh - Truyền hình và Sở Ngoại "
                    "vụ tuyên truyền về Đại hội, hoàn thành trước ngày 15/03/2026")
    alone = TaskLine("Xây dựng kế hoạch", "Ban Tuyên giáo", deadline_kind="regular")
    assert w.task_parts(alone)[1] == " chủ trì xây dựng kế hoạch, thực hiện thường xuyên"


def test_lower_first_keeps_acronyms():
    assert w.lower_first("Kết luận") == "kết luận"
    assert w.lower_first("UBND tỉnh") == "UBND tỉnh"


def test_recipient_lines_state_and_party():
    rec = Recipients(("Như trên;", "- Thường trực Tỉnh ủy (để b/c)."), "VT, hồ sơ")
    # "Như trên" points to a Kính gửi line: kept only in a document that has one.
    assert w.recipient_lines(rec, "state") == ["- Thường trực Tỉnh ủy (để b/c);", "- Lưu: VT, hồ sơ."]
    assert w.recipient_lines(rec, "state", addressed=True) == [
        "- Như trên;", "- Thường trực Tỉnh ủy (để b/c);", "- Lưu: VT, hồ sơ."]
    party = Recipients(("Các đồng chí thành viên",), "Văn phòng Tỉnh ủy")
    assert w.recipient_lines(party, "party") == [
        "- Các đồng chí thành viên;", "- Lưu Văn phòng Tỉnh ủy."]
    assert w.recipient_lines(Recipients(("A",)), "state") == ["- A;", "- Lưu: VT."]
    # A party document without an archive given still ends with one.
    assert w.recipient_lines(Recipients(("A",)), "party") == ["- A;", "- Lưu VT."]


def test_subpoints_follow_the_vietnamese_alphabet():
    assert [subpoint_label(i) for i in range(6)] == ["a)", "b)", "c)", "d)", "đ)", "e)"]


def test_settings_defaults_per_style_and_round_trip():
    state, party = FormatSettings.for_style("state"), FormatSettings.for_style("party")
    assert (state.minutes_left_label, state.minutes_right_label) == ("THƯ KÝ", "CHỦ TỌA")
    assert (party.minutes_left_label, party.minutes_right_label) == (
        "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ")
    assert party.national_size == 15 and party.recipients_label_underline
    assert state.paragraph_spacing_pt >= 6 and 1.0 <= state.line_spacing <= 1.5
    assert state.first_line_indent_cm in (1.0, 1.27)
    stored = {**party.to_dict(), "body_size": 15, "removed_in_a_later_version": 1}
    again = FormatSettings.from_dict(stored)
    assert again.style == "party" and again.body_size == 15 and again.national_size == 15
    with pytest.raises(ValueError):
        resolve("state", party)
    assert resolve("party", None) == party


def test_meeting_names_inside_a_sentence():
    from core.documents.wording import meeting_in_sentence

    assert meeting_in_sentence("Hội nghị giao ban công tác thông tin đối ngoại năm 2019.") == (
        "Hội nghị giao ban công tác thông tin đối ngoại năm 2019")
    assert meeting_in_sentence("Buổi làm việc triển khai nhiệm vụ") == "buổi làm việc triển khai nhiệm vụ"
    assert meeting_in_sentence("Cuộc họp Ban Chỉ đạo") == "cuộc họp Ban Chỉ đạo"
