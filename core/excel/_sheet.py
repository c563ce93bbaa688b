"""What every exported sheet shares: Times New Roman cells built fast, user text forced to text,
the title block, A4 print settings, and a save that never leaves half a file behind.

Sheets are written with ``Workbook(write_only=True)``: rows stream to disk, so 100,000 tasks
take the same memory as ten. Write-only sheets need their layout (widths, freeze panes, page
setup) before the first row, and take rows strictly in order.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import types
import unicodedata
from copy import deepcopy
from dataclasses import dataclass
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.xml.functions import Element, SubElement
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as _WriteOnlyWorksheet

from core.errors import AppError, EnvironmentProblem, machine_problem
from core.excel.rows import SheetHeading
from core.storage import fsync_file, fsync_folder, remove_stale_temp_files, temp_path_for
from core.text import xml_safe

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    class WriteOnlyWorksheet(_WriteOnlyWorksheet):
        """openpyxl's write-only sheet with what ``Worksheet._setup`` gives it at run time and
        its type stubs leave out (dimensions, page setup, merged cells, filters …)."""

        row_dimensions = Worksheet.row_dimensions
        column_dimensions = Worksheet.column_dimensions
        merged_cells = Worksheet.merged_cells
        data_validations = Worksheet.data_validations
        page_setup = Worksheet.page_setup
        print_options = Worksheet.print_options
        page_margins = Worksheet.page_margins
        protection = Worksheet.protection
        auto_filter = Worksheet.auto_filter
        conditional_formatting = Worksheet.conditional_formatting
        sheet_properties = Worksheet.sheet_properties
else:
    WriteOnlyWorksheet = _WriteOnlyWorksheet

FONT_NAME = "Times New Roman"
DATE_FORMAT = "DD/MM/YYYY"
HEADER_FILL = "D9D9D9"
MAX_CELL_TEXT = 32_767  # Excel refuses longer cell text
# Text starting with these would be read as a formula by Excel, LibreOffice, or a CSV export.
FORMULA_STARTS = ("=", "+", "-", "@")
MM_PER_INCH = 25.4
PAPERSIZE_A4 = "9"  # OOXML paper size code

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def safe_text(value: object) -> str:
    """A cell's text: NFC, without the control characters Excel rejects, within Excel's limit."""
    if value is None:
        return ""
    text = xml_safe(unicodedata.normalize("NFC", str(value)))
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def date_dmy(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def new_sheet(wb: Workbook, title: str) -> WriteOnlyWorksheet:
    """A write-only sheet that takes rows of ready cells (or None) without openpyxl's detour.

    openpyxl first tries each appended cell as a plain value and builds an error message for
    every one before accepting it as a cell: a fifth of the export time. This sheet's
    ``_values_to_row`` yields the cells as they are. Should a later openpyxl stop calling that
    method, the standard path still works (rows are cells), only slower.
    """
    ws = wb.create_sheet(title)
    ws._values_to_row = types.MethodType(_values_to_row, ws)
    return ws


def _values_to_row(ws: WriteOnlyWorksheet, cells: Sequence[Cell | None], row_idx: int):
    if isinstance(cells, _Prepared):  # a RowStream's row: written as it is
        return cells
    return _cells_to_row(ws, cells, row_idx)


def _cells_to_row(ws: WriteOnlyWorksheet, cells: Sequence[Cell | None], row_idx: int):
    for col_idx, cell in enumerate(cells, 1):
        if cell is None:
            continue
        cell.column = col_idx
        cell.row = row_idx
        yield cell


class Styles:
    """Style arrays built once per workbook and shared by every cell that looks the same.

    Setting ``font``/``border`` on each of a million cells is what makes openpyxl slow; copying a
    ready ``StyleArray`` is cheap.
    """

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._cache: dict[tuple, StyleArray] = {}

    def get(self, *, bold: bool = False, italic: bool = False, size: float = 12,
            wrap: bool = False, horizontal: str = "left", vertical: str = "top",
            border: bool = True, number_format: str | None = None, locked: bool = True,
            fill: str | None = None, quote: bool = False) -> StyleArray:
        key = (bold, italic, size, wrap, horizontal, vertical, border, number_format, locked,
               fill, quote)
        style = self._cache.get(key)
        if style is None:
            cell = WriteOnlyCell(self.ws)
            cell.font = Font(name=FONT_NAME, size=size, bold=bold, italic=italic)
            cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)
            if border:
                cell.border = _BORDER
            if number_format:
                cell.number_format = number_format
            if not locked:
                cell.protection = Protection(locked=False)
            if fill:
                cell.fill = PatternFill(fill_type="solid", start_color=fill, end_color=fill)
            if quote:
                cell.quotePrefix = True
            style = self._cache[key] = StyleArray(cell._style)  # type: ignore[attr-defined]  # openpyxl's slot, read directly for speed
        return style


def text_cell(ws: WriteOnlyWorksheet, value: object, style: StyleArray,
              quoted_style: StyleArray | None = None) -> Cell:
    """A cell that holds text and stays text: "=1+1", "+84…", "-" or "@x" are never formulas.

    The type is set by hand (openpyxl would turn a leading "=" into a formula, even in
    write-only mode); text that Excel would re-read as a formula on editing also gets the
    quote prefix, as if typed with a leading apostrophe.
    """
    text = safe_text(value)
    cell = WriteOnlyCell(ws)
    if text:
        cell._value = text  # type: ignore[attr-defined]  # openpyxl's slot: text stays text
        cell.data_type = "s"
    # Style arrays are shared, never changed after they are built: no copy per cell.
    if quoted_style is not None and text.startswith(FORMULA_STARTS):
        cell._style = quoted_style  # type: ignore[attr-defined]  # openpyxl's slot, shared array
    else:
        cell._style = style  # type: ignore[attr-defined]  # openpyxl's slot, shared array
    return cell


def value_cell(ws: WriteOnlyWorksheet, value: object, style: StyleArray) -> Cell:
    """A number or a date (with a date format in ``style``, so it is a real date in Excel)."""
    cell = WriteOnlyCell(ws)
    cell._style = style  # type: ignore[attr-defined]  # openpyxl's slot, shared array
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
    cell.value = value  # type: ignore[assignment]  # any value: openpyxl refuses what it cannot write
    return cell


class RowStream:
    """Rows for a write-only sheet, each serialised as one XML element copied from a template
    of its layout: no cell object per value, no style look-up per cell, no row-dimension object
    per height. What streams 100,000 task rows near openpyxl's own floor.

    Open it once the sheet has begun (after its first row); describe each kind of row once
    with :meth:`layout`, then call :meth:`row` with the values. Should openpyxl change how a
    write-only sheet writes its rows, the rows go through ordinary cells instead (slower, the
    same sheet).
    """

    def __init__(self, ws: WriteOnlyWorksheet, first_row: int) -> None:
        self.ws = ws
        self.next_row = first_row
        writer: Any = getattr(ws, "_writer", None)
        original = getattr(writer, "write_row", None)
        ours = getattr(getattr(ws, "_values_to_row", None), "__func__", None) is _values_to_row
        self.fast = (ours and original is not None
                     and isinstance(getattr(ws, "_rows", None), types.GeneratorType))
        if self.fast:
            def write_row(xf, row, row_idx):
                if isinstance(row, _Prepared):
                    if row.number != row_idx:
                        raise AssertionError(f"row {row.number} written as {row_idx}")
                    xf.write(row.element)
                else:
                    original(xf, row, row_idx)

            writer.write_row = write_row

    def layout(self, columns: Sequence[tuple]) -> RowLayout:
        """A kind of row, one entry per column from A: ``("s", style, quoted_style)`` text that
        stays text (see :func:`text_cell`; the quoted style may be None), ``("n", style)`` a
        number or date, ``("e", style)`` an empty cell with its style."""
        ids: dict[int, str] = {}

        def sid(style: StyleArray) -> str:
            return ids.setdefault(id(style), str(self.ws.parent._cell_styles.add(style)))  # type: ignore[union-attr]  # openpyxl's style table of the sheet's workbook

        kinds = []
        template = Element("row")
        for spec in columns:
            kind, style = spec[0], spec[1]
            quoted = spec[2] if kind == "s" and len(spec) > 2 else None
            kinds.append((kind, style, quoted, sid(quoted) if quoted is not None else None))
            if kind == "s":
                cell = SubElement(template, "c", {"s": sid(style), "t": "inlineStr"})
                SubElement(SubElement(cell, "is"), "t")
            elif kind == "n":
                SubElement(SubElement(template, "c", {"s": sid(style), "t": "n"}), "v")
            else:
                SubElement(template, "c", {"s": sid(style)})
        return RowLayout(tuple(kinds), template)

    def row(self, layout: RowLayout, values: Sequence[object], height: float | None = None) -> None:
        """Append a row of ``layout``: values from column A on; those of "e" columns, and
        any after the last value given (which must all be "e" columns), are not used."""
        number = self.next_row
        self.next_row += 1
        if not self.fast:
            padded = [*values, *[None] * (len(layout.kinds) - len(values))]
            append_row(self.ws, number, [self._cell(spec, value) for spec, value
                                         in zip(layout.kinds, padded, strict=True)], height)
            return
        element = deepcopy(layout.template)
        element.set("r", str(number))
        if height:
            element.set("ht", str(height))
            element.set("customHeight", "1")
        # Every column of the row is written, in order: cells need no reference of their own.
        for cell, (kind, _style, quoted, quoted_id), value in zip(element, layout.kinds, values):
            if kind == "s":
                text = safe_text(value)
                if not text:
                    cell.remove(cell[0])
                    del cell.attrib["t"]
                    continue
                t = cell[0][0]
                t.text = text
                if text[0].isspace() or text[-1].isspace():
                    t.set(_XML_SPACE, "preserve")
                if quoted is not None and text.startswith(FORMULA_STARTS):
                    cell.set("s", quoted_id)
            elif kind == "n":
                if value is None:
                    cell.remove(cell[0])
                    del cell.attrib["t"]
                else:
                    cell[0].text = _number_text(value)
        self.ws.append(_Prepared(number, element))

    def _cell(self, spec: tuple, value: object) -> Cell:
        kind, style, quoted, _ = spec
        if kind == "s":
            return text_cell(self.ws, value, style, quoted)
        return value_cell(self.ws, value if kind == "n" else None, style)


@dataclass(frozen=True)
class RowLayout:
    kinds: tuple[tuple, ...]  # (kind, style, quoted style, quoted style's id) per column
    template: Any             # the row's XML with empty cells, copied for each row


class _Prepared(list):
    """A row already serialised (a list, so openpyxl's append takes it)."""

    def __init__(self, number: int, element) -> None:
        super().__init__()
        self.number, self.element = number, element


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_EXCEL_DAY_ZERO = dt.date(1899, 12, 30).toordinal()
_MARCH_1900 = dt.date(1900, 3, 1)


def _number_text(value: object) -> str:
    """A number, or a date as Excel's day number (openpyxl's rule for dates before March 1900)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and value >= _MARCH_1900:
        return str(value.toordinal() - _EXCEL_DAY_ZERO)
    if isinstance(value, (dt.date, dt.datetime)):
        from openpyxl.utils.datetime import to_excel

        return repr(to_excel(value.replace(tzinfo=None) if isinstance(value, dt.datetime) else value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return repr(value) if isinstance(value, float) else str(value)


LINE_HEIGHT = 15.75   # points per line of Times New Roman 12
MAX_ROW_HEIGHT = 409  # Excel's limit


def text_lines(text: str, width: float) -> int:
    """About how many lines ``text`` wraps to in a column ``width`` units wide (TNR 12).

    Excel and LibreOffice do not fit row heights to wrapped text when they open a file, so the
    export sets them. An estimate from the length (about 1.15 characters of TNR 12 per unit of
    width, measured on a LibreOffice rendering) is cheap enough for 100,000 rows.
    """
    if not text:
        return 1
    per_line = int(max(1.0, (width - 1) * 1.15))
    if "\n" not in text:
        return max(1, -(-len(text) // per_line))
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def row_height(lines: int, *, size: float = 12) -> float | None:
    """The height of a row of ``lines`` lines, or None for one line (the default height)."""
    if lines <= 1 and size <= 12:
        return None
    return min(MAX_ROW_HEIGHT, round(lines * LINE_HEIGHT * size / 12 + 2, 2))


def append_row(ws: WriteOnlyWorksheet, row: int, cells: Sequence[object],
               height: float | None = None) -> None:
    """Append row number ``row`` (the caller counts), with its height if it has one.

    The height is dropped once the row is written so that 100,000 rows keep no trace in memory.
    """
    if height:
        ws.row_dimensions[row].height = height
    ws.append(cells)
    ws.row_dimensions.pop(row, None)


def column_letter_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def setup_page(ws: WriteOnlyWorksheet, *, title_rows: str, landscape: bool = True) -> None:
    """A4, fit to one page wide, the column headings repeated on every printed page.

    Must run before the first row is written (write-only sheets write their top first).
    """
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    assert ws.sheet_properties.pageSetUpPr is not None  # made with the sheet
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    margins = ws.page_margins
    # NĐ 30 margins (top/bottom 20, left 30, right 15 mm) are for portrait text; a wide table
    # in landscape keeps the top and bottom and narrows the sides.
    margins.top = margins.bottom = 20 / MM_PER_INCH
    margins.left = 20 / MM_PER_INCH
    margins.right = 15 / MM_PER_INCH
    margins.header = margins.footer = 8 / MM_PER_INCH
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = title_rows
    assert ws.oddFooter is not None  # made with the sheet
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT_NAME
    ws.oddFooter.center.size = 11


def _left_lines(heading: SheetHeading) -> list[str]:
    left = list(heading.agency_lines)
    if heading.style == "party" and left:
        left.append("*")  # the party style's star under the issuing body
    return left


def title_block_rows(heading: SheetHeading, extra_lines: int = 0) -> int:
    """How many rows :func:`write_title_block` writes: what the header row's number depends on
    (it must be known before the first row, for the frozen panes and the print titles)."""
    return max(len(_left_lines(heading)), len(heading.right_lines)) + 1 + 2 + extra_lines + 1


def write_title_block(ws: WriteOnlyWorksheet, styles: Styles, heading: SheetHeading, *,
                      title: str, last_col: int, left_span: int, right_start: int,
                      as_of: dt.date, extra_lines: Sequence[tuple[str, str]] = (),
                      hidden_column: Sequence[str] = (), width: float = 100) -> int:
    """Agency left and national/party heading right (merged), then the title lines.

    ``extra_lines`` are (text, "bold"|"italic") lines under the date line, as wide as the
    table (``width``, in column units); ``hidden_column`` values go, one per row from the top,
    in the column after ``last_col``. Returns the number of rows written (the last one blank).
    """
    from openpyxl.utils import get_column_letter

    hidden_style = styles.get(border=False)
    row = 0

    def append(cells: list[object], height: float | None) -> None:
        nonlocal row
        row += 1
        if row <= len(hidden_column):
            cells = cells + [None] * (last_col - len(cells))
            cells.append(text_cell(ws, hidden_column[row - 1], hidden_style))
        append_row(ws, row, cells, height)

    left = _left_lines(heading)
    right = list(heading.right_lines)
    last_left = len(heading.agency_lines) - 1
    for i in range(max(len(left), len(right))):
        cells: list[object] = [None] * last_col
        if i < len(left):
            cells[0] = text_cell(ws, left[i], styles.get(
                bold=(i == last_left), horizontal="center", vertical="center",
                border=False, wrap=True))
            if left_span > 1:
                ws.merged_cells.add(f"A{row + 1}:{get_column_letter(left_span)}{row + 1}")
        if i < len(right):
            size = (14 if heading.style == "party" else 12) if i == 0 else 13
            cells[right_start - 1] = text_cell(ws, right[i], styles.get(
                bold=True, size=size, horizontal="center", vertical="center", border=False))
            ws.merged_cells.add(f"{get_column_letter(right_start)}{row + 1}:"
                                f"{get_column_letter(last_col)}{row + 1}")
        append(cells, 18)
    append([], None)  # a blank line between the heading and the title
    last = get_column_letter(last_col)
    lines = [(title, "title"), (f"(Cập nhật đến ngày {date_dmy(as_of)})", "italic"),
             *extra_lines]
    for text, kind in lines:
        style = styles.get(bold=kind in ("title", "bold"), italic=kind == "italic",
                           size=14 if kind == "title" else 12, horizontal="center",
                           vertical="center", border=False, wrap=True)
        ws.merged_cells.add(f"A{row + 1}:{last}{row + 1}")
        size = 14 if kind == "title" else 12
        wrapped = text_lines(text, width * 12 / size)
        append([text_cell(ws, text, style)], max(row_height(wrapped, size=size) or 0,
                                                  22 if kind == "title" else 18))
    append([], None)
    return row


def check_target(path: Path, *, overwrite: bool) -> Path:
    """Refuse before any work: a missing folder, or a file that is there (unless ``overwrite``)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise AppError("folder_missing", path=str(path.parent))
    if path.exists() and not overwrite:
        raise AppError("file_exists", path=str(path))
    return path


def discard(wb: Workbook) -> None:
    """Close a write-only workbook that will not be saved, and remove its temporary files.

    Without this, a half-written sheet's XML stream is closed by the garbage collector, which
    fails noisily.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        try:
            if not getattr(ws, "closed", True):
                ws.close()
        except Exception:  # already failing; the first error is the one to report
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            _remove_quietly(Path(out))


@contextlib.contextmanager
def discarded_on_error(wb: Workbook) -> Iterator[Workbook]:
    try:
        yield wb
    except BaseException:
        discard(wb)
        raise


def save_workbook(wb: Workbook, path: Path, *, overwrite: bool) -> Path:
    """Write through a temporary file in the same folder, then rename: a power cut or a full
    disk leaves the old file (or none), never half a workbook."""
    try:
        path = check_target(path, overwrite=overwrite)
    except AppError:
        discard(wb)
        raise
    folder = path.parent
    remove_stale_temp_files(folder)
    _clean_parts(wb)
    temp = temp_path_for(path, ".xlsx")
    try:
        # Built in memory (the compressed file, a few MB), then written here: a full disk then
        # fails our write, not openpyxl's zip, which would be left open to fail again later.
        content = io.BytesIO()
        wb.save(content)
        with open(temp, "wb") as stream:
            stream.write(content.getbuffer())
        fsync_file(temp)  # the content is on the disk before the name points at it
        os.replace(temp, path)
        fsync_folder(folder)
    except PermissionError as exc:
        _remove_quietly(temp)
        code = "file_locked" if path.exists() else "folder_readonly"
        raise EnvironmentProblem(code, path=str(path if code == "file_locked" else folder)) from exc
    except OSError as exc:
        _remove_quietly(temp)
        raise machine_problem(exc, path) or exc from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    return path


def _clean_parts(wb: Workbook) -> None:
    """Strip what XML cannot hold from the parts beside the cells (the cells are written through
    :func:`safe_text`): document properties, sheet names, headers and footers."""
    props = wb.properties
    for name in ("title", "subject", "creator", "keywords", "description", "category",
                 "lastModifiedBy", "contentStatus", "identifier", "language", "version"):
        value = getattr(props, name, None)
        if isinstance(value, str):
            setattr(props, name, safe_text(value))
    for ws in wb.worksheets:
        if ws.title != safe_text(ws.title):
            ws.title = safe_text(ws.title) or "Sheet"
        for block in (getattr(ws, "oddHeader", None), getattr(ws, "oddFooter", None)):
            for part in (getattr(block, side, None) for side in ("left", "center", "right")):
                if part is not None and isinstance(part.text, str):
                    part.text = safe_text(part.text)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
