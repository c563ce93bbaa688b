"""``python main.py report``, run as a clerk's script would run it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.db import open_database
from core.services import Services
from tests.core import report_data as rd
from tests.core.docx_helpers import open_docx, texts

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> tuple[Path, rd.Dataset]:
    path = tmp_path_factory.mktemp("report-cli") / "du-lieu.sqlite"
    db = open_database(path, daily_backup=False)
    try:
        data = rd.build(Services(db))
    finally:
        db.close()
    return path, data


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, THUKY_DATA_DIR=str(cwd / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


def test_report_to_word_and_excel_by_the_file_name(dataset, tmp_path):
    db, data = dataset
    common = ["report", "--committee", str(data.committee_x), "--from", "01/01/2026",
              "--to", "2026-03-31", "--db", str(db)]
    word = run(*common, "--out", str(tmp_path / "bc.docx"), cwd=tmp_path)
    assert word.returncode == 0, word.stderr
    assert "quá hạn chưa hoàn thành 3" in word.stdout  # the period is over: counted at 31/03
    lines = texts(open_docx(tmp_path / "bc.docx"))
    assert any(line.startswith("Tình hình thực hiện kết luận của Ban Chỉ đạo") for line in lines)
    excel = run(*common, "--out", str(tmp_path / "bc.XLSX"), cwd=tmp_path)
    assert excel.returncode == 0, excel.stderr
    assert load_workbook(tmp_path / "bc.XLSX").sheetnames == ["Tổng hợp", "Quá hạn", "Đã hoàn thành"]
    again = run(*common, "--out", str(tmp_path / "bc.docx"), cwd=tmp_path)
    assert again.returncode == 2 and "đã có" in again.stderr
    assert run(*common, "--out", str(tmp_path / "bc.docx"), "--overwrite", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("args, message", [
    (["--out", "bc.pdf"], "Định dạng tệp báo cáo không hợp lệ: «.pdf». Hãy chọn một trong: .docx, .xlsx."),
    (["--out", "bc.docx", "--from", "31/02/2026"], "Ngày bắt đầu «31/02/2026» không phải là ngày hợp lệ"),
    (["--out", "bc.docx", "--from", "01/04/2026"], "Ngày kết thúc (31/03/2026) sớm hơn ngày bắt đầu (01/04/2026)"),
    (["--out", "bc.docx", "--committee", "99"], "Không tìm thấy ban số 99"),
])
def test_mistakes_are_told_in_vietnamese_with_exit_code_2(dataset, tmp_path, args, message):
    db, data = dataset
    values = {"--committee": str(data.committee_x), "--from": "01/01/2026", "--to": "31/03/2026",
              "--db": str(db)}
    extra = dict(zip(args[::2], args[1::2], strict=True))
    values.update(extra)
    values["--out"] = str(tmp_path / values["--out"])
    result = run("report", *[x for pair in values.items() for x in pair], cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / values["--out"]).exists()


def test_missing_options_are_a_usage_error(tmp_path):
    result = run("report", "--committee", "1", cwd=tmp_path)
    assert result.returncode == 2 and "câu lệnh chưa đúng" in result.stderr
