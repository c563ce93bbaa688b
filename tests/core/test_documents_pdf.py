"""The printed pages, through LibreOffice: each document converts, the key lines are on the
page, page numbers start on page 2, nothing ends on an empty page, and a 300-opinion meeting gives
a clean multi-page document with every opinion in order."""
from __future__ import annotations

import re
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from core.documents import samples, write_invitation, write_minutes, write_notice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        # CI installs them (.ci/run): there a missing tool must fail, not skip.
        not (SOFFICE and shutil.which("pdftotext") and shutil.which("pdfinfo"))
        and not os.environ.get("CI"),
        reason="needs LibreOffice (soffice, Debian libreoffice-writer-nogui) and poppler-utils "
               "(pdftotext, pdfinfo) to check the printed pages"),
]

DOCUMENTS = {
    "minutes-state": lambda p: write_minutes(samples.sample_minutes(1), p),
    "minutes-party": lambda p: write_minutes(samples.sample_minutes(3), p),
    "notice-state": lambda p: write_notice(samples.sample_notice(1), p),
    "notice-party": lambda p: write_notice(samples.sample_notice(2), p),
    "invitation-state": lambda p: write_invitation(samples.sample_invitation(1), p),
    "invitation-party": lambda p: write_invitation(samples.sample_invitation(3), p),
    "minutes-300-state": lambda p: write_minutes(samples.big_minutes(300, style="state"), p),
    "minutes-300-party": lambda p: write_minutes(samples.big_minutes(300, style="party"), p),
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    sources = [DOCUMENTS[name](folder / f"{name}.docx") for name in DOCUMENTS]
    profile = folder / "lo-profile"
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(folder), *map(str, sources)],
        check=False, capture_output=True, timeout=300)
    out = {name: folder / f"{name}.pdf" for name in DOCUMENTS}
    missing = [name for name, pdf in out.items() if not pdf.is_file() or pdf.stat().st_size == 0]
    # LibreOffice can exit 0 without writing anything: the files are the proof.
    assert not missing, f"LibreOffice wrote no PDF for {missing}"
    return out


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def page_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    text = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ")


def flat(text: str) -> str:
    """All whitespace removed: pdftotext breaks lines and, in justified Vietnamese text, even
    splits words around tone marks ("T ỉnh"), so lines are compared without spaces."""
    return re.sub(r"\s+", "", text)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name, expected", [
    ("minutes-state", ["UBND TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Số: 05/BB-BCĐ", "BIÊN BẢN",
                       "Thời gian bắt đầu: 15 giờ 00, ngày 16 tháng 12 năm 2019.",
                       "Cuộc họp kết thúc vào 17 giờ 30, ngày 16 tháng 12 năm 2019./.",
                       "THƯ KÝ", "CHỦ TỌA", "Nơi nhận:", "- Lưu: VT, hồ sơ."]),
    ("minutes-party", ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BB/BCĐ", "Hà Nam, ngày 24 tháng 02 năm 2017",
                       "Thời gian: bắt đầu vào hồi 08 giờ 00", "1. Thành phần",
                       "Có mặt: 5/6 đồng chí; Vắng mặt: 1 đồng chí.", "2. Diễn biến hội nghị",
                       "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"]),
    ("notice-state", ["THÔNG BÁO", "Số: 25/TB-BCĐ", "Quảng Ninh, ngày 18 tháng 12 năm 2019",
                      "Kết luận của đồng chí Vi Ngọc Bích", "kết luận như sau:",
                      "Ban Tuyên giáo Tỉnh ủy Quảng Ninh: chủ trì, phối hợp với",
                      "thông báo để các cơ quan, đơn vị biết, thực hiện./.", "KT. TRƯỞNG BAN",
                      "Mai Vũ Tuấn"]),
    ("notice-party", ["Số 25-TB/TBTT", "kết luận của đồng chí Vi Ngọc Bích", "-----",
                      "T/M TIỂU BAN", "- Lưu Văn phòng Ban Tuyên giáo."]),
    ("invitation-state", ["GIẤY MỜI", "Số: 12/GM-BCĐ", "trân trọng kính mời:",
                          "Thời gian: 15 giờ 00, thứ Hai, ngày 16 tháng 12 năm 2019.",
                          "Rất mong các đồng chí tham dự đúng thời gian./."]),
    ("invitation-party", ["GIẤY MỜI", "Số 12-GM/BCĐ", "thứ Sáu, ngày 24 tháng 02 năm 2017"]),
])
def test_key_lines_are_printed(pdfs, name, expected):
    text = flat(page_text(pdfs[name]))
    for line in expected:
        assert flat(line) in text, line


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_page_numbers_from_page_two_and_no_empty_last_page(pdfs, name):
    pdf = pdfs[name]
    pages = page_count(pdf)
    first = lines(page_text(pdf, 1))
    assert not re.fullmatch(r"\d+", first[0]), first[:3]  # no number on page 1
    for n in range(2, pages + 1):
        assert lines(page_text(pdf, n))[0] == str(n)
    last = lines(page_text(pdf, pages))
    assert len(last) > 1, f"page {pages} of {name} holds nothing but its number"


@pytest.mark.parametrize("name", ["notice-state", "notice-party", "minutes-state",
                                  "minutes-300-state"])
def test_the_signature_stays_with_the_last_sentence(pdfs, name):
    pdf = pdfs[name]
    last = flat(page_text(pdf, page_count(pdf)))
    closing = "thựchiện" if name.startswith("notice") else "kếtthúcvào"
    assert closing in last
    signer = "Mai Vũ Tuấn" if name == "notice-state" else "Vi Ngọc Bích"
    assert flat(signer) in last


@pytest.mark.parametrize("name", ["minutes-300-state", "minutes-300-party"])
def test_three_hundred_opinions_print_in_order_on_many_pages(pdfs, name):
    pdf = pdfs[name]
    assert page_count(pdf) > 20
    text = flat(page_text(pdf))
    found = [int(n) for n in re.findall(r"Ýkiếnsố(\d+):", text)]
    assert found == list(range(1, 301))
    assert text.count("phátbiểu:Ýkiếnsố") == 300


@pytest.fixture(scope="module")
def demo_invitations(tmp_path_factory) -> dict[int, Path]:
    """The invitation of every demo meeting, written by the program and printed by LibreOffice."""
    from core.db import open_database
    from core.demo import build_demo
    from core.services import Services

    folder = tmp_path_factory.mktemp("invitations")
    build_demo(folder / "demo.sqlite")
    db = open_database(folder / "demo.sqlite", daily_backup=False)
    try:
        services = Services(db)
        sources = {m.id: services.documents.write(meeting_id=m.id, kind="invitation",
                                                  path=folder / f"gm-{m.id}.docx")[0]
                   for m in services.meetings.list()}
    finally:
        db.close()
    profile = folder / "lo-profile"
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(folder), *map(str, sources.values())],
        check=False, capture_output=True, timeout=300)
    out = {meeting: folder / f"gm-{meeting}.pdf" for meeting in sources}
    assert all(pdf.is_file() and pdf.stat().st_size for pdf in out.values()), "no PDF written"
    return out


def test_an_ordinary_invitation_fits_on_one_page(demo_invitations):
    for meeting, pdf in demo_invitations.items():
        assert page_count(pdf) == 1, f"the invitation of meeting {meeting} runs onto a second page"
        text = flat(page_text(pdf))
        assert flat("Rất mong các đồng chí tham dự đúng thời gian") in text
        assert flat("Nơi nhận:") in text
