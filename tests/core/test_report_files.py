"""The report written to Word and Excel: the official header and wording, ruled tables that
repeat their heading and never split a row, the numbers where a reader looks for them, and
files that are never half-written or silently replaced."""
from __future__ import annotations

import datetime as dt

import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from core.errors import AppError, ValidationError
from core.reports.periods import Period, period_containing, period_of, week_of
from core.services.reports import ReportOptions
from tests.core import report_data as rd
from tests.core.docx_helpers import all_bold, find, open_docx, texts
from tests.core.report_data import BAO, DAI, PERSON, Q1, SO, WRITTEN_ON

D = dt.date


@pytest.fixture
def data(services):
    return rd.build(services)


def write(services, data, path, **options):
    return services.reports.write(committee_id=data.committee_x, start=Q1[0], end=Q1[1],
                                  path=path, today=WRITTEN_ON,
                                  options=ReportOptions(**options) if options else None)


def test_periods_are_named_as_a_report_names_them():
    assert period_of("quarter", 2026, 1) == Period(D(2026, 1, 1), D(2026, 3, 31))
    assert period_of("quarter", 2026, 1).label == "quý I năm 2026"
    assert period_of("month", 2026, 2).end == D(2026, 2, 28)
    assert period_of("half", 2026, 2).label == "6 tháng cuối năm 2026"
    assert period_of("year", 2026).label == "năm 2026"
    assert period_containing("quarter", D(2026, 11, 22)).label == "quý IV năm 2026"
    assert Period(D(2026, 1, 5), D(2026, 2, 20)).label == "từ ngày 05/01/2026 đến ngày 20/02/2026"
    assert week_of(D(2026, 11, 22)) == Period(D(2026, 11, 16), D(2026, 11, 22))
    assert Period(D(2026, 3, 1), D(2026, 3, 31)).as_of(D(2026, 3, 10)) == D(2026, 3, 10)
    with pytest.raises(ValidationError):
        Period(D(2026, 3, 2), D(2026, 3, 1))


def test_word_report_has_the_official_header_title_and_summary(services, data, tmp_path):
    doc = open_docx(write(services, data, tmp_path / "bao-cao.docx", issue_date=D(2026, 4, 10)))
    lines = texts(doc)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI" in lines
    assert find(doc, "Số:").text.replace("\u00a0", " ").split() == ["Số:", "/BC-BCĐ"]
    assert "Hải Dương, ngày 10 tháng 4 năm 2026" in lines
    title = find(doc, "BÁO CÁO")
    assert all_bold(title)
    summary = find(doc, "Tình hình thực hiện kết luận của Ban Chỉ đạo")
    assert summary.text.endswith("từ ngày 01/01/2026 đến ngày 31/03/2026") and all_bold(summary)
    assert find(doc, "Trong quý I năm 2026 (từ ngày 01/01/2026 đến ngày 31/03/2026), các cuộc họp").text \
        .endswith("đã giao 2 nhiệm vụ; có 9 nhiệm vụ đến hạn, trong đó 1 nhiệm vụ đã được gia hạn.")
    assert find(doc, "Trong kỳ đã hoàn thành 7 nhiệm vụ").text == (
        "Trong kỳ đã hoàn thành 7 nhiệm vụ, gồm 5 nhiệm vụ hoàn thành đúng hạn và 2 nhiệm vụ "
        "hoàn thành quá hạn.")
    assert find(doc, "Tính đến ngày 31/03/2026, còn 3 nhiệm vụ").text.endswith("chưa hoàn thành.")
    assert find(doc, "Tỷ lệ hoàn thành").text == (
        "Tỷ lệ hoàn thành các nhiệm vụ đến hạn trong kỳ đạt 66,7% (6/9 nhiệm vụ).")
    assert find(doc, "Trên đây là báo cáo").text.endswith("quý I năm 2026./.")
    # A state committee signs in the state words (NĐ 30), never the party "T/M".
    assert "TM. BAN CHỈ ĐẠO" in lines and "T/M BAN CHỈ ĐẠO" not in lines and "Nơi nhận:" in lines and "- Lưu: VT." in lines


def test_word_tables_are_ruled_repeat_their_heading_and_keep_rows_whole(services, data, tmp_path):
    doc = open_docx(write(services, data, tmp_path / "bao-cao.docx"))
    ruled = [t for t in doc.tables if t._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top"))
             .get(qn("w:val")) == "single"]
    assert len(ruled) == 3  # per lead, overdue, done
    for table in ruled:
        first = table.rows[0]._tr
        assert first.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
        fonts = {r.get(qn("w:ascii")) for r in table._tbl.iter(qn("w:rFonts"))}
        assert fonts == {"Times New Roman"}
    by_lead, overdue, done = ruled
    rows = [[c.text for c in row.cells] for row in by_lead.rows]
    assert rows[0][1] == "Cơ quan chủ trì"
    assert [r[1] for r in rows[1:]] == [BAO, PERSON, DAI, SO, "Tổng cộng"]
    assert rows[-1][2:] == ["2", "9", "5", "2", "3", "66,7%"]
    assert rows[3][2:] == ["1", "2", "1", "1", "1", "100,0%"]  # Đài
    overdue_rows = [[c.text for c in row.cells] for row in overdue.rows[1:]]
    assert [r[2] for r in overdue_rows] == [BAO, DAI, SO]
    assert overdue_rows[2][0:1] == ["3"] and overdue_rows[2][4] == "80"
    assert overdue_rows[0][1].startswith("Nhiệm vụ t4\n(Phiên họp quý IV/2025 ngày 15/12/2025)")
    done_rows = [[c.text for c in row.cells] for row in done.rows[1:]]
    assert len(done_rows) == 7
    assert ["Quá hạn 5 ngày"] == [r[5] for r in done_rows if r[1].startswith("Nhiệm vụ t9")]


def test_excel_report_has_the_three_sheets_with_real_numbers_and_dates(services, data, tmp_path):
    path = write(services, data, tmp_path / "bao-cao.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Tổng hợp", "Quá hạn", "Đã hoàn thành"]
    summary = wb["Tổng hợp"]
    rows = [[c.value for c in row] for row in summary.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[header][1] == "Cơ quan chủ trì"
    body = rows[header + 1:header + 6]
    assert [r[1] for r in body] == [BAO, PERSON, DAI, SO, "Tổng cộng"]
    assert body[-1][2:7] == [2, 9, 5, 2, 3] and body[-1][7] == pytest.approx(6 / 9)
    assert summary.cell(header + 5, 8).number_format == "0.0%"
    assert summary.freeze_panes == f"A{header + 2}"
    assert int(summary.page_setup.paperSize) == 9 and summary.page_setup.fitToWidth == 1
    assert summary.print_title_rows == f"${header + 1}:${header + 1}"
    fonts = {(c.font.name, c.font.size) for row in summary.iter_rows() for c in row if c.value}
    assert {name for name, _ in fonts} == {"Times New Roman"}
    assert (("Times New Roman", 12.0) in fonts)
    texts_ = [str(v) for r in rows for v in r if v]
    assert any(t.startswith("của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hải Dương từ ngày")
               for t in texts_)

    overdue = wb["Quá hạn"]
    head = next(r for r in overdue.iter_rows() if r[0].value == "STT")[0].row
    late = [[c.value for c in row] for row in overdue.iter_rows(min_row=head + 1)]
    assert [r[1] for r in late] == ["Nhiệm vụ t4", "Nhiệm vụ t5", "Nhiệm vụ t10"]
    assert late[2][6] == dt.datetime(2026, 1, 10) and late[2][7] == 80
    assert overdue.auto_filter.ref.startswith(f"A{head}:")
    done = wb["Đã hoàn thành"]
    head = next(r for r in done.iter_rows() if r[0].value == "STT")[0].row
    finished = [[c.value for c in row] for row in done.iter_rows(min_row=head + 1)]
    t9 = next(r for r in finished if r[1] == "Nhiệm vụ t9")
    assert t9[6] == dt.datetime(2026, 3, 25) and t9[7] == "Quá hạn 5 ngày"
    assert t9[8] == "Gia hạn 1 lần (hạn ban đầu 15/01/2026)"


def test_an_empty_period_says_so(services, data, tmp_path):
    path = services.reports.write(committee_id=data.committee_x, start=D(2024, 1, 1),
                                  end=D(2024, 3, 31), path=tmp_path / "trong.docx", today=WRITTEN_ON)
    lines = texts(open_docx(path))
    assert "Không có nhiệm vụ quá hạn chưa hoàn thành." in lines
    assert "Trong kỳ chưa có nhiệm vụ nào hoàn thành." in lines
    assert not any(line.startswith("Tỷ lệ hoàn thành các") for line in lines)  # nothing fell due


def test_party_committee_gets_the_party_format(services, data, tmp_path):
    path = services.reports.write(committee_id=data.committee_y, start=Q1[0], end=Q1[1],
                                  path=tmp_path / "dang.docx", today=WRITTEN_ON)
    doc = open_docx(path)
    lines = texts(doc)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    assert find(doc, "Số").text.replace("\u00a0", " ").split() == ["Số", "-BC/TBTT"]
    assert find(doc, "tình hình thực hiện kết luận của Tiểu ban")  # party: lower-case start
    assert find(doc, "Trên đây là báo cáo").text.endswith("quý I năm 2026.")


def test_files_are_not_replaced_unless_asked_and_only_two_formats(services, data, tmp_path):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    with pytest.raises(AppError) as caught:
        write(services, data, target)
    assert caught.value.code == "file_exists" and target.read_bytes() == b"old"
    services.reports.write(committee_id=data.committee_x, start=Q1[0], end=Q1[1], path=target,
                           today=WRITTEN_ON, overwrite=True)
    assert target.read_bytes()[:2] == b"PK"
    with pytest.raises(ValidationError) as caught:
        write(services, data, tmp_path / "bao-cao.pdf")
    assert caught.value.code == "invalid_choice"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["bao-cao.docx"]  # no leftovers
