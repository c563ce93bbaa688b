""""Lưu thêm bản PDF" in the document dialogs: offered when the PC has a converter (the PDF is
written beside the Word file, for real through LibreOffice), disabled with the reason when it
has none."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui import pdf_option
from tests.gui.exchange_fixtures import desktop  # noqa: F401  (fixture)
from tests.gui.meeting_helpers import click, planned  # noqa: F401  (fixture)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_without_word_or_libreoffice_the_box_says_why(monkeypatch, qtbot):
    monkeypatch.setattr(pdf_option, "_found", [None])
    option = pdf_option.PdfOption()
    qtbot.addWidget(option)
    assert not option.check.isEnabled() and not option.wanted
    assert "chưa có Microsoft Word hay LibreOffice" in option.note.text()
    assert option.convert([]) == ([], None)


@pytest.mark.slow
@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
def test_notice_with_its_pdf_copy(planned, desktop, qtbot, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(pdf_option, "_found", [])
    workspace, _data = planned
    target = tmp_path / "thong-bao.docx"
    desktop["save"] = target

    def drive(dialog):
        assert dialog.pdf.check.isEnabled()
        assert "LibreOffice" in dialog.pdf.check.toolTip()
        dialog.pdf.check.setChecked(True)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    desktop["modal"] = drive
    click(qtbot, workspace.documents.buttons["notice"])  # written beside the window
    qtbot.waitUntil(lambda: not workspace.ops.busy(), timeout=60_000)
    pdf = target.with_suffix(".pdf")
    assert target.is_file() and pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert "Bản PDF:" in desktop["finished"][-1][0]
