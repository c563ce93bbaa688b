"""The invitation: who invites whom, to what, when (with the weekday), where, the agenda, what
to prepare, and the signature."""
import dataclasses

import pytest

from core.documents import build_invitation, samples

from .docx_helpers import all_bold, body_texts, cell_texts, find, index_of, size, texts


@pytest.fixture(scope="module")
def state_doc():
    return build_invitation(samples.sample_invitation(1))


def test_header_title_and_summary(state_doc):
    assert state_doc.tables[0].rows[1].cells[0].paragraphs[0].text == "Số: 12/GM-BCĐ"
    assert state_doc.tables[0].rows[1].cells[1].paragraphs[0].text == (
        "Quảng Ninh, ngày 11 tháng 12 năm 2019")
    title = find(state_doc, "GIẤY MỜI")
    assert all_bold(title) and size(title) == 14
    all_texts = texts(state_doc)
    i = all_texts.index("GIẤY MỜI")
    assert all_texts[i + 1] == "Dự Hội nghị giao ban công tác thông tin đối ngoại năm 2019"


def test_body_in_order(state_doc):
    data = samples.sample_invitation(1)
    order = [index_of(state_doc, s) for s in (
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh trân trọng kính mời:",
        "- Đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ",
        "- Đại diện lãnh đạo Sở Du lịch.",  # a description, printed once
        "Tới dự Hội nghị giao ban công tác thông tin đối ngoại năm 2019.",
        "Chủ trì: đồng chí Vi Ngọc Bích",
        "Thời gian: 15 giờ 00, thứ Hai, ngày 16 tháng 12 năm 2019.",
        "Địa điểm: Hội trường Ban Tuyên giáo Tỉnh ủy Quảng Ninh.",
        "Nội dung:",
        "1. Báo cáo kết quả công tác thông tin đối ngoại năm 2019",
        "2. Thảo luận, đánh giá hạn chế và đề xuất giải pháp.",
        "Đề nghị các đồng chí:",
        "- nghiên cứu trước dự thảo báo cáo",
        "Đề nghị các đồng chí xác nhận tham dự",
        "Rất mong các đồng chí tham dự đúng thời gian./.",
    )]
    assert order == sorted(order)
    invitees = [t for t in texts(state_doc) if t.startswith("- Đồng chí")]
    assert len(invitees) == len(data.meeting.members)
    assert [t for t in body_texts(state_doc) if t.endswith("./.")] == [
        "Rất mong các đồng chí tham dự đúng thời gian./."]


def test_invitees_text_replaces_the_list_and_party_has_no_state_mark():
    data = dataclasses.replace(samples.sample_invitation(3),
                               invitees_text="Các đồng chí thành viên Ban Chỉ đạo.")
    doc = build_invitation(data)
    all_texts = texts(doc)
    assert all_texts[all_texts.index("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam trân "
                                     "trọng kính mời:") + 1] == "Các đồng chí thành viên Ban Chỉ đạo."
    assert not any(t.startswith("- Đồng chí") for t in all_texts)
    assert "Rất mong các đồng chí tham dự đúng thời gian." in all_texts
    assert "Thời gian: 08 giờ 00, thứ Sáu, ngày 24 tháng 02 năm 2017." in all_texts
    assert doc.tables[0].rows[1].cells[0].paragraphs[0].text == "Số 12-GM/BCĐ"


def test_signature(state_doc):
    left, right = state_doc.tables[-1].rows[0].cells
    assert cell_texts(right) == ["TL. TRƯỞNG BAN", "THƯ KÝ", "Đỗ Thị Minh Hà"]
    assert cell_texts(left)[-1] == "- Lưu: VT."
