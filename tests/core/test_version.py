"""The version is said once, in pyproject.toml, and shown the same everywhere."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from core import version as version_module

ROOT = Path(__file__).resolve().parents[2]


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_version_option_prints_the_projects_version_from_any_folder(tmp_path):
    for option in ("--version", "-V"):
        run = subprocess.run([sys.executable, str(ROOT / "main.py"), option], cwd=tmp_path,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0
        assert run.stdout.strip() == f"ThuKyBCD {project_version()}"


def test_version_option_starts_neither_qt_nor_the_database(tmp_path):
    probe = ("import sys, main; main.main(['--version']); "
             "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'alembic') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.stdout.strip().splitlines()[-1] == "[]"


def test_an_installed_copy_reads_the_version_from_its_metadata(monkeypatch, tmp_path):
    monkeypatch.setattr(version_module, "_PYPROJECT", tmp_path / "no-such" / "pyproject.toml")
    version_module.version.cache_clear()
    try:
        assert version_module.version() == metadata.version("thuky-bcd")
    finally:
        version_module.version.cache_clear()
