"""The conclusion notice: summary, opening, the heard-and-concluded sentence, numbered points,
task lines with the lead agency in bold, closing, signature and Nơi nhận."""
import dataclasses
import datetime as dt

import pytest

from core.documents import TaskLine, build_notice, samples

from .docx_helpers import (
    alignment,
    all_bold,
    all_italic,
    body_texts,
    cell_texts,
    find,
    index_of,
    keeps_with_next,
    none_bold,
    size,
    texts,
)


@pytest.fixture(scope="module")
def state_doc():
    return build_notice(samples.sample_notice(1))


@pytest.fixture(scope="module")
def party_doc():
    return build_notice(samples.sample_notice(2))


def test_state_header_number_and_date(state_doc):
    number, date = (c.paragraphs[0] for c in state_doc.tables[0].rows[1].cells)
    assert number.text == "Số: 25/TB-BCĐ"
    assert date.text == "Quảng Ninh, ngày 18 tháng 12 năm 2019" and all_italic(date)
    assert size(date) == 14 and alignment(date) == "center"


def test_date_line_leading_zero_in_the_header():
    data = dataclasses.replace(samples.sample_notice(1), issue_date=dt.date(2026, 1, 5))
    date = build_notice(data).tables[0].rows[1].cells[1].paragraphs[0]
    assert date.text == "Quảng Ninh, ngày 05 tháng 01 năm 2026"
    data = dataclasses.replace(samples.sample_notice(1), issue_date=dt.date(2026, 6, 29))
    date = build_notice(data).tables[0].rows[1].cells[1].paragraphs[0]
    assert date.text == "Quảng Ninh, ngày 29 tháng 6 năm 2026"


def test_state_title_and_summary(state_doc):
    title = find(state_doc, "THÔNG BÁO")
    assert all_bold(title) and size(title) == 14
    summary = find(state_doc, "Kết luận của đồng chí")
    assert summary.text == (
        "Kết luận của đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh "
        "ủy, Trưởng Ban Chỉ đạo tại Hội nghị giao ban công tác thông tin đối ngoại năm 2019 ngày "
        "16/12/2019")
    assert all_bold(summary) and alignment(summary) == "center" and size(summary) == 14


def test_party_summary_starts_lower_case_with_dashes_under_it(party_doc):
    all_texts = texts(party_doc)
    i = all_texts.index("THÔNG BÁO")
    assert all_texts[i + 1].startswith("kết luận của đồng chí Vi Ngọc Bích, Trưởng Ban Tuyên giáo")
    assert all_texts[i + 1].endswith("ngày 31/03/2020")
    assert all_texts[i + 2] == "-----"
    assert size(find(party_doc, "THÔNG BÁO")) == 16
    number = party_doc.tables[0].rows[1].cells[0].paragraphs[0]
    assert number.text == "Số 25-TB/TBTT" and size(number) == 14


def test_opening_and_heard_sentences(state_doc):
    opening = find(state_doc, "Ngày 16/12/2019, tại Hội trường Ban Tuyên giáo Tỉnh ủy Quảng Ninh, "
                              "đồng chí Vi Ngọc Bích, Ủy viên Ban Thường vụ")
    assert "chủ trì Hội nghị giao ban công tác thông tin đối ngoại năm 2019." in opening.text
    assert "Tham dự có các đồng chí: Mai Vũ Tuấn, Giám đốc Sở Thông tin và Truyền thông;" in opening.text
    assert "Nguyễn Thị Thu Hương" not in opening.text  # absent
    assert opening.text.endswith("Đại diện lãnh đạo Sở Du lịch, Phó Giám đốc.")
    heard = find(state_doc, "Sau khi nghe")
    assert heard.text == (
        "Sau khi nghe đồng chí Đỗ Thị Minh Hà, Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo Tỉnh "
        "ủy báo cáo kết quả công tác thông tin đối ngoại năm 2019, phương hướng nhiệm vụ năm 2020 và "
        "ý kiến phát biểu của các đại biểu dự họp, đồng chí Trưởng Ban Chỉ đạo kết luận như sau:")
    assert keeps_with_next(heard)


def test_given_participants_and_reporter_replace_the_derived_ones():
    data = dataclasses.replace(samples.sample_notice(1), participants="các thành viên Ban Chỉ đạo",
                               reported_by="Ban Tuyên giáo Tỉnh ủy",
                               report_content="Báo cáo tổng kết năm 2019")
    doc = build_notice(data)
    assert find(doc, "Ngày 16/12/2019").text.endswith(
        "Tham dự có các đồng chí: các thành viên Ban Chỉ đạo.")
    assert find(doc, "Sau khi nghe").text.startswith(
        "Sau khi nghe Ban Tuyên giáo Tỉnh ủy báo cáo tổng kết năm 2019 và ý kiến")


def test_points_subpoints_and_bold_lead_agency(state_doc):
    all_texts = texts(state_doc)
    first = index_of(state_doc, "1. Công tác thông tin đối ngoại")
    assert all_texts[first + 1].startswith("2. ")
    assert [t[:3] for t in all_texts[first + 2:first + 7]] == ["a) ", "b) ", "c) ", "d) ", "đ) "]
    tasks = samples.sample_notice(1).meeting.tasks
    task_paragraphs = [p for p in state_doc.paragraphs if p.text.startswith("- ")
                       and any(p.text.startswith(f"- {t.lead}:") for t in tasks)]
    assert len(task_paragraphs) == len(tasks)
    for p, task in zip(task_paragraphs, tasks):
        dash, lead, rest = p.runs
        assert dash.text == "- " and not dash.bold
        assert lead.text == f"{task.lead}:" and lead.bold
        assert rest.text.startswith(" chủ trì") and not rest.bold
    assert task_paragraphs[0].text == (
        "- Ban Tuyên giáo Tỉnh ủy Quảng Ninh: chủ trì, phối hợp với Sở Thông tin và Truyền thông "
        "tỉnh Quảng Ninh rà soát, kiện toàn Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, hoàn "
        "thành trong quý I/2020.")
    assert task_paragraphs[2].text.endswith("hoàn thành trước ngày 30/06/2020.")
    assert task_paragraphs[1].text.endswith("thực hiện thường xuyên.")


def test_tasks_without_a_point_get_their_own_last_point():
    data = samples.sample_notice(2)
    extra = TaskLine("Tổng hợp báo cáo", "Văn phòng Tỉnh ủy", deadline_kind="period",
                     deadline_text="Tháng 6/2020")
    data = dataclasses.replace(data, meeting=dataclasses.replace(
        data.meeting, tasks=data.meeting.tasks + (extra,)))
    all_texts = texts(build_notice(data))
    i = all_texts.index("4. Phân công thực hiện:")
    assert all_texts[i + 1] == ("- Văn phòng Tỉnh ủy: chủ trì tổng hợp báo cáo, hoàn thành trong "
                                "tháng 6/2020.")


def test_closing_line_per_style(state_doc, party_doc):
    closing = find(state_doc, "Cơ quan Thường trực Ban Chỉ đạo thông báo")
    assert closing.text == ("Cơ quan Thường trực Ban Chỉ đạo thông báo để các cơ quan, đơn vị "
                            "biết, thực hiện./.")
    assert keeps_with_next(closing)  # never alone above a page break from the signature
    assert [t for t in body_texts(state_doc) if t.endswith("./.")] == [closing.text]
    # The Tiểu ban issues the notice (its header, its number): it says so itself, not its
    # standing office "Ban Tuyên giáo Tỉnh ủy".
    assert ("Tiểu ban Tuyên truyền - Khánh tiết Đại hội Đảng bộ tỉnh lần thứ XV thông báo để các "
            "cơ quan, đơn vị biết, thực hiện.") in texts(party_doc)
    assert not any(t.endswith("./.") for t in texts(party_doc))


def test_state_signature_and_recipients(state_doc):
    left, right = state_doc.tables[-1].rows[0].cells
    assert cell_texts(right) == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Mai Vũ Tuấn"]
    assert all(all_bold(p) for p in right.paragraphs if p.text)
    label, *lines = [p for p in left.paragraphs if p.text]
    assert label.text == "Nơi nhận:" and all_bold(label) and all_italic(label) and size(label) == 12
    assert not any(r.underline for r in label.runs)
    assert [p.text for p in lines] == [
        "- Thường trực Tỉnh ủy (để b/c);", "- Các thành viên Ban Chỉ đạo;",
        "- Các cơ quan, đơn vị liên quan;", "- Lưu: VT, hồ sơ."]
    assert all(size(p) == 11 and none_bold(p) and alignment(p) == "left" for p in lines)


def test_party_signature_and_recipients(party_doc):
    left, right = party_doc.tables[-1].rows[0].cells
    assert cell_texts(right) == ["T/M TIỂU BAN", "TRƯỞNG TIỂU BAN", "Vi Ngọc Bích"]
    label, *lines = [p for p in left.paragraphs if p.text]
    assert label.text == "Nơi nhận:" and size(label) == 14
    assert all(r.underline for r in label.runs) and none_bold(label)
    assert lines[-1].text == "- Lưu Văn phòng Ban Tuyên giáo."
    assert all(size(p) == 12 for p in lines)
