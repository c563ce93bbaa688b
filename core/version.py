"""The program's version, said in one place: ``pyproject.toml``.

A source checkout reads it there (so a changed number shows without reinstalling); an installed
copy or the bundled program reads the package metadata that was made from it.
"""
from __future__ import annotations

import sqlite3
import sys
from functools import cache
from pathlib import Path

DIST_NAME = "thuky-bcd"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    if _PYPROJECT.is_file():
        import tomllib

        with open(_PYPROJECT, "rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == DIST_NAME and project.get("version"):
            return str(project["version"])
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def runtime_versions() -> dict[str, str]:
    """What support asks for besides the program's version (Qt's is added by the window)."""
    return {
        "Python": sys.version.split()[0],
        "SQLite": sqlite3.sqlite_version,
    }


def is_bundled() -> bool:
    """True in the built program (PyInstaller), False when run from Python."""
    return bool(getattr(sys, "frozen", False))
