"""The building blocks every document shares: the page, fonts, header block, title, body
paragraphs, rules, signatures, "Nơi nhận" and page numbers.

Runs and paragraph properties are built from cached XML templates and copied, which keeps a
300-opinion minutes well under a second. Every run carries Times New Roman for all four scripts
(ascii, hAnsi, eastAsia, cs) and the language vi-VN, on top of the same document defaults, so
Word never falls back to a theme font whatever the user's Office language.
"""
from __future__ import annotations

import copy
import datetime as dt
from xml.sax.saxutils import escape
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from core.documents import phrases as ph
from core.documents import wording
from core.documents.model import CommitteeIdentity, DocumentNumber, Recipients, Signature
from core.documents.settings import FormatSettings
from core.text import xml_safe

W_NS = nsdecls("w")
TWIPS_PER_MM = 1440 / 25.4
CELL_MARGIN_MM = 1.0  # left/right padding inside header and signature cells
SIGNATURE_BEFORE_PT = 6  # above the signature block, on top of the last paragraph's spacing


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph's text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


Content = str | Span | Sequence[str | Span]


def _spans(content: Content) -> list[Span]:
    if isinstance(content, (str, Span)):
        content = [content]
    return [c if isinstance(c, Span) else Span(c) for c in content]


def _clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", xml_safe(text)).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\t", " ")


def keep_dash_with_word(text: str) -> str:
    """"TUYÊN TRUYỀN - KHÁNH TIẾT" breaks after the dash, never before it (no-break space)."""
    return text.replace(" - ", "\u00a0- ")


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


# --- text width, for sizing rules "as long as the text" --------------------------------------
# Advance widths of Times New Roman in 1/1000 em (the metrics of Times-Roman and Times-Bold).
_UPPER_R = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (722, 667, 667, 722, 611, 556, 722, 722, 333, 389,
                                                     722, 611, 889, 722, 722, 556, 722, 667, 556, 611,
                                                     722, 722, 944, 722, 722, 611)))
_UPPER_B = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (722, 667, 722, 722, 667, 611, 778, 778, 389, 500,
                                                     778, 667, 944, 722, 778, 611, 778, 722, 556, 667,
                                                     722, 722, 1000, 722, 722, 667)))
_LOWER_R = dict(zip("abcdefghijklmnopqrstuvwxyz", (444, 500, 444, 500, 444, 333, 500, 500, 278, 278,
                                                     500, 278, 778, 500, 500, 500, 500, 333, 389, 278,
                                                     500, 500, 722, 500, 500, 444)))
_LOWER_B = dict(zip("abcdefghijklmnopqrstuvwxyz", (500, 556, 444, 556, 444, 333, 500, 556, 278, 333,
                                                     556, 278, 833, 556, 500, 556, 556, 444, 389, 333,
                                                     556, 500, 722, 500, 500, 444)))
_OTHER = {" ": 250, "-": 333, ",": 250, ".": 250, ":": 278, "/": 278, "*": 500, "(": 333, ")": 333}


def text_width_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The printed width of one line of text in Times New Roman (close enough to size a rule)."""
    upper, lower = (_UPPER_B, _LOWER_B) if bold else (_UPPER_R, _LOWER_R)
    total = 0
    for ch in text.replace("đ", "d").replace("Đ", "D"):
        base = unicodedata.normalize("NFD", ch)[0]
        total += upper.get(base) or lower.get(base) or _OTHER.get(base) or (
            500 if not base.isupper() else 722)
    return total / 1000 * size_pt * 25.4 / 72


def _app_properties() -> bytes:
    from core import APP_TITLE

    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
            'schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>'
            f"{escape(APP_TITLE)}</Application><DocSecurity>0</DocSecurity></Properties>"
            ).encode()


# --- XML templates -----------------------------------------------------------------------------
@cache
def _rpr_template(font: str, size: float, bold: bool, italic: bool, underline: bool):
    half_points = round(size * 2)
    parts = [f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>']
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    parts.append('<w:color w:val="000000"/>')
    parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    parts.append('<w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>')
    return parse_xml(f"<w:rPr {W_NS}>{''.join(parts)}</w:rPr>")


@cache
def _ppr_template(align: str, first_line_tw: int, left_tw: int, right_tw: int, before_tw: int,
                  after_tw: int, line: str, keep_next: bool, border_bottom: bool,
                  mark_rpr: tuple | None):
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if border_bottom:
        parts.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    parts.append(f'<w:spacing w:before="{before_tw}" w:after="{after_tw}" {line}/>')
    ind = f'w:left="{left_tw}" w:right="{right_tw}"'
    if first_line_tw:
        ind += f' w:firstLine="{first_line_tw}"'
    parts.append(f"<w:ind {ind}/>")
    parts.append(f'<w:jc w:val="{align}"/>')
    if mark_rpr is not None:
        parts.append(_rpr_xml(*mark_rpr))
    return parse_xml(f"<w:pPr {W_NS}>{''.join(parts)}</w:pPr>")


def _rpr_xml(font: str, size: float, bold: bool, italic: bool, underline: bool) -> str:
    from lxml import etree

    return etree.tostring(_rpr_template(font, size, bold, italic, underline), encoding="unicode")


def _line_rule(multiple: float | None, exact_pt: float | None = None) -> str:
    if exact_pt is not None:
        return f'w:line="{round(exact_pt * 20)}" w:lineRule="exact"'
    return f'w:line="{round((multiple or 1.0) * 240)}" w:lineRule="auto"'


class DocBuilder:
    """One document being written: python-docx underneath, the official layout on top."""

    def __init__(self, settings: FormatSettings) -> None:
        self.s = settings
        self.doc: DocxDocument = Document()
        self.body = self.doc.element.body
        self._setup_styles()
        self._setup_page()

    # --- page and styles ----------------------------------------------------------------------
    @property
    def text_width_mm(self) -> float:
        return 210 - self.s.margin_left_mm - self.s.margin_right_mm

    def _setup_page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(self.s.margin_top_mm), Mm(self.s.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(self.s.margin_left_mm), Mm(self.s.margin_right_mm)
        section.header_distance = Mm(self.s.header_distance_mm)
        section.footer_distance = Mm(self.s.header_distance_mm)
        section.gutter = Mm(0)

    def _setup_styles(self) -> None:
        """Times New Roman and vi-VN as the document defaults and in every style."""
        font = self.s.font_name
        styles = self.doc.styles.element
        for rfonts in styles.iter(qn("w:rFonts")):
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), font)
        for lang in styles.iter(qn("w:lang")):
            lang.set(qn("w:val"), "vi-VN")
            lang.set(qn("w:eastAsia"), "vi-VN")
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            rpr.find(qn(tag)).set(qn("w:val"), str(round(self.s.body_size * 2)))
        spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(self.s.body_size)
        normal_rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        normal_rfonts.set(qn("w:eastAsia"), font)
        normal_rfonts.set(qn("w:cs"), font)

    def set_properties(self, *, title: str, author: str) -> None:
        """What Word's File > Info shows: the document's title, the secretariat as author,
        written now by this program; nothing left from python-docx's template (its 2013 dates,
        "Microsoft Macintosh Word", its thumbnail of an empty page)."""
        props = self.doc.core_properties
        props.title = " ".join(_clean_text(title).split())
        author = " ".join(_clean_text(author).split())
        props.author = author
        props.last_modified_by = author
        props.comments = ""
        props.subject = ""
        props.keywords = ""
        props.category = ""
        props.language = "vi-VN"
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        props.created = props.modified = now
        package = self.doc.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(rel_id)
            elif rel.reltype == RT.EXTENDED_PROPERTIES:
                rel.target_part._blob = _app_properties()

    # --- paragraphs ---------------------------------------------------------------------------
    def paragraph(self, content: Content = "", *, parent=None, size: float | None = None,
                  bold: bool = False, italic: bool = False, underline: bool = False,
                  caps: bool = False, align: str = "both", first_line: bool = False,
                  left_mm: float = 0, right_mm: float = 0, before: float = 0,
                  after: float | None = None, line: float | None = None,
                  line_exact: float | None = None, keep_next: bool = False,
                  border_bottom: bool = False):
        """Add a paragraph of spans; ``bold``/``italic``/``underline`` apply to every span."""
        size = size or self.s.body_size
        after = self.s.paragraph_spacing_pt if after is None else after
        p = (parent if parent is not None else self.body).add_p()
        mark = (self.s.font_name, size, bold, italic, False)
        ppr = _ppr_template(
            align, twips(self.s.first_line_indent_cm * 10) if first_line else 0, twips(left_mm),
            twips(right_mm), round(before * 20), round(after * 20),
            _line_rule(line or 1.0, line_exact), keep_next, border_bottom, mark)
        p.insert(0, copy.deepcopy(ppr))
        for span in _spans(content):
            text = wording.tidy(_clean_text(span.text))
            if caps:
                text = text.upper()
            if text:
                self._run(p, text, size, bold or span.bold, italic or span.italic,
                          underline or span.underline)
        return p

    def _run(self, p, text: str, size: float, bold: bool, italic: bool, underline: bool):
        """A run; a "\n" in the text becomes a line break (a header line broken by the user)."""
        r = p.makeelement(qn("w:r"), {})
        r.append(copy.deepcopy(_rpr_template(self.s.font_name, size, bold, italic, underline)))
        for i, piece in enumerate(text.split("\n")):
            if i:
                r.append(r.makeelement(qn("w:br"), {}))
            t = r.makeelement(qn("w:t"), {})
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
        p.append(r)
        return r

    def body_paragraph(self, content: Content, *, keep_next: bool = False, first_line: bool = True,
                       bold: bool = False, italic: bool = False, after: float | None = None):
        """A paragraph of the body: justified, first-line indent, the body's spacing."""
        return self.paragraph(content, first_line=first_line, keep_next=keep_next, bold=bold,
                              italic=italic, line=self.s.line_spacing, after=after)

    def heading(self, text: str):
        """A bold section line (1. Thành phần …) that stays with what follows it."""
        return self.body_paragraph(text, bold=True, keep_next=True)

    def rule(self, width_mm: float, *, available_mm: float, parent=None, before: float = 1,
             after: float = 0):
        """A short centred line: an empty paragraph with a bottom border, sized by its indents."""
        width = max(5.0, min(width_mm, available_mm))
        side = (available_mm - width) / 2
        return self.paragraph("", parent=parent, size=2, align="center", left_mm=side,
                              right_mm=side, before=before, after=after, line_exact=2,
                              border_bottom=True)

    def tiny_end(self) -> None:
        """The paragraph Word needs after a last table: 1 pt high, so it never opens a page."""
        self.paragraph("", size=1, after=0, line_exact=1)

    # --- tables -------------------------------------------------------------------------------
    def table(self, widths_mm: Sequence[float], rows: int = 1):
        """A borderless fixed-width table whose rows never split across pages."""
        table = self.doc.add_table(rows=rows, cols=len(widths_mm))
        tbl = table._tbl
        tbl_pr = tbl.tblPr
        for tag in ("w:tblStyle", "w:tblW", "w:tblLook"):
            old = tbl_pr.find(qn(tag))
            if old is not None:
                tbl_pr.remove(old)
        total = twips(sum(widths_mm))
        margin = twips(CELL_MARGIN_MM)
        tbl_pr.append(parse_xml(f'<w:tblW {W_NS} w:w="{total}" w:type="dxa"/>'))
        tbl_pr.append(parse_xml(f'<w:jc {W_NS} w:val="center"/>'))
        tbl_pr.append(parse_xml(
            f"<w:tblBorders {W_NS}>" + "".join(
                f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right",
                                                        "insideH", "insideV")) + "</w:tblBorders>"))
        tbl_pr.append(parse_xml(f'<w:tblLayout {W_NS} w:type="fixed"/>'))
        tbl_pr.append(parse_xml(
            f'<w:tblCellMar {W_NS}><w:top w:w="0" w:type="dxa"/><w:left w:w="{margin}" w:type="dxa"/>'
            f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'))
        for col, width in zip(tbl.tblGrid.gridCol_lst, widths_mm):
            col.w = Mm(width)
        for row in table.rows:
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f"<w:cantSplit {W_NS}/>"))
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
                tc = cell._tc
                tc.remove(tc.p_lst[0])  # the writers add their own paragraphs
        return table

    def cell_area_mm(self, width_mm: float) -> float:
        return width_mm - 2 * CELL_MARGIN_MM

    @staticmethod
    def close_cells(table) -> None:
        """Every cell must hold a paragraph: give an empty one to cells left empty."""
        for row in table.rows:
            for cell in row.cells:
                if not cell._tc.p_lst:
                    cell._tc.add_p()

    # --- the blocks of an official document ---------------------------------------------------
    def header_block(self, committee: CommitteeIdentity, number: DocumentNumber,
                     date_text: str | None) -> None:
        """Left: parent body, issuing body, rule or star, number. Right: national or party
        title (with its rule), then the place and date line."""
        s = self.s
        left_w, right_w = s.header_left_mm, s.header_right_mm
        left_area, right_area = self.cell_area_mm(left_w), self.cell_area_mm(right_w)
        table = self.table((left_w, right_w), rows=2)
        left, right = table.rows[0].cells[0]._tc, table.rows[0].cells[1]._tc
        center: dict[str, Any] = dict(align="center", after=0)
        if committee.parent_body:
            self.paragraph(keep_dash_with_word(committee.parent_body), parent=left,
                           size=s.parent_body_size, caps=True, **center)
        issuing = keep_dash_with_word(committee.issuing_body.upper())
        self.paragraph(issuing, parent=left, size=s.issuing_body_size, bold=True, **center)
        if s.style == "state":
            width = max(text_width_mm(line, s.issuing_body_size, bold=True)
                        for line in issuing.split("\n"))
            self.rule(min(width, left_area) * s.agency_rule_ratio, available_mm=left_area,
                      parent=left)
            self.paragraph(ph.NATIONAL_TITLE, parent=right, size=s.national_size, bold=True, **center)
            self.paragraph(ph.NATIONAL_MOTTO, parent=right, size=s.motto_size, bold=True, **center)
            self.rule(text_width_mm(ph.NATIONAL_MOTTO, s.motto_size, bold=True),
                      available_mm=right_area, parent=right)
        else:
            self.paragraph(ph.PARTY_STAR, parent=left, size=s.issuing_body_size, **center)
            self.paragraph(ph.PARTY_TITLE, parent=right, size=s.national_size, bold=True, **center)
            self.rule(text_width_mm(ph.PARTY_TITLE, s.national_size, bold=True),
                      available_mm=right_area, parent=right)
        number_cell, date_cell = table.rows[1].cells[0]._tc, table.rows[1].cells[1]._tc
        self.paragraph(wording.document_number(s.style, number, committee), parent=number_cell,
                       size=s.number_size, align="center", before=6, after=0)
        if date_text:
            self.paragraph(date_text, parent=date_cell, size=s.date_size, italic=True,
                           align="center", before=6, after=0)
        self.close_cells(table)

    def title_block(self, title: str, summary: str | None) -> None:
        """BIÊN BẢN / THÔNG BÁO / GIẤY MỜI, the summary line and its rule (state) or ----- (party)."""
        s = self.s
        self.paragraph(title, size=s.title_size, bold=True, caps=True, align="center", before=18,
                       after=0, keep_next=True)
        if summary:
            self.paragraph(summary, size=s.summary_size, bold=True, align="center", after=0,
                           keep_next=True)
        if s.style == "state":
            width = text_width_mm(summary or title, s.summary_size, bold=True)
            self.rule(min(width, self.text_width_mm) * s.agency_rule_ratio,
                      available_mm=self.text_width_mm, before=4, after=12)
        else:
            self.paragraph(ph.PARTY_SUMMARY_RULE, size=s.summary_size, align="center", after=12)

    def page_numbers(self) -> None:
        """The page number centred in the top margin from page 2 on (different first page)."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        first = section.first_page_header._element
        self.paragraph("", parent=first, size=self.s.page_number_size, after=0)
        header = section.header._element
        for p in list(header.p_lst):
            header.remove(p)
        p = self.paragraph("", parent=header, size=self.s.page_number_size, align="center",
                           after=0)
        size = self.s.page_number_size
        for kind in ("begin", None, "separate", "1", "end"):
            r = self._run(p, "", size, False, False, False)
            r.remove(r.find(qn("w:t")))
            if kind is None:
                instr = r.makeelement(qn("w:instrText"), {})
                instr.text = " PAGE "
                instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(instr)
            elif kind == "1":
                t = r.makeelement(qn("w:t"), {})
                t.text = "1"
                r.append(t)
            else:
                r.append(parse_xml(f'<w:fldChar {W_NS} w:fldCharType="{kind}"/>'))

    def signature_cell(self, parent, *, authority: str | None, title: str | None,
                       name: str | None, before: float = SIGNATURE_BEFORE_PT,
                       post: str | None = None) -> None:
        """Authority line (KT. TRƯỞNG BAN), title, room to sign, name: all centred."""
        s = self.s
        common = dict(parent=parent, size=s.signature_size, align="center", after=0)
        if authority:
            self.paragraph(authority, bold=True, caps=True, before=before, **common)
            before = 0
        if title:
            self.paragraph(title, bold=s.signer_title_bold, caps=True, before=before, **common)
            before = 0
        if post:
            self.paragraph(post, bold=s.signer_title_bold, caps=True, before=before, **common)
        self.paragraph(name or "", bold=True, before=s.signature_gap_pt, **common)

    def recipients_block(self, recipients: Recipients, parent=None, before: float = 0, *,
                         addressed: bool = False) -> None:
        """Nơi nhận: label (state 12 bold italic, party 14 underlined) and lines (11 / 12).
        ``addressed``: the document has a "Kính gửi" line, so "Như trên" may point to it."""
        s = self.s
        self.paragraph(ph.RECIPIENTS_LABEL, parent=parent, before=before,
                       size=s.recipients_label_size,
                       bold=s.recipients_label_bold, italic=s.recipients_label_italic,
                       underline=s.recipients_label_underline, align="left", after=0,
                       keep_next=parent is None)
        lines = wording.recipient_lines(recipients, s.style, addressed=addressed)
        for i, line in enumerate(lines):
            self.paragraph(line, parent=parent, size=s.recipients_size, align="left", after=0,
                           keep_next=parent is None and i < len(lines) - 1)

    def signature_with_recipients(self, signature: Signature, recipients: Recipients, *,
                                  addressed: bool = False) -> None:
        """Notices, invitations, letters: Nơi nhận on the left, the signature on the right."""
        s = self.s
        table = self.table((s.header_left_mm, s.header_right_mm))
        left, right = table.rows[0].cells[0]._tc, table.rows[0].cells[1]._tc
        self.recipients_block(recipients, parent=left, before=SIGNATURE_BEFORE_PT,
                              addressed=addressed)
        self.signature_cell(right, authority=signature.authority, title=signature.title,
                            name=signature.name, post=signature.post)
        self.close_cells(table)
        self.tiny_end()

    def numbered_lines(self, items: Iterable[Content]) -> None:
        for item in items:
            self.body_paragraph(item)
