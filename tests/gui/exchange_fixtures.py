"""The desktop as the exchange dialogs see it (file pickers, "open the file", the modal loop),
answered by the test; and bad files of every kind an agency might send."""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from core.excel.safe_open import OLE2_SIGNATURE


@pytest.fixture
def desktop(monkeypatch, tmp_path):
    """``state["save"]``, ``["folder"]``, ``["open_files"]``, ``["open_file"]`` are what the
    pickers return; ``["choice"]`` answers "open the file or the folder?"; ``["modal"]``
    drives a dialog shown with Modal.exec. What was asked and opened is recorded."""
    from gui.exchange import files

    state = {"save": None, "folder": None, "open_files": [], "open_file": None,
             "choice": None, "opened": [], "finished": [], "titles": [], "suggested": [],
             "modal": None}

    def save_file(cls, parent, title, suggested):
        state["titles"].append(title)
        state["suggested"].append(suggested)
        return state["save"]

    def folder(cls, parent, title, start):
        state["titles"].append(title)
        return state["folder"]

    def open_files(cls, parent, title, start):
        state["titles"].append(title)
        return list(state["open_files"])

    def open_file(cls, parent, title, start):
        state["titles"].append(title)
        return state["open_file"]

    def choose(cls, parent, text, *, can_open_file):
        state["finished"].append((text, can_open_file))
        return state["choice"]

    def modal(cls, dialog):
        drive = state["modal"]
        return bool(drive(dialog)) if drive else False

    monkeypatch.setattr(files.FilePicker, "save_file", classmethod(save_file))
    monkeypatch.setattr(files.FilePicker, "folder", classmethod(folder))
    monkeypatch.setattr(files.FilePicker, "open_files", classmethod(open_files))
    monkeypatch.setattr(files.FilePicker, "open_file", classmethod(open_file))
    monkeypatch.setattr(files.Finished, "choose", classmethod(choose))
    monkeypatch.setattr(files.Finished, "open_path",
                        classmethod(lambda cls, path: state["opened"].append(path) or True))
    monkeypatch.setattr(files.Modal, "exec", classmethod(modal))
    return state


def _ole2(*stream_names: str) -> bytes:
    body = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in stream_names)
    return OLE2_SIGNATURE + b"\0" * 504 + body.ljust(4096, b"\0")


def bad_files(folder) -> dict[str, object]:
    """One file of each kind that cannot be read, by the message code it must produce."""
    folder.mkdir(exist_ok=True)
    xls = folder / "cu.xls"
    xls.write_bytes(_ole2("Root Entry", "Workbook", "SummaryInformation"))
    locked = folder / "mat-khau.xlsx"
    locked.write_bytes(_ole2("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    corrupt = folder / "hong.xlsx"
    with zipfile.ZipFile(corrupt, "w") as archive:
        archive.writestr("xl/workbook.xml", b"<workbook><sheets><sheet")
        archive.writestr("[Content_Types].xml", b"<Types/>")
    return {"excel_old_format": xls, "excel_encrypted": locked, "excel_corrupt": corrupt}


def huge_file(path, headings: list[str], rows: int = 100_001):
    """A sheet with ``headings`` and more rows than the program reads (100,000)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dài")
    ws.append(headings)
    for i in range(rows):
        ws.append([i, f"NV-2026-{i:06d}", f"Người {i}"])
    wb.save(path)
    return path
