"""Opening Excel files that come from outside (agencies' returns, users' own registers).

A file is sniffed before openpyxl sees it, so an old .xls, a password-protected workbook, a
renamed Word file or a zip bomb gets a sentence the user can act on, not a traceback. openpyxl
parses with defusedxml (no entity expansion, no external entities); reading is read-only and
streamed, and stops at a row limit rather than running out of memory.
"""
from __future__ import annotations

import contextlib
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import defusedxml  # noqa: F401  (required: openpyxl parses untrusted XML safely only with it)
import openpyxl.xml
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from core.errors import AppError, FileFormatError

log = logging.getLogger(__name__)

if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - an installation fault, not a user's
    raise ImportError("openpyxl does not see defusedxml: untrusted workbooks cannot be read safely")

MAX_ROWS = 100_000                  # rows with data, per sheet
MAX_UNZIPPED_MB = 512               # the whole package, uncompressed
# What a form or a register can hold and still be read in seconds and a few hundred MB: the
# sheets' XML (openpyxl reads a few MB of it a second), the shared strings (about 10 µs and
# 200 bytes each), any other part (styles, themes), and the columns read from a row.
MAX_SHEETS_MB = 16
MAX_SHARED_STRINGS = 200_000
MAX_SHARED_STRINGS_MB = 16
MAX_OTHER_PART_MB = 16
MAX_COLUMNS = 100
_MB = 1024 * 1024
_SI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_SCAN_LIMIT = 64 * 1024 * 1024      # bytes of an OLE2 file searched for stream names


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def check_file(path: Path | str) -> Path:
    """Raise the FileFormatError that says why ``path`` is not a readable .xlsx; else return it."""
    path = Path(path)
    if not path.is_file():
        raise AppError("file_missing", path=str(path))
    with open(path, "rb") as handle:
        head = handle.read(512)
    if not head:
        raise FileFormatError("excel_corrupt", path=str(path))
    if head.startswith(OLE2_SIGNATURE):
        _check_ole2(path)
    if head.startswith(ZIP_SIGNATURES):
        _check_zip(path)
        return path
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower():
        raise FileFormatError("excel_other_format", path=str(path), kind="bảng tính XML 2003")
    if text.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")):
        raise FileFormatError("excel_other_format", path=str(path), kind="trang web (HTML)")
    if text.startswith(b"%pdf"):
        raise FileFormatError("excel_not_excel", path=str(path), kind="tệp PDF")
    raise FileFormatError("excel_not_excel", path=str(path), kind="không rõ định dạng")


def _check_ole2(path: Path) -> None:
    """An OLE2 compound file: an encrypted .xlsx, an old .xls, or another Office file."""
    with open(path, "rb") as handle:
        data = handle.read(_SCAN_LIMIT)
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        raise FileFormatError("excel_encrypted", path=str(path))
    if _utf16("WordDocument") in data:
        raise FileFormatError("excel_not_excel", path=str(path), kind="tệp Word .doc")
    if _utf16("PowerPoint Document") in data:
        raise FileFormatError("excel_not_excel", path=str(path), kind="tệp PowerPoint .ppt")
    raise FileFormatError("excel_old_format", path=str(path))


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        log.info("not a readable zip: %s: %s", path, exc)
        raise FileFormatError("excel_corrupt", path=str(path)) from exc
    if "xl/workbook.xml" in names:
        if sum(info.file_size for info in infos) > MAX_UNZIPPED_MB * _MB:
            raise FileFormatError("excel_too_large", path=str(path), limit=MAX_UNZIPPED_MB)
        _check_parts(path, infos)
        return
    if "xl/workbook.bin" in names:
        raise FileFormatError("excel_other_format", path=str(path), kind="sổ Excel nhị phân (.xlsb)")
    if b"opendocument.spreadsheet" in mimetype:
        raise FileFormatError("excel_other_format", path=str(path), kind="bảng tính LibreOffice (.ods)")
    if "word/document.xml" in names:
        raise FileFormatError("excel_not_excel", path=str(path), kind="tệp Word .docx")
    if "ppt/presentation.xml" in names:
        raise FileFormatError("excel_not_excel", path=str(path), kind="tệp PowerPoint .pptx")
    raise FileFormatError("excel_not_excel", path=str(path), kind="tệp nén .zip")


def _check_parts(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse, before openpyxl reads a byte, a workbook whose parts would take minutes or
    gigabytes: sheets too large, a shared-strings table of millions of entries (a few hundred
    KB of zip can hold them), an oversized styles or theme part."""
    sheets = sum(i.file_size for i in infos if i.filename.startswith("xl/worksheets/"))
    if sheets > MAX_SHEETS_MB * _MB:
        raise FileFormatError("excel_too_large", path=str(path), limit=MAX_SHEETS_MB)
    for info in infos:
        name = info.filename
        if name.startswith("xl/worksheets/") or name.endswith(".bin"):
            continue
        if name == "xl/sharedStrings.xml" or name.endswith("/sharedStrings.xml"):
            if info.file_size > MAX_SHARED_STRINGS_MB * _MB:
                raise FileFormatError("excel_too_large", path=str(path),
                                      limit=MAX_SHARED_STRINGS_MB)
            if _count_shared_strings(path, name) > MAX_SHARED_STRINGS:
                raise FileFormatError("excel_too_many_strings", path=str(path),
                                      limit=f"{MAX_SHARED_STRINGS:,}".replace(",", "."))
        elif info.file_size > MAX_OTHER_PART_MB * _MB and not name.startswith("xl/media/"):
            raise FileFormatError("excel_too_large", path=str(path), limit=MAX_OTHER_PART_MB)


def _count_shared_strings(path: Path, name: str) -> int:
    """How many entries the shared-strings part holds, counted while streaming (never all of it
    in memory), stopping once past the limit."""
    count, tail = 0, b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(name) as part:
            while chunk := part.read(1024 * 1024):
                data = tail + chunk
                count += len(_SI.findall(data[: len(data) - 16] if len(chunk) == 1024 * 1024
                                         else data))
                tail = data[len(data) - 16:] if len(chunk) == 1024 * 1024 else b""
                if count > MAX_SHARED_STRINGS:
                    break
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileFormatError("excel_corrupt", path=str(path)) from exc
    return count


@contextlib.contextmanager
def open_workbook(path: Path | str) -> Iterator[Workbook]:
    """A read-only, values-only workbook, closed (file handle released) on leaving.

    The file is opened here, not by openpyxl, so that it is closed even when openpyxl fails
    half-way through a damaged sheet and leaves a part of the archive open.
    """
    path = check_file(path)
    try:
        handle = open(path, "rb")  # closed in every path below
    except PermissionError as exc:
        raise AppError("file_locked", path=str(path)) from exc
    try:
        try:
            wb = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # an untrusted file can break the parser in any way
            log.info("openpyxl cannot read %s: %r", path, exc)
            raise FileFormatError("excel_corrupt", path=str(path)) from None
        try:
            yield wb
        finally:
            wb.close()
    finally:
        handle.close()


def sheet_names(path: Path | str) -> list[str]:
    """The worksheets of a workbook (chart sheets left out), in the workbook's order."""
    with open_workbook(path) as wb:
        return [ws.title for ws in wb.worksheets]


def iter_rows(wb: Workbook, sheet: str, *, path: Path | str,
              max_rows: int = MAX_ROWS) -> Iterator[tuple[int, tuple]]:
    """(row number, values) for every row that holds something, top to bottom.

    Stops with a FileFormatError once more than ``max_rows`` rows hold data, and turns a sheet
    that breaks while being read (damaged XML is only met here in read-only mode) into one too.
    """
    ws = wb[sheet] if sheet in wb.sheetnames else None
    if ws is None or not hasattr(ws, "iter_rows"):  # missing, or a chart sheet
        raise AppError("excel_no_sheet", path=str(path), sheet=sheet)
    count = 0
    number = 0
    width = min(getattr(ws, "max_column", None) or MAX_COLUMNS, MAX_COLUMNS)
    if hasattr(ws, "reset_dimensions"):
        # A stray cell at XFD1048576 makes the sheet's declared size 17 billion cells: forget
        # it, and read only the rows the file holds, each cut to the columns a form can have.
        ws.reset_dimensions()
    blank = None  # openpyxl gives the same tuple for every row missing from the file
    try:
        for number, values in enumerate(ws.iter_rows(values_only=True, max_col=width), 1):
            if values is blank:
                continue
            if not any(value is not None and value != "" for value in values):
                blank = values
                continue
            count += 1
            if count > max_rows:
                raise FileFormatError("excel_too_many_rows", path=str(path), sheet=sheet,
                                      limit=f"{max_rows:,}".replace(",", "."), row=number)
            yield number, values
    except AppError:
        raise
    except Exception as exc:
        log.info("sheet %s of %s breaks at row %s: %r", sheet, path, number, exc)
        raise FileFormatError("excel_corrupt", path=str(path)) from exc
