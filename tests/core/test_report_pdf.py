"""The report opened by LibreOffice, as the recipient's office would open it: both files
convert to PDF and the key lines are on the page."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.core import report_data as rd
from tests.core.report_data import Q1, WRITTEN_ON

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        # CI installs them: there a missing tool must fail, not skip.
        not (SOFFICE and shutil.which("pdftotext")) and not os.environ.get("CI"),
        reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)"),
]


def convert(source: Path, folder: Path) -> Path:
    profile = folder / "lo-profile"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=False, capture_output=True, timeout=300)
    pdf = folder / (source.stem + ".pdf")
    # LibreOffice can exit 0 without writing anything: the file is the proof.
    assert pdf.is_file() and pdf.stat().st_size > 0, f"LibreOffice wrote no PDF for {source.name}"
    return pdf


def flat_text(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text).replace("\u00a0", " "))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def written(services, tmp_path):
    data = rd.build(services)

    def write(ext: str) -> Path:
        return services.reports.write(committee_id=data.committee_x, start=Q1[0], end=Q1[1],
                                      path=tmp_path / f"bao-cao-{ext}.{ext}", today=WRITTEN_ON)
    return write


def test_word_report_prints(written, tmp_path):
    text = flat_text(convert(written("docx"), tmp_path))
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
                 "Tình hình thực hiện kết luận của Ban Chỉ đạo công tác thông tin đối ngoại",
                 "I. KẾT QUẢ CHUNG", "II. KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ",
                 "III. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", "IV. NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KỲ",
                 "Tổng cộng", "66,7%", "Nhiệm vụ t10", "TM. BAN CHỈ ĐẠO"):
        assert flat(line) in text, line


def test_excel_report_prints(written, tmp_path):
    text = flat_text(convert(written("xlsx"), tmp_path))
    for line in ("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN", "Tổng cộng",
                 "DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", "Nhiệm vụ t10",
                 "DANH SÁCH NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KỲ", "Quá hạn 5 ngày"):
        assert flat(line) in text, line
