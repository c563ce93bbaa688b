"""The index of a meeting's materials (danh mục tài liệu họp): the agenda with each item's
materials, numbered as the packed files are (01, 02…), so a member finds "05" in the folder."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from core.documents import wording as w
from core.documents.docx_base import DocBuilder
from core.documents.files import save_document
from core.documents.settings import FormatSettings, resolve
from core.reports.docx_tables import ruled_table

TITLE = "DANH MỤC TÀI LIỆU"
MEETING_LINE = "{meeting}, {date}"
GENERAL = "Tài liệu chung"
COLUMNS = ("Số", "Tài liệu", "Tên tệp", "Dung lượng")
WIDTHS = (14, 70, 59, 22)


@dataclass(frozen=True)
class IndexEntry:
    number: int                 # as in the packed file's name: 01, 02…
    title: str                  # the material's name as added
    file_name: str              # the packed file's name
    size: str                   # "12,4 MB"


@dataclass(frozen=True)
class IndexGroup:
    heading: str                # "1. <agenda item>", or "Tài liệu chung"
    entries: tuple[IndexEntry, ...]


def write_materials_index(*, style: str, issuing_body: str, meeting: str, day: dt.date,
                          groups: tuple[IndexGroup, ...], path: str | os.PathLike,
                          settings: FormatSettings | None = None) -> Path:
    b = DocBuilder(resolve(style, settings))
    b.set_properties(title=f"Danh mục tài liệu - {meeting}", author=issuing_body)
    b.page_numbers()
    b.paragraph(issuing_body.upper(), size=b.s.issuing_body_size, bold=True, align="center",
                after=0)
    b.title_block(TITLE, MEETING_LINE.format(meeting=w.strip_end(meeting),
                                             date=w.date_in_text(day)))
    rows: list[list[str]] = []
    bold: list[int] = []
    for group in groups:
        bold.append(len(rows))
        rows.append(["", group.heading, "", ""])
        for entry in group.entries:
            rows.append([f"{entry.number:02d}", entry.title, entry.file_name, entry.size])
    ruled_table(b, WIDTHS, COLUMNS, rows, aligns=("center", "left", "left", "center"),
                bold_rows=bold)
    b.tiny_end()
    return save_document(b.doc, path)
