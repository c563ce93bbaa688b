"""Exported workbooks open in another spreadsheet program (LibreOffice), not only in openpyxl."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from core.excel.members_export import write_member_list
from core.excel.tasks_export import write_agency_forms, write_task_list
from tests.core.excel_samples import HEADING, PARTY_HEADING, SO_NV, TODAY, member_rows, task_rows

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None,
                       reason="LibreOffice (soffice) is not installed"),
]


def _convert(source, target_format: str, out_dir, profile):
    # A private profile: LibreOffice refuses to start beside another instance otherwise; and
    # it can exit 0 without writing anything, so the caller checks the file.
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
                   check=False, capture_output=True, timeout=180)
    return out_dir / f"{source.stem}.{target_format.split(':')[0]}"


def test_task_list_opens_and_prints(tmp_path):
    source = write_task_list(task_rows(), tmp_path / "nhiem-vu.xlsx", HEADING, today=TODAY)
    csv = _convert(source, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv",
                   tmp_path / "profile")
    text = csv.read_text(encoding="utf-8")
    assert "BẢNG THEO DÕI NHIỆM VỤ THỰC HIỆN KẾT LUẬN CỦA BAN CHỈ ĐẠO" in text
    assert "Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ" in text
    assert '=HYPERLINK(""http://x.test"",""bấm"")' in text  # text, not a computed link
    assert "15/03/2020" in text  # the date shown day/month/year
    pdf = _convert(source, "pdf", tmp_path / "pdf", tmp_path / "profile")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_agency_form_and_member_list_open(tmp_path):
    [form] = write_agency_forms({SO_NV: task_rows()[1:4]}, tmp_path, HEADING, today=TODAY)
    members = write_member_list(member_rows(), tmp_path / "tv.xlsx", PARTY_HEADING, today=TODAY)
    for source in (form, members):
        pdf = _convert(source, "pdf", tmp_path / "pdf", tmp_path / "profile")
        assert pdf.read_bytes().startswith(b"%PDF"), source.name
