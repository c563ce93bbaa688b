"""Names Windows and Excel accept: file names for per-agency workbooks, sheet titles."""
from __future__ import annotations

import re
import unicodedata

_FORBIDDEN_FILE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_FORBIDDEN_SHEET = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_FILE_STEM = 80
MAX_SHEET_TITLE = 31


def ascii_fold(value: str) -> str:
    """Vietnamese without diacritics, case kept: "Sở Tài chính" → "So Tai chinh"."""
    text = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.encode("ascii", "ignore").decode("ascii")


def file_stem(name: str, *, fallback: str = "co-quan") -> str:
    """A file name (without extension) that every Windows and every e-mail client takes."""
    stem = _FORBIDDEN_FILE.sub(" ", ascii_fold(name))
    stem = " ".join(stem.split())[:MAX_FILE_STEM].rstrip(" .")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def unique_file_stems(names: list[str]) -> list[str]:
    """One stem per name; names that fold alike get " (2)", " (3)"…"""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        stem = file_stem(name)
        key = stem.casefold()
        count = seen.get(key, 0) + 1
        seen[key] = count
        result.append(stem if count == 1 else f"{stem} ({count})")
    return result


def sheet_titles(names: list[str]) -> list[str]:
    """Excel sheet titles: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    used: set[str] = set()
    result = []
    for name in names:
        base = " ".join(_FORBIDDEN_SHEET.sub(" ", unicodedata.normalize("NFC", name)).split())
        base = base.strip("'") or "Trang"
        title = base[:MAX_SHEET_TITLE].rstrip()
        n = 1
        while title.casefold() in used:
            n += 1
            suffix = f" ({n})"
            title = base[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
        used.add(title.casefold())
        result.append(title)
    return result
