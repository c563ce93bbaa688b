"""Read a written .docx the way a reader looks at it: paragraphs in page order, with emphasis."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

EMU_PER_MM = 36000


def open_docx(path: Path):
    return Document(str(path))


def flow(doc) -> list[Paragraph]:
    """Every paragraph of the body in reading order, table cells included."""
    out: list[Paragraph] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, doc))
        elif child.tag == qn("w:tbl"):
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    out.extend(cell.paragraphs)
    return out


def texts(doc) -> list[str]:
    return [p.text for p in flow(doc)]


def body_texts(doc) -> list[str]:
    """Paragraphs outside tables, in order (the running text)."""
    return [Paragraph(p, doc).text for p in doc.element.body.iterchildren(qn("w:p"))]


def find(doc, start: str) -> Paragraph:
    for p in flow(doc):
        if p.text.startswith(start):
            return p
    raise AssertionError(f"no paragraph starts with {start!r}; have {texts(doc)[:60]}")


def index_of(doc, start: str) -> int:
    for i, text in enumerate(texts(doc)):
        if text.startswith(start):
            return i
    raise AssertionError(f"no paragraph starts with {start!r}")


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def size(p: Paragraph) -> float:
    """The one font size of a paragraph's runs (they must agree)."""
    sizes = {r.font.size.pt for r in p.runs if r.text}
    assert len(sizes) == 1, (p.text, sizes)
    return sizes.pop()


def all_bold(p: Paragraph) -> bool:
    return all(r.bold for r in p.runs if r.text)


def none_bold(p: Paragraph) -> bool:
    return not any(r.bold for r in p.runs if r.text)


def all_italic(p: Paragraph) -> bool:
    return all(r.italic for r in p.runs if r.text)


def has_bottom_border(p: Paragraph) -> bool:
    ppr = p._p.pPr
    if ppr is None:
        return False
    bdr = ppr.find(qn("w:pBdr"))
    return bdr is not None and bdr.find(qn("w:bottom")) is not None \
        and bdr.find(qn("w:bottom")).get(qn("w:val")) == "single"


def alignment(p: Paragraph) -> str | None:
    jc = p._p.pPr.find(qn("w:jc")) if p._p.pPr is not None else None
    return None if jc is None else jc.get(qn("w:val"))


def indents_mm(p: Paragraph) -> tuple[float, float, float]:
    """(left, right, first line) in millimetres."""
    ind = p._p.pPr.find(qn("w:ind"))
    get = lambda a: int(ind.get(qn(a), "0")) * 25.4 / 1440  # noqa: E731
    return get("w:left"), get("w:right"), get("w:firstLine")


def keeps_with_next(p: Paragraph) -> bool:
    return p._p.pPr is not None and p._p.pPr.find(qn("w:keepNext")) is not None


def tables(doc) -> list[Table]:
    return list(doc.tables)
