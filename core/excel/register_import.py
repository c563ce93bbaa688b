"""Members and agencies from a user's own workbook: which sheet, which column is what, and a
preview of every row with what is wrong with it.

Column headings are recognised in Vietnamese with or without diacritics, or in English; the
user can correct the guess by passing ``mapping``. Nothing is stored here: a service creates
the rows the user accepts (skipping errors and, as the user chooses, duplicates).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from core.errors import AppError
from core.messages import Message, Word
from core.excel import legacy
from core.excel.cells import cell_text, heading_key
from core.excel.safe_open import iter_rows, open_workbook, sheet_names
from core.progress import Progress, counted
from core.models import LONG_LINE, NAME, SHORT
from core.text import duplicate_key

MEMBERS = "members"
AGENCIES = "agencies"
HEADER_SEARCH_ROWS = 20

# Field → headings it answers to (folded: no diacritics, lower case). The longest match wins,
# so "Tên cơ quan" is an agency, not a name.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    MEMBERS: {
        "full_name": ("ho va ten", "ho ten", "ho va ten dong chi", "ten thanh vien",
                      "ten can bo", "thanh vien", "name", "full name", "fullname"),
        "family_name": ("ho", "ho dem", "ho va dem", "ho va ten dem", "ho va chu dem",
                        "family name", "last name", "surname"),
        "given_name": ("ten", "given name", "first name"),
        "position": ("chuc vu", "chuc danh", "chuc vu chuc danh", "position", "title",
                     "job title"),
        "agency": ("co quan", "don vi", "co quan don vi", "don vi cong tac", "noi cong tac",
                   "co quan cong tac", "agency", "organization", "organisation", "department",
                   "unit"),
        "role": ("vai tro", "vai tro trong ban", "nhiem vu trong ban", "chuc danh trong ban",
                 "role"),
        "phone": ("dien thoai", "so dien thoai", "dien thoai di dong", "dt", "sdt", "so dt",
                  "di dong", "phone", "mobile", "tel", "telephone"),
        "email": ("email", "e mail", "thu dien tu", "dia chi email", "hop thu", "mail"),
    },
    AGENCIES: {
        "name": ("ten co quan", "co quan", "don vi", "ten don vi", "co quan don vi", "ten",
                 "agency", "name", "organization", "organisation"),
        "short_name": ("ten viet tat", "viet tat", "ky hieu", "short name", "abbreviation"),
    },
}
LABELS = {
    "full_name": "Họ và tên", "family_name": "Họ", "given_name": "Tên", "position": "Chức vụ",
    "agency": "Cơ quan", "role": "Vai trò", "phone": "Điện thoại", "email": "Email",
    "name": "Tên cơ quan", "short_name": "Tên viết tắt",
}
LIMITS = {"full_name": NAME, "position": LONG_LINE, "agency": NAME, "role": SHORT,
          "phone": SHORT, "email": SHORT, "name": NAME, "short_name": SHORT}
_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
_PHONE_CHARS = re.compile(r"^[0-9 +().\-/]+$")


@dataclass(frozen=True)
class MemberCandidate:
    row: int
    full_name: str
    position: str = ""
    agency: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    errors: tuple[Message, ...] = ()     # the row cannot be imported as it is
    warnings: tuple[Message, ...] = ()   # imported, but worth a look
    duplicate_of: str | None = None  # "#7" (a row above) or the existing name it matches


@dataclass(frozen=True)
class AgencyCandidate:
    row: int
    name: str
    short_name: str = ""
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    duplicate_of: str | None = None


@dataclass(frozen=True)
class RegisterPreview:
    file: str
    sheet: str
    kind: str                        # "members" or "agencies"
    header_row: int
    mapping: Mapping[str, int]       # field → column index (0 = A)
    headings: tuple[str, ...]        # the header row as written
    rows: tuple[MemberCandidate | AgencyCandidate, ...]

    @property
    def valid_rows(self) -> tuple[MemberCandidate | AgencyCandidate, ...]:
        return tuple(row for row in self.rows if not row.errors)


def list_sheets(path: Path | str) -> list[str]:
    return sheet_names(path)


def guess_mapping(headings: Iterable[object], kind: str = MEMBERS) -> dict[str, int]:
    """Field → column index from the heading texts; fields without a heading are left out."""
    return _match(headings, kind)[0]


def _match(headings: Iterable[object], kind: str) -> tuple[dict[str, int], int]:
    """The mapping and how sure it is: an exact heading counts far more than a word inside a
    longer text (so a title line such as "Danh sách thành viên…" loses to the heading row)."""
    aliases = ALIASES[kind]
    candidates = []
    for column, heading in enumerate(headings):
        key = heading_key(heading)
        if not key:
            continue
        padded = f" {key} "
        for field, names in aliases.items():
            for name in names:
                if key == name:
                    candidates.append((1000 + len(name), column, field))
                elif len(name) > 2 and f" {name} " in padded:
                    candidates.append((len(name), column, field))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    score = 0
    for points, column, field in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
            score += points
    return mapping, score


def read_members(path: Path | str, *, sheet: str | None = None,
                 mapping: Mapping[str, int] | None = None, header_row: int | None = None,
                 existing_names: Iterable[str] = (),
                 progress: Progress | None = None) -> RegisterPreview:
    """Members from ``sheet`` (default: the first). ``mapping`` (field → column, 0 = A) and
    ``header_row`` override the guesses; with a mapping and no header row, the first row
    holding data is taken as the headings. ``progress`` hears the rows read (it may stop the
    reading, which writes nothing)."""
    return _read(path, MEMBERS, sheet, mapping, header_row, existing_names, progress)


def read_agencies(path: Path | str, *, sheet: str | None = None,
                  mapping: Mapping[str, int] | None = None, header_row: int | None = None,
                  existing_names: Iterable[str] = (),
                  progress: Progress | None = None) -> RegisterPreview:
    return _read(path, AGENCIES, sheet, mapping, header_row, existing_names, progress)


def _primary_ok(mapping: Mapping[str, int], kind: str) -> bool:
    if kind == AGENCIES:
        return "name" in mapping
    return "full_name" in mapping or "given_name" in mapping


def _find_header(top: list[tuple[int, tuple]], rows: Iterator[tuple[int, tuple]], kind: str,
                 mapping: Mapping[str, int] | None,
                 header_row: int | None) -> tuple[int, tuple, dict[str, int]]:
    """(heading row number or 0, its values, the mapping guessed from it). The row the user
    named, else the first row when the user mapped the columns, else the best-scoring row."""
    if header_row is None and mapping and top:
        header_row = top[0][0]
    if header_row is not None:
        while not top or top[-1][0] < header_row:  # headings further down: read on to them
            following = next(rows, None)
            if following is None:
                break
            top.append(following)
        headings = next((values for number, values in top if number == header_row), ())
        return header_row, headings, _match(headings, kind)[0]
    found: tuple[int, tuple, dict[str, int]] = (0, (), {})
    best = 0
    for number, values in top:
        guessed, score = _match(values, kind)
        if _primary_ok(guessed, kind) and score > best:
            found, best = (number, values, guessed), score
    return found


def _read(path: Path | str, kind: str, sheet: str | None, mapping: Mapping[str, int] | None,
          header_row: int | None, existing_names: Iterable[str],
          progress: Progress | None = None) -> RegisterPreview:
    existing = {duplicate_key(name): name for name in existing_names if name}
    with open_workbook(path) as wb:
        sheet = sheet or wb.worksheets[0].title
        total = getattr(wb[sheet], "max_row", None) if sheet in wb.sheetnames else None
        rows = counted(iter_rows(wb, sheet, path=path), progress, total or 0)
        top = []  # the rows searched for the heading row, kept: the data may start among them
        for number, values in rows:
            top.append((number, values))
            if number >= HEADER_SEARCH_ROWS:
                break
        header_row, headings, guessed = _find_header(top, rows, kind, mapping, header_row)
        if not header_row or not _primary_ok(dict(mapping) if mapping else guessed, kind):
            needed = Word(LABELS["name"] if kind == AGENCIES else LABELS["full_name"])
            raise AppError("excel_no_header", path=str(path), sheet=sheet, needed=needed,
                           limit=HEADER_SEARCH_ROWS)
        columns = dict(mapping) if mapping else guessed
        reader = _member if kind == MEMBERS else _agency
        seen: dict[str, int] = {}
        candidates = []
        for number, values in itertools.chain(top, rows):
            if number <= header_row:
                continue
            candidate = reader(number, values, columns, seen, existing)
            if candidate is not None:
                candidates.append(candidate)
    return RegisterPreview(str(path), sheet, kind, header_row, columns,
                           tuple(cell_text(h) for h in headings), tuple(candidates))


class _Row:
    """One row's cells by field, with the row's messages gathered as they are read."""

    def __init__(self, number: int, values: tuple, columns: Mapping[str, int]) -> None:
        self.number = number
        self.values = values
        self.columns = columns
        self.errors: list[Message] = []
        self.warnings: list[Message] = []

    def error(self, code: str, **values: object) -> None:
        self.errors.append(Message("at_row", row=self.number, problem=Message(code, **values)))

    def warn(self, code: str, **values: object) -> None:
        self.warnings.append(Message("at_row", row=self.number, problem=Message(code, **values)))

    def raw(self, field: str) -> object:
        index = self.columns.get(field)
        return self.values[index] if index is not None and index < len(self.values) else None

    def text(self, field: str) -> str:
        raw = self.raw(field)
        if isinstance(raw, str):
            encoding, converted = legacy.convert(raw)
            cell = f"{get_column_letter(self.columns[field] + 1)}{self.number}"
            if encoding and converted is not None:
                self.warn("register_legacy_converted", cell=cell,
                          encoding=legacy.ENCODING_NAMES[encoding], converted=converted)
                raw = converted
            elif encoding:
                self.error("register_legacy_encoding", cell=cell,
                           encoding=legacy.ENCODING_NAMES[encoding])
        text = cell_text(raw)
        limit = LIMITS.get(field)
        if limit and len(text) > limit:
            self.error("register_too_long", field=LABELS[field], limit=limit)
        return text

    def has_data(self) -> bool:
        return any(self.raw(field) not in (None, "") for field in self.columns)


def _duplicate(row: _Row, key: str, shown: str, seen: dict[str, int],
               existing: Mapping[str, str], existing_key: str) -> str | None:
    if key in seen:
        row.warn("register_repeated", name=shown, first=seen[key])
        return f"#{seen[key]}"
    seen[key] = row.number
    if existing_key in existing:
        row.warn("register_exists", name=existing[existing_key])
        return existing[existing_key]
    return None


def _member(number: int, values: tuple, columns: Mapping[str, int], seen: dict[str, int],
            existing: Mapping[str, str]) -> MemberCandidate | None:
    row = _Row(number, values, columns)
    if not row.has_data():
        return None
    name = row.text("full_name")
    if not name:
        name = " ".join(part for part in (row.text("family_name"), row.text("given_name")) if part)
    if not name:
        row.error("register_no_name")
    agency = row.text("agency")
    email = row.text("email")
    if email and not _EMAIL.match(email):
        row.error("register_bad_email", email=email)
    phone = _phone(row)
    duplicate = None
    if name:
        key = duplicate_key(name)
        duplicate = _duplicate(row, f"{key}|{duplicate_key(agency)}", name, seen, existing, key)
    return MemberCandidate(number, name, row.text("position"), agency, row.text("role"), phone,
                           email, tuple(row.errors), tuple(row.warnings), duplicate)


def _phone(row: _Row) -> str:
    raw = row.raw("phone")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        digits = str(int(raw))
        if len(digits) == 9 and digits[0] != "0":  # Excel ate the leading zero
            row.warn("register_phone_zero", digits=digits)
            return f"0{digits}"
        return digits
    if isinstance(raw, dt.date):
        row.error("register_phone_is_date")
        return ""
    phone = row.text("phone")
    count = sum(ch.isdigit() for ch in phone)
    if phone and (not _PHONE_CHARS.match(phone) or not 8 <= count <= 15):
        row.warn("register_odd_phone", phone=phone)
    return phone


def _agency(number: int, values: tuple, columns: Mapping[str, int], seen: dict[str, int],
            existing: Mapping[str, str]) -> AgencyCandidate | None:
    row = _Row(number, values, columns)
    if not row.has_data():
        return None
    name = row.text("name")
    if not name:
        row.error("register_no_agency_name")
    duplicate = None
    if name:
        key = duplicate_key(name)
        duplicate = _duplicate(row, key, name, seen, existing, key)
    return AgencyCandidate(number, name, row.text("short_name"), tuple(row.errors),
                           tuple(row.warnings), duplicate)
