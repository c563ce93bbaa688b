"""Ruled tables for the report, on core.documents' DocBuilder: thin black borders, the heading
row repeated on every page, rows never split across pages.

Rows are copied from one template row (cell widths set once), not built cell by cell through
python-docx, so a list of 5,000 overdue tasks stays quick to write.
"""
from __future__ import annotations

import copy
from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from core.documents.docx_base import W_NS, Content, DocBuilder

CELL_SIZE = 12      # table text, in points (the body is 13-14)
CELL_SPACING = 2    # points above and below each cell's text


def _borders() -> str:
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    return (f"<w:tblBorders {W_NS}>"
            + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in sides)
            + "</w:tblBorders>")


def ruled_table(b: DocBuilder, widths_mm: Sequence[float], heading: Sequence[str],
                rows: Sequence[Sequence[Content]], *, aligns: Sequence[str] | None = None,
                bold_rows: Sequence[int] = ()) -> None:
    """A table: ``heading`` in bold on a repeated first row, then ``rows`` (cells as text or
    spans). ``aligns`` per column: "left", "center", "right", "both". ``bold_rows``: indexes
    of rows printed bold (a total)."""
    aligns = list(aligns or ["left"] * len(widths_mm))
    table = b.table(widths_mm, rows=1)
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    tbl_pr.remove(tbl_pr.find(qn("w:tblBorders")))
    tbl_pr.append(parse_xml(_borders()))
    head_tr = tbl.tr_lst[0]
    template = copy.deepcopy(head_tr)  # widths and "cannot split", no paragraphs yet
    head_tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W_NS}/>"))
    for tc, text in zip(head_tr.tc_lst, heading, strict=True):
        tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign {W_NS} w:val="center"/>'))
        b.paragraph(text, parent=tc, size=CELL_SIZE, bold=True, align="center",
                    before=CELL_SPACING, after=CELL_SPACING)
    bold = set(bold_rows)
    for index, cells in enumerate(rows):
        tr = copy.deepcopy(template)
        tbl.append(tr)
        for tc, content, align in zip(tr.tc_lst, cells, aligns, strict=True):
            b.paragraph(content, parent=tc, size=CELL_SIZE, bold=index in bold, align=align,
                        before=CELL_SPACING, after=CELL_SPACING)
    b.close_cells(table)
