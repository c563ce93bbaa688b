"""The minutes as a reader checks them: header, title, the lines in order, every opinion, the
conclusion and tasks, the closing line, the signatures and Nơi nhận."""
import dataclasses
import datetime as dt
import re
import unicodedata

import pytest

from core.documents import (
    Attendee,
    MinutesSignatures,
    Opinion,
    PersonRef,
    build_minutes,
    samples,
    write_minutes,
)
from core.documents.docx_base import text_width_mm
from core.documents.settings import FormatSettings

from .docx_helpers import (
    alignment,
    all_bold,
    all_italic,
    body_texts,
    cell_texts,
    find,
    has_bottom_border,
    index_of,
    indents_mm,
    keeps_with_next,
    none_bold,
    open_docx,
    size,
    texts,
)

DATE_LINE = re.compile(r"ngày \d{2} tháng \d{1,2} năm \d{4}$")


@pytest.fixture(scope="module")
def state_doc():
    return build_minutes(samples.sample_minutes(1))  # Quảng Ninh BCĐ, 16/12/2019


@pytest.fixture(scope="module")
def party_doc():
    return build_minutes(samples.sample_minutes(3))  # Hà Nam BCĐ (party), 24/02/2017


def test_state_header_lines(state_doc):
    left, right = state_doc.tables[0].rows[0].cells
    parent, issuing, rule = left.paragraphs
    assert parent.text == "UBND TỈNH QUẢNG NINH" and none_bold(parent) and size(parent) == 13
    assert issuing.text == "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI" and all_bold(issuing)
    assert size(issuing) == 13 and issuing.text == issuing.text.upper()
    assert rule.text == "" and has_bottom_border(rule)
    national, motto, motto_rule = right.paragraphs
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and all_bold(national)
    assert size(national) == 12
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and all_bold(motto) and size(motto) == 13
    assert motto_rule.text == "" and has_bottom_border(motto_rule)
    number = state_doc.tables[0].rows[1].cells[0].paragraphs[0]
    assert number.text == "Số: 05/BB-BCĐ" and size(number) == 13 and alignment(number) == "center"


def test_state_rules_are_sized_like_the_text(state_doc):
    area_right = 95 - 2
    motto_rule = state_doc.tables[0].rows[0].cells[1].paragraphs[2]
    left, right, _ = indents_mm(motto_rule)
    motto_width = text_width_mm("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    assert area_right - left - right == pytest.approx(motto_width, abs=0.5)
    assert left == pytest.approx(right, abs=0.1)  # centred
    issuing_rule = state_doc.tables[0].rows[0].cells[0].paragraphs[2]
    left, right, _ = indents_mm(issuing_rule)
    assert 68 / 3 <= 68 - left - right <= 68 / 2  # 1/3 to 1/2 of the (wrapped) line


def test_state_minutes_header_has_no_place_or_date(state_doc):
    header_texts = [t for row in state_doc.tables[0].rows for c in row.cells for t in cell_texts(c)]
    assert not any("ngày" in t for t in header_texts)
    assert not any(DATE_LINE.search(t) for t in header_texts)


def test_state_title_summary_and_rule(state_doc):
    title = find(state_doc, "BIÊN BẢN")
    assert all_bold(title) and size(title) == 14 and alignment(title) == "center"
    assert keeps_with_next(title)
    paragraphs = state_doc.paragraphs
    i = next(k for k, p in enumerate(paragraphs) if p.text == "BIÊN BẢN")
    summary, rule = paragraphs[i + 1], paragraphs[i + 2]
    assert summary.text == "Hội nghị giao ban công tác thông tin đối ngoại năm 2019"
    assert all_bold(summary) and alignment(summary) == "center"
    assert rule.text == "" and has_bottom_border(rule)
    assert not any(r.underline for p in paragraphs for r in p.runs)


def test_state_lines_in_the_order_of_the_template(state_doc):
    order = [index_of(state_doc, start) for start in (
        "Thời gian bắt đầu: 15 giờ 00, ngày 16 tháng 12 năm 2019.",
        "Địa điểm: Hội trường Ban Tuyên giáo Tỉnh ủy Quảng Ninh.",
        "Thành phần tham dự:",
        "Chủ trì: đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ",
        "Thư ký: đồng chí Đỗ Thị Minh Hà",
        "Nội dung:",
        "1. Báo cáo kết quả công tác thông tin đối ngoại năm 2019",
        "2. Thảo luận, đánh giá hạn chế",
        "Đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban "
        "Chỉ đạo, chủ trì cuộc họp kết luận như sau:",
        "Cuộc họp kết thúc vào",
        "THƯ KÝ",
        "Nơi nhận:",
    )]
    assert order == sorted(order)


def test_attendance_counts_names_reasons_and_guests(state_doc, party_doc):
    all_state = texts(state_doc)
    assert "Có mặt: 5/6 đồng chí; Vắng mặt: 1 đồng chí." in all_state
    # The reason is mid-sentence: lower case, whatever case it was typed in.
    assert ("- Đồng chí Nguyễn Thị Thu Hương, Giám đốc Sở Ngoại vụ (lý do: đi công tác nước "
            "ngoài).") in all_state
    # A guest typed as a description is printed once: no position or agency repeated after it.
    assert "- Đại diện lãnh đạo Sở Du lịch." in all_state
    all_party = texts(party_doc)
    i = all_party.index("1. Thành phần")
    assert all_party[i + 1] == "Có mặt: 5/6 đồng chí; Vắng mặt: 1 đồng chí."
    assert any("Trần Thị Lan" in t and "(lý do: ốm)" in t for t in all_party)


def test_a_substitute_is_named_with_the_member(tmp_path):
    data = samples.sample_minutes(1)
    members = list(data.meeting.members)
    members[1] = dataclasses.replace(members[1], status="substituted",
                                     substitute=PersonRef("Nguyễn Văn A", "Phó Giám đốc Sở"))
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting,
                                                                 members=tuple(members)))
    doc = build_minutes(data)
    # The substitute fills the seat (core.attendance): counted present, named with the member.
    assert ("Có mặt: 5/6 đồng chí (trong đó 1 đồng chí dự thay); Vắng mặt: 1 đồng chí."
            in texts(doc))
    present = texts(doc)[index_of(doc, "Thành viên có mặt:"):index_of(doc, "Thành viên vắng mặt:")]
    assert any("Mai Vũ Tuấn" in t and "(đồng chí Nguyễn Văn A, Phó Giám đốc Sở dự thay)" in t
               for t in present)


def test_every_opinion_in_order_under_its_agenda_item(state_doc):
    data = samples.sample_minutes(1)
    all_texts = texts(state_doc)
    positions = []
    for n, item in enumerate(data.meeting.agenda, start=1):
        heading = all_texts.index(f"{n}. {item.title}")
        for op in item.opinions:
            if op.speaker_name.startswith("Đại diện"):  # a description: printed once
                line = f"{op.speaker_name} phát biểu: {op.text}"
            elif item.presenter and op.speaker_name in item.presenter and op is item.opinions[0]:
                line = f"Đồng chí {op.speaker_name}, {op.speaker_position}, trình bày (có tài liệu kèm theo): {op.text}"
            else:
                line = f"Đồng chí {op.speaker_name}, {op.speaker_position}, phát biểu: {op.text}"
            positions.append(all_texts.index(line))
            assert heading < positions[-1]
    assert len(positions) == 4
    assert positions == sorted(positions)
    assert positions[0] < index_of(state_doc, "2. Thảo luận") < positions[1]


def test_presenter_line(state_doc, party_doc):
    # The presenter's own opinion right after is the presentation: one line, no "phát biểu".
    presented = index_of(state_doc, "Đồng chí Đỗ Thị Minh Hà, Chuyên viên Phòng Tuyên truyền, "
                                    "Ban Tuyên giáo Tỉnh ủy, trình bày (có tài liệu kèm theo): ")
    assert not texts(state_doc)[presented + 1].startswith("Đồng chí Đỗ Thị Minh Hà")
    assert "Ban Tuyên giáo Tỉnh ủy Hà Nam trình bày." in texts(party_doc)


def test_multi_paragraph_opinions_and_loose_opinions():
    data = samples.sample_minutes(1)
    item = dataclasses.replace(data.meeting.agenda[0], opinions=(
        Opinion("Mai Vũ Tuấn", "Đoạn một.\nĐoạn hai.\n\nĐoạn ba.", "Giám đốc Sở"),))
    meeting = dataclasses.replace(data.meeting, agenda=(item,),
                                  other_opinions=(Opinion("Lê Văn Đức", "Ý kiến chung."),))
    all_texts = texts(build_minutes(dataclasses.replace(data, meeting=meeting)))
    i = all_texts.index("Đồng chí Mai Vũ Tuấn, Giám đốc Sở, phát biểu: Đoạn một.")
    assert all_texts[i + 1: i + 3] == ["Đoạn hai.", "Đoạn ba."]
    j = all_texts.index("Các ý kiến khác:")
    assert all_texts[j + 1] == "Đồng chí Lê Văn Đức phát biểu: Ý kiến chung."


def test_conclusion_points_subpoints_and_tasks_in_order(state_doc):
    all_texts = texts(state_doc)
    start = index_of(state_doc, "1. Công tác thông tin đối ngoại")
    assert all_texts[start + 1].startswith("2. Trong thời gian tới")
    assert [t[:3] for t in all_texts[start + 2: start + 7]] == ["a) ", "b) ", "c) ", "d) ", "đ) "]
    tasks = samples.sample_minutes(1).meeting.tasks
    lines = all_texts[start + 7: start + 7 + len(tasks)]
    assert [line.split(":")[0] for line in lines] == [f"- {t.lead}" for t in tasks]
    assert lines[2].endswith("hoàn thành trước ngày 30/06/2020.")
    assert lines[1].endswith("thực hiện thường xuyên.")
    assert lines[0].endswith("hoàn thành trong quý I/2020.")  # lower case mid-sentence


def test_state_closing_line_ends_with_the_state_mark(state_doc):
    closing = find(state_doc, "Cuộc họp kết thúc vào")
    assert closing.text == "Cuộc họp kết thúc vào 17 giờ 30, ngày 16 tháng 12 năm 2019./."
    assert keeps_with_next(closing)
    assert [t for t in body_texts(state_doc) if t.endswith("./.")] == [closing.text]


def test_closing_line_with_unknown_end_leaves_blanks():
    data = samples.sample_minutes(1)
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting, ends_at=None))
    closing = find(build_minutes(data), "Cuộc họp kết thúc vào")
    assert closing.text == "Cuộc họp kết thúc vào …… giờ ……, ngày …… tháng …… năm ……./."


def test_state_signatures_and_recipients(state_doc):
    left, right = state_doc.tables[-1].rows[0].cells
    assert cell_texts(left) == ["THƯ KÝ", "Đỗ Thị Minh Hà"]
    assert cell_texts(right) == ["CHỦ TỌA", "Vi Ngọc Bích"]
    for p in left.paragraphs + right.paragraphs:
        if p.text:
            assert all_bold(p) and alignment(p) == "center"
    body = state_doc.paragraphs
    label = next(p for p in body if p.text == "Nơi nhận:")
    assert all_bold(label) and all_italic(label) and size(label) == 12
    lines = body[body.index(label) + 1:]
    lines = [p for p in lines if p.text]
    assert [p.text for p in lines] == ["- Thành viên Ban Chỉ đạo;", "- Lưu: VT, hồ sơ."]
    assert all(size(p) == 11 and none_bold(p) for p in lines)
    # Nơi nhận comes after the signature table, under the left signature.
    children = list(state_doc.element.body.iterchildren())
    assert children.index(state_doc.tables[-1]._tbl) < children.index(label._p)
    assert alignment(label) == "left"


def test_party_header_title_and_lines(party_doc):
    left, right = party_doc.tables[0].rows[0].cells
    assert cell_texts(left) == ["TỈNH ỦY HÀ NAM", "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI", "*"]
    assert size(left.paragraphs[0]) == 14 and none_bold(left.paragraphs[0])
    assert all_bold(left.paragraphs[1]) and size(left.paragraphs[1]) == 14
    title, rule = right.paragraphs
    assert title.text == "ĐẢNG CỘNG SẢN VIỆT NAM" and all_bold(title) and size(title) == 15
    assert has_bottom_border(rule)
    rl, rr, _ = indents_mm(rule)
    assert 85 - 2 - rl - rr == pytest.approx(text_width_mm(title.text, 15, bold=True), abs=0.5)
    number, date = (c.paragraphs[0] for c in party_doc.tables[0].rows[1].cells)
    assert number.text == "Số 05-BB/BCĐ" and size(number) == 14
    assert date.text == "Hà Nam, ngày 24 tháng 02 năm 2017"
    assert all_italic(date) and size(date) == 14
    biên_bản = find(party_doc, "BIÊN BẢN")
    assert size(biên_bản) == 16 and all_bold(biên_bản)
    all_texts = texts(party_doc)
    i = all_texts.index("BIÊN BẢN")
    assert all_texts[i + 1: i + 3] == [
        "Phiên họp định kỳ Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", "-----"]
    order = [index_of(party_doc, s) for s in (
        "Thời gian: bắt đầu vào hồi 08 giờ 00, ngày 24 tháng 02 năm 2017.",
        "Địa điểm:", "Nội dung: dự thảo báo cáo", "Chủ trì: đồng chí Trần Đức Thuần",
        "Người ghi biên bản: đồng chí Vũ Thị Ngọc Anh", "1. Thành phần", "2. Diễn biến hội nghị",
        "2.1. Dự thảo báo cáo", "2.2. Dự thảo Quy chế", "3. Kết luận", "3.1. Năm 2017",
        "Hội nghị kết thúc vào hồi 11 giờ 00, ngày 24 tháng 02 năm 2017.",
        "NGƯỜI GHI BIÊN BẢN")]
    assert order == sorted(order)
    for heading in ("1. Thành phần", "2. Diễn biến hội nghị", "3. Kết luận"):
        assert all_bold(find(party_doc, heading)) and keeps_with_next(find(party_doc, heading))


def test_party_signatures_default_and_overridden_labels(party_doc):
    left, right = party_doc.tables[-1].rows[0].cells
    assert cell_texts(left) == ["NGƯỜI GHI BIÊN BẢN", "Vũ Thị Ngọc Anh"]
    assert cell_texts(right) == ["CHỦ TRÌ HỘI NGHỊ", "Trần Đức Thuần"]
    assert not any(t.endswith("./.") for t in texts(party_doc))
    data = dataclasses.replace(samples.sample_minutes(3), signatures=MinutesSignatures(
        left_label="THƯ KÝ HỘI NGHỊ", right_label="T/M BAN CHỈ ĐẠO", right_title="trưởng ban"))
    left, right = build_minutes(data).tables[-1].rows[0].cells
    assert cell_texts(left)[0] == "THƯ KÝ HỘI NGHỊ"
    assert cell_texts(right) == ["T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Trần Đức Thuần"]
    custom = FormatSettings.for_style("state", minutes_left_label="NGƯỜI GHI")
    left, _ = build_minutes(samples.sample_minutes(1), custom).tables[-1].rows[0].cells
    assert cell_texts(left)[0] == "NGƯỜI GHI"


def test_party_date_follows_the_leading_zero_rule_and_number_can_be_blank():
    data = samples.sample_minutes(3, number=None)
    data = dataclasses.replace(data, issue_date=dt.date(2026, 1, 5))
    doc = build_minutes(data)
    number, date = (c.paragraphs[0] for c in doc.tables[0].rows[1].cells)
    assert date.text == "Hà Nam, ngày 05 tháng 01 năm 2026"
    assert number.text.startswith("Số ") and number.text.endswith("-BB/BCĐ")
    assert not any(ch.isdigit() for ch in number.text)


def test_decomposed_and_control_characters_are_cleaned(tmp_path):
    data = samples.sample_minutes(1)
    nfd = unicodedata.normalize("NFD", "Ý kiến có dấu\x0b và ký tự lạ\x01.")
    item = dataclasses.replace(data.meeting.agenda[0],
                               opinions=(Opinion("Mai Vũ Tuấn", nfd, "Giám đốc"),))
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting, agenda=(item,)))
    path = write_minutes(data, tmp_path / "a.docx")
    assert ("Đồng chí Mai Vũ Tuấn, Giám đốc, phát biểu: Ý kiến có dấu và ký tự lạ."
            in texts(open_docx(path)))


def test_line_breaks_typed_in_the_issuing_body_are_kept():
    data = samples.sample_minutes(1)
    committee = dataclasses.replace(data.committee,
                                    issuing_body="BAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI")
    doc = build_minutes(dataclasses.replace(data, committee=committee))
    issuing = doc.tables[0].rows[0].cells[0].paragraphs[1]
    assert issuing.text == "BAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI"


def test_guests_who_did_not_come_are_not_listed():
    data = samples.sample_minutes(1)
    guests = (Attendee("Nguyễn Văn B", "Phóng viên", "Báo Quảng Ninh", status="absent"),)
    doc = build_minutes(dataclasses.replace(
        data, meeting=dataclasses.replace(data.meeting, guests=guests)))
    assert "Đại biểu mời:" not in texts(doc)
    assert not any("Nguyễn Văn B" in t for t in texts(doc))


@pytest.mark.parametrize("style", ["state", "party"])
def test_three_hundred_opinions_all_present_in_order(style):
    data = samples.big_minutes(300, style=style)
    all_texts = texts(build_minutes(data))
    numbers = [int(m[1]) for t in all_texts if (m := re.search(r"phát biểu: Ý kiến số (\d+):", t))]
    assert numbers == list(range(1, 301))
    task_lines = [t for t in all_texts if t.startswith("- ") and ": chủ trì" in t]
    assert len(task_lines) == len(data.meeting.tasks) == 40
