"""Hostile returned forms cannot exhaust the PC: a stray cell at XFD1048576, a shared-strings
bomb, oversized sheets are read within bounded memory (or refused with a message) at once.

Each file is read in a child process so that its peak memory can be measured; the child's
timeout only keeps a regression from hanging the suite (timings go to benchmarks/)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core.excel.tasks_export import write_agency_forms
from tests.core import hostile_forms
from tests.core.excel_samples import HEADING, task_rows

REPO = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MIB = 300
TODAY = dt.date(2026, 3, 10)

_CHILD = r"""
import datetime as dt, json, resource, sys
from pathlib import Path
from core.excel.progress_import import KnownTask, read_returned_workbooks
known = {code: KnownTask(code) for code in json.loads(sys.argv[2])}


def peak_mib():
    # This process's own peak. ru_maxrss would also count the test runner it was started from
    # (Linux keeps the larger peak across the exec that started this interpreter).
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


preview = read_returned_workbooks([Path(sys.argv[1])], known, today=dt.date(2026, 3, 10))
print(json.dumps({
    "changes": sorted(c.task_code for c in preview.changes),
    "conflicts": [[c.kind, str(c.message)] for c in preview.conflicts],
    "peak_mib": peak_mib(),
}))
"""


def _read_in_child(path: Path, codes: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), json.dumps(codes)],
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.fixture
def form(tmp_path) -> tuple[Path, list[str]]:
    rows = task_rows()
    [path] = write_agency_forms({"Sở Ngoại vụ": rows}, tmp_path, HEADING, today=TODAY)
    from tests.core.import_helpers import fill_form

    fill_form(path, {rows[0].code: ("Đã gửi kế hoạch", None, None)})
    return path, [row.code for row in rows]


def test_a_stray_cell_at_xfd1048576_is_read_at_once(form):
    path, codes = form
    clean = _read_in_child(path, codes)
    hostile_forms.stray_cell_at_xfd1048576(path)
    assert path.stat().st_size < 20_000
    result = _read_in_child(path, codes)
    # the form is still read as it was, the stray cell ignored
    assert codes[0] in result["changes"] and result["changes"] == clean["changes"]
    assert result["conflicts"] == clean["conflicts"]
    assert result["peak_mib"] < MEMORY_LIMIT_MIB


def test_a_shared_strings_bomb_is_refused_before_it_is_loaded(form):
    path, codes = form
    hostile_forms.shared_strings_bomb(path)
    assert path.stat().st_size < 1_500_000
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 200 * 1024 * 1024
    result = _read_in_child(path, codes)
    assert result["changes"] == []
    [(kind, message)] = result["conflicts"]
    assert kind == "file" and "quá lớn" in message
    assert result["peak_mib"] < MEMORY_LIMIT_MIB


def test_a_dense_table_of_short_strings_is_refused_by_count(form):
    path, codes = form
    hostile_forms.shared_strings_bomb(path, entries=600_000)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size < 16 * 1024 * 1024
    result = _read_in_child(path, codes)
    [(kind, message)] = result["conflicts"]
    assert kind == "file" and "quá nhiều đoạn chữ" in message
    assert result["peak_mib"] < MEMORY_LIMIT_MIB


def test_sheets_too_large_to_read_quickly_are_refused(tmp_path):
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    for i in range(60_000):
        ws.append([i, f"Nội dung nhiệm vụ số {i}", "Sở Ngoại vụ", "x" * 150, "y" * 150,
                   f"NV-{i}"])
    path = tmp_path / "lon.xlsx"
    wb.save(path)
    assert path.stat().st_size < 10 * 1024 * 1024
    result = _read_in_child(path, [])
    [(kind, message)] = result["conflicts"]
    assert kind == "file" and "quá lớn" in message
    assert result["peak_mib"] < MEMORY_LIMIT_MIB
