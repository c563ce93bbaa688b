"""Build the program for a PC without Python: ``python tools/build_bundle.py [--installer]``.

Writes ``dist/ThuKyBCD/`` (one folder: ThuKyBCD and thuky-bcd-cli beside their libraries), the
portable ``dist/ThuKyBCD-<version>-<platform>.zip`` and, with ``--installer``, the per-user
installer ``dist/ThuKyBCD-Setup-<version>.exe`` (NSIS). The same command works on Windows
(``py -3.11 tools\\build_bundle.py --installer``) and on Linux (a Linux folder, used to test the
bundle and the installer's logic). Fails when the folder is over the size budget.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from bundle_contents import (  # noqa: E402
    APP_NAME,
    CLI_NAME,
    SIZE_BUDGET_MB,
    TITLE,
    project_version,
    version_quad,
)

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "tools" / "thuky-bcd.spec"
NSIS_SCRIPT = ROOT / "tools" / "installer.nsi"
WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""
MB = 1024 * 1024


def platform_tag() -> str:
    machine = platform.machine().lower()
    if WINDOWS:
        return "windows-x64" if machine in {"amd64", "x86_64"} else f"windows-{machine}"
    return f"{sys.platform}-{machine}"


def bundle_dir() -> Path:
    return DIST / APP_NAME


def zip_path(version: str) -> Path:
    return DIST / f"{APP_NAME}-{version}-{platform_tag()}.zip"


def installer_path(version: str) -> Path:
    return DIST / f"{APP_NAME}-Setup-{version}.exe"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 12) -> list[tuple[int, str]]:
    """The biggest files and Qt/Python packages, to say what takes the space."""
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(folder).parts
            key = "/".join(rel[:3]) if len(rel) > 3 else "/".join(rel)
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in sizes.items()), reverse=True)[:count]


def freeze() -> Path:
    """Run PyInstaller on the spec into ``dist/ThuKyBCD``."""
    shutil.rmtree(bundle_dir(), ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("building:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    remove_dangling_links(bundle_dir())
    for name in (APP_NAME, CLI_NAME):
        program = bundle_dir() / f"{name}{EXE_SUFFIX}"
        if not program.is_file():
            raise SystemExit(f"the build did not make {program}")
    return bundle_dir()


def remove_dangling_links(folder: Path) -> None:
    """Links (Linux) to libraries the spec left out, e.g. Qt Quick for a plug-in not shipped."""
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() and not path.exists():
            path.unlink()


def write_zip(folder: Path, target: Path) -> Path:
    """The portable copy: unzip anywhere and run ThuKyBCD. Written under a temporary name."""
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            arcname = Path(APP_NAME) / path.relative_to(folder)
            if path.is_dir():
                continue
            info = zipfile.ZipInfo.from_file(path, arcname.as_posix())
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IMODE(path.stat().st_mode) | stat.S_IFREG) << 16
            with open(path, "rb") as source, archive.open(info, "w") as sink:
                shutil.copyfileobj(source, sink, 1024 * 1024)
    os.replace(partial, target)
    return target


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise SystemExit("makensis was not found: install NSIS (Debian: apt-get install nsis; "
                     "Windows: nsis.sourceforge.io) and run again")


def build_installer(folder: Path, version: str, target: Path | None = None) -> Path:
    target = target or installer_path(version)
    command = [
        find_makensis(), "-V2", "-INPUTCHARSET", "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION_QUAD={version_quad(version)}",
        f"-DSOURCE_DIR={folder}",
        f"-DOUTFILE={target}",
        f"-DAPP_EXE={APP_NAME}{EXE_SUFFIX}",
        f"-DCLI_EXE={CLI_NAME}{EXE_SUFFIX}",
        f"-DICON={ROOT / 'resources' / 'icons' / 'app.ico'}",
        str(NSIS_SCRIPT),
    ]
    print("installer:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Build {TITLE} for PCs without Python.")
    parser.add_argument("--installer", action="store_true",
                        help="also build the per-user installer (needs NSIS's makensis)")
    parser.add_argument("--reuse", action="store_true",
                        help="package the folder already in dist/ instead of building it again")
    parser.add_argument("--no-zip", action="store_true", help="skip the portable zip")
    options = parser.parse_args(argv)

    version = project_version(ROOT)
    DIST.mkdir(exist_ok=True)
    folder = bundle_dir() if options.reuse and bundle_dir().is_dir() else freeze()
    size = folder_size(folder)
    print(f"bundle: {folder} {size / MB:.1f} MB unpacked (budget {SIZE_BUDGET_MB} MB)")
    for part_size, name in largest_parts(folder):
        print(f"  {part_size / MB:7.1f} MB  {name}")
    if size > SIZE_BUDGET_MB * MB:
        print(f"the bundle is over its size budget of {SIZE_BUDGET_MB} MB", file=sys.stderr)
        return 1
    if not options.no_zip:
        archive = write_zip(folder, zip_path(version))
        print(f"portable zip: {archive} {archive.stat().st_size / MB:.1f} MB")
    if options.installer:
        setup = build_installer(folder, version)
        print(f"installer: {setup} {setup.stat().st_size / MB:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
