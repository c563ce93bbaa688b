"""Returned forms built to hurt: small files that would take minutes or gigabytes to read.

Each builder starts from a real form the program sends (so everything but the trap is right)
and edits its XML, as a hostile or broken tool would.
"""
from __future__ import annotations

import re
import shutil
import zipfile
import zlib
from pathlib import Path

SHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")


def _rewrite(path: Path, edit) -> Path:  # noqa: ANN001
    temp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            data = edit(item.filename, data)
            if data is not None:
                out.writestr(item, data)
    shutil.move(temp, path)
    return path


def stray_cell_at_xfd1048576(form: Path) -> Path:
    """One cell in the sheet's last column of its last row: the dimension says A1:XFD1048576."""

    def edit(name: str, data: bytes) -> bytes:
        if not SHEET.fullmatch(name):
            return data
        dimension = b'<dimension ref="A1:XFD1048576"/>'
        if b"<dimension " in data:
            data = re.sub(rb'<dimension ref="[^"]*"/>', dimension, data)
        else:  # as Excel writes it: right after sheetPr
            data = re.sub(rb"(</sheetPr>|<sheetPr[^>]*/>)", lambda m: m.group(1) + dimension,
                          data, count=1)
        stray = (b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
                 b"</row></sheetData>")
        return data.replace(b"</sheetData>", stray, 1)

    return _rewrite(form, edit)


def shared_strings_bomb(form: Path, entries: int = 12_000_000) -> Path:
    """A shared-strings part of ``entries`` strings (hundreds of MB of XML) that deflates to
    well under a megabyte. Written in pieces, so building it needs no such memory."""
    original = zipfile.ZipFile(form)
    names = original.namelist()
    temp = form.with_name(form.name + ".part")
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name in names:
            data = original.read(name)
            if name == "xl/sharedStrings.xml":
                continue
            if name == "[Content_Types].xml" and b"sharedStrings" not in data:
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if name == "xl/_rels/workbook.xml.rels" and b"sharedStrings" not in data:
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"'
                    b"/></Relationships>")
            out.writestr(name, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       + f'count="{entries}" uniqueCount="{entries}">'.encode())
            chunk = b"<si><t>Xin chao</t></si>" * 100_000
            for _ in range(entries // 100_000):
                part.write(chunk)
            part.write(b"</sst>")
    original.close()
    shutil.move(temp, form)
    return form


def compressed_size(path: Path) -> int:
    return path.stat().st_size


__all__ = ["compressed_size", "shared_strings_bomb", "stray_cell_at_xfd1048576", "zlib"]
