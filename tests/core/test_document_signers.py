"""The signature block: who signs, with which authority words and title (NĐ 30 / HD 36), read
back from written files as the head of office reads them before signing."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from core.demo import load_demo
from core.documents import build_notice, samples, signers
from tests.core.docx_helpers import cell_texts

BCD, TB = "BAN CHỈ ĐẠO", "TIỂU BAN"

# (style, committee, signer's role that day, authority chosen) -> the lines printed, top down.
TABLE = [
    ("state", BCD, "Trưởng ban", None, ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Vi Ngọc Bích"]),
    ("party", BCD, "Trưởng ban", None, ["T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Vi Ngọc Bích"]),
    ("state", BCD, "Phó Trưởng ban thường trực", None,
     ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Vi Ngọc Bích"]),
    ("party", BCD, "Phó Trưởng ban thường trực", None,
     ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Vi Ngọc Bích"]),
    ("state", BCD, "Phó Trưởng ban", None, ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vi Ngọc Bích"]),
    ("party", TB, "Trưởng ban", None, ["T/M TIỂU BAN", "TRƯỞNG TIỂU BAN", "Vi Ngọc Bích"]),
    ("party", TB, "Phó Trưởng ban", None,
     ["K/T TRƯỞNG TIỂU BAN", "PHÓ TRƯỞNG TIỂU BAN", "Vi Ngọc Bích"]),
    ("state", TB, "Phó Trưởng ban thường trực", None,
     ["KT. TRƯỞNG TIỂU BAN", "PHÓ TRƯỞNG TIỂU BAN THƯỜNG TRỰC", "Vi Ngọc Bích"]),
    ("party", TB, "Trưởng Tiểu ban", None, ["T/M TIỂU BAN", "TRƯỞNG TIỂU BAN", "Vi Ngọc Bích"]),
    # The head may sign in his own name, or for the collective; a deputy chosen to sign for
    # the collective keeps his own title.
    ("state", BCD, "Trưởng ban", "", ["TRƯỞNG BAN", "Vi Ngọc Bích"]),
    ("state", BCD, "Phó Trưởng ban", "TM", ["TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "Vi Ngọc Bích"]),
    # Someone without a head's or deputy's seat signs by order, with his own post.
    ("state", BCD, None, None, ["TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Vi Ngọc Bích"]),
    ("party", BCD, None, None, ["T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Vi Ngọc Bích"]),
    ("state", BCD, "Phó Trưởng ban", "TUQ", ["TUQ. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vi Ngọc Bích"]),
    ("party", BCD, "Phó Trưởng ban", "TUQ", ["T/UQ TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vi Ngọc Bích"]),
]


@pytest.mark.parametrize("style, collective, role, authority, lines", TABLE)
def test_signature_block(style, collective, role, authority, lines):
    block = signers.signature(style=style, collective_word=collective, name="Vi Ngọc Bích",
                              role=role, own_post="Chánh Văn phòng", authority=authority)
    # The block as printed in the signature cell of a written notice.
    index = 1 if style == "state" else 2
    data = samples.sample_notice(index)
    data = dataclasses.replace(data, signature=block)
    doc = build_notice(data)
    assert cell_texts(doc.tables[-1].rows[0].cells[1]) == lines


def test_own_post_under_the_committee_title_when_the_committee_chooses_it():
    block = signers.signature(style="state", collective_word=BCD, name="Nguyễn Văn A",
                              role="Trưởng ban", own_post="Phó Chủ tịch UBND tỉnh",
                              with_own_post=True)
    doc = build_notice(dataclasses.replace(samples.sample_notice(1), signature=block))
    assert cell_texts(doc.tables[-1].rows[0].cells[1]) == [
        "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"]


@pytest.mark.parametrize("typed, style, printed", [
    ("T/M BAN CHỈ ĐẠO", "state", "TM. BAN CHỈ ĐẠO"),
    ("KT. TRƯỞNG BAN", "party", "K/T TRƯỞNG BAN"),
    ("tl. trưởng ban", "party", "T/L trưởng ban"),
    ("TM BAN CHỈ ĐẠO", "state", "TM. BAN CHỈ ĐẠO"),
    ("CHỦ TỊCH", "state", "CHỦ TỊCH"),
])
def test_an_authority_typed_in_the_other_style_is_written_in_the_committees(typed, style, printed):
    assert signers.in_style(typed, style) == printed


@pytest.fixture
def demo(services):
    load_demo(services)
    return services, {m.starts_at.date(): m for m in services.meetings.list()}


def _signature(path) -> list[str]:
    import docx

    return cell_texts(docx.Document(path).tables[-1].rows[0].cells[1])


def test_a_deputy_who_chaired_signs_kt_with_his_own_title(demo, tmp_path):
    services, meetings = demo
    # 2014: Mai Vũ Tuấn chaired; he was Phó Trưởng ban thường trực of a state committee.
    path, _ = services.documents.write(meeting_id=meetings[dt.date(2014, 10, 28)].id,
                                       kind="notice", path=tmp_path / "tb-2014.docx")
    assert _signature(path) == ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Mai Vũ Tuấn"]
    # 2020, Hải Dương: Nguyễn Quang Phúc, Phó Trưởng Tiểu ban of a party Tiểu ban.
    path, _ = services.documents.write(meeting_id=meetings[dt.date(2020, 6, 11)].id,
                                       kind="notice", path=tmp_path / "tb-hd.docx")
    assert _signature(path) == ["K/T TRƯỞNG TIỂU BAN", "PHÓ TRƯỞNG TIỂU BAN", "Nguyễn Quang Phúc"]
    # The head of the Quảng Ninh Tiểu ban signs for it.
    path, _ = services.documents.write(meeting_id=meetings[dt.date(2020, 3, 31)].id,
                                       kind="invitation", path=tmp_path / "gm-tb.docx")
    assert _signature(path) == ["T/M TIỂU BAN", "TRƯỞNG TIỂU BAN", "Vi Ngọc Bích"]


def test_a_committee_that_prints_the_signers_own_post(demo, tmp_path):
    services, meetings = demo
    meeting = meetings[dt.date(2019, 12, 16)]
    services.committees.update(committee_id=meeting.committee_id, signer_own_post=True)
    path, _ = services.documents.write(meeting_id=meeting.id, kind="notice", path=tmp_path / "tb.docx")
    assert _signature(path) == ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
                                "ỦY VIÊN BAN THƯỜNG VỤ, TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY", "Vi Ngọc Bích"]


def test_the_periodic_report_is_signed_by_the_committees_head(demo, tmp_path):
    services, meetings = demo
    committee = meetings[dt.date(2019, 12, 16)].committee_id
    path = services.reports.write(committee_id=committee, start=dt.date(2019, 10, 1),
                                  end=dt.date(2019, 12, 31), path=tmp_path / "bc.docx",
                                  today=dt.date(2020, 1, 10))
    assert _signature(path) == ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Vi Ngọc Bích"]
