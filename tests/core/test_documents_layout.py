"""What every document shares: A4 and margins, Times New Roman on every run for every script,
vi-VN, borderless tables whose rows do not split, rules drawn as paragraph borders, page numbers
from page 2, body paragraphs justified with a first-line indent."""
import zipfile

import pytest
from docx.oxml.ns import qn
from lxml import etree

from core.documents import (
    FormatSettings,
    build_minutes,
    samples,
    write_invitation,
    write_minutes,
    write_notice,
)

from .docx_helpers import alignment, has_bottom_border, indents_mm, open_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "Times New Roman"

WRITERS = {
    "minutes": (write_minutes, samples.sample_minutes),
    "notice": (write_notice, samples.sample_notice),
    "invitation": (write_invitation, samples.sample_invitation),
}
CASES = [(kind, index) for kind in WRITERS for index in (1, 2)]  # 1: state, 2: party


@pytest.fixture(params=CASES, ids=[f"{k}-{'state' if i == 1 else 'party'}" for k, i in CASES])
def written(request, tmp_path):
    kind, index = request.param
    write, sample = WRITERS[kind]
    path = write(sample(index), tmp_path / f"{kind}.docx")
    return kind, index, path


def _parts(path):
    with zipfile.ZipFile(path) as z:
        return {name: etree.fromstring(z.read(name)) for name in z.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def test_every_run_has_times_new_roman_for_all_scripts_and_vietnamese(written):
    _, _, path = written
    parts = _parts(path)
    runs = [r for name, root in parts.items() if name.startswith(("word/document", "word/header"))
            for r in root.iter(f"{{{W}}}r")]
    assert len(runs) > 30
    for r in runs:
        fonts = r.find(f"{{{W}}}rPr/{{{W}}}rFonts")
        assert fonts is not None, etree.tostring(r)
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(f"{{{W}}}{attr}") == FONT
        assert not any("Theme" in a or "theme" in a for a in fonts.attrib)
        assert r.find(f"{{{W}}}rPr/{{{W}}}lang").get(f"{{{W}}}val") == "vi-VN"
        assert r.find(f"{{{W}}}rPr/{{{W}}}color").get(f"{{{W}}}val") == "000000"


def test_styles_default_to_times_new_roman_without_theme_fonts(written):
    _, _, path = written
    styles = _parts(path)["word/styles.xml"]
    default = styles.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
    fonts = default.find(f"{{{W}}}rFonts")
    assert {fonts.get(f"{{{W}}}{a}") for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}
    assert default.find(f"{{{W}}}lang").get(f"{{{W}}}val") == "vi-VN"
    for rfonts in styles.iter(f"{{{W}}}rFonts"):
        assert not any("heme" in a for a in rfonts.attrib), etree.tostring(rfonts)


def test_a4_portrait_and_margins(written):
    _, _, path = written
    section = open_docx(path).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]


def test_tables_have_no_borders_fixed_widths_and_rows_that_do_not_split(written):
    _, index, path = written
    doc = open_docx(path)
    assert len(doc.tables) == 2  # header, signatures
    widths = (70, 95) if index == 1 else (80, 85)
    for table in doc.tables:
        pr = table._tbl.tblPr
        borders = pr.find(qn("w:tblBorders"))
        assert borders is not None
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}
        assert len(borders) == 6
        assert pr.find(qn("w:tblStyle")) is None
        assert pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        assert [round(c.w.mm) for c in table._tbl.tblGrid.gridCol_lst] == list(widths)
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            for cell in row.cells:
                assert cell._tc.tcPr.find(qn("w:tcBorders")) is None


def test_rules_are_empty_bordered_paragraphs_never_underlined_text(written):
    kind, index, path = written
    doc = open_docx(path)
    cells = [c for table in doc.tables for row in table.rows for c in row.cells]
    paragraphs = [p for c in cells for p in c.paragraphs] + doc.paragraphs
    rules = [p for p in paragraphs if has_bottom_border(p)]
    assert len(rules) == (3 if index == 1 else 1)  # state: agency, motto, summary; party: title
    for p in rules:
        assert p.text == "" and alignment(p) == "center"
        left, right, _ = indents_mm(p)
        assert left == pytest.approx(right, abs=0.1) and left > 0
    underlined = [r.text for p in paragraphs for r in p.runs if r.underline]
    # Every party document ends with Nơi nhận (at least the archive line), label underlined.
    assert underlined == (["Nơi nhận:"] if index == 2 else [])


def test_page_number_field_in_the_header_but_not_on_the_first_page(written):
    _, index, path = written
    doc = open_docx(path)
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    sect_pr = doc.element.body.sectPr
    assert sect_pr.find(qn("w:titlePg")) is not None
    header = section.header
    assert not header.is_linked_to_previous
    xml = header._element
    instr = [t.text for t in xml.iter(qn("w:instrText"))]
    assert instr == [" PAGE "]
    assert [f.get(qn("w:fldCharType")) for f in xml.iter(qn("w:fldChar"))] == [
        "begin", "separate", "end"]
    p = header.paragraphs[0]
    assert alignment(p) == "center"
    assert {r.font.size.pt for r in p.runs} == {13 if index == 1 else 14}
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert not list(first._element.iter(qn("w:instrText")))
    assert all(p.text == "" for p in first.paragraphs)


def test_body_paragraphs_justified_indented_and_spaced(written):
    kind, index, path = written
    doc = open_docx(path)
    body = [p for p in doc.paragraphs if len(p.text) > 80 and not p.runs[0].bold]
    assert len(body) >= 5
    for p in body:
        assert alignment(p) == "both"
        _, _, first = indents_mm(p)
        assert first == pytest.approx(12.7, abs=0.05)
        fmt = p.paragraph_format
        # An invitation's list lines sit closer, so an ordinary one fits on one page.
        listed = kind == "invitation" and p.text.startswith(("- ", "1.", "2.", "3."))
        assert fmt.space_after.pt >= (2 if listed else 6)
        assert 1.0 <= fmt.line_spacing <= 1.5
        assert {r.font.size.pt for r in p.runs} == {14}


def test_no_page_breaks_and_a_tiny_last_paragraph(written):
    kind, index, path = written
    doc = open_docx(path)
    assert not [b for b in doc.element.body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert doc.element.body.find(qn("w:sectPr")) is not None
    last = doc.paragraphs[-1]
    if last.text == "":
        rpr = last._p.pPr.find(qn("w:rPr"))
        assert int(rpr.find(qn("w:sz")).get(qn("w:val"))) <= 2  # 1 pt: it can never open a page


def test_document_properties_name_the_secretariat_not_the_library(written):
    _, _, path = written
    props = open_docx(path).core_properties
    assert "python-docx" not in (props.author, props.comments, props.last_modified_by)
    assert props.author and props.title
    assert props.language == "vi-VN"


def test_settings_change_the_output():
    settings = FormatSettings.for_style("state", first_line_indent_cm=1.0, body_size=13,
                                        paragraph_spacing_pt=8, line_spacing=1.5)
    doc = build_minutes(samples.sample_minutes(1), settings)
    body = [p for p in doc.paragraphs if len(p.text) > 80]
    for p in body:
        assert indents_mm(p)[2] == pytest.approx(10, abs=0.05)
        assert {r.font.size.pt for r in p.runs} == {13}
        assert p.paragraph_format.space_after.pt == 8
        assert p.paragraph_format.line_spacing == 1.5
