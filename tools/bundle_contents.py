"""What goes into the bundled program and what stays out (read by tools/thuky-bcd.spec).

Kept apart from the spec so a test can check, without building, that every file the program
opens at run time is carried (translations, icons, migrations), and so the rules are said once.
"""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path, PurePosixPath

APP_NAME = "ThuKyBCD"
CLI_NAME = "thuky-bcd-cli"
TITLE = "Thư ký Ban Chỉ đạo"
SIZE_BUDGET_MB = 250

# Files the program reads from disk at run time, as (folder in the repo, pattern). Python code
# is compiled into the bundle's archive; these are not, so each must be listed.
RUNTIME_FILES = (
    ("resources/i18n", "*.qm"),
    ("resources/icons", "*.svg"),
    ("resources/icons", "*.ico"),
    ("core/migrations", "env.py"),              # Alembic runs these from files, not the archive
    ("core/migrations", "script.py.mako"),
    ("core/migrations/versions", "*.py"),
)

# Modules the code imports in a way the analysis may not see (Alembic's dialect support and the
# migration scripts, loaded by file name).
HIDDEN_IMPORTS = [
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
    # a shared office database on a server: the dialect and its driver are loaded by name
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "sqlalchemy.sql.default_comparator",
    "PySide6.QtSvg",
]

# Never used: Qt's QML/Quick, web, 3D, multimedia, designer and others; Python's GUI toolkits
# and test tools.
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc", "doctest", "pytest", "pytestqt", "_pytest",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtWebSockets", "PySide6.QtNetwork", "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtDBus", "PySide6.QtTextToSpeech",
    "PySide6.QtGraphs", "PySide6.QtDataVisualization", "PySide6.QtScxml",
]

# Qt plug-ins the window needs, by folder (file-name parts); every other folder (sql drivers,
# multimedia, tls, positioning, input devices …) stays out.
QT_PLUGINS = {
    # the Windows window, X11/Wayland on Linux, and offscreen for --self-test
    "platforms": ("qwindows", "qxcb", "qwayland", "qoffscreen"),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),
    "platformthemes": ("qgtk3", "qxdgdesktopportal"),
    "platforminputcontexts": ("compose", "ibus"),  # typing Vietnamese on Linux
    "xcbglintegrations": ("qxcb",),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
}
# Libraries pulled in by something we do not use.
DROPPED_LIBRARIES = (
    "*Qt6Quick*", "*Qt6Qml*", "*Qt6WebEngine*", "*Qt6Pdf*", "*Qt6VirtualKeyboard*",
    "*Qt6Multimedia*", "*Qt63D*", "*Qt6Designer*", "*Qt6Network*", "*Qt6Sql*",
    "*Qt6EglFS*", "*qtquick*", "*qml*",
)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_binary(dest: str) -> bool:
    """Whether a library or plug-in the analysis collected goes into the bundle."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        wanted = QT_PLUGINS.get(folder, ())
        return any(part in name for part in wanted)
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_LIBRARIES)


def keep_data(dest: str) -> bool:
    """Whether a data file goes into the bundle: not Qt's own translations (we ship ours)."""
    parts = _parts(dest)
    return not ("translations" in parts and "PySide6" in parts)


def program_data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file in RUNTIME_FILES."""
    found = []
    for folder, pattern in RUNTIME_FILES:
        for path in sorted((root / folder).glob(pattern)):
            found.append((str(path), folder))
    return found


def version_quad(version: str) -> str:
    """``0.1.0`` as Windows writes file versions: four numbers (``0.1.0.0``)."""
    numbers = [int(part) if part.isdigit() else 0 for part in version.split(".")[:4]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def project_version(root: Path) -> str:
    with open(root / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def write_version_info(root: Path, workpath: Path) -> str:
    """The Windows file properties (Details tab, Task Manager name) of both programs."""
    from PyInstaller.utils.win32 import versioninfo as vi

    version = project_version(root)
    numbers = tuple(int(n) for n in version_quad(version).split("."))
    info = vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("042A04B0", [
                vi.StringStruct("CompanyName", TITLE),
                vi.StringStruct("FileDescription", TITLE),
                vi.StringStruct("FileVersion", version),
                vi.StringStruct("InternalName", APP_NAME),
                vi.StringStruct("OriginalFilename", f"{APP_NAME}.exe"),
                vi.StringStruct("ProductName", TITLE),
                vi.StringStruct("ProductVersion", version),
            ])]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x042A, 1200])]),
        ],
    )
    path = workpath / "version-info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(info), encoding="utf-8")
    return str(path)


def program_modules(collect_submodules) -> list[str]:
    """The program's own modules, except the migration scripts (run from files by Alembic)."""
    modules = collect_submodules("core") + collect_submodules("gui") + ["resources"]
    return [name for name in modules if not name.startswith("core.migrations.")
            or name == "core.migrations.runner"]
