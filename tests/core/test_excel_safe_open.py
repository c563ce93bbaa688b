"""Files from outside: each kind of bad file gets its own clear message, never a crash or hang."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import openpyxl
import openpyxl.xml
import pytest
from openpyxl import Workbook

from core.errors import AppError, FileFormatError
from core.excel import safe_open
from core.excel.safe_open import OLE2_SIGNATURE, check_file, iter_rows, open_workbook, sheet_names


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole2(*stream_names: str) -> bytes:
    """A compound file's signature and directory names, as the sniffing reads them."""
    body = b"".join(_utf16(name).ljust(64, b"\0") for name in stream_names)
    return OLE2_SIGNATURE + b"\0" * 504 + body.ljust(4096, b"\0")


@pytest.fixture
def good_xlsx(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["Họ và tên", "Email"])
    ws.append(["Nguyễn Văn A", "a@x.vn"])
    wb.create_sheet("Khác")
    path = tmp_path / "good.xlsx"
    wb.save(path)
    return path


def _replace_part(source, target, part: str, content: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item, content if item.filename == part else old.read(item))


def _code(path) -> str:
    with pytest.raises(AppError) as caught:
        with open_workbook(path) as wb:
            for ws in wb.worksheets:
                list(iter_rows(wb, ws.title, path=path))
    message = caught.value.message()
    assert str(path) in message
    return caught.value.code


def test_defusedxml_protects_openpyxl():
    assert openpyxl.xml.DEFUSEDXML


def test_a_good_file_opens(good_xlsx):
    assert sheet_names(good_xlsx) == ["Danh sách", "Khác"]
    with open_workbook(good_xlsx) as wb:
        rows = list(iter_rows(wb, "Danh sách", path=good_xlsx))
    assert rows == [(1, ("Họ và tên", "Email")), (2, ("Nguyễn Văn A", "a@x.vn"))]


def test_old_xls(tmp_path):
    path = tmp_path / "cu.xls"
    path.write_bytes(_ole2("Root Entry", "Workbook", "\x05SummaryInformation"))
    assert _code(path) == "excel_old_format"
    with pytest.raises(FileFormatError) as caught:
        check_file(path)
    assert "định dạng Excel cũ (.xls)" in caught.value.message()
    assert "lưu lại thành .xlsx" in caught.value.message()


def test_password_protected(tmp_path):
    # An encrypted .xlsx is a compound file holding these two streams (MS-OFFCRYPTO).
    path = tmp_path / "mat-khau.xlsx"
    path.write_bytes(_ole2("Root Entry", "EncryptionInfo", "EncryptedPackage",
                           "\x06DataSpaces"))
    assert _code(path) == "excel_encrypted"
    with pytest.raises(FileFormatError) as caught:
        check_file(path)
    assert "có mật khẩu" in caught.value.message()


def test_corrupt_files(tmp_path, good_xlsx):
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(good_xlsx.read_bytes()[:300])
    assert _code(truncated) == "excel_corrupt"
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert _code(empty) == "excel_corrupt"
    broken_workbook = tmp_path / "broken.xlsx"
    _replace_part(good_xlsx, broken_workbook, "xl/workbook.xml", b"<workbook><sheets>")
    assert _code(broken_workbook) == "excel_corrupt"
    broken_sheet = tmp_path / "broken-sheet.xlsx"
    _replace_part(good_xlsx, broken_sheet, "xl/worksheets/sheet1.xml",
                  b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  b"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t>")
    assert _code(broken_sheet) == "excel_corrupt"
    with pytest.raises(FileFormatError) as caught:
        check_file(empty)
    assert "bị hỏng" in caught.value.message()


def test_entity_expansion_is_refused_quickly(tmp_path, good_xlsx):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else
                                                        b"&lol;") * 10) for i in range(1, 10))
              + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                b'count="1"><si><t>&lol9;</t></si></sst>')
    bomb = tmp_path / "bomb.xlsx"
    wb = Workbook()
    wb.active.append(["x"])  # a shared string would be written by Excel; add the part by hand
    wb.save(bomb)
    patched = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(bomb) as old, zipfile.ZipFile(patched, "w") as new:
        for item in old.infolist():
            new.writestr(item, old.read(item))
        new.writestr("xl/sharedStrings.xml", laughs)
    _replace_part(patched, bomb, "[Content_Types].xml", zipfile.ZipFile(patched).read(
        "[Content_Types].xml").replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings'
        b'+xml"/></Types>'))
    assert _code(bomb) == "excel_corrupt"
    with open(bomb, "rb") as handle, pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(handle, read_only=True)
    causes = []
    error: BaseException | None = caught.value
    while error is not None:
        causes.append(type(error).__module__)
        error = error.__cause__ or error.__context__
    assert any(module.startswith("defusedxml") for module in causes)  # refused, not expanded


def test_files_that_are_not_excel(tmp_path, good_xlsx):
    cases = {
        "ban.csv": (b"Ho ten,Email\nA,a@x.vn\n", "excel_not_excel"),
        "ban.pdf": (b"%PDF-1.7\n...", "excel_not_excel"),
        "ban.doc": (_ole2("Root Entry", "WordDocument", "1Table"), "excel_not_excel"),
        "ban.xls": (b"<html><body><table><tr><td>1</td></tr></table>", "excel_other_format"),
        "ban.xml": (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                    b'spreadsheet"></Workbook>', "excel_other_format"),
    }
    for name, (content, code) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert _code(path) == code, name
    zips = {"ban.docx": ("word/document.xml", "excel_not_excel"),
            "ban.xlsb": ("xl/workbook.bin", "excel_other_format"),
            "ban.ods": ("mimetype", "excel_other_format"),
            "ban.zip": ("readme.txt", "excel_not_excel")}
    for name, (part, code) in zips.items():
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(part, "application/vnd.oasis.opendocument.spreadsheet")
        assert _code(path) == code, name
    with pytest.raises(FileFormatError) as caught:
        check_file(tmp_path / "ban.ods")
    assert ".ods" in caught.value.message()


def test_missing_file_and_sheet(tmp_path, good_xlsx):
    with pytest.raises(AppError) as caught:
        check_file(tmp_path / "none.xlsx")
    assert caught.value.code == "file_missing"
    with open_workbook(good_xlsx) as wb, pytest.raises(AppError) as caught:
        list(iter_rows(wb, "Không có", path=good_xlsx))
    assert caught.value.code == "excel_no_sheet"


def test_package_too_large_when_unzipped(tmp_path, good_xlsx, monkeypatch):
    monkeypatch.setattr(safe_open, "MAX_UNZIPPED_MB", 1)
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(good_xlsx) as old, zipfile.ZipFile(path, "w",
                                                            zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item, old.read(item))
        new.writestr("xl/media/padding.bin", b"\0" * 2_000_000)
    assert path.stat().st_size < 100_000  # small on disk, big when unpacked
    assert _code(path) == "excel_too_large"


def test_row_limit_stops_reading(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dài")
    for i in range(120):
        ws.append([i + 1, f"dòng {i + 1}"])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    seen = []
    with open_workbook(path) as book, pytest.raises(FileFormatError) as caught:
        for number, _ in iter_rows(book, "Dài", path=path, max_rows=100):
            seen.append(number)
    assert len(seen) == 100
    assert caught.value.code == "excel_too_many_rows"
    assert "hơn 100 dòng" in caught.value.message() and "dòng 101" in caught.value.message()


@pytest.mark.slow
def test_more_than_100000_rows_is_refused(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rất dài")
    for i in range(100_001):
        ws.append([i])
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    with open_workbook(path) as book, pytest.raises(FileFormatError) as caught:
        for _ in iter_rows(book, "Rất dài", path=path):
            pass
    assert "hơn 100.000 dòng" in caught.value.message()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_real_xls_saved_by_libreoffice(tmp_path, good_xlsx):
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xls:MS Excel 97", "--outdir", str(tmp_path),
                    str(good_xlsx)], check=False, capture_output=True, timeout=180)
    path = tmp_path / "good.xls"
    assert path.exists(), "LibreOffice wrote no .xls"
    assert _code(path) == "excel_old_format"
