"""PDF copies: which converter the PC offers (Word on Windows first, then LibreOffice, else a
clear sentence), and, for real through LibreOffice, PDFs with as many pages as the documents."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from core import pdf
from core.documents import samples, write_notice
from core.errors import EnvironmentProblem

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def never(_name):
    return None


def test_word_on_windows_comes_first():
    found = pdf.find_converter(platform="win32", which=lambda n: r"C:\lo\soffice.exe",
                               word=lambda: True)
    assert found == pdf.Converter(pdf.WORD) and found.name == "Microsoft Word"


def test_libreoffice_when_there_is_no_word():
    found = pdf.find_converter(platform="win32", which=never, word=lambda: False,
                               exists=lambda p: p == pdf._WINDOWS_SOFFICE[0])
    assert found == pdf.Converter(pdf.LIBREOFFICE, pdf._WINDOWS_SOFFICE[0])
    on_linux = pdf.find_converter(platform="linux", which=lambda n: f"/usr/bin/{n}",
                                  word=lambda: True)  # Word is never looked for off Windows
    assert on_linux == pdf.Converter(pdf.LIBREOFFICE, "/usr/bin/soffice")


def test_neither_is_said_plainly_and_the_docx_stays(tmp_path, monkeypatch):
    assert pdf.find_converter(platform="win32", which=never, word=lambda: False,
                              exists=lambda p: False) is None
    monkeypatch.setattr(pdf, "find_converter", lambda: None)
    docx = write_notice(samples.sample_notice(1), tmp_path / "tb.docx")
    with pytest.raises(EnvironmentProblem) as caught:
        pdf.to_pdf([docx])
    assert caught.value.code == "pdf_no_converter"
    assert "không lưu được bản PDF" in caught.value.message()
    assert docx.is_file() and not docx.with_suffix(".pdf").exists()


def test_a_converter_that_writes_nothing_is_a_failure(tmp_path):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    docx = write_notice(samples.sample_notice(1), tmp_path / "tb.docx")
    with pytest.raises(EnvironmentProblem) as caught:
        pdf.to_pdf([docx], converter=pdf.Converter(pdf.LIBREOFFICE, str(fake)))
    assert caught.value.code == "pdf_failed"
    assert not docx.with_suffix(".pdf").exists()


def pages_of_pdf(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def pages_of_docx(path) -> int:
    """The page count Word itself stores is not written by python-docx: count the pages
    LibreOffice lays out in a separate, plain conversion of the same file."""
    out = path.parent / "plain"
    out.mkdir(exist_ok=True)
    profile = (path.parent / "plain-profile").as_uri()
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={profile}", "--convert-to",
                    "pdf", "--outdir", str(out), str(path)], capture_output=True, timeout=180)
    return pages_of_pdf(out / f"{path.stem}.pdf")


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and shutil.which("pdfinfo")), reason="needs LibreOffice")
def test_libreoffice_writes_the_pdfs_beside_the_documents(tmp_path):
    small = write_notice(samples.sample_notice(1), tmp_path / "thong-bao.docx")
    from core.documents import write_minutes

    big = write_minutes(samples.big_minutes(60, style="state"), tmp_path / "bien-ban.docx")
    written = pdf.to_pdf([small, big], converter=pdf.find_converter())
    assert written == [small.with_suffix(".pdf"), big.with_suffix(".pdf")]
    assert pages_of_pdf(written[1]) == pages_of_docx(big) > 1
    assert pages_of_pdf(written[0]) == pages_of_docx(small)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "bien-ban.docx", "bien-ban.pdf", "thong-bao.docx", "thong-bao.pdf"]
