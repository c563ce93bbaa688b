"""PDF copies of the documents the program writes, through Microsoft Word (on Windows) or
LibreOffice, whichever the PC has; nothing to install for the program itself.

Word, when present, is preferred: the PDF then looks exactly as the office's Word prints the
.docx. Its use is kept to one small function (:func:`_word_to_pdf`, a PowerShell call of Word's
own "export as PDF"); which converter is used, and what is said when there is none, is decided
by :func:`find_converter`, which tests drive with a fake platform.

LibreOffice runs with a profile of its own (another LibreOffice window open, or a second
conversion, would otherwise make it exit at once) and can exit 0 without writing anything: a
PDF counts only when the file is there and not empty. PDFs are written into a temporary folder
and moved beside the .docx at the end, so a failure leaves no half file.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import EnvironmentProblem
from core.messages import Message

WORD, LIBREOFFICE = "word", "libreoffice"
NAMES = {WORD: "Microsoft Word", LIBREOFFICE: "LibreOffice"}
# Where the Windows installer puts LibreOffice when it is not on PATH.
_WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
TIMEOUT_FIRST, TIMEOUT_EACH = 120, 20  # seconds: start-up of the converter, then per document


@dataclass(frozen=True)
class Converter:
    kind: str                   # "word" or "libreoffice"
    program: str | None = None  # soffice's path; Word is reached through PowerShell

    @property
    def name(self) -> str:
        return NAMES[self.kind]


def word_installed() -> bool:
    """Windows only: Word registers "Word.Application" for other programs to drive it."""
    if sys.platform != "win32":  # pragma: no cover - Windows only
        return False
    import winreg  # pragma: no cover

    try:  # pragma: no cover
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"):
            return True
    except OSError:  # pragma: no cover
        return False


def find_converter(*, platform: str | None = None,
                   which: Callable[[str], str | None] = shutil.which,
                   word: Callable[[], bool] = word_installed,
                   exists: Callable[[str], bool] = os.path.isfile) -> Converter | None:
    """Word on Windows if installed, else LibreOffice (on PATH or where its installer puts it),
    else None."""
    platform = platform or sys.platform
    if platform == "win32" and word():
        return Converter(WORD)
    for name in ("soffice", "libreoffice"):
        found = which(name)
        if found:
            return Converter(LIBREOFFICE, found)
    if platform == "win32":
        for candidate in _WINDOWS_SOFFICE:
            if exists(candidate):
                return Converter(LIBREOFFICE, candidate)
    return None


def to_pdf(documents: Sequence[Path], *, converter: Converter | None = None) -> list[Path]:
    """Write ``name.pdf`` beside each ``name.docx`` (an older PDF is replaced); return them.

    Raises EnvironmentProblem "pdf_no_converter" when the PC has neither program, "pdf_failed"
    when the converter wrote nothing. The .docx files are never touched.
    """
    documents = [Path(p) for p in documents]
    if not documents:
        return []
    converter = converter or find_converter()
    if converter is None:
        raise EnvironmentProblem("pdf_no_converter")
    with tempfile.TemporaryDirectory(prefix="thuky-pdf-") as work:
        out = Path(work) / "out"
        out.mkdir()
        try:
            if converter.kind == WORD:  # pragma: no cover - Windows with Word only
                _word_to_pdf(documents, out)
            else:
                _libreoffice_to_pdf(converter.program or "soffice", documents, out, Path(work))
        except subprocess.TimeoutExpired as exc:
            raise EnvironmentProblem("pdf_failed", path=str(documents[0]),
                                     reason=Message("pdf_no_answer", converter=converter.name)) from exc
        except OSError as exc:
            raise EnvironmentProblem("pdf_failed", path=str(documents[0]), reason=str(exc)) from exc
        written = []
        for doc in documents:
            pdf = out / f"{doc.stem}.pdf"
            if not pdf.is_file() or pdf.stat().st_size == 0:
                raise EnvironmentProblem("pdf_failed", path=str(doc),
                                         reason=Message("pdf_no_output", converter=converter.name))
        for doc in documents:
            target = doc.with_suffix(".pdf")
            try:
                shutil.move(str(out / f"{doc.stem}.pdf"), target)
            except PermissionError as exc:
                raise EnvironmentProblem("file_locked", path=str(target)) from exc
            written.append(target)
        return written


def _libreoffice_to_pdf(program: str, documents: Sequence[Path], out: Path, work: Path) -> None:
    profile = (work / "profile").resolve().as_uri()
    subprocess.run(
        [program, "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, documents)],
        check=False, capture_output=True, timeout=TIMEOUT_FIRST + TIMEOUT_EACH * len(documents),
        stdin=subprocess.DEVNULL)


_WORD_SCRIPT = r"""
$ErrorActionPreference = 'Stop'
$word = New-Object -ComObject Word.Application
$word.Visible = $false
$word.DisplayAlerts = 0
try {
  foreach ($pair in $args) {
    $source, $target = $pair -split '\|', 2
    $doc = $word.Documents.Open($source, $false, $true)
    try { $doc.ExportAsFixedFormat($target, 17) } finally { $doc.Close(0) }
  }
} finally { $word.Quit() }
"""


def _word_to_pdf(documents: Sequence[Path], out: Path) -> None:  # pragma: no cover - Windows
    """Word's own "Save as PDF" (format 17), run by PowerShell: no Python package needed."""
    pairs = [f"{doc.resolve()}|{(out / (doc.stem + '.pdf')).resolve()}" for doc in documents]
    quoted = " ".join("'" + pair.replace("'", "''") + "'" for pair in pairs)
    subprocess.run(
        ["powershell", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
         "-Command", f"& {{{_WORD_SCRIPT}}} {quoted}"],
        check=False, capture_output=True, timeout=TIMEOUT_FIRST + TIMEOUT_EACH * len(documents),
        stdin=subprocess.DEVNULL, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
